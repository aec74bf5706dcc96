using BenchmarkDotNet.Running;
using Classifier.Bench.Commands;

// `micro [BenchmarkDotNet arguments]`: the BenchmarkDotNet micro-benchmarks (segmenter, featurizer, tagger).
if (args.Length > 0 && args[0] == "micro")
{
    BenchmarkSwitcher.FromAssembly(typeof(Classifier.Bench.Micro.TaggingBenchmarks).Assembly).Run(args[1..]);
    return 0;
}

return BenchCommand.Create().Parse(args).Invoke();
