namespace Vigil.Places;

/// <summary>
/// Chooses, for every toponym, the gazetteer entry the document means, from document context: the
/// countries the document talks about (names, demonyms, the dateline), the first-level divisions it
/// names, the divisions of the other places it resolves, the kind of place the cue asks for, and
/// population as the prior. Two passes, so that towns pull their namesakes into the same state
/// ("Antunez" in Michoacán makes "Paracuaro" the Michoacán one).
/// </summary>
public sealed class ToponymResolver(Gazetteer gazetteer)
{
    private const int MaxCandidates = 40;

    /// <summary>Weights of the scoring function, tuned on the geoparsing development corpora.</summary>
    public sealed record Weights
    {
        public double Population { get; init; } = 0.15;
        public double CountryShare { get; init; } = 2.0;
        public double Admin1Named { get; init; } = 2.0;
        public double Admin1OfOtherPlaces { get; init; } = 1.0;
        public double CountryPrior { get; init; } = 1.5;
        public double Admin1Prior { get; init; } = 0.8;
        public double CueMatchesKind { get; init; } = 1.5;
        public double PrimaryName { get; init; } = 1.0;
        /// <summary>News names capitals often ("Washington" is the city more than the state): at 0.5, TR-News
        /// acc@161 73.94 → 74.03, GeoVirus 73.48 → 73.63; at 1.0 both lower.</summary>
        public double CapitalPrior { get; init; } = 0.5;
        /// <summary>
        /// With a locative cue, the seat over the division of the same name. At 1.0: own gold place accuracy
        /// 91.3 → 100, GeoVirus acc@161 73.79 → 73.48 (it often means the division), TR-News unchanged.
        /// </summary>
        public double SeatOfSameName { get; init; } = 1.0;

        /// <summary>
        /// A town smaller than this, in a country nothing else in the document points to, while the
        /// document names other countries, is a namesake, not the place meant: "the village of Karma in
        /// northern Burkina Faso" is not Karma, Belarus (the gazetteer has no Karma in Burkina Faso).
        /// </summary>
        public long ForeignVillagePopulation { get; init; } = 10_000;

        /// <summary>
        /// The same for a town the text names only by one of its alternate names, up to this size: "Bwera"
        /// (Uganda) is an old spelling of Bhera, Pakistan, and "ADF" (the rebels) an airport code of Adıyaman.
        /// Toponym precision TR-News 87.84 → 88.84, GeoVirus 83.73 → 84.58, acc@161 83.23 / 85.74 → 83.23 /
        /// 85.79 (at 100,000: 88.13 / 83.73; at 10 million the same as at one million).
        /// </summary>
        public long ForeignAlternateNamePopulation { get; init; } = 1_000_000;

        /// <summary>
        /// A town within <see cref="NearKm"/> of a town chosen for another of the document's names (second
        /// pass): stories name places near each other ("Edmonton ... Enfield ... Wood Green" is North London).
        /// At 1.0 / 200 km: TR-News acc@161 82.68 → 82.86, GeoVirus 84.60 → 85.33 (1.0 / 100 km: 82.77 / 85.33;
        /// 0.5 / 200: 83.13 / 84.96; 2.0 / 100: 82.31 / 85.23; 1.0 / 300: 82.40 / 85.07).
        /// </summary>
        public double NearOtherPlaces { get; init; } = 1.0;

        public double NearKm { get; init; } = 200;
    }

    public Weights Scoring { get; init; } = new();

    /// <summary>When true, ignore context and take the most populous candidate (the baseline).</summary>
    public bool PopulationOnly { get; init; }

    public sealed record Resolution(ToponymCandidate Candidate, GazetteerEntry Entry, double Confidence);

    public List<Resolution> Resolve(IReadOnlyList<ToponymCandidate> candidates)
    {
        if (PopulationOnly) return candidates.Select(c => new Resolution(c, gazetteer[c.Entries[0]], 1.0 / c.Entries.Length)).ToList();
        var countryEvidence = CountryEvidence(candidates);
        double evidenceTotal = Math.Max(1, countryEvidence.Values.Sum());
        var chosen = new GazetteerEntry[candidates.Count];
        var folded = candidates.Select(c => NameFolding.Fold(c.Text)).ToArray();
        var namedAdmin1 = NamedDivisions(candidates, folded);
        var confidence = new double[candidates.Count];
        var resolvedAdmin1 = new Dictionary<string, int>();
        for (int pass = 0; pass < 2; pass++)
        {
            for (int c = 0; c < candidates.Count; c++)
            {
                var candidate = candidates[c];
                // (only a town of its own is counted among the other places' divisions)
                string? own = pass > 0 && chosen[c].Kind == PlaceKind.Town ? Admin1Key(chosen[c]) : null;
                var neighbours = pass > 0 ? OtherTowns(folded, chosen, c) : [];
                double best = double.NegativeInfinity, sum = 0;
                GazetteerEntry bestEntry = default;
                foreach (var index in candidate.Entries.Take(MaxCandidates))
                {
                    var entry = gazetteer[index];
                    double score = Score(entry, candidate, countryEvidence, evidenceTotal, namedAdmin1[c], resolvedAdmin1, own);
                    if (entry.Kind is PlaceKind.Town or PlaceKind.Admin2 && neighbours.Any(n => GreatCircle.DistanceKm(entry.Lat, entry.Lon, n.Lat, n.Lon) <= Scoring.NearKm))
                        score += Scoring.NearOtherPlaces;
                    sum += Math.Exp(score);
                    if (score > best)
                    {
                        best = score;
                        bestEntry = entry;
                    }
                }
                chosen[c] = TheTownOfItsDistrict(TheSeatOfATwin(bestEntry, candidate), candidate);
                confidence[c] = Math.Exp(best) / sum;
            }
            resolvedAdmin1.Clear();
            foreach (var entry in chosen)
            {
                if (entry.Kind == PlaceKind.Town && Admin1Key(entry) is { } key) resolvedAdmin1[key] = resolvedAdmin1.GetValueOrDefault(key) + 1;
            }
        }
        bool namesCountries = countryEvidence.Count > 0;
        return candidates.Select((c, i) => new Resolution(c, chosen[i], confidence[i]))
            .Where((r, i) => !IsForeignNamesake(r.Entry, candidates[i], countryEvidence, namesCountries)).ToList();
    }

    /// <summary>
    /// GeoNames lists some towns twice in one country, the seat of their district (PPLA2, "Buenaventura",
    /// 240,000 people, the port) and a populated place of the same name near it that carries the whole
    /// district's population (PPL, 432,000, 33 km inland): a plain populated place chosen over a seat of the
    /// same name within 60 km, of comparable size, is the seat.
    /// </summary>
    private GazetteerEntry TheSeatOfATwin(GazetteerEntry best, ToponymCandidate candidate)
    {
        if (best.Kind != PlaceKind.Town || best.FeatureCode != "PPL") return best;
        foreach (var index in candidate.Entries.Take(MaxCandidates))
        {
            var other = gazetteer[index];
            if (other.Kind == PlaceKind.Town && other.Country == best.Country && other.FeatureCode is { } code && code.StartsWith("PPLA", StringComparison.Ordinal)
                && NameFolding.Fold(other.Name) == NameFolding.Fold(best.Name) && GreatCircle.DistanceKm(other.Lat, other.Lon, best.Lat, best.Lon) <= 60
                && other.Population >= 0.4 * best.Population)   // (not a village seat beside a town: Pagalungan, 5,900 beside 31,000)
                return other;
        }
        return best;
    }

    /// <summary>
    /// "shelled homes in Rafah": a district and its seat share the name (Rafah governorate, Rafah the city);
    /// unless the text calls it a region ("Rafah governorate"), the town is meant, as the seat of a state
    /// is (<see cref="Weights.SeatOfSameName"/>): the district chosen gives way to a seat of its name in it.
    /// </summary>
    private GazetteerEntry TheTownOfItsDistrict(GazetteerEntry best, ToponymCandidate candidate)
    {
        if (best.Kind != PlaceKind.Admin2 || candidate.Cue == PlaceCue.Region) return best;
        foreach (var index in candidate.Entries.Take(MaxCandidates))
        {
            var town = gazetteer[index];
            if (town.Kind == PlaceKind.Town && town.Country == best.Country && IsTheDistrictsTown(town, best)
                && NamedAlike(town, best) && (GreatCircle.DistanceKm(town.Lat, town.Lon, best.Lat, best.Lon) <= 40 || IsTheSeatInTheSameState(town, best)))
                return town;
        }
        return best;
    }

    /// <summary>
    /// A district's seat (PPLA2) in the district's first-level division, however far the district's point is from it (Deir
    /// al-Balah's governorate point lies 49 km from the city, its towns' codes being mixed in GeoNames).
    /// </summary>
    private static bool IsTheSeatInTheSameState(GazetteerEntry town, GazetteerEntry district) =>
        town.FeatureCode == "PPLA2" && town.Admin1Code is { } state && state == district.Admin1Code;

    /// <summary>
    /// Whether the town and the district have one name, also as transliterated apart ("Dayr al Balaḩ", the city, and
    /// "Deir Al Balah", its governorate: the same consonants).
    /// </summary>
    private static bool NamedAlike(GazetteerEntry town, GazetteerEntry district) =>
        NameFolding.Fold(town.Name) == NameFolding.Fold(district.Name) || Gazetteer.Consonants(town.Name) == Gazetteer.Consonants(district.Name);

    /// <summary>
    /// The district's town: its seat, or, where GeoNames files the seat as a plain populated place ("Apatzingán",
    /// 99,000 people, in the municipality of its name), a town holding most of the district's people (a division's
    /// population is its towns').
    /// </summary>
    private static bool IsTheDistrictsTown(GazetteerEntry town, GazetteerEntry district) =>
        town.FeatureCode.StartsWith("PPLA", StringComparison.Ordinal) || town.Population * 2 >= district.Population;

    /// <summary>
    /// For each candidate, the first-level divisions the document's other names may name ("Innisfail" with
    /// "Alberta" elsewhere). A name is no evidence for itself (the town of California, Pennsylvania, is not
    /// supported by the state named "California"), and a name that is itself a country's or a division's
    /// gets none ("Mexico" is not Mexico City because "Mexico City" is also named).
    /// </summary>
    private HashSet<string>[] NamedDivisions(IReadOnlyList<ToponymCandidate> candidates, string[] folded)
    {
        var namers = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var namesRegion = new bool[candidates.Count];
        for (int c = 0; c < candidates.Count; c++)
        {
            foreach (var index in candidates[c].Entries.Take(MaxCandidates))
            {
                var entry = gazetteer[index];
                if (entry.Kind is PlaceKind.Country or PlaceKind.Admin1) namesRegion[c] = true;
                if (entry.Kind != PlaceKind.Admin1 || Admin1Key(entry) is not { } key) continue;
                if (!namers.TryGetValue(key, out var names)) namers[key] = names = new HashSet<string>(StringComparer.Ordinal);
                names.Add(folded[c]);
            }
        }
        return candidates.Select((_, c) => namesRegion[c] ? []
            : namers.Where(n => n.Value.Any(name => name != folded[c])).Select(n => n.Key).ToHashSet(StringComparer.Ordinal)).ToArray();
    }

    /// <summary>The towns and districts chosen for the document's other names (first pass).</summary>
    private static List<GazetteerEntry> OtherTowns(string[] foldedNames, GazetteerEntry[] chosen, int self)
    {
        var towns = new List<GazetteerEntry>();
        for (int i = 0; i < foldedNames.Length; i++)
        {
            if (chosen[i].Kind is PlaceKind.Town or PlaceKind.Admin2 && foldedNames[i] != foldedNames[self]) towns.Add(chosen[i]);
        }
        return towns;
    }

    private bool IsForeignNamesake(GazetteerEntry entry, ToponymCandidate candidate, Dictionary<string, double> countryEvidence, bool namesCountries)
    {
        bool alternateName = NameFolding.Fold(entry.Name) != NameFolding.Fold(candidate.Text);
        if (!namesCountries || entry.Kind != PlaceKind.Town
            || entry.Population >= (alternateName ? Scoring.ForeignAlternateNamePopulation : Scoring.ForeignVillagePopulation)) return false;
        // The candidate's own share of its country's evidence does not count as support.
        var own = candidate.Entries.Take(MaxCandidates).Select(e => gazetteer[e].Country).Distinct().ToList();
        double support = countryEvidence.GetValueOrDefault(entry.Country) - (own.Contains(entry.Country) ? 1.0 / own.Count : 0);
        return support <= 1e-9 && countryEvidence.Keys.Any(k => k != entry.Country);
    }

    private static string? Admin1Key(GazetteerEntry e) => e.Admin1Code is null ? null : e.Country + "." + e.Admin1Code;

    private double Score(GazetteerEntry entry, ToponymCandidate candidate, Dictionary<string, double> countryEvidence, double evidenceTotal,
        HashSet<string> namedAdmin1, Dictionary<string, int> resolvedAdmin1, string? ownAdmin1)
    {
        var w = Scoring;
        double score = w.Population * Math.Log10(entry.Population + 1);
        // The place's own name beats an old or foreign alternate name ("Waterloo" is also an old name of Austin).
        if (NameFolding.Fold(entry.Name) == NameFolding.Fold(candidate.Text)) score += w.PrimaryName;
        score += w.CountryShare * countryEvidence.GetValueOrDefault(entry.Country) / evidenceTotal;
        var admin1 = Admin1Key(entry);
        if (entry.Kind == PlaceKind.Town && admin1 is not null)
        {
            if (namedAdmin1.Contains(admin1)) score += w.Admin1Named;
            int others = resolvedAdmin1.GetValueOrDefault(admin1) - (admin1 == ownAdmin1 ? 1 : 0);
            if (others > 0) score += w.Admin1OfOtherPlaces;
        }
        if (entry.Kind == PlaceKind.Country) score += w.CountryPrior;
        if (entry.Kind == PlaceKind.Admin1) score += w.Admin1Prior;
        if (entry.FeatureCode == "PPLC") score += w.CapitalPrior;
        bool cueFits = candidate.Cue switch
        {
            PlaceCue.Region => entry.Kind == PlaceKind.Admin1,
            PlaceCue.Town or PlaceCue.Dateline => entry.Kind == PlaceKind.Town,
            _ => false,
        };
        if (cueFits) score += w.CueMatchesKind;
        // "in Kassala", "near Gao": a division and its seat share the name; where something happens "in" it,
        // the seat is meant (events happen in towns; the division would be named "Kassala state").
        if (candidate.Cue == PlaceCue.Locative && entry.Kind == PlaceKind.Town && entry.FeatureCode is "PPLA" or "PPLC"
            && entry.Admin1Name is { } division && NameFolding.Fold(division) == NameFolding.Fold(candidate.Text))
            score += w.SeatOfSameName;
        return score;
    }

    /// <summary>How much the document talks about each country: country names and demonyms (each mention), other names (once each).</summary>
    private Dictionary<string, double> CountryEvidence(IReadOnlyList<ToponymCandidate> candidates)
    {
        var evidence = new Dictionary<string, double>(StringComparer.Ordinal);
        var ambiguousSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var countries = candidate.Entries.Take(MaxCandidates).Select(e => gazetteer[e]).ToList();
            // ("Congo", which two countries go by, is evidence for each as any ambiguous name is.)
            var direct = countries.Where(e => e.Kind == PlaceKind.Country).DistinctBy(e => e.Country).Take(2).ToList();
            if (direct.Count == 1)
            {
                evidence[direct[0].Country] = evidence.GetValueOrDefault(direct[0].Country) + (candidate.Cue == PlaceCue.Dateline ? 2 : 1);
                continue;
            }
            // An ambiguous name spreads its evidence over its namesakes' countries once, however often it is
            // repeated: seventeen "London"s in a story about London, Ontario would otherwise outvote the
            // "Canada"s (acc@161 TR-News 82.86 → 83.23, GeoVirus 85.33 → 85.74).
            if (!ambiguousSeen.Add(NameFolding.Fold(candidate.Text))) continue;
            var distinct = countries.Select(e => e.Country).Distinct().ToList();
            foreach (var country in distinct) evidence[country] = evidence.GetValueOrDefault(country) + 1.0 / distinct.Count;
        }
        return evidence;
    }
}
