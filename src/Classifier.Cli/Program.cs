using System.Text;
using Classifier.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), bufferSize: 1 << 16) { AutoFlush = false };
// Standard input as a StreamReader over the raw bytes (not Console.In, which decodes them itself and
// keeps a byte-order mark as text): the input readers decode its bytes exactly as a file's.
using var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
var exit = CliApp.Run(args, stdin, stdout, Console.Error);
stdout.Flush();
return exit;
