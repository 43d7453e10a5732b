namespace Vigil.Entities;

/// <summary>
/// "the Mexican Competitiveness Institute", "the Interior Ministry": a name whose last word says it is
/// an institution is an organisation, whatever type the recognizer gave it (it learns organisations from
/// few examples and sometimes reads an unknown capitalised run as a place or a person).
/// </summary>
internal static class InstitutionNames
{
    private static readonly HashSet<string> LastWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Institute", "University", "Ministry", "Department", "Council", "Committee", "Commission", "Party",
        "Association", "Agency", "Foundation", "Organization", "Organisation", "Federation", "Corporation",
        "Inc.", "Corp.", "Ltd.", "Movement",
    };

    /// <summary>Relabels, in place, BIO spans of another type that end in an institution word.</summary>
    public static void Relabel(ReadOnlySpan<string> tokens, string[] bio)
    {
        foreach (var (start, length, type) in IobReader.Spans(bio))
        {
            if (type == "ORG" || !LastWords.Contains(tokens[start + length - 1])) continue;
            bio[start] = "B-ORG";
            for (int k = start + 1; k < start + length; k++) bio[k] = "I-ORG";
        }
    }
}
