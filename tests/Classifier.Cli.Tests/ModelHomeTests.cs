namespace Classifier.Cli.Tests;

public sealed class ModelHomeTests
{
    private const string Profile = "/home/ana";

    [Fact]
    public void UserFolder_ClassifierHomeSet_WinsOnEveryPlatform()
    {
        var env = Environment(("CLASSIFIER_HOME", "/srv/classifier"), ("XDG_DATA_HOME", "/data"), ("LOCALAPPDATA", @"C:\Users\ana\AppData\Local"));

        Assert.Equal(Path.GetFullPath("/srv/classifier"), ModelHome.UserFolder(env, isWindows: false, Profile));
        Assert.Equal(Path.GetFullPath("/srv/classifier"), ModelHome.UserFolder(env, isWindows: true, Profile));
    }

    [Fact]
    public void UserFolder_RelativeClassifierHome_MadeAbsoluteFromTheWorkingFolder()
    {
        var folder = ModelHome.UserFolder(Environment(("CLASSIFIER_HOME", "cache")), isWindows: false, Profile);

        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "cache"), folder);
    }

    [Fact]
    public void UserFolder_LinuxWithXdgDataHome_ClassifierUnderIt()
    {
        var folder = ModelHome.UserFolder(Environment(("XDG_DATA_HOME", "/data")), isWindows: false, Profile);

        Assert.Equal(Path.Combine("/data", "classifier"), folder);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("relative/data")]
    public void UserFolder_LinuxWithoutAbsoluteXdgDataHome_LocalShareOfTheProfile(string? xdg)
    {
        var folder = ModelHome.UserFolder(Environment(("XDG_DATA_HOME", xdg)), isWindows: false, Profile);

        Assert.Equal(Path.Combine(Profile, ".local", "share", "classifier"), folder);
    }

    [Fact]
    public void UserFolder_Windows_ClassifierUnderLocalAppData()
    {
        var env = Environment(("LOCALAPPDATA", @"C:\Users\ana\AppData\Local"), ("XDG_DATA_HOME", "/data"));

        Assert.Equal(Path.Combine(@"C:\Users\ana\AppData\Local", "Classifier"), ModelHome.UserFolder(env, isWindows: true, @"C:\Users\ana"));
    }

    [Fact]
    public void UserFolder_WindowsWithoutLocalAppData_AppDataLocalOfTheProfile()
    {
        var folder = ModelHome.UserFolder(Environment(), isWindows: true, @"C:\Users\ana");

        Assert.Equal(Path.Combine(@"C:\Users\ana", "AppData", "Local", "Classifier"), folder);
    }

    [Fact]
    public void Models_IsTheModelsFolderInsideTheHome()
    {
        Assert.Equal(Path.Combine("/srv/classifier", "models"), new ModelHome("/srv/classifier", "/opt/classify/labels").Models);
    }

    [Fact]
    public void ForCurrentUser_ShippedLabelsBesideTheDllHoldTheCorpus()
    {
        var home = ModelHome.ForCurrentUser();

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "labels"), home.ShippedLabels);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(home.ShippedLabels, "segments"), "*.csv"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(home.ShippedLabels, "quotes"), "*.csv"));
    }

    private static Func<string, string?> Environment(params (string Name, string? Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
