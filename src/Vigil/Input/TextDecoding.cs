using System.Text;

namespace Vigil.Input;

/// <summary>Strict UTF-8 decoding with the checks that tell a text file from something else.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes bytes as UTF-8, dropping a leading BOM. Returns null and a reason when the bytes are not
    /// text: a NUL byte (binary file) or an invalid UTF-8 sequence (with its byte offset).
    /// </summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? reason)
    {
        reason = null;
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            reason = $"binary file (NUL byte at offset {nul}), not UTF-8 text";
            return null;
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            reason = $"invalid UTF-8 at byte {FirstInvalidByte(bytes)}";
            return null;
        }
    }

    /// <summary>The offset of the first byte that does not start a valid UTF-8 sequence.</summary>
    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        Span<char> scratch = stackalloc char[1024];
        int offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[offset..], scratch, out int read, out _,
                replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status != System.Buffers.OperationStatus.DestinationTooSmall) break;
        }
        return offset;
    }

    public static bool IsBlank(string text) => string.IsNullOrWhiteSpace(text);
}
