namespace Vigil.Tokenization;

/// <summary>
/// Groups tokens into sentences. A sentence ends at . ! ? or an ellipsis followed by something that can
/// start a sentence (a capital, a digit, an opening quote or bracket), with closing quotes and brackets
/// kept in the ending sentence; never after a title abbreviation ("Gen."); after other abbreviations
/// ("U.S.") only before a typical sentence starter. A paragraph break (a blank line) always ends a
/// sentence; a single line break does after a short line (a headline or dateline).
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>Longest sentence handed to the parser; longer runs (tables, lists) are cut.</summary>
    public const int MaxSentenceTokens = 250;

    private const int ShortLine = 60;

    private readonly Tokenizer _tokenizer;

    public SentenceSplitter(Tokenizer tokenizer)
    {
        _tokenizer = tokenizer;
    }

    /// <summary>Returns the index of the first token of each sentence (the first is always 0).</summary>
    public List<int> Split(string text, IReadOnlyList<RawToken> tokens)
    {
        var starts = new List<int>();
        if (tokens.Count == 0) return starts;
        starts.Add(0);
        int lineStart = 0;
        for (int i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            int sentenceStart = starts[^1];
            bool boundary;
            if (token.LineBreaksBefore >= 2) boundary = true;
            else if (starts.Count <= 3 && EndsDateline(text, tokens, sentenceStart, i)) boundary = true;
            else if (token.LineBreaksBefore == 1) boundary = LineBreakEndsSentence(text, tokens, i, lineStart);
            else boundary = PunctuationEndsSentence(text, tokens, i) || EndsHeaderField(text, tokens, i);
            if (!boundary && i - sentenceStart >= MaxSentenceTokens) boundary = true;
            if (boundary) starts.Add(i);
            if (token.LineBreaksBefore > 0) lineStart = i;
        }
        return starts;
    }

    /// <summary>
    /// "ANTUNEZ, Mexico (AP) — Soldiers ...": a dateline (capitalised place, optional country and agency,
    /// then a dash) opening the document or one of its first paragraphs (after a headline or a byline) is
    /// a sentence of its own, so it is never parsed as the subject of the sentence after it.
    /// </summary>
    private static bool EndsDateline(string text, IReadOnlyList<RawToken> tokens, int sentenceStart, int i)
    {
        if (i - sentenceStart < 2 || i - sentenceStart > 14 || sentenceStart > 0 && tokens[sentenceStart].LineBreaksBefore == 0) return false;
        var dash = tokens[i - 1];
        // ("WASHINGTON -- President Obama ...": or two hyphens standing for the dash, as typewriters and some papers write it.)
        bool doubleHyphen = dash.End - dash.Start == 2 && text[dash.Start] == '-' && text[dash.Start + 1] == '-';
        if (!doubleHyphen && (dash.End - dash.Start != 1 || !CharClasses.IsDash(text[dash.Start]) && text[dash.Start] != '-')) return false;
        // A hyphen inside a word ("PORT-AU-PRINCE") joins the name; a dateline's dash stands between spaces.
        if (text[dash.Start] == '-' && (dash.Start == 0 || !char.IsWhiteSpace(text[dash.Start - 1]))) return false;
        var first = text.AsSpan(tokens[sentenceStart].Start, tokens[sentenceStart].End - tokens[sentenceStart].Start);
        if (first.Length < 2) return false;
        foreach (var c in first)
        {
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        }
        return true;
    }

    private bool LineBreakEndsSentence(string text, IReadOnlyList<RawToken> tokens, int i, int lineStart)
    {
        var previous = tokens[i - 1];
        if (IsTerminal(text, previous) || PunctuationEndsSentence(text, tokens, i)) return true;
        if (!CanStartSentence(text, tokens[i])) return false;
        int lineLength = previous.End - tokens[lineStart].Start;
        char last = text[previous.End - 1];
        // A short line not ending mid-phrase is a headline, a dateline or a list item.
        return lineLength < ShortLine && last is not (',' or ';' or '-' or '(') && !IsConnector(text, previous);
    }

    /// <summary>
    /// Mail headers and signatures run on without punctuation: a time stamp after a date ("08/16/2000
    /// 12:05 PM I just wanted ...") or an address ("Kevin.Boone@accenture.com Our web address is ...")
    /// before a capitalised word ends the line's sentence.
    /// </summary>
    private static bool EndsHeaderField(string text, IReadOnlyList<RawToken> tokens, int i)
    {
        var next = tokens[i];
        if (!char.IsUpper(text[next.Start])) return false;
        var previous = text.AsSpan(tokens[i - 1].Start, tokens[i - 1].End - tokens[i - 1].Start);
        if (previous is "AM" or "PM" && i >= 3)
        {
            var time = text.AsSpan(tokens[i - 2].Start, tokens[i - 2].End - tokens[i - 2].Start);
            var date = text.AsSpan(tokens[i - 3].Start, tokens[i - 3].End - tokens[i - 3].Start);
            return time.Contains(':') && date.Count('/') == 2;
        }
        bool address = previous.Contains('@') && previous.LastIndexOf('.') > previous.IndexOf('@')
                       || previous.StartsWith("http", StringComparison.OrdinalIgnoreCase) || previous.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        return address && previous.Length > 6;
    }

    /// <summary>Whether the token before <paramref name="i"/> (after closing punctuation) ends a sentence.</summary>
    private bool PunctuationEndsSentence(string text, IReadOnlyList<RawToken> tokens, int i)
    {
        // Step back over closing quotes and brackets glued to the terminal mark: fired." | Beltran
        int j = i - 1;
        while (j > 0 && !tokens[j].SpaceBefore && tokens[j].End - tokens[j].Start == 1 && CharClasses.IsClosingPunctuation(text[tokens[j].Start])) j--;
        // A closing mark still glued to the next token is not the end: "fired."Beltran is rare; "’s" is not a quote.
        if (j < i - 1 && !tokens[i].SpaceBefore && tokens[i].LineBreaksBefore == 0) return false;
        var candidate = tokens[j];
        var next = tokens[i];
        // "Sen. Claire McCaskill (D-Mo.) said": a full stop inside a closing bracket before a lower-case word
        // ends an abbreviation, not the sentence.
        if (j < i - 1 && text[tokens[i - 1].Start] is ')' or ']' && char.IsLower(text[next.Start])) return false;
        // '"... in our country?" he asks.': nor does a question or exclamation closing a quotation before one.
        if (j < i - 1 && text[tokens[i - 1].Start] is '”' or '"' && text[tokens[j].Start] is '?' or '!' && char.IsLower(text[next.Start])) return false;
        // A closing quote or bracket glued to the terminal mark belongs to this sentence: over." | Beltran
        if (!next.SpaceBefore && next.LineBreaksBefore == 0 && next.End - next.Start == 1 && CharClasses.IsClosingPunctuation(text[next.Start])) return false;
        // After . ! ? a sentence ends even before a lowercase word: informal text often starts that way.
        // "Fax:? 203..." : a question mark glued to a colon is a form field, not the end of a question.
        if (IsTerminal(text, candidate) && !candidate.SpaceBefore && j > 0 && text[tokens[j - 1].End - 1] == ':') return false;
        if (IsTerminal(text, candidate))
        {
            // An ellipsis before a lowercase word usually trails off mid-sentence ("take care... it would").
            bool ellipsis = candidate.End - candidate.Start > 1 && text[candidate.Start] == '.' || text[candidate.Start] == '…';
            if (ellipsis && !CanStartSentence(text, next)) return false;
            return !(text[next.Start] is ',' or ';' or ':' or ')' or ']');
        }
        // An abbreviation that can also end a sentence: "... in the U.S. The army said".
        if (text[candidate.End - 1] == '.' && candidate.End - candidate.Start > 1)
        {
            var word = text.AsSpan(candidate.Start, candidate.End - candidate.Start);
            if (_tokenizer.Lexicon.IsTitle(word)) return false;
            // ("said in a post on X. Police said": the social network after a lower-case word is no person's initial; other
            // letters are, whatever comes before them: "nominated A. Noel Anketell Kramer", "the article by D. Singmaster".)
            if (word is "X." && j > 0 && IsLowerCaseWord(text, tokens[j - 1]) && char.IsUpper(text[next.Start])) return true;
            // ('... around 3 a.m. "They killed women": or a quotation that opens with one.)
            if (next.End - next.Start == 1 && text[next.Start] is '"' or '“' && i + 1 < tokens.Count && !tokens[i + 1].SpaceBefore) next = tokens[i + 1];
            var nextWord = text.AsSpan(next.Start, next.End - next.Start);
            // ("when the shooting began at about 10 a.m. Police and Assam Rifles troops returned fire": after the time of day,
            // any capitalised word but a day, a month or a time zone opens the next sentence; "10 a.m. Monday", "9 a.m. EST".)
            if (word.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || word.Equals("p.m.", StringComparison.OrdinalIgnoreCase))
                return nextWord.Length > 1 && char.IsUpper(nextWord[0]) && char.IsLower(nextWord[1]) && !DayOrMonth(nextWord);
            return _tokenizer.Lexicon.IsSentenceStarter(nextWord);
        }
        return false;
    }

    private static readonly string[] DaysAndMonths =
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];

    /// <summary>Whether the word names a day of the week or a month ("Monday", "Sept.", "December").</summary>
    private static bool DayOrMonth(ReadOnlySpan<char> word)
    {
        foreach (var name in DaysAndMonths)
        {
            if (word.StartsWith(name, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool IsLowerCaseWord(string text, RawToken token)
    {
        foreach (var c in text.AsSpan(token.Start, token.End - token.Start))
        {
            if (!char.IsLower(c)) return false;
        }
        return true;
    }

    private static bool IsTerminal(string text, RawToken token)
    {
        var span = text.AsSpan(token.Start, token.End - token.Start);
        if (span.Length == 0) return false;
        foreach (var c in span)
        {
            if (c is not ('.' or '!' or '?' or '…')) return false;
        }
        return true;
    }

    private static bool CanStartSentence(string text, RawToken token)
    {
        char c = text[token.Start];
        return char.IsUpper(c) || char.IsDigit(c) || CharClasses.IsOpeningPunctuation(c) || c is '\'' or '-' or '*' or '•'
               || CharClasses.IsDash(c) || CharClasses.IsCurrency(c) || !char.IsLetter(c) && c != ',' && c != '.';
    }

    private static bool IsConnector(string text, RawToken token)
    {
        var word = text.AsSpan(token.Start, token.End - token.Start);
        return word is "and" or "or" or "of" or "the" or "a" or "to" or "in" or "on" or "for" or "with" or "by";
    }
}
