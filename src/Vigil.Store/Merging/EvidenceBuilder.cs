using Vigil.Documents;
using Vigil.Store.Model;

namespace Vigil.Store.Merging;

/// <summary>
/// The sentence that supports an event, with the actor, trigger, place, date and count spans marked
/// relative to it, and the attribution chain of the quote the event is reported under.
/// </summary>
public static class EvidenceBuilder
{
    /// <summary>How much text around the trigger stands in for a sentence when the document has no sentence split.</summary>
    private const int FallbackContext = 200;

    public static Evidence Build(Document document, Event e)
    {
        var sentence = SentenceOf(document, e);
        var text = document.Text[sentence.Start..sentence.End];
        var highlights = new List<Highlight>();
        // Order is priority: when spans overlap, the earlier kind wins.
        Add(highlights, sentence, "trigger", e.Trigger.Start, e.Trigger.End);
        if (e.Actor1 is { } a1) Add(highlights, sentence, "actor1", a1.Start, a1.End);
        if (e.Actor2 is { } a2) Add(highlights, sentence, "actor2", a2.Start, a2.End);
        if (e.Place is { } place) Add(highlights, sentence, "place", place.Start, place.End);
        if (e.Date is { Text.Length: > 0 } date) AddFound(highlights, sentence, text, "date", date.Text);
        if (e.Fatalities is { Text.Length: > 0 } dead) AddFound(highlights, sentence, text, "fatalities", dead.Text);
        highlights.Sort((x, y) => x.Start.CompareTo(y.Start));
        return new Evidence
        {
            SentenceStart = sentence.Start,
            Sentence = text,
            Highlights = highlights,
            Attribution = AttributionOf(document, e),
            Tolls = TollsOf(document, e),
        };
    }

    private static List<TollReport> TollsOf(Document document, Event e) =>
        e.Fatalities?.Reports is { } reports
            ? reports.Select(r => new TollReport(r.Min, r.Max, r.Text, document.Quotes.FirstOrDefault(q => q.Id == r.Quote)?.Source is { } source ? TextOf(document, source) : null)).ToList()
            : [];

    private static TextSpan SentenceOf(Document document, Event e)
    {
        var trigger = e.Trigger.Span;
        if (e.Sentence >= 0 && e.Sentence < document.Sentences.Count && document.Sentences[e.Sentence].Span.Covers(trigger))
            return document.Sentences[e.Sentence].Span;
        int index = document.SentenceAt(Math.Clamp(trigger.Start, 0, Math.Max(0, document.Text.Length - 1)));
        if (index >= 0) return document.Sentences[index].Span;
        int start = Math.Clamp(trigger.Start - FallbackContext, 0, document.Text.Length);
        int end = Math.Clamp(trigger.End + FallbackContext, start, document.Text.Length);
        return new TextSpan(start, end);
    }

    private static void Add(List<Highlight> highlights, TextSpan sentence, string kind, int start, int end)
    {
        var span = new TextSpan(Math.Max(start, sentence.Start), Math.Min(end, sentence.End));
        if (span.IsEmpty) return;
        var relative = new Highlight(kind, span.Start - sentence.Start, span.End - sentence.Start);
        if (highlights.Any(h => h.Start < relative.End && relative.Start < h.End)) return;
        highlights.Add(relative);
    }

    /// <summary>Dates and counts carry their words but no offsets: mark their first occurrence in the sentence.</summary>
    private static void AddFound(List<Highlight> highlights, TextSpan sentence, string sentenceText, string kind, string words)
    {
        int at = sentenceText.IndexOf(words, StringComparison.Ordinal);
        if (at >= 0) Add(highlights, sentence, kind, sentence.Start + at, sentence.Start + at + words.Length);
    }

    private static List<AttributionLink> AttributionOf(Document document, Event e)
    {
        var chain = new List<AttributionLink>();
        if (e.Quote is null) return chain;
        var quote = document.Quotes.FirstOrDefault(q => q.Id == e.Quote);
        if (quote is null) return chain;
        if (quote.Source is { } source) chain.Add(new AttributionLink("source", TextOf(document, source)));
        if (quote.Cue is { } cue) chain.Add(new AttributionLink("cue", TextOf(document, cue)));
        foreach (var via in quote.Via) chain.Add(new AttributionLink("via", TextOf(document, via)));
        return chain;
    }

    private static string TextOf(Document document, SpanRef span) =>
        span.Text ?? (span.Start >= 0 && span.End <= document.Text.Length && span.Start < span.End
            ? document.Text[span.Start..span.End] : "");
}
