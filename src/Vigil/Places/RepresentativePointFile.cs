using System.Globalization;

namespace Vigil.Places;

/// <summary>
/// The learned points file (Data/learned-points.txt, written by <c>vigil train places</c>, read by the
/// gazetteer build): one place a line, <c>key TAB latitude TAB longitude TAB name TAB what it scored</c>,
/// the key "PCLI:" and a country code or "ID:" and a GeoNames id; lines starting with # are comments.
/// </summary>
public static class RepresentativePointFile
{
    public static void Write(TextWriter writer, IEnumerable<RepresentativePoint> points, string command)
    {
        writer.WriteLine("# Where countries, divisions and continents are placed, learned from gold toponyms. Written by:");
        writer.WriteLine("#   " + command);
        writer.WriteLine("# Format: key<TAB>latitude<TAB>longitude<TAB>name<TAB>gold toponyms within 161 km, before -> after, of all");
        foreach (var p in points)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.Key}\t{p.Lat}\t{p.Lon}\t{p.Name}\t{p.WithinBefore} -> {p.WithinAfter} of {p.Gold}"));
    }

    /// <summary>The points by key; malformed lines are an error naming the line.</summary>
    public static Dictionary<string, (double Lat, double Lon)> Read(IEnumerable<string> lines)
    {
        var points = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        int number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (f.Length < 3 || !double.TryParse(f[1], CultureInfo.InvariantCulture, out var lat) || !double.TryParse(f[2], CultureInfo.InvariantCulture, out var lon))
                throw new InvalidDataException($"learned points, line {number}: expected key, latitude and longitude separated by tabs");
            points[f[0]] = (lat, lon);
        }
        return points;
    }
}
