using Vigil.Documents;

namespace Vigil.Attribution;

/// <summary>
/// Attributions made by a noun of saying with its that-clause: "Donald Trump's claim that there have been
/// thousands of shootings", "a New York Times report that Donald Trump had a net loss". The cue is the
/// noun, the source its possessor or the name before it, the content the clause from "that" on. Read off
/// the words, since the parser often hangs such a clause on the verb of the sentence. Without a source in
/// the phrase ("the claim that ...") there is no attribution.
/// </summary>
internal static class NominalCues
{
    private static readonly HashSet<string> Nouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "claim", "claims", "report", "reports", "assertion", "allegation", "allegations", "statement", "warning", "promise",
        "pledge", "suggestion", "argument", "accusation", "insistence", "admission", "announcement", "prediction", "boast",
    };

    public static IEnumerable<Quote> Find(Document document, DependencyTree tree, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (int noun = sentence.FirstToken + 1; noun + 3 < sentence.EndToken; noun++)
        {
            if (tokens[noun].Upos != "NOUN" || !Nouns.Contains(tokens[noun].Form) || tokens[noun + 1].Form != "that") continue;
            // The clause has a subject of its own right after "that" ("that there have been", "that Donald Trump had").
            if (tokens[noun + 2].Upos is not ("PRON" or "PROPN" or "NOUN" or "DET" or "NUM" or "ADJ")) continue;
            int verb = -1;
            for (int k = noun + 3; k < sentence.EndToken && k <= noun + 8; k++)
            {
                if (tokens[k].Upos is "VERB" or "AUX") { verb = k; break; }
                if (tokens[k].Upos == "PUNCT") break;
            }
            if (verb < 0 || Source(document, noun) is not { } source) continue;
            // The clause: the highest head above the verb that stays after "that".
            int clause = verb;
            while (tokens[clause].Head > noun + 1 && tokens[clause].Head < sentence.EndToken) clause = tokens[clause].Head;
            int last = Math.Max(tree.Subtree(clause).Last, verb);
            while (last > verb && tokens[last].Upos == "PUNCT") last--;
            yield return new Quote
            {
                Id = "",
                Direct = false,
                Content = new SpanRef(tokens[noun + 1].Start, tokens[last].End),
                Cue = new SpanRef(tokens[noun].Start, tokens[noun].End, tokens[noun].Form),
                Source = source,
            };
        }
    }

    /// <summary>"Donald Trump's | claim", "a New York Times | report": the possessor or the names right before the noun.</summary>
    private static SpanRef? Source(Document document, int noun)
    {
        var tokens = document.Tokens;
        int last = noun - 1;
        while (last > 0 && tokens[last].Upos == "ADJ") last--;   // ("Trump's latest claim")
        if (tokens[last].Xpos == "POS") last--;
        if (last < 0 || !IsName(tokens[last])) return null;
        int first = last;
        while (first > 0 && IsName(tokens[first - 1])) first--;
        return new SpanRef(tokens[first].Start, tokens[last].End, document.Slice(tokens[first].Start, tokens[last].End));
    }

    private static bool IsName(Token token) => token.Upos == "PROPN" || token.Xpos is "NNP" or "NNPS";
}
