using Vigil.Documents;

namespace Vigil.Attribution;

/// <summary>
/// Attributions of direct quotations read off their typography rather than the parse, which often
/// misreads quoted speech ("said" parsed as a relative clause of the quotation's verb):
/// <list type="bullet">
/// <item>after the quotation: “...,” she said / “...,” said the spokesman / “...,” Rep. X (D-N.C.) also said;</item>
/// <item>before it: X said: “...” / X said in a statement, “...”.</item>
/// </list>
/// A quotation interrupted by its attribution and resumed in the same paragraph (“Here he is,” she said.
/// “Donald’s here.”) is one content span from the first quotation's start to the second's end, as
/// PolNeAR annotates it.
/// </summary>
internal sealed class QuotationCues
{
    private const int MaxSourceTokens = 10;
    private readonly IReadOnlySet<string> _cues;

    public QuotationCues(IReadOnlySet<string> cueLemmas) => _cues = cueLemmas;

    /// <summary>One attributed quotation and the token of its cue verb.</summary>
    public sealed record Match(Quote Quote, int CueToken);

    /// <param name="quotations">The document's quotation spans (<see cref="AttributionStage.QuotationSpans"/>).</param>
    public List<Match> Find(Document document, DependencyTree tree, IReadOnlyList<(int Start, int End)> quotations)
    {
        var matches = new List<Match>();
        for (int q = 0; q < quotations.Count; q++)
        {
            var (start, end) = quotations[q];
            if (end - start < 2) continue;
            int cue = CueAfter(document, tree, end, out int sourceFirst, out int sourceLast);
            int contentStart = start;
            // However laudable the goal, using the tax “is a misguided approach,” Mr. Burman said: a quotation
            // that finishes a sentence the speaker's words began is reported with the whole sentence.
            if (cue >= 0) contentStart = SentenceStartBefore(document, start);
            if (cue < 0) cue = CueBefore(document, tree, start, out sourceFirst, out sourceLast);
            if (cue < 0) continue;
            int contentEnd = end;
            // “...,” she said. “...”: the resumed quotation in the same paragraph belongs to the same content.
            int attributionEnd = Math.Max(document.Tokens[cue].End, sourceLast >= 0 ? document.Tokens[sourceLast].End : 0);
            if (cue > 0 && document.Tokens[cue].Start > end && q + 1 < quotations.Count && ResumesAfter(document, cue, attributionEnd, quotations[q + 1].Start)
                && EndsItsSentence(document, quotations[q + 1].End))
            {
                contentEnd = quotations[q + 1].End;
                q++;
            }
            var tokens = document.Tokens;
            // The comma that hands over to the attribution is not part of what was said.
            while (contentEnd > contentStart && (char.IsWhiteSpace(document.Text[contentEnd - 1]) || document.Text[contentEnd - 1] is ',' or ';' or ':')) contentEnd--;
            var quote = new Quote
            {
                Id = "",
                Direct = true,
                Content = new SpanRef(contentStart, contentEnd),
                Cue = AttributionStage.CueSpan(document, tree, cue),
                Source = sourceFirst >= 0 ? new SpanRef(tokens[sourceFirst].Start, tokens[sourceLast].End, document.Slice(tokens[sourceFirst].Start, tokens[sourceLast].End)) : null,
            };
            matches.Add(new Match(quote, cue));
        }
        return matches;
    }

    /// <summary>“...,” she said / “...,” said X: the cue right after the closing mark, with its source.</summary>
    private int CueAfter(Document document, DependencyTree tree, int closingMark, out int sourceFirst, out int sourceLast)
    {
        sourceFirst = sourceLast = -1;
        var tokens = document.Tokens;
        int k = document.FirstTokenFrom(closingMark + 1);
        while (k < tokens.Length && tokens[k].Upos == "PUNCT" && tokens[k].Form is "'" or "''" or "\"" or "”") k++;
        if (k >= tokens.Length || CrossesParagraph(document.Text, closingMark + 1, tokens[k].Start)) return -1;
        if (IsCue(tokens[k]))
        {
            // said X: the source runs to the next punctuation that is not inside the name ("Rep. X (D-N.C.)"), or the next
            // verb that is not a participle modifying a noun of it ("said one of the released men").
            int last = k;
            while (last + 1 < tokens.Length && last - k < MaxSourceTokens && (tokens[last + 1].Upos != "PUNCT" || JoinsAWord(tokens, last + 1))
                   && (tokens[last + 1].Upos is not ("VERB" or "AUX") || tokens[last + 1].DepRel == "amod" && tokens[last + 1].Head > last + 1)) last++;
            if (last == k) return -1;
            // ("said Rep. G.K. Butterfield (D-N.C.), head of ...": a short bracket after the name is part of it.)
            if (last > k && last + 1 < tokens.Length && tokens[last + 1].Form == "(")
            {
                int closed = last + 2;
                while (closed < tokens.Length && closed <= last + 6 && tokens[closed].Form != ")" && tokens[closed].Upos is "PROPN" or "NOUN" or "PUNCT" or "SYM" or "X") closed++;
                if (closed < tokens.Length && tokens[closed].Form == ")" && closed > last + 2) last = closed;
            }
            // ("said the group's head of mission, Caroline Seguin": and the name in apposition after the comma.)
            if (last + 2 < tokens.Length && tokens[last + 1].Form == "," && tokens[last + 2].Upos == "PROPN" && tokens[last + 2].DepRel == "appos"
                && tokens[last + 2].Head is var noun && noun > k && noun <= last)
            {
                int name = last + 2;
                // ("said Sen. Richard Blumenthal, D-Conn.": a party and state joined by a hyphen are one.)
                while (name + 1 < tokens.Length && (tokens[name + 1].Upos == "PROPN" && tokens[name + 1].Head == last + 2
                                                    || JoinsAWord(tokens, name + 1) && name + 2 < tokens.Length && tokens[name + 2].Upos == "PROPN")) name++;
                last = name;
            }
            // ("said Kenneth Baer, a former Obama administration official who runs Crosscut Strategies": or the
            // speaker's role in apposition, as PolNeAR marks the source; "said Leslie Feldman, 34, a plaintiff in the
            // lawsuit": after an age between commas too.)
            else
            {
                int named = last;
                if (named + 3 < tokens.Length && tokens[named + 1].Form == "," && tokens[named + 2].Upos == "NUM" && tokens[named + 3].Form == ",") named += 2;
                if (named + 2 < tokens.Length && tokens[named + 1].Form == "," && RoleInApposition(tokens, tree, k, k + 1, named) is >= 0 and var role)
                    last = role;
            }
            // ("said a farmer who fled to Aguililla with his family": a restrictive relative clause says which
            // farmer, and is part of the source, as before a cue.)
            if (last + 1 < tokens.Length && tokens[last].Xpos is "WP" or "WDT" && tokens[last].Head is > 0 and var relative
                && tokens[relative].DepRel == "acl:relcl" && tokens[relative].Head > k && tokens[relative].Head < last)
                last = tree.Subtree(relative).Last;
            // ("said Luis Rubio, who heads the Center of Research for Development": so is one after a comma that
            // describes the speaker, as PolNeAR counts it before a cue.)
            else if (DescribingClause(tokens, tree, k, last) is >= 0 and var described)
            {
                last = tree.Subtree(described).Last;
                while (last > k && tokens[last].Upos == "PUNCT") last--;
            }
            (sourceFirst, sourceLast) = (k + 1, last);
            return k;
        }
        // ("“..., this is not who we are,” she continued.": after a quotation handed over with a comma, a
        // short subject and a verb ending the sentence attribute it, whatever the verb.)
        bool handedOver = closingMark > 0 && document.Text[closingMark - 1] is ',' or '?' or '!';
        for (int m = k; m < tokens.Length && m - k <= MaxSourceTokens; m++)
        {
            var t = tokens[m];
            if (IsCue(t) || handedOver && EndsTheSentenceAfterItsSubject(tokens, k, m))
            {
                int last = m - 1;
                while (last >= k && tokens[last].Upos is "ADV" or "PUNCT" or "AUX") last--;
                if (last < k) return -1;
                // ("Sen. Claire McCaskill (D-Mo.)": a bracket opened in the source closes in it.)
                last = AttributionStage.WithClosingBrackets(tokens, k, last, m - 1);
                // ('... would not be "intimidated by criminals." He said soldiers had been deployed': a cue that
                // opens the next sentence with a clause of its own reports that clause, not the quotation, and so
                // does one with a content after a preposition after a quotation that ends its sentence ('"... peaceful
                // demonstrations." Raila Odinga called for a full investigation'; not '"Why ...?" Lichtman said about
                // McCain's effort'); so does one with a reported clause in the quotation's sentence: 'In an
                // interview on CBS's "Face the Nation," House Speaker Paul D. Ryan (R-Wis.) said the recent spate ... demands ...'.)
                bool nextSentence = k > 0 && tokens[k].Sentence != tokens[k - 1].Sentence;
                if (nextSentence && (tree.Children(m).Any(c => c > m && tokens[c].DepRel is "ccomp" or "xcomp" or "obj" or "conj")
                                     || document.Text[closingMark - 1] == '.' && AttributionStage.PrepositionalContent(tokens, tree, m) > m)
                    || ReportsAClauseRightAfter(tokens, tree, m)) return -1;
                (sourceFirst, sourceLast) = (k, last);
                return m;
            }
            // The source is a noun phrase: a clause, a conjunction ("“outrageous” and called for ...") or a
            // sentence end before the cue means no match, and so does a subordinate clause or a relative
            // ("was “absolutely right” when he said ...", "To which she said").
            if (t.Upos is "VERB" or "CCONJ" or "SCONJ" || t.Xpos is "WP" or "WDT" or "WRB" || m == k && t.Upos == "ADP"
                || t.Upos == "PUNCT" && t.Form is "." or "!" or "?" or "“" or "”" or "\"" or "''" or "``" or ";" or ":" && !AbbreviatedInBrackets(tokens, m)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The verb of a relative clause right after the source <paramref name="cue"/> + 1 .. <paramref name="last"/> (after a
    /// comma or not: "said James Acton, a physicist who is co-director of ...", "said Sanders, whose candidacy ... was
    /// founded on ...") that describes the speaker, or -1. The parser may hang it on any word of the source, or on the
    /// cue as what it reports ("said Peter Morgan, a lawyer for the Sierra Club, who has been challenging ...").
    /// A clause that reports something itself ("said Mr. Kamin, who emphasized that ...", "who added that") is an
    /// attribution of its own, and PolNeAR leaves it out of the source (train: 136 such clauses after an inverted
    /// cue in the source, 77 out, most of those with a reported clause); one that does without reporting anything
    /// ("who praised Bush", "who declined to give a price") stays in.
    /// </summary>
    private int DescribingClause(Token[] tokens, DependencyTree tree, int cue, int last)
    {
        int pronoun = last + 1 < tokens.Length && tokens[last + 1].Form == "," ? last + 2 : last + 1;
        if (pronoun >= tokens.Length || tokens[pronoun].Xpos is not ("WP" or "WP$")) return -1;
        int clause = tokens[pronoun].Head;
        for (int steps = 0; clause >= 0 && steps < 2 && tokens[clause].DepRel is not ("acl:relcl" or "ccomp"); steps++) clause = tokens[clause].Head;
        if (clause < 0 || clause < pronoun) return -1;
        bool onTheSource = tokens[clause].DepRel == "acl:relcl" && tokens[clause].Head > cue && tokens[clause].Head <= last;
        bool onTheCue = tokens[clause].DepRel == "ccomp" && tokens[clause].Head == cue && tree.Child(clause, "nsubj") == pronoun;
        if (!onTheSource && !onTheCue) return -1;
        bool reports = tree.Child(clause, "ccomp") >= 0 || tokens[clause].Lemma?.ToLowerInvariant() is "say" or "add" or "tell" or "note";
        return reports ? -1 : clause;
    }

    /// <summary>Whether the cue's own reported clause, with a subject, follows it with no punctuation up to its verb ("said the recent spate ... demands").</summary>
    private static bool ReportsAClauseRightAfter(Token[] tokens, DependencyTree tree, int cue)
    {
        foreach (int clause in tree.Children(cue))
        {
            if (clause < cue || tokens[clause].DepRel != "ccomp" || !tree.Children(clause).Any(c => tokens[c].DepRel is "nsubj" or "nsubj:pass")) continue;
            // ("said after the meeting broke up": a clause opened by a subordinator is the when, not the what.)
            int first = tree.Subtree(clause).First;
            if (first < cue || tokens[first].Upos is "ADP" or "SCONJ" && tokens[first].Form.ToLowerInvariant() is not ("that" or "whether" or "if")) continue;
            bool punctuated = false;
            for (int i = cue + 1; i < clause && !punctuated; i++) punctuated = tokens[i].Upos == "PUNCT";
            if (!punctuated) return true;
        }
        return false;
    }

    /// <summary>A past or present verb after a subject of at most four words, with the sentence's end right after it ("she continued.").</summary>
    private static bool EndsTheSentenceAfterItsSubject(Token[] tokens, int subjectFirst, int verb) =>
        verb > subjectFirst && verb - subjectFirst <= 4 && tokens[verb].Upos == "VERB" && tokens[verb].Xpos is "VBD" or "VBZ"
        && verb + 1 < tokens.Length && tokens[verb + 1].Form is "." or "!";

    /// <summary>
    /// The last token of a noun phrase in apposition right after the source <paramref name="first"/> ..
    /// <paramref name="last"/> and its comma, up to the end of the sentence or a comma; -1 if none.
    /// </summary>
    private static int RoleInApposition(Token[] tokens, DependencyTree tree, int cue, int first, int last)
    {
        int sentence = tokens[last].Sentence;
        for (int t = last + 2; t < tokens.Length && tokens[t].Sentence == sentence; t++)
        {
            // (or read as a conjunct: "Charlie King, a prominent New York Democrat", with no "and" of its own; "one of
            // the stars of the play"; or as a clause of the cue: "said Colin Strother, a Cuellar campaign spokesman")
            bool role = tokens[t].DepRel == "appos" || tokens[t].DepRel == "conj" && tree.Child(t, "cc") < 0 && tree.Child(t, "det") >= 0;
            bool onTheCue = tokens[t].DepRel == "parataxis" && tokens[t].Head == cue && tokens[t].Upos == "NOUN" && tree.Child(t, "det") >= 0;
            if (!role && !onTheCue || !onTheCue && (tokens[t].Head < first || tokens[t].Head > last) || tokens[t].Upos is not ("NOUN" or "PROPN" or "NUM")) continue;
            var (from, to) = tree.Subtree(t);
            if (from != last + 1 && from != last + 2) return -1;   // (the comma may hang on the apposition)
            while (to > t && tokens[to].Upos == "PUNCT") to--;
            return to;
        }
        return -1;
    }

    /// <summary>The full stop of an abbreviation closing a bracket ("Sen. Claire McCaskill (D-Mo.) said").</summary>
    private static bool AbbreviatedInBrackets(Token[] tokens, int stop) =>
        tokens[stop].Form == "." && stop > 0 && stop + 1 < tokens.Length && tokens[stop - 1].End == tokens[stop].Start && tokens[stop + 1].Form == ")";

    /// <summary>A hyphen written between two parts of one word ("said Jean-Claude Mbusa"), not a dash between words.</summary>
    private static bool JoinsAWord(Token[] tokens, int hyphen) =>
        tokens[hyphen].Form == "-" && hyphen > 0 && hyphen + 1 < tokens.Length
        && tokens[hyphen - 1].End == tokens[hyphen].Start && tokens[hyphen].End == tokens[hyphen + 1].Start;

    /// <summary>
    /// Where the content of a quotation attributed after it starts: at the quotation, or where its
    /// sentence starts when words of the same sentence (and paragraph) stand before the opening mark.
    /// </summary>
    private static int SentenceStartBefore(Document document, int afterOpeningMark)
    {
        int first = document.FirstTokenFrom(afterOpeningMark);
        if (first >= document.Tokens.Length) return afterOpeningMark;
        int sentenceStart = document.SentenceOf(first).Start;
        int openingMark = afterOpeningMark - 1;
        if (sentenceStart >= openingMark || CrossesParagraph(document.Text, sentenceStart, openingMark)) return afterOpeningMark;
        for (int i = sentenceStart; i < openingMark; i++)
        {
            if (char.IsLetterOrDigit(document.Text[i])) return sentenceStart;
        }
        return afterOpeningMark;
    }

    /// <summary>X said: “...” / X said in a statement, “...”: a cue shortly before the opening mark.</summary>
    private int CueBefore(Document document, DependencyTree tree, int afterOpeningMark, out int sourceFirst, out int sourceLast)
    {
        sourceFirst = sourceLast = -1;
        var tokens = document.Tokens;
        int j = document.FirstTokenFrom(afterOpeningMark - 1) - 1;
        if (j < 0 || CrossesParagraph(document.Text, tokens[j].End, afterOpeningMark - 1)) return -1;
        if (tokens[j].Form is not ("," or ":")) return -1;
        for (int m = j - 1; m >= 0 && j - m <= 6; m--)
        {
            var t = tokens[m];
            // ("Limbaugh continued: “...”": a verb right before the colon that opens a quotation is a cue, whatever the verb;
            // "He continued, “...”": and before a comma, right after the subject that opens the sentence.)
            if (IsCue(t) || m == j - 1 && t.Upos == "VERB" && t.Xpos is "VBD" or "VBZ"
                && (tokens[j].Form == ":" || tree.Child(m, "nsubj") is >= 0 and var opener && opener == m - 1 && tree.Subtree(opener).First == document.SentenceOf(m).FirstToken))
            {
                int subject = tree.Child(m, "nsubj");
                // ('Said Ellis: “I don’t get the sense ...”': or after it, inverted, before the colon.)
                if (subject > m && subject < j)
                {
                    (sourceFirst, sourceLast) = (subject, Math.Min(tree.Subtree(subject).Last, j - 1));
                    return m;
                }
                if (subject < 0 || subject > m) return -1;
                // "Interior Minister Miguel Angel Osorio Chong said ...:" with the name split into two subjects.
                (sourceFirst, sourceLast) = (tree.Subtree(subject).First, tree.Subtree(AttributionStage.LastOfSplitSubject(tokens, tree, m, subject)).Last);
                sourceLast = Math.Min(sourceLast, m - 1);
                // ("Mr. Trump, asked about the deaths of journalists under Mr. Putin, had said:": a participle set off after the speaker is no part of who spoke.)
                if (AttributionStage.ParticipleSetOff(tokens, tree, subject) is >= 0 and var aside && tree.Subtree(aside).First > sourceFirst)
                    sourceLast = Math.Min(sourceLast, tree.Subtree(aside).First - 1);
                while (sourceLast > sourceFirst && tokens[sourceLast].Upos is "ADV" or "PUNCT" or "AUX") sourceLast--;
                return m;
            }
            if (t.Upos is "VERB" or "PUNCT" || CrossesParagraph(document.Text, t.End, tokens[m + 1].Start)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// '“Every time you say that,” Tester said, referring to the 1 percent excuse, “you give ammunition ...”':
    /// a participle clause between commas after the attribution, with the quotation going on in lower case
    /// after it, is an aside inside one quotation.
    /// </summary>
    private static bool ParticipleAsideBefore(Document document, int attributionEnd, int openingMark)
    {
        var text = document.Text;
        int first = document.FirstTokenFrom(attributionEnd);
        if (first + 1 >= document.Tokens.Length || document.Tokens[first].Form != "," || document.Tokens[first + 1].Xpos != "VBG") return false;
        int before = openingMark - 1;
        while (before > attributionEnd && char.IsWhiteSpace(text[before])) before--;
        int after = openingMark + 1;
        while (after < text.Length && char.IsWhiteSpace(text[after])) after++;
        if (text[before] != ',' || after >= text.Length || !char.IsLower(text[after])) return false;
        return text.AsSpan(attributionEnd, openingMark - attributionEnd).IndexOfAny('“', '”', '"') < 0;
    }

    /// <summary>
    /// Whether the next quotation resumes the same speech: it opens in the same paragraph, in the cue's
    /// sentence (“...,” the narrator says, “...”) or right after it (“...,” she said. “...”).
    /// </summary>
    private static bool ResumesAfter(Document document, int cue, int attributionEnd, int nextQuotationStart)
    {
        var text = document.Text;
        int openingMark = nextQuotationStart - 1;
        if (openingMark < attributionEnd || CrossesParagraph(text, attributionEnd, openingMark)) return false;
        // In the cue's sentence only punctuation may stand between the attribution and the mark
        // ("..., the narrator says, “...”"); a quoted word further on ("arguing he will bring a “common-sense”
        // approach") is not the quotation resuming.
        int sentenceEnd = document.SentenceOf(cue).End;
        if (openingMark < sentenceEnd)
        {
            if (ParticipleAsideBefore(document, attributionEnd, openingMark)) return true;
            for (int i = attributionEnd; i < openingMark; i++)
            {
                if (!char.IsWhiteSpace(text[i]) && !char.IsPunctuation(text[i])) return false;
            }
            return true;
        }
        for (int i = sentenceEnd; i < openingMark; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] != '\'') return false;
        }
        return true;
    }

    /// <summary>
    /// Whether only punctuation follows a quotation to the end of its sentence. A quotation woven into a
    /// sentence of its own (“You squeezed employees to the breaking point” to drive up the stock price,
    /// she said) is another attribution's, not the resumption of the one before.
    /// </summary>
    private static bool EndsItsSentence(Document document, int quotationEnd)
    {
        // The quotation's own last token says which sentence it closes.
        int token = document.FirstTokenFrom(quotationEnd) - 1;
        if (token < 0) return true;
        int sentenceEnd = document.SentenceOf(token).End;
        for (int i = quotationEnd; i < sentenceEnd && i < document.Text.Length; i++)
        {
            if (!char.IsWhiteSpace(document.Text[i]) && !char.IsPunctuation(document.Text[i])) return false;
        }
        return true;
    }

    private bool IsCue(Token token) => token.Upos is "VERB" or "AUX" && _cues.Contains(token.Lemma ?? "");

    private static bool CrossesParagraph(string text, int from, int to)
    {
        for (int i = Math.Max(0, from); i < to && i < text.Length; i++)
        {
            if (text[i] == '\n') return true;
        }
        return false;
    }
}
