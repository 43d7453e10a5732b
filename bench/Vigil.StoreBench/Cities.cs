using System.Globalization;

namespace Vigil.StoreBench;

/// <summary>Towns with their coordinates, country and region, read from the GeoNames extract in ../shared/data/geonames.</summary>
public sealed record City(string Name, double Lat, double Lon, string Country, string Admin1, long GeonamesId)
{
    public static List<City> Load(string geonamesFolder, int minimumPopulation)
    {
        var admin1 = File.ReadLines(Path.Combine(geonamesFolder, "admin1CodesASCII.txt"))
            .Select(l => l.Split('\t')).Where(p => p.Length >= 2).ToDictionary(p => p[0], p => p[1]);
        var cities = new List<City>();
        foreach (var line in File.ReadLines(Path.Combine(geonamesFolder, "cities500.txt")))
        {
            var f = line.Split('\t');
            if (f.Length < 15 || !long.TryParse(f[14], out var population) || population < minimumPopulation) continue;
            if (f[1].Contains('.') || f[1].Contains(',')) continue; // keeps generated sentences splittable at ". "
            cities.Add(new City(f[1], double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture),
                f[8], admin1.GetValueOrDefault($"{f[8]}.{f[10]}", f[10]), long.Parse(f[0], CultureInfo.InvariantCulture)));
        }
        return cities;
    }
}
