using System.Text;

namespace Classifier.Runtime.Features;

/// <summary>
/// The one featurization of a custom model's rows, shared by training, evaluation and prediction:
/// the hashed n-grams (<see cref="NgramHasher"/>, ranges from <see cref="CustomFeaturizerOptions.Ngrams"/>)
/// of the normalised text (lower-cased, digits folded, cut) and a few generic shape values. In crossed
/// group mode the text is followed by the group's bias token and every word again, prefixed with the
/// group, so the model learns shared and group-specific weights side by side.
/// </summary>
public sealed class CustomTextFeaturizer(CustomFeaturizerOptions options, bool crossGroups)
{
    /// <summary>Length of <see cref="Dense"/>: log characters, log words, question mark, exclamation mark.</summary>
    public const int DenseCount = 4;

    /// <summary>The settings the featurizer was made with (recorded in the bundle manifest).</summary>
    public CustomFeaturizerOptions Options { get; } = options;

    /// <summary>The hasher of the normalised text, with the options' n-gram ranges.</summary>
    public NgramHasher Hasher { get; } = new(options.Ngrams);

    /// <summary>The text the n-grams are read from: normalised, and in crossed group mode followed by the group's tokens.</summary>
    public string Text(string text, string? group)
    {
        var normalised = Normalise(text);
        return crossGroups && group is not null ? Cross(normalised, group) : normalised;
    }

    /// <summary>The dense shape values of a text.</summary>
    public static float[] Dense(string text) => Shape(text);

    /// <summary>Lower-cased text with digits folded to 0, whitespace runs made one space, cut to <see cref="CustomFeaturizerOptions.MaxTextChars"/>.</summary>
    internal string Normalise(string text)
    {
        var length = Math.Min(text.Length, Options.MaxTextChars);
        var builder = new StringBuilder(length);
        var space = false;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.IsDigit(c) ? '0' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
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

    private static float[] Shape(string text)
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
