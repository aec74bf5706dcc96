using System.Text;

namespace Classifier.Cli.Input;

/// <summary>One line of a JSON Lines input: its number, its text (null when over the size limit), its size in UTF-8 bytes, and for an over-size line its top-level id if it has one.</summary>
internal sealed record JsonLine(long Number, string? Text, long Bytes, string? OversizeId);

/// <summary>
/// Splits JSON Lines text into lines, counting each line's size in UTF-8 bytes as it goes. A line
/// over <c>maxBytes</c> is not kept in memory: the rest of it streams past a
/// <see cref="JsonIdScanner"/>, so that it can still be reported under its own id.
/// </summary>
internal sealed class JsonLineReader(TextReader reader, long maxBytes)
{
    private const int BufferSize = 1 << 16;
    private readonly char[] _buffer = new char[BufferSize];
    private readonly StringBuilder _line = new();
    private readonly Encoder _byteCounter = new UTF8Encoding(false).GetEncoder();
    private int _position;
    private int _length;
    private long _number;

    /// <summary>The next line (without its line break), or null at the end of the input.</summary>
    public JsonLine? Next()
    {
        _line.Clear();
        _byteCounter.Reset();
        long bytes = 0;
        JsonIdScanner? oversize = null;
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = reader.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    if (!any)
                    {
                        return null;
                    }

                    break;
                }
            }

            any = true;
            var available = _buffer.AsSpan(_position, _length - _position);
            var newline = available.IndexOf('\n');
            var chunk = newline < 0 ? available : available[..newline];
            _position += newline < 0 ? chunk.Length : chunk.Length + 1;
            bytes += _byteCounter.GetByteCount(chunk, flush: newline >= 0);
            if (oversize is null && bytes > maxBytes)
            {
                oversize = new JsonIdScanner();
                foreach (var kept in _line.GetChunks())
                {
                    oversize.Feed(kept.Span);
                }

                _line.Clear();
            }

            if (oversize is null)
            {
                _line.Append(chunk);
            }
            else
            {
                oversize.Feed(chunk);
            }

            if (newline >= 0)
            {
                break;
            }
        }

        _number++;
        if (oversize is not null)
        {
            oversize.End();
            return new JsonLine(_number, null, bytes, oversize.Id);
        }

        // A CRLF line break: the CR is not part of the record.
        if (_line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
            bytes--;
        }

        return new JsonLine(_number, _line.ToString(), bytes, null);
    }
}
