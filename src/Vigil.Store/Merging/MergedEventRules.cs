using Vigil.Store.Model;

namespace Vigil.Store.Merging;

/// <summary>
/// How a merged event's representative fields come from its reports: the first report sets them, and a
/// later report replaces a field only when it knows it more precisely (a town instead of a region, a day
/// instead of a month, an actor code where there was none). Counts and disagreements are aggregated
/// by the store from all reports.
/// </summary>
public static class MergedEventRules
{
    public static MergedEvent FromReport(ReportEvent r) => new()
    {
        EventDate = r.EventDate,
        DatePrecision = r.DatePrecision,
        Cameo = r.Cameo,
        CameoRoot = EventMatcher.CameoRoot(r.Cameo),
        PloverType = r.PloverType,
        PloverMode = r.PloverMode,
        AcledType = r.AcledType,
        AcledSubType = r.AcledSubType,
        Actor1Text = r.Actor1Text,
        Actor1Code = r.Actor1Code,
        Actor1Country = r.Actor1Country,
        Actor1Sector = r.Actor1Sector,
        Actor2Text = r.Actor2Text,
        Actor2Code = r.Actor2Code,
        Actor2Country = r.Actor2Country,
        Actor2Sector = r.Actor2Sector,
        Actor1Associated = r.Actor1Associated,
        Actor2Associated = r.Actor2Associated,
        Location = r.PlaceName,
        GeonamesId = r.GeonamesId,
        Lat = r.Lat,
        Lon = r.Lon,
        GeoPrecision = r.GeoPrecision,
        Country = r.Country,
        Admin1 = r.Admin1,
        Sources = r.Source,
        SourceUrl = r.Url,
        Notes = r.Evidence.Sentence,
    };

    public static MergedEvent Combine(MergedEvent m, ReportEvent r)
    {
        var combined = m;
        if (GeoPrecisions.Rank(r.GeoPrecision) > GeoPrecisions.Rank(m.GeoPrecision) ||
            (m.Lat is null && r.Lat is not null))
        {
            combined = combined with
            {
                Location = r.PlaceName, GeonamesId = r.GeonamesId, Lat = r.Lat, Lon = r.Lon, GeoPrecision = r.GeoPrecision,
                Country = r.Country ?? m.Country, Admin1 = r.Admin1 ?? m.Admin1,
            };
        }
        if (DatePrecisions.Rank(r.DatePrecision) > DatePrecisions.Rank(m.DatePrecision))
            combined = combined with { EventDate = r.EventDate, DatePrecision = r.DatePrecision };
        if (m.Actor1Code is null && r.Actor1Code is not null || (m.Actor1Code is { } c1 && r.Actor1Code is { } d1 && d1.Length > c1.Length))
            combined = combined with { Actor1Code = r.Actor1Code, Actor1Country = r.Actor1Country, Actor1Sector = r.Actor1Sector, Actor1Text = m.Actor1Text ?? r.Actor1Text };
        if (m.Actor2Code is null && r.Actor2Code is not null || (m.Actor2Code is { } c2 && r.Actor2Code is { } d2 && d2.Length > c2.Length))
            combined = combined with { Actor2Code = r.Actor2Code, Actor2Country = r.Actor2Country, Actor2Sector = r.Actor2Sector, Actor2Text = m.Actor2Text ?? r.Actor2Text };
        combined = combined with
        {
            Actor1Text = combined.Actor1Text ?? r.Actor1Text,
            Actor2Text = combined.Actor2Text ?? r.Actor2Text,
            Actor1Associated = combined.Actor1Associated ?? r.Actor1Associated,
            Actor2Associated = combined.Actor2Associated ?? r.Actor2Associated,
            AcledType = m.AcledType ?? r.AcledType,
            AcledSubType = m.AcledType is null ? r.AcledSubType : m.AcledSubType,
            PloverMode = m.PloverMode ?? r.PloverMode,
            Sources = AddSource(m.Sources, r.Source),
            SourceUrl = m.SourceUrl ?? r.Url,
        };
        return combined;
    }

    /// <summary>The "; "-separated list of outlets with this one added if new.</summary>
    public static string? AddSource(string? sources, string? source)
    {
        if (string.IsNullOrWhiteSpace(source)) return sources;
        if (string.IsNullOrEmpty(sources)) return source;
        var list = sources.Split("; ");
        return list.Contains(source, StringComparer.OrdinalIgnoreCase) ? sources : sources + "; " + source;
    }

    /// <summary>Lowercase words the text filter searches: what happened, who, where, the evidence and the outlet.</summary>
    public static string SearchText(ReportEvent r) =>
        string.Join(' ', new[] { r.TriggerText, r.Actor1Text, r.Actor1Associated, r.Actor2Text, r.Actor2Associated, r.PlaceName, r.PlaceText, r.Source, r.Evidence.Sentence }
            .Where(s => !string.IsNullOrEmpty(s))).ToLowerInvariant();
}
