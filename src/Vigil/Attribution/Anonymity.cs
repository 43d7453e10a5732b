using Vigil.Documents;

namespace Vigil.Attribution;

/// <summary>
/// "a local chief who asked not to be named", "asked that only his surname be used", "spoke on condition of
/// anonymity": the terms a source speaks on are no statement of its own and no appeal.
/// </summary>
public static class Anonymity
{
    /// <summary>Whether the verb at <paramref name="verb"/> asks for (or speaks under) anonymity.</summary>
    public static bool IsAskedFor(Token[] tokens, int verb)
    {
        switch (tokens[verb].Lemma)
        {
            case "ask" or "request":
                if (verb + 4 < tokens.Length && tokens[verb + 1].Form.Equals("not", StringComparison.OrdinalIgnoreCase) && tokens[verb + 2].Form == "to"
                    && tokens[verb + 3].Lemma == "be" && tokens[verb + 4].Lemma is "name" or "identify" or "quote") return true;
                return Within(tokens, verb, t => tokens[t].Lemma is "surname" or "anonymity" or "identify" || tokens[t].Form.ToLowerInvariant() is "named" or "identified");
            case "speak" or "talk":
                return Within(tokens, verb, t => tokens[t].Lemma == "anonymity") || ToTalkOfUnderAnonymity(tokens, verb);
            default:
                return ToTalkOfUnderAnonymity(tokens, verb);
        }
    }

    /// <summary>
    /// "speaking on condition of anonymity to discuss private conversations", "because they were not authorized to speak
    /// publicly": what a source is not named for talking about is the terms it speaks on, not a statement.
    /// </summary>
    private static bool ToTalkOfUnderAnonymity(Token[] tokens, int verb) =>
        verb >= 2 && tokens[verb].Lemma is "discuss" or "describe" or "speak" or "talk" or "comment" or "reveal" && tokens[verb - 1].Form == "to"
        && (tokens[verb - 2].Lemma == "anonymity" || tokens[verb - 2].Form.ToLowerInvariant() is "authorized" or "authorised" or "allowed" or "permitted");

    private static bool Within(Token[] tokens, int verb, Func<int, bool> test)
    {
        for (int t = verb + 1; t < tokens.Length && t <= verb + 8 && tokens[t].Sentence == tokens[verb].Sentence; t++)
        {
            if (test(t)) return true;
        }
        return false;
    }
}
