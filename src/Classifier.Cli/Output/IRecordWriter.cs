using Classifier.Cli.Input;
using Classifier.Runtime.Tagging;

namespace Classifier.Cli.Output;

/// <summary>Writes one output per input record, in input order.</summary>
internal interface IRecordWriter
{
    void Write(InputRecord record, TaggedArticle article);

    void WriteError(InputRecord record, string error);

    void Complete();
}
