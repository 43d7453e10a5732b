using System.Globalization;
using Vigil.Input;

namespace Vigil.Store.Filters;

/// <summary>
/// Builds an <see cref="EventFilter"/> from the raw strings the command line or a query string gives,
/// so the CLI and the HTTP API accept exactly the same values. Bad values throw <see cref="FormatException"/>
/// with a one-line message naming the option.
/// </summary>
public static class EventFilterParser
{
    /// <param name="values">Looks up a raw value by option name without dashes (from, to, country, ...); null when absent.</param>
    public static EventFilter Parse(Func<string, string?> values)
    {
        var filter = new EventFilter
        {
            From = Date(values("from"), "from"),
            To = Date(values("to"), "to"),
            Country = Upper(values("country")),
            Admin1 = Trimmed(values("admin1")),
            Bbox = Bbox(values("bbox")),
            Cameo = Cameo(values("cameo")),
            PloverType = Upper(values("plover")),
            AcledType = Trimmed(values("acled")),
            Actor = Trimmed(values("actor")),
            MinFatalities = NonNegative(values("min-fatalities"), "min-fatalities"),
            Text = Trimmed(values("text")),
        };
        if (filter.From is { } from && filter.To is { } to && from > to)
            throw new FormatException($"--from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}");
        return filter;
    }

    /// <summary>The option names <see cref="Parse"/> reads.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["from", "to", "country", "admin1", "bbox", "cameo", "plover", "acled", "actor", "min-fatalities", "text"];

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Upper(string? value) => Trimmed(value)?.ToUpperInvariant();

    private static DateOnly? Date(string? value, string name)
    {
        if (Trimmed(value) is not { } text) return null;
        if (PublishedDate.TryParse(text, out var date)) return date;
        throw new FormatException($"--{name}: '{text}' is not a date (expected YYYY-MM-DD)");
    }

    private static string? Cameo(string? value)
    {
        if (Trimmed(value) is not { } text) return null;
        if (text.Length is >= 2 and <= 4 && text.All(char.IsAsciiDigit)) return text;
        throw new FormatException($"--cameo: '{text}' is not a CAMEO code or root (2 to 4 digits, e.g. 19 or 190)");
    }

    private static int? NonNegative(string? value, string name)
    {
        if (Trimmed(value) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        throw new FormatException($"--{name}: '{text}' is not a whole number");
    }

    private static BoundingBox? Bbox(string? value)
    {
        if (Trimmed(value) is not { } text) return null;
        var parts = text.Split(',');
        var numbers = new double[4];
        if (parts.Length != 4 || !parts.Select((p, i) =>
                double.TryParse(p.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i])).All(ok => ok))
            throw new FormatException($"--bbox: '{text}' is not minlon,minlat,maxlon,maxlat");
        var box = new BoundingBox(numbers[0], numbers[1], numbers[2], numbers[3]);
        if (box.MinLat > box.MaxLat || Math.Abs(box.MinLat) > 90 || Math.Abs(box.MaxLat) > 90 ||
            Math.Abs(box.MinLon) > 180 || Math.Abs(box.MaxLon) > 180)
            throw new FormatException($"--bbox: '{text}' is not a valid box (latitudes -90..90 with min <= max, longitudes -180..180)");
        return box;
    }
}
