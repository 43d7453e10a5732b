namespace Vigil.Places;

/// <summary>A learned point for a country, division or region, with what it scored on the gold it was learned from.</summary>
public sealed record RepresentativePoint(string Key, string Name, double Lat, double Lon, int Gold, int WithinBefore, int WithinAfter);

/// <summary>
/// Learns where to put a large place. A country, a division or a continent has no one point; annotated
/// corpora place it by a convention (GeoNames' own point for it, or the coordinates of its Wikipedia
/// article), and the conventions disagree by hundreds of kilometres (Canada: 60.1,-113.6 against 60,-95).
/// From gold toponyms that Vigil resolved to such a place, this picks the point that puts the most of them
/// within 161 km, a compromise between conventions where one exists (China at 35,104 serves both 35,103
/// and 35,105), and keeps the gazetteer's own point unless another gains at least <see cref="MinGain"/>.
/// Where no compromise exists, the convention with the larger weighted share wins.
/// A gold point outside the span of the place's own towns is a different place the resolver confused it
/// with (Georgia the state for Georgia the country) and teaches nothing.
/// </summary>
public sealed class RepresentativePointLearner
{
    private const double WithinKm = 161;
    private readonly Dictionary<string, (GazetteerEntry Entry, List<GoldPoint> Gold)> _observed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Box> _townSpans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry> _learnable = new(StringComparer.Ordinal);

    /// <summary>Gold toponyms a new point must bring within 161 km beyond the current one; guards against fitting single mentions.</summary>
    public int MinGain { get; init; } = 2;

    public RepresentativePointLearner(Gazetteer gazetteer)
    {
        for (int i = 0; i < gazetteer.Count; i++)
        {
            var e = gazetteer[i];
            if (KeyOf(e) is { } key) _learnable.TryAdd(key, e);
            if (e.Kind != PlaceKind.Town) continue;
            Extend(e.Country, e);
            if (e.Admin1Code is not null) Extend(e.Country + "." + e.Admin1Code, e);
        }
    }

    /// <summary>
    /// The key a learned point is stored under: a country by its code, a division or region by its GeoNames
    /// id; null for towns and places without an id.
    /// </summary>
    public static string? KeyOf(PlaceKind kind, string featureCode, string country, long geonamesId) => kind switch
    {
        PlaceKind.Country when featureCode == "PCLI" => "PCLI:" + country,
        PlaceKind.Country or PlaceKind.Admin1 when geonamesId > 0 => "ID:" + geonamesId,
        _ => null,
    };

    public static string? KeyOf(GazetteerEntry entry) => KeyOf(entry.Kind, entry.FeatureCode, entry.Country, entry.GeonamesId);

    /// <summary>The key of a place in a document (the document keeps the feature code, not the kind).</summary>
    public static string? KeyOf(Vigil.Documents.Place place) => place.Feature switch
    {
        "ADM1" => KeyOf(PlaceKind.Admin1, "ADM1", place.Country ?? "", place.GeonamesId ?? 0),
        "PCLI" or "CONT" or "RGN" => KeyOf(PlaceKind.Country, place.Feature, place.Country ?? "", place.GeonamesId ?? 0),
        _ => null,
    };

    /// <summary>
    /// One gold toponym that Vigil resolved to <paramref name="place"/>, with the weight of its corpus (so
    /// that a large corpus's convention does not outvote a small one's: weight each corpus by one over its size).
    /// </summary>
    public void Add(Vigil.Documents.Place place, double goldLat, double goldLon, double weight = 1)
    {
        if (KeyOf(place) is not { } key || !_learnable.TryGetValue(key, out var entry) || !Contains(entry, goldLat, goldLon)) return;
        if (!_observed.TryGetValue(key, out var observed)) _observed[key] = observed = (entry, []);
        observed.Gold.Add(new GoldPoint(goldLat, goldLon, weight));
    }

    /// <summary>The places whose best point gains at least <see cref="MinGain"/> (weighted) gold toponyms over the current one, by key.</summary>
    public List<RepresentativePoint> Learn()
    {
        var learned = new List<RepresentativePoint>();
        foreach (var (key, (entry, gold)) in _observed.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            double before = Within(entry.Lat, entry.Lon, gold);
            var (lat, lon) = Candidates(gold).OrderByDescending(c => Within(c.Lat, c.Lon, gold)).ThenBy(c => TotalKm(c.Lat, c.Lon, gold)).First();
            if (Within(lat, lon, gold) - before < MinGain - 1e-9) continue;
            learned.Add(new RepresentativePoint(key, entry.Name, Math.Round(lat, 4), Math.Round(lon, 4), gold.Count,
                Count(entry.Lat, entry.Lon, gold), Count(lat, lon, gold)));
        }
        return learned;
    }

    private readonly record struct GoldPoint(double Lat, double Lon, double Weight);

    /// <summary>Each distinct gold point and the midpoint of each pair (a compromise between two conventions).</summary>
    private static IEnumerable<(double Lat, double Lon)> Candidates(List<GoldPoint> gold)
    {
        var distinct = gold.Select(g => (g.Lat, g.Lon)).Distinct().ToList();
        foreach (var g in distinct) yield return g;
        for (int i = 0; i < distinct.Count; i++)
        {
            for (int j = i + 1; j < distinct.Count; j++)
            {
                if (Math.Abs(distinct[i].Lon - distinct[j].Lon) > 180) continue;   // (no midpoint across the antimeridian)
                yield return ((distinct[i].Lat + distinct[j].Lat) / 2, (distinct[i].Lon + distinct[j].Lon) / 2);
            }
        }
    }

    private static bool Near(double lat, double lon, GoldPoint g) => GreatCircle.DistanceKm(lat, lon, g.Lat, g.Lon) <= WithinKm;

    private static double Within(double lat, double lon, List<GoldPoint> gold) => gold.Where(g => Near(lat, lon, g)).Sum(g => g.Weight);

    private static int Count(double lat, double lon, List<GoldPoint> gold) => gold.Count(g => Near(lat, lon, g));

    private static double TotalKm(double lat, double lon, List<GoldPoint> gold) =>
        gold.Sum(g => g.Weight * GreatCircle.DistanceKm(lat, lon, g.Lat, g.Lon));

    /// <summary>Whether a gold point lies within the span of the place's towns (continents and regions: always).</summary>
    private bool Contains(GazetteerEntry entry, double lat, double lon)
    {
        string? span = entry.Kind == PlaceKind.Admin1 ? entry.Country + "." + entry.Admin1Code
            : entry.FeatureCode == "PCLI" ? entry.Country : null;
        if (span is null) return true;
        return _townSpans.TryGetValue(span, out var box) && box.Contains(lat, lon);
    }

    private void Extend(string key, GazetteerEntry town)
    {
        var box = _townSpans.GetValueOrDefault(key, Box.Empty);
        _townSpans[key] = new Box(Math.Min(box.South, town.Lat), Math.Max(box.North, town.Lat), Math.Min(box.West, town.Lon), Math.Max(box.East, town.Lon));
    }

    /// <summary>A latitude-longitude box, widened by a degree when tested (a place's towns stop short of its borders).</summary>
    private readonly record struct Box(double South, double North, double West, double East)
    {
        public static Box Empty => new(double.MaxValue, double.MinValue, double.MaxValue, double.MinValue);

        public bool Contains(double lat, double lon) =>
            lat >= South - 1 && lat <= North + 1 && lon >= West - 1 && lon <= East + 1;
    }
}
