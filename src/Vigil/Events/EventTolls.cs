using Vigil.Documents;

namespace Vigil.Events;

/// <summary>
/// The casualty fields of an article's events once they are coded: a sentence's toll kept with the acts
/// whose clause holds it, tolls revised or stated later, and tolls that sources dispute.
/// </summary>
internal static class EventTolls
{
    /// <summary>
    /// "Separatist fighters ambushed a convoy ..., killing seven soldiers, and hours later gunmen abducted
    /// 11 students": a sentence's toll belongs to the acts whose clause holds its words, when some does,
    /// not to every act of violence in the sentence.
    /// </summary>
    public static void KeepSentenceTollsWithTheirClauses(Document document, List<int>[] children)
    {
        foreach (var group in document.Events.Where(e => e.Fatalities is not null || e.Injuries is not null).GroupBy(e => e.Sentence))
        {
            if (group.Count() < 2) continue;
            var sentence = document.Sentences[group.Key];
            foreach (var toll in group.Select(e => e.Fatalities).Concat(group.Select(e => e.Injuries)).OfType<CasualtyCount>().Distinct().ToList())
            {
                int at = document.Text.IndexOf(toll.Text, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal);
                if (at < 0) continue;
                var holding = group.Where(e => e.Fatalities == toll || e.Injuries == toll).ToList();
                var inClause = holding.Where(e => ClauseSpan(document, children, e) is var (start, end) && start <= at && at < end).ToList();
                if (inClause.Count == 0) continue;
                foreach (var e in holding.Except(inClause))
                {
                    if (e.Fatalities == toll) e.Fatalities = null;
                    if (e.Injuries == toll) e.Injuries = null;
                }
            }
        }
    }

    /// <summary>The characters the event's trigger and its dependents cover.</summary>
    private static (int Start, int End) ClauseSpan(Document document, List<int>[] children, Event e)
    {
        int trigger = document.TokenStartingAt(e.Trigger.Start);
        if (trigger < 0) return (e.Trigger.Start, e.Trigger.End);
        int first = trigger, last = trigger;
        var pending = new Stack<int>(children[trigger]);
        while (pending.Count > 0)
        {
            int t = pending.Pop();
            first = Math.Min(first, t);
            last = Math.Max(last, t);
            foreach (var c in children[t]) pending.Push(c);
        }
        return (document.Tokens[first].Start, document.Tokens[last].End);
    }

    /// <summary>
    /// "The provincial police initially said five civilians had been killed. ... bringing the toll to 11":
    /// a toll revised in a later sentence (up to three after) is the current count of the last
    /// attack with a toll before it, unless that sentence reports a violent event of its own.
    /// </summary>
    public static void ApplyRevisedTolls(Document document)
    {
        for (int s = 1; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            if (document.Events.Any(e => e.Sentence == s && e.Plover.Type == "ASSAULT")) continue;
            var attack = document.Events.LastOrDefault(e => e.Sentence < s && e.Sentence >= s - 3 && e.Fatalities is not null && e.Plover.Type == "ASSAULT");
            if (attack is null) continue;
            // A vague first count ("killing several policemen") gives way to the first figure stated after it
            // ("The Interior Ministry put the death toll at seven").
            bool vague = attack.Fatalities!.Text.Split(' ').Any(w => NumberWords.Vague(w) is not null);
            if (CasualtyFinder.RevisedToll(document, sentence.FirstToken, sentence.EndToken, orStated: vague) is { } toll) attack.Fatalities = toll;
        }
    }

    /// <summary>Different death tolls in one article, or an unconfirmed one, make every toll disputed.</summary>
    public static void MarkDisputedTolls(Document document)
    {
        var tolls = document.Events.Where(e => e.Fatalities is not null).ToList();
        bool differ = tolls.Select(e => (e.Fatalities!.Min, e.Fatalities.Max)).Distinct().Count() > 1;
        bool unconfirmed = document.Text.Contains("not confirmed", StringComparison.OrdinalIgnoreCase)
                           || document.Text.Contains("could not be confirmed", StringComparison.OrdinalIgnoreCase);
        if (!differ && !unconfirmed) return;
        foreach (var e in tolls) e.Fatalities = e.Fatalities! with { Disputed = true };
    }
}
