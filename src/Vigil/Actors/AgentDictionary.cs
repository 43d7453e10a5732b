namespace Vigil.Actors;

/// <summary>
/// Nouns that name kinds of actors and their CAMEO code (Data/agents.txt): "soldier" → MIL. A code is a
/// sector, possibly with more role codes after it ("GOVFRM"); it follows the actor's country ("MEX" +
/// "MIL"), or comes before it when written with a trailing "~" ("NGO~": a human rights body of X is NGO + X).
/// </summary>
public sealed class AgentDictionary
{
    private readonly Dictionary<string, string> _sectors;

    private readonly HashSet<string> _firstWords;

    private AgentDictionary(Dictionary<string, string> sectors)
    {
        _sectors = sectors;
        _firstWords = sectors.Keys.Select(k => k.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Whether any agent starts with this lowercase word: most words start none, and need no longer look-ups.</summary>
    public bool MayStartWith(string lowercaseWord) => _firstWords.Contains(lowercaseWord);

    private static readonly Lazy<AgentDictionary> Embedded = new(() => Parse(Resources.Lines("agents.txt")));

    public static AgentDictionary Default => Embedded.Value;

    /// <summary>Agent nouns and their codes, as listed.</summary>
    public IReadOnlyDictionary<string, string> Sectors => _sectors;

    /// <summary>The most words any agent has: how far a phrase scan needs to look ahead.</summary>
    public int MaxWords { get; private init; } = 1;

    /// <summary>The sector (three letters) of a noun phrase: its last two words, else its head lemma.</summary>
    public string? SectorOf(string? lemma, string? phrase = null) => CodeOf(lemma, phrase) is { } code ? SectorOfCode(code) : null;

    /// <summary>The full agent code of a noun phrase: its last two words, else its head lemma.</summary>
    public string? CodeOf(string? lemma, string? phrase = null)
    {
        if (phrase is not null)
        {
            var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2 && _sectors.TryGetValue(words[^2] + " " + words[^1], out var two)) return two;
        }
        return lemma is not null && _sectors.TryGetValue(lemma.ToLowerInvariant(), out var code) ? code : null;
    }

    /// <summary>The listed code of exactly this (lowercase) word sequence, or null.</summary>
    public string? Exact(string words) => _sectors.GetValueOrDefault(words);

    /// <summary>"GOVFRM" → "GOV"; "NGO~" → "NGO".</summary>
    public static string SectorOfCode(string code) => code.TrimEnd('~').Length >= 3 ? code.TrimEnd('~')[..3] : code.TrimEnd('~');

    public static AgentDictionary Parse(IEnumerable<string> lines)
    {
        var sectors = lines.Select(l => l.Split('\t')).Where(f => f.Length == 2).GroupBy(f => f[0].ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
        return new AgentDictionary(sectors) { MaxWords = sectors.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max() };
    }
}
