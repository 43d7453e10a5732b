using Vigil.Documents;

namespace Vigil.Entities;

/// <summary>
/// "Press secretary Karine Jean-Pierre told reporters that President Joe Biden will continue to fight ..., and she
/// criticized Republicans": a "he" or "she" that is the subject of a clause coordinated with an earlier one is that
/// clause's subject when a person is named there, not the person named last (who stood inside what the first clause
/// reports). Without a gender for names, the parallel of the two clauses is the better guide.
/// </summary>
public static class CoordinatedSubject
{
    /// <summary>The subject of the first conjunct (its head token) and the person it names, or null.</summary>
    public static (int Subject, Mention Person)? Of(Document document, int pronoun)
    {
        var tokens = document.Tokens;
        if (tokens[pronoun].DepRel != "nsubj" || tokens[pronoun].Form.ToLowerInvariant() is not ("he" or "she")) return null;
        int verb = tokens[pronoun].Head;
        if (verb < 0 || tokens[verb].DepRel != "conj" || tokens[verb].Head is not (>= 0 and var first) || first > pronoun) return null;
        var sentence = document.SentenceOf(pronoun);
        for (int subject = sentence.FirstToken; subject < first; subject++)
        {
            if (tokens[subject].Head != first || tokens[subject].DepRel != "nsubj") continue;
            // The subject's phrase: "Press secretary Karine Jean-Pierre" (the name in apposition to the role).
            var person = document.Entities.Where(e => e.Label == "PER").SelectMany(e => e.Mentions)
                .FirstOrDefault(m => m.FirstToken >= sentence.FirstToken && m.FirstToken + m.TokenCount <= first && Governs(tokens, subject, m.FirstToken));
            return person is null ? null : (subject, person);
        }
        return null;
    }

    private static bool Governs(Token[] tokens, int head, int word)
    {
        for (int t = word; t >= 0; t = tokens[t].Head)
        {
            if (t == head) return true;
        }
        return false;
    }
}
