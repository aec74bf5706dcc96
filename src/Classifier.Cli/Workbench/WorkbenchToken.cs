using System.Security.Cryptography;
using System.Text;

namespace Classifier.Cli.Workbench;

/// <summary>
/// The per-run secret every request must carry (<c>?token=</c> in the page's URL, the
/// <c>X-Workbench-Token</c> header on API calls), so another local user or a web page in the same
/// browser cannot drive the workbench; compared in constant time.
/// </summary>
internal sealed class WorkbenchToken(string value)
{
    public const string Header = "X-Workbench-Token";
    public const string Query = "token";

    public string Value { get; } = value;

    public static WorkbenchToken NewRandom() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)));

    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(Value));
}
