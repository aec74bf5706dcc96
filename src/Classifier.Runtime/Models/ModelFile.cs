using System.Runtime.InteropServices;
using System.Text;
using Classifier.Runtime.Bundle;

namespace Classifier.Runtime.Models;

/// <summary>
/// The toolkit's own model file format, so that scoring needs no ML.NET: a four-byte magic number
/// naming the model kind, the format version, the label set in score order, then the kind's body
/// (<see cref="LinearModel"/>, <see cref="TreeEnsembleModel"/>). Little-endian throughout. A file
/// of another kind, another version, cut short or with bytes left over is a
/// <see cref="ModelBundleException"/> naming the file.
/// </summary>
internal static class ModelFile
{
    /// <summary>The format version this build writes and reads; a file of any other version is refused (retrain).</summary>
    public const int FormatVersion = 1;

    /// <summary>Bounds that keep a corrupt file from asking for absurd allocations.</summary>
    private const int MaxLabels = 10_000;
    private const int MaxArrayLength = 1 << 28;

    /// <summary>Writes <paramref name="model"/> to <paramref name="path"/>.</summary>
    public static void Write(ClassModel model, string path)
    {
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write(model.Magic);
        writer.Write(FormatVersion);
        writer.Write(model.Labels.Count);
        foreach (var label in model.Labels)
        {
            writer.Write(label);
        }

        model.WriteBody(writer);
    }

    /// <summary>Reads the model at <paramref name="path"/>, whichever kind it is.</summary>
    public static ClassModel Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ModelBundleException($"{path}: model file missing from the bundle.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            var magic = reader.ReadBytes(4);
            if (magic.Length >= 2 && magic[0] == 'P' && magic[1] == 'K')
            {
                throw new InvalidDataException("an ML.NET zip written by an older version of the toolkit; retrain the bundle");
            }

            var version = magic.Length == 4 ? reader.ReadInt32() : 0;
            Func<BinaryReader, string[], ClassModel> body = magic.AsSpan().SequenceEqual(LinearModel.FileMagic) ? LinearModel.ReadBody
                : magic.AsSpan().SequenceEqual(TreeEnsembleModel.FileMagic) ? TreeEnsembleModel.ReadBody
                : throw new InvalidDataException("not a model file of this toolkit (unknown magic number)");
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"model format version {version}, but this build reads version {FormatVersion}; retrain the bundle");
            }

            var labels = new string[Count(reader, MaxLabels, "labels")];
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = reader.ReadString();
            }

            var model = body(reader, labels);
            if (stream.Position != stream.Length)
            {
                throw new InvalidDataException($"{stream.Length - stream.Position} bytes after the end of the model");
            }

            return model;
        }
        catch (EndOfStreamException e)
        {
            throw new ModelBundleException($"{path}: the model file is cut short; the file is corrupt.", e);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or DecoderFallbackException)
        {
            throw new ModelBundleException($"{path}: cannot load the model: {e.Message}.", e);
        }
    }

    /// <summary>A count read from the file, checked to be within 0..<paramref name="max"/>.</summary>
    internal static int Count(BinaryReader reader, int max, string what)
    {
        var n = reader.ReadInt32();
        return n < 0 || n > max ? throw new InvalidDataException($"{n} {what} (expected 0 to {max}); the file is corrupt") : n;
    }

    internal static void WriteArray<T>(BinaryWriter writer, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values));
    }

    internal static T[] ReadArray<T>(BinaryReader reader, int expectedLength = -1)
        where T : unmanaged
    {
        var length = Count(reader, MaxArrayLength, "values");
        if (expectedLength >= 0 && length != expectedLength)
        {
            throw new InvalidDataException($"an array of {length} values where {expectedLength} belong; the file is corrupt");
        }

        var values = new T[length];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}

/// <summary>A model of the toolkit's own format: a label set in score order and a body that <see cref="ModelFile"/> frames.</summary>
public abstract class ClassModel(IReadOnlyList<string> labels)
{
    /// <summary>The labels, in score order.</summary>
    public IReadOnlyList<string> Labels { get; } = labels;

    /// <summary>The magic number of the kind's files.</summary>
    internal abstract byte[] Magic { get; }

    internal abstract void WriteBody(BinaryWriter writer);
}
