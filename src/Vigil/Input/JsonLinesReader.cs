using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Documents;

namespace Vigil.Input;

/// <summary>
/// Streams documents from JSON lines: one object per line with "text" and optional "id", "published",
/// "title", "url", "source". Lines are read one at a time with a length cap, so a huge file or a
/// pathological line never sits in memory whole. A bad line is reported and the rest still go through.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<InputResult> Read(string path, InputLimits limits)
    {
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputResult.Fail(path, $"cannot read ({e.Message})")];
        }
        return ReadStream(stream, path, limits, ownsStream: true);
    }

    public static IEnumerable<InputResult> ReadStream(Stream stream, string inputName, InputLimits limits, bool ownsStream)
    {
        try
        {
            var reader = new BoundedLineReader(stream, limits.MaxJsonLineChars);
            int lineNumber = 0;
            while (true)
            {
                var line = reader.ReadLine(out var status);
                if (status == LineStatus.EndOfStream) yield break;
                lineNumber++;
                var name = $"{inputName}:{lineNumber}";
                if (status == LineStatus.InvalidUtf8)
                {
                    yield return InputResult.Fail(name, "invalid UTF-8");
                    continue;
                }
                if (status == LineStatus.TooLong)
                {
                    yield return InputResult.Fail(name, $"line longer than {limits.MaxJsonLineChars} characters, skipped");
                    continue;
                }
                if (string.IsNullOrWhiteSpace(line)) continue;
                yield return ParseLine(name, line!);
            }
        }
        finally
        {
            if (ownsStream) stream.Dispose();
        }
    }

    public static InputResult ParseLine(string name, string line)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return InputResult.Fail(name, $"malformed JSON ({FirstSentence(e.Message)})");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return InputResult.Fail(name, "expected a JSON object");
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
                return InputResult.Fail(name, "missing \"text\" (a string)");
            var text = textElement.GetString()!;
            if (TextDecoding.IsBlank(text)) return InputResult.Fail(name, "empty document (no text)");

            DateOnly? published = null;
            var publishedText = OptionalString(root, "published");
            if (publishedText is not null)
            {
                if (!PublishedDate.TryParse(publishedText, out var date))
                    return InputResult.Fail(name, $"\"published\" is not a date: '{publishedText}' (expected YYYY-MM-DD)");
                published = date;
            }
            var document = new Document(text, OptionalString(root, "id"))
            {
                Origin = name,
                Published = published,
                Title = OptionalString(root, "title"),
                Url = OptionalString(root, "url"),
                Source = OptionalString(root, "source"),
            };
            return InputResult.Of(document);
        }
    }

    private static string? OptionalString(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
