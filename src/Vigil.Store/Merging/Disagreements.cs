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
        // (A report that gives several tolls for the event lists each, with the source it gives it for.)
        Add(result, reports, "fatalities", r => r.Evidence.Tolls.Count > 0
            ? r.Evidence.Tolls.Select(t => (Count(t.Min, t.Max), t.Source))
            : [(Count(r.FatalitiesMin, r.FatalitiesMax), null)]);
        Add(result, reports, "injuries", r => Count(r.InjuriesMin, r.InjuriesMax));
        Add(result, reports, "date", r => r.DatePrecision == DatePrecisions.Published ? null : r.EventDate);
        Add(result, reports, "place", r => r.PlaceName ?? r.PlaceText);
        Add(result, reports, "acled", r => r.AcledSubType is null ? r.AcledType : $"{r.AcledType}: {r.AcledSubType}");
        Add(result, reports, "actor1", r => r.Actor1Code ?? r.Actor1Text);
        Add(result, reports, "actor2", r => r.Actor2Code ?? r.Actor2Text);
        return result;
    }

    private static void Add(List<Disagreement> result, IReadOnlyList<ReportEvent> reports, string field, Func<ReportEvent, string?> value) =>
        Add(result, reports, field, r => [(value(r), null)]);

    /// <param name="values">Each value a report gives, with the source inside the report it is attributed to (null: the report's own).</param>
    private static void Add(List<Disagreement> result, IReadOnlyList<ReportEvent> reports, string field,
        Func<ReportEvent, IEnumerable<(string? Value, string? Source)>> values)
    {
        var groups = reports
            .SelectMany(r => values(r).Select(v => (v.Value, Who: Who(r, v.Source), Report: r)))
            .Where(x => x.Value is not null)
            .GroupBy(x => x.Value!, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (groups.Count < 2) return;
        result.Add(new Disagreement(field, groups.Select(g => new ReportedValue(
            g.Key,
            g.Select(x => x.Who).Distinct().ToList(),
            g.Select(x => x.Report.DocumentId).Distinct().ToList())).ToList()));
    }

    /// <summary>The outlet ("Reuters"), or the source inside its report and the outlet ("Police (Reuters)").</summary>
    private static string Who(ReportEvent report, string? source)
    {
        var outlet = report.Source ?? report.DocumentId;
        return source is null ? outlet : $"{source} ({outlet})";
    }

    private static string? Count(int? min, int? max)
    {
        if (min is null && max is null) return null;
        // ("at least 5": an open-ended count is no exact one.)
        if (max is null) return "at least " + min!.Value.ToString(CultureInfo.InvariantCulture);
        if (max == min) return min.Value.ToString(CultureInfo.InvariantCulture);
        if (min is null) return "up to " + max.Value.ToString(CultureInfo.InvariantCulture);
        return $"{min.Value.ToString(CultureInfo.InvariantCulture)}-{max.Value.ToString(CultureInfo.InvariantCulture)}";
    }
}
