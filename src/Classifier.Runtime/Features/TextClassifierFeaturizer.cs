using System.Text;
using Classifier.Runtime.Encoders;

namespace Classifier.Runtime.Features;

/// <summary>
/// The one featurization of a custom model's rows, shared by training, evaluation and prediction:
/// the hashed n-grams (<see cref="NgramHasher"/>, ranges from <see cref="TextClassifierFeaturizerOptions.Ngrams"/>)
/// of the normalised text (lower-cased, digits folded, cut), a few generic shape values and, when
/// <see cref="TextClassifierFeaturizerOptions.Features"/> asks for them, a sentence encoder's vector of the
/// text (<see cref="ITextEmbedder"/>). In crossed group mode the text is followed by the group's bias token
/// and every word again, prefixed with the group, so the model learns shared and group-specific weights
/// side by side.
/// </summary>
public sealed class TextClassifierFeaturizer
{
    /// <summary>Number of shape values: log characters, log words, question mark, exclamation mark.</summary>
    public const int ShapeCount = 4;

    /// <summary>
    /// The encoder's unit vector is read at twice its length beside the unit n-gram vector: a per-target
    /// linear SVM on stance-tweets (5 folds) scored F_avg 70.55 at 1x and 71.04 at 2x (C 0.3), 68.75 and
    /// 70.68 at C 0.1.
    /// </summary>
    public const float EmbeddingWeight = 2f;

    private readonly bool _crossGroups;
    private readonly ITextEmbedder? _embedder;

    /// <summary>
    /// A featurizer with <paramref name="options"/>; <paramref name="embedder"/> must be given, and be the
    /// encoder the options name, when the options read embeddings.
    /// </summary>
    public TextClassifierFeaturizer(TextClassifierFeaturizerOptions options, bool crossGroups, ITextEmbedder? embedder = null)
    {
        Options = options;
        Hasher = new NgramHasher(options.Ngrams);
        _crossGroups = crossGroups;
        if (TextFeatureSets.ReadsEmbeddings(options.Features))
        {
            _embedder = embedder ?? throw new ArgumentException($"features '{options.Features}' need a sentence encoder", nameof(embedder));
            if (options.Encoder != embedder.Identity || options.EncoderDimension != embedder.Dimension)
            {
                throw new ArgumentException($"the features were made by the encoder {options.Encoder} ({options.EncoderDimension} dimensions), not by {embedder.Identity} ({embedder.Dimension})", nameof(embedder));
            }
        }
    }

    /// <summary>The settings the featurizer was made with (recorded in the bundle manifest).</summary>
    public TextClassifierFeaturizerOptions Options { get; }

    /// <summary>The hasher of the normalised text, with the options' n-gram ranges.</summary>
    public NgramHasher Hasher { get; }

    /// <summary>Length of <see cref="Dense"/>: the shape values, then the encoder's vector if read.</summary>
    public int DenseCount => ShapeCount + (_embedder?.Dimension ?? 0);

    /// <summary>The text the n-grams are read from: normalised, and in crossed group mode followed by the group's tokens; empty when the options read no n-grams.</summary>
    public string Text(string text, string? group)
    {
        if (!TextFeatureSets.ReadsNgrams(Options.Features))
        {
            return "";
        }

        var normalised = TextNormaliser.Normalise(text, Options.MaxTextChars);
        return _crossGroups && group is not null ? Cross(normalised, group) : normalised;
    }

    /// <summary>The dense values of a text: <see cref="Shape"/>, then <see cref="Embedding"/>.</summary>
    public float[] Dense(string text) => _embedder is null ? Shape(text) : [.. Shape(text), .. Embedding(text)];

    /// <summary>The encoder's vector of a text at <see cref="EmbeddingWeight"/> times its length; empty when the options read none.</summary>
    public float[] Embedding(string text)
    {
        if (_embedder is null)
        {
            return [];
        }

        var vector = _embedder.Embed([text])[0];
        var weighted = new float[vector.Length];
        for (var i = 0; i < vector.Length; i++)
        {
            weighted[i] = EmbeddingWeight * vector[i];
        }

        return weighted;
    }

    /// <summary>The text, then <c>grp=G</c>, then each word as <c>G~word</c>.</summary>
    internal static string Cross(string normalised, string group)
    {
        var tag = GroupTag(group);
        var builder = new StringBuilder((normalised.Length * 2) + 16);
        builder.Append(normalised).Append(" grp=").Append(tag);
        foreach (var word in normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(' ').Append(tag).Append('~').Append(word);
        }

        return builder.ToString();
    }

    private static string GroupTag(string group)
    {
        var builder = new StringBuilder(group.Length);
        foreach (var c in group.Trim())
        {
            builder.Append(char.IsWhiteSpace(c) ? '_' : char.ToLowerInvariant(c));
        }

        return builder.Length == 0 ? "_" : builder.ToString();
    }

    /// <summary>The <see cref="ShapeCount"/> shape values of a text: log characters, log words, question mark, exclamation mark.</summary>
    public static float[] Shape(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return
        [
            MathF.Log(1 + text.Length) / ShapeFeatures.LogScale,
            MathF.Log(1 + words) / ShapeFeatures.LogScale,
            text.Contains('?') ? 1f : 0f,
            text.Contains('!') ? 1f : 0f,
        ];
    }
}
