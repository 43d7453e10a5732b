using System.Text;

namespace Vigil.Input;

internal enum LineStatus { Ok, TooLong, InvalidUtf8, EndOfStream }

/// <summary>
/// Reads lines of UTF-8 text without ever holding more than <c>maxChars</c> of one line: the rest of an
/// over-long line is skipped, not buffered. Invalid UTF-8 is reported per line, not for the whole file.
/// </summary>
internal sealed class BoundedLineReader
{
    private readonly Stream _stream;
    private readonly int _maxBytes;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _position;
    private int _length;
    private readonly MemoryStream _line = new();
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private bool _first = true;

    public BoundedLineReader(Stream stream, int maxChars)
    {
        _stream = stream;
        // A character takes at most 3 UTF-8 bytes in the BMP (4 for a surrogate pair, which is 2 chars).
        _maxBytes = (int)Math.Min(int.MaxValue / 2, (long)maxChars * 3);
        MaxChars = maxChars;
    }

    public int MaxChars { get; }

    public string? ReadLine(out LineStatus status)
    {
        _line.SetLength(0);
        bool tooLong = false;
        bool sawAnything = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = _stream.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_length == 0)
                {
                    if (!sawAnything)
                    {
                        status = LineStatus.EndOfStream;
                        return null;
                    }
                    return Finish(tooLong, out status);
                }
            }
            sawAnything = true;
            var available = _buffer.AsSpan(_position, _length - _position);
            int newline = available.IndexOf((byte)'\n');
            var chunk = newline >= 0 ? available[..newline] : available;
            if (!tooLong)
            {
                if (_line.Length + chunk.Length > _maxBytes) tooLong = true;
                else _line.Write(chunk);
            }
            _position += chunk.Length;
            if (newline >= 0)
            {
                _position++; // the '\n'
                return Finish(tooLong, out status);
            }
        }
    }

    private string? Finish(bool tooLong, out LineStatus status)
    {
        if (tooLong)
        {
            status = LineStatus.TooLong;
            _first = false;
            return null;
        }
        var bytes = _line.GetBuffer().AsSpan(0, (int)_line.Length);
        if (_first && bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        _first = false;
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r') bytes = bytes[..^1];
        try
        {
            var text = StrictUtf8.GetString(bytes);
            if (text.Length > MaxChars)
            {
                status = LineStatus.TooLong;
                return null;
            }
            status = LineStatus.Ok;
            return text;
        }
        catch (DecoderFallbackException)
        {
            status = LineStatus.InvalidUtf8;
            return null;
        }
    }
}
