using System.Globalization;
using Microsoft.AspNetCore.Http;
using Vigil.Store.Filters;

namespace Vigil.Web;

/// <summary>Reads filters and paging from a query string with the same names and rules as the command line.</summary>
public static class ApiQuery
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 10_000;

    /// <summary>Accepts both spellings of multi-word names (min-fatalities, min_fatalities).</summary>
    public static EventFilter Filter(IQueryCollection query) =>
        EventFilterParser.Parse(name => Value(query, name) ?? Value(query, name.Replace('-', '_')));

    public static (int Offset, int Limit) Paging(IQueryCollection query)
    {
        int offset = Number(query, "offset") ?? 0;
        int limit = Number(query, "limit") ?? DefaultLimit;
        if (offset < 0) throw new FormatException("offset must be 0 or more");
        if (limit is < 1 or > MaxLimit) throw new FormatException($"limit must be between 1 and {MaxLimit}");
        return (offset, limit);
    }

    private static string? Value(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;

    private static int? Number(IQueryCollection query, string name)
    {
        if (Value(query, name) is not { } text) return null;
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n : throw new FormatException($"{name}: '{text}' is not a whole number");
    }
}
