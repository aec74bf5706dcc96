using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Runtime.Models;

/// <summary>Schema definitions that give the variable-length vector columns their fixed size.</summary>
internal static class RowSchemas
{
    public static SchemaDefinition ForText(int denseCount)
    {
        var schema = SchemaDefinition.Create(typeof(TextRow));
        schema[nameof(TextRow.Dense)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, denseCount);
        return schema;
    }

    public static SchemaDefinition ForHashed(int ngramDimension, int denseCount)
    {
        var schema = SchemaDefinition.Create(typeof(HashedRow));
        schema[nameof(HashedRow.Ngrams)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, ngramDimension);
        schema[nameof(HashedRow.Dense)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, denseCount);
        return schema;
    }

    public static SchemaDefinition ForVector(int featureCount)
    {
        var schema = SchemaDefinition.Create(typeof(VectorRow));
        schema[nameof(VectorRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return schema;
    }

    /// <summary>Label names in the order of the model's Score column.</summary>
    public static string[] LabelsOf(ITransformer model, DataViewSchema inputSchema)
    {
        var output = model.GetOutputSchema(inputSchema);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        output["Score"].GetSlotNames(ref names);
        return names.DenseValues().Select(v => v.ToString()).ToArray();
    }
}
