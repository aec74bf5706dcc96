namespace Classifier.Runtime.Bundle;

/// <summary>The kinds of bundle and the roles of the model files in them.</summary>
public static class BundleKinds
{
    /// <summary>The default article models: segment labels, context pass, stance.</summary>
    public const string ArticleSegments = "article-segments";

    /// <summary>A text classifier trained on a user's own CSV.</summary>
    public const string Custom = "custom";

    internal const string SegmentsRole = "segments";
    internal const string ContextRole = "context";
    internal const string StanceRole = "stance";
    internal const string TextRole = "text";
}
