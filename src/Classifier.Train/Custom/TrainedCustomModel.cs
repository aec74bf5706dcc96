using Classifier.Runtime.Models;

namespace Classifier.Train.Custom;

/// <summary>A trained custom model: the model over all rows (role <c>text</c>) and, in per-group mode, one model per group by role.</summary>
internal sealed record TrainedCustomModel(IReadOnlyDictionary<string, LinearModel> Models, IReadOnlyDictionary<string, string> GroupRoles);
