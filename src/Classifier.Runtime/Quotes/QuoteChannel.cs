namespace Classifier.Runtime.Quotes;

/// <summary>Where a quoted reaction was made.</summary>
public enum QuoteChannel
{
    /// <summary>A post on a social network (an @handle, "tweeted", "posted on X", an embedded post).</summary>
    Social,

    /// <summary>Words said or written outside social networks (said, stated, told, wrote in a statement).</summary>
    Spoken,
}
