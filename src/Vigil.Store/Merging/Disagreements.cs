using System.Globalization;
using Vigil.Store.Model;

namespace Vigil.Store.Merging;

/// <summary>
/// The fields on which the reports of one event disagree, each distinct value listed with who reports it,
/// side by side ("2 dead" per AP, "4 dead" per Reuters) rather than averaged away.
/// </summary>
public static class Disagreements
{
    public static List<Disagreement> Of(IReadOnlyList<ReportEvent> reports)
    {
        var result = new List<Disagreement>();
        Add(result, reports, "fatalities", r => Count(r.FatalitiesMin, r.FatalitiesMax));
        Add(result, reports, "injuries", r => Count(r.InjuriesMin, r.InjuriesMax));
        Add(result, reports, "date", r => r.DatePrecision == DatePrecisions.Published ? null : r.EventDate);
        Add(result, reports, "place", r => r.PlaceName ?? r.PlaceText);
        Add(result, reports, "acled", r => r.AcledSubType is null ? r.AcledType : $"{r.AcledType}: {r.AcledSubType}");
        Add(result, reports, "actor1", r => r.Actor1Code ?? r.Actor1Text);
        Add(result, reports, "actor2", r => r.Actor2Code ?? r.Actor2Text);
        return result;
    }

    private static void Add(List<Disagreement> result, IReadOnlyList<ReportEvent> reports, string field, Func<ReportEvent, string?> value)
    {
        var groups = reports
            .Select(r => (Value: value(r), Report: r))
            .Where(x => x.Value is not null)
            .GroupBy(x => x.Value!, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (groups.Count < 2) return;
        result.Add(new Disagreement(field, groups.Select(g => new ReportedValue(
            g.Key,
            g.Select(x => x.Report.Source ?? x.Report.DocumentId).Distinct().ToList(),
            g.Select(x => x.Report.DocumentId).Distinct().ToList())).ToList()));
    }

    private static string? Count(int? min, int? max)
    {
        if (min is null && max is null) return null;
        if (max is null || max == min) return (min ?? max)!.Value.ToString(CultureInfo.InvariantCulture);
        if (min is null) return "up to " + max.Value.ToString(CultureInfo.InvariantCulture);
        return $"{min.Value.ToString(CultureInfo.InvariantCulture)}-{max.Value.ToString(CultureInfo.InvariantCulture)}";
    }
}
