using System.Text;

namespace Classifier.Runtime.Features;

/// <summary>
/// The one featurization path shared by training and tagging: turns an article's segment texts
/// into per-segment text + shape + context features.
/// </summary>
public sealed class ArticleFeaturizer(FeaturizerOptions options)
{
    private const int GlobalContextCount = 16;
    private const int PerNeighbourCount = 6;
    /// <summary>The settings the featurizer was made with (recorded in the bundle manifest).</summary>
    public FeaturizerOptions Options { get; } = options;

    /// <summary>Number of dense values (shape and context) each segment gets.</summary>
    public int DenseCount => ShapeFeatures.Count + GlobalContextCount + (2 * Options.NeighbourSpan * PerNeighbourCount);

    /// <summary>The features of every segment of one article, in order; the context values read the whole article.</summary>
    public SegmentFeatures[] Featurize(IReadOnlyList<string> segments)
    {
        var n = segments.Count;
        var shapes = new float[n][];
        var words = new int[n];
        for (var i = 0; i < n; i++)
        {
            shapes[i] = new float[ShapeFeatures.Count];
            ShapeFeatures.Compute(segments[i], shapes[i]);
            words[i] = ShapeFeatures.CountWords(segments[i]);
        }

        var article = new ArticleStats(segments, words, Options.ShortLineWords);
        var result = new SegmentFeatures[n];
        for (var i = 0; i < n; i++)
        {
            var dense = new float[DenseCount];
            shapes[i].CopyTo(dense, 0);
            FillContext(i, shapes, article, dense.AsSpan(ShapeFeatures.Count));
            result[i] = new SegmentFeatures(NormaliseText(segments[i]), dense);
        }

        return result;
    }

    /// <summary>Lower-cased text with digits folded to 0 and cut to <see cref="FeaturizerOptions.MaxTextChars"/>.</summary>
    public string NormaliseText(string text)
    {
        var length = Math.Min(text.Length, Options.MaxTextChars);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            builder.Append(char.IsDigit(c) ? '0' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private void FillContext(int i, float[][] shapes, ArticleStats article, Span<float> into)
    {
        var n = shapes.Length;
        var o = Options;
        into[0] = n == 1 ? 0f : (float)i / (n - 1);
        into[1] = MathF.Log(1 + i) / ShapeFeatures.LogScale;
        into[2] = MathF.Log(n - i) / ShapeFeatures.LogScale;
        into[3] = MathF.Log(1 + n) / ShapeFeatures.LogScale;
        into[4] = article.WordShareBefore(i);
        into[5] = article.WordShare(i);
        into[6] = article.IsRepeated(i) ? 1f : 0f;
        into[7] = MathF.Log(1 + article.ShortRunLength(i)) / ShapeFeatures.LogScale;
        into[8] = article.ShortShare(i, o.NearWindow);
        into[9] = article.ShortShare(i, o.WideWindow);
        into[10] = MeanShape(shapes, i, o.NearWindow, ShapeIndex.LogWords);
        into[11] = MeanShape(shapes, i, o.WideWindow, ShapeIndex.LogWords);
        into[12] = MeanShape(shapes, i, o.NearWindow, ShapeIndex.EndsSentence);
        into[13] = MeanShape(shapes, i, o.WideWindow, ShapeIndex.EndsSentence);
        into[14] = article.LengthRank(i);
        into[15] = article.WindowWordShare(i, o.WideWindow);
        var k = GlobalContextCount;
        for (var offset = -o.NeighbourSpan; offset <= o.NeighbourSpan; offset++)
        {
            if (offset == 0)
            {
                continue;
            }

            var j = i + offset;
            if (j >= 0 && j < n)
            {
                into[k] = 1f;
                into[k + 1] = shapes[j][ShapeIndex.LogWords];
                into[k + 2] = shapes[j][ShapeIndex.EndsSentence];
                into[k + 3] = shapes[j][ShapeIndex.CapitalisedShare];
                into[k + 4] = shapes[j][ShapeIndex.Handles];
                into[k + 5] = shapes[j][ShapeIndex.Separators];
            }

            k += PerNeighbourCount;
        }
    }

    private static float MeanShape(float[][] shapes, int i, int window, int feature)
    {
        var sum = 0f;
        var count = 0;
        for (var j = Math.Max(0, i - window); j <= Math.Min(shapes.Length - 1, i + window); j++)
        {
            if (j != i)
            {
                sum += shapes[j][feature];
                count++;
            }
        }

        return count == 0 ? 0f : sum / count;
    }
}
