using System.Globalization;
using Classifier.Runtime.Quotes;

namespace Classifier.Runtime.Tests.Quotes;

/// <summary>Runs the finder over the real scraped articles in ../shared/seeds (next to the folder holding Classifier.sln).</summary>
public sealed class SeedArticlesTests
{
    private readonly QuoteFinder _finder = new();

    public SeedArticlesTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }

    [Fact]
    public void Find_Seed000_FindsSixSocialPostsWithHandles()
    {
        var quotes = FindAll("000_");

        var social = quotes.Where(q => q.Channel == QuoteChannel.Social).Select(q => q.SpeakerKey).ToList();

        Assert.Equal(
            new[] { "@americafirst2024", "@justiceforimmigrants", "@secureourborders", "@globaldiplomacyusa", "@stopmassdeportations", "@truepatriotvoice" },
            social);
    }

    [Theory]
    [InlineData("001_", "former senior official", "The logistical challenges")]
    [InlineData("001_", "homan", "I agree with the President")]
    [InlineData("001_", "ammar moussa", "When it comes to border issues")]
    [InlineData("003_", "ricardo zuniga", "The countries that might agree")]
    [InlineData("004_", "ricardo zuniga", "Most of the countries")]
    public void Find_SeedSpokenQuote_FindsQuoteWithSpeaker(string prefix, string key, string quoteStart)
    {
        var quote = Assert.Single(FindAll(prefix), q => q.Text.StartsWith(quoteStart, StringComparison.Ordinal));

        Assert.Contains(key, quote.SpeakerKey, StringComparison.Ordinal);
        Assert.Equal(QuoteChannel.Spoken, quote.Channel);
    }

    [Theory]
    [InlineData("001_", "close the border")]
    [InlineData("001_", "Remain in Mexico")]
    [InlineData("001_", "border czar")]
    [InlineData("002_", "thousands")]
    [InlineData("002_", "millions")]
    [InlineData("003_", "safe third country")]
    public void Find_SeedFragment_IsNotReported(string prefix, string fragment)
    {
        Assert.DoesNotContain(FindAll(prefix), q => q.Text.Contains(fragment, StringComparison.OrdinalIgnoreCase));
    }

    private List<FoundQuote> FindAll(string prefix)
    {
        string file = Directory.GetFiles(SeedsFolder(), prefix + "*.txt").Single();
        var lines = File.ReadAllLines(file).Where(l => l.Trim().Length > 0).ToArray();
        var quotes = new List<FoundQuote>();
        for (int i = 0; i < lines.Length; i++)
        {
            string? previous = i > 0 ? lines[i - 1] : null;
            string? next = i + 1 < lines.Length ? lines[i + 1] : null;
            quotes.AddRange(_finder.Find(lines[i], previous, next));
        }

        return quotes;
    }

    private static string SeedsFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Classifier.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seeds"));
    }
}
