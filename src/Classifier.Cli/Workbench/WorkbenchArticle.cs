using Classifier.Runtime.Tagging;

namespace Classifier.Cli.Workbench;

/// <summary>One article in the workbench: its corpus id, the file it came from, its text and the current model's tagging of it.</summary>
internal sealed record WorkbenchArticle(string Id, string Origin, string Text, TaggedArticle Tagged);
