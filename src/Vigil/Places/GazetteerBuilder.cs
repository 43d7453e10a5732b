using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Vigil.Places;

/// <summary>
/// Builds Vigil's gazetteer file from GeoNames dumps: a cities file (cities500.txt, or the full
/// allCountries.txt; the standard 19 tab-separated columns), admin1CodesASCII.txt, and a country list
/// with names and demonyms (countries.json, the world-countries format). Towns come from the cities
/// file; first-level divisions and countries become entries too. The full dump has rows of their own
/// with GeoNames' points; otherwise a division is placed at the middle of its towns' span and a
/// country at world-countries' point or the published centre in Data/country-points.txt. Last, the
/// places in Data/learned-points.txt (<c>vigil train places</c>) move to their learned points.
/// </summary>
public sealed class GazetteerBuilder
{
    private readonly List<BuildEntry> _entries = [];
    private readonly Dictionary<ulong, HashSet<int>> _names = new();
    private readonly Dictionary<long, int> _byGeonamesId = new();

    /// <summary>Smallest population of a town kept (the full dump has millions of hamlets).</summary>
    public long MinPopulation { get; init; } = 500;

    /// <summary>Place countries, divisions and continents at the points in Data/learned-points.txt (off when learning them anew).</summary>
    public bool UseLearnedPoints { get; init; } = true;

    /// <summary>Progress messages (rows read).</summary>
    public Action<string>? Log { get; init; }

    internal sealed class BuildEntry
    {
        public long Id;
        public required string Name;
        public double Lat, Lon;
        public required string Country;
        public string? Admin1Code;
        public string? Admin1Name;
        public string? Admin2Code;
        public required string Feature;
        public long Population;
        public PlaceKind Kind;
    }

    public void Build(string geonamesDir, string outputPath)
    {
        var cities = FirstExisting(geonamesDir, "allCountries.txt", "cities500.txt", "cities1000.txt", "cities5000.txt", "cities15000.txt")
                     ?? throw new FileNotFoundException($"{geonamesDir}: no GeoNames cities file (allCountries.txt or citiesN.txt)");
        var admin1Path = Path.Combine(geonamesDir, "admin1CodesASCII.txt");
        var countriesPath = Path.Combine(geonamesDir, "countries.json");
        var admin1Names = File.Exists(admin1Path) ? ReadAdmin1(admin1Path) : new();
        ReadCities(cities, admin1Names);
        AddAdmin1Divisions(admin1Names);
        var admin2Path = Path.Combine(geonamesDir, "admin2.json");
        if (File.Exists(admin2Path)) AddAdmin2Divisions(admin2Path);
        if (File.Exists(countriesPath)) AddCountries(countriesPath);
        AddRegions();
        AddAliases();
        if (UseLearnedPoints) ApplyLearnedPoints();
        GazetteerFile.Write(outputPath, _entries, _names);
        Log?.Invoke($"{_entries.Count} places, {_names.Count} names");
    }

    private static string? FirstExisting(string dir, params string[] names) =>
        names.Select(n => Path.Combine(dir, n)).FirstOrDefault(File.Exists);

    private static Dictionary<string, (string Name, string Ascii, long Id)> ReadAdmin1(string path)
    {
        var result = new Dictionary<string, (string, string, long)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length < 4) continue;
            result[f[0]] = (f[1], f[2], long.TryParse(f[3], out var id) ? id : 0);
        }
        return result;
    }

    private void ReadCities(string path, Dictionary<string, (string Name, string Ascii, long Id)> admin1Names)
    {
        long rows = 0;
        foreach (var line in File.ReadLines(path))
        {
            rows++;
            var f = line.Split('\t');
            if (f.Length < 15) continue;
            char featureClass = f[6].Length > 0 ? f[6][0] : ' ';
            string feature = f[7];
            long population = long.TryParse(f[14], out var p) ? p : 0;
            PlaceKind kind;
            if (featureClass == 'P')
            {
                if (population < MinPopulation && !feature.StartsWith("PPLA", StringComparison.Ordinal) && feature != "PPLC") continue;
                kind = PlaceKind.Town;
            }
            else if (featureClass == 'A' && feature is "ADM1" or "ADM2" or "PCLI")
            {
                kind = feature == "ADM1" ? PlaceKind.Admin1 : feature == "ADM2" ? PlaceKind.Admin2 : PlaceKind.Country;
            }
            else continue;
            var admin1Code = f[8] + "." + f[10];
            var entry = new BuildEntry
            {
                Id = long.Parse(f[0], CultureInfo.InvariantCulture),
                Name = f[1],
                Lat = double.Parse(f[4], CultureInfo.InvariantCulture),
                Lon = double.Parse(f[5], CultureInfo.InvariantCulture),
                Country = f[8],
                Admin1Code = f[10].Length > 0 ? f[10] : null,
                Admin1Name = admin1Names.TryGetValue(admin1Code, out var a) ? a.Name : null,
                Admin2Code = f[11].Length > 0 ? admin1Code + "." + f[11] : null,
                Feature = feature,
                Population = population,
                Kind = kind,
            };
            int index = Add(entry);
            AddName(f[1], index);
            AddName(f[2], index);
            foreach (var alternate in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                // English news writes places in Latin script: other scripts would only bloat the file.
                // "ADL" (Adelaide's airport) must not make a place of "al-Adl": codes match only text in capitals.
                if (alternate.Length is >= 2 and <= 4 && alternate.All(char.IsAsciiLetterUpper)) AddName(alternate, index, GazetteerFile.CodePrefix);
                else if (alternate.Length <= 40 && alternate.All(c => c < '\u0250')) AddName(alternate, index);
            }
            if (rows % 1_000_000 == 0) Log?.Invoke($"{rows:N0} rows read");
        }
    }

    private int Add(BuildEntry entry)
    {
        if (entry.Id != 0 && _byGeonamesId.TryGetValue(entry.Id, out var existing)) return existing;
        _entries.Add(entry);
        if (entry.Id != 0) _byGeonamesId[entry.Id] = _entries.Count - 1;
        return _entries.Count - 1;
    }

    private void AddName(string name, int index, string prefix = "")
    {
        var folded = NameFolding.Fold(name);
        if (folded.Length < 2) return;
        var key = GazetteerFile.NameKey(prefix + folded);
        if (!_names.TryGetValue(key, out var set)) _names[key] = set = [];
        set.Add(index);
    }

    /// <summary>First-level divisions, at the centre of their towns unless the dump had them.</summary>
    private void AddAdmin1Divisions(Dictionary<string, (string Name, string Ascii, long Id)> admin1Names)
    {
        var towns = _entries.Where(e => e.Kind == PlaceKind.Town && e.Admin1Code is not null).GroupBy(e => e.Country + "." + e.Admin1Code).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (code, (name, ascii, id)) in admin1Names)
        {
            int dot = code.IndexOf('.');
            if (dot < 0) continue;
            int index;
            if (id != 0 && _byGeonamesId.TryGetValue(id, out var existing))
            {
                index = existing;
            }
            else
            {
                if (!towns.TryGetValue(code, out var members)) continue;
                var (lat, lon, population) = SpanCentre(members);
                index = Add(new BuildEntry
                {
                    Id = id, Name = name, Lat = lat, Lon = lon, Country = code[..dot], Admin1Code = code[(dot + 1)..],
                    Admin1Name = name, Feature = "ADM1", Population = population, Kind = PlaceKind.Admin1,
                });
            }
            AddName(name, index);
            AddName(ascii, index);
            // "Norte de Santander", "Helmand": news names a province without the word GeoNames files it under.
            AddNameWithoutGenericWord(ascii, index, GenericAdmin1Words, StringComparison.Ordinal);
        }
    }

    /// <summary>Second-level divisions ("Metcalfe County"), at the centre of their towns.</summary>
    private void AddAdmin2Divisions(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var towns = _entries.Where(e => e.Kind == PlaceKind.Town && e.Admin2Code is not null).GroupBy(e => e.Admin2Code!).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var division in json.RootElement.EnumerateArray())
        {
            var code = division.GetProperty("code").GetString()!;
            var name = division.GetProperty("name").GetString()!;
            if (!towns.TryGetValue(code, out var members)) continue;
            var (lat, lon, population) = SpanCentre(members);
            var parts = code.Split('.');
            int index = Add(new BuildEntry
            {
                Id = 0, Name = name, Lat = lat, Lon = lon, Country = parts[0], Admin1Code = parts[1], Admin1Name = members[0].Admin1Name,
                Feature = "ADM2", Population = population, Kind = PlaceKind.Admin2,
            });
            AddName(name, index);
            // "North Waziristan", "Bajaur": news names a district without the word GeoNames files it under.
            AddNameWithoutGenericWord(name, index, GenericDivisionWords, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static readonly string[] GenericDivisionWords = ["District", "Agency"];

    private static readonly string[] GenericAdmin1Words = ["Department", "Province", "Region", "Governorate", "Oblast"];

    /// <summary>The division's name without the generic word it ends in ("Norte de Santander Department"), as a name of it too.</summary>
    private void AddNameWithoutGenericWord(string name, int index, string[] genericWords, StringComparison comparison)
    {
        foreach (var generic in genericWords)
        {
            if (name.EndsWith(" " + generic, comparison) && name.Length > generic.Length + 3) AddName(name[..^(generic.Length + 1)], index);
        }
    }

    /// <summary>
    /// A division's point: the middle of the span its towns cover. GeoNames and the geoparsing gold place
    /// a division at its geometric middle; towns crowd where people live (Manitoba's and Alberta's south,
    /// Queensland's coast), so their mean lands far from it (acc@161 with the mean: TR-News 74.06,
    /// GeoVirus 73.71; with the span's middle 76.72 / 74.61; leaving out the outermost 2-10% of towns
    /// in each direction was worse, 74.15-74.24 / 73.40-73.76).
    /// </summary>
    private static (double Lat, double Lon, long Population) SpanCentre(List<BuildEntry> members)
    {
        double lat = (members.Min(m => m.Lat) + members.Max(m => m.Lat)) / 2;
        double west = members.Min(m => m.Lon), east = members.Max(m => m.Lon);
        // A division across the antimeridian (Chukotka, parts of Fiji) has no sensible span: use the mean.
        double lon = east - west > 180 ? members.Average(m => m.Lon) : (west + east) / 2;
        return (lat, lon, members.Sum(m => m.Population));
    }

    private readonly Dictionary<string, int> _countryIndex = new(StringComparer.Ordinal);

    private void AddCountries(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var populations = _entries.Where(e => e.Kind == PlaceKind.Town).GroupBy(e => e.Country).ToDictionary(g => g.Key, g => g.Sum(e => e.Population));
        var fromDump = _entries.Select((e, i) => (e, i)).Where(p => p.e.Kind == PlaceKind.Country && p.e.Feature == "PCLI")
            .GroupBy(p => p.e.Country).ToDictionary(g => g.Key, g => g.First().i);
        var centres = ResourceLines("country-points.txt").Select(l => l.Split('\t')).Where(f => f.Length >= 3)
            .ToDictionary(f => f[0], f => (Lat: double.Parse(f[1], CultureInfo.InvariantCulture), Lon: double.Parse(f[2], CultureInfo.InvariantCulture)));
        foreach (var country in json.RootElement.EnumerateArray())
        {
            var alpha2 = country.GetProperty("cca2").GetString()!;
            var name = country.GetProperty("name");
            var common = name.GetProperty("common").GetString()!;
            var latlng = country.GetProperty("latlng");
            double lat = latlng.GetArrayLength() == 2 ? latlng[0].GetDouble() : 0, lon = latlng.GetArrayLength() == 2 ? latlng[1].GetDouble() : 0;
            if (centres.TryGetValue(alpha2, out var centre)) (lat, lon) = centre;
            int index;
            // The full dump has the country's own row, with GeoNames' id and point: names join it.
            if (fromDump.TryGetValue(alpha2, out index)) _entries[index].Population = populations.GetValueOrDefault(alpha2);
            else index = Add(new BuildEntry
            {
                Id = 0, Name = common, Lat = lat, Lon = lon, Country = alpha2, Feature = "PCLI",
                Population = populations.GetValueOrDefault(alpha2), Kind = PlaceKind.Country,
            });
            _countryIndex[alpha2] = index;
            AddName(common, index);
            AddName(name.GetProperty("official").GetString()!, index);
            foreach (var alt in country.GetProperty("altSpellings").EnumerateArray())
            {
                var s = alt.GetString()!;
                if (s.Length >= 4) AddName(s, index);
            }
            if (country.TryGetProperty("demonyms", out var demonyms) && demonyms.TryGetProperty("eng", out var eng))
            {
                foreach (var gender in new[] { "m", "f" })
                {
                    if (eng.TryGetProperty(gender, out var d) && d.GetString() is { Length: > 2 } demonym)
                    {
                        AddName(demonym, index, GazetteerFile.DemonymPrefix);
                        AddName(demonym + "s", index, GazetteerFile.DemonymPrefix);
                    }
                }
            }
        }
    }

    private void AddRegions()
    {
        foreach (var f in ResourceLines("regions.txt").Select(l => l.Split('\t')).Where(f => f.Length == 5))
        {
            int index = Add(new BuildEntry
            {
                Id = long.Parse(f[4], CultureInfo.InvariantCulture), Name = f[0],
                Lat = double.Parse(f[1], CultureInfo.InvariantCulture), Lon = double.Parse(f[2], CultureInfo.InvariantCulture),
                Country = "", Feature = f[3], Population = 0, Kind = PlaceKind.Country,
            });
            AddName(f[0], index);
        }
    }

    /// <summary>The lines of a file of Places/Data, without comments and blank lines.</summary>
    internal static IEnumerable<string> ResourceLines(string name)
    {
        using var stream = typeof(GazetteerBuilder).Assembly.GetManifestResourceStream("Vigil.Places.Data." + name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#')) lines.Add(line);
        }
        return lines;
    }

    /// <summary>Countries, divisions and continents at the points learned from gold toponyms (Data/learned-points.txt), where one was learned.</summary>
    private void ApplyLearnedPoints()
    {
        var learned = RepresentativePointFile.Read(ResourceLines("learned-points.txt"));
        int applied = 0;
        foreach (var e in _entries)
        {
            var key = RepresentativePointLearner.KeyOf(e.Kind, e.Feature, e.Country, e.Id);
            if (key is null || !learned.TryGetValue(key, out var point)) continue;
            (e.Lat, e.Lon) = point;
            applied++;
        }
        Log?.Invoke($"{applied} places at learned points");
    }

    private void AddAliases()
    {
        var admin1 = _entries.Select((e, i) => (e, i)).Where(p => p.e.Kind == PlaceKind.Admin1 && p.e.Admin1Code is not null)
            .GroupBy(p => p.e.Country + "." + p.e.Admin1Code).ToDictionary(g => g.Key, g => g.First().i);
        foreach (var f in ResourceLines("place-aliases.txt").Select(l => l.Split('\t')).Where(f => f.Length == 2))
        {
            var code = f[1].Trim();
            if (_countryIndex.TryGetValue(code, out var country)) AddName(f[0], country);
            else if (admin1.TryGetValue(code, out var division)) AddName(f[0], division);
        }
    }

}
