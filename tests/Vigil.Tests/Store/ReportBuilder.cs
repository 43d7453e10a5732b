using Vigil.Documents;

namespace Vigil.Tests.Store;

/// <summary>
/// Builds a document with hand-made annotations, the way the pipeline would leave it: sentences split at
/// ". ", and events, places and quotes whose spans are found by searching the text for their words.
/// </summary>
public sealed class ReportBuilder(string text)
{
    private readonly Document _document = BuildSentences(new Document(text));
    private int _events;

    public ReportBuilder From(string source, string published, string? url = null, string? title = null)
    {
        _document.Source = source;
        _document.Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        _document.Url = url;
        _document.Title = title;
        return this;
    }

    public sealed record PlaceSpec(string Words, double Lat, double Lon, string Country, string Admin1, string Precision = "town", long GeonamesId = 0);

    public ReportBuilder Event(string trigger, string cameo, string plover,
        (string Type, string Sub)? acled = null,
        (string Words, string? Code)? actor1 = null,
        (string Words, string? Code)? actor2 = null,
        PlaceSpec? place = null,
        (string? Value, string Precision, string Words)? date = null,
        (int Min, string Words)? killed = null,
        string modality = Modalities.Asserted,
        (string Speaker, string Cue, string[] Via)? quote = null,
        (string Words, string? Code)[]? associated = null,
        (string Words, string? Code)[]? actingWith = null)
    {
        var triggerSpan = Find(trigger);
        var e = new Event
        {
            Id = $"V{++_events}",
            Sentence = _document.SentenceAt(triggerSpan.Start),
            Trigger = new SpanRef(triggerSpan.Start, triggerSpan.End, trigger),
            Cameo = cameo,
            Plover = new PloverCode(plover, null),
            Acled = acled is { } a ? new AcledCode(a.Type, a.Sub) : null,
            Actor1 = actor1 is { } a1 ? Actor(a1.Words, a1.Code) : null,
            Actor2 = actor2 is { } a2 ? Actor(a2.Words, a2.Code) : null,
            Date = date is { } d ? new EventDate(d.Value, d.Precision, d.Words) : null,
            Fatalities = killed is { } k ? new CasualtyCount(k.Min, k.Min, k.Words, false) : null,
            Modality = modality,
            Confidence = 0.8,
            Actor1Associated = actingWith?.Select(a => Actor(a.Words, a.Code)).ToList() ?? [],
            Actor2Associated = associated?.Select(a => Actor(a.Words, a.Code)).ToList() ?? [],
        };
        if (place is { } p)
        {
            var span = Find(p.Words);
            long geonamesId = p.GeonamesId != 0 ? p.GeonamesId : p.Words.Sum(c => (long)c) * 31;
            e.Place = new EventPlace(span.Start, span.End, p.Words, geonamesId, p.Lat, p.Lon, p.Precision);
            _document.Places.Add(new Place
            {
                Start = span.Start, End = span.End, Text = p.Words, Name = p.Words, GeonamesId = geonamesId,
                Lat = p.Lat, Lon = p.Lon, Country = p.Country, Admin1 = p.Admin1, Feature = "PPL", Score = 0.9,
            });
        }
        if (quote is { } q)
        {
            var speaker = Find(q.Speaker);
            var cue = Find(q.Cue);
            var quoteId = $"Q{_document.Quotes.Count + 1}";
            var attribution = new Quote
            {
                Id = quoteId, Direct = false, Content = new SpanRef(0, speaker.Start),
                Source = new SpanRef(speaker.Start, speaker.End, q.Speaker), Cue = new SpanRef(cue.Start, cue.End, q.Cue),
            };
            foreach (var via in q.Via)
            {
                var v = Find(via);
                attribution.Via.Add(new SpanRef(v.Start, v.End, via));
            }
            _document.Quotes.Add(attribution);
            e.Quote = quoteId;
        }
        _document.Events.Add(e);
        return this;
    }

    public Document Build() => _document;

    private EventActor Actor(string words, string? code)
    {
        var span = Find(words);
        return new EventActor(span.Start, span.End, words, null, code, code?[..3], code is { Length: 6 } ? code[3..] : null);
    }

    private TextSpan Find(string words)
    {
        int at = _document.Text.IndexOf(words, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{words}' is not in the text");
        return new TextSpan(at, at + words.Length);
    }

    private static Document BuildSentences(Document document)
    {
        var text = document.Text;
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf(". ", start, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end + 1;
            document.Sentences.Add(new Sentence(start, end, 0, 0));
            start = end;
            while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        }
        return document;
    }
}
