using System.Text.Json;

namespace Vigil.Evaluation;

/// <summary>
/// An expected event of the project's gold set (tests/gold-events, format in its README). The sentence is
/// given by its index, or by <paramref name="Evidence"/>, a phrase of it (then <paramref name="Sentence"/>
/// is -1 and the scorer finds the sentence that contains the phrase, so the gold survives changes to
/// sentence splitting).
/// </summary>
public sealed record GoldEvent(int Sentence, string CameoRoot, string? Actor1, string? Actor2, double? Lat, double? Lon, string? Date, int? Fatalities,
    string? Evidence = null);

public sealed record GoldArticle(string Name, string Text, DateOnly? Published, IReadOnlyList<GoldEvent> Events);

public static class EventGold
{
    public static List<GoldArticle> Read(string folder)
    {
        var articles = new List<GoldArticle>();
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                articles.Add(ReadArticle(path));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"{path}: not a gold article ({e.Message})");
            }
        }
        return articles;
    }

    private static GoldArticle ReadArticle(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        DateOnly? published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? DateOnly.Parse(p.GetString()!) : null;
        var text = root.GetProperty("text").GetString()!;
        var events = root.GetProperty("events").EnumerateArray().Select(e => new GoldEvent(
            e.TryGetProperty("sentence", out var sentence) ? sentence.GetInt32() : -1,
            e.GetProperty("cameo_root").GetString()!,
            String(e, "actor1"), String(e, "actor2"),
            e.TryGetProperty("place", out var place) && place.ValueKind == JsonValueKind.Object ? place.GetProperty("lat").GetDouble() : null,
            e.TryGetProperty("place", out var place2) && place2.ValueKind == JsonValueKind.Object ? place2.GetProperty("lon").GetDouble() : null,
            String(e, "date"),
            e.TryGetProperty("fatalities", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt32() : null,
            String(e, "evidence"))).ToList();
        foreach (var e in events.Where(e => e.Sentence < 0))
        {
            if (e.Evidence is null) throw new InvalidDataException($"{path}: an event has neither \"sentence\" nor \"evidence\"");
            if (!text.Contains(e.Evidence, StringComparison.Ordinal)) throw new InvalidDataException($"{path}: evidence not in the text: \"{e.Evidence}\"");
        }
        return new GoldArticle(Path.GetFileNameWithoutExtension(path), text, published, events);
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
