using System.Globalization;
using Vigil.Documents;
using Vigil.Store.Model;

namespace Vigil.Store.Merging;

/// <summary>
/// Turns the events the pipeline found in one document into <see cref="ReportEvent"/>s: flattened codes,
/// the place resolved to its country and admin1 through the document's places, a date (the event's own, or
/// the publication date), and the evidence a reader checks it against. Events that did not happen
/// (negated, hypothetical, future, demanded) are not facts and are left out of the event database.
/// </summary>
public static class ReportEventBuilder
{
    public static List<ReportEvent> Build(Document document)
    {
        var reports = new List<ReportEvent>();
        foreach (var e in document.Events)
        {
            if (!Modalities.IsFactual(e.Modality)) continue;
            reports.Add(Build(document, e));
        }
        return reports;
    }

    private static ReportEvent Build(Document document, Event e)
    {
        var place = e.Place is { } p ? ResolvePlace(document, p) : null;
        var (date, precision) = EventDateOf(e.Date, document.Published);
        return new ReportEvent
        {
            DocumentId = document.Id,
            LocalId = e.Id,
            Cameo = e.Cameo,
            PloverType = e.Plover.Type,
            PloverMode = e.Plover.Mode,
            AcledType = e.Acled?.EventType,
            AcledSubType = e.Acled?.SubEventType,
            TriggerText = e.Trigger.Text ?? SafeSlice(document.Text, e.Trigger.Start, e.Trigger.End),
            Actor1Text = e.Actor1?.Text,
            Actor1Code = e.Actor1?.Code,
            Actor1Country = e.Actor1?.Country,
            Actor1Sector = e.Actor1?.Sector,
            Actor2Text = e.Actor2?.Text,
            Actor2Code = e.Actor2?.Code,
            Actor2Country = e.Actor2?.Country,
            Actor2Sector = e.Actor2?.Sector,
            Actor1Associated = Associated(e.Actor1Associated),
            Actor2Associated = Associated(e.Actor2Associated),
            PlaceText = e.Place?.Text,
            PlaceName = place?.Name ?? e.Place?.Text,
            GeonamesId = e.Place?.GeonamesId,
            Lat = e.Place?.Lat,
            Lon = e.Place?.Lon,
            GeoPrecision = e.Place?.Precision,
            Country = place?.Country?.ToUpperInvariant(),
            Admin1 = place?.Admin1,
            EventDate = date,
            DatePrecision = precision,
            DateText = e.Date?.Text,
            FatalitiesMin = e.Fatalities?.Min,
            FatalitiesMax = e.Fatalities?.Max,
            FatalitiesText = e.Fatalities?.Text,
            FatalitiesDisputed = e.Fatalities?.Disputed ?? false,
            InjuriesMin = e.Injuries?.Min,
            InjuriesMax = e.Injuries?.Max,
            Modality = e.Modality,
            Confidence = e.Confidence,
            Source = document.Source,
            Url = document.Url,
            Published = document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Evidence = EvidenceBuilder.Build(document, e),
        };
    }

    /// <summary>The document's place record for the event's place: same gazetteer entry, or overlapping text.</summary>
    private static Place? ResolvePlace(Document document, EventPlace place)
    {
        var span = new TextSpan(place.Start, place.End);
        return document.Places.FirstOrDefault(p => place.GeonamesId is not null && p.GeonamesId == place.GeonamesId && p.Span.Overlaps(span))
               ?? document.Places.FirstOrDefault(p => p.Span.Overlaps(span))
               ?? document.Places.FirstOrDefault(p => place.GeonamesId is not null && p.GeonamesId == place.GeonamesId);
    }

    /// <summary>
    /// The event's date as yyyy-MM-dd with its precision. A month ("2014-01") or year ("2014") value is
    /// anchored at its first day; with no usable date the publication date stands in, marked "published".
    /// </summary>
    public static (string? Date, string? Precision) EventDateOf(EventDate? date, DateOnly? published)
    {
        if (date?.Value is { } value && ParseIsoPrefix(value) is { } day)
            return (day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.Precision);
        if (published is { } p) return (p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecisions.Published);
        return (null, null);
    }

    private static DateOnly? ParseIsoPrefix(string value)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        var text = value.Length > 10 ? value[..10] : value;
        return DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    /// <summary>Associated actors as ACLED writes them: their words, "; "-separated; null for none.</summary>
    private static string? Associated(List<EventActor> actors) => actors.Count == 0 ? null : string.Join("; ", actors.Select(a => a.Text));

    private static string SafeSlice(string text, int start, int end) =>
        start >= 0 && end <= text.Length && start < end ? text[start..end] : "";
}
