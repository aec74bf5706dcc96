using System.Text;
using Classifier.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), bufferSize: 1 << 16) { AutoFlush = false };
var exit = CliApp.Run(args, Console.In, stdout, Console.Error);
stdout.Flush();
return exit;
