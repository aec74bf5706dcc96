using Classifier.Train.Labels;

namespace Classifier.Train.Tests.Corpus;

/// <summary>Validates the whole shipped corpus in labels/: it reads cleanly (schema, stance values, unique (article, index), no empty text) and meets the size and spread the project promises.</summary>
public sealed class ShippedCorpusTests
{
    private static readonly LabelCorpus Corpus = LabelReader.ReadFolder(Path.Combine(RepoRoot(), "labels"));

    [Fact]
    public void ReadFolder_ShippedLabels_MeetsSizeTargets()
    {
        Assert.True(Corpus.Articles.Count >= 200, $"{Corpus.Articles.Count} articles");
        Assert.True(Corpus.SegmentCount >= 4000, $"{Corpus.SegmentCount} segments");
        Assert.True(Corpus.Quotes.Count >= 600, $"{Corpus.Quotes.Count} quotes");
    }

    [Fact]
    public void ReadFolder_ShippedLabels_EachStanceIsAtLeastAQuarterOfQuotes()
    {
        foreach (var stance in LabelSchema.Stances)
        {
            var share = (double)Corpus.Quotes.Count(q => q.Stance == stance) / Corpus.Quotes.Count;
            Assert.True(share >= 0.25, $"{stance}: {share:P1}");
        }
    }

    [Fact]
    public void ReadFolder_ShippedLabels_HasBothQuoteChannelsAndEveryLabel()
    {
        Assert.Equal(LabelSchema.Channels.Order(), Corpus.Quotes.Select(q => q.Channel).Distinct().Order());
        Assert.Equal(
            ["boilerplate", "comment", "heading", "news-report", "social-quote", "unrelated-link"],
            Corpus.Segments.Select(s => s.Label).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReadFolder_ShippedLabels_HasArticlesInOtherLanguages()
    {
        // Non-English articles carry a language code after the prefix: ml-es-001, ml-de-002, …
        var languages = Corpus.Articles.Select(a => a.Id.Split('-')).Where(p => p.Length == 3 && p[0] == "ml" && p[1] != "en").ToArray();
        Assert.True(languages.Length >= 15, $"{languages.Length} non-English articles");
    }

    [Fact]
    public void ReadFolder_ShippedLabels_FewSegmentsRepeatAnotherArticle()
    {
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var grams = Corpus.Segments.Select(s => (s.Article, Grams: EightWordRuns(s.Text))).ToArray();
        foreach (var (article, runs) in grams)
        {
            foreach (var run in runs)
            {
                (owners.TryGetValue(run, out var set) ? set : owners[run] = []).Add(article);
            }
        }

        var repeated = grams.Count(g => g.Grams.Any(r => owners[r].Count > 1));
        Assert.True(repeated < 0.03 * grams.Length, $"{repeated} of {grams.Length} segments share an 8-word run with another article");
    }

    private static HashSet<string> EightWordRuns(string text)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(text.ToLowerInvariant(), @"\w+").Select(m => m.Value).ToArray();
        return Enumerable.Range(0, Math.Max(0, words.Length - 7)).Select(i => string.Join(' ', words[i..(i + 8)])).ToHashSet(StringComparer.Ordinal);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Classifier.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Classifier.sln not found above the test folder");
    }
}
