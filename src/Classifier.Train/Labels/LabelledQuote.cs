namespace Classifier.Train.Labels;

/// <summary>One labelled quoted reaction: the quoted words inside segment (Article, Index), its speaker, channel and stance.</summary>
internal sealed record LabelledQuote(string Article, int Index, string Speaker, string Channel, string Stance, string Quote, string File, int Line)
{
    /// <summary>The rest of the quote's segment (its attribution), filled in once the segment is known.</summary>
    public string Context { get; init; } = "";
}
