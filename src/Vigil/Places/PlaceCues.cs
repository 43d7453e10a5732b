namespace Vigil.Places;

/// <summary>The cue words of Data/place-cues.txt, by section.</summary>
public sealed class PlaceCues
{
    public HashSet<string> Before { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> TownNouns { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> AfterTown { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> AfterRegion { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns whose apposition names a town: "the regional capital, Stepanakert".</summary>
    public HashSet<string> AppositionNouns { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Month names and abbreviations: before a number they date something ("Nov. 3").</summary>
    public HashSet<string> DateWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Lowercase words that may stand inside a place name: "Port-au-Prince", "Rio de Janeiro".</summary>
    public HashSet<string> NameParticles { get; } = new(StringComparer.Ordinal);

    /// <summary>Titles after a name that leave it a place: "Turkish President", "Alberta Premier".</summary>
    public HashSet<string> Titles { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that alone name no place, only with a division word after them: "the South of France", "Western powers" (but "Western Province").</summary>
    public HashSet<string> GenericWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns right before a name that make it an organisation's: "the state news agency NAN", "the broadcaster NHK".</summary>
    public HashSet<string> OrganisationNouns { get; } = new(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<PlaceCues> Embedded = new(() =>
    {
        using var stream = typeof(PlaceCues).Assembly.GetManifestResourceStream("Vigil.Places.Data.place-cues.txt")!;
        using var reader = new StreamReader(stream);
        return Parse(reader);
    });

    public static PlaceCues Default => Embedded.Value;

    public static PlaceCues Parse(TextReader reader)
    {
        var cues = new PlaceCues();
        HashSet<string>? section = null;
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            section = line switch
            {
                "[before]" => cues.Before,
                "[town]" => cues.TownNouns,
                "[after-town]" => cues.AfterTown,
                "[after-region]" => cues.AfterRegion,
                "[apposition]" => cues.AppositionNouns,
                "[date-words]" => cues.DateWords,
                "[name-particles]" => cues.NameParticles,
                "[titles]" => cues.Titles,
                "[generic-words]" => cues.GenericWords,
                "[organisation-nouns]" => cues.OrganisationNouns,
                _ => section,
            };
            if (line.StartsWith('[')) continue;
            section?.Add(line);
        }
        return cues;
    }
}
