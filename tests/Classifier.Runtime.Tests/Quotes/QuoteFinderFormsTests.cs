using System.Globalization;
using Classifier.Runtime.Quotes;

namespace Classifier.Runtime.Tests.Quotes;

public sealed class QuoteFinderFormsTests
{
    private readonly QuoteFinder _finder = new();

    public QuoteFinderFormsTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }

    [Theory]
    [InlineData("User @RiverRat77 tweeted, “The new bridge toll is a joke. Nobody asked for this!”", "@riverrat77")]
    [InlineData("Conversely, @CalmCommuter wrote, “Finally the council does something sensible about traffic.”", "@calmcommuter")]
    [InlineData("Supporter @GreenLanes commented, “Fewer cars, cleaner air, happier kids on the way to school.”", "@greenlanes")]
    [InlineData("Meanwhile, @TaxWatchdog argued, “Every toll starts small and then it never, ever goes away.”", "@taxwatchdog")]
    [InlineData("Local baker Mia Holt posted on X: “Deliveries just got two pounds dearer per van, every single day.”", "mia holt")]
    public void Find_SocialPostWithMarks_ReturnsSocialQuoteWithSpeakerKey(string segment, string key)
    {
        var quote = Assert.Single(_finder.Find(segment));

        Assert.Equal(key, quote.SpeakerKey);
        Assert.Equal(QuoteChannel.Social, quote.Channel);
        Assert.Equal(segment.Substring(quote.Start, quote.Length), quote.Text);
    }

    [Fact]
    public void Find_HandleWroteColonWithoutMarks_ReturnsTextAfterColon()
    {
        const string segment = "@ferry_fan wrote: Two hours in the queue again. Bring back the old timetable please.";

        var quote = Assert.Single(_finder.Find(segment));

        Assert.Equal("Two hours in the queue again. Bring back the old timetable please.", quote.Text);
        Assert.Equal("@ferry_fan", quote.SpeakerKey);
        Assert.Equal(QuoteChannel.Social, quote.Channel);
    }

    [Fact]
    public void Find_EmbeddedPostWithSignatureInSegment_AttributesToHandle()
    {
        const string segment = "Cannot believe the pier is closing after ninety years. Gutted. — Rosa Quill (@rosaquill) May 3, 2025";

        var quote = Assert.Single(_finder.Find(segment));

        Assert.Equal("Cannot believe the pier is closing after ninety years. Gutted.", quote.Text);
        Assert.Equal("@rosaquill", quote.SpeakerKey);
        Assert.Equal(QuoteChannel.Social, quote.Channel);
    }

    [Fact]
    public void Find_EmbeddedPostWithSignatureNext_AttributesToHandle()
    {
        const string post = "Is anyone else's train stuck outside the tunnel? Twenty minutes and counting.";
        const string signature = "— Dev Anand (@DevOnRails) June 2, 2025";

        var quote = Assert.Single(_finder.Find(post, null, signature));

        Assert.Equal(post, quote.Text);
        Assert.Equal("@devonrails", quote.SpeakerKey);
        Assert.Empty(_finder.Find(signature, post));
    }

    [Theory]
    [InlineData("“We will appeal this ruling at the first opportunity,” said Mayor Lena Ortiz.", "lena ortiz")]
    [InlineData("“We will appeal this ruling at the first opportunity,” Ortiz said.", "ortiz")]
    [InlineData("Lena Ortiz said, “We will appeal this ruling at the first opportunity.”", "lena ortiz")]
    [InlineData("“We will appeal this ruling at the first opportunity.” — Lena Ortiz", "lena ortiz")]
    [InlineData("From Lena Ortiz: “We will appeal this ruling at the first opportunity.”", "lena ortiz")]
    [InlineData("According to Lena Ortiz, “we will appeal this ruling at the first opportunity.”", "lena ortiz")]
    [InlineData("Lena Ortiz warned, “We will appeal this ruling at the first opportunity.”", "lena ortiz")]
    [InlineData("Lena Ortiz told reporters, “We will appeal this ruling at the first opportunity.”", "lena ortiz")]
    [InlineData("Lena Ortiz wrote in a statement, “We will appeal this ruling at the first opportunity.”", "lena ortiz")]
    [InlineData("\"We will appeal this ruling at the first opportunity,\" said city lawyer Lena Ortiz.", "lena ortiz")]
    public void Find_SpokenQuoteWithAttribution_ReturnsSpokenQuoteWithSpeakerKey(string segment, string key)
    {
        var quote = Assert.Single(_finder.Find(segment));

        Assert.Equal(key, quote.SpeakerKey);
        Assert.Equal(QuoteChannel.Spoken, quote.Channel);
        Assert.Contains("appeal this ruling", quote.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Find_QuoteSplitByAttribution_GivesBothPartsSameSpeaker()
    {
        const string segment = "“The dam is safe for now,” said engineer Tomas Vik. “But the spillway needs work before the autumn rains arrive.”";

        var quotes = _finder.Find(segment);

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("tomas vik", q.SpeakerKey));
        Assert.StartsWith("But the spillway", quotes[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_PronounSpeaker_ResolvesToPersonInSentenceBefore()
    {
        const string segment = "Okafor said the clinic would reopen in May. She said, “We owe the families in this valley a proper answer.”";

        var quote = Assert.Single(_finder.Find(segment));

        Assert.Equal("Okafor", quote.Speaker);
    }

    [Fact]
    public void Find_PronounSpeaker_ResolvesToPersonInPreviousSegment()
    {
        const string previous = "Harbour master Ines Cole defended the closure on Tuesday.";
        const string segment = "“Nobody wants the harbour shut, but safety comes first every time,” she said.";

        var quote = Assert.Single(_finder.Find(segment, previous));

        Assert.Equal("ines cole", quote.SpeakerKey);
    }

    [Theory]
    [InlineData("„Wir werden das Urteil sorgfältig prüfen und dann entscheiden“, sagte die Ministerin.")]
    [InlineData("«Vamos a recurrir la decisión en los próximos días», dijo el alcalde.")]
    [InlineData("« Nous allons examiner la décision avec attention », a déclaré le ministre.")]
    [InlineData("«Мы будем внимательно изучать это решение суда», заявил министр.")]
    [InlineData("«Мы будем внимательно изучать это решение суда», — заявил министр Иван Орлов.")]
    [InlineData("La alcaldesa Marta Gil habló tras el pleno. «Vamos a recurrir la decisión en los próximos días», comentó.")]
    public void Find_OtherLanguageMarksAndVerbs_ReturnsQuote(string segment)
    {
        var quote = Assert.Single(_finder.Find(segment));

        Assert.NotNull(quote.Speaker);
        Assert.Equal(QuoteChannel.Spoken, quote.Channel);
    }

    [Fact]
    public void Find_SeveralQuotesInSegment_ReturnsAllInOrder()
    {
        const string segment = "“The fares go up in March,” said Ana Lind. Her rival Paul Brook disagreed. “This is the wrong moment for a rise,” Brook said.";

        var quotes = _finder.Find(segment);

        Assert.Equal(new[] { "ana lind", "brook" }, quotes.Select(q => q.SpeakerKey ?? string.Empty).ToArray());
    }

    [Theory]
    [InlineData("The minister promised to “fix the roads” before the election.")]
    [InlineData("Officials expect “hundreds” of complaints.")]
    [InlineData("The deal was sold as a “win for everyone” in the region.")]
    [InlineData("She starred in “The Long Road Home” last year.")]
    [InlineData("Pushing for ‘Fair Rent’ Rules")]
    public void Find_FragmentOrTitle_ReturnsNothing(string segment)
    {
        Assert.Empty(_finder.Find(segment));
    }

    [Fact]
    public void Find_UnbalancedMark_ReturnsQuoteToEndWithoutThrowing()
    {
        const string segment = "“We are not going anywhere, and we will keep the library open,” said Jo Pike. “Not while I am";

        var quotes = _finder.Find(segment);

        Assert.Equal(2, quotes.Count);
        Assert.Equal("Not while I am", quotes[1].Text);
    }

    [Fact]
    public void Find_NestedSingleQuotes_StayInsideOuterQuote()
    {
        const string segment = "“They keep asking ‘who pays for it?’ and nobody answers them,” said Omar Faye.";

        var quote = Assert.Single(_finder.Find(segment));

        Assert.Equal("They keep asking ‘who pays for it?’ and nobody answers them,", quote.Text);
    }

    [Fact]
    public void Find_MultiParagraphQuote_ContinuationTakesPreviousSpeaker()
    {
        const string previous = "Councillor Ruth Adair said, “We have waited eleven years for this crossing.";
        const string segment = "“Every winter somebody slips on that road and every winter we are told to be patient.”";

        var quote = Assert.Single(_finder.Find(segment, previous));

        Assert.Equal("ruth adair", quote.SpeakerKey);
    }
}
