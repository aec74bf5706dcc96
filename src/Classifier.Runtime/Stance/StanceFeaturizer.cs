using Classifier.Runtime.Features;
using Classifier.Runtime.Models;

namespace Classifier.Runtime.Stance;

/// <summary>The one featurization of a quoted reaction for the stance model, shared by training and tagging.</summary>
internal sealed class StanceFeaturizer(FeaturizerOptions options)
{
    public const int DenseCount = 3;

    private readonly ArticleFeaturizer _text = new(options);

    public TextRow ToRow(string quote, bool social, string label = "") => new()
    {
        Text = _text.NormaliseText(quote),
        Dense = [social ? 1f : 0f, quote.Contains('?') ? 1f : 0f, quote.Contains('!') ? 1f : 0f],
        Label = label,
    };
}
