using System.Text.Json;
using Vigil.Store.Model;
using Vigil.Store.Storage;

namespace Vigil.Store.Export;

/// <summary>
/// PLOVER-style JSON lines: one object per merged event with PLOVER's field names (event_type, mode,
/// actor, recipient with country and role, location), the CAMEO code alongside, and the support behind it.
/// </summary>
public sealed class PloverJsonlExporter : IEventExporter
{
    public long Write(IEnumerable<MergedEvent> events, IEventStore store, Stream output)
    {
        long count = 0;
        var newline = "\n"u8.ToArray();
        foreach (var e in events)
        {
            using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false }))
            {
                Write(json, e);
            }
            output.Write(newline);
            count++;
        }
        return count;
    }

    private static void Write(Utf8JsonWriter w, MergedEvent e)
    {
        w.WriteStartObject();
        w.WriteString("id", $"vigil-{e.Id}");
        w.WriteString("event_date", e.EventDate);
        w.WriteString("date_precision", e.DatePrecision);
        w.WriteString("event_type", e.PloverType);
        w.WriteString("mode", e.PloverMode);
        w.WriteString("cameo", e.Cameo);
        w.WriteString("actor", e.Actor1Text);
        w.WriteString("actor_code", e.Actor1Code);
        w.WriteString("actor_country", e.Actor1Country);
        w.WriteString("actor_role", e.Actor1Sector);
        w.WriteString("actor_associated", e.Actor1Associated);
        w.WriteString("recipient", e.Actor2Text);
        w.WriteString("recipient_code", e.Actor2Code);
        w.WriteString("recipient_country", e.Actor2Country);
        w.WriteString("recipient_role", e.Actor2Sector);
        w.WriteString("recipient_associated", e.Actor2Associated);
        w.WriteStartObject("location");
        w.WriteString("name", e.Location);
        WriteNumber(w, "lat", e.Lat);
        WriteNumber(w, "lon", e.Lon);
        w.WriteString("country", e.Country);
        w.WriteString("admin1", e.Admin1);
        if (e.GeonamesId is { } g) w.WriteNumber("geonames_id", g); else w.WriteNull("geonames_id");
        w.WriteString("precision", e.GeoPrecision);
        w.WriteEndObject();
        WriteNumber(w, "fatalities", e.FatalitiesLow);
        WriteNumber(w, "fatalities_high", e.FatalitiesHigh);
        w.WriteBoolean("fatalities_disputed", e.FatalitiesDisputed);
        w.WriteString("event_text", e.Notes);
        w.WriteStartArray("sources");
        foreach (var source in (e.Sources ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries)) w.WriteStringValue(source);
        w.WriteEndArray();
        w.WriteString("source_url", e.SourceUrl);
        w.WriteNumber("num_reports", e.NumReports);
        w.WriteNumber("num_stories", e.NumStories);
        w.WriteEndObject();
    }

    internal static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    internal static void WriteNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }
}
