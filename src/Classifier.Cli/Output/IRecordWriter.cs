using Classifier.Cli.Input;
using Classifier.Runtime.Tagging;

namespace Classifier.Cli.Output;

/// <summary>Writes one output per input record, in input order; disposed when the batch ends.</summary>
internal interface IRecordWriter : IDisposable
{
    void IDisposable.Dispose()
    {
    }

    void Write(InputRecord record, TaggedArticle article);

    void WriteError(InputRecord record, string error);

    void Complete();
}
