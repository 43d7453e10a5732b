namespace Vigil.Tokenization;

/// <summary>
/// A non-destructive tokenizer for English news text producing Universal Dependencies (EWT-style) tokens
/// as spans of the original text: "don't" → do + n't, "60-80" → 60 - 80, "U.S." and "Gen." whole,
/// quotes, dashes and ellipses split, URLs, e-mail addresses and numbers with commas kept whole.
/// Works in two passes per whitespace-delimited chunk: punctuation is peeled off both ends, then the
/// core is split at clitics and internal breaks. No regular expressions on this path.
/// </summary>
public sealed class Tokenizer
{
    private readonly TokenizerLexicon _lexicon;

    public Tokenizer(TokenizerLexicon? lexicon = null)
    {
        _lexicon = lexicon ?? TokenizerLexicon.Default;
    }

    public TokenizerLexicon Lexicon => _lexicon;

    public List<RawToken> Tokenize(string text)
    {
        var tokens = new List<RawToken>(text.Length / 5 + 4);
        int i = 0;
        int breaks = 0;
        bool space = false;
        var state = new QuoteState();
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n') breaks++;
                space = true;
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            var chunk = new ChunkEmitter(tokens, breaks, space);
            SplitChunk(text, i, end, ref chunk, ref state);
            if (breaks >= 2) state = new QuoteState();
            breaks = 0;
            space = false;
            i = end;
        }
        return tokens;
    }

    /// <summary>Tracks an open single quotation mark so a final ’ can be told from a possessive apostrophe.</summary>
    private struct QuoteState
    {
        public bool SingleQuoteOpen;
    }

    /// <summary>Appends tokens of one chunk; the first carries the whitespace information before the chunk.</summary>
    private struct ChunkEmitter(List<RawToken> tokens, int breaks, bool space)
    {
        private bool _first = true;

        public void Emit(int start, int end)
        {
            if (end <= start) return;
            tokens.Add(_first ? new RawToken(start, end, breaks, space) : new RawToken(start, end, 0, false));
            _first = false;
        }
    }

    private void SplitChunk(string text, int start, int end, ref ChunkEmitter emit, ref QuoteState state)
    {
        if (_lexicon.IsEmoticon(text.AsSpan(start, end - start)))
        {
            emit.Emit(start, end);
            return;
        }
        if (LooksLikeUrlOrEmail(text.AsSpan(start, end - start)))
        {
            int coreEnd = end;
            while (coreEnd > start + 1 && text[coreEnd - 1] is '.' or ',' or ';' or ':' or ')' or '"' or '”' or '\'' or '’' or '!' or '?') coreEnd--;
            emit.Emit(start, coreEnd);
            for (int k = coreEnd; k < end; k++) emit.Emit(k, k + 1);
            return;
        }

        // Leading punctuation.
        while (start < end)
        {
            char c = text[start];
            int run = RunLength(text, start, end);
            if (run > 0)
            {
                emit.Emit(start, start + run);
                start += run;
                continue;
            }
            // Two apostrophes are one double quotation mark, as the NYT archive and some wires write it ("''We ...").
            if (c == '\'' && start + 1 < end && text[start + 1] == '\'')
            {
                emit.Emit(start, start + 2);
                start += 2;
                continue;
            }
            if (CharClasses.IsOpeningPunctuation(c) || CharClasses.IsDash(c))
            {
                if (c == '‘') state.SingleQuoteOpen = true;
                emit.Emit(start, start + 1);
                start++;
                continue;
            }
            if (CharClasses.IsApostrophe(c) && !IsLeadingClitic(text, start, end))
            {
                // An opening single quote ('Soldiers ...'), unless it starts a clitic or a year ('90s).
                if (start + 1 < end && char.IsDigit(text[start + 1])) break;
                state.SingleQuoteOpen = true;
                emit.Emit(start, start + 1);
                start++;
                continue;
            }
            if (CharClasses.IsSymbol(c) || c == '#')
            {
                int runEnd = start + 1;
                while (runEnd < end && text[runEnd] == c) runEnd++;
                emit.Emit(start, runEnd);
                start = runEnd;
                continue;
            }
            if (CharClasses.IsCurrency(c) && start + 1 < end && char.IsDigit(text[start + 1]))
            {
                emit.Emit(start, start + 1);
                start++;
                continue;
            }
            break;
        }
        if (start >= end) return;

        // Trailing punctuation, collected from the end backwards.
        Span<(int Start, int End)> trailing = stackalloc (int, int)[16];
        int trailingCount = 0;
        while (end > start && trailingCount < trailing.Length)
        {
            char c = text[end - 1];
            if (end - start >= 3 && text[end - 1] == '.' && text[end - 2] == '.' && text[end - 3] == '.')
            {
                int dotsStart = end - 3;
                while (dotsStart > start && text[dotsStart - 1] == '.') dotsStart--;
                trailing[trailingCount++] = (dotsStart, end);
                end = dotsStart;
                continue;
            }
            if (c == '\'' && end - start >= 2 && text[end - 2] == '\'')
            {
                // ("... a very big story,''": the closing pair.)
                trailing[trailingCount++] = (end - 2, end);
                end -= 2;
                continue;
            }
            if (CharClasses.IsDash(c))
            {
                trailing[trailingCount++] = (end - 1, end);
                end--;
                continue;
            }
            if (c is '!' or '?' && end - start >= 2 && text[end - 2] is '!' or '?' or '.')
            {
                // "!!", "?!", ".?" written together are one token.
                int runStart = end - 1;
                while (runStart > start && text[runStart - 1] is '!' or '?' or '.') runStart--;
                trailing[trailingCount++] = (runStart, end);
                end = runStart;
                continue;
            }
            if (end - start >= 2 && c == '.' && text[end - 2] == '.')
            {
                trailing[trailingCount++] = (end - 2, end);
                end -= 2;
                continue;
            }
            if (CharClasses.IsSymbol(c))
            {
                int runStart = end - 1;
                while (runStart > start && text[runStart - 1] == c) runStart--;
                trailing[trailingCount++] = (runStart, end);
                end = runStart;
                continue;
            }
            if (CharClasses.IsTrailingPunctuation(c))
            {
                // Keep a closing bracket that belongs to the word, as in "word(s)".
                if (c == ')' && text.AsSpan(start, end - start).IndexOf('(') > 0) break;
                trailing[trailingCount++] = (end - 1, end);
                end--;
                continue;
            }
            if (c == '.')
            {
                if (end - start == 1 || !IsAbbreviation(AfterTheLastHyphen(text.AsSpan(start, end - start))))
                {
                    trailing[trailingCount++] = (end - 1, end);
                    end--;
                    continue;
                }
                break;
            }
            if (CharClasses.IsApostrophe(c) && end - start > 1)
            {
                char before = text[end - 2];
                bool possessive = (before is 's' or 'S' or 'z' or 'x') && !state.SingleQuoteOpen;
                if (!possessive)
                {
                    // A closing quotation mark.
                    state.SingleQuoteOpen = false;
                    trailing[trailingCount++] = (end - 1, end);
                    end--;
                    continue;
                }
            }
            break;
        }

        if (end > start) SplitCore(text, start, end, ref emit);
        for (int k = trailingCount - 1; k >= 0; k--) emit.Emit(trailing[k].Start, trailing[k].End);
    }

    /// <summary>Length of a multi-character punctuation run at <paramref name="i"/> ("...", "--"), or 0.</summary>
    private static int RunLength(string text, int i, int end)
    {
        char c = text[i];
        if (c != '.' && c != '-') return 0;
        int j = i;
        while (j < end && text[j] == c) j++;
        int run = j - i;
        if (c == '.' && run >= 3) return run;
        if (c == '-' && run >= 2) return run;
        return 0;
    }

    private static bool IsLeadingClitic(string text, int start, int end)
    {
        // "'s", "'re", "'ll", "'d", "'m", "'ve" written after a space, or "'em", "'til".
        int length = end - start;
        if (length < 2) return false;
        var rest = text.AsSpan(start + 1, Math.Min(length - 1, 3));
        return rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("re", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("ll", StringComparison.OrdinalIgnoreCase) || rest.Equals("d", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("m", StringComparison.OrdinalIgnoreCase) || rest.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("em", StringComparison.OrdinalIgnoreCase) || rest.Equals("til", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The part of a word after its last hyphen, where a period may end an abbreviation: "R-S.C.", "D-Mo.".</summary>
    private static ReadOnlySpan<char> AfterTheLastHyphen(ReadOnlySpan<char> word)
    {
        int hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 2 < word.Length ? word[(hyphen + 1)..] : word;
    }

    /// <summary>A word with its final period: listed ("Gen."), an initial ("J."), or dotted letters ("U.S.", "a.m.").</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (_lexicon.IsListedAbbreviation(word)) return true;
        if (word.Length == 2 && char.IsLetter(word[0])) return true;
        // Dotted letters: letter '.' letter '.' ...
        if (word.Length >= 4 && word.Length % 2 == 0)
        {
            for (int k = 0; k < word.Length; k += 2)
            {
                if (!char.IsLetter(word[k]) || word[k + 1] != '.') return false;
            }
            return true;
        }
        return false;
    }

    /// <summary>Splits a word without outer punctuation at clitics, internal dashes and number ranges.</summary>
    private void SplitCore(string text, int start, int end, ref ChunkEmitter emit)
    {
        if (IsPhoneNumber(text.AsSpan(start, end - start)))
        {
            emit.Emit(start, end);
            return;
        }
        int segmentStart = start;
        int i = start;
        while (i < end)
        {
            int breakLength = InternalBreakLength(text, start, end, i);
            if (breakLength > 0)
            {
                SplitWord(text, segmentStart, i, ref emit);
                emit.Emit(i, i + breakLength);
                i += breakLength;
                segmentStart = i;
                continue;
            }
            i++;
        }
        SplitWord(text, segmentStart, end, ref emit);
    }

    /// <summary>"853-3242", "713-664-7478", "(3-5213": digit groups joined by hyphens, the last of four digits.</summary>
    private static bool IsPhoneNumber(ReadOnlySpan<char> word)
    {
        int groups = 0, digits = 0, lastGroup = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c)) digits++;
            else if (c == '-' && digits > 0) { groups++; lastGroup = 0; digits = 0; continue; }
            else return false;
            lastGroup++;
        }
        return groups >= 1 && lastGroup == 4 && digits == 4 && word.Length >= 6;
    }

    /// <summary>Length of punctuation inside a chunk that separates tokens, or 0 where the word continues.</summary>
    private int InternalBreakLength(string text, int start, int end, int i)
    {
        char c = text[i];
        if (c == '-' && i > start && _lexicon.IsHyphenPrefix(WordBefore(text, start, i))) return 0;
        if (c == '-' && i > start && _lexicon.IsHyphenatedWord(HyphenatedWordAround(text, start, end, i))) return 0;
        if (CharClasses.IsDash(c) || c == '…') return 1;
        if ((c == '-' || c == '.') && i + 1 < end && text[i + 1] == c)
        {
            int j = i;
            while (j < end && text[j] == c) j++;
            if (c == '-' || j - i >= 3) return j - i;
        }
        bool digitBefore = i > start && char.IsDigit(text[i - 1]);
        bool digitAfter = i + 1 < end && char.IsDigit(text[i + 1]);
        // Hyphens split words as in UD English EWT: "60-80" → 60 - 80, "self-defense" → self - defense.
        if (c == '-' && i > start && i + 1 < end && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])) return 1;
        // A comma not between digits ("yes,no"), a semicolon, a double quote or bracket glued inside a word.
        if (c == ',' && !(digitBefore && digitAfter) && i > start && i + 1 < end) return 1;
        if (c is ';' or '"' or '“' or '”' or '(' or '[' or ']' && i > start && i + 1 < end)
        {
            if (c == '(' && text.AsSpan(i, end - i).IndexOf(')') > 0) return 0;
            return 1;
        }
        if (c == ')' && i > start && i + 1 < end && text.AsSpan(start, i - start).IndexOf('(') < 0) return 1;
        // "and/or" → and / or; dates and fractions ("1/2", "9/11") stay whole.
        if (c == '/' && i > start + 1 && i + 2 < end && char.IsLetter(text[i - 1]) && char.IsLetter(text[i - 2])
            && char.IsLetter(text[i + 1]) && char.IsLetter(text[i + 2])) return 1;
        // A sentence glued to the next one ("fired.The") is left alone: it is rare and often a name or URL.
        return 0;
    }

    /// <summary>The letters right before position <paramref name="i"/> back to the start of the chunk or a non-letter.</summary>
    /// <summary>The letters on both sides of the hyphen at <paramref name="i"/>, hyphen included ("sit-in").</summary>
    private static ReadOnlySpan<char> HyphenatedWordAround(string text, int start, int end, int i)
    {
        int from = i, to = i + 1;
        while (from > start && char.IsLetter(text[from - 1])) from--;
        while (to < end && char.IsLetter(text[to])) to++;
        return text.AsSpan(from, to - from);
    }

    private static ReadOnlySpan<char> WordBefore(string text, int start, int i)
    {
        int from = i;
        while (from > start && char.IsLetter(text[from - 1])) from--;
        return text.AsSpan(from, i - from);
    }

    /// <summary>Splits one word at clitics: listed words first ("cannot"), then n't, 's, 're, 've, 'll, 'd, 'm and s'.</summary>
    private void SplitWord(string text, int start, int end, ref ChunkEmitter emit)
    {
        if (end <= start) return;
        var word = text.AsSpan(start, end - start);
        var parts = _lexicon.SplitOf(word);
        if (parts is not null)
        {
            int offset = start;
            foreach (var length in parts)
            {
                emit.Emit(offset, offset + length);
                offset += length;
            }
            return;
        }
        int clitic = CliticLength(word);
        if (clitic > 0 && clitic < word.Length)
        {
            emit.Emit(start, end - clitic);
            emit.Emit(end - clitic, end);
            return;
        }
        emit.Emit(start, end);
    }

    /// <summary>Length of a clitic at the end of a word, or 0.</summary>
    private static int CliticLength(ReadOnlySpan<char> word)
    {
        int n = word.Length;
        if (n >= 4 && CharClasses.IsApostrophe(word[n - 2]) && word[n - 1] is 't' or 'T' && word[n - 3] is 'n' or 'N') return 3;
        if (n >= 3 && CharClasses.IsApostrophe(word[n - 2]) && word[n - 1] is 's' or 'S' or 'd' or 'D' or 'm' or 'M' && char.IsLetterOrDigit(word[n - 3])) return 2;
        if (n >= 4 && CharClasses.IsApostrophe(word[n - 3]) && char.IsLetter(word[n - 4]))
        {
            var tail = word[^2..];
            if (tail.Equals("re", StringComparison.OrdinalIgnoreCase) || tail.Equals("ve", StringComparison.OrdinalIgnoreCase)
                || tail.Equals("ll", StringComparison.OrdinalIgnoreCase)) return 3;
        }
        // Plural possessive: "soldiers'" → soldiers + '.
        if (n >= 3 && CharClasses.IsApostrophe(word[n - 1]) && word[n - 2] is 's' or 'S' or 'z' or 'x') return 1;
        return 0;
    }

    private static bool LooksLikeUrlOrEmail(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length < 5) return false;
        if (chunk.Contains("://", StringComparison.Ordinal)) return true;
        if (chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return true;
        int at = chunk.IndexOf('@');
        if (at > 0 && chunk[(at + 1)..].IndexOf('.') > 0 && char.IsLetterOrDigit(chunk[0])) return true;
        // Bare domains such as "example.com" or "gov.mx/x".
        int dot = chunk.LastIndexOf('.');
        if (dot > 0 && dot < chunk.Length - 2)
        {
            var tld = chunk[(dot + 1)..];
            int slash = tld.IndexOf('/');
            if (slash >= 0) tld = tld[..slash];
            if (tld is "com" or "org" or "net" or "gov" or "edu" or "mx" or "uk" && char.IsLetter(chunk[dot - 1])) return true;
        }
        return false;
    }
}
