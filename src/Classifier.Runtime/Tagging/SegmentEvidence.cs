using Classifier.Runtime.Features;

namespace Classifier.Runtime.Tagging;

/// <summary>
/// What the body decoder and the page verdict read of one segment: its words, and how its label
/// probability splits between body text, headings and dropped labels.
/// </summary>
/// <param name="Words">The segment's word count.</param>
/// <param name="Body">Probability of the labels kept as body text (neither dropped nor heading).</param>
/// <param name="Heading">Probability of the heading label (0 when headings are dropped).</param>
/// <param name="Dropped">Probability of the dropped labels.</param>
internal readonly record struct SegmentEvidence(int Words, double Body, double Heading, double Dropped)
{
    public static SegmentEvidence[] Of(IReadOnlyList<TaggedSegment> segments, IReadOnlySet<string> dropped, BodyDecoderOptions options)
    {
        var evidence = new SegmentEvidence[segments.Count];
        for (var i = 0; i < evidence.Length; i++)
        {
            var segment = segments[i];
            double body = 0, heading = 0, drop = 0;

            // A segment built by hand may carry no scores: its label then counts with probability 1.
            IEnumerable<KeyValuePair<string, float>> scores = segment.Scores.Count > 0 ? segment.Scores : [new(segment.Label, 1f)];
            foreach (var (label, p) in scores)
            {
                if (dropped.Contains(label))
                {
                    drop += p;
                }
                else if (label == options.HeadingLabel)
                {
                    heading += p;
                }
                else
                {
                    body += p;
                }
            }

            evidence[i] = new SegmentEvidence(ShapeFeatures.CountWords(segment.Text), body, heading, drop);
        }

        return evidence;
    }
}
