using Classifier.Runtime.Features;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Train.Pipelines;

/// <summary>
/// ML.NET row of a linear text model (first pass, stance, custom): hashed n-grams, dense values (min-max
/// normalised in the pipeline) and a sentence encoder's vector (read as it is, by custom models that use one;
/// a single unused slot otherwise).
/// </summary>
internal sealed class HashedRow
{
    public VBuffer<float> Ngrams { get; set; }

    public float[] Dense { get; set; } = [];

    public float[] Embedding { get; set; } = [0f];

    public string Label { get; set; } = "";

    public float Weight { get; set; } = 1f;
}

/// <summary>ML.NET row of one label's model of a one-vs-rest linear model: hashed n-grams, dense values, and whether the row has that label.</summary>
internal sealed class BinaryHashedRow
{
    public VBuffer<float> Ngrams { get; set; }

    public float[] Dense { get; set; } = [];

    public float[] Embedding { get; set; } = [0f];

    public bool Label { get; set; }

    public float Weight { get; set; } = 1f;
}

/// <summary>ML.NET row of one label's model of the context pass: the feature vector, and whether the row has that label.</summary>
internal sealed class BinaryVectorRow
{
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }

    public float Weight { get; set; } = 1f;
}

/// <summary>Schema definitions that give the rows' variable-length vector columns their fixed size, and the hashed text as ML.NET reads it.</summary>
internal static class TrainingRows
{
    /// <summary>The schema of <see cref="HashedRow"/>s; <paramref name="embeddingCount"/> 0 leaves the one unused embedding slot.</summary>
    public static SchemaDefinition ForHashed(int ngramDimension, int denseCount, int embeddingCount = 0)
    {
        var schema = SchemaDefinition.Create(typeof(HashedRow));
        schema[nameof(HashedRow.Ngrams)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, ngramDimension);
        schema[nameof(HashedRow.Dense)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, denseCount);
        schema[nameof(HashedRow.Embedding)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Math.Max(1, embeddingCount));
        return schema;
    }

    /// <summary>The schema of <see cref="BinaryHashedRow"/>s, sized as <see cref="ForHashed"/>.</summary>
    public static SchemaDefinition ForBinaryHashed(int ngramDimension, int denseCount, int embeddingCount = 0)
    {
        var schema = SchemaDefinition.Create(typeof(BinaryHashedRow));
        schema[nameof(BinaryHashedRow.Ngrams)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, ngramDimension);
        schema[nameof(BinaryHashedRow.Dense)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, denseCount);
        schema[nameof(BinaryHashedRow.Embedding)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Math.Max(1, embeddingCount));
        return schema;
    }

    public static SchemaDefinition ForBinaryVector(int featureCount)
    {
        var schema = SchemaDefinition.Create(typeof(BinaryVectorRow));
        schema[nameof(BinaryVectorRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return schema;
    }

    /// <summary>The hashed text as an ML.NET sparse vector, the training input of the text models.</summary>
    public static VBuffer<float> ToVector(this NgramHasher hasher, ReadOnlySpan<char> text)
    {
        using var hashed = hasher.Hash(text);
        return new VBuffer<float>(hasher.Dimension, hashed.Buckets.Length, hashed.Weights.ToArray(), hashed.Buckets.ToArray());
    }

    /// <summary>Label names in the order of a fitted model's Score column.</summary>
    public static string[] LabelsOf(ITransformer model, DataViewSchema inputSchema)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        model.GetOutputSchema(inputSchema)["Score"].GetSlotNames(ref names);
        return names.DenseValues().Select(v => v.ToString()).ToArray();
    }
}
