namespace Classifier.Runtime.Tagging;

/// <summary>An article exceeds <see cref="TaggerOptions.MaxArticleChars"/>.</summary>
public sealed class ArticleTooLargeException(int length, int limit)
    : Exception($"article of {length:N0} characters exceeds the limit of {limit:N0} (raise it with --max-chars)")
{
    /// <summary>The article's length in characters.</summary>
    public int Length { get; } = length;

    /// <summary>The limit in force.</summary>
    public int Limit { get; } = limit;
}
