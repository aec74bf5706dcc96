using System.Globalization;
using System.Text;

namespace Classifier.Train.Tests.Support;

/// <summary>
/// A tiny labelled corpus made in code (12 short invented articles, every label and stance), so
/// that training in tests takes seconds.
/// </summary>
internal static class SmallCorpus
{
    private static readonly string[] Topics = ["ferry", "library", "bridge", "school", "market", "stadium", "clinic", "tram", "park", "harbour", "museum", "airport"];
    private static readonly string[] Towns = ["Eastwick", "Marlow", "Dunmore", "Kelby", "Ashford", "Brinton"];

    public const string SegmentHeader = "article,index,text,label";
    public const string QuoteHeader = "article,index,speaker,channel,stance,quote";

    /// <summary>Writes segments.csv and quotes.csv of the corpus into <paramref name="folder"/>.</summary>
    public static void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var segments = new StringBuilder(SegmentHeader + "\n");
        var quotes = new StringBuilder(QuoteHeader + "\n");
        for (var a = 0; a < Topics.Length; a++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"test-{a:D3}");
            var topic = Topics[a];
            var town = Towns[a % Towns.Length];
            var other = Topics[(a + 5) % Topics.Length];
            var support = $"Finally the {topic} gets the money it deserves";
            var oppose = $"This {topic} plan is a waste of our taxes";
            var neutral = $"We will read the {topic} report before we decide";
            (string Text, string Label)[] rows =
            [
                ($"{town} council backs new {topic} plan", "heading"),
                ($"By Reporter {a} in {town}", "boilerplate"),
                ($"The council in {town} voted on Monday to spend more on the {topic}, after a long debate that ran late into the evening and drew a large crowd.", "news-report"),
                ($"Officials said work on the {topic} would start in spring and finish before the end of next year if the weather allows.", "news-report"),
                ($"What happens next", "heading"),
                ($"User @{town}Voice{a} posted, “{support}.”", "social-quote"),
                ($"Meanwhile @{topic}watch wrote, “{oppose}.”", "social-quote"),
                ($"“{neutral},” said a spokesperson for the residents group.", "news-report"),
                ($"Sign up for our morning newsletter", "boilerplate"),
                ($"Read more: {char.ToUpperInvariant(other[0])}{other[1..]} reopens after repairs", "unrelated-link"),
                ($"Council rejects plan for new {other} car park", "unrelated-link"),
            ];
            for (var i = 0; i < rows.Length; i++)
            {
                segments.Append(CultureInfo.InvariantCulture, $"{id},{i},{Csv(rows[i].Text)},{rows[i].Label}\n");
            }

            quotes.Append(CultureInfo.InvariantCulture, $"{id},5,@{town}Voice{a},social,support,{Csv(support)}\n");
            quotes.Append(CultureInfo.InvariantCulture, $"{id},6,@{topic}watch,social,oppose,{Csv(oppose)}\n");
            quotes.Append(CultureInfo.InvariantCulture, $"{id},7,a spokesperson for the residents group,spoken,neutral,{Csv(neutral)}\n");
        }

        File.WriteAllText(Path.Combine(folder, "segments.csv"), segments.ToString());
        File.WriteAllText(Path.Combine(folder, "quotes.csv"), quotes.ToString());
    }

    public static string Csv(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
