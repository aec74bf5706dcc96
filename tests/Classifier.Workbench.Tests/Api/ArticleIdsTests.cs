using Classifier.Cli.Workbench;

namespace Classifier.Workbench.Tests.Api;

/// <summary>New article ids are safe file names and never take over an id the corpus has for other text.</summary>
public sealed class ArticleIdsTests
{
    private static readonly HashSet<string> None = [];

    [Fact]
    public void For_SameTextAndName_SameId_DifferentText_DifferentId()
    {
        var a = ArticleIds.For("Storm Page.txt", "text one", None, _ => false);

        Assert.Equal(a, ArticleIds.For("Storm Page.txt", "text one", None, _ => false));
        Assert.NotEqual(a, ArticleIds.For("Storm Page.txt", "text two", None, _ => false));
        Assert.StartsWith("wb-storm-page-", a, StringComparison.Ordinal);
        Assert.True(ArticleIds.IsSafe(a));
    }

    [Fact]
    public void For_IdTakenByOtherText_NumberedInstead()
    {
        var first = ArticleIds.For("a.txt", "text", None, _ => false);

        var second = ArticleIds.For("a.txt", "text", new HashSet<string> { first }, _ => false);
        var third = ArticleIds.For("a.txt", "text", new HashSet<string> { first, second }, _ => false);

        Assert.Equal(first + "-2", second);
        Assert.Equal(first + "-3", third);
    }

    [Fact]
    public void For_IdTakenByThisVeryArticle_Kept()
    {
        var first = ArticleIds.For("a.txt", "text", None, _ => false);

        Assert.Equal(first, ArticleIds.For("a.txt", "text", new HashSet<string> { first }, id => id == first));
    }

    [Theory]
    [InlineData("../../etc/passwd.txt")]
    [InlineData("Ünïcödé — ＠.txt")]
    [InlineData(".txt")]
    public void For_AnyFileName_SafeId(string name)
    {
        Assert.True(ArticleIds.IsSafe(ArticleIds.For(name, "x", None, _ => false)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("A")]
    public void IsSafe_PathLikeOrEmpty_False(string id) => Assert.False(ArticleIds.IsSafe(id));
}
