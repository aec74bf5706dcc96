using System.Text;

namespace Classifier.Tests.Shared;

/// <summary>A small generated labelled CSV: three topics × 30 short sentences built from word lists.</summary>
internal static class TopicCsv
{
    public static readonly string[] Topics = ["politics", "sport", "weather"];

    private static readonly Dictionary<string, string[]> Words = new()
    {
        ["sport"] = ["striker", "goal", "match", "coach", "league", "keeper", "penalty", "season", "cup", "stadium"],
        ["weather"] = ["rain", "storm", "forecast", "wind", "snow", "frost", "sunshine", "flood", "temperature", "cloud"],
        ["politics"] = ["minister", "parliament", "vote", "election", "budget", "party", "senate", "law", "mayor", "campaign"],
    };

    private static readonly string[] Fillers = ["near the", "after the", "before the", "with the", "despite the"];

    public static string Sentence(string topic, int i)
    {
        var w = Words[topic];
        return $"The {w[i % 10]} and the {w[((i * 3) + 1) % 10]} came {Fillers[i % 5]} {w[((i * 7) + 2) % 10]} on day {i}";
    }

    /// <summary>Writes <c>id,text,label,channel</c> rows (channel alternates a/b) and returns the path.</summary>
    public static string Write(string folder, int perTopic = 30)
    {
        var builder = new StringBuilder("id,text,label,channel\n");
        var id = 0;
        for (var i = 0; i < perTopic; i++)
        {
            foreach (var topic in Topics)
            {
                builder.Append($"r{id},{Sentence(topic, i)},{topic},{(id % 2 == 0 ? "a" : "b")}\n");
                id++;
            }
        }

        var path = Path.Combine(folder, "topics.csv");
        File.WriteAllText(path, builder.ToString());
        return path;
    }
}
