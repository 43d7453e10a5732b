using System.Globalization;
using System.Text;
using Vigil.Store.Merging;
using Vigil.Store.Model;
using Vigil.Store.Storage;

namespace Vigil.Store.Export;

/// <summary>
/// GDELT 2.0 event table rows (61 tab-separated columns, no header, as GDELT publishes them), filled where
/// Vigil has the data. Differences from GDELT: ActionGeo_CountryCode is ISO alpha-2 (GDELT uses FIPS 10-4),
/// ActionGeo_ADM1Code holds the admin1 name, Goldstein scale, tone and per-actor geography are empty,
/// NumArticles counts distinct stories (wire copies once).
/// </summary>
public sealed class GdeltTsvExporter : IEventExporter
{
    public static readonly string[] Columns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
        "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code",
        "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    public long Write(IEnumerable<MergedEvent> events, IEventStore store, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        long count = 0;
        foreach (var e in events)
        {
            writer.WriteLine(string.Join('\t', Row(e).Select(Clean)));
            count++;
        }
        return count;
    }

    public static string?[] Row(MergedEvent e)
    {
        var row = new string?[Columns.Length];
        int i = 0;
        void Put(params string?[] values)
        {
            foreach (var v in values) row[i++] = v;
        }
        var date = e.EventDate is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        Put(Text(e.Id), date?.ToString("yyyyMMdd", CultureInfo.InvariantCulture), date?.ToString("yyyyMM", CultureInfo.InvariantCulture),
            date?.Year.ToString(CultureInfo.InvariantCulture),
            date is { } fd ? (fd.Year + (fd.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture) : null);
        Put(e.Actor1Code, e.Actor1Text, e.Actor1Country, null, null, null, null, e.Actor1Sector, null, null);
        Put(e.Actor2Code, e.Actor2Text, e.Actor2Country, null, null, null, null, e.Actor2Sector, null, null);
        Put("1", e.Cameo, e.Cameo.Length >= 3 ? e.Cameo[..3] : e.Cameo, e.CameoRoot, QuadClass(e.CameoRoot), null);
        Put(Text(e.NumReports), Text(e.NumSources), Text(e.NumStories), null);
        Put(null, null, null, null, null, null, null, null);
        Put(null, null, null, null, null, null, null, null);
        bool located = e.Lat is not null || e.Country is not null;
        Put(located ? GeoType(e.GeoPrecision) : null, located ? FullName(e) : null, e.Country, e.Admin1, null,
            AcledCsvExporter.Number(e.Lat), AcledCsvExporter.Number(e.Lon), e.GeonamesId?.ToString(CultureInfo.InvariantCulture));
        Put(DateAdded(e.FirstSeen), e.SourceUrl);
        return row;
    }

    /// <summary>GDELT's QuadClass: 1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).</summary>
    public static string? QuadClass(string root) => int.TryParse(root, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r switch
    {
        >= 1 and <= 5 => "1",
        >= 6 and <= 8 => "2",
        >= 9 and <= 13 => "3",
        >= 14 and <= 20 => "4",
        _ => null,
    } : null;

    /// <summary>GDELT geo types: 1 country, 4 world city, 5 world state (admin1).</summary>
    private static string GeoType(string? precision) => precision switch
    {
        GeoPrecisions.Country => "1",
        GeoPrecisions.Admin1 => "5",
        _ => "4",
    };

    private static string FullName(MergedEvent e) =>
        string.Join(", ", new[] { e.Location, e.Admin1, ReferenceData.CountryOf(e.Country)?.Name ?? e.Country }
            .Where(s => !string.IsNullOrEmpty(s)).Distinct());

    private static string? DateAdded(string? firstSeen) =>
        firstSeen is not null && DateTime.TryParse(firstSeen, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var t)
            ? t.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) : null;

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Tabs and line breaks inside a value would break the row.</summary>
    private static string Clean(string? value) =>
        value is null ? "" : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
