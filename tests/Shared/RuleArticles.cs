namespace Classifier.Tests.Shared;

/// <summary>Two small articles the rule and kept-label tests of the runtime and the CLI run on.</summary>
internal static class RuleArticles
{
    /// <summary>A short report between a title and a share line.</summary>
    public const string Ferry =
        "Harbour council approves new ferry timetable\n"
        + "The harbour council voted on Tuesday to add two evening ferries to the island route, after months of complaints from commuters about crowded boats.\n"
        + "Fares will stay the same until the end of the year, the council said in a statement.\n"
        + "Commuters who wrote to the council said the last boat, at half past eight, left many of them waiting on the quay after late shifts.\n"
        + "Share this article";

    /// <summary>
    /// A short report and a WordPress-style thread under it (name "says:", date, text, "Reply"): the
    /// model labels every line of the thread comment, so a test on it is about keeping the label, not
    /// about a borderline thread.
    /// </summary>
    public const string TramWithComments =
        "Council approves new tram line\n"
        + "The city council voted on Tuesday to build a tram line to the northern suburbs, ending a debate that lasted two years and split the ruling coalition.\n"
        + "Construction is due to start next spring and the first trams should run in 2029, the transport department said in a statement.\n"
        + "Share this article\n"
        + "4 comments\n"
        + "Leave a reply\n"
        + "TramFan77 says:\n"
        + "March 4, 2026 at 9:12 am\n"
        + "About time! I have been waiting for this for ten years, the buses are always full.\n"
        + "Reply\n"
        + "Skeptic_Sue says:\n"
        + "March 4, 2026 at 10:40 am\n"
        + "It will be over budget and late, mark my words. Nobody asked the residents.\n"
        + "Reply\n"
        + "Northside Dan says:\n"
        + "March 4, 2026 at 11:05 am\n"
        + "Great news for the northern suburbs, finally.\n"
        + "Reply\n"
        + "Load more comments";
}
