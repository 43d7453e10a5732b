using System.Globalization;
using System.Text;
using Dapper;
using Vigil.Store.Filters;

namespace Vigil.Store.Storage;

/// <summary>
/// Translates an <see cref="EventFilter"/> into a WHERE clause over the events table with bound parameters
/// (never string-built values). The SQL is the same for SQLite and PostgreSQL: text columns compared after
/// lower(), LIKE with an explicit escape character, dates as ISO text.
/// </summary>
public static class FilterSql
{
    public static (string Where, DynamicParameters Parameters) Build(EventFilter filter)
    {
        var clauses = new List<string>();
        var p = new DynamicParameters();
        if (filter.From is { } from)
        {
            clauses.Add("event_date >= @from");
            p.Add("from", Iso(from));
        }
        if (filter.To is { } to)
        {
            clauses.Add("event_date <= @to");
            p.Add("to", Iso(to));
        }
        if (filter.Country is { } country)
        {
            clauses.Add("country = @country");
            p.Add("country", country.ToUpperInvariant());
        }
        if (filter.Admin1 is { } admin1)
        {
            clauses.Add("lower(admin1) = @admin1");
            p.Add("admin1", admin1.ToLowerInvariant());
        }
        if (filter.Bbox is { } box)
        {
            clauses.Add(box.MinLon <= box.MaxLon
                ? "lat BETWEEN @minLat AND @maxLat AND lon BETWEEN @minLon AND @maxLon"
                : "lat BETWEEN @minLat AND @maxLat AND (lon >= @minLon OR lon <= @maxLon)");
            p.Add("minLat", box.MinLat);
            p.Add("maxLat", box.MaxLat);
            p.Add("minLon", box.MinLon);
            p.Add("maxLon", box.MaxLon);
        }
        if (filter.Cameo is { } cameo)
        {
            clauses.Add("cameo LIKE @cameo");
            p.Add("cameo", cameo + "%");
        }
        if (filter.PloverType is { } plover)
        {
            clauses.Add("plover_type = @plover");
            p.Add("plover", plover.ToUpperInvariant());
        }
        if (filter.AcledType is { } acled)
        {
            clauses.Add("(lower(acled_type) = @acled OR lower(acled_sub_type) = @acled)");
            p.Add("acled", acled.ToLowerInvariant());
        }
        if (filter.Actor is { } actor)
        {
            clauses.Add("(actor1_code LIKE @actorCode ESCAPE '\\' OR actor2_code LIKE @actorCode ESCAPE '\\' OR " +
                        "lower(actor1_text) LIKE @actorText ESCAPE '\\' OR lower(actor2_text) LIKE @actorText ESCAPE '\\' OR " +
                        "lower(actor1_associated) LIKE @actorText ESCAPE '\\' OR lower(actor2_associated) LIKE @actorText ESCAPE '\\')");
            p.Add("actorCode", EscapeLike(actor.ToUpperInvariant()) + "%");
            p.Add("actorText", "%" + EscapeLike(actor.ToLowerInvariant()) + "%");
        }
        if (filter.MinFatalities is { } dead)
        {
            clauses.Add("fatalities_high >= @minFatalities");
            p.Add("minFatalities", (long)dead);
        }
        if (filter.Text is { } text)
        {
            int i = 0;
            foreach (var word in text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                clauses.Add($"search_text LIKE @text{i} ESCAPE '\\'");
                p.Add($"text{i}", "%" + EscapeLike(word) + "%");
                i++;
            }
        }
        var where = new StringBuilder();
        for (int i = 0; i < clauses.Count; i++) where.Append(i == 0 ? "WHERE " : " AND ").Append(clauses[i]);
        return (where.ToString(), p);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
