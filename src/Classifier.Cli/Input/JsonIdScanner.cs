using System.Text;
using System.Text.Json;

namespace Classifier.Cli.Input;

/// <summary>
/// Finds the top-level <c>"id"</c> (a string or a number) of a JSON object while its text streams
/// past, keeping nothing else: for a record too large to parse, so that it is still reported
/// under its own id. Tolerates any input: malformed JSON just yields no id.
/// </summary>
internal sealed class JsonIdScanner
{
    private const int MaxTokenLength = 1024;
    private const string IdKey = "id";
    private readonly StringBuilder _token = new();
    private int _depth;
    private bool _inString;
    private bool _escaped;
    private bool _expectKey;
    private bool _stringIsKey;
    private bool _idValueNext;
    private bool _inNumber;
    private bool _tokenTooLong;
    private string? _lastKey;

    /// <summary>The id, once found (the first top-level <c>"id"</c>).</summary>
    public string? Id { get; private set; }

    public void Feed(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            if (Id is not null && !_inNumber)
            {
                return;
            }

            Step(c);
        }
    }

    /// <summary>Call at the end of the record: a number id is only known to be complete then.</summary>
    public void End() => EndNumber();

    private void Step(char c)
    {
        if (_inString)
        {
            StepInString(c);
            return;
        }

        if (_inNumber && (c is '-' or '+' or '.' or 'e' or 'E' || char.IsAsciiDigit(c)))
        {
            Append(c);
            return;
        }

        EndNumber();
        switch (c)
        {
            case '"':
                _inString = true;
                _stringIsKey = _depth == 1 && _expectKey;
                StartToken();
                break;
            case '{' or '[':
                _idValueNext &= _depth != 1;
                _depth++;
                _expectKey = _depth == 1 && c == '{';
                break;
            case '}' or ']':
                _depth--;
                break;
            case ':' when _depth == 1:
                _idValueNext = _lastKey == IdKey;
                _expectKey = false;
                break;
            case ',' when _depth == 1:
                _expectKey = true;
                _idValueNext = false;
                break;
            case '-' or '+' when _depth == 1 && _idValueNext:
            case >= '0' and <= '9' when _depth == 1 && _idValueNext:
                _inNumber = true;
                StartToken();
                Append(c);
                break;
        }
    }

    private void StepInString(char c)
    {
        if (_escaped)
        {
            _escaped = false;
        }
        else if (c == '\\')
        {
            _escaped = true;
        }
        else if (c == '"')
        {
            _inString = false;
            EndString();
            return;
        }

        Append(c);
    }

    private void EndString()
    {
        if (_stringIsKey)
        {
            _lastKey = _tokenTooLong ? null : Unescape(_token.ToString());
            _expectKey = false;
        }
        else if (_depth == 1 && _idValueNext)
        {
            Id = _tokenTooLong ? null : Unescape(_token.ToString());
            _idValueNext = false;
        }
    }

    private void EndNumber()
    {
        if (!_inNumber)
        {
            return;
        }

        _inNumber = false;
        _idValueNext = false;
        if (!_tokenTooLong)
        {
            Id = _token.ToString();
        }
    }

    private void StartToken()
    {
        _token.Clear();
        _tokenTooLong = false;
    }

    private void Append(char c)
    {
        if (_token.Length < MaxTokenLength)
        {
            _token.Append(c);
        }
        else
        {
            _tokenTooLong = true;
        }
    }

    private static string? Unescape(string raw)
    {
        try
        {
            return JsonSerializer.Deserialize<string>($"\"{raw}\"");
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
