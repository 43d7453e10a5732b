using Vigil.Documents;

namespace Vigil.Events;

/// <summary>Where a pattern context put the event's target and source (token indices of phrase heads, -1 when it named none).</summary>
public readonly record struct ContextMatch(int Target, int Source);

/// <summary>
/// Matches a <see cref="PatternContext"/> around a trigger: the elements after the trigger in reading
/// order within the trigger's clause, the elements before it backwards to the sentence start. Each element
/// takes its first occurrence (no backtracking, as PETRARCH's own matcher). "+" and "$" take the next
/// actor phrase, which <paramref name="phraseAt"/> reports for a token (its head, first and last token).
/// </summary>
public static class ContextMatcher
{
    public static ContextMatch? Match(PatternContext context, Token[] tokens, int trigger, int sentenceStart, int clauseEnd,
        Func<int, (int Head, int First, int Last)?> phraseAt)
    {
        // "% have *": the pattern is for a compound subject, so it needs coordinated names before the trigger.
        if (context.CompoundSubject && !CoordinationBefore(tokens, trigger, sentenceStart)) return null;
        int target = -1, source = -1;
        int position = trigger + 1;
        foreach (var element in context.After)
        {
            var found = Forward(element, tokens, position, clauseEnd, phraseAt);
            if (found is null) return null;
            Assign(element, found.Value.Head, ref target, ref source);
            position = found.Value.Next;
        }
        position = trigger - 1;
        foreach (var element in context.Before)
        {
            var found = Backward(element, tokens, position, sentenceStart, phraseAt);
            if (found is null) return null;
            Assign(element, found.Value.Head, ref target, ref source);
            position = found.Value.Next;
        }
        return new ContextMatch(target, source);
    }

    private static void Assign(ContextElement element, int head, ref int target, ref int source)
    {
        if (element.Kind == ContextElementKind.Target) target = head;
        else if (element.Kind == ContextElementKind.Source) source = head;
    }

    /// <summary>The element at or after <paramref name="from"/>: the position after it, and a phrase head for "+" and "$".</summary>
    private static (int Next, int Head)? Forward(ContextElement element, Token[] tokens, int from, int end,
        Func<int, (int Head, int First, int Last)?> phraseAt)
    {
        // An adjacent actor may still have a determiner or adjective before its phrase starts.
        if (element.Kind == ContextElementKind.Skip) return from < end ? (PhraseEnd(tokens, from, end), -1) : null;
        int last = element.Adjacent ? Math.Min(end - 1, from + (element.Kind == ContextElementKind.Word ? 0 : 2)) : end - 1;
        for (int p = from; p <= last; p++)
        {
            if (element.Kind == ContextElementKind.Word)
            {
                foreach (var words in element.Alternatives)
                {
                    if (WordsAt(words, tokens, p, end)) return (p + words.Length, -1);
                }
            }
            // ("vowed that those behind the attack would be brought to justice, according to a ministry statement": a source
            // after "according to" is no actor the act is done to.)
            else if (phraseAt(p) is { } phrase && !AfterAccordingTo(tokens, phrase.First)) return (phrase.Last + 1, phrase.Head);
        }
        return null;
    }

    private static bool AfterAccordingTo(Token[] tokens, int first) =>
        first >= 2 && tokens[first - 1].Form.Equals("to", StringComparison.OrdinalIgnoreCase) && tokens[first - 2].Form.Equals("according", StringComparison.OrdinalIgnoreCase);

    /// <summary>The element ending at or before <paramref name="from"/>, reading backwards.</summary>
    private static (int Next, int Head)? Backward(ContextElement element, Token[] tokens, int from, int start,
        Func<int, (int Head, int First, int Last)?> phraseAt)
    {
        if (element.Kind == ContextElementKind.Skip) return from >= start ? (PhraseStart(tokens, from, start) - 1, -1) : null;
        int last = element.Adjacent ? Math.Max(start, from) : start;
        for (int p = from; p >= last; p--)
        {
            if (element.Kind == ContextElementKind.Word)
            {
                foreach (var words in element.Alternatives)
                {
                    int begin = p - words.Length + 1;
                    if (begin >= start && WordsAt(words, tokens, begin, from + 1)) return (begin - 1, -1);
                }
            }
            else if (phraseAt(p) is { } phrase) return (phrase.First - 1, phrase.Head);
        }
        return null;
    }

    /// <summary>
    /// The position after the phrase "^" skips from <paramref name="from"/>: prepositions, then a noun
    /// phrase's determiners, modifiers and nouns ("with the parliament", "Osgiliath"), or else one word.
    /// </summary>
    private static int PhraseEnd(Token[] tokens, int from, int end)
    {
        int p = from;
        while (p < end && tokens[p].Upos == "ADP") p++;
        while (p < end && tokens[p].Upos is "DET" or "ADJ" or "NUM" or "PRON" or "NOUN" or "PROPN")
        {
            p++;
            if (tokens[p - 1].Upos is "NOUN" or "PROPN" && (p == end || tokens[p].Upos is not ("NOUN" or "PROPN"))) break;
        }
        return p == from ? from + 1 : p;
    }

    /// <summary>The first position of the phrase "^" skips reading backwards from <paramref name="from"/> (see <see cref="PhraseEnd"/>).</summary>
    private static int PhraseStart(Token[] tokens, int from, int start)
    {
        int p = from;
        while (p >= start && tokens[p].Upos is "DET" or "ADJ" or "NUM" or "PRON" or "NOUN" or "PROPN") p--;
        while (p >= start && tokens[p].Upos == "ADP") p--;
        return p == from ? from : p + 1;
    }

    private static bool CoordinationBefore(Token[] tokens, int trigger, int sentenceStart)
    {
        for (int p = sentenceStart; p < trigger; p++)
        {
            if (tokens[p].DepRel == "conj" && tokens[p].Upos is "NOUN" or "PROPN" && tokens[p].Head >= sentenceStart && tokens[p].Head < p) return true;
        }
        return false;
    }

    private static bool WordsAt(string[] words, Token[] tokens, int at, int end)
    {
        if (at < 0 || at + words.Length > end) return false;
        for (int k = 0; k < words.Length; k++)
        {
            if (!PatternContext.WordMatches(words[k], tokens[at + k].Form, tokens[at + k].Lemma)) return false;
        }
        return true;
    }
}
