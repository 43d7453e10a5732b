using Vigil.Places;
using Vigil.Documents;

namespace Vigil.Evaluation;

/// <summary>Geoparsing scores as in Gritta et al. (2019): toponym precision and recall, and distance errors.</summary>
public sealed record GeoScores(double Precision, double Recall, double Acc161, double MeanKm, double MedianKm, double Auc, int Gold, int System, int Matched);

/// <summary>
/// Scores resolved places against gold toponyms. A system place matches a gold toponym when their
/// spans overlap (each used once); precision and recall count matches. For matched pairs, the
/// great-circle error gives accuracy@161 km (share within 100 miles), mean and median error, and the
/// AUC of the log-error curve (0 perfect, 1 worst; lower is better).
/// </summary>
public sealed class GeoScorer
{
    private const double MaxErrorKm = 20039;
    private readonly List<double> _errors = [];
    private int _gold, _system, _matched;

    public void Add(IReadOnlyList<GoldToponym> gold, IReadOnlyList<Place> system)
    {
        _gold += gold.Count;
        _system += system.Count;
        foreach (var (g, p) in Matches(gold, system))
        {
            _matched++;
            _errors.Add(GreatCircle.DistanceKm(g.Lat, g.Lon, p.Lat!.Value, p.Lon!.Value));
        }
    }

    /// <summary>Gold toponyms paired with the first unused resolved place whose span overlaps theirs.</summary>
    public static IEnumerable<(GoldToponym Gold, Place System)> Matches(IReadOnlyList<GoldToponym> gold, IReadOnlyList<Place> system)
    {
        var used = new bool[system.Count];
        foreach (var g in gold)
        {
            for (int i = 0; i < system.Count; i++)
            {
                var p = system[i];
                if (used[i] || p.Start >= g.End || g.Start >= p.End || p.Lat is null || p.Lon is null) continue;
                used[i] = true;
                yield return (g, p);
                break;
            }
        }
    }

    public GeoScores Result()
    {
        var sorted = _errors.OrderBy(e => e).ToArray();
        double Pct(int n, int d) => d == 0 ? 0 : 100.0 * n / d;
        double median = sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        return new GeoScores(
            Pct(_matched, _system), Pct(_matched, _gold),
            Pct(sorted.Count(e => e <= 161), sorted.Length),
            sorted.Length == 0 ? 0 : sorted.Average(), median, Auc(sorted), _gold, _system, _matched);
    }

    /// <summary>Area under the sorted log-error curve, normalised by the largest possible error (trapezoid rule).</summary>
    private static double Auc(double[] sorted)
    {
        if (sorted.Length < 2) return sorted.Length == 1 ? Math.Log(sorted[0] + 1) / Math.Log(MaxErrorKm) : 0;
        double area = 0;
        for (int i = 0; i + 1 < sorted.Length; i++) area += (Math.Log(sorted[i] + 1) + Math.Log(sorted[i + 1] + 1)) / 2;
        return area / ((sorted.Length - 1) * Math.Log(MaxErrorKm));
    }
}
