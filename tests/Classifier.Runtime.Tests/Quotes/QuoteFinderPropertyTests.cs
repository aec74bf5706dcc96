using Classifier.Runtime.Quotes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Classifier.Runtime.Tests.Quotes;

public sealed class QuoteFinderPropertyTests
{
    private const int Runs = 2000;
    private static readonly QuoteFinder Finder = new();

    private static readonly char[] Alphabet =
    [
        'a', 'B', 'z', 'Ж', 'é', ' ', ' ', '.', ',', ':', '@', '_', '-', '—', '(', ')', '"', '“', '”', '‘', '’', '„',
        '«', '»', '‹', '›', '「', '」', '\n', '\t', '\0', '\u0007', '\uD83D', '\uDE00', '1',
    ];

    private static readonly string[] Words =
        ["said", "He", "she", "wrote", "tweeted", "@Bob", "Dr.", "Ana Ruiz", "according to", "From", "—", "(@x)", "told"];

    [Property(MaxTest = Runs)]
    public bool Find_ArbitraryString_ReturnsSpansInsideSegment(string? segment, string? previous, string? next) =>
        Holds(segment, previous, next);

    [Property(MaxTest = Runs)]
    public Property Find_QuoteHeavyString_ReturnsSpansInsideSegment()
    {
        var piece = Gen.OneOf(Gen.Elements(Alphabet).Select(c => c.ToString()), Gen.Elements(Words).Select(w => " " + w + " "));
        var text = piece.ListOf().Select(parts => string.Concat(parts));
        return Prop.ForAll(text.ToArbitrary(), text.ToArbitrary(), (s, p) => Holds(s, p, p));
    }

    private static bool Holds(string? segment, string? previous, string? next)
    {
        var quotes = Finder.Find(segment!, previous, next);
        string text = segment ?? string.Empty;
        return quotes.All(q => q.Start >= 0 && q.Length > 0 && q.Start + q.Length <= text.Length
            && q.Text == text.Substring(q.Start, q.Length));
    }
}
