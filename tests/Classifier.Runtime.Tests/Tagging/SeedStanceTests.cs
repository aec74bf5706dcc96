using Classifier.Runtime.Tests.Support;

namespace Classifier.Runtime.Tests.Tagging;

/// <summary>
/// The stance of the six social-media posts in seed 000 against a careful reader's reading
/// (toward the article's subject, the deportation plan): the issue asks for at least five of six.
/// </summary>
[Collection(TrainedModelCollection.Name)]
public sealed class SeedStanceTests(TrainedModelFixture model)
{
    // A careful reader's stance per handle: four clear, one mixed (a question about cost), one clear opposition.
    private static readonly Dictionary<string, string> Reader = new(StringComparer.OrdinalIgnoreCase)
    {
        ["@americafirst2024"] = "support",
        ["@justiceforimmigrants"] = "oppose",
        ["@secureourborders"] = "support",
        ["@globaldiplomacyusa"] = "neutral",
        ["@stopmassdeportations"] = "oppose",
        ["@truepatriotvoice"] = "support",
    };

    [Fact]
    public void Tag_Seed000Posts_StanceAgreesWithReaderForAtLeastFiveOfSix()
    {
        var path = Directory.EnumerateFiles(RepoPaths.Seeds, "000_*.txt").Single();
        var quotes = model.Tagger.Tag(File.ReadAllText(path)).Quotes.Where(q => q.SpeakerKey is not null && Reader.ContainsKey(q.SpeakerKey)).ToArray();

        Assert.Equal(Reader.Keys.Order(StringComparer.OrdinalIgnoreCase), quotes.Select(q => q.SpeakerKey!).Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        var agreeing = quotes.Count(q => q.Stance == Reader[q.SpeakerKey!]);
        Assert.True(agreeing >= 5, string.Join("; ", quotes.Select(q => $"{q.SpeakerKey}: {q.Stance} ({q.Confidence:F2}), reader {Reader[q.SpeakerKey!]}")));
    }
}
