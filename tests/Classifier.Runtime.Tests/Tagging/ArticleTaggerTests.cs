using System.Globalization;
using Classifier.Runtime.Tagging;
using Classifier.Runtime.Tests.Support;

namespace Classifier.Runtime.Tests.Tagging;

[Collection(TrainedModelCollection.Name)]
public sealed class ArticleTaggerTests(TrainedModelFixture model)
{
    private static readonly string[] Lines =
    [
        "Harbour council approves new ferry timetable",
        "By Tomas Reed",
        "The harbour council voted on Tuesday to add two evening ferries to the island route, after months of complaints from commuters about crowded boats.",
        "User @IslandRider posted, “Two more boats and still nothing after nine. Typical.”",
        "Sign up for our morning newsletter",
        "Read more: Bakery on Main Street closes after forty years",
        "Fares will stay the same until the end of the year, the council said in a statement.",
        "Transport",
        "Share this article",
        "What the change means for weekend travel",
    ];

    [Theory]
    [InlineData("")]
    [InlineData("\n\r\n \t")]
    public void Tag_EmptyText_ZeroSegments(string text)
    {
        Assert.Empty(model.Tagger.Tag(text).Segments);
    }

    [Fact]
    public void Tag_ParallelOver200Articles_SameLabelsAsSequential()
    {
        var articles = Articles(200);
        var sequential = articles.Select(a => Summary(model.Tagger.Tag(a))).ToArray();
        var parallel = new string[articles.Length];

        Parallel.For(0, articles.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Summary(model.Tagger.Tag(articles[i])));

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void TagMany_ManyArticles_KeepsInputOrder()
    {
        var articles = Articles(120);

        var results = model.Tagger.TagMany(articles, maxParallelism: 4).ToArray();

        Assert.Equal(articles.Length, results.Length);
        for (var i = 0; i < articles.Length; i++)
        {
            Assert.Equal(SplitLines(articles[i]), results[i].Segments.Select(s => s.Text));
        }
    }

    [Fact]
    public void Tag_ArticleOverMaxArticleChars_ThrowsArticleTooLarge()
    {
        var tagger = ArticleTagger.Load(model.ModelDirectory, new TaggerOptions { MaxArticleChars = 1000 });

        var e = Assert.Throws<ArticleTooLargeException>(() => tagger.Tag(new string('x', 1001)));

        Assert.Equal(1001, e.Length);
        Assert.Equal(1000, e.Limit);
        Assert.Single(tagger.Tag(new string('x', 1000)).Segments);
    }

    [Fact]
    public void Tag_Article_ConfidenceIsBestScore()
    {
        var article = model.Tagger.Tag(string.Join('\n', Lines));

        Assert.Equal(Lines.Length, article.Segments.Count);
        Assert.All(article.Segments, s =>
        {
            Assert.Equal(s.Scores.MaxBy(p => p.Value).Key, s.Label);
            Assert.Equal(s.Scores[s.Label], s.Confidence);
        });
    }

    /// <summary>Articles of 1 to 10 lines in varying order, each with a unique numbered line so outputs can be matched to inputs.</summary>
    private static string[] Articles(int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var picked = Enumerable.Range(0, 1 + (i % Lines.Length)).Select(k => Lines[(i * 7 + k * 3) % Lines.Length]);
            return string.Join('\n', picked.Prepend(string.Create(CultureInfo.InvariantCulture, $"Story number {i} of the day")));
        })];

    private static string[] SplitLines(string article) => article.Split('\n');

    private static string Summary(TaggedArticle article) => string.Join("|", article.Segments.Select(s => s.Label));
}
