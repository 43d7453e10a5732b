namespace Vigil.Events;

/// <summary>The PLOVER and ACLED categories of one CAMEO code prefix (a row of Data/cameo-ontology.txt).</summary>
public sealed record CameoCategories(string? PloverType, string? PloverMode, string? AcledType, string? AcledSubType);

/// <summary>
/// The CAMEO to PLOVER and ACLED crosswalk: the longest listed prefix of a code gives its categories.
/// Imported PETRARCH patterns carry only CAMEO codes; this fills in the rest.
/// </summary>
public sealed class CameoOntology
{
    private readonly Dictionary<string, CameoCategories> _byPrefix = new(StringComparer.Ordinal);

    /// <summary>Verbal acts: CAMEO roots 01 to 13 (statements, appeals, accusations, demands, threats), not acts of force or protest.</summary>
    public static bool IsVerbalAct(string? cameo) =>
        cameo is { Length: >= 2 } && int.TryParse(cameo.AsSpan(0, 2), out int root) && root is >= 1 and <= 13;

    public CameoOntology(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var f = line.Split('\t');
            if (f.Length != 5) throw new InvalidDataException($"cameo-ontology.txt: expected 5 tab-separated fields: {line}");
            _byPrefix[f[0]] = new CameoCategories(Dash(f[1]), Dash(f[2]), Dash(f[3]), Dash(f[4]));
        }
    }

    /// <summary>The categories of the longest listed prefix of <paramref name="cameo"/>, or null when none is listed.</summary>
    public CameoCategories? Categorize(string cameo)
    {
        for (int length = cameo.Length; length >= 2; length--)
        {
            if (_byPrefix.TryGetValue(cameo[..length], out var categories)) return categories;
        }
        return null;
    }

    private static string? Dash(string field) => field is "-" or "" ? null : field;
}
