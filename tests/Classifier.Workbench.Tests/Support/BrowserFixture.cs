using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Classifier.Workbench.Tests.Support;

/// <summary>
/// Debian's headless chromium driven through its chromium-driver (both installed by <c>.ci/run</c>);
/// the paths are given so that Selenium never looks for, or downloads, a browser of its own.
/// </summary>
public sealed class BrowserFixture : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private const string DriverPath = "/usr/bin/chromedriver";

    public BrowserFixture()
    {
        if (!File.Exists(Chromium) || !File.Exists(DriverPath))
        {
            throw new InvalidOperationException($"the browser tests need {Chromium} and {DriverPath}: apt-get install chromium chromium-driver (as .ci/run does)");
        }

        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000", "--force-device-scale-factor=1");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.HideCommandPromptWindow = true;
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    public ChromeDriver Driver { get; }

    /// <summary>
    /// Saves what the browser shows as NAME in a temporary folder, or in <c>$CLASSIFIER_SCREENSHOTS</c>
    /// when set (<c>CLASSIFIER_SCREENSHOTS=docs/images</c> refreshes the README's screenshots), so a
    /// test run leaves the checkout as it found it.
    /// </summary>
    public string Screenshot(string name)
    {
        var folder = Environment.GetEnvironmentVariable("CLASSIFIER_SCREENSHOTS") is { Length: > 0 } chosen
            ? Path.GetFullPath(chosen)
            : Path.Combine(Path.GetTempPath(), "classifier-workbench-screenshots");
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails the test with <paramref name="what"/> after <paramref name="seconds"/>.</summary>
    public static void WaitFor(Func<bool> condition, string what, double seconds = 20)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            try
            {
                if (condition())
                {
                    return;
                }
            }
            catch (WebDriverException)
            {
                // The page is re-rendering (a stale element): look again.
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"waited {seconds} s for {what}");
            }

            Thread.Sleep(50);
        }
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SmallModelFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
