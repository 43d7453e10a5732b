using System.Text.Json;
using Vigil.Store.Model;
using Vigil.Store.Storage;

namespace Vigil.Store.Export;

/// <summary>A GeoJSON FeatureCollection of points, one per merged event that has coordinates.</summary>
public sealed class GeoJsonExporter : IEventExporter
{
    public long Write(IEnumerable<MergedEvent> events, IEventStore store, Stream output)
    {
        using var w = new Utf8JsonWriter(output);
        long count = 0;
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var e in events)
        {
            if (e.Lat is not { } lat || e.Lon is not { } lon) continue;
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteNumber("id", e.Id);
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");
            w.WriteNumberValue(lon);
            w.WriteNumberValue(lat);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("event_date", e.EventDate);
            w.WriteString("cameo", e.Cameo);
            w.WriteString("plover_type", e.PloverType);
            w.WriteString("acled_type", e.AcledType);
            w.WriteString("acled_sub_type", e.AcledSubType);
            w.WriteString("actor1", e.Actor1Text);
            w.WriteString("actor1_code", e.Actor1Code);
            w.WriteString("actor1_associated", e.Actor1Associated);
            w.WriteString("actor2", e.Actor2Text);
            w.WriteString("actor2_code", e.Actor2Code);
            w.WriteString("actor2_associated", e.Actor2Associated);
            w.WriteString("location", e.Location);
            w.WriteString("country", e.Country);
            w.WriteString("admin1", e.Admin1);
            w.WriteString("geo_precision", e.GeoPrecision);
            PloverJsonlExporter.WriteNumber(w, "fatalities", e.FatalitiesLow);
            PloverJsonlExporter.WriteNumber(w, "fatalities_high", e.FatalitiesHigh);
            w.WriteNumber("num_reports", e.NumReports);
            w.WriteNumber("num_stories", e.NumStories);
            w.WriteString("sources", e.Sources);
            w.WriteEndObject();
            w.WriteEndObject();
            count++;
            if (w.BytesPending > 64 * 1024) w.Flush();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        return count;
    }
}
