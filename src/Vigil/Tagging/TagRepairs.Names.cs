namespace Vigil.Tagging;

/// <summary>
/// Repairs around names: words of a name read as common words, and common words read as names. Written for
/// the tagger that knows WordNet's parts of speech, which gives a rare word what WordNet says it is even where
/// it is part of a name ("Caroline" is an adjective there, "sue" a name).
/// </summary>
internal sealed partial class TagRepairs
{
    /// <summary>Applies the name repairs to one tagged sentence.</summary>
    private void NameRepairs(ReadOnlySpan<string> forms, Span<int> classes, ReadOnlySpan<ulong> ambiguity)
    {
        NameReadAsAnImperativeBeforeItsApposition(forms, classes);
        CommonWordsInsideAName(forms, classes);
        RareAdjectiveBeforeASurname(forms, classes, ambiguity);
        InvertedSaidBeforeAName(forms, classes);
        RoleReadAsAVerbAfterSaid(forms, classes);
        RoleReadAsAVerbBetweenNames(forms, classes);
        RankModifierBeforeATitle(forms, classes);
        LowerCaseNameAfterTo(forms, classes);
        InfinitiveAfterAuthorizedTo(forms, classes);
        PresentAfterAPluralSubjectOfAThatClause(forms, classes);
        TitleAbbreviationReadAsACommonNoun(forms, classes);
        CapitalisedAdverbEndingAName(forms, classes);
    }

    /// <summary>
    /// "Independent media outlet Myanmar Now/RB reported": an adverb written with a capital inside a sentence, right
    /// after a proper noun and before a verb, is the last word of that name (an outlet, a programme), not "now".
    /// </summary>
    private void CapitalisedAdverbEndingAName(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_properNoun < 0) return;
        for (int i = 2; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "RB" || forms[i].Length < 2 || !char.IsUpper(forms[i][0]) || char.IsUpper(forms[i][1])
                || _xpos[classes[i - 1]] != "NNP" || !_finite[classes[i + 1]]) continue;
            classes[i] = _properNoun;
        }
    }

    /// <summary>
    /// "Republican vice-presidential nominee Gov./NN Mike Pence said": an abbreviated title before a name is part
    /// of the name, a proper noun (read as a common noun, it took the words before it into the subject's phrase).
    /// </summary>
    private void TitleAbbreviationReadAsACommonNoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_properNoun < 0) return;
        for (int i = 0; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "NNP" && forms[i].EndsWith('.') && Titles.Contains(forms[i]) && _xpos[classes[i + 1]] == "NNP") classes[i] = _properNoun;
        }
    }

    /// <summary>
    /// "the Bangladesh Garment/NN Manufacturers/NNS and Exporters Association", "The Independent/JJ Policing/NN
    /// Oversight Authority": the capitalised common words of a run of capitalised words (two parts of it may be
    /// joined by "and") that an institution's word ends, that word included, are proper nouns of that name, when
    /// the run does not open the sentence (an article before it may). The treebank's own capitalised phrases
    /// ("Credit Risk Management", "USPS Priority Mail") do not end in such a word and keep their nouns.
    /// </summary>
    private void CommonWordsInsideAName(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_properNoun < 0 || _pluralProperNoun < 0) return;
        for (int first = 1; first < forms.Length; first++)
        {
            if (!IsCapitalisedNameWord(forms, classes, first) || IsCapitalisedNameWord(forms, classes, first - 1)) continue;
            // (Not the sentence's first word unless an article stands before it: "Credit Risk Management ..." lists.)
            if (first == 1 && _xpos[classes[0]] != "DT") continue;
            int last = first;
            while (true)
            {
                int next = last + 1 < forms.Length && forms[last + 1] == "and" ? last + 2 : last + 1;
                if (next >= forms.Length || !IsCapitalisedNameWord(forms, classes, next)) break;
                last = next;
            }
            if (last == first || !InstitutionHeads.Contains(forms[last]) || !_noun[classes[last]]) continue;
            // ("The Egyptian Initiative for Personal Rights"; an "Initiative" without its "for" is as often a plan: "the Strategic
            // Defense Initiative", whose common words PolNeAR's sources were found with.)
            if (forms[last] == "Initiative" && !(last + 1 < forms.Length && forms[last + 1] == "for")) continue;
            for (int k = first; k <= last; k++)
            {
                if (_xpos[classes[k]] is "NN" or "JJ" or "VBG") classes[k] = _properNoun;
                else if (_xpos[classes[k]] == "NNS") classes[k] = _pluralProperNoun;
            }
            first = last;
        }
    }

    private bool IsCapitalisedNameWord(ReadOnlySpan<string> forms, ReadOnlySpan<int> classes, int i) =>
        forms[i].Length > 1 && char.IsUpper(forms[i][0]) && _xpos[classes[i]] is "NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "VBG";

    /// <summary>
    /// "said the group's head of mission, Caroline/JJ Seguin.": a capitalised word the treebank has too few of,
    /// read as an adjective, after a comma or "and" and right before a proper noun that ends the phrase, is a given name.
    /// </summary>
    private void RareAdjectiveBeforeASurname(ReadOnlySpan<string> forms, Span<int> classes, ReadOnlySpan<ulong> ambiguity)
    {
        if (_properNoun < 0) return;
        for (int i = 1; i + 2 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "JJ" || !char.IsUpper(forms[i][0]) || AmbiguityClasses.IsKnown(ambiguity[i]) || forms[i - 1] is not ("," or "and")) continue;
            if (_xpos[classes[i + 1]] == "NNP" && forms[i + 2] is "." or "," or ":") classes[i] = _properNoun;
        }
    }

    /// <summary>
    /// "Said/NNP Ellis: “I don’t get ...”": "Said" opening a sentence, before a name and a colon, is the verb of
    /// an inverted attribution, not the Arabic given name.
    /// </summary>
    private void InvertedSaidBeforeAName(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastTense < 0 || forms.Length < 3 || forms[0] != "Said" || _xpos[classes[0]] != "NNP") return;
        int i = 1;
        while (i < forms.Length && _xpos[classes[i]] is "NNP" or "NNPS") i++;
        if (i > 1 && i < forms.Length && forms[i] == ":") classes[0] = _pastTense;
    }

    /// <summary>
    /// '"...," said MSNBC host/VB Chris Matthews', "said 9/11 widow/VB Terry Strada": after an inverted "said" and a
    /// name or a number, a base form before a name is the speaker's role, a noun (read as a verb it became the
    /// clause "said" reports, and the source was "MSNBC").
    /// </summary>
    private void RoleReadAsAVerbAfterSaid(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0) return;
        for (int i = 2; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VB" || _xpos[classes[i + 1]] != "NNP") continue;
            int k = i - 1;
            while (k > 0 && k >= i - 3 && _xpos[classes[k]] is "NNP" or "NNPS" or "CD") k--;
            if (k < i - 1 && forms[k].ToLowerInvariant() is "said" or "says" or "added" or "wrote") classes[i] = _singularNoun;
        }
    }

    /// <summary>
    /// "Florida delegate/VBP John Archer, wearing a T-shirt, said": a lower-case word read as a verb in the present,
    /// after proper nouns that open the sentence and before a name of two or more words that a comma or a verb
    /// follows, is the role that name is introduced by, a noun (as a verb, the name became its object and the
    /// man's words lost their speaker).
    /// </summary>
    private void RoleReadAsAVerbBetweenNames(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0) return;
        for (int i = 1; i + 3 < forms.Length; i++)
        {
            if (_xpos[classes[i]] is not ("VB" or "VBP") || !char.IsLower(forms[i][0])) continue;
            int start = _xpos[classes[0]] == "DT" ? 1 : 0;
            int before = start;
            while (before < i && _xpos[classes[before]] is "NNP" or "NNPS") before++;
            if (before != i || start == i) continue;
            int after = i + 1;
            while (after < forms.Length && _xpos[classes[after]] == "NNP") after++;
            if (after - i > 2 && after < forms.Length && (forms[after] == "," || _finite[classes[after]])) classes[i] = _singularNoun;
        }
    }

    /// <summary>
    /// "Fortify/VB Rights/NNS, a human rights group, on Monday accused": a capitalised base form opening the sentence before a
    /// capitalised word and an apposition between commas ("a ...", "an ...", "the ...") is the first word of a name.
    /// </summary>
    private void NameReadAsAnImperativeBeforeItsApposition(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_properNoun < 0 || _pluralProperNoun < 0 || forms.Length < 6 || _xpos[classes[0]] != "VB" || !char.IsUpper(forms[0][0]) || !char.IsUpper(forms[1][0])
            || _xpos[classes[1]] is not ("NN" or "NNS" or "NNP" or "NNPS") || forms[2] != "," || forms[3].ToLowerInvariant() is not ("a" or "an" or "the")) return;
        classes[0] = _properNoun;
        classes[1] = _xpos[classes[1]] is "NNS" or "NNPS" ? _pluralProperNoun : _properNoun;
    }

    /// <summary>
    /// "Retired/VBN Lt. Gen. Michael Flynn said": a participle opening a sentence right before a military or
    /// civil title is the title's modifier, an adjective (read as a verb it became the sentence's root).
    /// </summary>
    private void RankModifierBeforeATitle(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_adjective < 0 || forms.Length < 3 || _xpos[classes[0]] != "VBN" || !char.IsUpper(forms[0][0])) return;
        if (Titles.Contains(forms[1])) classes[0] = _adjective;
    }

    private static readonly HashSet<string> InstitutionHeads = new(StringComparer.Ordinal)
    {
        "Association", "Council", "Federation", "Union", "Party", "Front", "Movement", "Alliance", "Organization", "Organisation", "Committee",
        "Commission", "Agency", "Ministry", "Department", "Institute", "Center", "Centre", "Foundation", "League", "Coalition", "Congress",
        "Assembly", "Society", "Authority", "Force", "Forces", "Army", "Group", "Corporation", "Bank", "Network", "Court", "Tribunal",
        "Vanguard", "Brigade", "Brigades", "Initiative",
    };

    /// <summary>A title or rank written before a name ("Col.", "Lieutenant", "Bishop").</summary>
    internal static bool IsTitle(string word) => Titles.Contains(word);

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Lt.", "Gen.", "Col.", "Maj.", "Sgt.", "Adm.", "Capt.", "Cpl.", "Brig.", "Cmdr.", "Gov.", "Sen.", "Rep.", "Amb.", "Dr.", "Prof.",
        "Rev.", "Lieutenant", "General", "Colonel", "Major", "Sergeant", "Admiral", "Captain", "Commander", "Judge", "Justice", "Ambassador",
        "Bishop",
    };

    /// <summary>
    /// "threatened to/IN sue/NNP the government": a lower-case word read as a proper noun, after "to" that follows
    /// a verb and before a determiner or pronoun, is an infinitive ("sue" is a name to WordNet too).
    /// </summary>
    private void LowerCaseNameAfterTo(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_baseForm < 0 || _infinitiveTo < 0) return;
        for (int i = 2; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] is not ("NNP" or "NNPS") || !char.IsLower(forms[i][0]) || !forms[i - 1].Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            if (!_xpos[classes[i - 2]].StartsWith("VB", StringComparison.Ordinal) || _xpos[classes[i + 1]] is not ("DT" or "PRP" or "PRP$")) continue;
            classes[i] = _baseForm;
            classes[i - 1] = _infinitiveTo;
        }
    }

    /// <summary>
    /// "because he was not authorized to brief/JJ reporters": the word after "authorized to" (or "allowed",
    /// "permitted", "cleared to") is a verb, whatever else it can be; read as an adjective, "to brief reporters"
    /// became a prepositional phrase and the anonymous official's sentence lost its speaker.
    /// </summary>
    private void InfinitiveAfterAuthorizedTo(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_baseForm < 0 || _infinitiveTo < 0) return;
        for (int i = 2; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] is not ("JJ" or "NN" or "NNP" or "RB") || !char.IsLower(forms[i][0])) continue;
            if (!forms[i - 1].Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            if (forms[i - 2] is not ("authorized" or "authorised" or "allowed" or "permitted" or "cleared")) continue;
            classes[i] = _baseForm;
            classes[i - 1] = _infinitiveTo;
        }
    }

    /// <summary>
    /// "denied that its forces target/NN civilians": an act that is also a noun, right after a plural subject that
    /// opens a "that" clause and before the act's object, is the clause's verb in the present.
    /// </summary>
    private void PresentAfterAPluralSubjectOfAThatClause(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_presentPlural < 0) return;
        for (int i = 2; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "NN" || !ActsAlsoNouns.Contains(forms[i]) || _xpos[classes[i - 1]] != "NNS"
                || _xpos[classes[i + 1]] is not ("NNS" or "DT" or "PRP" or "PRP$" or "JJ" or "CD")) continue;
            int k = i - 2;
            while (k >= 0 && _xpos[classes[k]] is "DT" or "PRP$" or "JJ") k--;
            if (k >= 0 && forms[k].Equals("that", StringComparison.OrdinalIgnoreCase)) classes[i] = _presentPlural;
        }
    }

    private static readonly HashSet<string> ActsAlsoNouns = new(StringComparer.Ordinal)
    {
        "target", "attack", "abuse", "torture", "harass", "arm", "fund", "shell", "raid", "control", "use", "support", "threaten", "recruit",
        "protect", "detain", "abduct", "arrest", "loot", "burn", "kill", "rape", "extort", "kidnap",
    };
}
