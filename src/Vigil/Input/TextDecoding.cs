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
        catch (DecoderFallbackException e)
        {
            reason = e.Index >= 0
                ? $"invalid UTF-8 at byte {e.Index}"
                : "invalid UTF-8";
            return null;
        }
    }

    public static bool IsBlank(string text) => string.IsNullOrWhiteSpace(text);
}
