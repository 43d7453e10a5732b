namespace Vigil.Entities;

/// <summary>
/// Words for a news outlet: "the state-run IRNA news agency", "on its Radio Andalus station", "told state
/// broadcaster TVM". The entities stage names the outlet the proper nouns beside such a word; attribution
/// takes a listener so called for a relay of what it was told.
/// </summary>
public static class OutletNouns
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
        { "station", "channel", "network", "newspaper", "broadcaster", "daily", "tv", "television" };

    /// <param name="word">A lower-case word or lemma.</param>
    public static bool Contains(string? word) => word is not null && Words.Contains(word);
}
