namespace Vigil.Input;

public enum InputFormat { Text, Html, JsonLines }

/// <summary>Decides how a file is read from its extension.</summary>
public static class InputFormats
{
    private static readonly Dictionary<string, InputFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = InputFormat.Text,
        [".text"] = InputFormat.Text,
        [".md"] = InputFormat.Text,
        [".html"] = InputFormat.Html,
        [".htm"] = InputFormat.Html,
        [".xhtml"] = InputFormat.Html,
        [".jsonl"] = InputFormat.JsonLines,
        [".ndjson"] = InputFormat.JsonLines,
    };

    public static string Supported => ".txt, .html/.htm, .jsonl";

    /// <summary>The format for a file inside a folder; null for files Vigil does not read there.</summary>
    public static InputFormat? FromExtension(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var format) ? format : null;
}
