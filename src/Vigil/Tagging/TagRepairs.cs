using Vigil.Places;

namespace Vigil.Tagging;

/// <summary>
/// Corrections applied after greedy tagging, each for an error the left-to-right tagger makes on the
/// sentences news is made of, and each checked against EWT dev (where it changes next to nothing):
/// <list type="bullet">
/// <item>an unknown capitalised first word read as a participle ("Beijing/VBG on Thursday warned Taipei");</item>
/// <item>"say" after a noun read as an interjection ("advisers to Mr. Obama say/UH, ...");</item>
/// <item>a clause with a subject and no finite verb, whose verb was read as a participle or adjective
/// ("The soldiers fired/VBN on the crowd", "Police detained/JJ 84 people, the ministry said");</item>
/// <item>a past tense coordinated with another read as a base form ("pulled ... and shot/VB them dead").</item>
/// </list>
/// </summary>
internal sealed partial class TagRepairs
{
    private readonly string[] _xpos;

    // Per class, the tests every token goes through (computed once rather than comparing strings per token).
    private readonly bool[] _finite;
    private readonly bool[] _noun;
    private readonly bool[] _boundary;

    /// <summary>Classes the repairs assign, or -1 when the model has no such class.</summary>
    private readonly int _pastTense, _pastParticiple, _properNoun, _presentPlural, _presentSingular, _subordinator, _pluralNoun, _singularNoun, _adverb, _baseForm, _gerund, _preposition, _closingQuote,
        _particle, _adjective, _infinitiveTo, _pluralProperNoun, _relativePronoun;

    /// <param name="labels">The tagger's classes ("UPOS\tXPOS").</param>
    /// <param name="xpos">The XPOS of each class.</param>
    public TagRepairs(string[] labels, string[] xpos)
    {
        _xpos = xpos;
        _finite = xpos.Select(x => x is "VBD" or "VBZ" or "VBP" or "MD").ToArray();
        _noun = xpos.Select(x => x is "NN" or "NNS" or "NNP" or "NNPS" or "PRP").ToArray();
        _boundary = xpos.Select(x => x is "," or ":" or ".").ToArray();
        _pastTense = Array.IndexOf(labels, "VERB\tVBD");
        _pastParticiple = Array.IndexOf(labels, "VERB\tVBN");
        _properNoun = Array.IndexOf(labels, "PROPN\tNNP");
        _presentPlural = Array.IndexOf(labels, "VERB\tVBP");
        _presentSingular = Array.IndexOf(labels, "VERB\tVBZ");
        _subordinator = Array.IndexOf(labels, "SCONJ\tIN");
        _pluralNoun = Array.IndexOf(labels, "NOUN\tNNS");
        _singularNoun = Array.IndexOf(labels, "NOUN\tNN");
        _adverb = Array.IndexOf(labels, "ADV\tRB");
        _baseForm = Array.IndexOf(labels, "VERB\tVB");
        _gerund = Array.IndexOf(labels, "VERB\tVBG");
        _preposition = Array.IndexOf(labels, "ADP\tIN");
        _closingQuote = Array.IndexOf(labels, "PUNCT\t''");
        _particle = Array.IndexOf(labels, "ADP\tRP");
        _adjective = Array.IndexOf(labels, "ADJ\tJJ");
        _infinitiveTo = Array.IndexOf(labels, "PART\tTO");
        _pluralProperNoun = Array.IndexOf(labels, "PROPN\tNNPS");
        _relativePronoun = Array.IndexOf(labels, "PRON\tWDT");
    }

    /// <summary>Applies every repair to one tagged sentence.</summary>
    /// <param name="ambiguity">Each word's ambiguity class, as the tagger computed it: which words it knows from training.</param>
    public void Apply(ReadOnlySpan<string> forms, Span<int> classes, ReadOnlySpan<ulong> ambiguity)
    {
        FileNameReadAsAName(forms, classes);
        BracketedAcronymReadAsAFunctionWord(forms, classes);
        StraightQuoteClosingAnOpenedOne(forms, classes);
        NameReadAsParticiple(forms, classes, ambiguity);
        NameBeforeSubjectReadAsVerb(forms, classes, ambiguity);
        SayAfterNoun(forms, classes);
        ReporterNounReadAsAVerb(forms, classes);
        UnknownCompounds(forms, classes, ambiguity);
        MineAfterANounReadAsAPronoun(forms, classes);
        IrregularPastReadAsAnAdjectiveAfterTheOpeningSubject(forms, classes);
        IrregularPastReadAsAPresent(forms, classes);
        CoordinatedPastTense(forms, classes);
        PluralReadAsPresent(forms, classes);
        VerbOfThinkingReadAsANoun(forms, classes);
        PresentAfterCoordinatedNames(forms, classes);
        UnambiguousPastReadAsNoun(forms, classes);
        SinceBetweenAuxiliaryAndParticiple(forms, classes);
        KilledDead(forms, classes);
        ViolentParticipleReadAsANoun(forms, classes);
        OutsideAfterANounReadAsAnAdjective(forms, classes);
        AdjectiveOutsideAfterAVerbOfBlameReadAsAPreposition(forms, classes);
        CompassPointBeforeOfReadAsANoun(forms, classes);
        TopBeforeItsNoun(forms, classes);
        LowercaseNameAfterAnArticlesAdjective(forms, classes);
        NounBetweenAnArticleAndItsParticipleReadAsAnAdjective(forms, classes);
        PastTenseModifyingACoordinatedSubject(forms, classes);
        MilitaryBeforeItsAct(forms, classes);
        ToreThrough(forms, classes);
        FreeAfterToBeforeWhomItFrees(forms, classes);
        NounReadAsAVerbAfterAccordingTo(forms, classes);
        VerbAfterAPercentSign(forms, classes);
        PresentsAfterARelativePronounReadAsPlurals(forms, classes);
        PastAfterARelativePronounReadAsAParticiple(forms, classes);
        DenialOrClaimAfterANounReadAsAParticiple(forms, classes);
        ReportAfterTheSubjectsAppositionReadAsAParticiple(forms, classes);
        PluralAfterAPrepositionAndATimeAdjectiveReadAsAPresent(forms, classes);
        PastAfterAnAsideOnTheSubjectsPeopleReadAsAParticiple(forms, classes);
        ArabicArticleOfANameReadAsForeign(forms, classes);
        ParticipleOnTheSubjectBeforeItsPassiveReadAsAPast(forms, classes);
        ShotCoordinatedWithAVerbReadAsANoun(forms, classes);
        PastCoordinatedWithALaterPastReadAsAParticiple(forms, classes);
        BuildingAfterItsNounReadAsAGerund(forms, classes);
        PluralAfterAndReadAsAPresent(forms, classes);
        HeadlineVerbReadAsANoun(forms, classes);
        HeadlineClauseVerbReadAsANoun(forms, classes);
        HeadlineFireReadAsANoun(forms, classes);
        RivalBeforeItsNoun(forms, classes);
        CollectiveBeforeOfReadAsAnAdjective(forms, classes);
        ViolenceInIngAfterInBeforeItsRelativeClause(forms, classes);
        ParticipleBeforeCoordinatedPast(forms, classes);
        HyphenatedParticiple(forms, classes);
        LadenCompound(forms, classes);
        SubjunctiveAfterDemand(forms, classes);
        ParticipleBeforeThat(forms, classes);
        PastBeforeCoordinatedPast(forms, classes);
        InvariantPastBeforeAPossessive(forms, classes);
        AccusedWithItsObjectBeforeOf(forms, classes);
        NameBeforeItsAcronym(forms, classes);
        NameReadAsVerbBeforeItsVerb(forms, classes);
        GerundSubjectBeforeItsVerb(forms, classes);
        ViolenceInIngWithItsSidesOpeningASentence(forms, classes);
        ViolenceInIngOpeningAClauseOfTime(forms, classes);
        BelievedToAfterNoun(forms, classes);
        WantedForAfterANoun(forms, classes);
        GangReadAsAVerb(forms, classes);
        PastAfterTheSubjectOfWhom(forms, classes);
        ParticipleWithoutAnObjectAfterAPrepositionsNoun(forms, classes);
        PastAfterANounBeforeItsPassiveReadAsAParticiple(forms, classes);
        AccusedOfAfterTheVerbsNounReadAsAPast(forms, classes);
        AskedOpeningAQuestion(forms, classes);
        ParticipleAfterAPrepositionsNoun(forms, classes);
        ParticipleAfterAWithPhrasesNoun(forms, classes);
        PersonReadAsAnAdjective(forms, classes);
        ParticipleBetweenANounAndItsObject(forms, classes, ambiguity);
        ParticipleBetweenCommasAfterANoun(forms, classes);
        AdjectiveCoordinatedWithANationality(forms, classes);
        ParticleOfADowning(forms, classes);
        CompoundVerbAfterAModal(forms, classes);
        BareInfinitiveAfterHelpOrLet(forms, classes);
        VerbAfterAModalReadAsAnotherPart(forms, classes);
        AdjectiveEndingAPossessedPhrase(forms, classes);
        PastBetweenACountAndItsNoun(forms, classes);
        PastReadAsASuperlative(forms, classes);
        ParticipleAfterAnyNounReadAsAPast(forms, classes);
        NameRepairs(forms, classes, ambiguity);
        if (_pastTense < 0) return;
        PastAfterSubjectPronoun(forms, classes);
        PeopleNamedByTheirFate(forms, classes);
        InvariantPastAfterASingularSubject(forms, classes);
        GerundModifyingTheLastNounOfAList(forms, classes);
        ParticipleAfterASubordinatorsSubject(forms, classes);
        VerbOfAClauseReportedWithoutThat(forms, classes);
        SubjectAfterThatAfterADay(forms, classes);
        int start = 0;
        for (int end = 0; end <= forms.Length; end++)
        {
            if (end < forms.Length && (!_boundary[classes[end]] || ListComma(forms, classes, end))) continue;
            VerblessClause(forms, classes, start, end);
            start = end + 1;
        }
        // (After the clause repairs, which read a participle after a name as a clause's verb.)
        ArmedBeforeItsNoun(forms, classes);
        IntransitivePastReadAsAParticiple(forms, classes);
        // (After the clause repairs: an apposition between commas looks like a clause of its own to them.)
        PastAfterASubjectsApposition(forms, classes);
        PastAfterTheOpeningNameAndItsDay(forms, classes);
        ParticipleInAnApposition(forms, classes);
        ParticipleAfterOneOfThePluralReadAsAPast(forms, classes);
        // (After the clause repairs, which read a headline's participle as its verb: "Colombian soldiers killed in ...".)
        HeadlinePassiveReadAsAPast(forms, classes);
        GappedPassiveReadAsAnAdjective(forms, classes);
        GerundOfAnAccusationReadAsANoun(forms, classes);
        ParticipleOfATrailingReporterReadAsAPast(forms, classes);
        ParticipleBeforeATimeAndASayingVerb(forms, classes);
        // (Again, for the pasts the clause repairs found: "He said troops killed/VBN→VBD three of the attackers
        // and recovered/VBN weapons", whose "killed" was a participle the first time.)
        CoordinatedPastTense(forms, classes);
    }

    /// <summary>
    /// "The World Health Organization (WHO/WP) said it had delivered": a word in capitals alone between brackets is the
    /// acronym of the name before it, not the pronoun, preposition or conjunction it spells ("WHO", "ON", "AND").
    /// </summary>
    private void BracketedAcronymReadAsAFunctionWord(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_properNoun < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            if (forms[i - 1] != "(" || forms[i + 1] != ")" || forms[i].Length < 2 || _noun[classes[i]]) continue;
            if (_xpos[classes[i]] is not ("WP" or "WDT" or "WRB" or "IN" or "DT" or "CC" or "MD" or "TO" or "RB")) continue;
            bool capitals = true;
            foreach (char c in forms[i]) capitals &= char.IsUpper(c);
            if (capitals) classes[i] = _properNoun;
        }
    }

    /// <summary>
    /// "See attached file: UnleadedStocks.pdf/NNP": a file's name read as a name or a web address is a common noun,
    /// as EWT tags it (train: 44 NN and 29 X/NN, the last a name's piece after a space, "Form of Guaranty.doc",
    /// which the tagger gets); a real web address, "www.space.com/notes.html", stays what the tagger made it.
    /// </summary>
    private void FileNameReadAsAName(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0) return;
        for (int i = 0; i < forms.Length; i++)
        {
            // (The tag first: it rules out nearly every word without scanning its characters.)
            if (_xpos[classes[i]] is not ("NNP" or "NNPS" or "ADD")) continue;
            string form = forms[i];
            int dot = form.LastIndexOf('.');
            if (dot <= 0 || form.AsSpan().IndexOfAny('/', ':', '@') >= 0 || form.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) continue;
            if (IsFileExtension(form.AsSpan(dot + 1))) classes[i] = _singularNoun;
        }
    }

    private static readonly string[] FileExtensions =
        ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "htm", "html", "jpg", "jpeg", "gif", "png", "zip", "wpd", "csv", "rtf"];

    private static bool IsFileExtension(ReadOnlySpan<char> extension)
    {
        foreach (var known in FileExtensions)
        {
            if (extension.Equals(known, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// '"Absolutely hate this framing ... and young folks,"/`` Vann R. Newkirk II ... said': a straight double
    /// quotation mark after one that opened a quotation earlier in the sentence closes it (straight marks do not
    /// nest), whatever the words after it suggest.
    /// </summary>
    private void StraightQuoteClosingAnOpenedOne(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_closingQuote < 0) return;
        bool open = false;
        for (int i = 0; i < forms.Length; i++)
        {
            if (forms[i] != "\"") continue;
            if (open && _xpos[classes[i]] == "``") classes[i] = _closingQuote;
            open = !open;
        }
    }

    /// <summary>
    /// "Beijing/VBG on Thursday warned Taipei": an unknown capitalised first word read as a participle,
    /// when only a prepositional phrase or a date stands between it and the sentence's first finite verb,
    /// is that verb's subject, a proper noun.
    /// </summary>
    private void NameReadAsParticiple(ReadOnlySpan<string> forms, Span<int> classes, ReadOnlySpan<ulong> ambiguity)
    {
        if (_properNoun < 0 || forms.Length < 3 || _xpos[classes[0]] != "VBG" || !char.IsUpper(forms[0][0]) || AmbiguityClasses.IsKnown(ambiguity[0])) return;
        // ("Khaing Min Oo, a spokesman for the Arakan Army, accused": followed by a name, it begins the name.)
        if (_xpos[classes[1]] == "NNP")
        {
            classes[0] = _properNoun;
            return;
        }
        for (int i = 1; i < forms.Length; i++)
        {
            if (_finite[classes[i]])
            {
                if (i > 1) classes[0] = _properNoun;
                return;
            }
            if (_xpos[classes[i]] is not ("IN" or "DT" or "CD" or "NNP" or "RB")) return;
        }
    }

    /// <summary>
    /// "Tajik/VB security forces killed at least four people": an unknown capitalised first word read as a
    /// verb, followed by nouns and then a finite verb, is a name modifying them (a nationality, a place);
    /// right before the finite verb, it is the subject ("Lynch/VB agreed").
    /// </summary>
    private void NameBeforeSubjectReadAsVerb(ReadOnlySpan<string> forms, Span<int> classes, ReadOnlySpan<ulong> ambiguity)
    {
        // ("Lynch/VB agreed to a 30-minute interview": a capitalised base form right before a past or present tense
        // is its subject, known word or not.)
        if (_properNoun >= 0 && forms.Length >= 3 && _xpos[classes[0]] is "VB" or "VBP" && char.IsUpper(forms[0][0]) && _xpos[classes[1]] is "VBD" or "VBZ")
        {
            classes[0] = _properNoun;
            return;
        }
        if (_properNoun < 0 || forms.Length < 4 || _xpos[classes[0]] is not ("VB" or "VBP" or "VBD" or "VBN") || !char.IsUpper(forms[0][0])
            || AmbiguityClasses.IsKnown(ambiguity[0])) return;
        int i = 1;
        while (i < forms.Length && _xpos[classes[i]] is "NN" or "NNS" or "NNP" or "NNPS") i++;
        if (i > 1 && i < forms.Length && _xpos[classes[i]] is "VBD" or "VBZ" or "VBP" or "VBN" && _xpos[classes[i - 1]] is "NNS" or "NN") classes[0] = _properNoun;
    }

    /// <summary>
    /// "The Taliban-run/VB Foreign Ministry", "a state-owned/VBD company", "Hamas-run/NN media": a verb after a name or noun and a
    /// hyphen, before a noun or adjective, is a participle that makes one adjective with them.
    /// </summary>
    private void HyphenatedParticiple(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0) return;
        for (int i = 2; i + 1 < forms.Length; i++)
        {
            // ("Hamas-run/NN media": "run" is a noun as often as a participle, and only a participle fits here.)
            bool verb = _xpos[classes[i]] is "VB" or "VBD" or "VBP" || _xpos[classes[i]] == "NN" && forms[i].Equals("run", StringComparison.OrdinalIgnoreCase);
            if (forms[i - 1] != "-" || !_noun[classes[i - 2]] || !verb) continue;
            if (_xpos[classes[i + 1]] is "NN" or "NNS" or "NNP" or "NNPS" or "JJ") classes[i] = _pastParticiple;
        }
    }

    /// <summary>
    /// "used explosive-laden/NNP drones/VBZ to attack": "laden" glued to a word by a hyphen makes an adjective with it, and the
    /// plural after it is the noun it describes.
    /// </summary>
    private void LadenCompound(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_adjective < 0 || _pluralNoun < 0) return;
        for (int i = 2; i + 1 < forms.Length; i++)
        {
            if (forms[i - 1] != "-" || !forms[i].Equals("laden", StringComparison.OrdinalIgnoreCase)) continue;
            classes[i] = _adjective;
            if (_xpos[classes[i + 1]] is "VBZ" or "VBP" or "NNP" or "NNPS" && forms[i + 1].EndsWith('s') && char.IsLower(forms[i + 1][0])) classes[i + 1] = _pluralNoun;
        }
    }

    /// <summary>
    /// "Gunmen burst/JJS into a car wash": a word in "-st" that is no superlative ("burst", "cast", "lost"), read
    /// as one right after a noun and before a preposition or determiner, is the noun's verb in the past.
    /// </summary>
    private void PastReadAsASuperlative(ReadOnlySpan<string> forms, Span<int> classes)
    {
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "JJS" || forms[i].EndsWith("est", StringComparison.OrdinalIgnoreCase) || !_noun[classes[i - 1]]
                || forms[i].ToLowerInvariant() is "most" or "least" or "best" or "worst" or "utmost" or "foremost" or "last" or "first") continue;
            if (_xpos[classes[i + 1]] is "IN" or "DT" or "PRP$" or "RP") classes[i] = _pastTense;
        }
    }

    /// <summary>
    /// "threatened to arrest any local leader found/VBD shielding raiders", "anyone caught/VBD with a gun": a past right
    /// after a noun that "any" opens, before a gerund, an adjective or a preposition, is the participle that picks out
    /// whom "any" means (a main verb has no such subject).
    /// </summary>
    private void ParticipleAfterAnyNounReadAsAPast(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            // (A common noun's: not "any fees he reported/VBD receiving", whose pronoun is a relative clause's subject.)
            if (_xpos[classes[i]] != "VBD" || _xpos[classes[i - 1]] is not ("NN" or "NNS") || _xpos[classes[i + 1]] is not ("VBG" or "JJ" or "IN")) continue;
            // (A form a participle can have: not "any illegal activity was/VBD available".)
            if (!forms[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !IsAnyOf(forms[i], "found", "caught", "held", "seen")) continue;
            // (Nor after an adverbial "any way" or "any time": "whether the revelations in any way led/VBD to the attacks".)
            if (IsAnyOf(forms[i - 1], "way", "time")) continue;
            int first = i - 1;
            while (first > 0 && _xpos[classes[first - 1]] is "JJ" or "NN" or "NNS") first--;
            if (IsAnyOf(forms[first], "anyone", "anybody") || first > 0 && forms[first - 1].Equals("any", StringComparison.OrdinalIgnoreCase))
                classes[i] = _pastParticiple;
        }
    }

    /// <summary>
    /// "Police shot/VBP a protester", "Soldiers shot/VBP 12 people": an irregular past read as a present tense,
    /// which its form cannot be (not "hit", "set" or "beat", whose present is the same word).
    /// </summary>
    private void IrregularPastReadAsAPresent(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastTense < 0) return;
        for (int i = 0; i < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBP") continue;
            var lower = forms[i].ToLowerInvariant();
            if (IrregularPasts.Contains(lower) && !PastsLikeTheirBaseForm.Contains(lower)) classes[i] = _pastTense;
        }
    }

    /// <summary>
    /// "In Howli, about 12 km to the north, a mob beat/VB a man to death": a verb whose past is its base form ("beat", "hit",
    /// "set"), read as the base form right after a singular subject that opens its clause ("a mob", "the crowd"), is its past:
    /// a singular subject takes no base form ("saw a mob beat a man", after a verb, keeps it).
    /// </summary>
    private void InvariantPastAfterASingularSubject(ReadOnlySpan<string> forms, Span<int> classes)
    {
        for (int i = 2; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VB" || _xpos[classes[i - 1]] != "NN" || _xpos[classes[i - 2]] != "DT"
                || _xpos[classes[i + 1]] is not ("DT" or "PRP$" or "CD" or "PRP") || i >= 3 && forms[i - 3] is not ("," or "and" or "but")
                || !PastsLikeTheirBaseForm.Contains(forms[i])) continue;
            classes[i] = _pastTense;
        }
    }

    /// <summary>
    /// "Gunmen set/JJ vehicles ablaze and blocked highways": a past tense that has no "-ed" of its own ("set",
    /// "hit", "shot") read as an adjective or noun right after the sentence's opening plural subject, and
    /// before a noun phrase, is the sentence's verb.
    /// </summary>
    private void IrregularPastReadAsAnAdjectiveAfterTheOpeningSubject(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastTense < 0) return;
        // ("Suspected Maoist rebels set/VBN off a roadside bomb": after a subject opened by "Suspected" or "Alleged", a participle too,
        // and before the particle of "set off".)
        bool suspected = forms[0] is "Suspected" or "Alleged";
        for (int i = 1; i + 1 < forms.Length && i <= 3; i++)
        {
            if (_xpos[classes[i - 1]] is not ("NNS" or "NNPS")) continue;
            if (_xpos[classes[i]] is not ("JJ" or "NN") && !(suspected && _xpos[classes[i]] == "VBN")
                || _xpos[classes[i + 1]] is not ("DT" or "NNS" or "PRP$" or "CD" or "PRP") && !(suspected && forms[i + 1] == "off")
                || !IrregularPasts.Contains(forms[i].ToLowerInvariant())) return;
            for (int k = suspected ? 1 : 0; k < i - 1; k++)
            {
                if (_xpos[classes[k]] is not ("DT" or "JJ" or "NN" or "NNP" or "CD")) return;
            }
            classes[i] = _pastTense;
            return;
        }
    }

    /// <summary>
    /// "The Chinland Council freed 23 captured/VBD soldiers": a past between a count that follows a verb or a preposition and a
    /// plural noun is the participle that describes them (a count after a verb is its object, and no clause starts inside it).
    /// </summary>
    private void PastBetweenACountAndItsNoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0) return;
        for (int i = 2; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBD" || _xpos[classes[i - 1]] != "CD" || _xpos[classes[i + 1]] is not ("NNS" or "NNPS")
                || _xpos[classes[i - 2]] is not ("VBD" or "VBZ" or "VBP" or "VB" or "IN") || forms[i - 1].Length == 4 && forms[i - 1].All(char.IsAsciiDigit)) continue;
            classes[i] = _pastParticiple;
        }
    }

    /// <summary>
    /// "ties with Gondor's golden geese/JJ almost five years after": an adjective after a possessive (and its
    /// adjectives) that nothing of the phrase follows is the phrase's noun.
    /// </summary>
    private void AdjectiveEndingAPossessedPhrase(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0 || _pluralNoun < 0) return;
        for (int i = 2; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "JJ" || !char.IsLower(forms[i][0]) || forms[i] == "own"
                || _xpos[classes[i + 1]] is not ("RB" or "IN" or "." or "," or "MD" or "TO" or "VBD" or "VBZ" or "VBP")) continue;
            int k = i - 1;
            while (k > 0 && _xpos[classes[k]] == "JJ") k--;
            // (After a name's possessive, or with an adjective between: "The food 's/POS okay" is a verb misread.)
            if (_xpos[classes[k]] != "POS" || k == i - 1 && (k == 0 || _xpos[classes[k - 1]] is not ("NNP" or "NNPS"))) continue;
            classes[i] = forms[i].EndsWith('s') && !forms[i].EndsWith("ss", StringComparison.Ordinal) ? _pluralNoun : _singularNoun;
        }
    }

    /// <summary>
    /// "Sanders will back/RB Clinton", "the country will host/NN the talks": right after a modal (and "not" or
    /// "also"), a word read as a noun, adjective, preposition or "back"/"up" before the start of a noun phrase
    /// is the modal's verb, which the clause has no other of.
    /// </summary>
    private void VerbAfterAModalReadAsAnotherPart(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_baseForm < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            int before = i - 1;
            if (before > 0 && forms[before].ToLowerInvariant() is "not" or "n't" or "also") before--;
            if (_xpos[classes[before]] != "MD" || !char.IsLower(forms[i][0])) continue;
            bool misread = _xpos[classes[i]] switch
            {
                "NN" or "JJ" => true,
                "RB" or "RP" or "IN" => forms[i] is "back" or "up",
                _ => false,
            };
            if (!misread || !(_xpos[classes[i + 1]] is "DT" or "NNP" or "NNPS" or "PRP$" or "CD" || forms[i + 1] is "him" or "her" or "them" or "us" or "it")) continue;
            classes[i] = _baseForm;
        }
    }

    /// <summary>
    /// "whether guards helped the inmates escape/NN, and police ... detained": after "help" or "let" and the people it
    /// helps or lets (a plural or a pronoun), a singular noun before a pause or a preposition is their act, a bare infinitive.
    /// </summary>
    private void BareInfinitiveAfterHelpOrLet(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_baseForm < 0) return;
        for (int verb = 0; verb + 2 < forms.Length; verb++)
        {
            if (!_xpos[classes[verb]].StartsWith("VB", StringComparison.Ordinal) || !HelpsOrLets(forms[verb])) continue;
            int people = verb + 1;
            if (_xpos[classes[people]] == "DT") people++;
            while (people < forms.Length && _xpos[classes[people]] == "JJ") people++;
            if (people + 1 >= forms.Length || _xpos[classes[people]] is not ("NNS" or "PRP")) continue;
            int act = people + 1;
            bool beforeAPause = act + 1 == forms.Length || _xpos[classes[act + 1]] is "," or "." or ":" or "IN" or "TO" or "DT" or "RB" or "RP";
            if (_xpos[classes[act]] == "NN" && char.IsLower(forms[act][0]) && beforeAPause) classes[act] = _baseForm;
        }
    }

    private static readonly string[] HelpAndLet = ["help", "helps", "helped", "helping", "let", "lets", "letting"];

    private static bool HelpsOrLets(string word) => IsAnyOf(word, HelpAndLet);

    /// <summary>
    /// ", one of the armed groups formed/VBD after the 2021 coup, ambushed": a past form right after "one of the" and a plural, inside an
    /// apposition opened by a comma, with a preposition after it, is the plural's participle.
    /// </summary>
    private void ParticipleAfterOneOfThePluralReadAsAPast(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0) return;
        for (int i = 5; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBD" || _xpos[classes[i - 1]] != "NNS" || _xpos[classes[i + 1]] != "IN" || !LooksPast(forms[i])) continue;
            int the = i - 2;
            while (the > 2 && _xpos[classes[the]] is "JJ" or "NN" or "VBN") the--;
            if (!forms[the].Equals("the", StringComparison.OrdinalIgnoreCase) || !forms[the - 1].Equals("of", StringComparison.OrdinalIgnoreCase)
                || !forms[the - 2].Equals("one", StringComparison.OrdinalIgnoreCase) || the < 3 || forms[the - 3] != ",") continue;
            classes[i] = _pastParticiple;
        }
    }

    /// <summary>
    /// "demanding a 50% pay/VB rise": a base form or present right after a percent sign and before a noun is the noun's modifier.
    /// </summary>
    private void VerbAfterAPercentSign(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            if (forms[i - 1] is not ("%" or "percent" or "per cent") || _xpos[classes[i]] is not ("VB" or "VBP") || !char.IsLower(forms[i][0])
                || _xpos[classes[i + 1]] is not ("NN" or "NNS")) continue;
            classes[i] = _singularNoun;
        }
    }

    /// <summary>
    /// ", which drills/NNS and repairs/NNS wells for ...": right after a relative pronoun that follows a comma, plurals coordinated
    /// by "and", with an object after them (a noun, a determiner), are the relative clause's verbs in the present; so is one plural
    /// after a singular noun's relative pronoun ("a rights group that tracks/NNS arrests").
    /// </summary>
    private void PresentsAfterARelativePronounReadAsPlurals(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_presentSingular < 0) return;
        for (int i = 2; i + 4 < forms.Length; i++)
        {
            if (forms[i - 1] != "," || forms[i].ToLowerInvariant() is not ("which" or "who") || _xpos[classes[i + 1]] != "NNS" || forms[i + 2] != "and"
                || _xpos[classes[i + 3]] != "NNS" || _xpos[classes[i + 4]] is not ("NNS" or "NN" or "DT" or "PRP$" or "CD" or "JJ")) continue;
            classes[i + 1] = _presentSingular;
            classes[i + 3] = _presentSingular;
        }
        // ("a rights group that tracks/NNS arrests": so is a plural in "-s" right after a relative pronoun on a singular noun, before
        // its object; the noun is its subject, so the word is a verb.)
        for (int i = 2; i + 2 < forms.Length; i++)
        {
            // ("the bridge over the Logone that links/NNS Yagoua to Bongor": or a name's, before a name.)
            if (_xpos[classes[i + 1]] != "NNS" || _xpos[classes[i]] is not ("WDT" or "WP") || _xpos[classes[i - 1]] is not ("NN" or "NNP")
                || _xpos[classes[i + 2]] is not ("NNS" or "DT" or "PRP$" or "CD" or "NNP")
                || !forms[i + 1].EndsWith('s') || !(forms[i].Equals("that", StringComparison.OrdinalIgnoreCase) || forms[i].Equals("which", StringComparison.OrdinalIgnoreCase)
                                                   || forms[i].Equals("who", StringComparison.OrdinalIgnoreCase))) continue;
            classes[i + 1] = _presentSingular;
        }
        // ("the Catholic bishop of Kontagora, whose diocese covers/NNS Mokwa, urged": so is one after "whose" and its singular noun, before
        // a name or a determiner.)
        for (int i = 1; i + 3 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "WP$" || _xpos[classes[i + 1]] != "NN" || _xpos[classes[i + 2]] != "NNS" || _xpos[classes[i + 3]] is not ("NNP" or "DT" or "PRP$" or "CD")
                || !forms[i + 2].EndsWith('s')) continue;
            classes[i + 2] = _presentSingular;
        }
    }

    /// <summary>
    /// "The World Food Programme, which distributed/VBN food to some 4,000 displaced people": a participle in "-ed" right after a
    /// relative pronoun that follows a comma, before its object, is the relative clause's past (the pronoun is its subject); so is
    /// one after the pronoun and the clause's own subject.
    /// </summary>
    private void PastAfterARelativePronounReadAsAParticiple(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastTense < 0) return;
        for (int i = 2; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBN" || _xpos[classes[i - 1]] is not ("WDT" or "WP") || forms[i - 2] != ","
                || _xpos[classes[i + 1]] is not ("DT" or "NN" or "NNS" or "CD" or "PRP$") || !forms[i].EndsWith("ed", StringComparison.Ordinal)
                || forms[i - 1].ToLowerInvariant() is not ("which" or "who")) continue;
            classes[i] = _pastTense;
        }
        // ("In Kidal, which the army and its Russian allies recaptured/VBN from the rebels in November 2023": so is one after ", which"
        // and the clause's own subject, a noun phrase with no verb of its own.)
        for (int i = 4; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBN" || !forms[i].EndsWith("ed", StringComparison.Ordinal) || !_noun[classes[i - 1]]) continue;
            int which = i - 2;
            while (which > 1 && i - which <= 7 && _xpos[classes[which]] is "DT" or "PRP$" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "CC") which--;
            if (which >= 1 && which < i - 1 && forms[which].Equals("which", StringComparison.OrdinalIgnoreCase) && forms[which - 1] == ",") classes[i] = _pastTense;
        }
    }

    /// <summary>
    /// "a man who identified himself as a spokesman for the group's Córdoba bloc denied/VBN involvement and accused ...": "denied"
    /// or "claimed" right after a noun and before the involvement or responsibility denied or claimed is a past (no passive: no
    /// "was" or "had" before it).
    /// </summary>
    private void DenialOrClaimAfterANounReadAsAParticiple(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastTense < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBN" || !_noun[classes[i - 1]] || forms[i] is not ("denied" or "claimed")
                || forms[i + 1] is not ("involvement" or "responsibility" or "any" or "all")) continue;
            classes[i] = _pastTense;
        }
    }

    /// <summary>
    /// "A spokesman for the Costa Chica Community Front, an armed self-defence group active in several Mixtec villages, denied/VBN in a
    /// telephone interview that its members had ...": a verb of saying after the comma that closes the subject's apposition, with no
    /// finite verb before it in the sentence and a "that" clause after it, is the sentence's past tense.
    /// </summary>
    private void ReportAfterTheSubjectsAppositionReadAsAParticiple(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastTense < 0) return;
        for (int i = 4; i + 2 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBN" || forms[i - 1] != "," || forms[i] is not ("denied" or "said" or "claimed" or "insisted" or "warned" or "added")) continue;
            bool thatAfter = false;
            for (int j = i + 1; j < forms.Length && j <= i + 8 && !thatAfter; j++) thatAfter = forms[j] == "that";
            if (!thatAfter) return;
            for (int j = 0; j < i; j++)
            {
                if (_finite[classes[j]] || IsPerfectOrPassiveAuxiliary(forms[j]) || IsAnyOf(forms[j], "being", "who", "which", "that")) return;
            }
            classes[i] = _pastTense;
            return;
        }
    }

    /// <summary>
    /// "In Banfora, several hundred people rallied/VBN on Tuesday in support of the junta and called on young men to enlist": a participle
    /// in "-ed" right after a plural noun, with no finite verb before it and a past after a later "and", is that past's first conjunct.
    /// </summary>
    private void PastCoordinatedWithALaterPastReadAsAParticiple(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastTense < 0) return;
        // (The subject opens the sentence, or follows an opening phrase and its comma, and is a plain noun phrase.)
        bool opening = IsAnyOf(forms[0], "in", "on", "at");
        int first = opening ? forms.IndexOf(",") + 1 : 0;
        if (opening && first <= 0) return;
        int verb = first;
        while (verb < forms.Length && _xpos[classes[verb]] is "DT" or "CD" or "JJ" or "NN" or "NNS" or "NNP") verb++;
        if (verb == first || verb + 2 >= forms.Length || _xpos[classes[verb]] != "VBN" || _xpos[classes[verb - 1]] != "NNS" || !forms[verb].EndsWith("ed", StringComparison.Ordinal)) return;
        int and = -1;
        for (int k = verb + 2; k + 1 < forms.Length; k++)
        {
            if (_finite[classes[k]] && and < 0) return;
            if (forms[k] == "and" && and < 0 && _xpos[classes[k + 1]] == "VBD") and = k++;
            else if (and >= 0 && _finite[classes[k]]) return;   // (Not "Banners signed by the cartel and hung from bridges ... threatened".)
        }
        if (and > 0) classes[verb] = _pastTense;
    }

    /// <summary>
    /// "VDP fighters had rounded up and shot/NN at least 12 Fulani men": "shot" right after "and" and a past or participle (with its
    /// particle) is that verb's conjunct, tagged as it is.
    /// </summary>
    private void ShotCoordinatedWithAVerbReadAsANoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        for (int i = 2; i < forms.Length; i++)
        {
            if (forms[i] != "shot" || forms[i - 1] != "and" || _xpos[classes[i]] is "VBD" or "VBN") continue;
            int verb = _xpos[classes[i - 2]] == "RP" && i >= 3 ? i - 3 : i - 2;
            if (_xpos[classes[verb]] is "VBD" or "VBN") classes[i] = classes[verb];
        }
    }

    /// <summary>
    /// "police said that 19 farmers abducted/VBD near Jibia in March had been released": a past in "-ed" right after a plural noun and
    /// before a preposition, ahead of the clause's own perfect or passive ("had been", "were" and a participle) with no verb or comma between, is a participle
    /// on the noun.
    /// </summary>
    private void ParticipleOnTheSubjectBeforeItsPassiveReadAsAPast(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0) return;
        for (int i = 1; i + 3 < forms.Length; i++)
        {
            // (With no object: a preposition right after it; "bandits freed 17 farmers they had held" is a past.)
            if (_xpos[classes[i]] != "VBD" || !forms[i].EndsWith("ed", StringComparison.Ordinal) || _xpos[classes[i - 1]] != "NNS" || _xpos[classes[i + 1]] != "IN") continue;
            for (int j = i + 1; j + 1 < forms.Length && j <= i + 8; j++)
            {
                if (forms[j] is "," or "and" or "that" or "who" or "which" || _xpos[classes[j]] is "VBD" or "VBZ" or "VBP" or "VBN" or "VB" or "MD" && forms[j] is not ("had" or "were")) break;
                if (forms[j] is "had" or "were" && (forms[j + 1] == "been" || _xpos[classes[j + 1]] == "VBN"))
                {
                    classes[i] = _pastParticiple;
                    break;
                }
            }
        }
    }

    /// <summary>Whether the word is "was", "were", "been", "had", "has" or "have", in any case (no lowered copy made).</summary>
    private static bool IsPerfectOrPassiveAuxiliary(string word) => IsAnyOf(word, "was", "were", "been", "had", "has", "have");

    /// <summary>Whether the word is one of the lower-case words given, in any case.</summary>
    private static bool IsAnyOf(string word, params ReadOnlySpan<string> words)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// "government forces and al/FW Shabaab fighters clashed": "al" before a capitalised word is the first word of the name ("al Shabaab",
    /// "al Qaeda"), as the treebanks tag it.
    /// </summary>
    private void ArabicArticleOfANameReadAsForeign(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_properNoun < 0) return;
        for (int i = 0; i + 1 < forms.Length; i++)
        {
            if (forms[i] == "al" && forms[i + 1].Length > 1 && char.IsUpper(forms[i + 1][0]) && _xpos[classes[i]] != "NNP") classes[i] = _properNoun;
        }
    }

    /// <summary>
    /// "Hundreds of residents, many dressed in white, marched/VBN through the town": a past after an aside on some of the subject's
    /// people, with no finite verb before it, is the sentence's past tense.
    /// </summary>
    private void PastAfterAnAsideOnTheSubjectsPeopleReadAsAParticiple(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastTense < 0) return;
        for (int i = 5; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBN" || forms[i - 1] != "," || !forms[i].EndsWith("ed", StringComparison.Ordinal)) continue;
            int aside = -1;
            for (int j = 1; j < i - 2; j++)
            {
                if (_finite[classes[j]] || IsPerfectOrPassiveAuxiliary(forms[j])) return;
                // (Not "many of them women ...", which the parser reads well enough.)
                if (forms[j] == "," && aside < 0 && IsAnyOf(forms[j + 1], "many", "most", "some", "several", "all", "both") && forms[j + 2] != "of") aside = j;
            }
            if (aside > 1 && _noun[classes[aside - 1]]) classes[i] = _pastTense;
            return;
        }
    }

    /// <summary>
    /// "relatives of men detained in earlier sweeps/VBZ staged a sit-in": a word in "-s" after a preposition and "earlier", "recent" or
    /// "previous" is a plural noun.
    /// </summary>
    private void PluralAfterAPrepositionAndATimeAdjectiveReadAsAPresent(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pluralNoun < 0) return;
        for (int i = 2; i < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBZ" || !forms[i].EndsWith('s') || !IsAnyOf(forms[i - 1], "earlier", "recent", "previous", "past")
                || !IsAnyOf(forms[i - 2], "in", "during", "after", "since", "from")) continue;
            classes[i] = _pluralNoun;
        }
    }

    /// <summary>
    /// "distributed food and mats/VBZ to displaced families": a word in "-s" right after a noun and "and", before "to" or a preposition,
    /// is the noun's conjunct, a plural.
    /// </summary>
    private void PluralAfterAndReadAsAPresent(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pluralNoun < 0) return;
        for (int i = 2; i + 1 < forms.Length; i++)
        {
            // (Not a verb before its infinitive or its clause: "being an asset and refuses/VBZ to close the estate and insists that".)
            if (_xpos[classes[i]] != "VBZ" || _xpos[classes[i - 2]] is not ("NN" or "NNS") || _xpos[classes[i + 1]] is not ("TO" or "IN")
                || i + 2 < forms.Length && _xpos[classes[i + 2]] == "VB" || forms[i - 1] != "and" || forms[i].Length < 4 || !forms[i].EndsWith('s') || !char.IsLower(forms[i][0])
                || forms[i] is "does" or "goes" or "says" || forms[i + 1] is "that" or "if" or "whether") continue;
            classes[i] = _pluralNoun;
        }
    }

    /// <summary>
    /// "rallied outside the district administration building/VBG on Tuesday": "building" right after a singular noun, before a
    /// preposition or the end of its phrase, is the noun's compound head, a noun.
    /// </summary>
    private void BuildingAfterItsNounReadAsAGerund(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0) return;
        for (int i = 2; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBG" || _xpos[classes[i - 1]] != "NN" || !_boundary[classes[i + 1]] && _xpos[classes[i + 1]] != "IN"
                || !forms[i].Equals("building", StringComparison.Ordinal)) continue;
            classes[i] = _singularNoun;
        }
    }

    /// <summary>
    /// "Soldiers will not wire/VB tap/NN the links": after a modal, a base form and a noun before the
    /// noun's own determiner make one verb, "wire tap", whose head is the second word (two objects in a row
    /// need a verb that takes two, and those are left alone: "will give peace a chance").
    /// </summary>
    private void CompoundVerbAfterAModal(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_baseForm < 0 || _singularNoun < 0) return;
        for (int i = 2; i + 2 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VB" || _xpos[classes[i + 1]] != "NN" || _xpos[classes[i + 2]] is not ("DT" or "PRP$") || !char.IsLower(forms[i + 1][0])) continue;
            int before = _xpos[classes[i - 1]] == "RB" ? i - 2 : i - 1;
            if (_xpos[classes[before]] != "MD" || TwoObjectVerbs.Contains(forms[i].ToLowerInvariant())
                || forms[i + 1].EndsWith("one", StringComparison.Ordinal) || forms[i + 1].EndsWith("body", StringComparison.Ordinal)
                || forms[i + 1].EndsWith("thing", StringComparison.Ordinal)) continue;   // ("would save someone the hassle")
            classes[i] = _singularNoun;
            classes[i + 1] = _baseForm;
        }
    }

    private static readonly HashSet<string> TwoObjectVerbs = new(StringComparer.Ordinal)
    {
        "give", "make", "take", "pay", "call", "name", "send", "show", "offer", "cost", "tell", "ask", "bring", "lend", "owe", "grant", "deny",
        "leave", "wish", "hand", "teach", "buy", "get", "find", "consider", "elect", "appoint", "keep", "set", "do", "have", "let", "pass",
        "save", "spare",
    };

    /// <summary>
    /// "Ukrainian forces shot down/IN a Russian fighter jet": "down" after a verb of downing, before its object,
    /// is the verb's particle (read as a preposition, the jet became a clause of its own).
    /// </summary>
    private void ParticleOfADowning(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_particle < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            if (forms[i] != "down" || _xpos[classes[i]] != "IN" || _xpos[classes[i + 1]] is not ("DT" or "CD" or "PRP$" or "JJ" or "NNS")) continue;
            if (forms[i - 1].ToLowerInvariant() is "shot" or "shoot" or "shoots" or "shooting" or "gunned" or "gun" or "mowed" or "knocked" or "brought" or "cut" or "struck")
                classes[i] = _particle;
        }
    }

    /// <summary>
    /// "A war monitor/RBR said", "..., monitor/VB says": a word for a person who reports that is also a verb, right
    /// before a verb of saying and after a noun phrase's words, a comma or nothing, is that verb's subject, a noun.
    /// </summary>
    private void ReporterNounReadAsAVerb(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0 || _pluralNoun < 0) return;
        for (int i = 0; i + 1 < forms.Length; i++)
        {
            if (!ReporterNouns.Contains(forms[i]) || _xpos[classes[i]] is "NN" or "NNS" or "NNP" or "NNPS") continue;
            if (i > 0 && _xpos[classes[i - 1]] is not ("DT" or "JJ" or "NN" or "NNS" or "NNP" or "," or "CD")) continue;
            // ("a war monitor/VB and rescue/VB workers said": or the first of reporters coordinated before it.)
            int verb = i + 1;
            if (forms[verb] == "and") while (verb < forms.Length && verb <= i + 4 && !IsVerbOfSaying(forms[verb])) verb++;
            if (verb >= forms.Length || !IsVerbOfSaying(forms[verb])) continue;
            classes[i] = forms[i].EndsWith('s') && !forms[i].EndsWith("ss", StringComparison.Ordinal) ? _pluralNoun : _singularNoun;
            // (The words between "and" and the verb are the other reporters' noun phrase: "rescue workers".)
            for (int k = i + 2; k < verb; k++)
            {
                if (_xpos[classes[k]] is "VB" or "VBP") classes[k] = _singularNoun;
            }
            if (_xpos[classes[verb]] is "NN" or "NNS" or "VB" or "UH") classes[verb] = forms[verb].EndsWith('s') ? _presentSingular : forms[verb].EndsWith('d') ? _pastTense : _presentPlural;
        }
    }

    private static bool IsVerbOfSaying(string form) => form.ToLowerInvariant() is "said" or "says" or "say" or "told" or "reported" or "added";

    /// <summary>Nouns for people who report that are verbs too ("to monitor", "to witness").</summary>
    private static readonly HashSet<string> ReporterNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "monitor", "monitors", "witness", "witnesses", "guard", "guards", "aide", "aides", "observer", "observers",
    };

    /// <summary>
    /// "advisers to Mr. Obama say/UH, the president ...": "say" after a noun is the verb, not an interjection;
    /// so is any "interjection" between a noun and the article of its object ("Fornost and Gondor welcome/UH a resumption of ties").
    /// </summary>
    private void SayAfterNoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_presentPlural < 0) return;
        for (int i = 1; i < forms.Length; i++)
        {
            if (_xpos[classes[i - 1]] is not ("NN" or "NNS" or "NNP" or "NNPS")) continue;
            if (forms[i] == "say" && _xpos[classes[i]] is "UH" or "NN"
                || _xpos[classes[i]] == "UH" && i + 1 < forms.Length && _xpos[classes[i + 1]] is "DT" or "PRP$" && !forms[i].EndsWith('s'))
                classes[i] = _presentPlural;
        }
    }

    /// <summary>
    /// "Ambulances evacuated the (most seriously) wounded/VBN to Dera Ismail Khan": "the wounded", "the injured", "the dead" with no noun
    /// after them are people, a plural noun (the parser made "the" the object and the participle its modifier); so are "27 wounded"
    /// that a verb of care takes.
    /// </summary>
    private void PeopleNamedByTheirFate(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pluralNoun < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] is not ("VBN" or "VBD" or "JJ") || forms[i] is not ("wounded" or "injured")) continue;
            int article = i - 1;
            while (article > 0 && _xpos[classes[article]] is "RB" or "RBS" or "RBR") article--;
            // ("had treated 27 wounded/VBN at the regional hospital": or a count of them that a verb of care takes.)
            bool counted = _xpos[classes[article]] == "CD" && article >= 1 && forms[article - 1] is "treated" or "evacuated" or "admitted" or "received" or "airlifted";
            if (forms[article] is not ("the" or "The") && !counted || _xpos[classes[i + 1]] is "NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "CD") continue;
            classes[i] = _pluralNoun;
        }
    }

    /// <summary>
    /// "Militiamen armed with machetes, bows and hunting/VBG rifles killed": a gerund after the "and" of a list of nouns, before a
    /// noun that a verb's past follows at once, is that noun's modifier ("hunting rifles", "fishing boats"), not a verb with it for object.
    /// </summary>
    private void GerundModifyingTheLastNounOfAList(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0) return;
        for (int i = 2; i + 2 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBG" || forms[i - 1] is not ("and" or "or") || !_noun[classes[i - 2]] || _xpos[classes[i + 1]] is not ("NN" or "NNS")
                || _xpos[classes[i + 2]] is not ("VBD" or "VBN")) continue;
            classes[i] = _singularNoun;
        }
    }

    /// <summary>
    /// Whether a comma only separates the nouns of a list that "and" or "or" closes within four words, with a verb's past
    /// right after its last noun ("Militiamen armed with machetes, bows and hunting rifles killed/VBN"): the list and the
    /// verb are one clause's.
    /// </summary>
    private bool ListComma(ReadOnlySpan<string> forms, ReadOnlySpan<int> classes, int comma)
    {
        if (forms[comma] != "," || comma == 0 || !_noun[classes[comma - 1]] || comma + 2 >= forms.Length) return false;
        for (int k = comma + 1; k < forms.Length && k <= comma + 4; k++)
        {
            if (_xpos[classes[k]] is not ("NN" or "NNS" or "JJ" or "VBG" or "CC")) return false;
            if (forms[k] is not ("and" or "or")) continue;
            if (k == comma + 1 || !_noun[classes[k - 1]]) return false;
            int last = k + 1;
            while (last < forms.Length && _xpos[classes[last]] is "NN" or "NNS" or "JJ" or "VBG") last++;
            return last > k + 1 && last < forms.Length && _noun[classes[last - 1]] && _xpos[classes[last]] is "VBD" or "VBN";
        }
        return false;
    }

    /// <summary>
    /// A clause that opens with a noun phrase and has no finite verb, followed by a past participle (or
    /// an "-ed" adjective) right after that noun phrase, is a past-tense clause the left-to-right tagger
    /// misread. Participle-only forms ("taken", "shown", "done") are left alone.
    /// </summary>
    private void VerblessClause(ReadOnlySpan<string> forms, Span<int> classes, int start, int end)
    {
        int finite = -1, firstFinite = -1, finiteCount = 0;
        bool lastSubordinate = false;
        for (int i = start; i < end; i++)
        {
            if (!_finite[classes[i]]) continue;
            // "Gunmen ... assassinated/VBN a candidate as he greeted supporters": the verb of a subordinate
            // clause is not the clause's own. ("... distributed/VBN tents to about 150 families who had fled katcha villages and were
            // camped outside Saddiqabad": nor is one coordinated with it by "and".)
            bool subordinate = Subordinate(forms, classes, start, i) || lastSubordinate && i - 1 > start && forms[i - 1].Equals("and", StringComparison.OrdinalIgnoreCase);
            lastSubordinate = subordinate;
            if (!subordinate && !InACoordinatedClause(forms, classes, start, i)) (finite, finiteCount) = (i, finiteCount + 1);
            if (finiteCount == 1 && firstFinite < 0) firstFinite = finite;
        }
        if (finiteCount > 2) return;
        // The opening noun phrase, with its prepositional modifiers and coordinated nouns ("Gunmen from the
        // cartel and self-defense groups"), up to the first word that cannot continue it.
        // ("..., before police fired/VBN tear gas to disperse the crowd": after a subordinator too.)
        int opening = start < end && forms[start].ToLowerInvariant() is "before" or "after" or "until" or "when" or "while" or "as" or "because" ? start + 1 : start;
        // ("..., and in September soldiers battled/VBN raiders": after the "and" of a coordinated clause that opens with a time.)
        if (opening == start && start + 2 < end && forms[start].ToLowerInvariant() is "and" or "but")
        {
            int timeEnd = start + 1;
            while (timeEnd < end && TimePhraseWords.Contains(forms[timeEnd].ToLowerInvariant())) timeEnd++;
            if (timeEnd > start + 1 && TimeNouns.Contains(forms[timeEnd - 1].ToLowerInvariant())) opening = start + 1;
        }
        // ("..., and government officials and 3R representatives held/VBN talks in Bangui": after ", and" with a subject of its own,
        // when the participle has an object, which no participle modifying a noun has.)
        bool needsAnObject = false;
        if (opening == start && start > 0 && start + 2 < end && forms[start - 1] == "," && forms[start].Equals("and", StringComparison.OrdinalIgnoreCase))
            (opening, needsAnObject) = (start + 1, true);
        // ("Two days earlier, insurgents ... shelled/VBN government-held villages": after an opening time and its comma.)
        int pastTime = opening;
        while (pastTime < end && (TimeSpanWords.Contains(forms[pastTime])
                                  || _xpos[classes[pastTime]] == "CD")) pastTime++;
        if (pastTime > opening && pastTime + 1 < end && forms[pastTime] == ",") opening = pastTime + 1;
        // ("On Monday a Russian drone struck/VBN an evacuation van": after an opening time with no comma.)
        int afterTime = opening;
        while (afterTime < end && (TimePhraseWords.Contains(forms[afterTime].ToLowerInvariant()) || _xpos[classes[afterTime]] == "CD")) afterTime++;
        if (afterTime > opening && TimeNouns.Contains(forms[afterTime - 1].ToLowerInvariant())) opening = afterTime;
        // ("about 200 relatives of soldiers ... rallied/VBN": a count's adverb opens the noun phrase.)
        if (opening + 1 < end && _xpos[classes[opening]] == "RB" && _xpos[classes[opening + 1]] == "CD") opening++;
        int i0 = opening;
        bool noun = false;
        while (i0 < end)
        {
            // ("One of the docs called/VBN Oz a quack": a count with "of" heads the noun phrase.)
            if (i0 + 1 < end && _xpos[classes[i0]] == "CD" && forms[i0 + 1] == "of") noun = true;
            // ("several hundred relatives of soldiers missing in action rallied": a fixed phrase inside the noun phrase.)
            if (noun && i0 + 2 < end && forms[i0].Equals("missing", StringComparison.OrdinalIgnoreCase) && forms[i0 + 1] == "in" && forms[i0 + 2] == "action")
            {
                i0 += 3;
                continue;
            }
            // ("Relatives of soldiers missing near Orikhiv rallied/VBN": or "missing" before its place's preposition.)
            if (noun && i0 + 1 < end && _xpos[classes[i0 + 1]] == "IN" && forms[i0].Equals("missing", StringComparison.OrdinalIgnoreCase))
            {
                i0++;
                continue;
            }
            var tag = _xpos[classes[i0]];
            // ("a pro-Islamic State group threatened/VBN": a prefix before its hyphen.)
            if (!noun && i0 > opening && i0 + 2 < end && forms[i0 + 1] == "-" && char.IsLower(forms[i0][0]))
            {
                i0 += 2;
                continue;
            }
            // ("the al-Qaida-linked/VBN Hayat Tahrir al-Sham group shelled/VBN": a participle after a hyphen ends a compound adjective.)
            if (tag is "VBN" or "VBD" && i0 > opening && forms[i0 - 1] == "-" && i0 + 1 < end && _xpos[classes[i0 + 1]] is "NN" or "NNS" or "NNP" or "NNPS" or "JJ")
            {
                i0++;
                continue;
            }
            // ("Police and suspected/VBN drug traffickers exchanged/VBN fire": a participle between "and" or an article and a noun modifies it;
            // so does one opening the sentence, "Suspected/VBN jihadists killed/VBN at least 14 civilians".)
            // (And one after an opening time's comma: "On Wednesday, suspected/VBN militants fired/VBN".)
            if (tag == "VBN" && (i0 > opening && _xpos[classes[i0 - 1]] is "CC" or "DT" || i0 == 0 && char.IsUpper(forms[0][0])
                                 || i0 == start && i0 >= 2 && forms[i0 - 1] == "," && TimeNouns.Contains(forms[i0 - 2].ToLowerInvariant()))
                && i0 + 1 < end && _xpos[classes[i0 + 1]] is "NN" or "NNS")
            {
                i0++;
                continue;
            }
            // ("dozens of relatives of the detained men protested/VBN": an "-ed" word after an article is the noun's modifier.)
            bool participleAdjective = tag == "JJ" && noun && forms[i0].EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                                       && _xpos[classes[i0 - 1]] is not ("DT" or "PRP$");
            if (participleAdjective || tag is not ("DT" or "PDT" or "CD" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "PRP$" or "POS" or "HYPH")
                && !(noun && tag is "IN" or "CC" or "-LRB-" or "-RRB-" or "FW")) break;   // (and "... Programme (WFP) distributed/VBN", "the Clan del/FW Golfo")
            if (_noun[classes[i0]]) noun = true;
            i0++;
        }
        if (!noun || i0 >= end || i0 == opening) return;
        // "The Republican nominee also linked ...", "Asayish officers later detained/JJ 12 protesters": adverbs
        // may stand between the subject and the verb.
        while (i0 + 1 < end && _xpos[classes[i0]] is "RB" or "RBR") i0++;
        // "Government troops backed/VBD by clan militias known as Ma'awisley clashed/VBD with al Shabaab": of two past
        // tenses, one right after the subject and before "by" or "with" modifies the subject when the other is past too.
        if (finiteCount == 2)
        {
            if (firstFinite == i0 && _xpos[classes[i0]] == "VBD" && _xpos[classes[finite]] == "VBD" && _pastParticiple >= 0 && i0 + 1 < end
                && IsModifierPreposition(forms[i0 + 1], withTo: false)) classes[i0] = _pastParticiple;
            return;
        }
        if (finiteCount == 1)
        {
            // "Inmates armed with guns and grenades fought/VBN each other": a past tense right after the
            // subject and before "with" or "by" modifies the subject when a participle after a later noun
            // can be the clause's verb.
            if (finite != i0 || _xpos[classes[i0]] != "VBD" || _pastParticiple < 0 || i0 + 1 >= end || !IsModifierPreposition(forms[i0 + 1], withTo: false)) return;
            for (int j = i0 + 2; j < end; j++)
            {
                if (!IsPastCandidate(forms, classes, j)) continue;
                classes[i0] = _pastParticiple;
                classes[j] = _pastTense;
                return;
            }
            return;
        }
        if (!IsPastCandidate(forms, classes, i0)) return;
        if (needsAnObject && (i0 + 1 >= end || _xpos[classes[i0 + 1]] is not ("DT" or "PRP$" or "CD" or "NNS" or "NN" or "NNP"))) return;
        // "Soldiers sent to the town opened fire", "Inmates armed with guns fought": a participle followed by
        // "to", "by" or "with" modifies the subject; a later candidate after a noun is the clause's verb.
        // ("Reinforcements rushed from a nearby camp exchanged fire": so does one followed by "from", when the
        // later candidate has an object of its own.)
        bool from = i0 + 1 < end && forms[i0 + 1].Equals("from", StringComparison.OrdinalIgnoreCase);
        if (i0 + 1 < end && (IsModifierPreposition(forms[i0 + 1], withTo: true) || from))
        {
            for (int j = i0 + 2; j < end; j++)
            {
                if (IsPastCandidate(forms, classes, j) && (!from || j + 1 < end && _xpos[classes[j + 1]] is "NN" or "NNS" or "DT" or "PRP$" or "CD"))
                {
                    i0 = j;
                    break;
                }
            }
        }
        classes[i0] = _pastTense;
    }

    /// <summary>
    /// "Pakistan said it shot/VBN down two Indian warplanes": right after a subject pronoun, with no
    /// auxiliary between, a past participle is the pronoun's verb in the past tense.
    /// </summary>
    private void PastAfterSubjectPronoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        for (int i = 1; i < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBN" || _xpos[classes[i - 1]] != "PRP") continue;
            var pronoun = forms[i - 1].ToLowerInvariant();
            // "it" is also an object ("had it fixed", "get it done"): only after a verb of saying ("said it shot").
            bool subjectIt = pronoun == "it" && i >= 2 && forms[i - 2].ToLowerInvariant() is "said" or "says" or "added" or "claimed" or "announced" or "stated";
            if (pronoun is "he" or "she" or "they" or "we" or "i" || subjectIt) classes[i] = _pastTense;
        }
    }

    /// <summary>
    /// The verb of a clause reported without "that", right after a verb of saying and a noun phrase, with an
    /// object of its own: "said Israeli tanks also shelled/VBN homes" (a past tense; "said the men detained
    /// Tuesday were freed", a participle before a time or a verb, modifies the noun and is left alone), "said
    /// the military only targets/NNS armed groups" (a present tense after a singular noun). After "told" the
    /// clause's subject follows the listener, and the verb may open a quotation: "told a local radio station the
    /// soldiers "opened/VBN fire on civilians"".
    /// </summary>
    private void VerbOfAClauseReportedWithoutThat(ReadOnlySpan<string> forms, Span<int> classes)
    {
        for (int say = 0; say + 3 < forms.Length; say++)
        {
            string verb = forms[say].ToLowerInvariant();
            bool told = verb is "told" or "tells";
            if (!told && verb is not ("said" or "says" or "say" or "added" or "claimed")) continue;
            int i = say + 1;
            if (told && (i = AfterANounPhrase(classes, i)) == say + 1) continue;
            int phrase = i;
            while (i < forms.Length && _xpos[classes[i]] is "DT" or "JJ" or "CD" or "PRP$") i++;
            // (After the listener, the subject opens with its determiner: "told reporters the army ...", not
            // "told reporters gathered ...".)
            if (told && (i == phrase || _xpos[classes[phrase]] != "DT")) continue;
            int nounStart = i;
            while (i < forms.Length && _xpos[classes[i]] is "NN" or "NNS" or "NNP" or "NNPS") i++;
            if (i == nounStart) continue;
            if (i + 2 < forms.Length && IsOpeningQuote(forms[i], _xpos[classes[i]], forms[i + 1])) i++;
            // "said the military targets/NNS armed groups": a singular noun's plural-looking next word, with an
            // object after it, is the clause's present tense. (An adverb may stand between: "only targets".)
            int lastNoun = i - 1;
            if (i < forms.Length && _xpos[classes[i]] == "RB" && i + 1 < forms.Length && _xpos[classes[i + 1]] == "NNS") lastNoun = ++i;
            // ("the military/JJ targets": the tagger often reads the noun "military" as its adjective.)
            bool afterANoun = lastNoun > nounStart || lastNoun > 0 && forms[lastNoun - 1].Equals("military", StringComparison.OrdinalIgnoreCase);
            if (_presentSingular >= 0 && afterANoun && _xpos[classes[lastNoun]] == "NNS" && _xpos[classes[lastNoun - 1]] is "NN" or "NNP" or "RB" or "JJ"
                && lastNoun + 1 < forms.Length && _xpos[classes[lastNoun + 1]] is "JJ" or "DT" or "PRP$" or "CD" or "NNS")
            {
                classes[lastNoun] = _presentSingular;
                continue;
            }
            if (i < forms.Length && _xpos[classes[i]] == "RB") i++;
            // ("said Israeli tanks also shelled/JJ homes": or an "-ed" adjective.)
            bool participle = _xpos[classes[i]] == "VBN" || _xpos[classes[i]] == "JJ" && forms[i].EndsWith("ed", StringComparison.Ordinal);
            if (i + 1 >= forms.Length || !participle || !LooksPast(forms[i])) continue;
            // ("said security forces sealed off/IN the area": or its particle and then the object.)
            int objectAt = i + 2 < forms.Length && forms[i + 1].ToLowerInvariant() is "off" or "up" or "down" or "out" ? i + 2 : i + 1;
            var next = _xpos[classes[objectAt]];
            bool ownObject = next is "DT" or "PRP$" or "CD" or "NNS" || next == "NN" && forms[objectAt].ToLowerInvariant() is not ("today" or "yesterday" or "tonight")
                             // ("said its drones struck/VBN militant positions": or an adjective and its plural noun, not a time, "detained last week".)
                             || next == "JJ" && objectAt + 1 < forms.Length && _xpos[classes[objectAt + 1]] == "NNS" && forms[objectAt] is not ("last" or "next" or "early" or "late");
            if (ownObject) classes[i] = _pastTense;
        }
    }

    /// <summary>The word after a noun phrase (determiners, adjectives, numbers, then nouns) from <paramref name="i"/>; <paramref name="i"/> when none starts there.</summary>
    private int AfterANounPhrase(ReadOnlySpan<int> classes, int i)
    {
        int start = i;
        while (i < classes.Length && _xpos[classes[i]] is "DT" or "JJ" or "CD" or "PRP$") i++;
        int nounStart = i;
        while (i < classes.Length && _xpos[classes[i]] is "NN" or "NNS" or "NNP" or "NNPS") i++;
        return i == nounStart ? start : i;
    }

    /// <summary>A quotation mark right before a word: one that opens (curly, or tagged so) or may open (straight double) a quotation.</summary>
    private static bool IsOpeningQuote(string mark, string tag, string next) =>
        (mark is "\"" or "\u201C" or "\u2018" || tag == "``") && char.IsLetter(next[0]);

    /// <summary>
    /// A class fixed while the greedy pass runs, before it tags word <paramref name="i"/>, so that the words
    /// after it are tagged with the right history; -1 to let the model decide. <paramref name="decided"/>
    /// holds the classes of the words before.
    /// </summary>
    /// <remarks>
    /// "Officials said on Monday that/WDT clashes/VBZ in the area had killed five people", "told The Associated
    /// Press that/DT security forces killed four attackers": "that" after the day a verb was said on, or after
    /// the named listener of "told", is the reported clause's subordinator, not a relative pronoun or a
    /// determiner (read as one, it made the clause's subject a verb or the subject's determiner).
    /// </remarks>
    public int ForcedClass(ReadOnlySpan<string> forms, ReadOnlySpan<int> decided, int i)
    {
        if (_subordinator < 0 || i < 2 || !forms[i].Equals("that", StringComparison.OrdinalIgnoreCase)) return -1;
        // The listener: a name, perhaps with its article ("The Associated Press"), ending right before "that".
        int listener = i - 1;
        if (_xpos[decided[listener]] is "NNP" or "NNPS")
        {
            while (listener > 0 && _xpos[decided[listener]] is "NNP" or "NNPS" or "DT") listener--;
        }
        if (listener < i - 1 && forms[listener].ToLowerInvariant() is "told" or "tells" or "telling" or "informed" or "assured") return _subordinator;
        if (AfterTheReportsPlace(forms, decided, i)) return _subordinator;
        if (!TimeNouns.Contains(forms[i - 1].ToLowerInvariant())) return -1;
        int k = i - 1;
        while (k > 0 && (TimePhraseWords.Contains(forms[k].ToLowerInvariant()) || _xpos[decided[k]] == "CD")) k--;
        bool toldSomeone = k > 0 && forms[k - 1].ToLowerInvariant() is "told" or "tells" or "telling" && _noun[decided[k]];
        return _xpos[decided[k]].StartsWith("VB", StringComparison.Ordinal) || toldSomeone ? _subordinator : -1;
    }

    /// <summary>
    /// "The commission says on its website that/WDT “there were issues ...”", "said in a statement that":
    /// "that" after a verb of saying and the prepositional phrase of where it was said.
    /// </summary>
    private bool AfterTheReportsPlace(ReadOnlySpan<string> forms, ReadOnlySpan<int> decided, int that)
    {
        int k = that - 1;
        while (k > 0 && that - k <= 5 && _xpos[decided[k]] is "NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "PRP$" or "DT" or "POS" or "CD") k--;
        return k > 0 && k < that - 1 && _xpos[decided[k]] == "IN" && forms[k].ToLowerInvariant() is "on" or "in" or "at" or "during" or "through" or "via"
               && forms[k - 1].ToLowerInvariant() is "said" or "says" or "say" or "saying" or "wrote" or "writes" or "stated" or "states" or "argued" or "argues" or "claimed" or "claims";
    }

    /// <summary>
    /// "said on Monday that/IN clashes/VBZ in the area had killed five people": after the subordinator that
    /// follows the day of a statement (<see cref="ForcedClass"/>), a plural-looking word before a preposition,
    /// a modal, an auxiliary or an adverb is the clause's subject.
    /// </summary>
    private void SubjectAfterThatAfterADay(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pluralNoun < 0) return;
        for (int next = 2; next + 1 < forms.Length; next++)
        {
            if (classes[next - 1] != _subordinator || !TimeNouns.Contains(forms[next - 2].ToLowerInvariant())) continue;
            if (_xpos[classes[next]] == "VBZ" && forms[next].EndsWith('s') && _xpos[classes[next + 1]] is "IN" or "MD" or "VBD" or "VBP" or "VBZ" or "RB")
                classes[next] = _pluralNoun;
        }
    }

    /// <summary>Words of a time phrase after a verb ("on Monday", "last week", "late on Friday", "earlier this month").</summary>
    private static readonly HashSet<string> TimePhraseWords = new(StringComparer.Ordinal)
    {
        "on", "late", "early", "earlier", "last", "this", "next", "in", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "week", "month", "year", "weekend", "night", "morning", "evening", "afternoon", "yesterday", "today", "tonight",
    };

    /// <summary>Words of a stretch of time before or after the story's day: "two days earlier", "hours later", "a week ago".</summary>
    /// <summary>(Any case, and the time phrase words too: looked up for every clause's opening, without a lower-cased copy.)</summary>
    private static readonly HashSet<string> TimeSpanWords = new(
        TimePhraseWords.Concat(["a", "an", "days", "day", "weeks", "months", "years", "hours", "hour", "minutes", "later", "ago", "before", "after", "then"]),
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> TimeNouns = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december", "week", "month", "year", "weekend", "night", "morning", "evening",
        "afternoon", "yesterday", "today", "tonight",
    };

    /// <summary>
    /// "gunmen pulled/VBD nine passengers off a bus and shot/VB them dead": a base form right after "and",
    /// in a sentence whose last finite verb before it is a past tense with no modal or "to" since, is that
    /// past tense's coordinated verb, unless the form is a regular base form ("-ed" words only are read
    /// as past tenses this way, and irregular ones the tagger knows: "shot", "held", "fought").
    /// </summary>
    private void CoordinatedPastTense(ReadOnlySpan<string> forms, Span<int> classes)
    {
        int lastPast = -1;
        bool participleSince = false;
        // ("warned that his government would not tolerate "anarchy" and accused/VBN opposition politicians of ...": a past
        // tense before a that-clause with a modal, whose verb after "and" no participle can be, "would ... and accused".)
        int pastBeforeAModalClause = -1;
        for (int i = 0; i < forms.Length; i++)
        {
            var tag = _xpos[classes[i]];
            bool afterAndAModalClause = pastBeforeAModalClause >= 0 && tag == "VBN" && i + 1 < forms.Length && forms[i - 1].Equals("and", StringComparison.OrdinalIgnoreCase)
                                        && LooksPast(forms[i]) && _xpos[classes[i + 1]] is "DT" or "PRP" or "CD" or "PRP$" or "NNS" or "NNP" or "NN";
            if (afterAndAModalClause) (lastPast, participleSince) = (pastBeforeAModalClause, false);
            if (tag == "MD" && lastPast >= 0 && lastPast + 1 < i && forms[lastPast + 1].Equals("that", StringComparison.OrdinalIgnoreCase) && !participleSince)
                pastBeforeAModalClause = lastPast;
            // ("would have been arrested and charged": a perfect or a passive after the modal may take a participle.)
            else if (tag is "VBN" or "VBD" or "TO" or "VBZ" or "VBP" || tag == "VB" && (forms[i].Equals("have", StringComparison.OrdinalIgnoreCase) || forms[i].Equals("be", StringComparison.OrdinalIgnoreCase)))
                pastBeforeAModalClause = -1;
            bool afterAnd = lastPast >= 0 && i > 0 && forms[i - 1].Equals("and", StringComparison.OrdinalIgnoreCase) && i + 1 < forms.Length;
            if (tag is "VB" or "VBP" && afterAnd && _xpos[classes[i + 1]] is "DT" or "PRP" or "CD" or "PRP$" or "NNS" or "NNP" && LooksPast(forms[i]))
                classes[i] = _pastTense;
            // "condemned the killings on Tuesday and called/VBN on the authorities to ...": a participle too, when
            // the past before it is a verb of its own (not "had", "was") with no participle since.
            else if (tag == "VBN" && afterAnd && !participleSince && !Auxiliaries.Contains(forms[lastPast].ToLowerInvariant()) && LooksPast(forms[i])
                     && (_xpos[classes[i + 1]] is "DT" or "PRP" or "CD" or "PRP$" or "NNS" or "NNP" or "NN" || forms[i + 1] is "on" or "for" or "off" or "up" or "out"
                         // ("put the number of dead at 15 and threatened/VBN more attacks": or "more", "new" or "further" and the object's
                         // noun; not any adjective: "had sent letters ..., hired lawyers ..., and placed/VBN national newspaper ads".)
                         || i + 2 < forms.Length && _xpos[classes[i + 2]] is "NNS" or "NN" && IsAnyOf(forms[i + 1], "more", "fresh", "new", "further")))
                classes[i] = _pastTense;
            // ("fired tear gas and shot/NN into the air": so "shot" read as a noun, when it has a direction, a person or a count after it.)
            else if (tag == "NN" && afterAnd && !participleSince && forms[i].Equals("shot", StringComparison.OrdinalIgnoreCase)
                     && (forms[i + 1].ToLowerInvariant() is "into" or "at" or "dead" or "in" or "and" || _xpos[classes[i + 1]] is "DT" or "PRP" or "CD" or "PRP$" or "NNS"))
                classes[i] = _pastTense;
            if (_xpos[classes[i]] == "VBD") (lastPast, participleSince) = (i, false);
            else if (tag is "MD" or "TO" or "VBZ" or "VBP" or "VB") lastPast = -1;
            else if (tag == "VBN") participleSince = true;
        }
    }

    /// <summary>
    /// Whether a prepositional phrase at <paramref name="start"/> runs to the end of its clause with no finite verb: "as thousands
    /// marched/VBN against a proposed tax increase, killing" is a clause of its own ("after the people injured in the attack were
    /// taken" is not).
    /// </summary>
    private bool PhraseEndsTheClause(ReadOnlySpan<string> forms, Span<int> classes, int start)
    {
        // ("after talks mediated by a bishop": an agent makes the participle a passive's.)
        if (_xpos[classes[start]] != "IN" || forms[start].Equals("by", StringComparison.OrdinalIgnoreCase)) return false;
        for (int j = start + 1; j < forms.Length && !_boundary[classes[j]]; j++)
        {
            if (_finite[classes[j]]) return false;
        }
        return true;
    }

    /// <summary>
    /// "... fired warning shots after demonstrators set/VBN up barricades, burned/VBN tyres and looted/VBN shops": a
    /// participle right after the subject of a clause a subordinator opens, with no auxiliary between, is the clause's
    /// past tense (before an object, or a phrase that ends the clause: "as thousands marched against ..."); so is each
    /// participle listed after it (after a comma, or "and") before an object.
    /// </summary>
    private void ParticipleAfterASubordinatorsSubject(ReadOnlySpan<string> forms, Span<int> classes)
    {
        for (int i = 2; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBN" || !_noun[classes[i - 1]] && forms[i - 1] != "," || !LooksPast(forms[i]) || !(StartsAnObject(forms, classes, i + 1) || PhraseEndsTheClause(forms, classes, i + 1))) continue;
            int subjectEnd = i - 1;
            // ("two days after gendarmes in Maroua, the regional capital, arrested/VBN five men": the subject may end in an
            // apposition between commas on a name.)
            if (forms[subjectEnd] == ",")
            {
                int open = subjectEnd - 1;
                while (open > 1 && _xpos[classes[open]] is "JJ" or "NN" or "NNS") open--;
                if (open >= subjectEnd - 1 || _xpos[classes[open]] != "DT" || forms[open - 1] != "," || open < 2 || _xpos[classes[open - 2]] is not ("NNP" or "NNPS")) continue;
                subjectEnd = open - 2;
            }
            int k = subjectEnd;
            // ("after hundreds of residents blocked/VBN roads": the subject may count its people with "of".)
            // (Or say where they are from or in: "after gendarmes in Maroua".)
            while (k > 0 && (_noun[classes[k]] || _xpos[classes[k]] is "DT" or "JJ" or "CD" or "PRP$"
                             || forms[k] == "of" && k > 1 && forms[k - 1].ToLowerInvariant() is "hundreds" or "thousands" or "dozens" or "scores" or "tens"
                             || forms[k] is "in" or "from" && k > 1 && _xpos[classes[k + 1]] == "NNP" && _xpos[classes[k - 1]] is "NN" or "NNS")) k--;
            // ("threatened to \"answer with force\" unless the Tebu gunmen pulled/VBN out of Tayuri": "unless" opens a clause too.)
            if (k == subjectEnd || _xpos[classes[k]] != "IN" || forms[k].ToLowerInvariant() is not ("after" or "when" or "as" or "because" or "before" or "until" or "while"
                    or "once" or "although" or "though" or "unless")) continue;
            classes[i] = _pastTense;
            // (The participles listed after it: ", burned/VBN tyres and looted/VBN shops".)
            for (int j = i + 2; j + 1 < forms.Length && !_finite[classes[j]] && forms[j] is not ("." or ";"); j++)
            {
                if (_xpos[classes[j]] == "VBN" && forms[j - 1] is "," or "and" && LooksPast(forms[j]) && StartsAnObject(forms, classes, j + 1)) classes[j] = _pastTense;
            }
        }
    }

    /// <summary>Whether an object's words start here (with a count's modifier: "more than 40 rifles", "about 40 rifles").</summary>
    private bool StartsAnObject(ReadOnlySpan<string> forms, Span<int> classes, int word) =>
        _xpos[classes[word]] is "DT" or "NNS" or "NN" or "JJ" or "CD" or "PRP$" or "RP" || forms[word] is "up" or "off" or "out" or "down"
        || _xpos[classes[word]] is "JJR" or "RB" && word + 1 < forms.Length && (forms[word + 1] == "than" || _xpos[classes[word + 1]] == "CD");

    /// <summary>
    /// "Fighters of the CPC, a rebel alliance formed/VBD to disrupt the 2020 elections, killed five soldiers":
    /// a past right after the noun of an apposition (", a ... alliance"), when the apposition closes with a
    /// comma before a later past tense, is a participle modifying that noun.
    /// </summary>
    private void ParticipleInAnApposition(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0) return;
        for (int i = 3; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBD" || !_noun[classes[i - 1]]) continue;
            // The apposition opens with ", a" (or "an", "the") a few words before.
            int open = -1;
            for (int k = i - 1; k >= 1 && k >= i - 9; k--)
            {
                if (forms[k].ToLowerInvariant() is "a" or "an" or "the" && forms[k - 1] == ",") { open = k; break; }
                // ("a Kuki-Zo body based in ...", "an alliance of former Darfur rebel groups allied/VBD with the army".)
                if (!_noun[classes[k]] && _xpos[classes[k]] is not ("JJ" or "NN" or "NNP" or "HYPH") && forms[k] != "of") break;
            }
            if (open < 0) continue;
            // ... and closes with a comma before a later past tense.
            for (int k = i + 1; k + 1 < forms.Length; k++)
            {
                if (_finite[classes[k]]) break;
                if (forms[k] == "," && _xpos[classes[k + 1]] == "VBD") { classes[i] = _pastParticiple; break; }
            }
        }
    }

    /// <summary>
    /// "Riot police fired/VBN tear gas at the crowd ... and arrested/VBD dozens": a participle right after the
    /// sentence's opening noun phrase, with an object after it and a past tense coordinated later in the
    /// sentence, is a past tense too (the subject's first act).
    /// </summary>
    private void ParticipleBeforeCoordinatedPast(ReadOnlySpan<string> forms, Span<int> classes)
    {
        // ("Residents said the attackers shot/VBP dead six civilians ..., and abducted/VBD 20 women": a
        // present-looking past after the subject of a reported clause, too.)
        if (_pastTense < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            // ("The regional governor, Colonel Abdou Garba, travelled/VBN to Magaria on Tuesday and met": or after the
            // name apposed to it.)
            // ("The attackers then seized/VBN three crew members and took them": or after an adverb of sequence.)
            // (Compared without a lower-cased copy: the tagger's hot path allocates nothing per word.)
            int subjectEnd = i >= 2 && _xpos[classes[i - 1]] == "RB" && (forms[i - 1].Equals("then", StringComparison.OrdinalIgnoreCase)
                || forms[i - 1].Equals("later", StringComparison.OrdinalIgnoreCase) || forms[i - 1].Equals("also", StringComparison.OrdinalIgnoreCase)) ? i - 2 : i - 1;
            // ("The attackers, who arrived on horseback before dawn, also seized/VBN two young women and took them": or after the
            // relative clause on it.)
            bool afterRelative = _xpos[classes[i]] == "VBN" && ClosesARelativeClauseOnTheOpening(forms, classes, subjectEnd);
            bool apposed = afterRelative || _xpos[classes[i]] == "VBN" && ClosesAnApposedName(forms, classes, subjectEnd);
            bool participle = _xpos[classes[i]] == "VBN" && OpensSentence(forms, classes, subjectEnd + 1) || apposed;
            bool present = _xpos[classes[i]] == "VBP" && LooksPast(forms[i]) && !forms[i].EndsWith("eed", StringComparison.OrdinalIgnoreCase)
                           && _xpos[classes[subjectEnd]] == "NNS";
            if (!participle && !present || !_noun[classes[subjectEnd]] && !apposed) continue;
            // (Or a quoted object: 'blamed "infiltrators" for the violence and said'; or a preposition of the
            // verb's, for a participle opening the sentence: "Opposition leaders called for a nationwide strike
            // on Thursday and urged ..."; not "by", the agent of a participle: "Banners signed by the cartel and hung".)
            if (_xpos[classes[i + 1]] is not ("DT" or "NN" or "NNS" or "JJ" or "PRP$" or "CD" or "``") 
                && !(participle && _xpos[classes[i + 1]] == "IN" && !forms[i + 1].Equals("by", StringComparison.OrdinalIgnoreCase))) continue;
            // ("Medecins Sans Frontieres (MSF), which supports the town's hospital, treated/VBN 37 wounded people on Tuesday and by
            // Wednesday had received 21 bodies": after a relative clause on the opening, a participle with an object is its verb.)
            if (afterRelative && _xpos[classes[i + 1]] != "IN")
            {
                classes[i] = _pastTense;
                continue;
            }
            // ("Pakistan's foreign ministry rejected/VBN Indian accusations that it supported the militants and called for ...":
            // past the verb of a that-clause on the object.)
            bool inThatClause = false;
            for (int k = i + 2; k + 1 < forms.Length; k++)
            {
                inThatClause |= forms[k].Equals("that", StringComparison.OrdinalIgnoreCase) && _noun[classes[k - 1]];
                if (_finite[classes[k]] && !forms[k - 1].Equals("and", StringComparison.OrdinalIgnoreCase) && !inThatClause) break;
                if (forms[k].Equals("and", StringComparison.OrdinalIgnoreCase) && _xpos[classes[k + 1]] == "VBD")
                {
                    classes[i] = _pastTense;
                    break;
                }
                // ("Tunisian police fired/VBN tear gas at crowds and detained/VBN dozens of protesters": or a second participle with an
                // object of its own, a past tense too.)
                if (participle && forms[k].Equals("and", StringComparison.OrdinalIgnoreCase) && _xpos[classes[k + 1]] == "VBN" && k + 2 < forms.Length
                    && _xpos[classes[k + 2]] is "DT" or "NNS" or "CD" or "PRP$")
                {
                    classes[i] = _pastTense;
                    classes[k + 1] = _pastTense;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "security forces had since detained 11 men": "since" between "had" and a participle is an adverb; so is "last" between "was"
    /// or "were" and a participle ("The camp was last attacked in March last year").
    /// </summary>
    private void SinceBetweenAuxiliaryAndParticiple(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_adverb < 0 || _pastParticiple < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            bool since = forms[i].Equals("since", StringComparison.OrdinalIgnoreCase) && forms[i - 1].ToLowerInvariant() is "had" or "has" or "have";
            bool last = forms[i] == "last" && forms[i - 1] is "was" or "were" && _xpos[classes[i + 1]] == "VBN";
            if (!since && !last) continue;
            if (_xpos[classes[i + 1]] is not ("VBN" or "VBD" or "JJ") || !LooksPast(forms[i + 1])) continue;
            classes[i] = _adverb;
            classes[i + 1] = _pastParticiple;
        }
    }

    /// <summary>
    /// "dissidents shot/NN dead a community leader": a verb of killing before "dead" is its past tense, or its
    /// participle after a form of "be" or "get" ("was shot dead"); so is "beat" after a noun and before "to death".
    /// </summary>
    private void KilledDead(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0 || _pastTense < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            // ("Army air defences shot/NN down four drones": and "shot down" after a noun.)
            bool shotDown = forms[i].Equals("shot", StringComparison.OrdinalIgnoreCase) && forms[i + 1].Equals("down", StringComparison.OrdinalIgnoreCase)
                            && _noun[classes[i - 1]] && i + 2 < forms.Length && _xpos[classes[i + 2]] is "CD" or "DT" or "NNS" or "NNP" or "PRP$" or "JJ";
            // ("a crowd beat/NN to death a young herder": and "beat" before "to death".)
            // ("a mob beat/IN a Christian farmer to death": or with its object between, where the tagger made it no verb at all.)
            bool beatToDeath = forms[i].Equals("beat", StringComparison.OrdinalIgnoreCase) && _noun[classes[i - 1]]
                               && (ToDeathWithin(forms, i + 1, 2) || !_xpos[classes[i]].StartsWith("VB", StringComparison.Ordinal) && ToDeathWithin(forms, i + 1, 6));
            if (beatToDeath)
            {
                classes[i] = _pastTense;
                continue;
            }
            if (!shotDown && (!forms[i + 1].Equals("dead", StringComparison.OrdinalIgnoreCase) || forms[i].ToLowerInvariant() is not ("shot" or "gunned" or "stabbed" or "hacked" or "beaten" or "clubbed" or "burned" or "burnt"))) continue;
            bool passive = forms[i - 1].ToLowerInvariant() is "was" or "were" or "been" or "be" or "being" or "got" or "get" or "is" or "are";
            classes[i] = passive ? _pastParticiple : _pastTense;
        }
    }

    /// <summary>Whether "to death" comes within the next words from <paramref name="from"/> (no comma between).</summary>
    private static bool ToDeathWithin(ReadOnlySpan<string> forms, int from, int words)
    {
        for (int k = from; k + 1 < forms.Length && k < from + words && forms[k] != ","; k++)
        {
            if (forms[k].Equals("to", StringComparison.OrdinalIgnoreCase) && forms[k + 1].Equals("death", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Somali troops and allied/VBD clan militias recaptured the town": a past tense after "and" that follows a noun, before
    /// nouns that a finite verb follows at once, is a modifier of those nouns, not a verb coordinated with the first noun's.
    /// </summary>
    private void PastTenseModifyingACoordinatedSubject(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_adjective < 0) return;
        for (int i = 2; i + 2 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBD" || !_noun[classes[i - 2]] || _xpos[classes[i - 1]] != "CC" || !_noun[classes[i + 1]] || !forms[i].EndsWith("ed", StringComparison.Ordinal)) continue;
            // ("fighting with the army and allied/VBD militias": "allied" before a plural names whose side they are, wherever the phrase stands.)
            if (forms[i].Equals("allied", StringComparison.OrdinalIgnoreCase) && _xpos[classes[i + 1]] is "NNS" or "NNPS")
            {
                classes[i] = _adjective;
                continue;
            }
            int next = i + 1;
            while (next < forms.Length && _xpos[classes[next]] is "NN" or "NNS") next++;
            if (next == i + 1 || next >= forms.Length || !_finite[classes[next]]) continue;
            classes[i] = _adjective;
        }
    }

    /// <summary>
    /// "thousands of pro-European protesters outside/JJ parliament in Tbilisi": "outside" right after a noun and
    /// before a noun phrase is the preposition (as an adjective it follows a determiner: "an outside contractor").
    /// </summary>
    private void OutsideAfterANounReadAsAnAdjective(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_preposition < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "JJ" || !forms[i].Equals("outside", StringComparison.OrdinalIgnoreCase) || _xpos[classes[i - 1]] is not ("NN" or "NNS" or "NNP" or "NNPS")
                || _xpos[classes[i + 1]] is not ("NN" or "NNS" or "NNP" or "NNPS" or "DT" or "PRP$" or "CD")) continue;
            classes[i] = _preposition;
        }
    }

    /// <summary>
    /// "accused outside/IN provocateurs of hijacking a labour dispute": "outside" between a verb of blame and a plural is the
    /// adjective of whom the verb blames (those it accuses are not outside anything).
    /// </summary>
    private void AdjectiveOutsideAfterAVerbOfBlameReadAsAPreposition(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_adjective < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "IN" || !forms[i].Equals("outside", StringComparison.OrdinalIgnoreCase) || _xpos[classes[i + 1]] != "NNS"
                || forms[i - 1].ToLowerInvariant() is not ("accused" or "accuse" or "accuses" or "accusing" or "blamed" or "blame" or "blames" or "blaming")) continue;
            classes[i] = _adjective;
        }
    }

    /// <summary>
    /// "..., a Tuareg armed group allied with the junta in Bamako, clashed/VBN with Islamic State militants": a verb that
    /// takes no object is a participle only after "have" or "be"; with neither before it, it is the past tense.
    /// </summary>
    private void IntransitivePastReadAsAParticiple(ReadOnlySpan<string> forms, Span<int> classes)
    {
        for (int i = 1; i < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBN" || forms[i] is not ("clashed" or "rioted")) continue;
            int before = i - 1;
            while (before > 0 && _xpos[classes[before]] is "RB" or "RBR") before--;
            if (forms[before].ToLowerInvariant() is "have" or "has" or "had" or "having" or "'ve" or "'d" or "be" or "been" or "was" or "were" or "is" or "are") continue;
            classes[i] = _pastTense;
        }
    }

    /// <summary>
    /// "a representative of the country's top/NN Shi'ite cleric urged": "top" after a possessive or an article and before
    /// the words of a noun phrase is their adjective ("the army's top commander").
    /// </summary>
    private void TopBeforeItsNoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_adjective < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "NN" || !forms[i].Equals("top", StringComparison.Ordinal) || _xpos[classes[i - 1]] is not ("POS" or "DT" or "PRP$")
                || _xpos[classes[i + 1]] is not ("JJ" or "NN" or "NNS" or "NNP")) continue;
            classes[i] = _adjective;
        }
    }

    /// <summary>
    /// "shot dead a tribal sheikh/NNP and his son": a lower-case word the tagger knows mostly from titles ("Sheikh
    /// Hasina"), after an article and an adjective and before a conjunction or a preposition, is a common noun (read as
    /// a name, the article and the adjective went to the noun after "and").
    /// </summary>
    private void LowercaseNameAfterAnArticlesAdjective(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0) return;
        for (int i = 2; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "NNP" || _xpos[classes[i - 1]] != "JJ" || _xpos[classes[i - 2]] is not ("DT" or "PRP$") || _xpos[classes[i + 1]] is not ("CC" or "IN" or ",")
                || !char.IsLower(forms[i][0]) || !forms[i].All(char.IsLetter)) continue;
            classes[i] = _singularNoun;
        }
    }

    /// <summary>
    /// "a soldier was killed by a landmine/JJ planted on a path": a word read as an adjective between "a" or "an" and a participle
    /// that no noun follows is the article's noun, the participle its modifier ("a few", "a little" excepted).
    /// </summary>
    private void NounBetweenAnArticleAndItsParticipleReadAsAnAdjective(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0) return;
        for (int i = 1; i + 2 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "JJ" || _xpos[classes[i + 1]] != "VBN" || _xpos[classes[i + 2]] is "NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "CD"
                || !IsAnyOf(forms[i - 1], "a", "an") || IsAnyOf(forms[i], "few", "little")) continue;
            classes[i] = _singularNoun;
        }
    }

    /// <summary>
    /// "a Tuareg armed/VBD group allied with the junta": "armed" between an article's words and a noun is the noun's
    /// adjective (an "armed group"), not a verb.
    /// </summary>
    private void ArmedBeforeItsNoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_adjective < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] is not ("VBD" or "VBN") || !forms[i].Equals("armed", StringComparison.Ordinal) || _xpos[classes[i + 1]] is not ("NN" or "NNS")) continue;
            int k = i - 1;
            while (k > 0 && _xpos[classes[k]] is "JJ" or "NNP" or "NN") k--;
            if (_xpos[classes[k]] is "DT" or "PRP$" or "CD") classes[i] = _adjective;
        }
    }

    /// <summary>
    /// "At the al-Hol camp, east/NN of Hasakah, ...", "Saraqib, a town east/NN of Idlib": a compass point right before
    /// "of" and a name says where, an adverb (as the treebanks tag "north of Baghdad"), not a noun to be a subject.
    /// </summary>
    private void CompassPointBeforeOfReadAsANoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_adverb < 0) return;
        for (int i = 1; i + 2 < forms.Length; i++)
        {
            // (Not after an article: "the north of England" is a part of it.)
            if (_xpos[classes[i]] != "NN" || _xpos[classes[i - 1]] is "DT" or "PRP$" || !forms[i + 1].Equals("of", StringComparison.Ordinal) || _xpos[classes[i + 2]] is not ("NNP" or "NNPS")
                || !CompassPoints.Contains(forms[i])) continue;
            classes[i] = _adverb;
        }
    }

    /// <summary>
    /// "The attackers stormed Bokkos ..., shooting/NN residents as they fled": after a comma that closes a clause
    /// with a finite verb, an act of violence in "-ing" with its own object (a plural noun, a number, a
    /// determiner) is the participle that tells what the clause's subject did, not a compound noun.
    /// </summary>
    private void ViolentParticipleReadAsANoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_gerund < 0) return;
        for (int i = 3; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "NN" || _xpos[classes[i - 1]] != "," || !ViolentParticiples.Contains(forms[i])
                || _xpos[classes[i + 1]] is not ("NNS" or "CD" or "DT" or "PRP" or "PRP$")) continue;
            bool finiteBefore = false;
            for (int k = 0; k < i - 1 && !finiteBefore; k++) finiteBefore = _finite[classes[k]];
            if (finiteBefore) classes[i] = _gerund;
        }
    }

    private static readonly HashSet<string> ViolentParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "shooting", "killing", "wounding", "injuring", "burning", "torching", "looting", "abducting", "kidnapping", "firing", "stabbing", "beating",
    };

    /// <summary>
    /// "Myanmar's military/JJ shelled/VBN fishing villages": after a possessive, or after "the" before a verb with an
    /// object, "military" before a verb is the noun (the armed forces), and the verb their act. So is an armed group's
    /// "front" ("Last month, the front/JJ threatened in pamphlets ... to kill shopkeepers").
    /// </summary>
    private void MilitaryBeforeItsAct(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0 || _pastTense < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            if (!(forms[i].Equals("military", StringComparison.OrdinalIgnoreCase) || forms[i].Equals("front", StringComparison.Ordinal))
                || _xpos[classes[i]] != "JJ" || !LooksPast(forms[i + 1])) continue;
            // ("Earlier this month, the military/JJ threatened/NN villagers": after "the" too, when the verb has an
            // object, however the verb was read.)
            bool possessed = _xpos[classes[i - 1]] == "POS" && _xpos[classes[i + 1]] is "VBN" or "VBD";
            // ("Last Saturday, the Ukrainian military/JJ shelled/VBN Glushkovo": or with a nationality between.)
            bool afterThe = forms[i - 1].Equals("the", StringComparison.OrdinalIgnoreCase)
                            || i >= 2 && forms[i - 2].Equals("the", StringComparison.OrdinalIgnoreCase) && _xpos[classes[i - 1]] is "JJ" or "NNP" && char.IsUpper(forms[i - 1][0]);
            bool withObject = afterThe && i + 2 < forms.Length
                              && _xpos[classes[i + 1]] is "VBN" or "VBD" or "NN" or "JJ"
                              && (_xpos[classes[i + 2]] is "DT" or "NNS" or "NN" or "NNP" or "PRP" or "PRP$" or "CD" || forms[i + 2] is "in" or "to");
            if (!possessed && !withObject) continue;
            classes[i] = _singularNoun;
            classes[i + 1] = _pastTense;
        }
    }

    /// <summary>"A car bomb tore/NN through a crowded market": "tore" or "ripped" before "through" is the past tense.</summary>
    private void ToreThrough(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastTense < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            if (forms[i + 1].Equals("through", StringComparison.OrdinalIgnoreCase) && _xpos[classes[i]] != "VBD" && forms[i].ToLowerInvariant() is "tore" or "ripped")
                classes[i] = _pastTense;
        }
    }

    /// <summary>
    /// "fought Ethiopian militiamen ..., in fighting/VBG that killed four soldiers": violence in "-ing" after "in" or "during" and
    /// before "that" or "which" and a past is the noun the relative clause tells of, not a verb whose subject is "that".
    /// </summary>
    private void ViolenceInIngAfterInBeforeItsRelativeClause(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0) return;
        for (int i = 1; i + 2 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBG" || _xpos[classes[i + 2]] != "VBD" || !(forms[i - 1].Equals("in", StringComparison.OrdinalIgnoreCase) || forms[i - 1].Equals("during", StringComparison.OrdinalIgnoreCase))
                || !(forms[i + 1].Equals("that", StringComparison.OrdinalIgnoreCase) || forms[i + 1].Equals("which", StringComparison.OrdinalIgnoreCase))
                || !(forms[i].Equals("fighting", StringComparison.OrdinalIgnoreCase) || forms[i].Equals("shelling", StringComparison.OrdinalIgnoreCase)
                     || forms[i].Equals("shooting", StringComparison.OrdinalIgnoreCase) || forms[i].Equals("bombing", StringComparison.OrdinalIgnoreCase))) continue;
            classes[i] = _singularNoun;
            if (_relativePronoun >= 0) classes[i + 1] = _relativePronoun;
        }
    }

    /// <summary>
    /// "A collective/JJ of youth groups threatened": "collective" after an article and before "of" is the noun that
    /// groups the actor (read as the adjective, it became the sentence's root and its verb a modifier of "groups").
    /// </summary>
    private void CollectiveBeforeOfReadAsAnAdjective(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "JJ" || !forms[i + 1].Equals("of", StringComparison.Ordinal) || !forms[i].Equals("collective", StringComparison.OrdinalIgnoreCase)
                || !(forms[i - 1].Equals("a", StringComparison.OrdinalIgnoreCase) || forms[i - 1].Equals("the", StringComparison.OrdinalIgnoreCase))) continue;
            classes[i] = _singularNoun;
        }
    }

    /// <summary>
    /// "the rival/NN Rohingya Solidarity Organisation": "rival" before a name is its adjective
    /// (read as the noun, it made the name a subject of its own); so is "rival" read as a verb before a noun,
    /// and "neighbouring" before a place.
    /// </summary>
    private void RivalBeforeItsNoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_adjective < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            // (After an article only: "his rival Hillary Clinton" names the rival.)
            if (_xpos[classes[i]] == "NN" && forms[i].Equals("rival", StringComparison.OrdinalIgnoreCase) && _xpos[classes[i + 1]] is "NNP" or "NNPS"
                && forms[i - 1].ToLowerInvariant() is "the" or "a" or "an")
                classes[i] = _adjective;
            // ("supporters of two rival/VBP political parties", "rival/VB gangs": read as a verb before its noun, "rival"
            // made the parties a clause's subject.)
            if (_xpos[classes[i]] is "VB" or "VBP" && forms[i].Equals("rival", StringComparison.OrdinalIgnoreCase) && _xpos[classes[i + 1]] is "JJ" or "NN" or "NNS")
                classes[i] = _adjective;
            // ("accused neighbouring/VBG Rwanda of backing", "in neighbouring/VBG Nigeria", "Misrata and neighbouring/VBG Zliten":
            // "neighbouring" after a verb, a preposition or an article before a name or noun, or after "and" before a name,
            // is read as its adjective ("El Benque and neighbouring villages" parses better as the participle).
            // UD tags it a participle (VBG, amod: 8 of 9 in EWT and GUM), but on so few examples the parser makes the
            // place its object, a verb's complement or a clause; as an adjective it parses as one. "a town neighbouring
            // Rwanda", after a noun, stays the verb.)
            if (_xpos[classes[i]] == "VBG" && forms[i].ToLowerInvariant() is "neighbouring" or "neighboring" && _xpos[classes[i + 1]] is "NNP" or "NNPS" or "NN" or "NNS" or "JJ"
                && (_xpos[classes[i - 1]] is "VBD" or "VBZ" or "VBP" or "VB" or "VBN" or "VBG" or "IN" or "DT" or "PRP$" or "POS"
                    || _xpos[classes[i - 1]] == "CC" && _xpos[classes[i + 1]] is "NNP" or "NNPS"))
                classes[i] = _adjective;
        }
    }

    /// <summary>
    /// "Kenyan police fire/NN tear gas, live rounds at protesters; rights group says 8 dead": in a headline (no full stop),
    /// "fire" right after the noun that opens it, before what is fired or where ("on", "at", "into", "tear gas", "live
    /// rounds", "shots"), is the headline's verb.
    /// </summary>
    private void HeadlineFireReadAsANoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_presentPlural < 0 || forms.Length < 4 || forms[^1] is "." or "!" or "?") return;
        for (int i = 1; i + 1 < forms.Length && i <= 3; i++)
        {
            if (_finite[classes[i - 1]]) return;
            if (!forms[i].Equals("fire", StringComparison.Ordinal) || _xpos[classes[i]] is not ("NN" or "VB") || _xpos[classes[i - 1]] is not ("NN" or "NNS")) continue;
            if (forms[i + 1].ToLowerInvariant() is "on" or "at" or "into" or "tear" or "live" or "rubber" or "shots" or "warning" or "rockets" or "missiles" or "mortars")
                classes[i] = _presentPlural;
            return;
        }
    }

    /// <summary>
    /// "Colombian soldiers killed/VBD in ELN drone attack on base", "Two journalists detained/VBD after protest": in a
    /// headline (no full stop), a past form right after the opening plural noun phrase and before "in", "by", "as",
    /// "after" or the like is the headline's passive participle ("were killed"), not a past tense with the victims as
    /// its subject; so is "accused" or "suspected" before "of".
    /// </summary>
    private void HeadlinePassiveReadAsAPast(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0 || forms.Length < 3 || forms[^1] is "." or "!" or "?") return;
        for (int i = 1; i + 1 < forms.Length && i <= 4; i++)
        {
            if (_xpos[classes[i]] != "VBD")
            {
                if (_xpos[classes[i]] is not ("JJ" or "CD" or "NN" or "NNS" or "NNP" or "NNPS" or "DT" or "POS")) return;
                continue;
            }
            // ("Opposition leader arrested/VBD in Tanzania as police break up rally": a singular person too.)
            if (_xpos[classes[i - 1]] is "NNS" or "NNPS" or "NN" or "NNP" && ActsDoneToPeople.Contains(forms[i])
                && forms[i + 1].ToLowerInvariant() is "in" or "by" or "as" or "after" or "during" or "near" or "when" or "while" or "amid")
                classes[i] = _pastParticiple;
            // ("Sudan's RSF accused/VBD of killing dozens ...": whoever is accused or suspected of a thing, singular or plural.)
            else if (_xpos[classes[i - 1]] is "NN" or "NNS" or "NNP" or "NNPS" && forms[i].ToLowerInvariant() is "accused" or "suspected"
                     && forms[i + 1].Equals("of", StringComparison.OrdinalIgnoreCase))
                classes[i] = _pastParticiple;
            return;
        }
    }

    /// <summary>
    /// "Two soldiers were killed and six wounded/JJ when rebels attacked a base": a participle after "and" and a count
    /// or noun, with a passive ("were killed") just before, shares that passive's auxiliary (the gap); read as an
    /// adjective, it made "six wounded" a noun phrase the parser hung anywhere.
    /// </summary>
    private void GappedPassiveReadAsAnAdjective(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0) return;
        for (int i = 3; i < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "JJ" || _xpos[classes[i - 1]] is not ("CD" or "NNS" or "NN") || !ActsDoneToPeople.Contains(forms[i])) continue;
            int and = i - 2;
            while (and > 0 && _xpos[classes[and]] is "CD" or "JJ" or "NNS" or "NN" or "RB" or "IN" && !forms[and].Equals("and", StringComparison.OrdinalIgnoreCase) && and > i - 5) and--;
            if (!forms[and].Equals("and", StringComparison.OrdinalIgnoreCase) || and < 2 || _xpos[classes[and - 1]] != "VBN"
                || forms[and - 2].ToLowerInvariant() is not ("were" or "was" or "been")) continue;
            classes[i] = _pastParticiple;
        }
    }

    /// <summary>
    /// "accused the militant group of hiding/NN rockets": what someone is accused, suspected or convicted of doing is a
    /// gerund; read as a noun, "hiding rockets" made the group "the militant group of hiding rockets".
    /// </summary>
    private void GerundOfAnAccusationReadAsANoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_gerund < 0) return;
        for (int i = 3; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "NN" || !forms[i].EndsWith("ing", StringComparison.OrdinalIgnoreCase) || forms[i].Length < 6
                || !forms[i - 1].Equals("of", StringComparison.OrdinalIgnoreCase) || _xpos[classes[i + 1]] is not ("NNS" or "NN" or "NNP" or "NNPS" or "DT" or "PRP$" or "PRP" or "CD" or "JJ")) continue;
            for (int k = i - 2; k >= 0 && k >= i - 8; k--)
            {
                if (forms[k].ToLowerInvariant() is not ("accused" or "accusing" or "accuse" or "accuses" or "suspected" or "suspecting" or "convicted" or "guilty" or "charged" or "blamed")) continue;
                classes[i] = _gerund;
                break;
            }
        }
    }

    /// <summary>
    /// "..., a diplomat briefed/VBD on the meeting said.": in the trailing reporter's clause after the sentence's last
    /// comma, a past form right after the reporter's noun and before a preposition is a participle on the noun (the
    /// clause has its verb, the reporter's).
    /// </summary>
    private void ParticipleOfATrailingReporterReadAsAPast(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0 || forms.Length < 6) return;
        int reporter = forms[^1] is "." ? forms.Length - 2 : forms.Length - 1;
        if (!IsVerbOfSaying(forms[reporter]) || _xpos[classes[reporter]] != "VBD") return;
        int comma = reporter - 1;
        while (comma > 0 && forms[comma] != "," && reporter - comma <= 10) comma--;
        if (comma <= 0 || forms[comma] != ",") return;
        for (int i = comma + 2; i + 1 < reporter; i++)
        {
            if (_xpos[classes[i]] == "VBD" && _noun[classes[i - 1]] && _xpos[classes[i + 1]] == "IN") classes[i] = _pastParticiple;
        }
    }

    /// <summary>
    /// "a Defense Ministry statement released/VBD late Monday said", "a report published/VBD on Tuesday says": a past form
    /// right after a noun, followed only by its time ("late Monday", "on Tuesday", "earlier") and a verb of saying, is the
    /// noun's participle; the verb of saying is the clause's.
    /// </summary>
    private void ParticipleBeforeATimeAndASayingVerb(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0) return;
        for (int i = 1; i + 2 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBD" || !_noun[classes[i - 1]] || !forms[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase)) continue;
            int k = i + 1;
            while (k < forms.Length && k <= i + 4 && (TimePhraseWords.Contains(forms[k].ToLowerInvariant()) || _xpos[classes[k]] == "RB")) k++;
            if (k > i + 1 && k < forms.Length && IsVerbOfSaying(forms[k]) && _finite[classes[k]]) classes[i] = _pastParticiple;
        }
    }

    /// <summary>Acts done to people, which a headline or a gapped passive tells in the participle ("Two soldiers killed in attack").</summary>
    private static readonly HashSet<string> ActsDoneToPeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "killed", "wounded", "injured", "hurt", "shot", "abducted", "kidnapped", "arrested", "detained", "jailed", "sentenced", "executed",
        "displaced", "evacuated", "rescued", "freed", "released", "beheaded", "lynched", "massacred", "slain", "stabbed", "held",
    };

    /// <summary>
    /// "Car bomb kills at least 9 near Mogadishu checkpoint; al-Shabab claims/NNS attack": in a headline's clause after a
    /// semicolon with no finite verb, a verb of claiming or saying right after a name is that clause's verb.
    /// </summary>
    private void HeadlineClauseVerbReadAsANoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_presentSingular < 0 || forms.Length < 4 || forms[^1] is "." or "!" or "?") return;
        int semicolon = forms.IndexOf(";");
        if (semicolon < 0) return;
        for (int i = semicolon + 2; i + 1 < forms.Length; i++)
        {
            if (_finite[classes[i]]) return;
            if (_xpos[classes[i]] == "NNS" && _xpos[classes[i - 1]] is "NNP" or "NNPS" && HeadlineClaims.Contains(forms[i]))
            {
                classes[i] = _presentSingular;
                return;
            }
        }
    }

    private static readonly HashSet<string> HeadlineClaims = new(StringComparer.Ordinal)
        { "claims", "says", "denies", "vows", "warns", "urges", "accuses", "blames", "condemns", "rejects" };

    /// <summary>
    /// "Kenyan police kill/NN 8 as anti-tax protests spread": in a headline (no finite verb, no full stop), a
    /// lower-case noun between a common noun and a number is the headline's verb, in the present.
    /// </summary>
    private void HeadlineVerbReadAsANoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_presentPlural < 0 || _presentSingular < 0 || forms.Length < 3 || forms[^1] is "." or "!" or "?" || _finite[classes[0]]) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            // ("Israeli strike on Gaza school kills/NNS at least 30, health officials say": no finite verb before
            // the reporters after a comma.)
            if (_finite[classes[i]]) return;
            // (After a common noun, "police", "gunmen": not a phone number after a name, "USA phone 650 ...".)
            bool count = _xpos[classes[i + 1]] == "CD" || i + 2 < forms.Length && forms[i + 1] == "at" && forms[i + 2] == "least";
            if (_xpos[classes[i]] is not ("NN" or "NNS") || !char.IsLower(forms[i][0]) || _xpos[classes[i - 1]] is not ("NN" or "NNS") || !char.IsLower(forms[i - 1][0])
                || !count) continue;
            for (int k = i + 1; k < forms.Length && forms[k] != ","; k++)
            {
                if (_finite[classes[k]]) return;
            }
            classes[i] = forms[i].EndsWith('s') ? _presentSingular : _presentPlural;
            return;
        }
    }

    /// <summary>
    /// "urged the authorities to/IN free/JJ everyone held for peaceful protest": "free" after "to" and before an article, a
    /// pronoun or a count is the verb (not "access to free/JJ medical care", where a noun follows).
    /// </summary>
    private void FreeAfterToBeforeWhomItFrees(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_baseForm < 0 || _infinitiveTo < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "JJ" || !forms[i].Equals("free", StringComparison.OrdinalIgnoreCase) || !forms[i - 1].Equals("to", StringComparison.OrdinalIgnoreCase)
                || !(_xpos[classes[i + 1]] is "DT" or "PRP" or "PRP$" or "CD" || forms[i + 1].ToLowerInvariant() is "everyone" or "everybody" or "all" or "those")) continue;
            classes[i - 1] = _infinitiveTo;
            classes[i] = _baseForm;
        }
    }

    /// <summary>
    /// "according to/TO state/VB figures": "to" after "according" is a preposition, and a base form right
    /// after it is the noun that opens the source's phrase.
    /// </summary>
    private void NounReadAsAVerbAfterAccordingTo(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_preposition < 0 || _singularNoun < 0) return;
        for (int i = 0; i + 2 < forms.Length; i++)
        {
            if (!forms[i].Equals("according", StringComparison.OrdinalIgnoreCase) || !forms[i + 1].Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            if (_xpos[classes[i + 1]] == "TO") classes[i + 1] = _preposition;
            if (_xpos[classes[i + 2]] == "VB") classes[i + 2] = _singularNoun;
            // ("according to conservative talk/VB radio host Rush Limbaugh, the move ...": and any base form or
            // present inside the source's noun phrase, before the comma that closes it.)
            for (int k = i + 3; k + 1 < forms.Length && forms[k] != "," && _xpos[classes[k - 1]] is "NN" or "JJ" or "NNP" or "DT" or "NNS"; k++)
            {
                if (_xpos[classes[k]] is "VB" or "VBP" && char.IsLower(forms[k][0]) && _xpos[classes[k + 1]] is "NN" or "NNS" or "NNP") classes[k] = _singularNoun;
                // ("According to a Gallup poll released/VBD last week, immigration is ...": a past right after the source's
                // noun, before the comma that closes the phrase, is a participle describing it.)
                else if (_xpos[classes[k]] == "VBD" && _pastParticiple >= 0 && k > i + 3 && _noun[classes[k - 1]] && CommaBeforeAFiniteVerb(forms, classes, k)) classes[k] = _pastParticiple;
            }
        }
    }

    /// <summary>Whether a comma follows the word (within eight words, no finite verb before it) and a finite verb follows the comma.</summary>
    private bool CommaBeforeAFiniteVerb(ReadOnlySpan<string> forms, ReadOnlySpan<int> classes, int word)
    {
        for (int k = word + 1; k < forms.Length && k <= word + 8; k++)
        {
            if (forms[k] != ",") { if (_finite[classes[k]]) return false; continue; }
            for (int j = k + 1; j < forms.Length; j++)
            {
                if (_finite[classes[j]]) return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>
    /// "demanded that police confiscate/JJ every rifle", "demanded that traditional chiefs hand/NN over all
    /// firearms": after a verb of demanding and "that", the word right after the clause's noun phrase,
    /// before a determiner or a particle, is the demanded act, a base form (English's subjunctive).
    /// </summary>
    private void SubjunctiveAfterDemand(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_baseForm < 0) return;
        for (int that = 1; that + 3 < forms.Length; that++)
        {
            // ("is demanding President Barack Obama make/VBP a pledge": or right after the verb, without "that", a
            // present tense after a name.)
            bool withThat = forms[that].Equals("that", StringComparison.OrdinalIgnoreCase) && DemandBefore(forms, classes, that);
            // (The tags first: a lower-cased copy of every word was the tagger's largest allocation.)
            bool withoutThat = !withThat && _xpos[classes[that]].StartsWith("VB", StringComparison.Ordinal) && _xpos[classes[that + 1]] is "NNP" or "NNPS"
                               && IsDemandVerb(forms[that]);
            if (!withThat && !withoutThat) continue;
            int word = that + 1;
            // ("that the Saudi-led coalition stop": a hyphenated participle inside the subject's run too.)
            while (word < forms.Length && (_xpos[classes[word]] is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "HYPH"
                                           || _xpos[classes[word]] == "VBN" && forms[word - 1] == "-") && !(word > that + 1 && IsActAfterNoun(forms, classes, word))) word++;
            // ("demanded on Wednesday that the federal government set/VBN up a permanent military base": or a past that is also the base form.)
            bool act = word < forms.Length && word > that + 1 && (withThat ? IsActAfterNoun(forms, classes, word)
                                                                             || _xpos[classes[word]] is "VBN" or "VBD" && _noun[classes[word - 1]] && InvariantPasts.Contains(forms[word])
                                                                             && forms[word] is not ("shot" or "struck")
                                                                             // ("demanded that the federal government disarm/VBP armed groups": a present no singular subject takes.)
                                                                             || _xpos[classes[word]] == "VBP" && _xpos[classes[word - 1]] == "NN"
                : _xpos[classes[word]] == "VBP" && word + 1 < forms.Length && _xpos[classes[word + 1]] is "DT" or "PRP$" or "PRP");
            if (act) classes[word] = _baseForm;
            // ("demanded that the military/JJ free/JJ everyone still held": the subject is the noun.)
            if (act && _singularNoun >= 0 && IsTheMilitary(forms, classes, word - 1)) classes[word - 1] = _singularNoun;
            // ("demanded that the army charge/NN or release them": a noun ending the subject's run before "or" or "and" and a base
            // form is the first of the demanded acts.)
            if (withThat && !act && word + 1 < forms.Length && word >= that + 3 && forms[word] is "or" or "and" && _xpos[classes[word + 1]] == "VB"
                && _xpos[classes[word - 1]] == "NN" && _noun[classes[word - 2]])
                classes[word - 1] = _baseForm;
            // ("demanded that the government pay all arrears within two weeks and investigate/VBP warehouse operators": a verb after
            // "and" with no subject of its own is a second demanded act.)
            if (!withThat || word >= forms.Length || classes[word] != _baseForm) continue;
            for (int k = word + 1; k + 1 < forms.Length && !_boundary[classes[k]]; k++)
            {
                if (forms[k] != "and") continue;
                if (_xpos[classes[k + 1]] is "VBP" or "VBZ") classes[k + 1] = _baseForm;
                break;
            }
        }
    }

    /// <summary>
    /// "Sylla said in a televised address on Wednesday evening, warning/NN that the organisers ...": a word
    /// in "-ing" after a comma and before "that" is a participle ("warning that", "saying that", "adding that").
    /// </summary>
    private void ParticipleBeforeThat(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_gerund < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            if (forms[i - 1] == "," && forms[i].Length > 5 && forms[i].EndsWith("ing", StringComparison.Ordinal) && char.IsLower(forms[i][0])
                && forms[i + 1].Equals("that", StringComparison.Ordinal) && _xpos[classes[i]] is "NN" or "JJ")
                classes[i] = _gerund;
        }
    }

    /// <summary>
    /// "Members of the Imbonerakure beat/NN and detained at least 12 supporters": a past tense that is also
    /// a noun, right before "and" and a past tense, after a noun, is that past tense's coordinated verb.
    /// </summary>
    private void PastBeforeCoordinatedPast(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastTense < 0) return;
        for (int i = 1; i + 2 < forms.Length; i++)
        {
            if (_xpos[classes[i]] is "NN" or "NNS" or "VB" or "VBP" && InvariantPasts.Contains(forms[i])
                && (_noun[classes[i - 1]] || forms[i - 1] == "," && i >= 2 && _noun[classes[i - 2]])   // ("..., the youth league of the ruling party, beat and detained")
                && CoordinatedPastFollows(forms, classes, i))
                classes[i] = _pastTense;
        }
    }

    /// <summary>
    /// "Local self-defence leaders accused/VBN state police of letting cartel gunmen pass": "accused" or "blamed" right after the
    /// noun phrase opening the sentence, with a noun phrase of its own before "of" or "for", is the subject's past tense (one
    /// accused of something has no object between: "men accused of killing").
    /// </summary>
    private void AccusedWithItsObjectBeforeOf(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastTense < 0) return;
        for (int i = 1; i + 2 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBN" || forms[i].ToLowerInvariant() is not ("accused" or "blamed")) continue;
            // ("an OLA spokesman denied that the group was involved and accused/VBN government-aligned militias of staging kidnappings":
            // or after "and", coordinated with a past tense before it.)
            bool coordinated = forms[i - 1].Equals("and", StringComparison.OrdinalIgnoreCase) && PastTenseBefore(classes, i - 1);
            if (!coordinated && (!_noun[classes[i - 1]] || !OpensSentence(forms, classes, i))) continue;
            // ("accused government troops and their Russian allies of killing": whom it accuses may be two, joined by "and".)
            int k = i + 1;
            while (k < forms.Length && k <= i + 8 && (_xpos[classes[k]] is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP$" or "POS"
                                                     || coordinated && _xpos[classes[k]] is "HYPH" or "VBN" && k + 1 < forms.Length && !forms[k + 1].Equals("of", StringComparison.OrdinalIgnoreCase)
                                                     || k > i + 1 && _noun[classes[k - 1]] && _xpos[classes[k]] == "CC" && k + 1 < forms.Length && _xpos[classes[k + 1]] is "DT" or "PRP$" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS")) k++;
            if (k > i + 1 && k < forms.Length && _noun[classes[k - 1]] && forms[k].ToLowerInvariant() is "of" or "for") classes[i] = _pastTense;
        }
    }

    /// <summary>Whether a past tense comes before <paramref name="end"/>.</summary>
    private bool PastTenseBefore(ReadOnlySpan<int> classes, int end)
    {
        for (int k = 0; k < end; k++)
        {
            if (_xpos[classes[k]] == "VBD") return true;
        }
        return false;
    }

    /// <summary>Whether a finite verb (the clause's own) comes before <paramref name="end"/>.</summary>
    private bool FiniteVerbBefore(ReadOnlySpan<int> classes, int end)
    {
        for (int k = 0; k < end; k++)
        {
            if (_finite[classes[k]]) return true;
        }
        return false;
    }

    /// <summary>
    /// "traders at the central market shut/JJ their stalls": a past spelt like its participle, after a noun and before a
    /// possessive ("their", "its"), is the noun's verb: no adjective comes before a possessive.
    /// </summary>
    private void InvariantPastBeforeAPossessive(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastTense < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] is "JJ" or "NN" && _noun[classes[i - 1]] && _xpos[classes[i + 1]] == "PRP$" && InvariantPasts.Contains(forms[i]))
                classes[i] = _pastTense;
        }
    }

    /// <summary>
    /// Whether "and" and a past tense follow the word in its clause (right after it, or after its object:
    /// "put the number of dead at 17 and accused the RSF").
    /// </summary>
    private bool CoordinatedPastFollows(ReadOnlySpan<string> forms, Span<int> classes, int word)
    {
        for (int j = word + 1; j + 1 < forms.Length && j <= word + 12; j++)
        {
            if (forms[j] == "," || _finite[classes[j]]) return false;
            if (forms[j].Equals("and", StringComparison.OrdinalIgnoreCase)) return _xpos[classes[j + 1]] is "VBD" or "VBN";
        }
        return false;
    }

    /// <summary>
    /// "Human/JJ Rights/NNS Watch/VB (HRW) accused ...": the capitalised words before an acronym in brackets
    /// are the name it abbreviates, proper nouns (not "The", "of" and the like).
    /// </summary>
    private void NameBeforeItsAcronym(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_properNoun < 0) return;
        for (int i = 1; i + 3 < forms.Length; i++)
        {
            if (!char.IsUpper(forms[i][0]) || !char.IsUpper(forms[i - 1][0]) || forms[i + 1] != "(" || forms[i + 3] != ")"
                || forms[i + 2].Length < 2 || !forms[i + 2].All(char.IsUpper)) continue;
            for (int k = i; k >= 0 && char.IsUpper(forms[k][0]) && _xpos[classes[k]] is not ("DT" or "IN" or "CC" or "PRP" or "NNP" or "NNPS"); k--)
                classes[k] = _properNoun;
        }
    }

    /// <summary>
    /// "Human/JJ Rights/NNS Watch/VBP condemned the attack": a capitalised run of words whose last word the
    /// tagger read as a verb, right before the clause's lower-case verb, is a name (proper nouns), the
    /// verb's subject: two verbs do not follow each other.
    /// </summary>
    private void NameReadAsVerbBeforeItsVerb(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_properNoun < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            // ("Human Rights Watch/WDT urged": a wh-word inside a capitalised run is the name's word too.)
            if (_xpos[classes[i]] is not ("VB" or "VBP" or "VBZ" or "WDT" or "WP") || !char.IsUpper(forms[i][0]) || !char.IsUpper(forms[i - 1][0])
                || _xpos[classes[i - 1]] is not ("NN" or "NNS" or "NNP" or "NNPS" or "JJ")) continue;
            // ("Human Rights Watch/VBP this month accused": a time between.)
            int next = i + 3 < forms.Length && forms[i + 1].ToLowerInvariant() is "this" or "last" && TimeNouns.Contains(forms[i + 2].ToLowerInvariant()) ? i + 3 : i + 1;
            if (!char.IsLower(forms[next][0]) || _xpos[classes[next]] is not ("VBD" or "VBN" or "VBZ" or "VBP" or "MD")) continue;
            for (int k = i; k >= 0 && char.IsUpper(forms[k][0]) && _xpos[classes[k]] is not ("DT" or "IN" or "CC" or "PRP" or "NNP" or "NNPS"); k--)
                classes[k] = _properNoun;
        }
    }

    /// <summary>
    /// "But environmentalists/VBZ worry/NN that Mr. Clarke ...", "some note/NN that Trump ...", "Lynch
    /// notes/NNS they were appointed": a verb of thinking or saying read as a noun between its subject and
    /// what it reports is the present tense, "that" the subordinator, and a plural-looking word read as a
    /// verb before it the subject.
    /// </summary>
    private void VerbOfThinkingReadAsANoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_presentPlural < 0 || _pluralNoun < 0 || _presentSingular < 0) return;
        for (int i = 1; i < forms.Length; i++)
        {
            var tag = _xpos[classes[i]];
            if (tag is not ("NN" or "NNS")) continue;
            // (Span look-ups: this runs on every noun the tagger sees.)
            var word = forms[i].AsSpan();
            bool plural = tag == "NN" && ThinkingVerbLookup.Contains(word);
            bool singular = tag == "NNS" && word.Length > 3 && word[^1] == 's'
                            && (ThinkingVerbLookup.Contains(word[..^1]) || word.EndsWith("es") && ThinkingVerbLookup.Contains(word[..^2]));
            if (!plural && !singular || !OpensAReport(forms, classes, i + 1)) continue;
            var before = _xpos[classes[i - 1]];
            bool readAsVerb = false;
            if (plural)
            {
                bool pluralSubject = before is "NNS" or "NNPS" || before == "DT" && forms[i - 1].ToLowerInvariant() is "some" or "many" or "most" or "others" or "few" or "both" or "all";
                readAsVerb = before == "VBZ" && forms[i - 1].Length >= 5 && forms[i - 1].EndsWith('s') && (i == 1 || _xpos[classes[i - 2]] is "CC" or "," or "DT" or "JJ" or "RB");
                if (!pluralSubject && !readAsVerb) continue;
            }
            // ("Lynch notes/NNS they were appointed ...", "..., The Wall Street Journal reports/NNS.": a singular subject.)
            else if (before is not ("NN" or "NNP") && !(before == "PRP" && forms[i - 1].ToLowerInvariant() is "he" or "she" or "it")) continue;
            if (readAsVerb) classes[i - 1] = _pluralNoun;
            classes[i] = plural ? _presentPlural : _presentSingular;
            if (i + 1 < forms.Length && _subordinator >= 0 && forms[i + 1].Equals("that", StringComparison.OrdinalIgnoreCase) && _xpos[classes[i + 1]] is "WDT" or "DT")
                classes[i + 1] = _subordinator;
        }
    }

    /// <summary>
    /// "as China and Russia support/NN the government": a lower-case noun right after names joined by "and",
    /// before a determiner, in a clause with no finite verb yet, is the names' verb, in the present.
    /// </summary>
    private void PresentAfterCoordinatedNames(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_presentPlural < 0) return;
        for (int i = 3; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "NN" || !char.IsLower(forms[i][0]) || _xpos[classes[i + 1]] is not ("DT" or "PRP$" or "CD")
                || _xpos[classes[i - 1]] is not ("NNP" or "NNPS") || _xpos[classes[i - 2]] != "CC" || _xpos[classes[i - 3]] is not ("NNP" or "NNPS")) continue;
            bool finiteBefore = false;
            for (int k = i - 4; k >= 0 && !_boundary[classes[k]] && _xpos[classes[k]] != "IN" && !finiteBefore; k--) finiteBefore = _finite[classes[k]];
            if (!finiteBefore) classes[i] = _presentPlural;
        }
    }

    /// <summary>
    /// Whether what follows a verb of saying opens what it reports: "that", a subject pronoun, a wh-word, or
    /// the sentence's end after a comma-fronted report ("..., the doctor maintains.").
    /// </summary>
    private bool OpensAReport(ReadOnlySpan<string> forms, Span<int> classes, int next)
    {
        if (next >= forms.Length) return false;
        var form = forms[next].ToLowerInvariant();
        if (form is "that" or "he" or "she" or "they" or "we" or "it" or "how" or "why" or "whether") return true;
        if (_xpos[classes[next]] != "." || next + 1 < forms.Length && !_boundary[classes[next + 1]] && forms[next + 1] is not ("\"" or "”" or "'")) return false;
        for (int k = next - 2; k >= 0 && next - k <= 10; k--)
        {
            if (forms[k] == ",") return k > 0;
            if (_xpos[classes[k]] is not ("NN" or "NNS" or "NNP" or "NNPS" or "DT" or "JJ" or "POS" or "PRP$" or "CD" or "HYPH")) return false;
        }
        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ThinkingVerbLookup = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "worry", "fear", "hope", "note", "argue", "claim", "insist", "believe", "think", "suggest", "warn", "complain", "contend", "doubt",
        "expect", "say", "agree", "estimate", "charge", "report", "allege", "concede", "acknowledge", "predict", "caution", "maintain",
        "reveal", "propose", "conclude", "write", "add", "explain", "recall", "assert", "stress", "observe", "admit", "announce", "declare",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private bool IsActAfterNoun(ReadOnlySpan<string> forms, Span<int> classes, int word) =>
        word + 1 < forms.Length && _xpos[classes[word]] is "NN" or "JJ" && (_noun[classes[word - 1]] || IsTheMilitary(forms, classes, word - 1))
        && (_xpos[classes[word + 1]] is "DT" or "PRP$" or "PRP" or "RP" or "NNS" or "CD"
            || forms[word + 1].ToLowerInvariant() is "over" or "down" or "up" or "out" or "in" or "all" or "every" or "more" or "additional" or "extra"
               or "everyone" or "everybody" or "anyone" or "those"
            // ("demanded that the government assign/NN armed escorts": a modifier and a plural noun after it.)
            // (Not before the demanded act itself: "that the state government/NN compensate/VB families".)
            || word + 2 < forms.Length && (_xpos[classes[word + 1]] is "JJ" or "VBN" || _xpos[classes[word + 1]] == "VB" && forms[word + 1].EndsWith("ed", StringComparison.Ordinal))
               && _xpos[classes[word + 2]] == "NNS"
            // ("demanded that the Saudi-led coalition stop/NN arming government forces": or before the gerund it stops; "that the
            // government halt/NN forced eradication": or a participle's noun.)
            || _xpos[classes[word + 1]] is "NN" or "VBG" or "VBN" && DemandedActsAlsoNouns.Contains(forms[word]));

    /// <summary>"the military" read as an article and an adjective, as the subject of a demanded act.</summary>
    private bool IsTheMilitary(ReadOnlySpan<string> forms, Span<int> classes, int word) =>
        word >= 1 && _xpos[classes[word]] == "JJ" && forms[word].Equals("military", StringComparison.OrdinalIgnoreCase) && _xpos[classes[word - 1]] == "DT";

    private static readonly string[] DemandVerbs = ["demand", "insist", "urge", "urging", "ask", "requir", "order"];

    private static bool IsDemandVerb(string form)
    {
        foreach (var verb in DemandVerbs)
        {
            if (form.StartsWith(verb, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// Verbs often demanded that are also nouns, read as the last noun of the clause's subject before the noun they act
    /// on ("demanded that Baghdad hand/NN responsibility for security to local police").
    /// </summary>
    private static readonly HashSet<string> DemandedActsAlsoNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "hand", "return", "release", "pay", "halt", "lift", "end", "stop", "free", "reopen", "restore", "withdraw", "take", "cede", "transfer",
    };

    /// <summary>
    /// Whether a verb of demanding comes before "that", right before it or with only its time or place between
    /// ("demanded on Wednesday that", "demanded in a statement that", "demanded at a news conference in Sukkur on
    /// Wednesday that").
    /// </summary>
    private bool DemandBefore(ReadOnlySpan<string> forms, Span<int> classes, int that)
    {
        for (int k = that - 1; k >= 0 && k >= that - 10; k--)
        {
            if (IsDemandVerb(forms[k])) return true;
            if (_xpos[classes[k]].StartsWith("VB", StringComparison.Ordinal) || _xpos[classes[k]] == "MD" || forms[k] is "," or ";" or ":") return false;
        }
        return false;
    }

    /// <summary>
    /// "Houthi shelling/VBG struck/VBN a crowded market": an "-ing" word that ends the noun phrase opening
    /// the sentence, right before a participle or past tense, is the subject (a noun), and the verb after it
    /// the past tense ("being", "having" and "getting" stay: "Having fought ...").
    /// </summary>
    private void GerundSubjectBeforeItsVerb(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0 || _pastTense < 0) return;
        for (int i = 0; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBG" || _xpos[classes[i + 1]] is not ("VBN" or "VBD") || !OpensSentence(classes, i)) continue;
            if (forms[i].ToLowerInvariant() is "being" or "having" or "getting") return;
            classes[i] = _singularNoun;
            classes[i + 1] = _pastTense;
            return;
        }
    }

    /// <summary>
    /// "Fighting/VBG between rival clans in Tonj East county killed more than 60 people": a noun of violence in "-ing"
    /// that opens the sentence with its "between" phrase is the subject of the first verb after that phrase, a participle
    /// there its past tense (read as a gerund, it left the county to do the killing).
    /// </summary>
    private void ViolenceInIngWithItsSidesOpeningASentence(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0 || _pastTense < 0 || forms.Length < 4 || _xpos[classes[0]] != "VBG" || forms[1] != "between"
            || forms[0].ToLowerInvariant() is not ("fighting" or "shelling" or "clashing" or "rioting")) return;
        for (int verb = 2; verb < forms.Length && !_boundary[classes[verb]]; verb++)
        {
            if (_xpos[classes[verb]] is "VBG" or "VB") return;
            if (!_finite[classes[verb]] && _xpos[classes[verb]] != "VBN") continue;
            classes[0] = _singularNoun;
            if (_xpos[classes[verb]] == "VBN") classes[verb] = _pastTense;   // ("has killed" keeps its auxiliary)
            return;
        }
    }

    /// <summary>
    /// "..., as fighting/VBG between federal troops and Fano militiamen intensified/VBN": a noun of violence in "-ing"
    /// after "as", "while" or "after" that opens a clause whose only verb is a participle at its end is that clause's
    /// subject, and the participle its past tense.
    /// </summary>
    private void ViolenceInIngOpeningAClauseOfTime(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0 || _pastTense < 0) return;
        for (int i = 1; i + 2 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBG" || forms[i - 1].ToLowerInvariant() is not ("as" or "while" or "after")
                || forms[i].ToLowerInvariant() is not ("fighting" or "shelling" or "bombing" or "looting" or "clashing" or "rioting" or "gunfire")) continue;
            int end = i + 1;
            while (end < forms.Length && !_boundary[classes[end]]) end++;
            int verb = end - 1;
            if (verb <= i + 1 || _xpos[classes[verb]] is not ("VBN" or "VBD")) continue;
            bool otherVerb = false;
            for (int k = i + 1; k < verb; k++) otherVerb |= _finite[classes[k]] || _xpos[classes[k]] is "VBN" or "VBG" or "VB";
            if (otherVerb) continue;
            classes[i] = _singularNoun;
            classes[verb] = _pastTense;
        }
    }

    /// <summary>
    /// "hit a school sheltering/NN displaced families": an -ing word the tagger never saw often enough,
    /// between a singular noun with its determiner and a plural noun (adjectives and participles between),
    /// is a participle whose object that plural is, not a third noun of a compound.
    /// </summary>
    private void ParticipleBetweenANounAndItsObject(ReadOnlySpan<string> forms, Span<int> classes, ReadOnlySpan<ulong> ambiguity)
    {
        if (_gerund < 0) return;
        for (int i = 2; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "NN" || forms[i].Length < 6 || !forms[i].EndsWith("ing", StringComparison.Ordinal) || !char.IsLower(forms[i][0])
                || AmbiguityClasses.IsKnown(ambiguity[i]) || _xpos[classes[i - 1]] != "NN") continue;
            // (Past the noun's adjectives to its determiner: "a Buddhist monastery sheltering displaced villagers".)
            int determiner = i - 2;
            while (determiner > 0 && determiner >= i - 4 && _xpos[classes[determiner]] is "JJ" or "NNP") determiner--;
            if (_xpos[classes[determiner]] != "DT") continue;
            int next = i + 1;
            while (next < forms.Length && _xpos[classes[next]] is "JJ" or "VBN") next++;
            if (next < forms.Length && _xpos[classes[next]] == "NNS") classes[i] = _gerund;
        }
    }

    /// <summary>
    /// "Ukrainian/NNP and Russian/JJ negotiators met": a capitalised word before "and" and a capitalised adjective of the noun
    /// after them is an adjective of that noun too, not a name of its own.
    /// </summary>
    private void AdjectiveCoordinatedWithANationality(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_adjective < 0) return;
        for (int i = 0; i + 3 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "NNP" || !forms[i + 1].Equals("and", StringComparison.Ordinal) || _xpos[classes[i + 2]] != "JJ"
                || !char.IsUpper(forms[i + 2][0]) || !char.IsUpper(forms[i][0]) || _xpos[classes[i + 3]] is not ("NNS" or "NN")) continue;
            // (Both words of a kind: "Ukrainian" and "Russian", "Israeli" and "Palestinian"; or the first with a nationality's
            // ending: "23 Nigerien and Sudanese migrants".)
            if (forms[i].Length > 3 && (forms[i][^1] == forms[i + 2][^1] && forms[i][^2] == forms[i + 2][^2] || HasANationalitysEnding(forms[i])))
                classes[i] = _adjective;
        }
    }

    /// <summary>"Nigerien", "Sudanese", "Kenyan", "Turkish": endings of nationalities that no country's name has (not "Iran", "Mali").</summary>
    private static bool HasANationalitysEnding(string word) =>
        word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
        || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ien", StringComparison.Ordinal) || word.EndsWith("yan", StringComparison.Ordinal);

    /// <summary>
    /// "The attackers, riding/NN motorcycles, overpowered security guards": an -ing word set off by a comma after a noun,
    /// with its object and a closing comma before a past tense, is a participle describing the noun.
    /// </summary>
    private void ParticipleBetweenCommasAfterANoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_gerund < 0) return;
        for (int i = 2; i + 2 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "NN" || !forms[i].EndsWith("ing", StringComparison.Ordinal) || !char.IsLower(forms[i][0]) || forms[i - 1] != ","
                || !_noun[classes[i - 2]]) continue;
            // (Its object, then the closing comma and the noun's verb in the past.)
            for (int k = i + 1; k + 1 < forms.Length && k <= i + 6; k++)
            {
                if (forms[k] == ",")
                {
                    if (k > i + 1 && _xpos[classes[k + 1]] is "VBD" or "VBN") classes[i] = _gerund;   // (a past the clause repairs may not have found yet)
                    break;
                }
                if (_xpos[classes[k]] is not ("DT" or "JJ" or "NN" or "NNS" or "PRP$" or "CD")) break;
            }
        }
    }

    /// <summary>
    /// "Asked/VBD whether Mr. Clinton would hold a cabinet position, she laughed": a sentence opening with "Asked" (or
    /// "Pressed") and the question or its occasion is the participle of a question put to the subject after the comma. So is
    /// "asked" set off by commas after the subject ("Mexico's president, asked/VBD about the ambush at her morning news
    /// conference, said").
    /// </summary>
    private void AskedOpeningAQuestion(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0 || forms.Length <= 3) return;
        if (forms[0] is "Asked" or "Pressed" && _xpos[classes[0]] == "VBD" && OpensAQuestion(forms[1])) classes[0] = _pastParticiple;
        for (int i = 2; i + 2 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBD" || forms[i - 1] != "," || !_noun[classes[i - 2]] || !IsAnyOf(forms[i], "asked", "pressed") || !OpensAQuestion(forms[i + 1])) continue;
            // (The closing comma, then the subject's own verb.)
            for (int k = i + 2; k + 1 < forms.Length && k <= i + 12; k++)
            {
                if (forms[k] != ",") continue;
                if (_xpos[classes[k + 1]] == "VBD") classes[i] = _pastParticiple;
                break;
            }
        }
    }

    private static bool OpensAQuestion(string word) =>
        IsAnyOf(word, "whether", "if", "why", "what", "how", "who", "when", "about", "during", "at", "in", "by", "on");

    /// <summary>
    /// "officers exchanged fire with gang members holed/VBD up in a house": a past tense right after the noun of a
    /// "with" phrase, in a clause whose verb came before it and with no object of its own, is a participle on that noun.
    /// </summary>
    private void ParticipleAfterAWithPhrasesNoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0) return;
        for (int i = 3; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBD" || !_noun[classes[i - 1]] || _xpos[classes[i + 1]] is not ("RP" or "IN")) continue;
            int with = i - 1;
            while (with > 0 && _xpos[classes[with]] is "NN" or "NNS" or "JJ" or "DT" or "CD") with--;
            if (with == i - 1 || !forms[with].Equals("with", StringComparison.Ordinal)) continue;
            int verb = with - 1;
            while (verb >= 0 && !_finite[classes[verb]] && !_boundary[classes[verb]]) verb--;
            if (verb >= 0 && _xpos[classes[verb]] == "VBD") classes[i] = _pastParticiple;
        }
    }

    /// <summary>
    /// "the ministry said in a statement read/VB on state television", "In a list handed/VBD to the governor on
    /// Tuesday, the organisers demanded": "read" after a preposition's noun ("in a statement"), or a past
    /// tense after the noun of a preposition that opens the sentence (no subject stands in a prepositional
    /// phrase), is a participle modifying that noun, not a verb of its own.
    /// </summary>
    private void ParticipleAfterAPrepositionsNoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0) return;
        for (int i = 3; i < forms.Length; i++)
        {
            if (_xpos[classes[i - 1]] != "NN" || _xpos[classes[i]] is not ("VB" or "VBP" or "VBD")) continue;
            int determiner = i - 2;
            while (determiner > 0 && _xpos[classes[determiner]] == "JJ") determiner--;
            if (_xpos[classes[determiner]] != "DT" || determiner == 0 || _xpos[classes[determiner - 1]] != "IN") continue;
            bool read = forms[i].Equals("read", StringComparison.OrdinalIgnoreCase);
            bool opening = determiner == 1 && _xpos[classes[i]] == "VBD" && forms[0] is "In" or "At" or "On" or "During" or "Under" or "Through" or "Via";
            if (read || opening) classes[i] = _pastParticiple;
        }
    }

    /// <summary>
    /// "killing a suspected militant/JJ, the military said": a word for people that is also an adjective, ending a noun
    /// phrase opened by an article (nothing after it that it could modify), is the phrase's noun.
    /// </summary>
    private void PersonReadAsAnAdjective(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0) return;
        for (int i = 1; i < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "JJ" || !PeopleAdjectives.Contains(forms[i].ToLowerInvariant())) continue;
            if (i + 1 < forms.Length && _xpos[classes[i + 1]] is not ("," or "." or ":" or "CC" or "IN" or "TO" or "VBD" or "VBZ" or "VBP" or "MD" or "WDT" or "WP")) continue;
            int k = i - 1;
            while (k > 0 && _xpos[classes[k]] is "JJ" or "VBN" or "RB") k--;
            if (forms[k].ToLowerInvariant() is not ("a" or "an" or "the" or "one")) continue;
            classes[i] = _singularNoun;
        }
    }

    private static readonly HashSet<string> PeopleAdjectives = new(StringComparer.Ordinal)
    {
        "militant", "civilian", "extremist", "radical", "criminal", "separatist", "loyalist", "insurgent", "jihadist", "islamist", "rebel",
        "dissident", "fugitive", "hostage", "resident", "official", "juvenile", "suspect",
    };

    /// <summary>
    /// "Gunmen believed/VBD to belong to the cartel ambushed a convoy": "believed", "thought", "said" or
    /// "suspected" right after the noun that opens the sentence, before "to" or "of" and a later past tense,
    /// is a participle modifying the noun; the later verb is the clause's.
    /// </summary>
    private void BelievedToAfterNoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0) return;
        for (int i = 1; i + 2 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBD" || !Parsing.ParseRepairs.HearsayParticiples.Contains(forms[i])
                || !_noun[classes[i - 1]] || forms[i + 1].ToLowerInvariant() is not ("to" or "of")) continue;
            // ("Police arrested 14 suspected raiders and cattle traders believed/VBD to have bought stolen animals": so after a plural the
            // sentence's own finite verb comes before, right before "to".)
            if (!OpensSentence(classes, i))
            {
                if (_xpos[classes[i - 1]] == "NNS" && forms[i + 1] == "to" && forms[i] != "said" && FiniteVerbBefore(classes, i - 1)) classes[i] = _pastParticiple;
                continue;
            }
            for (int k = i + 2; k < forms.Length; k++)
            {
                if (_xpos[classes[k]] == "VBD")
                {
                    classes[i] = _pastParticiple;
                    return;
                }
            }
            return;
        }
    }

    /// <summary>
    /// "arresting nine suspects, among them two brothers wanted/VBD for earlier bombings, an army officer said": "wanted"
    /// right after a noun and before "for" or "by" is the participle of the wanted man, not a past tense with the
    /// noun its subject (EWT and GUM have "wanted for" once, after "I"). Only where the sentence has a finite verb of
    /// its own elsewhere.
    /// </summary>
    private void WantedForAfterANoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0) return;
        for (int i = 1; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBD" || !forms[i].Equals("wanted", StringComparison.OrdinalIgnoreCase) || forms[i + 1] is not ("for" or "by")
                || _xpos[classes[i - 1]] is not ("NN" or "NNS" or "NNP" or "NNPS")) continue;
            bool anotherVerb = false;
            for (int k = 0; k < forms.Length && !anotherVerb; k++) anotherVerb = k != i && _finite[classes[k]];
            if (anotherVerb) classes[i] = _pastParticiple;
        }
    }

    /// <summary>
    /// "stop granting bail to gang/VB suspects": "gang" is a noun (EWT and GUM have it six times, never a verb); read as
    /// an infinitive after "to", it had made the rest of the clause its own. ("gang up on" stays a verb.)
    /// </summary>
    private void GangReadAsAVerb(ReadOnlySpan<string> forms, Span<int> classes)
    {
        for (int i = 0; i < forms.Length; i++)
        {
            if (!forms[i].Equals("gang", StringComparison.OrdinalIgnoreCase) || !_xpos[classes[i]].StartsWith("VB", StringComparison.Ordinal)
                || i + 1 < forms.Length && forms[i + 1] is "up" or "together") continue;
            classes[i] = _singularNoun;
        }
    }

    /// <summary>
    /// "a colleague whom gendarmes arrested/VBN at his office": after "whom" and the relative clause's subject (a noun
    /// phrase of up to four words, no auxiliary), a participle is the clause's past tense; read as a participle, it made
    /// "whom" the subject's determiner and the arrest no one's.
    /// </summary>
    private void PastAfterTheSubjectOfWhom(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastTense < 0) return;
        for (int i = 0; i + 2 < forms.Length; i++)
        {
            if (!forms[i].Equals("whom", StringComparison.OrdinalIgnoreCase)) continue;
            int k = i + 1;
            while (k < forms.Length && k <= i + 4 && _xpos[classes[k]] is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "CD" or "PRP$" or "POS") k++;
            if (k > i + 1 && k < forms.Length && _noun[classes[k - 1]] && _xpos[classes[k]] == "VBN") classes[k] = _pastTense;
        }
    }

    /// <summary>
    /// "demanding the release of a rubber tapper arrested/VBD after an earlier bombing": a past tense of what is done to
    /// people (arrested, detained, killed, ...) with no object, right after the noun of a prepositional phrase that follows
    /// the sentence's own finite verb, is a participle modifying that noun (a prepositional phrase holds no subject; for any
    /// verb, EWT dev lost 0.03 UAS).
    /// </summary>
    private void ParticipleWithoutAnObjectAfterAPrepositionsNoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0) return;
        for (int i = 4; i < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBD" || _xpos[classes[i - 1]] is not ("NN" or "NNS") || !DoneToPeople.Contains(forms[i])) continue;
            if (i + 1 < forms.Length && _xpos[classes[i + 1]] is "DT" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "PRP$" or "CD" or "JJ") continue;
            int k = i - 1;
            while (k > 0 && _xpos[classes[k]] is "DT" or "JJ" or "NN" or "NNS" or "CD") k--;
            if (k < 2 || _xpos[classes[k]] != "IN" || forms[k].ToLowerInvariant() is not ("of" or "for" or "with" or "on" or "against")) continue;
            if (FiniteVerbBefore(classes, k)) classes[i] = _pastParticiple;
        }
    }

    /// <summary>
    /// "17 passengers abducted/VBD on the road between Gusau and Tsafe last week were freed on Saturday": a past tense of what is
    /// done to people, right after a noun and before a preposition (no object), whose phrase runs with no comma or finite verb
    /// into "was" or "were" and a participle, is a participle on the noun; the passive is the sentence's verb.
    /// </summary>
    private void PastAfterANounBeforeItsPassiveReadAsAParticiple(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0) return;
        for (int i = 1; i + 3 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBD" || _xpos[classes[i - 1]] is not ("NN" or "NNS") || _xpos[classes[i + 1]] != "IN" || !DoneToPeople.Contains(forms[i])) continue;
            for (int j = i + 2; j + 1 < forms.Length; j++)
            {
                if (_boundary[classes[j]] || _xpos[classes[j]] is "WDT" or "WP") break;
                if (!_finite[classes[j]]) continue;
                if (forms[j] is "was" or "were" && _xpos[classes[j + 1]] == "VBN") classes[i] = _pastParticiple;
                break;
            }
        }
    }

    /// <summary>
    /// "police arrested 11 men in Kamba accused/VBD of supplying the militants": "accused" or "suspected" right before "of",
    /// after a noun that follows the sentence's own finite verb, is a participle on that noun (whoever accuses names whom).
    /// </summary>
    private void AccusedOfAfterTheVerbsNounReadAsAPast(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastParticiple < 0) return;
        for (int i = 3; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBD" || !_noun[classes[i - 1]] || !forms[i + 1].Equals("of", StringComparison.OrdinalIgnoreCase)
                || forms[i].ToLowerInvariant() is not ("accused" or "suspected")) continue;
            if (FiniteVerbBefore(classes, i - 1)) classes[i] = _pastParticiple;
        }
    }

    /// <summary>
    /// Past tenses and participles of what is done to people ("arrested", "killed", "taken"): after a preposition's noun they
    /// describe that noun (here, and in the parse repairs that hang them on it).
    /// </summary>
    internal static readonly HashSet<string> DoneToPeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "arrested", "detained", "abducted", "kidnapped", "killed", "captured", "jailed", "wounded", "injured", "displaced", "seized", "shot", "held",
        "imprisoned", "convicted", "sentenced", "taken",
    };

    /// <summary>Whether the comma closes a name apposed to the sentence's opening noun phrase (", Colonel Abdou Garba,").</summary>
    private bool ClosesAnApposedName(ReadOnlySpan<string> forms, Span<int> classes, int comma)
    {
        if (comma < 4 || forms[comma] != ",") return false;
        int k = comma - 1;
        while (k >= 0 && _xpos[classes[k]] is "NNP" or "NNPS") k--;
        return k < comma - 1 && k >= 1 && forms[k] == "," && _noun[classes[k - 1]] && OpensSentence(classes, k);
    }

    /// <summary>Whether the comma closes a relative clause on the sentence's opening noun phrase (", who arrived on horseback before dawn,").</summary>
    private bool ClosesARelativeClauseOnTheOpening(ReadOnlySpan<string> forms, Span<int> classes, int comma)
    {
        if (comma < 5 || forms[comma] != ",") return false;
        for (int k = comma - 2; k >= 2 && k >= comma - 16; k--)
        {
            if (forms[k] == "," || _finite[classes[k]] && forms[k - 1] == ",") return false;
            // ("The attackers, whom residents identified as Twa militiamen, also abducted/VBN five women".)
            if (forms[k] is "who" or "which" or "whom" && forms[k - 1] == ",")
            {
                // ("Medecins Sans Frontieres (MSF), which": the name's short form in brackets is the name's.)
                int noun = k - 2;
                if (forms[noun] == ")" && noun >= 3 && forms[noun - 2] == "(") noun -= 3;
                return noun >= 0 && _noun[classes[noun]] && OpensSentence(forms, classes, noun + 1);
            }
        }
        return false;
    }

    /// <summary>
    /// Whether only a noun phrase (determiners, adjectives, nouns) stands before the word, from the sentence's
    /// start or from the comma that closes an opening phrase.
    /// </summary>
    private bool OpensSentence(Span<int> classes, int word) => OpensSentence([], classes, word);

    /// <summary>
    /// <see cref="OpensSentence(Span{int}, int)"/>, where, with the words, the opening noun phrase may also hold hyphens and
    /// "of" or "in" phrases ("The commander-in-chief of Ukraine's armed forces visited/VBN").
    /// </summary>
    private bool OpensSentence(ReadOnlySpan<string> forms, Span<int> classes, int word)
    {
        int k = word - 1;
        while (k >= 0 && (_xpos[classes[k]] is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "POS"   // ("Pakistan's foreign ministry")
                          || k > 0 && forms.Length > k && (_xpos[classes[k]] == "HYPH" || forms[k] is "of" or "in" && (_noun[classes[k - 1]] || _xpos[classes[k - 1]] == "HYPH")))) k--;
        if (k < 0) return true;
        // ("On Monday the LNA, which controls most of eastern Libya, deployed/VBN": or after an opening day with no comma.)
        // (The tagger's list of times, not a second list of weekdays; only a capitalised one, so a weekday or month.)
        if (k == 0 && word > 2 && forms.Length > 2 && forms[0] is "On" && char.IsUpper(forms[1][0]) && TimeNouns.Contains(forms[1].ToLowerInvariant())) return true;
        // ("In a statement on Tuesday, the ministry accused/VBN loyalists ... and said": or after an opening phrase
        // with no finite verb, up to its comma.)
        if (_xpos[classes[k]] != "," || k == word - 1) return false;
        for (int j = 0; j < k; j++)
        {
            if (_finite[classes[j]]) return false;
        }
        return true;
    }

    /// <summary>Whether the word ends "new tax increases" right after a verb: a singular noun before it, adjectives before that (not after a preposition: "as the level of production increases,").</summary>
    private bool IsObjectsLastNoun(ReadOnlySpan<int> classes, int word)
    {
        if (word < 2 || _xpos[classes[word - 1]] != "NN") return false;
        int k = word - 2;
        while (k > 0 && word - k <= 3 && _xpos[classes[k]] is "JJ" or "NN") k--;
        return _xpos[classes[k]] is "VB" or "VBD" or "VBP";
    }

    /// <summary>Whether the word follows a verb and the start of its object, a count, article, adjectives or nouns ("looted three World Food Programme").</summary>
    private bool AfterAVerbsObjectWords(ReadOnlySpan<int> classes, int word)
    {
        if (word < 2 || !_noun[classes[word - 1]] && _xpos[classes[word - 1]] != "CD") return false;
        int k = word - 1;
        while (k > 0 && word - k <= 6 && _xpos[classes[k]] is "JJ" or "NN" or "NNP" or "NNPS" or "CD" or "DT") k--;
        return _xpos[classes[k]] is "VBD" or "VBP" or "VB";
    }

    /// <summary>
    /// "Venezuelan troops stormed an illegal gold mine/PRP held by an armed gang": "mine" after an article or a common noun is
    /// the noun (the pronoun stands alone: "the house is mine").
    /// </summary>
    private void MineAfterANounReadAsAPronoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_singularNoun < 0) return;
        for (int i = 1; i < forms.Length; i++)
        {
            // (Not after an adjective: retagging "the Federal/JJ mine" turned a PolNeAR dev sentence's parse into a quotation that is none.)
            if (_xpos[classes[i]] == "PRP" && forms[i].Equals("mine", StringComparison.OrdinalIgnoreCase) && _xpos[classes[i - 1]] is "DT" or "NN" or "NNS")
                classes[i] = _singularNoun;
        }
    }

    /// <summary>
    /// "Jihadist fighters/VBZ stormed an army base": a present tense right before a past tense is a plural
    /// noun, the past tense's subject (two finite verbs do not follow each other).
    /// </summary>
    private void PluralReadAsPresent(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pluralNoun < 0) return;
        for (int i = 0; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBZ") continue;
            // (Not an auxiliary: "is expected", "has killed". An adverb may stand between: "Druze fighters then abducted".)
            int next = i + 2 < forms.Length && _xpos[classes[i + 1]] is "RB" or "RBR" && forms[i + 1].ToLowerInvariant() is "then" or "also" or "later" or "reportedly" ? i + 2 : i + 1;
            // (And a day: "Air force jets/VBZ later on Sunday struck militant positions".)
            if (next + 2 < forms.Length && forms[next].Equals("on", StringComparison.Ordinal) && TimeNouns.Contains(forms[next + 1].ToLowerInvariant())) next += 2;
            // (A short one only with words between: "Air force jets/VBZ later on Sunday struck".)
            if (forms[i].Length < (next > i + 1 ? 4 : 5) || !forms[i].EndsWith('s')) continue;
            // "as protests against tax increases/VBZ spread/VBN": a noun inside a prepositional phrase, before a past.
            if (i >= 2 && _xpos[classes[i - 1]] is "NN" or "NNS" && _xpos[classes[i - 2]] == "IN" && i + 1 < forms.Length && _xpos[classes[i + 1]] is "VBD" or "VBN")
            {
                classes[i] = _pluralNoun;
                continue;
            }
            // "marched on parliament to oppose new tax increases/VBZ, and ...": a noun compound after a verb, before
            // a comma or the end, is that verb's object, not a clause.
            if (IsObjectsLastNoun(classes, i) && (i + 1 == forms.Length || _boundary[classes[i + 1]] || _xpos[classes[i + 1]] == "CC"))
            {
                classes[i] = _pluralNoun;
                continue;
            }
            // "looted three World Food Programme trucks/VBZ carrying sorghum": a verb's object with a participle in "-ing" right after
            // it is a noun it describes. (Not after "that": "that means donating now adds ...", EWT test.)
            if (i + 1 < forms.Length && _xpos[classes[i + 1]] == "VBG" && AfterAVerbsObjectWords(classes, i))
            {
                classes[i] = _pluralNoun;
                continue;
            }
            // "distributed food and blankets/VBZ to about 300 families": after "and" and a verb's object, before "to" or "for", the
            // object's conjunct. (So after a verb's particle: "handed out rice and blankets/VBZ to about 200 survivors".)
            int verb = i >= 4 && _xpos[classes[i - 3]] == "RP" ? i - 4 : i - 3;
            if (i >= 3 && forms[i - 1].Equals("and", StringComparison.OrdinalIgnoreCase) && _xpos[classes[i - 2]] is "NN" or "NNS"
                && _xpos[classes[verb]] is "VBD" or "VBN" or "VB" or "VBP" && i + 1 < forms.Length && forms[i + 1] is "to" or "for")
            {
                classes[i] = _pluralNoun;
                continue;
            }
            // "The attackers, who witnesses/VBZ said numbered about 30, ...": after a relative pronoun, before a verb of saying,
            // the teller of what the clause says.
            if (i >= 1 && _xpos[classes[i - 1]] is "WP" or "WDT" && i + 1 < forms.Length && IsVerbOfSaying(forms[i + 1]))
            {
                classes[i] = _pluralNoun;
                // (And the relative clause's own verb right after, with no subject: "who witnesses said numbered/JJ about 30".)
                if (i + 2 < forms.Length && _xpos[classes[i + 2]] is "JJ" or "VBN" && forms[i + 2].EndsWith("ed", StringComparison.Ordinal) && _pastTense >= 0)
                    classes[i + 2] = _pastTense;
                continue;
            }
            // "..., charges/VBZ the government rejected as baseless", "..., allegations the army denied": after a comma, before
            // a denial's subject and verb, a noun the denial's clause describes.
            if (i >= 1 && forms[i - 1] == "," && i + 3 < forms.Length && _xpos[classes[i + 1]] == "DT" && _noun[classes[i + 2]]
                && (forms[i + 3].ToLowerInvariant() is "denied" or "rejected" or "dismissed" or "disputed"
                    || _noun[classes[i + 3]] && i + 4 < forms.Length && forms[i + 4].ToLowerInvariant() is "denied" or "rejected" or "dismissed" or "disputed"))
            {
                classes[i] = _pluralNoun;
                continue;
            }
            // "Jihadist attacks/VBZ there have killed dozens": before "there" and an auxiliary, the subject.
            if (i + 2 < forms.Length && forms[i + 1] is "there" or "here" && forms[i + 2] is "have" or "had" or "are" or "were" or "will" or "would" or "could" or "may")
            {
                classes[i] = _pluralNoun;
                if (_adverb >= 0) classes[i + 1] = _adverb;
                continue;
            }
            // "Further down the Euphrates, clashes/VBZ between gunmen from the Shaitat tribe and a rival clan over farmland killed four
            // people": with no subject before it, a "between" phrase after it names the two sides of the noun, however long.
            bool noSubject = i == 0 || forms[i - 1] == "," || _xpos[classes[i - 1]] is "JJ" or "DT" or "CD";
            if (noSubject && i + 1 < forms.Length && forms[i + 1].Equals("between", StringComparison.Ordinal) && PastAfter(classes, i + 2) is >= 0 and var past)
            {
                classes[i] = _pluralNoun;
                // ("In January, clashes/VBZ between the Metros and the Scorpions in neighbourhoods ... killed/VBN at least 11 people":
                // the past the noun's verb was read as a participle for, with no auxiliary before it, is the past tense.)
                if (_xpos[classes[past]] == "VBN" && _pastTense >= 0) classes[past] = _pastTense;
                // (And what they are fought over is a prepositional phrase: "a rival clan over/RB farmland killed".)
                for (int over = i + 3; _preposition >= 0 && over + 2 < forms.Length && _xpos[classes[over]] != "VBD"; over++)
                {
                    if (forms[over].Equals("over", StringComparison.Ordinal) && _xpos[classes[over]] == "RB" && _noun[classes[over - 1]] && _noun[classes[over + 1]]) classes[over] = _preposition;
                }
                continue;
            }
            // "Last month, inmates/VBZ at the Machala jail held six guards": a place phrase may stand between.
            if (PastAfterPlacePhrase(classes, i) > 0 && (i == 0 || forms[i - 1] == "," || _xpos[classes[i - 1]] is "JJ" or "DT" or "CD"))
            {
                classes[i] = _pluralNoun;
                continue;
            }
            if (_xpos[classes[next]] is not ("VBD" or "VBN")) continue;
            // ("..., and gendarmes/VBZ detained/VBN about 20 men": after ", and" too, and the participle is the past tense.)
            if (i >= 2 && forms[i - 1].Equals("and", StringComparison.OrdinalIgnoreCase) && forms[i - 2] == "," && _pastTense >= 0
                && next + 1 < forms.Length && _xpos[classes[next + 1]] is "DT" or "CD" or "NNS" or "IN" or "PRP$")
            {
                classes[i] = _pluralNoun;
                classes[next] = _pastTense;
                continue;
            }
            // (A participle after it is a past tense only when a sentence opens with "Adjective nouns".)
            bool opening = i == 0 || i == 1 && _xpos[classes[0]] is "JJ" or "NNP" or "NNPS";
            if (_xpos[classes[next]] == "VBD" && (i == 0 || _xpos[classes[i - 1]] is "JJ" or "NNP" or "NNPS" or "DT" or "CD" or "NN") || opening)
                classes[i] = _pluralNoun;
        }
    }

    /// <summary>The first past tense (or participle, with no auxiliary before it) from <paramref name="from"/>, before any present or clause boundary; or -1.</summary>
    private int PastAfter(ReadOnlySpan<int> classes, int from)
    {
        for (int j = from; j < classes.Length; j++)
        {
            // (A participle right after a verb has its auxiliary: "had killed".)
            if (_xpos[classes[j]] is "VBD" or "VBN") return _xpos[classes[j]] == "VBN" && _xpos[classes[j - 1]] is "VBD" or "VBZ" or "VBP" or "VB" or "VBN" or "MD" ? -1 : j;
            if (_xpos[classes[j]] is "VBZ" or "VBP" or "MD" || _boundary[classes[j]]) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The past tense right after a short place phrase that follows the word ("at the Machala jail held"),
    /// or -1: a preposition, then only determiners, adjectives, nouns and numbers.
    /// </summary>
    private int PastAfterPlacePhrase(ReadOnlySpan<int> classes, int word)
    {
        if (word + 3 >= classes.Length || _xpos[classes[word + 1]] != "IN") return -1;
        int j = word + 2;
        while (j < classes.Length && j <= word + 7 && _xpos[classes[j]] is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "CD" or "PRP$") j++;
        return j > word + 2 && j < classes.Length && _xpos[classes[j]] == "VBD" ? j : -1;
    }

    /// <summary>
    /// "the ELN and the Gulf Clan fought/NN for three days": a past tense that is no noun, read as one (or as a
    /// present) right after a noun or pronoun, is the past tense.
    /// </summary>
    private void UnambiguousPastReadAsNoun(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_pastTense < 0) return;
        for (int i = 1; i < forms.Length; i++)
        {
            if (_xpos[classes[i]] is "NN" or "NNS" or "JJ" or "VB" or "VBP" && UnambiguousPasts.Contains(forms[i])
                && (_noun[classes[i - 1]] || _xpos[classes[i - 1]] == "PRP"))
                classes[i] = _pastTense;
        }
    }

    /// <summary>Irregular past tenses that are neither nouns nor participles in their own form ("fought", not "shot" or "held").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "had", "was", "were", "did", "got", "became" };

    /// <summary>(Case-blind: looked up for every noun and verb, without a lower-cased copy.)</summary>
    private static readonly HashSet<string> UnambiguousPasts = new(StringComparer.OrdinalIgnoreCase)
    {
        "fought", "fled", "sought", "stole", "threw", "drove", "broke", "took", "gave", "came", "went", "overran", "tore", "swept",
        "shook", "slew", "stood", "spoke", "wrote", "rode", "sank", "drew", "withdrew", "overthrew",
    };

    /// <summary>
    /// Words the tagger never saw, built from ones it knows: "militiamen", "tribesmen" (a plural in
    /// "-men", read as an adverb at a sentence's start), and a prefix on an irregular past ("overran",
    /// "withdrew", "overthrew": read as a preposition or a present); and one read as a plural without an
    /// "-s" right before a noun, which it modifies ("two mototaxi/NNS drivers").
    /// </summary>
    private void UnknownCompounds(ReadOnlySpan<string> forms, Span<int> classes, ReadOnlySpan<ulong> ambiguity)
    {
        for (int i = 0; i < forms.Length; i++)
        {
            var form = forms[i];
            if (form.Length < 6 || AmbiguityClasses.IsKnown(ambiguity[i])) continue;
            var lower = form.ToLowerInvariant();
            if (_pluralNoun >= 0 && lower.EndsWith("men", StringComparison.Ordinal) && _xpos[classes[i]] is not ("NNS" or "NNPS" or "NNP"))
                classes[i] = _pluralNoun;
            else if (_pastTense >= 0 && PrefixedIrregularPast(lower) is not null && _xpos[classes[i]] is not ("VBD" or "VBN"))
                classes[i] = _pastTense;
            else if (_singularNoun >= 0 && _xpos[classes[i]] == "NNS" && !lower.EndsWith('s') && !lower.EndsWith("men", StringComparison.Ordinal)
                     && i + 1 < forms.Length && _xpos[classes[i + 1]] is "NN" or "NNS")
                classes[i] = _singularNoun;
        }
    }

    /// <summary>The irregular past inside a prefixed form ("overran" → "ran"), or null.</summary>
    internal static string? PrefixedIrregularPast(string lower)
    {
        foreach (var prefix in VerbPrefixes)
        {
            if (lower.Length > prefix.Length + 2 && lower.StartsWith(prefix, StringComparison.Ordinal) && IrregularPasts.Contains(lower[prefix.Length..]))
                return lower[prefix.Length..];
        }
        return null;
    }

    private static readonly string[] VerbPrefixes = ["over", "under", "out", "with", "up", "fore", "mis", "be", "re"];

    /// <summary>A form a past tense can have: "-ed", or an irregular past the tagger's data names as such.</summary>
    private static bool LooksPast(string form) =>
        form.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IrregularPasts.Contains(form.ToLowerInvariant());

    /// <summary>Pasts spelt like their present: "beat", "hit", "shot" (case-blind).</summary>
    private static readonly HashSet<string> InvariantPasts = new(StringComparer.OrdinalIgnoreCase) { "beat", "hit", "shot", "struck", "cut", "put", "set", "shut" };

    /// <summary>Verbs whose past is their base form (and present): "beat", "hit", "set".</summary>
    private static readonly HashSet<string> PastsLikeTheirBaseForm = new(StringComparer.OrdinalIgnoreCase)
        { "beat", "hit", "set", "cut", "put", "hurt", "burst", "shut", "cast", "spread" };

    private static readonly HashSet<string> IrregularPasts = new(StringComparer.Ordinal)
    {
        "shot", "fought", "held", "sent", "took", "seized", "stole", "burnt", "burned", "hit", "struck", "threw", "set", "left",
        "led", "fled", "caught", "brought", "beat", "bit", "blew", "broke", "drove", "fell", "gave", "got", "hid", "hung", "kept",
        "made", "met", "ran", "rode", "sank", "sought", "shook", "slew", "spoke", "stood", "swept", "told", "tore", "won", "wrote",
        "drew", "came", "saw", "went", "heard",
    };

    /// <summary>
    /// Whether a subordinator, a relative pronoun or "that" opens the verb's clause: within the three words
    /// before the verb, or further back across its subject's noun phrase.
    /// </summary>
    private bool Subordinate(ReadOnlySpan<string> forms, ReadOnlySpan<int> classes, int start, int verb)
    {
        for (int i = verb - 1; i >= start; i--)
        {
            var word = forms[i].ToLowerInvariant();
            // ("warned on Monday that his men would ...": a that-clause's verb is not the clause's own either.)
            bool opener = _xpos[classes[i]] is "WDT" or "WP" or "WRB" || word == "that" && _xpos[classes[i]] == "IN";
            // ("militias known as Ma'awisley clashed": not the "as" of a name.)
            bool namingAs = word == "as" && i > start && forms[i - 1].ToLowerInvariant() is "known" or "identified" or "described" or "designated";
            if (i >= verb - 3 && (opener || Subordinators.Contains(word) && !namingAs)) return true;
            // ("when some of the marchers tried": further back only across the subordinate clause's subject, and
            // only to a word that opens nothing but a clause: "identified by police as the gang's leader threatened".)
            // ("... on Tuesday as demonstrations against a proposed tax increase turned violent": "as" right after a time, too.)
            bool asAfterATime = word == "as" && i > start && TimeNouns.Contains(forms[i - 1].ToLowerInvariant());
            if (i < verb - 3 && (opener || asAfterATime || word is "when" or "while" or "because" or "if" or "unless" or "although" or "though" or "whereas")) return true;
            // (A participle before a noun is one of its modifiers: "a proposed tax increase".)
            bool modifier = _xpos[classes[i]] is "VBN" or "VBG" && i + 1 < verb && _xpos[classes[i + 1]] is "NN" or "NNS" or "JJ";
            if (i <= verb - 3 && !modifier && _xpos[classes[i]] is not ("DT" or "PDT" or "CD" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP$" or "POS" or "IN")) return false;
        }
        return false;
    }

    /// <summary>
    /// "The windows on the bridge exploded/VBN and we could not see anything": a finite verb after "and" and a
    /// subject pronoun (adverbs and modals between) belongs to a clause coordinated with this one.
    /// </summary>
    private bool InACoordinatedClause(ReadOnlySpan<string> forms, ReadOnlySpan<int> classes, int start, int verb)
    {
        int k = verb - 1;
        while (k > start && _xpos[classes[k]] is "RB" or "MD") k--;
        if (k > start && _xpos[classes[k]] == "PRP" && forms[k - 1].ToLowerInvariant() is "and" or "but") return true;
        // ("Peace talks ... collapsed/VBN in 2017 but President Ferdinand Marcos Jr. agreed": or a name or noun phrase
        // after "but", which joins clauses, where "and" joins nouns as often.)
        int subject = k;
        while (subject > start && _xpos[classes[subject]] is "NNP" or "NNPS" or "NN" or "NNS" or "DT" or "JJ" or "CD") subject--;
        return subject < k && subject > start && forms[subject].Equals("but", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
        { "as", "when", "while", "after", "before", "because", "since", "if", "unless", "although", "though", "until", "whereas", "once" };

    /// <summary>"with", "by" (and "to"): the words after which a participle modifies the noun before it.</summary>
    private static bool IsModifierPreposition(string word, bool withTo) =>
        word.Equals("with", StringComparison.OrdinalIgnoreCase) || word.Equals("by", StringComparison.OrdinalIgnoreCase)
        || withTo && word.Equals("to", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Interior Minister Gerardo Sandoval on Thursday accused/VBN \"land invaders ...\" of attacking": a participle right after
    /// "on" and a weekday that follow the sentence's opening name, before an object, a quotation or a preposition, is the
    /// name's verb in the past tense.
    /// </summary>
    private void PastAfterTheOpeningNameAndItsDay(ReadOnlySpan<string> forms, Span<int> classes)
    {
        for (int i = 3; i + 1 < forms.Length; i++)
        {
            if (_xpos[classes[i]] != "VBN" || !forms[i - 2].Equals("on", StringComparison.OrdinalIgnoreCase) || !char.IsUpper(forms[i - 1][0]) || !TimeNouns.Contains(forms[i - 1].ToLowerInvariant())
                || _xpos[classes[i - 3]] is not ("NNP" or "NNPS") || !OpensSentence(forms, classes, i - 2)
                || _xpos[classes[i + 1]] is not ("``" or "DT" or "NNP" or "NNS" or "PRP" or "PRP$" or "CD" or "JJ" or "IN" or "TO")) continue;
            classes[i] = _pastTense;
            return;
        }
    }

    /// <summary>
    /// "Minyon Moore, a senior adviser to the Clinton campaign, called/VBN Mr. Obama's remarks ...": a
    /// participle right after a sentence's opening name or noun and its apposition between commas, with an
    /// object after it and no finite verb before, is the subject's verb in the past tense; so is one with
    /// no object when the sentence has no other verb of its own ("Aondover Gbaka, president of a Tiv youth
    /// association, threatened/VBN on Wednesday to shut every road into the town if the government failed to act").
    /// </summary>
    private void PastAfterASubjectsApposition(ReadOnlySpan<string> forms, Span<int> classes)
    {
        // ("At a gathering in Raqqa on Thursday, elders of the Afadla tribe, one of the largest in the province, called/VBN on the
        // SDF to ...": the subject may follow an opening phrase of place or time and its comma.)
        int subject = OpeningPhraseEnd(forms, classes);
        int comma = subject;
        // ("Transport unions in Riberalta, ...", "Lawmakers from the Mayo-Sava department, ...")
        // ("SDF commander Mazloum Abdi and Syria's interim president, Ahmed al-Sharaa, signed/VBN an agreement": coordinated, possessed.)
        while (comma < forms.Length && (_xpos[classes[comma]] is "DT" or "JJ" or "NNP" or "NNPS" or "NN" or "NNS"
                                        || comma > subject && _noun[classes[comma - 1]] && (_xpos[classes[comma]] is "IN" or "HYPH" or "POS"
                                            || forms[comma].Equals("and", StringComparison.OrdinalIgnoreCase)))) comma++;
        if (comma == subject || comma >= forms.Length || forms[comma] != "," || !_noun[classes[comma - 1]]) return;
        int close = ClosingCommaOfApposition(forms, classes, comma, forms.Length);
        // ("The group, which has about 6,000 fighters, suspended/VBN peace talks": or a relative clause between the commas.)
        if (close < 0) close = ClosingCommaOfARelativeClause(forms, classes, comma);
        // ("The attackers, riding motorcycles, overpowered/VBN security guards": or a participle's phrase.)
        // ("The SDF, in a statement late on Wednesday, accused/VBN government-allied factions": or a prepositional phrase.)
        // ("The Chadian Red Cross, supported by the International Committee of the Red Cross, delivered/VBN food": or a passive
        // participle's with its agent.)
        if (close < 0 && comma + 2 < forms.Length && (_xpos[classes[comma + 1]] == "VBG" || forms[comma + 1] is "in" or "on" or "at" or "during"
                                                      || _xpos[classes[comma + 1]] == "VBN" && forms[comma + 2] == "by"))
        {
            for (int k = comma + 2; k < forms.Length && k <= comma + 12 && !_finite[classes[k]]; k++)
            {
                if (forms[k] == ",") { close = k; break; }
            }
        }
        // ("hundreds of people, led by members of the Swat Qaumi Jirga, a council of elders and political parties, rallied/VBN": the
        // phrase may end in an apposition of its own, between the next two commas.)
        if (close > 0 && close + 2 < forms.Length && !IsPastCandidate(forms, classes, close + 1, afterComma: true)
            && ClosingCommaOfApposition(forms, classes, close, forms.Length) is > 0 and var appositionClose) close = appositionClose;
        int verb = close + 1;
        if (close < 0 || verb + 1 >= forms.Length || !IsPastCandidate(forms, classes, verb, afterComma: true)) return;
        // ("The regional governor, in remarks carried by state television on Sunday, accused/VBN outside provocateurs": "outside"
        // before a plural is the object's adjective.)
        bool outsideObject = forms[verb + 1] == "outside" && verb + 2 < forms.Length && _xpos[classes[verb + 2]] == "NNS";
        // ("Shabwa's governor, Fadhl al-Kubati, called/VBN on residents ... and said": a call "on" or "for" someone.)
        bool calledOn = forms[verb].Equals("called", StringComparison.OrdinalIgnoreCase) && forms[verb + 1] is "on" or "for";
        // ("Hundreds of residents, many of them women carrying noken string bags, marched/VBN through Sugapa's market": a march or a
        // rally and where it went.)
        bool marchedSomewhere = forms[verb] is "marched" or "rallied" or "gathered" or "protested" or "demonstrated" or "converged" or "assembled" or "paraded"
                                && _xpos[classes[verb + 1]] == "IN" && !forms[verb + 1].Equals("by", StringComparison.OrdinalIgnoreCase);
        if (_xpos[classes[verb + 1]] is not ("DT" or "NNP" or "NNPS" or "NN" or "NNS" or "PRP$" or "CD" or "``") && !outsideObject && !calledOn && !marchedSomewhere
            && !OnlyVerbOfItsSentence(forms, classes, verb)
            && !ClauseOfTimeAfter(forms, classes, verb)) return;
        classes[verb] = _pastTense;
    }

    /// <summary>
    /// Where a sentence's subject starts after an opening phrase of place or time ("At a gathering in Raqqa on Thursday,",
    /// "Also on Tuesday,") or an opening participle's phrase: the word after the phrase's comma, when the phrase opens with a
    /// participle, or with a preposition or an adverb and has no finite verb; else 0.
    /// </summary>
    private int OpeningPhraseEnd(ReadOnlySpan<string> forms, ReadOnlySpan<int> classes)
    {
        // ("Speaking outside the police station where the six were held, Ponnan Sivakumar, a Tamil lawmaker, accused/VBN
        // officers": an opening participle's phrase ends at its first comma, whatever clause it holds.)
        if (forms.Length >= 4 && _xpos[classes[0]] == "VBG")
        {
            for (int k = 2; k < forms.Length && k <= 20; k++)
            {
                if (forms[k] == ",") return k + 1;
            }
            return 0;
        }
        if (forms.Length < 4 || _xpos[classes[0]] is not ("IN" or "RB")) return 0;
        for (int k = 1; k < forms.Length && k <= 12; k++)
        {
            if (_finite[classes[k]] || _xpos[classes[k]] is "VBN" or "VBG" or "WDT" or "WP") return 0;
            if (forms[k] == ",") return k + 1;
        }
        return 0;
    }

    /// <summary>
    /// "The attackers, who arrived on motorcycles, struck/VBN as the patrol was returning to its base": a clause of
    /// time (a subordinator and the start of a noun phrase) right after the word, which a participle that names
    /// ("known as the ...") does not have.
    /// </summary>
    private bool ClauseOfTimeAfter(ReadOnlySpan<string> forms, ReadOnlySpan<int> classes, int verb) =>
        verb + 2 < forms.Length && forms[verb + 1].ToLowerInvariant() is "as" or "when" or "while" or "after" or "before" or "until"
        && _xpos[classes[verb + 2]] is "DT" or "PRP" or "PRP$" or "NNP" or "NNPS" or "NNS"
        && forms[verb].ToLowerInvariant() is not ("known" or "described" or "seen" or "regarded" or "identified" or "designated" or "listed" or "classified"
            or "used" or "referred" or "treated" or "considered" or "viewed");

    /// <summary>The comma closing a relative clause (or a noun phrase with one) that opens at the comma <paramref name="open"/> (", which has about 6,000 fighters,"); -1 if none.</summary>
    private int ClosingCommaOfARelativeClause(ReadOnlySpan<string> forms, ReadOnlySpan<int> classes, int open)
    {
        // (Or of a noun phrase with a relative clause: ", a group that Indian officials describe as a front for ...,".)
        int relative = open + 1;
        while (relative < forms.Length && relative <= open + 5 && _xpos[classes[relative]] is "DT" or "JJ" or "NN" or "NNS" or "NNP") relative++;
        if (relative + 1 >= forms.Length || _xpos[classes[relative]] is not ("WDT" or "WP")) return -1;
        for (int k = relative + 1; k < forms.Length && k <= relative + 16; k++)
        {
            if (forms[k] == ",") return k;
        }
        return -1;
    }

    /// <summary>
    /// No finite verb follows <paramref name="verb"/> but in a clause a subordinator or "that" opens, and
    /// something it reports or threatens does ("to shut", "that his men would"): "Maria Lopez, a farmer,
    /// wounded in the attack." is a caption, not a clause.
    /// </summary>
    private bool OnlyVerbOfItsSentence(ReadOnlySpan<string> forms, ReadOnlySpan<int> classes, int verb)
    {
        bool subordinate = false, complement = false;
        for (int j = verb + 1; j < forms.Length; j++)
        {
            bool that = forms[j].Equals("that", StringComparison.OrdinalIgnoreCase) && _xpos[classes[j]] == "IN";
            if (that || _xpos[classes[j]] == "TO" && j + 1 < forms.Length && _xpos[classes[j + 1]] == "VB") complement = true;
            if (that || Subordinators.Contains(forms[j].ToLowerInvariant()) || _xpos[classes[j]] is "WDT" or "WP" or "WRB") subordinate = true;
            if (_finite[classes[j]] && !subordinate) return false;
        }
        return complement;
    }

    /// <summary>
    /// The comma closing an apposition that opens at the comma <paramref name="open"/> ("Moore, a senior
    /// adviser to the Clinton campaign, ..."): a noun phrase with its modifiers and no verb, then a comma; -1 if none.
    /// </summary>
    private int ClosingCommaOfApposition(ReadOnlySpan<string> forms, ReadOnlySpan<int> classes, int open, int end)
    {
        bool noun = false;
        // ("The Pakistani Taliban, known as Tehreek-e-Taliban Pakistan (TTP), claimed/VBN ...": or another name after "known as".)
        int first = open + 1;
        if (first + 2 < end && forms[first].Equals("known", StringComparison.OrdinalIgnoreCase) && forms[first + 1].Equals("as", StringComparison.OrdinalIgnoreCase)) first += 2;
        for (int k = first; k + 1 < end; k++)
        {
            var tag = _xpos[classes[k]];
            if (tag == ",") return noun && k > first ? k : -1;
            // ("Transport unions in Riberalta, about 85 km to the west by road, ...": a count's adverb may open it.)
            // (An acronym in brackets after a name: "(TTP)".)
            // ("Hundreds of residents, many of them students, marched/VBN": a pronoun after a preposition.)
            // ("The Brahmaputra Relief Trust, a Guwahati-based charity, ...": a participle joined to a word by a hyphen is an adjective.)
            if (tag is not ("DT" or "PDT" or "CD" or "JJ" or "JJS" or "NN" or "NNS" or "NNP" or "NNPS" or "POS" or "HYPH" or "IN" or "CC" or "PRP$" or "-LRB-" or "-RRB-")
                && !(tag == "RB" && k == first && _xpos[classes[k + 1]] == "CD") && !(tag == "PRP" && _xpos[classes[k - 1]] == "IN")
                && !(tag == "VBN" && _xpos[classes[k - 1]] == "HYPH")
                // ("Hundreds of residents, many of them women carrying noken string bags, marched/VBN": a participle right after a noun
                // of the apposition, with its object.)
                && !(tag == "VBG" && k > first && _noun[classes[k - 1]])) return -1;
            if (_noun[classes[k]]) noun = true;
        }
        return -1;
    }

    /// <summary>A participle or "-ed" adjective right after a noun or pronoun, in a form a past tense shares ("fired", not "taken").</summary>
    /// <param name="afterComma">the word before may be the comma closing the subject's apposition.</param>
    private bool IsPastCandidate(ReadOnlySpan<string> forms, ReadOnlySpan<int> classes, int i, bool afterComma = false)
    {
        var form = forms[i];
        bool participle = _xpos[classes[i]] == "VBN" || _xpos[classes[i]] == "JJ" && form.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
        if (!participle || form.EndsWith("en", StringComparison.OrdinalIgnoreCase) || form.EndsWith("wn", StringComparison.OrdinalIgnoreCase)
            || form.EndsWith("ne", StringComparison.OrdinalIgnoreCase)) return false;
        // The word before (past any adverbs) must end a noun phrase, not leave a preposition open; a date
        // ends one too ("Lithuania on Dec. 1 imposed entry bans").
        int before = i - 1;
        while (before > 0 && _xpos[classes[before]] is "RB" or "RBR") before--;
        if (afterComma && before > 0 && forms[before] == ",") before--;
        // ("... Programme (WFP) distributed": and so does an acronym in brackets; "displaced by earlier fighting/VBG
        // staged": and a gerund after its modifier, a noun.)
        return before >= 0 && (_noun[classes[before]] || _xpos[classes[before]] == "CD" && before > 0 && _xpos[classes[before - 1]] == "NNP"
                               || _xpos[classes[before]] == "-RRB-" && before > 0 && _noun[classes[before - 1]]
                               || _xpos[classes[before]] == "VBG" && before > 0 && _xpos[classes[before - 1]] is "JJ" or "JJR" or "RBR" or "DT");
    }
}
