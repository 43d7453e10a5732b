using Vigil.Documents;

namespace Vigil.Attribution;

/// <summary>
/// Speech marked by layout rather than by a verb:
/// <list type="bullet">
/// <item>a speaker label opening a line, as in interview transcripts and headlines ("PENCE: Well, look ...",
/// "Pat Caddell: Democrat voters worried ..."): the cue is the colon, the content the rest of the line;</item>
/// <item>a dash byline after a quotation (“...” ― Sonya Herridge): the cue is the dash.</item>
/// </list>
/// </summary>
internal static class LabelledSpeech
{
    private const int MaxLabelWords = 4;

    /// <summary>Line labels that introduce something other than speech.</summary>
    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "update", "note", "editor", "editor's note", "photo", "photos", "video", "watch", "read", "breaking", "related",
        "source", "sources", "correction", "disclosure", "q", "a", "question", "answer", "tags", "share", "image", "credit",
        "clarification", "the latest", "latest",
    };

    public static IEnumerable<Quote> Find(Document document)
    {
        var text = document.Text;
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            if (SpeakerLabel(document, lineStart, lineEnd) is { } labelled) yield return labelled;
            if (DashByline(document, lineStart, lineEnd) is { } byline) yield return byline;
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>The speaker label that opens a line ("PENCE:", '"WALLACE:'), as the label and its colon, or null.</summary>
    internal static (int LabelStart, int Colon, string Label)? Label(string text, int lineStart, int lineEnd)
    {
        int colon = text.IndexOf(':', lineStart, lineEnd - lineStart);
        if (colon < 0) return null;
        int labelStart = SkipSpaces(text, lineStart, colon);
        // A transcript quoted paragraph by paragraph opens each with a quotation mark: "WALLACE: ...
        if (labelStart < colon && text[labelStart] is '"' or '“') labelStart = SkipSpaces(text, labelStart + 1, colon);
        var label = text[labelStart..colon].TrimEnd();
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxLabelWords || NotSpeakers.Contains(label)) return null;
        // A name: every word capitalized ("Pat Caddell", "WALLACE", "Sen. Warren"), no digits (not "10:30").
        if (!words.All(w => char.IsUpper(w[0]) && !w.Any(char.IsDigit))) return null;
        return (labelStart, colon, label);
    }

    private static Quote? SpeakerLabel(Document document, int lineStart, int lineEnd)
    {
        var text = document.Text;
        if (Label(text, lineStart, lineEnd) is not var (labelStart, colon, label) || ReadsAsATitle(document, labelStart, colon)) return null;
        int contentStart = SkipSpaces(text, colon + 1, lineEnd);
        int contentEnd = lineEnd;
        while (contentEnd > contentStart && char.IsWhiteSpace(text[contentEnd - 1])) contentEnd--;
        // (The mark that closes a quoted transcript closes the quotation, not what was said.)
        bool quotedLine = text.AsSpan(lineStart, labelStart - lineStart).IndexOfAny('"', '“') >= 0;
        if (quotedLine && contentEnd > contentStart && text[contentEnd - 1] is '"' or '”') contentEnd--;
        if (contentEnd - contentStart < 10) return null;
        var cue = new SpanRef(colon, colon + 1, ":");
        // ('Said Ellis: “I don’t get the sense ...”': an inverted verb of saying is the cue, the name after it the
        // source, and a quotation after the colon is quoted speech.)
        int space = label.IndexOf(' ');
        if (space > 0 && InvertedVerbs.Contains(label[..space]))
        {
            cue = new SpanRef(labelStart, labelStart + space, label[..space]);
            int nameStart = SkipSpaces(text, labelStart + space, colon);
            (labelStart, label) = (nameStart, text[nameStart..colon].TrimEnd());
        }
        bool quoted = text[contentStart] is '"' or '“' && text[contentEnd - 1] is '"' or '”';
        if (quoted) (contentStart, contentEnd) = (contentStart + 1, contentEnd - 1);
        return new Quote
        {
            Id = "",
            Direct = quoted,
            Content = new SpanRef(contentStart, contentEnd),
            Cue = cue,
            Source = new SpanRef(labelStart, labelStart + label.Length, label),
        };
    }

    /// <summary>
    /// A headline's title before its colon rather than a name: it has a verb or a preposition other than
    /// "of" ("The Gap Goes On:", "Stealth Over Health:"; not "Secretary of State John Kerry:").
    /// </summary>
    private static bool ReadsAsATitle(Document document, int labelStart, int colon)
    {
        var tokens = document.Tokens;
        for (int i = document.FirstTokenFrom(labelStart); i < tokens.Length && tokens[i].End <= colon; i++)
        {
            var token = tokens[i];
            // (A title-case headline's preposition may be tagged as part of a name: "Stealth Over Health".)
            if (token.Upos is "VERB" or "AUX" || token.Upos == "ADP" && !token.Form.Equals("of", StringComparison.OrdinalIgnoreCase)
                || TitlePrepositions.Contains(token.Form)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> TitlePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "over", "under", "with", "without", "for", "to", "in", "on", "at", "from", "by", "into", "after", "before", "against",
    };

    /// <summary>Verbs of saying that open a line before their speaker ("Said Ellis:").</summary>
    private static readonly HashSet<string> InvertedVerbs = new(StringComparer.Ordinal) { "Said", "Says", "Added", "Adds", "Asked", "Asks", "Wrote", "Writes" };

    private static Quote? DashByline(Document document, int lineStart, int lineEnd)
    {
        var text = document.Text;
        if (lineEnd <= lineStart) return null;   // (an empty line, as the first of a text can be)
        int dash = text.LastIndexOfAny(['―', '—'], lineEnd - 1, lineEnd - lineStart);
        if (dash <= lineStart) return null;
        int before = dash - 1;
        while (before > lineStart && char.IsWhiteSpace(text[before])) before--;
        if (text[before] is not ('”' or '"')) return null;
        int nameStart = SkipSpaces(text, dash + 1, lineEnd);
        int nameEnd = lineEnd;
        while (nameEnd > nameStart && (char.IsWhiteSpace(text[nameEnd - 1]) || text[nameEnd - 1] is '.' or ',')) nameEnd--;
        var name = text[nameStart..nameEnd];
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxLabelWords + 4 || !char.IsUpper(name[0])) return null;
        int contentStart = SkipSpaces(text, lineStart, before);
        return new Quote
        {
            Id = "",
            Direct = true,
            Content = new SpanRef(contentStart, before + 1),
            Cue = new SpanRef(dash, dash + 1, text[dash].ToString()),
            Source = new SpanRef(nameStart, nameEnd, name),
        };
    }

    private static int SkipSpaces(string text, int from, int limit)
    {
        while (from < limit && char.IsWhiteSpace(text[from])) from++;
        return from;
    }
}
