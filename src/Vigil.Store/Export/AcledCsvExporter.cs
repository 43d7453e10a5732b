using System.Globalization;
using System.Text;
using Vigil.Store.Merging;
using Vigil.Store.Model;
using Vigil.Store.Storage;

namespace Vigil.Store.Export;

/// <summary>
/// ACLED-like CSV: one row per merged event that has an ACLED event type (ACLED does not record statements
/// or accusations), with ACLED's column names. Fatalities are the lowest count any report gives, as ACLED
/// codes them; when reports disagree the notes say so with the range.
/// </summary>
public sealed class AcledCsvExporter : IEventExporter
{
    public static readonly string[] Columns =
    [
        "event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "country", "admin1",
        "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    ];

    public long Write(IEnumerable<MergedEvent> events, IEventStore store, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', Columns));
        long count = 0;
        foreach (var e in events)
        {
            if (e.AcledType is null) continue;
            string?[] row =
            [
                e.EventDate, e.AcledType, e.AcledSubType, e.Actor1Text, e.Actor1Associated,
                ReferenceData.AcledInter(e.Actor1Sector, e.AcledType)?.ToString(CultureInfo.InvariantCulture),
                e.Actor2Text, e.Actor2Associated, ReferenceData.CountryOf(e.Country)?.Name ?? e.Country, e.Admin1, e.Location,
                Number(e.Lat), Number(e.Lon), GeoPrecision(e.GeoPrecision), e.Sources, Notes(e),
                (e.FatalitiesLow ?? 0).ToString(CultureInfo.InvariantCulture),
            ];
            writer.WriteLine(string.Join(',', row.Select(Csv)));
            count++;
        }
        return count;
    }

    /// <summary>ACLED geo_precision: 1 the town itself, 2 near a town or part of a region, 3 a region or larger.</summary>
    public static string? GeoPrecision(string? precision) => precision switch
    {
        GeoPrecisions.Town => "1",
        GeoPrecisions.Admin2 => "2",
        GeoPrecisions.Admin1 or GeoPrecisions.Country => "3",
        _ => null,
    };

    private static string? Notes(MergedEvent e)
    {
        if (e.FatalitiesDisputed && e.FatalitiesLow is { } low && e.FatalitiesHigh is { } high && high != low)
            return $"{e.Notes} [Reports disagree on fatalities: {low} to {high}.]";
        return e.Notes;
    }

    internal static string? Number(double? value) => value?.ToString("0.#####", CultureInfo.InvariantCulture);

    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value.IndexOfAny([',', '"', '\n', '\r']) < 0) return value;
        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}
