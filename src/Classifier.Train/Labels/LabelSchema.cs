namespace Classifier.Train.Labels;

/// <summary>Column names and allowed values of the label files (see labels/README.md).</summary>
internal static class LabelSchema
{
    public const string Article = "article";
    public const string Index = "index";
    public const string Text = "text";
    public const string Label = "label";
    public const string Speaker = "speaker";
    public const string Channel = "channel";
    public const string Stance = "stance";
    public const string Quote = "quote";

    public static readonly string[] SegmentColumns = [Article, Index, Text, Label];
    public static readonly string[] QuoteColumns = [Article, Index, Speaker, Channel, Stance, Quote];
    public static readonly string[] Stances = ["support", "oppose", "neutral"];
    public static readonly string[] Channels = ["social", "spoken"];
}
