using Classifier.Bench.Commands;

return BenchCommand.Create().Parse(args).Invoke();
