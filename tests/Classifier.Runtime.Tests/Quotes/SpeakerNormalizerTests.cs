using Classifier.Runtime.Quotes;

namespace Classifier.Runtime.Tests.Quotes;

public sealed class SpeakerNormalizerTests
{
    [Theory]
    [InlineData("immigration policy expert Dr. Angela Ramirez", "angela ramirez")]
    [InlineData("State Sen. Marc Pelletier", "marc pelletier")]
    [InlineData("@CityWatchdog", "@citywatchdog")]
    [InlineData("a spokesperson for the union", "spokesperson for the union")]
    [InlineData("Ramirez", "ramirez")]
    public void Key_Speaker_ReturnsNormalisedKey(string speaker, string key)
    {
        Assert.Equal(key, SpeakerNormalizer.Key(speaker));
    }

    [Fact]
    public void UnifySurnames_SurnameOfOneFullName_MapsToFullName()
    {
        var map = SpeakerNormalizer.UnifySurnames(["angela ramirez", "ramirez", "@ramirez", "lee"]);

        Assert.Equal("angela ramirez", map["ramirez"]);
        Assert.Equal("@ramirez", map["@ramirez"]);
        Assert.Equal("lee", map["lee"]);
    }

    [Fact]
    public void UnifySurnames_SurnameOfTwoFullNames_StaysAmbiguous()
    {
        var map = SpeakerNormalizer.UnifySurnames(["ana lind", "erik lind", "lind"]);

        Assert.Equal("lind", map["lind"]);
    }
}
