using Vigil.Documents;

namespace Vigil.Attribution;

/// <summary>
/// Attributions to a poll or survey named in a prepositional phrase: "In an early-October CBS News poll, she
/// led Mr. Sanders 56 percent to 32 percent", "Clinton held a 24-point lead ... in a CNN national poll". The
/// cue is the preposition ("in"), the source the poll's noun phrase (up to a comma), the content the clause
/// the phrase opens or ends, without it. PolNeAR marks these as attributions (74 of them in train, the
/// source's head "poll" or "polls" in 38 and "survey" or "surveys" in 7), but a standing "in the polls" in
/// general only now and then, so only a single poll counts here; a poll that is the subject of a verb ("a
/// poll shows") is a verb's attribution already.
/// </summary>
internal static class SurveyCues
{
    private static readonly HashSet<string> Surveys = new(StringComparer.OrdinalIgnoreCase) { "poll", "survey" };

    public static IEnumerable<Quote> Find(Document document, DependencyTree tree, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (int noun = sentence.FirstToken; noun < sentence.EndToken; noun++)
        {
            // One poll, not "in the polls" (a candidate's standing in general, which annotators mostly leave alone).
            if (tokens[noun].Xpos != "NN" || !Surveys.Contains(tokens[noun].Lemma ?? "") || tokens[noun].DepRel is not ("obl" or "nmod")) continue;
            int preposition = tree.Child(noun, "case");
            if (preposition < 0 || !tokens[preposition].Form.Equals("in", StringComparison.OrdinalIgnoreCase)) continue;
            var (contentFirst, contentLast, sourceLast) = Opening(tokens, sentence, preposition) ?? Closing(tokens, tree, sentence, noun, preposition) ?? (-1, -1, -1);
            while (contentFirst < contentLast && tokens[contentFirst].Upos == "PUNCT") contentFirst++;
            while (contentLast > contentFirst && tokens[contentLast].Upos == "PUNCT") contentLast--;
            if (contentLast <= contentFirst || sourceLast <= preposition) continue;
            yield return new Quote
            {
                Id = "",
                Direct = false,
                Content = new SpanRef(tokens[contentFirst].Start, tokens[contentLast].End),
                Cue = new SpanRef(tokens[preposition].Start, tokens[preposition].End, document.Slice(tokens[preposition].Start, tokens[preposition].End)),
                Source = new SpanRef(tokens[preposition + 1].Start, tokens[sourceLast].End, document.Slice(tokens[preposition + 1].Start, tokens[sourceLast].End)),
            };
        }
    }

    /// <summary>
    /// "In a New York Times/CBS News survey released last Thursday, 79 percent of Democrats said ...": a phrase
    /// opening the sentence is the source up to its comma, and the rest of the sentence the content.
    /// </summary>
    private static (int ContentFirst, int ContentLast, int SourceLast)? Opening(Token[] tokens, Sentence sentence, int preposition)
    {
        if (preposition != sentence.FirstToken) return null;
        // (Up to the comma; a finite verb before it means the phrase is no opener: "In the poll he led ...".)
        for (int k = preposition + 2; k < sentence.EndToken; k++)
        {
            if (tokens[k].Form == ",") return (k + 1, sentence.EndToken - 1, k - 1);
            if (tokens[k].Upos is "VERB" or "AUX" && tokens[k].Xpos is not ("VBN" or "VBG")) return null;
        }
        return null;
    }

    /// <summary>
    /// "Hillary Clinton held a 24-point lead over Barack Obama among black voters in a CNN national poll.": a
    /// phrase that ends its clause is the source, and the clause before it the content.
    /// </summary>
    private static (int ContentFirst, int ContentLast, int SourceLast)? Closing(Token[] tokens, DependencyTree tree, Sentence sentence, int noun, int preposition)
    {
        int host = tokens[noun].Head;
        if (host < 0 || host > preposition || tokens[noun].DepRel != "obl" || tokens[host].Upos != "VERB" && tree.Child(host, "cop") < 0) return null;
        var (_, phraseLast) = tree.Subtree(noun);
        if (phraseLast + 1 < sentence.EndToken && tokens[phraseLast + 1].Form is not ("," or ";" or "." or "!" or "?")) return null;
        int hostFirst = tree.Subtree(host).First;
        int sourceLast = phraseLast;
        for (int k = preposition + 1; k <= phraseLast; k++)
        {
            if (tokens[k].Form is "," or ";") { sourceLast = k - 1; break; }
        }
        return (hostFirst, preposition - 1, sourceLast);
    }
}
