using Vigil.Documents;

namespace Vigil.Input;

/// <summary>Reads a UTF-8 text file as one document (BOM dropped; CRLF kept as it is).</summary>
public static class PlainTextReader
{
    public static InputResult Read(string path, InputLimits limits)
    {
        if (!FileBytes.TryRead(path, limits, out var bytes, out var error)) return InputResult.Fail(path, error!);
        return FromBytes(path, bytes);
    }

    public static InputResult FromBytes(string inputName, ReadOnlySpan<byte> bytes)
    {
        var text = TextDecoding.TryDecode(bytes, out var reason);
        if (text is null) return InputResult.Fail(inputName, reason!);
        if (TextDecoding.IsBlank(text)) return InputResult.Fail(inputName, "empty document (no text)");
        return InputResult.Of(new Document(text) { Origin = inputName });
    }
}
