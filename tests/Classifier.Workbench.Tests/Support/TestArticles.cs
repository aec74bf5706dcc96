namespace Classifier.Workbench.Tests.Support;

/// <summary>Three invented scraped articles (headline, byline, report, quotes, junk), 12 segments each, written for these tests.</summary>
internal static class TestArticles
{
    public static readonly (string Name, string Text)[] All =
    [
        ("ferry.txt", Article("Ferry", "Harwick", "@HarwickSails", "the harbour master")),
        ("library.txt", Article("Library", "Oldfield", "@OldfieldReads", "the head librarian")),
        ("tram.txt", Article("Tram", "Kestow", "@KestowRider", "a transport official")),
    ];

    private static string Article(string topic, string town, string handle, string official) => string.Join('\n',
        $"{town} council approves new {topic.ToLowerInvariant()} plan",
        $"By Staff Reporter in {town}",
        $"The council in {town} voted on Tuesday to fund the {topic.ToLowerInvariant()} plan, ending a debate that ran for most of the year and split the chamber.",
        $"Work is due to begin in the spring, and the council said the first stage would be finished before the winter if the budget holds.",
        "What happens next",
        $"User {handle} posted, “At last the {topic.ToLowerInvariant()} gets what it needs.”",
        $"“We will publish the full timetable next month,” said {official}.",
        "Residents at the meeting asked how the work would affect their streets, and officials promised letters to every household on the route.",
        "Sign up for our morning newsletter",
        "Share this article on Facebook",
        $"Read more: {town} market reopens after repairs",
        "© 2026 The Local Ledger. All rights reserved.");
}
