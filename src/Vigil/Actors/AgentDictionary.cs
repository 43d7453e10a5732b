namespace Vigil.Actors;

/// <summary>Nouns that name kinds of actors and their CAMEO sector (Data/agents.txt): "soldier" → MIL.</summary>
public sealed class AgentDictionary
{
    private readonly Dictionary<string, string> _sectors;

    private AgentDictionary(Dictionary<string, string> sectors) => _sectors = sectors;

    private static readonly Lazy<AgentDictionary> Embedded = new(() => Parse(Resources.Lines("agents.txt")));

    public static AgentDictionary Default => Embedded.Value;

    public IReadOnlyDictionary<string, string> Sectors => _sectors;

    /// <summary>The sector of a noun phrase: its last two words, else its head lemma.</summary>
    public string? SectorOf(string? lemma, string? phrase = null)
    {
        if (phrase is not null)
        {
            var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2 && _sectors.TryGetValue(words[^2] + " " + words[^1], out var two)) return two;
        }
        return lemma is not null && _sectors.TryGetValue(lemma.ToLowerInvariant(), out var sector) ? sector : null;
    }

    public static AgentDictionary Parse(IEnumerable<string> lines) =>
        new(lines.Select(l => l.Split('\t')).Where(f => f.Length == 2).GroupBy(f => f[0].ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal));
}
