namespace Classifier.Runtime.Html;

/// <summary>A page that cannot be read as HTML (binary data, a broken gzip stream, too large once decompressed).</summary>
public sealed class HtmlReadException(string message) : Exception(message);
