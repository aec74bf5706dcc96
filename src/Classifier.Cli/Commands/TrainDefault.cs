using Classifier.Train.Commands;
using Classifier.Train.Training;

namespace Classifier.Cli.Commands;

/// <summary>Trains the default models in-process when they are missing, logging to standard error.</summary>
internal static class TrainDefault
{
    public static int Run(string labels, string models, TrainingOptions options, TextWriter log) =>
        TrainCommand.Run(labels, models, options, log, log);
}
