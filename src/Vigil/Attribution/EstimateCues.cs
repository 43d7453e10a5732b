using Vigil.Documents;

namespace Vigil.Attribution;

/// <summary>
/// Figures a source puts somewhere: "a regional rights group put the death toll at five", "Subsequent estimates
/// put the figure closer to 54,000 pages" (PolNeAR marks "put" as the cue, the figure and where it is put as the
/// content). News gives casualty counts this way, and a count must keep who gave it; the verb alone ("put",
/// "placed", "set") reports nothing, so only a count or figure put at a number makes an attribution.
/// </summary>
internal static class EstimateCues
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase) { "put", "place", "set", "estimate" };
    private static readonly HashSet<string> Figures = new(StringComparer.OrdinalIgnoreCase) { "toll", "number", "figure", "count", "total", "tally" };

    public static IEnumerable<Quote> Find(Document document, DependencyTree tree, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (int verb = sentence.FirstToken; verb < sentence.EndToken; verb++)
        {
            if (tokens[verb].Upos != "VERB" || !Verbs.Contains(tokens[verb].Lemma ?? "")) continue;
            int subject = tree.Child(verb, "nsubj"), figure = tree.Child(verb, "obj");
            if (subject < 0 || subject > verb || figure < verb || !Figures.Contains(tokens[figure].Lemma ?? "")) continue;
            // Where the figure is put: "at five", "closer to 54,000", "as high as 70": a phrase with a number, in the
            // figure's own phrase or the verb's (not "in a statement", nor a clause after it, "saying ...").
            var (figureFirst, end) = tree.Subtree(figure);
            foreach (var child in tree.Children(verb))
            {
                if (child <= figure || tokens[child].DepRel is not ("obl" or "advmod" or "xcomp")) continue;
                var phrase = tree.Subtree(child);
                if (HasANumber(tokens, phrase)) end = Math.Max(end, phrase.Last);
            }
            while (end > figure && tokens[end].Upos == "PUNCT") end--;
            if (!HasANumber(tokens, (figure + 1, end))) continue;
            var (sourceFirst, sourceLast) = tree.Subtree(subject);
            // (Without the commas or semicolon the parser left at the ends of the subject's phrase.)
            while (sourceLast > sourceFirst && tokens[sourceLast].Form is "," or ";") sourceLast--;
            while (sourceFirst < sourceLast && tokens[sourceFirst].Form is "," or ";") sourceFirst++;
            yield return new Quote
            {
                Id = "",
                Direct = false,
                Content = new SpanRef(tokens[figureFirst].Start, tokens[end].End),
                Cue = new SpanRef(tokens[verb].Start, tokens[verb].End, tokens[verb].Form),
                Source = new SpanRef(tokens[sourceFirst].Start, tokens[sourceLast].End, document.Slice(tokens[sourceFirst].Start, tokens[sourceLast].End)),
            };
        }
    }

    private static bool HasANumber(Token[] tokens, (int First, int Last) words)
    {
        for (int t = words.First; t <= words.Last; t++)
        {
            if (tokens[t].Upos == "NUM") return true;
        }
        return false;
    }
}
