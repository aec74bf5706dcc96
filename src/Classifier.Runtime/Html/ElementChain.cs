namespace Classifier.Runtime.Html;

/// <summary>
/// The elements a line lies in, innermost first: each element of the page has its own
/// <see cref="Id"/> (its order in the walk), and lines of one element share its chain.
/// </summary>
/// <param name="Id">The element's ordinal in the walk.</param>
/// <param name="IsArticle">Whether the element is an <c>article</c>: a composition of its own.</param>
/// <param name="Parent">The enclosing element's chain; null above <c>html</c>.</param>
internal sealed record ElementChain(int Id, bool IsArticle, ElementChain? Parent);
