namespace Classifier.Runtime.Features;

/// <summary>Positions in <see cref="ShapeFeatures"/> that context features read from neighbours.</summary>
internal static class ShapeIndex
{
    public const int LogWords = 0;
    public const int EndsSentence = 2;
    public const int CapitalisedShare = 5;
    public const int Handles = 7;
    public const int Separators = 10;
}
