namespace Classifier.Runtime.Bundle;

/// <summary>A model bundle is missing, corrupt, too new or inconsistent. The message names the file.</summary>
public sealed class ModelBundleException(string message, Exception? inner = null) : Exception(message, inner);
