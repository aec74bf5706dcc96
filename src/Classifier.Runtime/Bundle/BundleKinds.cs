namespace Classifier.Runtime.Bundle;

/// <summary>The kinds of bundle and the roles of the model files in them.</summary>
public static class BundleKinds
{
    /// <summary>The default article models: segment labels, context pass, stance.</summary>
    public const string ArticleSegments = "article-segments";

    /// <summary>A text classifier trained on a user's own CSV.</summary>
    public const string Custom = "custom";

    /// <summary>Role of the first-pass segment model in an article bundle.</summary>
    public const string SegmentsRole = "segments";

    /// <summary>Role of the context-pass model in an article bundle.</summary>
    public const string ContextRole = "context";

    /// <summary>Role of the stance model in an article bundle.</summary>
    public const string StanceRole = "stance";

    /// <summary>Role of a custom bundle's model for rows without a group of their own.</summary>
    public const string TextRole = "text";
}
