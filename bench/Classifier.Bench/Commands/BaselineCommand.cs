using System.CommandLine;
using Classifier.Train.Evaluation;

namespace Classifier.Bench.Commands;

/// <summary>
/// <c>baseline</c>: measures every figure the README quotes (grouped 5-fold CV, both development
/// folders from text and from HTML, the quote finder) and writes them to <c>eval/baseline.json</c>, which the metric tests pin.
/// </summary>
internal static class BaselineCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Where to write the figures.", DefaultValueFactory = _ => Path.Combine(RepoPaths.Root, BaselineFigures.RelativePath) };
        var models = new Option<string>("--models") { Description = "Where the shipped-model bundle is trained to.", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "classifier-baseline-models") };
        var command = new Command("baseline", "Measure the figures the README quotes and write eval/baseline.json.") { output, models };
        command.SetAction(parse =>
        {
            if (BaselineFigures.CurrentSimd != BaselineFigures.PinnedSimd)
            {
                Console.Error.WriteLine($"baseline: this process accelerates {BaselineFigures.CurrentSimd}-bit vectors, but the figures are measured with {BaselineFigures.PinnedSimd}-bit ones, as the tests run, so that every machine gives the same; run it as DOTNET_EnableAVX2=0 dotnet run -c Release --project bench/Classifier.Bench -- baseline");
                return 2;
            }

            var root = RepoPaths.Root;
            var shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
            var figures = BaselineFigures.Measure(
                Path.Combine(root, "labels"),
                parse.GetValue(models)!,
                Path.Combine(shared, "pages-dev"),
                Path.Combine(shared, "pages-modern-dev"),
                Path.Combine(root, "eval", "heldout-quotes"),
                "DOTNET_EnableAVX2=0 dotnet run -c Release --project bench/Classifier.Bench -- baseline",
                Console.Out);
            var path = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            figures.Save(path);
            Console.WriteLine($"Wrote {path}: segments {figures.SegmentsMacroF1:F4} (first pass {figures.FirstPassMacroF1:F4}), stance {figures.StanceMacroF1:F4}, "
                + $"pages-dev F1 {figures.PagesDev.F1:F4}, pages-modern-dev F1 {figures.PagesModernDev.F1:F4}, from HTML {figures.HtmlPagesDev.F1:F4} / {figures.HtmlPagesModernDev.F1:F4}, quotes P {figures.QuoteFinder.Precision:F4} R {figures.QuoteFinder.Recall:F4}");
            return 0;
        });
        return command;
    }
}
