namespace Classifier.Runtime.Encoders;

/// <summary>The sentence encoder cannot be loaded or run (for example its package is missing from the application).</summary>
public sealed class SentenceEncoderException(string message, Exception? inner = null) : Exception(message, inner);
