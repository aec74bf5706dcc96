using System.CommandLine;
using Classifier.Runtime.Segmentation;
using Classifier.Runtime.Tagging;

namespace Classifier.Bench.Commands;

/// <summary>
/// <c>equivalence</c>: scores every segment of the development pages with ML.NET's engines and with
/// the fast paths, and counts probabilities that differ in any bit (the fast paths must compute
/// exactly what the models compute).
/// </summary>
internal static class EquivalenceCommand
{
    public static Command Create()
    {
        var models = new Option<string>("--models") { Description = "Model bundle folder.", DefaultValueFactory = _ => RepoPaths.DefaultModelsDirectory };
        var pages = new Option<string>("--pages") { Description = "Folder of page *.txt files.", DefaultValueFactory = _ => RepoPaths.DefaultPagesDirectory };
        var command = new Command("equivalence", "Checks that the fast scoring paths give bit-identical probabilities to ML.NET's engines on the development pages.")
        {
            models, pages,
        };
        command.SetAction(parse =>
        {
            var scorer = ArticleTagger.Load(parse.GetValue(models)!).Scorer;
            long values = 0, differ = 0, labelsDiffer = 0;
            foreach (var file in Directory.EnumerateFiles(parse.GetValue(pages)!, "*.txt").Order(StringComparer.Ordinal))
            {
                var texts = Segmenter.Split(File.ReadAllText(file)).Select(s => s.Text).ToArray();
                if (texts.Length == 0)
                {
                    continue;
                }

                scorer.UseTrees = false;
                var reference = scorer.Score(texts);
                scorer.UseTrees = true;
                var fast = scorer.Score(texts);
                for (var i = 0; i < texts.Length; i++)
                {
                    for (var l = 0; l < reference[i].Length; l++)
                    {
                        values++;
                        differ += BitConverter.SingleToInt32Bits(reference[i][l]) == BitConverter.SingleToInt32Bits(fast[i][l]) ? 0 : 1;
                    }

                    labelsDiffer += Array.IndexOf(reference[i], reference[i].Max()) == Array.IndexOf(fast[i], fast[i].Max()) ? 0 : 1;
                }
            }

            Console.WriteLine($"Fast context pass available: {scorer.HasTrees}. Probabilities compared: {values:N0}; differing in any bit: {differ:N0}; labels differing: {labelsDiffer:N0}.");
            return differ == 0 ? ExitCodes.Success : ExitCodes.DataError;
        });
        return command;
    }
}
