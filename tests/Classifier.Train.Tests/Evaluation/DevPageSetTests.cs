using Classifier.Train.Evaluation;

namespace Classifier.Train.Tests.Evaluation;

public sealed class DevPageSetTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "devpages-" + Guid.NewGuid().ToString("N"));

    public DevPageSetTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Load_GoldAndTexts_PagesInIdOrder()
    {
        File.WriteAllText(Path.Combine(_directory, "gold.json"), """
            {
              "bb": {"url": "https://news.example.org/a/1", "articleBody": "Second body."},
              "aa": {"url": "not a url", "articleBody": "First body."}
            }
            """);
        File.WriteAllText(Path.Combine(_directory, "aa.txt"), "Menu\nFirst body.\n");
        File.WriteAllText(Path.Combine(_directory, "bb.txt"), "Second body.");

        var set = DevPageSet.Load(_directory);

        Assert.Equal(["aa", "bb"], set.Pages.Select(p => p.Id));
        Assert.Equal("Menu\nFirst body.\n", set.Pages[0].Text);
        Assert.Equal("First body.", set.Pages[0].GoldBody);
        Assert.Equal("not a url", set.Pages[0].Host);
        Assert.Equal("news.example.org", set.Pages[1].Host);
    }

    [Fact]
    public void Load_HtmlBesideTheText_FoundGzipFirst()
    {
        File.WriteAllText(Path.Combine(_directory, "gold.json"), """{"aa": {"url": "u", "articleBody": "b"}, "bb": {"url": "u", "articleBody": "b"}, "cc": {"url": "u", "articleBody": "b"}}""");
        foreach (var id in new[] { "aa", "bb", "cc" })
        {
            File.WriteAllText(Path.Combine(_directory, id + ".txt"), "b");
        }

        File.WriteAllText(Path.Combine(_directory, "aa.html.gz"), "");
        File.WriteAllText(Path.Combine(_directory, "aa.html"), "");
        File.WriteAllText(Path.Combine(_directory, "bb.html"), "");

        var set = DevPageSet.Load(_directory);

        Assert.Equal([Path.Combine(_directory, "aa.html.gz"), Path.Combine(_directory, "bb.html"), null], set.Pages.Select(p => p.HtmlFile));
    }

    [Fact]
    public void Load_TextMissing_Throws()
    {
        File.WriteAllText(Path.Combine(_directory, "gold.json"), """{"aa": {"url": "u", "articleBody": "b"}}""");

        Assert.Throws<FileNotFoundException>(() => DevPageSet.Load(_directory));
    }

    [Fact]
    public void Load_BodyMissing_Throws()
    {
        File.WriteAllText(Path.Combine(_directory, "gold.json"), """{"aa": {"url": "u"}}""");
        File.WriteAllText(Path.Combine(_directory, "aa.txt"), "x");

        Assert.Throws<InvalidDataException>(() => DevPageSet.Load(_directory));
    }

    [Fact]
    public void Load_NoGoldFile_Throws()
    {
        Assert.Throws<FileNotFoundException>(() => DevPageSet.Load(_directory));
    }
}
