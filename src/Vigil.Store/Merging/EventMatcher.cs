using Vigil.Places;
using Vigil.Store.Model;

namespace Vigil.Store.Merging;

/// <summary>
/// Decides whether a report's event is the same real-world event as an already merged one. Hard rules
/// rule a pair out (different kind of event, conflicting actor codes, dates or places too far apart);
/// what is left must agree on enough independent points (<see cref="MergeSettings.MinimumEvidence"/>),
/// one of them a place or the same story, because same-day same-type events in unknown places are
/// usually different events.
/// </summary>
public sealed class EventMatcher(MergeSettings settings)
{
    public int SlackDays => settings.SlackDays;

    /// <summary>The widest distance at which two places can still agree.</summary>
    public double MaxRadiusKm => Math.Max(settings.RadiusKm, settings.RegionRadiusKm);

    /// <summary>A score (higher is a better match), or null when the two cannot be the same event.</summary>
    public double? Score(MergedEvent merged, ReportEvent report, bool sameStory)
    {
        if (!TypesCompatible(merged, report)) return null;
        if (!ActorCompatible(merged.Actor1Code, report.Actor1Code)) return null;
        if (!ActorCompatible(merged.Actor2Code, report.Actor2Code)) return null;

        int evidence = sameStory ? 2 : 0;
        double penalty = 0;

        var mergedDays = DatePrecisions.Interval(merged.EventDate, merged.DatePrecision);
        var reportDays = DatePrecisions.Interval(report.EventDate, report.DatePrecision);
        if (mergedDays is { } md && reportDays is { } rd)
        {
            int gap = DatePrecisions.Gap(md, rd);
            if (gap > settings.SlackDays) return null;
            evidence++;
            penalty += gap / (settings.SlackDays + 1.0);
        }

        var place = PlaceAgreement(merged, report);
        if (place is null) return null;
        bool placeAgrees = place.Value >= 0;
        if (placeAgrees)
        {
            evidence++;
            penalty += place.Value;
        }

        if (SameCode(merged.Actor1Code, report.Actor1Code) || SameText(merged.Actor1Text, report.Actor1Text)) evidence++;
        if (SameCode(merged.Actor2Code, report.Actor2Code) || SameText(merged.Actor2Text, report.Actor2Text)) evidence++;

        if (!placeAgrees && !sameStory) return null;
        if (evidence < settings.MinimumEvidence) return null;
        return evidence - penalty;
    }

    /// <summary>Same CAMEO root, or the same PLOVER type (reports say "attacked" and "clashed" of one fight).</summary>
    public static bool TypesCompatible(MergedEvent merged, ReportEvent report) =>
        merged.CameoRoot == CameoRoot(report.Cameo) ||
        string.Equals(merged.PloverType, report.PloverType, StringComparison.OrdinalIgnoreCase);

    public static string CameoRoot(string cameo) => cameo.Length >= 2 ? cameo[..2] : cameo;

    /// <summary>
    /// Null when the places conflict; -1 when they cannot be compared (one is missing); otherwise a
    /// penalty in [0, 1] that grows with distance.
    /// </summary>
    private double? PlaceAgreement(MergedEvent merged, ReportEvent report)
    {
        if (merged.Country is { } c1 && report.Country is { } c2 && !string.Equals(c1, c2, StringComparison.OrdinalIgnoreCase))
            return null;
        bool coarse = GeoPrecisions.Rank(merged.GeoPrecision) <= GeoPrecisions.Rank(GeoPrecisions.Admin1) ||
                      GeoPrecisions.Rank(report.GeoPrecision) <= GeoPrecisions.Rank(GeoPrecisions.Admin1);
        if (merged.Lat is { } lat1 && merged.Lon is { } lon1 && report.Lat is { } lat2 && report.Lon is { } lon2)
        {
            if (merged.GeoPrecision == GeoPrecisions.Country || report.GeoPrecision == GeoPrecisions.Country)
                return merged.Country is not null && report.Country is not null ? 0.5 : -1;
            double radius = coarse ? settings.RegionRadiusKm : settings.RadiusKm;
            double distance = GreatCircle.DistanceKm(lat1, lon1, lat2, lon2);
            if (distance > radius) return null;
            return distance / radius;
        }
        if (merged.Admin1 is { } a1 && report.Admin1 is { } a2 && merged.Country is not null && report.Country is not null)
            return string.Equals(a1, a2, StringComparison.OrdinalIgnoreCase) ? 0.5 : null;
        return -1;
    }

    /// <summary>
    /// Actor codes conflict when both are known and differ in country or sector (MEXMIL vs MEXREB);
    /// a missing code, or a code that only adds detail to the other, is compatible.
    /// </summary>
    public static bool ActorCompatible(string? codeA, string? codeB)
    {
        if (codeA is null || codeB is null) return true;
        return codeA.StartsWith(codeB, StringComparison.OrdinalIgnoreCase) ||
               codeB.StartsWith(codeA, StringComparison.OrdinalIgnoreCase);
    }

    private static bool SameCode(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool SameText(string? a, string? b) =>
        a is not null && b is not null && Normalise(a) == Normalise(b) && Normalise(a).Length > 0;

    private static string Normalise(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
