using Vigil.Documents;

namespace Vigil.Entities;

/// <summary>
/// Nouns of bodies ("party", "group", "union") and the noun a name stands with: the one it modifies ("the ruling Frelimo
/// party") or has in apposition ("Plataforma Decide, a local election monitoring group"). The entities stage relabels a
/// "person" named so; the actors stage codes an organisation by that noun.
/// </summary>
internal static class BodyNouns
{
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "party", "group", "movement", "coalition", "alliance", "front", "militia", "gang", "cartel", "union", "organisation", "organization",
        "association", "federation", "council", "committee", "network", "platform", "agency", "company", "firm", "bank", "newspaper", "broadcaster",
        "faction",
    };

    public static bool Contains(string form) => Nouns.Contains(form);

    /// <summary>The common noun the mention modifies, else one in apposition to it within a few words; -1 when none.</summary>
    public static int NounNamedBy(Document document, Mention mention)
    {
        var tokens = document.Tokens;
        if (mention.FirstToken < 0 || mention.TokenCount == 0) return -1;
        int last = mention.FirstToken + mention.TokenCount - 1, head = NameHead(tokens, mention);
        if (last + 1 < tokens.Length && tokens[head].Head == last + 1 && tokens[last + 1].Upos == "NOUN") return last + 1;
        for (int t = last + 1; t < Math.Min(tokens.Length, last + 9); t++)
        {
            if (tokens[t].DepRel == "appos" && tokens[t].Upos == "NOUN" && tokens[t].Head >= mention.FirstToken && tokens[t].Head <= last) return t;
        }
        return -1;
    }

    /// <summary>
    /// The word a name's last word hangs under within the name ("SSC-Khatumo fighters" hangs "Khatumo" on "SSC", as EWT codes a
    /// hyphenated name): the name's head for what it modifies.
    /// </summary>
    public static int NameHead(Token[] tokens, Mention mention)
    {
        int head = mention.FirstToken + mention.TokenCount - 1;
        while (tokens[head].Head >= mention.FirstToken && tokens[head].Head < head) head = tokens[head].Head;
        return head;
    }
}
