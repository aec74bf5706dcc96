using System.Net;
using System.Net.Sockets;
using Classifier.Cli;
using Classifier.Workbench.Tests.Support;

namespace Classifier.Workbench.Tests.Api;

/// <summary><c>classify label</c> on a port another program holds: one clear line, exit 1, no trace.</summary>
[Collection(SmallModelCollection.Name)]
public sealed class PortInUseTests(SmallModelFixture model) : IDisposable
{
    private readonly TempFolder _temp = new("classifier-workbench-port");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Label_PortTaken_SaysSoAndExits1()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var article = _temp.Write("a.txt", "Bridge reopens\nThe bridge reopened on Monday after repairs that took a year.");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = CliApp.Run(["label", article, "--labels", _temp.Combine("labels"), "--models", model.ModelDirectory, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], TextReader.Null, stdout, stderr);

        Assert.Equal(1, exit);
        var message = stderr.ToString();
        Assert.Contains($"port {port} on 127.0.0.1 is in use", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.Single(message.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Label_HostNotAnAddress_UsageError()
    {
        var stderr = new StringWriter();

        var exit = CliApp.Run(["label", _temp.Path, "--labels", _temp.Combine("labels"), "--models", model.ModelDirectory, "--host", "example.com"], TextReader.Null, TextWriter.Null, stderr);

        Assert.Equal(2, exit);
        Assert.Contains("not an IP address", stderr.ToString(), StringComparison.Ordinal);
    }
}
