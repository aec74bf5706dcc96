using Classifier.Runtime.Quotes;
using Classifier.Runtime.Tagging;
using Classifier.Runtime.Tally;

namespace Classifier.Runtime.Tests.Tally;

/// <summary>Who reacted how: each speaker once per article, by stance and channel; unattributed quotes apart.</summary>
public sealed class ReactionTallyTests
{
    [Fact]
    public void Add_SpeakerQuotedTwice_CountedOnceWithTheirMostFrequentStance()
    {
        var article = Article(
            Quote("Mayor Ortiz", "ortiz", QuoteChannel.Spoken, "oppose", "We will not accept this plan."),
            Quote("@CityWatch", "@citywatch", QuoteChannel.Social, "support", "Finally."),
            Quote("Ortiz", "ortiz", QuoteChannel.Spoken, "oppose", "It is a mistake."),
            Quote("Mayor Ortiz", "ortiz", QuoteChannel.Spoken, "neutral", "We will study it."));

        var tally = new ReactionTally().Add("a1", article);

        Assert.Equal("a1", tally.Id);
        Assert.Equal(2, tally.Speakers.Count);
        var ortiz = Assert.Single(tally.Speakers, s => s.SpeakerKey == "ortiz");
        Assert.Equal("oppose", ortiz.Stance);
        Assert.Equal(3, ortiz.Quotes);
        Assert.Equal("Mayor Ortiz", ortiz.Speaker);
        Assert.Equal("spoken", ortiz.Channel);
        Assert.Equal(new Dictionary<string, int> { ["oppose"] = 1, ["support"] = 1 }, tally.ByStance);
        Assert.Equal(new Dictionary<string, int> { ["social"] = 1, ["spoken"] = 1 }, tally.ByChannel);
        Assert.Empty(tally.Unattributed);
    }

    [Fact]
    public void Add_StanceTie_TakesTheFirstQuotedStance()
    {
        var article = Article(
            Quote("Dr. Lee", "lee", QuoteChannel.Spoken, "neutral", "We need more data."),
            Quote("Lee", "lee", QuoteChannel.Spoken, "support", "But it is promising."));

        var speaker = Assert.Single(new ReactionTally().Add("a", article).Speakers);

        Assert.Equal("neutral", speaker.Stance);
    }

    [Fact]
    public void Add_NoSpeakerOrNoStance_UnattributedApartAndUnknownStanceCounted()
    {
        var article = Article(
            Quote(null, null, QuoteChannel.Spoken, "oppose", "Nobody asked for this."),
            Quote("@anon", "@anon", QuoteChannel.Social, null, "hmm"));

        var tally = new ReactionTally().Add("a", article);

        var unattributed = Assert.Single(tally.Unattributed);
        Assert.Null(unattributed.Speaker);
        Assert.Equal(new Dictionary<string, int> { ["unknown"] = 1 }, tally.ByStance);
    }

    [Fact]
    public void Add_LongQuote_StartCutWithEllipsis()
    {
        var text = new string('x', 200);

        var speaker = Assert.Single(new ReactionTally().Add("a", Article(Quote("A", "a", QuoteChannel.Spoken, "neutral", text))).Speakers);

        Assert.EndsWith("…", speaker.QuoteStart, StringComparison.Ordinal);
        Assert.True(speaker.QuoteStart.Length < text.Length);
        Assert.StartsWith("xxxx", speaker.QuoteStart, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_SameSpeakerInTwoArticles_CountedOncePerArticle()
    {
        var tally = new ReactionTally();
        tally.Add("a", Article(Quote("@x", "@x", QuoteChannel.Social, "support", "Yes."), Quote(null, null, QuoteChannel.Spoken, "oppose", "No.")));
        tally.Add("b", Article(Quote("@x", "@x", QuoteChannel.Social, "oppose", "No."), Quote("Y", "y", QuoteChannel.Spoken, "oppose", "Never.")));

        var total = tally.Total();

        Assert.Equal("total", total.Id);
        Assert.Equal(["a", "b"], tally.Articles.Select(a => a.Id));
        Assert.Equal(3, total.Speakers.Count);
        Assert.Equal(new Dictionary<string, int> { ["oppose"] = 2, ["support"] = 1 }, total.ByStance);
        Assert.Equal(new Dictionary<string, int> { ["social"] = 2, ["spoken"] = 1 }, total.ByChannel);
        Assert.Single(total.Unattributed);
    }

    [Fact]
    public void Add_ArticleWithoutQuotes_EmptyTally()
    {
        var tally = new ReactionTally().Add("empty", Article());

        Assert.Empty(tally.Speakers);
        Assert.Empty(tally.ByStance);
        Assert.Empty(tally.ByChannel);
        Assert.Empty(tally.Unattributed);
    }

    private static TaggedArticle Article(params Reaction[] quotes) => new([], quotes, new PageVerdict(PageKind.NoArticle, 1f), []);

    private static Reaction Quote(string? speaker, string? key, QuoteChannel channel, string? stance, string text) =>
        new(0, 0, text.Length, text, speaker, key, channel, stance, stance is null ? 0f : 0.9f, new Dictionary<string, float>());
}
