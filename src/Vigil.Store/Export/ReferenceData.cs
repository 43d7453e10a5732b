namespace Vigil.Store.Export;

/// <summary>Small lookup tables shipped as documented TSV files in Data/ (embedded in the assembly).</summary>
public static class ReferenceData
{
    public sealed record Country(string Iso2, string Iso3, string Name);

    private static readonly Lazy<Dictionary<string, Country>> CountriesByIso2 = new(() =>
        Rows("countries.tsv").ToDictionary(r => r[0], r => new Country(r[0], r[1], r[2]), StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<Dictionary<string, int>> InterBySector = new(() =>
        Rows("acled-inter.tsv").ToDictionary(r => r[0], r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture),
            StringComparer.OrdinalIgnoreCase));

    public static Country? CountryOf(string? iso2) =>
        iso2 is not null && CountriesByIso2.Value.TryGetValue(iso2, out var c) ? c : null;

    /// <summary>ACLED's interaction code for an actor, from its sector and the kind of event.</summary>
    public static int? AcledInter(string? sector, string? acledEventType)
    {
        if (acledEventType == "Protests") return 6;
        if (acledEventType == "Riots") return 5;
        return sector is not null && InterBySector.Value.TryGetValue(sector, out var inter) ? inter : null;
    }

    private static IEnumerable<string[]> Rows(string name)
    {
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream("Vigil.Store.Data." + name)
            ?? throw new InvalidOperationException($"embedded data file {name} is missing");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            rows.Add(line.Split('\t'));
        }
        return rows;
    }
}
