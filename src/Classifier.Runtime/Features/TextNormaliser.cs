using System.Text;

namespace Classifier.Runtime.Features;

/// <summary>
/// The one normalisation every hashed-text model reads (segments, stance, text classifiers):
/// lower-cased, digits folded to 0 (so years and prices share n-grams), whitespace runs made one
/// space and trimmed, cut to a maximum length.
/// </summary>
public static class TextNormaliser
{
    /// <summary>The normalised form of the first <paramref name="maxChars"/> characters of <paramref name="text"/>.</summary>
    public static string Normalise(string text, int maxChars)
    {
        var length = Math.Min(text.Length, maxChars);
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
}
