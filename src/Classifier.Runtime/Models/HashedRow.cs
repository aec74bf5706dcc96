using Microsoft.ML.Data;

namespace Classifier.Runtime.Models;

/// <summary>ML.NET row of a default text model (first pass, stance): hashed n-grams and dense features.</summary>
internal sealed class HashedRow
{
    public VBuffer<float> Ngrams { get; set; }

    public float[] Dense { get; set; } = [];

    public string Label { get; set; } = "";

    public float Weight { get; set; } = 1f;
}
