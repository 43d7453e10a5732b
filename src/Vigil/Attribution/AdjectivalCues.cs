using Vigil.Documents;

namespace Vigil.Attribution;

/// <summary>
/// Attributions made by an adjective of knowing or feeling with the clause it governs: "she was sure Trump
/// would triumph", "Many Democrats are afraid that ...", "it's obvious that they are wasting their breath".
/// The cue runs from the copula (and an expletive "it" before it) to the adjective, the source is the
/// subject (none after "it": the writer's own judgement), the content the clause. Only a closed list of
/// adjectives: "it is important that ..." states no one's belief.
/// </summary>
internal static class AdjectivalCues
{
    private static readonly HashSet<string> Adjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "sure", "certain", "confident", "convinced", "afraid", "worried", "concerned", "aware", "clear", "obvious", "unclear",
        "apparent", "evident", "determined", "adamant", "hopeful", "skeptical", "doubtful",
    };

    public static IEnumerable<Quote> Find(Document document, DependencyTree tree, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (int adjective = sentence.FirstToken; adjective < sentence.EndToken; adjective++)
        {
            if (tokens[adjective].Upos != "ADJ" || !Adjectives.Contains(tokens[adjective].Form)) continue;
            int copula = tree.Child(adjective, "cop");
            if (copula < 0 || copula > adjective) continue;
            int clause = tree.Children(adjective).FirstOrDefault(c => c > adjective && tokens[c].DepRel == "ccomp"
                && (tree.Child(c, "nsubj", "nsubj:pass", "expl") >= 0 || tree.Child(c, "mark") >= 0), -1);
            if (clause < 0) continue;
            int subject = tree.Child(adjective, "nsubj", "expl");
            bool expletive = subject >= 0 && tokens[subject].Form.Equals("it", StringComparison.OrdinalIgnoreCase) && subject < adjective
                             && (tokens[subject].DepRel == "expl" || tree.Child(clause, "mark") >= 0 || subject + 1 == copula);
            int cueFirst = expletive ? Math.Min(subject, copula) : copula;
            var (contentFirst, contentLast) = tree.Subtree(clause);
            if (contentFirst <= adjective) contentFirst = adjective + 1;
            while (contentLast > contentFirst && tokens[contentLast].Upos == "PUNCT") contentLast--;
            SpanRef? source = null;
            if (subject >= 0 && !expletive)
            {
                var (first, last) = tree.Subtree(subject);
                if (last >= cueFirst) last = cueFirst - 1;
                if (last >= first) source = new SpanRef(tokens[first].Start, tokens[last].End, document.Slice(tokens[first].Start, tokens[last].End));
            }
            if (!expletive && source is null) continue;
            yield return new Quote
            {
                Id = "",
                Direct = false,
                Content = new SpanRef(tokens[contentFirst].Start, tokens[contentLast].End),
                Cue = new SpanRef(tokens[cueFirst].Start, tokens[adjective].End, document.Slice(tokens[cueFirst].Start, tokens[adjective].End)),
                Source = source,
            };
        }
    }
}
