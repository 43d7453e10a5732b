namespace Vigil.Parsing;

// Repairs of a clause's subject: a word the parser made the subject that is none (a time, a dateline, a preposition's phrase), or a subject it hung elsewhere.
public static partial class ParseRepairs
{
    /// <summary>
    /// '... and that the army had "neutralized" dozens of assailants', with "army" and "that" hung on "had":
    /// an auxiliary governs no subject and no clause mark; they belong to the verb it helps (without a
    /// subject that verb would take the one of the clause it is coordinated with).
    /// </summary>
    private static void SubjectHungOnAnAuxiliary(Span<int> heads, Span<string> relations, int word)
    {
        int auxiliary = heads[word];
        if (auxiliary < 0 || relations[word] is not ("nsubj" or "nsubj:pass" or "mark") || relations[auxiliary] is not ("aux" or "aux:pass") || heads[auxiliary] == word) return;
        heads[word] = heads[auxiliary];
    }

    /// <summary>
    /// "On Monday, the Tambo Valley Defence Front, the main farmers' organisation in the valley, accused ...",
    /// "In a list read out to the crowd on Tuesday, the organisers, a loose coalition ..., demanded": parsed
    /// with the subject as a conjunct of the opening phrase (no "and" between them) and the verb with no
    /// subject: the noun phrase between the opening's comma and the verb is the verb's subject.
    /// </summary>
    private static void SubjectReadAsConjunctOfTheOpening(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 3 || xpos[root] is not ("VBD" or "VBZ" or "VBP") || HasASubject(heads, relations, root)) return;
        for (int noun = 1; noun < root; noun++)
        {
            // ("At a news conference in Kismayo on Wednesday, Jubaland leader Ahmed Madobe condemned ...": or in
            // apposition to a word of the opening phrase.)
            // ("Last month, 22 Maoists, among them four women, surrendered": or as its vocative.)
            if (relations[noun] is not ("conj" or "appos" or "vocative") || !IsNoun(xpos[noun]) || heads[noun] < 0 || heads[noun] > noun || HasDependent(heads, relations, noun, "cc")) continue;
            int opening = heads[noun];
            while (opening >= 0 && heads[opening] != root) opening = heads[opening];
            if (opening < 0 || relations[opening] is not ("obl" or "advcl" or "obl:unmarked") || SubtreeStart(heads, opening) != 0) continue;
            int start = SubtreeStart(heads, noun), end = SubtreeEnd(heads, noun);
            // (A parenthesis between commas may follow it: ", among them four women,".)
            bool parenthesis = end + 1 < root - 1 && forms[end + 1] == "," && forms[root - 1] == ",";
            if (start < 1 || !(forms[start] == "," || forms[start - 1] == ",") || !(end == root - 1 || end == root - 2 && forms[root - 1] == "," || parenthesis)) continue;
            heads[noun] = root;
            relations[noun] = "nsubj";
            return;
        }
    }

    /// <summary>
    /// "near the town of Ahmadpur East ..., two days after gunmen attacked", parsed with "Ahmadpur" as the
    /// subject of "attacked" and "of" as its marker: a noun opened by "of" right after a noun is that noun's
    /// modifier, no subject.
    /// </summary>
    private static void OfPhraseReadAsSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int subject)
    {
        if (relations[subject] != "nsubj" || !IsNoun(xpos[subject]) || !forms[subject - 1].Equals("of", StringComparison.OrdinalIgnoreCase)
            || heads[subject - 1] != heads[subject] && heads[subject - 1] != subject) return;
        int noun = subject - 2;
        if (!IsNoun(xpos[noun]) || heads[subject] < 0 || Dominates(heads, subject, noun)) return;
        heads[subject] = noun;
        relations[subject] = "nmod";
        heads[subject - 1] = subject;
        relations[subject - 1] = "case";
    }

    /// <summary>
    /// "Soldiers of/case the/det South Sudan People's Defense Forces clashed", with "of" and "the" hung on "clashed"
    /// and "Sudan" its second subject: a preposition hung on a later verb between its subject and a second subject
    /// belongs to the second, which is the first one's modifier, with the article and modifiers hung on the verb
    /// before it.
    /// </summary>
    private static void PrepositionHungOnAVerb(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int word)
    {
        int verb = heads[word];
        if (relations[word] != "case" || verb <= word + 1 || !IsVerb(xpos[verb])) return;
        int noun = word + 1;
        while (noun + 1 < verb && heads[noun] == verb && relations[noun] is "det" or "amod" or "compound") noun++;
        while (heads[noun] != verb && heads[noun] > word && heads[noun] < verb) noun = heads[noun];
        // (Only where the phrase was read as a second subject right after the first: a noun the tagger read as a verb,
        // "the spot is sheltered from any cold winter winds/VBZ", takes its preposition this way too.)
        int first = word - 1;
        if (heads[noun] != verb || !IsNoun(xpos[noun]) || relations[noun] != "nsubj" || heads[first] != verb || relations[first] != "nsubj" || !IsNoun(xpos[first])) return;
        heads[word] = noun;
        // (The phrase's other leading words hung on the verb go with it: "of the".)
        for (int k = word + 1; k < noun; k++)
        {
            if (heads[k] == verb && relations[k] is "det" or "amod" or "compound") heads[k] = noun;
        }
        Hang(heads, relations, noun, first, "nmod");
    }

    /// <summary>
    /// "government forces and the Ma'awisley drove al Shabaab out of much of Hiiraan", parsed with "out" inside the object's name
    /// (or on the object as its modifier, "drove the militants out of ...") and the place hung on "out": "out of" is the case of
    /// its noun, as EWT has it, and the phrase is where the verb moved its object from ("pushed the RSF out of Khartoum").
    /// </summary>
    private static void OutOfPhraseHungOnTheObject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int outWord)
    {
        int of = outWord + 1;
        if (relations[outWord] is not ("flat" or "nmod") || relations[of] != "case" || heads[of] is not (> 0 and var noun) || heads[noun] != outWord
            || heads[outWord] is not (>= 0 and var holder) || relations[holder] != "obj" || heads[holder] is not (>= 0 and var verb) || !IsVerb(xpos[verb])
            || forms[outWord] != "out" || forms[of] != "of") return;
        Hang(heads, relations, noun, verb, "obl");
        Hang(heads, relations, outWord, noun, "case");
    }

    /// <summary>
    /// "two days after gunmen attacked a police post", parsed with "gunmen" hung on "days" by "after" and
    /// "attacked" with no subject: the noun after "after" is the verb's subject, "after" its marker.
    /// </summary>
    private static void SubjectOfATimeAfter(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "nmod" || !IsNoun(xpos[noun])
            || !forms[noun - 1].Equals("after", StringComparison.OrdinalIgnoreCase) && !forms[noun - 1].Equals("before", StringComparison.OrdinalIgnoreCase)) return;
        int time = heads[noun];
        if (time < 0 || forms[time].ToLowerInvariant() is not ("days" or "day" or "hours" or "hour" or "weeks" or "week" or "months" or "month" or "minutes")) return;
        int verb = heads[time];
        // ("fired tear gas ... on Wednesday, a day after gunmen shot dead a union leader", with "shot" a clause of "day".)
        if (verb < noun && SubtreeEnd(heads, noun) + 1 is var next && next < heads.Length && heads[next] == time && relations[next] == "acl") verb = next;
        if (verb <= noun || xpos[verb] is not ("VBD" or "VBZ" or "VBP") || HasASubject(heads, relations, verb)) return;
        if (SubtreeEnd(heads, noun) >= verb) return;
        // (The clause then takes the time's place, as when the parser hangs the time on it: "day" measures it.)
        if (relations[verb] == "acl" && heads[time] >= 0)
        {
            Hang(heads, relations, verb, heads[time], "advcl");
            Hang(heads, relations, time, verb, "obl:unmarked");
        }
        heads[noun] = verb;
        relations[noun] = "nsubj";
        heads[noun - 1] = verb;
        relations[noun - 1] = "mark";
    }

    /// <summary>
    /// "delayed their meeting after a hafling was reported on the pass", "celebrated Eid at United Arab
    /// Emirates with Gondor after a hafling was reported", "The strikes came two days after militants from
    /// the JNIM ambushed a convoy": a noun phrase opened by "after" (or "before", "until", "since") that ends
    /// right before a verb (or its auxiliaries) with no subject is that verb's subject, "after" its marker,
    /// whatever the parser hung it on. A subject the verb had before it, with a preposition of its own
    /// ("at United Arab Emirates"), goes back to the verb the clause depends on.
    /// </summary>
    private static void SubjectOfAClauseAfterHungElsewhere(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] is not ("VBN" or "VBD" or "VBG") || relations[verb] is not ("advcl" or "xcomp" or "ccomp" or "conj") || heads[verb] < 0) return;
        int firstAux = verb;
        while (firstAux > 0 && heads[firstAux - 1] == verb && relations[firstAux - 1] is "aux" or "aux:pass") firstAux--;
        // (With no auxiliary, only a past tense: "after militants ... ambushed".)
        if (firstAux == verb && xpos[verb] != "VBD" || firstAux < 2) return;
        // The phrase opened by "after" that ends right there: the word before the verb or the first word above
        // it whose phrase ends there too.
        int noun = firstAux - 1, marker = TimeMarkerOf(forms, heads, relations, noun);
        while (marker < 0 && heads[noun] >= 0 && heads[noun] < firstAux && heads[noun] != verb && SubtreeEnd(heads, heads[noun]) == firstAux - 1)
        {
            noun = heads[noun];
            marker = TimeMarkerOf(forms, heads, relations, noun);
        }
        // (Not a time: "since Wednesday, when gunmen ... shot" is the gunmen's act.)
        if (marker < 0 || !IsNoun(xpos[noun]) || heads[noun] == verb || TimeWords.Contains(forms[noun].ToLowerInvariant())) return;
        // (No auxiliary: the verb must hang where the phrase does, "came ... after militants ambushed", or be a
        // second clause of the trailing reporter whose first clause the phrase hangs in: "blocked highways ...
        // after soldiers captured a leader ..., authorities said", where the clause is what the phrase hung on.)
        if (firstAux == verb && heads[verb] != heads[noun])
        {
            // (The phrase may hang deeper in the first clause, on a noun of it: "fired tear gas ... at thousands of
            // protesters in Nairobi and several other cities on Tuesday as demonstrations ... turned violent".)
            int clause = heads[noun];
            clause = VerbAbove(xpos, heads, clause);
            if (!IsSecondClauseOfTheReporterOf(heads, relations, verb, clause)) return;
            heads[verb] = clause;
        }
        int other = -1;
        for (int i = 0; i < marker; i++)
        {
            if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass") other = i;
        }
        if (other >= 0)
        {
            if (!HasCase(heads, relations, other) || !Dominates(heads, other, noun)) return;
            heads[other] = heads[verb];
            relations[other] = "obl";
        }
        else if (HasASubject(heads, relations, verb)) return;
        // ("two days after ...": what measures the time before the marker goes with the clause.)
        for (int i = 0; i < marker; i++)
        {
            if (heads[i] == noun) heads[i] = verb;
        }
        heads[noun] = verb;
        relations[noun] = HasDependent(heads, relations, verb, "aux:pass") ? "nsubj:pass" : "nsubj";
        heads[marker] = verb;
        relations[marker] = "mark";
        relations[verb] = "advcl";
    }

    /// <summary>
    /// Whether <paramref name="verb"/> is what a reporter after it reports, beside the clause of <paramref name="clause"/>
    /// (a verb, or a conjunct of one, that the same reporter reports before it).
    /// </summary>
    private static bool IsSecondClauseOfTheReporterOf(ReadOnlySpan<int> heads, ReadOnlySpan<string> relations, int verb, int clause)
    {
        if (relations[verb] != "ccomp" || heads[verb] is not (> 0 and var reporter) || reporter < verb || clause < 0 || clause > verb) return false;
        while (relations[clause] == "conj" && heads[clause] >= 0) clause = heads[clause];
        return heads[clause] == reporter && relations[clause] == "ccomp";
    }

    /// <summary>The word's preposition when it is "after", "before", "until" or "since" (or "as" after a time); -1 otherwise.</summary>
    private static int TimeMarkerOf(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int word)
    {
        for (int i = 0; i < word; i++)
        {
            // ("... on Tuesday as demonstrations against a tax increase turned violent": "as" right after a time, too.)
            if (heads[i] == word && relations[i] == "case")
                return forms[i].ToLowerInvariant() is "after" or "before" or "until" or "since"
                       || forms[i].Equals("as", StringComparison.OrdinalIgnoreCase) && i > 0 && TimeWords.Contains(forms[i - 1].ToLowerInvariant()) ? i : -1;
        }
        return -1;
    }

    /// <summary>
    /// "Eriador's death and injury toll has risen", parsed with "death" as a bare oblique of the verb and
    /// "injury" as a compound of the subject: a noun with no preposition, coordinated with a compound of
    /// the verb's subject, is that compound's conjunct ("death and injury" both modify "toll").
    /// </summary>
    private static void CoordinatedModifierReadAsOblique(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "obl" || xpos[noun] is not ("NN" or "NNS") || noun + 2 >= heads.Length || xpos[noun + 1] != "CC") return;
        int modifier = noun + 2;
        if (relations[modifier] != "compound" || heads[noun + 1] != modifier || heads[modifier] <= modifier) return;
        int subject = heads[modifier];
        if (relations[subject] is not ("nsubj" or "nsubj:pass") || heads[subject] != heads[noun] || HasDependent(heads, relations, noun, "case")) return;
        heads[noun] = subject;
        relations[noun] = "compound";
        heads[modifier] = noun;
        relations[modifier] = "conj";
    }

    /// <summary>
    /// "SAN CRISTÓBAL DE LAS CASAS, Mexico (AP) — Armed men opened fire ...", parsed with the dateline as a
    /// second subject: a dateline (capitals before a dash that opens the sentence) is no argument of the
    /// verb; it hangs on it as a loose dependent.
    /// </summary>
    private static void DatelineReadAsSubject(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations)
    {
        if (forms.Length < 4 || forms[0].Length < 2 || !forms[0].All(c => !char.IsLetter(c) || char.IsUpper(c))) return;
        int dash = -1;
        for (int i = 1; i < forms.Length && i <= 15; i++)
        {
            if (forms[i] is "—" or "–" or "--") { dash = i; break; }
        }
        if (dash < 0) return;
        for (int i = 0; i < dash; i++)
        {
            if ((heads[i] < 0 || heads[i] > dash) && relations[i] is "nsubj" or "nsubj:pass" or "obj" or "obl") relations[i] = "dep";
        }
    }

    /// <summary>
    /// "The opposition Kulmiye party, in a statement on Monday, called on ...", parsed with "opposition" as the
    /// subject and "party" as its modifier with no preposition: a common noun hung on the subject without a
    /// preposition, its phrase starting right after the subject, is the subject's head, the first noun its compound.
    /// </summary>
    private static void ModifierNounReadAsSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "nmod" || xpos[noun] is not ("NN" or "NNS")) return;
        int subject = heads[noun];
        if (subject < 0 || relations[subject] != "nsubj" || xpos[subject] != "NN" || SubtreeStart(heads, noun) != subject + 1 || HasCase(heads, relations, noun)) return;
        TakeThePlaceOf(heads, relations, noun, head: subject, demotedAs: "compound");
        Rehang(heads, subject, noun, after: noun);
        for (int i = 0; i < subject; i++)
        {
            if (heads[i] == subject && relations[i] == "det") heads[i] = noun;
        }
    }

    /// <summary>
    /// "In a video posted on Monday, an RSF field commander, Hamid Abakar, threatened ...", parsed with the
    /// commander as a clause of the opening phrase and the name as the subject: a common noun hung on a word
    /// before it as a clause with nothing of a clause (no subject, copula, auxiliary or subordinator), followed
    /// by a comma and the name that is the verb's subject, is the subject, and the name its apposition.
    /// </summary>
    private static void SubjectReadAsAClauseOfTheOpeningPhrase(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] is not ("advcl" or "acl") || xpos[noun] is not ("NN" or "NNS") || heads[noun] >= noun || noun + 2 >= heads.Length) return;
        int name = noun + 2;
        if (xpos[noun + 1] != "," || xpos[name] != "NNP" || relations[name] != "nsubj" || heads[name] <= name) return;
        foreach (var relation in (string[])["nsubj", "cop", "aux", "mark"])
        {
            if (HasDependent(heads, relations, noun, relation)) return;
        }
        heads[noun] = heads[name];
        relations[noun] = "nsubj";
        heads[name] = noun;
        relations[name] = "appos";
    }

    /// <summary>
    /// "Suspected jihadi fighters killed at least 14 civilians ..., officials said", parsed with "Suspected" as a
    /// clause of its own: a participle opening the sentence, with nothing of its own, before the adjectives and
    /// nouns (names among them: "Suspected Boko Haram insurgents killed ...") of a subject, modifies that subject.
    /// </summary>
    private static void ParticipleOpeningASubjectReadAsAClause(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        if (heads.Length < 4 || xpos[0] != "VBN" || relations[0] == "amod" || heads.Contains(0)) return;
        int noun = 1;
        while (noun + 1 < heads.Length && xpos[noun] is "JJ" or "NN" or "NNP" or "NNPS" && xpos[noun + 1] is "JJ" or "NN" or "NNS" or "NNP" or "NNPS") noun++;
        if (xpos[noun] is not ("NN" or "NNS") || relations[noun] is not ("nsubj" or "nsubj:pass")) return;
        heads[0] = noun;
        relations[0] = "amod";
    }

    /// <summary>
    /// "Ethiopia will not wire tap the links", parsed with "wire" as a second subject of "tap": a noun right
    /// before a verb that already has a subject before it is the first word of a compound verb, and what it
    /// governs before it ("not") is the verb's.
    /// </summary>
    private static void CompoundVerbsNounReadAsASecondSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "nsubj" || xpos[noun] != "NN" || heads[noun] != noun + 1 || xpos[noun + 1] != "VB") return;
        int verb = noun + 1;
        bool subjectBefore = false;
        for (int i = 0; i < noun; i++) subjectBefore |= heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass";
        if (!subjectBefore) return;
        relations[noun] = "compound";
        for (int i = 0; i < noun; i++)
        {
            if (heads[i] == noun) heads[i] = verb;
        }
    }

    /// <summary>
    /// "Speaking to reporters on Wednesday night, caravan organizer Ernesto Gálvez demanded ...", parsed with
    /// "organizer" as a bare oblique: a common noun with no preposition right before the name that is the
    /// verb's subject is that name's title.
    /// </summary>
    private static void TitleReadAsOblique(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int title)
    {
        // ("Resident Ibrahim Sani told Reuters", with "Resident" read as the reported clause: the same.)
        if (relations[title] is not ("obl" or "ccomp" or "dep") || xpos[title] is not ("NN" or "NNS") && !(title == 0 && xpos[title] == "JJ")
            || HasCase(heads, relations, title)) return;
        int name = title + 1;
        while (name < heads.Length && heads[name] > name && xpos[heads[name]] is "NNP" or "NNPS") name = heads[name];
        if (name >= heads.Length || relations[name] != "nsubj" || heads[name] != heads[title] || xpos[name] is not ("NNP" or "NNPS") || SubtreeStart(heads, name) != title + 1) return;
        heads[title] = name;
        relations[title] = "compound";
    }

    /// <summary>
    /// "Two days earlier, insurgents ... shelled government-held villages", "Hours later, police arrested five men",
    /// parsed with the opening time as the root and the clause after its comma hung on it: the clause's verb is the
    /// root, and "earlier", "later" or "ago" (its stretch of time hung on it) says when.
    /// </summary>
    private static void OpeningTimeReadAsTheRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1), comma = -1;
        for (int i = 1; i < Math.Min(6, heads.Length); i++)
        {
            if (forms[i] == ",") { comma = i; break; }
        }
        // ("Two weeks later, and the violence continues.": a clause joined by "and" is coordinated with the time.)
        if (root < 0 || comma < 0 || root >= comma || comma + 1 >= heads.Length || xpos[comma + 1] == "CC") return;
        int when = comma - 1;
        if (forms[when].ToLowerInvariant() is not ("earlier" or "later" or "ago") || when < 1 || !IsNoun(xpos[when - 1])) return;
        int verb = -1;
        for (int i = comma + 1; i < heads.Length && verb < 0; i++)
        {
            if (heads[i] == root && IsVerb(xpos[i]) && relations[i] is "conj" or "acl:relcl" or "parataxis" or "ccomp" or "advcl"
                && HasDependent(heads, relations, i, "nsubj")) verb = i;
        }
        // (Not a reporter: "Hours later, troops ... pounded ..., Dizon told reporters" reports the whole sentence.)
        if (verb < 0 || ReportingForms.Contains(forms[verb])) return;
        for (int i = comma; i < heads.Length; i++)
        {
            if (heads[i] == root && i != verb) heads[i] = verb;
        }
        Hang(heads, relations, verb, -1, "root");
        // (The stretch of time: its words before "earlier" hang on it, and it on the verb.)
        for (int i = 0; i < when; i++)
        {
            if (heads[i] == root || i == root || heads[i] == verb && i < comma) Hang(heads, relations, i, when, i == when - 1 ? "obl:unmarked" : relations[i]);
        }
        Hang(heads, relations, when, verb, "advmod");
        Hang(heads, relations, comma, when, "punct");
    }

    /// <summary>
    /// "On Tuesday morning, dozens of women, many of them soldiers' wives, blocked the road", parsed with the opening time as
    /// the root, the subject its conjunct and the verb a conjunct of the apposition: the past tense after the apposition's
    /// comma is the root, the time its oblique, the noun after the time's comma its subject, and the apposition the subject's.
    /// </summary>
    private static void OpeningTimeRootBeforeASubjectAndItsApposition(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        if (OpeningTimeReadAsRoot(forms, heads, relations) is not (>= 0 and var root)) return;
        int subject = root + 2;
        while (subject < heads.Length && heads[subject] != root) subject++;
        if (subject >= heads.Length || relations[subject] != "conj" || !IsNoun(xpos[subject]) || SubtreeEnd(heads, subject) is var subjectEnd && forms[subjectEnd + 1] != ",") return;
        int apposition = -1, verb = -1;
        for (int i = subjectEnd + 2; i < heads.Length && verb < 0; i++)
        {
            if (apposition < 0 && heads[i] == root && relations[i] == "conj" && IsNoun(xpos[i])) apposition = i;
            else if (apposition >= 0 && xpos[i] == "VBD" && heads[i] == apposition && relations[i] == "conj" && forms[i - 1] == ",") verb = i;
        }
        if (verb < 0 || HasDependent(heads, relations, verb, "nsubj")) return;
        for (int i = verb + 1; i < heads.Length; i++)
        {
            if (heads[i] == root || heads[i] == apposition) heads[i] = verb;
        }
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, root, verb, "obl");
        Hang(heads, relations, subject, verb, "nsubj");
        Hang(heads, relations, apposition, subject, "appos");
    }

    /// <summary>The root when it is a time with its preposition before a comma ("On Tuesday morning,", "By Tuesday afternoon,"), or -1.</summary>
    private static int OpeningTimeReadAsRoot(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        return root >= 1 && root + 3 < heads.Length && forms[root + 1] == "," && HasCase(heads, relations, root) && TimeWords.Contains(forms[root].ToLowerInvariant()) ? root : -1;
    }

    /// <summary>
    /// "By Tuesday afternoon, several hundred traders and residents had blocked the road", parsed with the opening time as the
    /// root and the nouns after its comma split between it and the verb: the verb is the root, the time its oblique, and the
    /// nouns before it (joined by "and") its subject.
    /// </summary>
    private static void OpeningTimeRootOverItsClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        if (OpeningTimeReadAsRoot(forms, heads, relations) is not (>= 0 and var root)) return;
        int start = root + 2, verb = start;
        while (verb < heads.Length && xpos[verb] is "DT" or "JJ" or "CD" or "NN" or "NNS" or "NNP" or "NNPS" or "CC" or "POS") verb++;
        if (verb >= heads.Length || verb == start) return;
        int auxiliary = xpos[verb] == "VBD" && forms[verb].ToLowerInvariant() is "had" or "have" or "has" && verb + 1 < heads.Length && xpos[verb + 1] == "VBN" ? verb : -1;
        if (auxiliary >= 0) verb++;
        else if (xpos[verb] != "VBD") return;
        if (!Dominates(heads, root, verb) || HasDependent(heads, relations, verb, "nsubj:pass")) return;
        // The phrase's nouns that hang outside it: the first is the subject, the others after "and" its conjuncts.
        int subject = -1;
        for (int i = start; i < (auxiliary >= 0 ? auxiliary : verb); i++)
        {
            if (heads[i] >= start && heads[i] < verb && heads[i] != i) continue;
            if (xpos[i] == "CC") continue;
            if (!IsNoun(xpos[i])) return;
            if (subject < 0) subject = i;
            else if (xpos[i - 1] != "CC") return;
        }
        if (subject < 0) return;
        for (int i = verb + 1; i < heads.Length; i++)
        {
            if (heads[i] == root || heads[i] == subject) heads[i] = verb;
        }
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, root, verb, "obl");
        if (auxiliary >= 0) Hang(heads, relations, auxiliary, verb, "aux");
        Hang(heads, relations, subject, verb, "nsubj");
        for (int i = subject + 1; i < (auxiliary >= 0 ? auxiliary : verb); i++)
        {
            if (heads[i] >= start && heads[i] < verb && heads[i] != i && heads[i] != subject) continue;
            if (xpos[i] == "CC" && i + 1 < verb) Hang(heads, relations, i, i + 1, "cc");
            else if (IsNoun(xpos[i])) Hang(heads, relations, i, subject, "conj");
        }
    }

    /// <summary>
    /// "Jihadist fighters later on Sunday stormed an army base", parsed like "hours later", with "later" the root, the
    /// noun its measure and the verb a clause on the day: a noun that is no stretch of time, before "later" or "earlier"
    /// and a past tense with no subject of its own a short time phrase after, is that verb's subject.
    /// </summary>
    private static void SubjectBeforeLaterReadAsAStretchOfTime(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int when)
    {
        if (xpos[when] is not ("RB" or "RBR") || !forms[when].Equals("later", StringComparison.OrdinalIgnoreCase) && !forms[when].Equals("earlier", StringComparison.OrdinalIgnoreCase) || relations[when - 1] != "obl:unmarked" || heads[when - 1] != when
            || !IsNoun(xpos[when - 1]) || TimeSpanNouns.Contains(forms[when - 1].ToLowerInvariant())) return;
        int verb = when + 1;
        while (verb < heads.Length && verb <= when + 4 && xpos[verb] is "IN" or "NNP" or "NN" or "DT" or "JJ") verb++;
        if (verb >= heads.Length || xpos[verb] != "VBD") return;
        // (The day may have been read as the verb's subject: "jets later on Sunday/nsubj struck".)
        int day = -1;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == verb && relations[i] == "nsubj" && (i < when || i > verb || !IsDayWord(forms[i]) || day >= 0)) return;
            if (heads[i] == verb && relations[i] == "nsubj") day = i;
        }
        int noun = when - 1;
        if (day >= 0) Hang(heads, relations, day, verb, "obl");
        // (The verb read as a clause on the day takes the place of "later"; one hung elsewhere keeps its own.)
        if (Dominates(heads, when, verb)) Hang(heads, relations, verb, heads[when], relations[when]);
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == when && i != noun) heads[i] = verb;
        }
        Hang(heads, relations, noun, verb, "nsubj");
        Hang(heads, relations, when, verb, "advmod");
    }

    /// <summary>
    /// "..., local officials said, a day after a young moto-taxi driver was stabbed to death", parsed with "a day" the
    /// subject of "stabbed" and the driver its "after" phrase: a stretch of time before "after" or "before" is no
    /// subject; the noun after the word is, and the word opens the verb's clause, an adverbial one.
    /// (Days, hours or weeks: "almost five years after Calenardhon crowds burned down its embassy" is left as parsed, a
    /// past too old to be told as an event, as the PETRARCH validation records expect.)
    /// </summary>
    private static void StretchOfTimeBeforeAfterReadAsTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int time)
    {
        if (relations[time] is not ("nsubj" or "nsubj:pass") || heads[time] is not (> 0 and var verb) || verb <= time + 2 || !IsVerb(xpos[verb])
            || forms[time].ToLowerInvariant() is not ("day" or "days" or "hours" or "hour" or "weeks" or "week" or "minutes")
            || forms[time + 1].ToLowerInvariant() is not ("after" or "before")) return;
        int after = time + 1;
        if (heads[after] is not (> 0 and var noun) || relations[after] != "case" || heads[noun] != time || relations[noun] != "nmod" || noun >= verb || !IsNoun(xpos[noun])) return;
        Hang(heads, relations, noun, verb, relations[time]);
        Hang(heads, relations, after, verb, "mark");
        Hang(heads, relations, time, after, "obl:unmarked");
        if (relations[verb] is "ccomp" or "parataxis" or "conj") relations[verb] = "advcl";
    }

    /// <summary>
    /// "Minutes after the blast, al Shabaab fighters and government soldiers fought a gunbattle", parsed with "Minutes" a
    /// first subject of "fought": a stretch of time opening the sentence before "after" or "before" and a noun, with the
    /// verb's own subject after its comma, is the verb's time.
    /// </summary>
    private static void OpeningStretchOfTimeReadAsAFirstSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        const int time = 0;
        if (heads.Length < 6 || relations[time] != "nsubj" || heads[time] is not (> 2 and var verb) || !IsVerb(xpos[verb]) || xpos[time] != "NNS"
            || !HasDependent(heads, relations, verb, "nsubj", except: time) || forms[time + 1].ToLowerInvariant() is not ("after" or "before")
            || forms[time].ToLowerInvariant() is not ("minutes" or "hours" or "days" or "weeks" or "months" or "moments")) return;
        Hang(heads, relations, time, verb, "obl:unmarked");
    }

    /// <summary>
    /// "Two days before the attack, soldiers and Russian paramilitaries of the Africa Corps detained 14 men", parsed with "before"
    /// opening a clause whose subject is "the attack" and the doers its conjuncts: an opening stretch of time before "after" or
    /// "before" and a noun with its comma is the verb's time, the first noun after the comma its subject (the others its conjuncts).
    /// </summary>
    private static void OpeningTimeNounReadAsTheSubjectOfCoordinatedDoers(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        // ("Days before the attack," or with its count, "Two days before the attack,".)
        int time = xpos[0] == "CD" ? 1 : 0, before = time + 1;
        if (heads.Length < 9 || xpos[time] != "NNS" || relations[before] != "mark" || heads[before] is not (> 0 and var verb) || !IsVerb(xpos[verb])
            || forms[before].ToLowerInvariant() is not ("after" or "before") || forms[time].ToLowerInvariant() is not ("minutes" or "hours" or "days" or "weeks" or "months")) return;
        int noun = -1;
        for (int i = before + 1; i < verb && i <= before + 4; i++) if (heads[i] == verb && relations[i] == "nsubj" && IsNoun(xpos[i])) noun = i;
        if (noun < 0 || noun + 2 >= verb || forms[noun + 1] != "," || heads[noun + 2] != noun || relations[noun + 2] != "conj" || !IsNoun(xpos[noun + 2])) return;
        int subject = noun + 2;
        for (int i = subject + 1; i < verb; i++) if (heads[i] == noun && relations[i] == "conj") heads[i] = subject;
        Hang(heads, relations, subject, verb, "nsubj");
        Hang(heads, relations, noun + 1, time, "punct");
        Hang(heads, relations, time, verb, "obl");
        Hang(heads, relations, noun, time, "nmod");
        Hang(heads, relations, before, noun, "case");
        // (What "residents said" after it says is its complement, no adverbial.)
        if (relations[verb] == "advcl" && heads[verb] > verb && xpos[heads[verb]] is "VBD" or "VBZ" or "VBP") relations[verb] = "ccomp";
    }

    /// <summary>
    /// "hundreds of Afro-Colombian and Indigenous residents blocked the Pan-American Highway", parsed with "residents" a second subject
    /// and "of" hung on a modifier: the people a count of hundreds, dozens or thousands counts "of" are the count's, not the verb's.
    /// </summary>
    private static void PeopleCountedReadAsASecondSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int count)
    {
        int of = count + 1;
        if (relations[count] != "nsubj" || heads[count] is not (> 0 and var verb) || verb <= of + 2 || forms[of] != "of"
            || forms[count].ToLowerInvariant() is not ("hundreds" or "dozens" or "thousands" or "scores" or "tens")) return;
        int people = -1;
        for (int i = of + 2; i < verb && i <= of + 6; i++) if (heads[i] == verb && relations[i] == "nsubj" && xpos[i] is "NNS" or "NN") people = i;
        if (people < 0 || heads[of] == people || !Dominates(heads, people, heads[of])) return;
        Hang(heads, relations, of, people, "case");
        Hang(heads, relations, people, count, "nmod");
    }

    /// <summary>
    /// "A Wazalendo commander who goes by the name Kabamba threatened the rebels", parsed with the name as a second
    /// subject of "threatened": a name right after "name", "alias" or "nickname" is that word's apposition.
    /// </summary>
    private static void NameAfterTheWordNameReadAsASubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int name)
    {
        if (relations[name] != "nsubj" || xpos[name] != "NNP" || heads[name] is not (> 0 and var verb) || !HasDependent(heads, relations, verb, "nsubj", except: name)
            || forms[name - 1].ToLowerInvariant() is not ("name" or "alias" or "nickname" or "pseudonym") || heads[name - 1] == name) return;
        Hang(heads, relations, name, name - 1, "appos");
    }

    /// <summary>
    /// "The opposition PPA-CI party of former president Laurent Gbagbo accused the government", parsed with the name as
    /// a second subject: a name right after a noun of the first subject's phrase is that noun's person, the noun its title.
    /// </summary>
    private static void TitledNameReadAsASecondSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int name)
    {
        int title = name - 1;
        if (relations[name] != "nsubj" || xpos[name] != "NNP" || heads[name] is not (> 0 and var verb) || xpos[title] != "NN" || relations[title] != "nmod"
            || SubtreeStart(heads, name) != name) return;
        int first = -1;
        for (int i = 0; i < title; i++) if (heads[i] == verb && relations[i] == "nsubj" && Dominates(heads, i, title)) first = i;
        if (first < 0) return;
        for (int i = 0; i < title; i++) if (heads[i] == title && relations[i] == "case") heads[i] = name;
        Hang(heads, relations, name, heads[title], "nmod");
        Hang(heads, relations, title, name, "nmod:desc");
    }

    /// <summary>
    /// "Amnesty International last month accused soldiers and VDP fighters of ...", parsed with the name as the root,
    /// "soldiers" its object and "accused" their modifier: a past tense read as the modifier of a name root's object
    /// is the root, the name its subject (the name's own capitalised words with it) and the noun its object.
    /// </summary>
    private static void PastReadAsAModifierOfTheNameRootsObject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int name = heads.IndexOf(-1);
        if (name < 0 || xpos[name] is not ("NNP" or "NNPS")) return;
        for (int verb = name + 1; verb + 1 < heads.Length; verb++)
        {
            if (xpos[verb] != "VBD" || relations[verb] != "amod" || heads[verb] is not (> 0 and var noun) || noun <= verb || relations[noun] != "obj" || heads[noun] != name) continue;
            for (int i = name + 1; i < verb; i++)
            {
                if (heads[i] == noun && xpos[i] == "NNP" && char.IsUpper(forms[i][0])) Hang(heads, relations, i, name, "flat");
                else if (heads[i] == noun || heads[i] == name) heads[i] = verb;
            }
            NounRootBecomesTheVerbsSubject(heads, relations, name, verb);
            Hang(heads, relations, noun, verb, "obj");
            return;
        }
    }

    /// <summary>
    /// "A commander of the Coordinadora Guerrillera del Pacífico, who uses the alias \"Mincho\", told Reuters ...", parsed with
    /// the commander the root and the name after "of" the subject of "told", a clause beside it: the noun after the root's
    /// "of" is the root's, and the root the verb's subject.
    /// </summary>
    private static void NounAfterOfReadAsTheSubjectOfAVerbBesideANounRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || root + 3 >= heads.Length || !IsNoun(xpos[root]) || xpos[root + 1] != "IN") return;
        for (int subject = root + 2; subject < heads.Length; subject++)
        {
            if (relations[subject] != "nsubj" || heads[subject] is not (> 0 and var verb) || verb < subject || heads[verb] != root
                || relations[verb] is not ("parataxis" or "conj" or "appos") || xpos[verb] is not ("VBD" or "VBZ" or "VBP")) continue;
            if (heads[root + 1] != verb && heads[root + 1] != subject || SubtreeStart(heads, subject) > root + 2
                || !forms[root + 1].Equals("of", StringComparison.OrdinalIgnoreCase)) return;
            NounRootBecomesTheVerbsSubject(heads, relations, root, verb);
            Hang(heads, relations, subject, root, "nmod");
            Hang(heads, relations, root + 1, subject, "case");
            return;
        }
    }

    /// <summary>
    /// "..., while the Catholic bishop of Kontagora, whose diocese covers Mokwa, urged the authorities to do more", parsed with "covers"
    /// the verb of the "while" clause (both nouns its subjects) and "urged" hung elsewhere: the verb of a "whose" clause on the clause's
    /// first subject is that subject's relative clause, and the subjectless past right after the clause's closing comma takes its place.
    /// </summary>
    private static void WhoseClauseReadAsASubordinateClause(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int second = 3; second + 3 < heads.Length; second++)
        {
            if (relations[second] != "nsubj" || xpos[second - 1] != "WP$" || heads[second - 1] != second || xpos[second - 2] != ","
                || heads[second] is not (>= 0 and var clause) || clause < second || heads[clause] < 0) continue;
            int first = -1;
            for (int i = 0; i < second - 2 && first < 0; i++)
            {
                if (heads[i] == clause && relations[i] == "nsubj" && IsNoun(xpos[i])) first = i;
            }
            int verb = SubtreeEnd(heads, clause) + 2;
            if (first < 0 || verb >= heads.Length || xpos[verb - 1] != "," || xpos[verb] != "VBD" || Dominates(heads, clause, verb)
                || HasASubject(heads, relations, verb)) return;
            // (Where the verb already holds the clause, through a misread phrase, it keeps its place.)
            if (!Dominates(heads, verb, clause)) Hang(heads, relations, verb, heads[clause], relations[clause]);
            WhoseClauseOnItsNoun(heads, relations, clause, first, verb);
            return;
        }
    }

    /// <summary>
    /// "Speaking at a mass in Kaele on Tuesday, the Catholic bishop of Yagoua, whose diocese covers the area, condemned the
    /// killings", parsed with "covers" the root, the bishop an apposition in the opening phrase and "condemned" beside the root:
    /// a root whose subject a "whose" opens after a comma is the relative clause of the noun before that comma, and the past
    /// after the clause's closing comma, with no subject of its own, is the root, with that noun its subject.
    /// </summary>
    private static void WhoseClauseAfterTheOpeningPhraseReadAsTheMainClause(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 5 || xpos[root] is not ("VBZ" or "VBD" or "VBP")) return;
        int whose = -1;
        for (int i = 3; i < root && whose < 0; i++)
        {
            if (xpos[i] == "WP$" && xpos[i - 1] == "," && heads[i] is >= 0 and var owned && heads[owned] == root && relations[owned] == "nsubj") whose = i;
        }
        if (whose < 0) return;
        int noun = NameHeadBefore(xpos, heads, relations, whose - 2);
        if (relations[noun] == "nmod" && heads[noun] is >= 0 and var owner && owner < noun) noun = owner;
        if (!IsNoun(xpos[noun]) || heads[noun] == root) return;
        int verb = -1;
        for (int i = root + 2; i < heads.Length && verb < 0; i++)
        {
            if (heads[i] == root && relations[i] is "parataxis" or "conj" or "advcl" && xpos[i] == "VBD" && xpos[i - 1] == ","
                && !HasASubject(heads, relations, i)) verb = i;
        }
        if (verb < 0) return;
        Rehang(heads, root, verb, after: verb);
        Hang(heads, relations, verb, -1, "root");
        WhoseClauseOnItsNoun(heads, relations, root, noun, verb);
    }

    /// <summary>
    /// A "whose" clause read as the verb's own becomes the relative clause of its noun, the noun the verb's subject and the clause's closing
    /// comma the clause's; what opened the sentence or clause before the noun ("Speaking at a mass ...", "while") is the verb's.
    /// </summary>
    private static void WhoseClauseOnItsNoun(Span<int> heads, Span<string> relations, int clause, int noun, int verb)
    {
        for (int i = 0; i < noun; i++)
        {
            if (heads[i] == clause) heads[i] = verb;
        }
        Hang(heads, relations, noun, verb, "nsubj");
        Hang(heads, relations, clause, noun, "acl:relcl");
        Hang(heads, relations, verb - 1, clause, "punct");
    }

    /// <summary>
    /// "The police command and the army deployed more than 200 personnel to Bokani ..., police spokesman Abdullahi Musa said", parsed
    /// with the command the subject of the trailing "said" and "deployed" its conjunct, with the army as subject: a verb coordinated with
    /// the subject of a trailing reporter that has a subject of its own after it is the clause reported, and the two nouns its
    /// coordinated subject.
    /// </summary>
    private static void CoordinatedSubjectSplitBeforeATrailingReporter(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int reporter = heads.IndexOf(-1);
        if (reporter < 6 || !IsVerb(xpos[reporter])) return;
        for (int first = 0; first + 3 < reporter; first++)
        {
            if (heads[first] != reporter || relations[first] != "nsubj" || !IsNoun(xpos[first])) continue;
            int verb = -1;
            for (int i = first + 3; i < reporter && verb < 0; i++)
            {
                if (heads[i] == first && relations[i] == "conj" && xpos[i] is "VBD" or "VBZ" or "VBP") verb = i;
            }
            if (verb < 0) return;
            int second = -1, and = -1;
            for (int i = first + 1; i < verb; i++)
            {
                if (heads[i] == verb && relations[i] == "nsubj" && IsNoun(xpos[i])) second = i;
                if (heads[i] == verb && relations[i] == "cc") and = i;
            }
            // (The reporter has its own subject after the verb: "police spokesman Abdullahi Musa said".)
            bool reporterSubject = false;
            for (int i = verb + 1; i < reporter; i++) reporterSubject |= heads[i] == reporter && relations[i] == "nsubj";
            if (second < 0 || and < 0 || and > second || !reporterSubject) return;
            Hang(heads, relations, verb, reporter, "ccomp");
            Hang(heads, relations, first, verb, "nsubj");
            Coordinate(heads, relations, first, and, second);
            return;
        }
    }

    /// <summary>
    /// "Last Thursday, they abducted six clan elders near Afgooye, ..., relatives said", parsed with the day a second subject of the
    /// trailing "said" (or of the verb itself): an opening day before its comma, read as the subject of a verb with a subject of its
    /// own later, dates the clause after the comma that hangs on that verb.
    /// </summary>
    private static void OpeningDayReadAsASecondSubjectOfTheReporter(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int day = forms.Length > 1 && forms[1] == "," ? 0 : forms.Length > 2 && forms[2] == "," ? 1 : -1;
        if (day < 0 || relations[day] != "nsubj" || heads[day] is not (>= 0 and var reporter) || day + 2 >= heads.Length) return;
        // (The comma on the day, on the verb, or opening the later subject.)
        if (heads[day + 1] != day && heads[day + 1] != reporter && !(heads[day + 1] == day + 2 && relations[day + 2] == "nsubj" && heads[day + 2] == reporter)
            || !TimeWords.Contains(forms[day].ToLowerInvariant())) return;
        bool laterSubject = false;
        int clause = -1;
        for (int i = day + 2; i < heads.Length; i++)
        {
            if (heads[i] != reporter) continue;
            laterSubject |= relations[i] == "nsubj" && i >= day + 2;
            if (clause < 0 && relations[i] is "ccomp" or "parataxis" && IsVerb(xpos[i])) clause = i;
        }
        // ("Last Thursday, residents of several villages blocked the highway": with no clause after the comma, the day dates the
        // verb whose second subject it was read as.)
        if (laterSubject && clause < 0 && IsVerb(xpos[reporter])) clause = reporter;
        if (!laterSubject || clause < 0 || clause > reporter) return;
        Hang(heads, relations, day, clause, "obl:unmarked");
        Hang(heads, relations, day + 1, clause, "punct");
    }

    /// <summary>
    /// "The BYC, whose leader Mahrang Baloch was arrested in Quetta last month, accused security agencies of ...", parsed
    /// with "arrested" the root (both nouns its subjects) and "accused" its adverbial: the verb of a "whose" clause on the
    /// first subject is that subject's relative clause, and the verb after the clause's closing comma, with no subject of
    /// its own, is the root.
    /// </summary>
    private static void WhoseClauseReadAsTheMainClause(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 4) return;
        int first = -1, second = -1;
        for (int i = 0; i < root; i++)
        {
            if (heads[i] != root || relations[i] is not ("nsubj" or "nsubj:pass")) continue;
            if (first < 0) first = i;
            else if (second < 0) second = i;
        }
        if (second < 0 || second - first < 3 || xpos[second - 1] != "WP$" || heads[second - 1] != second || xpos[second - 2] != ",") return;
        int verb = -1;
        for (int i = root + 2; i < heads.Length && verb < 0; i++)
        {
            if (heads[i] == root && relations[i] is "advcl" or "conj" or "parataxis" && xpos[i] is "VBD" or "VBN" && xpos[i - 1] == ","
                && !HasDependent(heads, relations, i, "nsubj") && !HasDependent(heads, relations, i, "aux") && !HasDependent(heads, relations, i, "aux:pass")) verb = i;
        }
        if (verb < 0) return;
        Rehang(heads, root, verb, after: verb);
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, first, verb, "nsubj");
        Hang(heads, relations, root, first, "acl:relcl");
        Hang(heads, relations, verb - 1, root, "punct");
    }

    /// <summary>
    /// "A Cameroonian rights group, the Centre for Human Rights and Democracy in Africa, last month accused soldiers ...",
    /// parsed with the group the root and "last month" the subject of "accused", a clause beside it: a time read as the
    /// subject of a verb hung on a noun root is the verb's time, the verb the root and the noun its subject.
    /// </summary>
    private static void TimeReadAsTheSubjectOfAVerbOnANounRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int time)
    {
        if (relations[time] != "nsubj" || heads[time] is not (> 0 and var verb) || verb < time
            || xpos[verb] is not ("VBD" or "VBZ" or "VBP") || heads[verb] is not (>= 0 and var noun) || heads[noun] != -1 || !IsNoun(xpos[noun]) || noun > time
            || relations[verb] is not ("parataxis" or "conj" or "acl" or "acl:relcl" or "appos") || !TimeWords.Contains(forms[time].ToLowerInvariant())) return;
        NounRootBecomesTheVerbsSubject(heads, relations, noun, verb);
        Hang(heads, relations, time, verb, "obl:unmarked");
    }

    /// <summary>
    /// "Asad Marwat, the opposition Pakistan Tehreek-e-Insaf candidate for the seat, on Sunday evening accused the federal
    /// government ...", parsed with the name the root and "accused" a clause beside it with no subject: a past tense hung
    /// beside a noun root, after the comma that closes the root's apposition, is the root, and the noun its subject. So is
    /// one read as a participle on the apposition itself ("The United Liberation Front of Asom-Independent (ULFA-I), a banned
    /// separatist group, threatened in an emailed statement to retaliate"), or after a relative clause between commas.
    /// </summary>
    private static void SubjectlessPastBesideANounRoot(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int noun = heads.IndexOf(-1);
        if (noun < 0 || !IsNoun(xpos[noun])) return;
        for (int verb = noun + 3; verb < heads.Length; verb++)
        {
            bool besideTheRoot = heads[verb] == noun && relations[verb] is "parataxis" or "appos" && xpos[verb] == "VBD";
            // (Not after a time: "Hours later, soldiers and officers of Pakal, a state rapid-reaction force, clashed", see
            // OpeningSpanReadAsTheRoot.)
            // ("A spokesman for the gelweng, the armed cattle guards of Aweil East, on Wednesday threatened", with the guards read as the
            // root noun's object, which no noun has, and a time between the comma and the verb.)
            bool afterAComma = xpos[verb - 1] == "," || SubtreeStart(heads, verb) is var verbsStart && verbsStart > 1 && verbsStart < verb && xpos[verbsStart - 1] == ",";
            // ("Members of the Indigenous Guard, an unarmed civilian patrol that answers to the reservation authorities, detained", with the
            // patrol read as the root's object and "detained" its conjunct.)
            bool onTheApposition = (relations[verb] == "acl" && xpos[verb] is "VBD" or "VBN" || relations[verb] == "conj" && xpos[verb] == "VBD") && afterAComma && heads[verb] is >= 0 and var apposed && apposed < verb
                && (relations[apposed] == "appos" && InTheRootsName(heads, relations, noun, apposed) || ObjectOfANounAfterAComma(xpos, heads, relations, noun, apposed))
                && !HasDependent(heads, relations, noun, "advmod");
            if (!besideTheRoot && !onTheApposition || HasASubject(heads, relations, verb)) continue;
            if (onTheApposition && relations[heads[verb]] == "obj") relations[heads[verb]] = "appos";
            // ("On Monday, the Metros, one of the Gulf Cartel's factions, threatened in banners ...", parsed with the day the root and
            // the Metros its apposition: the day is when, and the apposition the subject.)
            if (onTheApposition && HasDependent(heads, relations, noun, "case"))
            {
                int subject = heads[verb];
                while (heads[subject] != noun) subject = heads[subject];
                if (relations[subject] != "appos" || !IsNoun(xpos[subject])) return;
                Hang(heads, relations, verb, -1, "root");
                Hang(heads, relations, noun, verb, "obl");
                Hang(heads, relations, subject, verb, "nsubj");
                Rehang(heads, noun, verb, after: verb);
                return;
            }
            bool apposition = onTheApposition;
            // (Or its relative clause set off by commas: "The army's 27th Jungle Brigade, which is headquartered in Mocoa, on
            // Tuesday blamed the attack on ...".)
            for (int i = noun + 1; i < verb; i++)
            {
                apposition |= heads[i] == noun && (relations[i] == "appos" || relations[i] == "acl:relcl" && SubtreeStart(heads, i) is var opening && opening > 0 && (xpos[opening] == "," || xpos[opening - 1] == ","));
            }
            int start = SubtreeStart(heads, verb);
            if (!apposition || start < 1 || xpos[start] != "," && xpos[start - 1] != ",") return;
            NounRootBecomesTheVerbsSubject(heads, relations, noun, verb);
            return;
        }
    }

    /// <summary>
    /// "The National Unity Government (NUG), the shadow administration set up by opponents of the junta, demanded", parsed with the
    /// government the passive subject of "set" and the administration the verb's subject: a name read as the passive subject of a
    /// participle that describes the noun after the name's comma is the verb's subject, and that noun its apposition.
    /// </summary>
    private static void SubjectReadAsThePassiveSubjectOfItsAppositionsParticiple(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int name)
    {
        if (relations[name] != "nsubj:pass" || heads[name] is not (> 0 and var participle) || participle < name || xpos[participle] != "VBN" || relations[participle] != "acl"
            || heads[participle] is not (> 0 and var apposed) || apposed < name || apposed > participle || relations[apposed] != "nsubj"
            || heads[apposed] is not (> 0 and var verb) || verb < participle || !IsNoun(xpos[name]) || !IsNoun(xpos[apposed])) return;
        // (The noun's own words before it; its subtree holds the name, through the participle.)
        int comma = apposed - 1;
        while (comma > name && heads[comma] == apposed) comma--;
        if (comma <= name || forms[comma] != ",") return;
        Hang(heads, relations, name, verb, "nsubj");
        Hang(heads, relations, apposed, name, "appos");
        heads[comma] = apposed;
    }

    /// <summary>Whether the word is read as the object of the noun, right after a comma: no noun has an object, so it is the noun's apposition.</summary>
    private static bool ObjectOfANounAfterAComma(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun, int word) =>
        relations[word] == "obj" && heads[word] == noun && IsNoun(xpos[word]) && SubtreeStart(heads, word) is var start && start > 0 && xpos[start - 1] == ",";

    /// <summary>Whether the word is part of the root noun's phrase through names, "of" phrases and appositions only (not a clause's words).</summary>
    private static bool InTheRootsName(Span<int> heads, Span<string> relations, int root, int word)
    {
        for (int steps = 0; word >= 0 && word != root && steps < heads.Length; steps++)
        {
            if (relations[word] is not ("appos" or "flat" or "nmod" or "compound")) return false;
            word = heads[word];
        }
        return word == root;
    }

    /// <summary>
    /// "Fighting between the army and the militants during the siege killed more than 1,100 people", parsed with "Fighting"
    /// the root and "the militants" the subject of "killed": a noun that opens the sentence with a "between" phrase, as the
    /// root above a later finite verb whose subject stands inside that phrase, is the verb's subject. The misread subject
    /// goes back into the phrase: the noun "between" marks ("between Azande and Balanda militias"), or the conjunct of the
    /// noun before its "and".
    /// </summary>
    private static void SidesOfAnOpeningFightReadAsTheVerbsSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        if (heads.Length < 5 || heads[0] != -1 || !IsNoun(xpos[0]) || !forms[1].Equals("between", StringComparison.OrdinalIgnoreCase)) return;
        for (int verb = 3; verb < heads.Length; verb++)
        {
            if (xpos[verb] is "," or ":") return;
            if (xpos[verb] is not ("VBD" or "VBZ" or "VBP")) continue;
            int subject = -1;
            for (int i = 2; i < verb; i++)
            {
                if (heads[i] == verb && relations[i] == "nsubj") subject = i;
            }
            if (subject < 0 || !IsNoun(xpos[subject]) || !Dominates(heads, 0, verb)) return;
            if (HasDependentForm(forms, heads, relations, subject, "case", "between")) Hang(heads, relations, subject, 0, "nmod");
            else if (HasDependentForm(forms, heads, relations, subject, "cc", "and"))
            {
                int before = subject - 1;
                while (before > 1 && !(IsNoun(xpos[before]) && Dominates(heads, 0, before) && !Dominates(heads, verb, before))) before--;
                if (before <= 1) return;
                Hang(heads, relations, subject, before, "conj");
            }
            else return;
            NounRootBecomesTheVerbsSubject(heads, relations, 0, verb);
            return;
        }
    }

    /// <summary>
    /// "A man who said he commanded an IPOB unit in Orlu threatened in a video ... to attack any trader", parsed with the man
    /// the root and "threatened" a complement of "commanded": a past tense with no subject of its own, right after a noun at
    /// the end of the root noun's relative clause (no comma between), is the sentence's verb, and the noun its subject.
    /// So when the clause is on the root's "of" phrase and the verb was read as a participle on the clause's object ("A
    /// commander of an armed unit that controls the city's port threatened in a video ... to deal firmly with ..."), and when
    /// the noun is the apposition of an opening phrase read as the root ("In a telephone call with the AP on Monday, a man
    /// who said he spoke for the attackers threatened further raids"), which becomes the verb's oblique.
    /// </summary>
    private static void MainVerbHungInsideTheSubjectsRelativeClauseWithoutCommas(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int noun = heads.IndexOf(-1), opening = -1;
        if (noun >= 0 && HasCase(heads, relations, noun) && SubtreeStart(heads, noun) == 0)
        {
            opening = noun;
            noun = -1;
            for (int i = opening + 2; i < heads.Length && noun < 0; i++)
            {
                if (heads[i] == opening && relations[i] == "appos" && SubtreeStart(heads, i) is var start && (xpos[start] == "," || xpos[start - 1] == ",") && i - start <= 3) noun = i;
            }
        }
        if (noun < 0 || opening < 0 && noun > 3 || !IsNoun(xpos[noun]) || HasDependent(heads, relations, noun, "case")) return;
        int relative = -1;
        for (int i = noun + 1; i < heads.Length && relative < 0; i++)
        {
            if (relations[i] == "acl:relcl" && (heads[i] == noun || heads[i] > noun && heads[heads[i]] == noun && relations[heads[i]] == "nmod")) relative = i;
        }
        if (relative < 0 || xpos[relative - 1] is not ("WP" or "WDT") || heads[relative - 1] != relative) return;
        for (int verb = relative + 3; verb < heads.Length; verb++)
        {
            if (xpos[verb] is "," or ":" or "``" or "''") return;
            bool finite = xpos[verb] == "VBD" && (relations[verb] is "xcomp" or "ccomp" or "parataxis" or "dep" or "advmod" || relations[verb] == "advcl" && !HasDependent(heads, relations, verb, "mark"));
            // (A participle only with no agent: "the port seized by the rebels" stays the port's.)
            bool participle = xpos[verb] == "VBN" && relations[verb] == "acl" && !HasAgent(forms, heads, relations, verb);
            if (!finite && !participle || !IsNoun(xpos[verb - 1])) continue;
            if (!Dominates(heads, relative, verb) || HasASubject(heads, relations, verb)) return;
            if (opening < 0)
            {
                NounRootBecomesTheVerbsSubject(heads, relations, noun, verb);
                return;
            }
            Hang(heads, relations, verb, -1, "root");
            Hang(heads, relations, noun, verb, "nsubj");
            Hang(heads, relations, opening, verb, "obl");
            Rehang(heads, opening, verb, after: verb);
            return;
        }
    }

    /// <summary>
    /// "The Madre de Dios Mining Federation, which says it represents some 30,000 miners ..., demanded on Wednesday that ...",
    /// parsed with "says" the subject of "demanded" and the federation a second subject of "says": a relative clause's verb read
    /// as a later verb's subject gives that verb the noun before its relative pronoun, and modifies the noun.
    /// </summary>
    private static void RelativeClauseReadAsTheSubjectOfTheMainVerb(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int relative)
    {
        if (relations[relative] != "nsubj" || !IsVerb(xpos[relative]) || heads[relative] is not (>= 0 and var verb) || verb < relative || !IsVerb(xpos[verb])) return;
        int pronoun = -1, noun = -1;
        for (int i = 0; i < relative; i++)
        {
            if (heads[i] != relative || relations[i] != "nsubj") continue;
            if (xpos[i] is "WDT" or "WP") pronoun = i;
            else if (IsNoun(xpos[i])) noun = i;
        }
        if (pronoun < 2 || noun < 0 || noun > pronoun || Dominates(heads, relative, verb)) return;
        Hang(heads, relations, noun, verb, "nsubj");
        Hang(heads, relations, relative, noun, "acl:relcl");
    }

    /// <summary>
    /// "Mai-Ndombe's governor, Jean-Marie Lokwa, met Teke and Yaka chiefs", parsed with the governor a bare oblique of "met":
    /// a possessed noun with its name in apposition, hung with no preposition on a finite verb after it that has no subject,
    /// is that subject.
    /// </summary>
    private static void PossessedSubjectWithItsNameReadAsAnOblique(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "obl" || !IsNoun(xpos[noun]) || heads[noun] is not (> 0 and var verb) || verb < noun || xpos[verb] is not ("VBD" or "VBZ" or "VBP")
            || TimeWords.Contains(forms[noun].ToLowerInvariant()) || !HasDependent(heads, relations, noun, "nmod:poss") || !HasDependent(heads, relations, noun, "appos")
            || HasDependent(heads, relations, noun, "case") || HasASubject(heads, relations, verb)) return;
        relations[noun] = "nsubj";
    }

    /// <summary>
    /// "A mob attacked Coptic Christians in a village ..., torching at least five homes and injuring seven people after rumors
    /// spread that ...", parsed with "after rumors" a phrase on the people and "Christians" the subject of "spread": a past
    /// tense right after a noun that "after", "before" or "since" marks, whose own subject stands far before, opens a clause
    /// of time (the noun its subject) on the verb the phrase hung under, and the far subject is the object of the verb before it.
    /// </summary>
    private static void ClauseOfTimeReadAsAPhraseWithAFarSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        int noun = verb - 1, mark = verb - 2;
        if (mark < 3 || xpos[verb] is not ("VBD" or "VBZ" or "VBP") || !IsNoun(xpos[noun]) || heads[mark] != noun || relations[mark] != "case"
            || forms[mark].ToLowerInvariant() is not ("after" or "before" or "since")) return;
        int far = -1;
        for (int i = 0; i < mark; i++)
        {
            if (heads[i] == verb && relations[i] == "nsubj") far = i;
        }
        if (far < 1 || !IsNoun(xpos[far])) return;
        int taker = far - 1;
        while (taker > 0 && !(xpos[taker] is "VBD" or "VBZ" or "VBP" or "VB")) taker--;
        if (!(xpos[taker] is "VBD" or "VBZ" or "VBP" or "VB") || HasDependent(heads, relations, taker, "obj") || Dominates(heads, verb, taker)) return;
        Hang(heads, relations, far, taker, "obj");
        int clauseVerb = heads[noun];
        for (int steps = 0; clauseVerb >= 0 && !IsVerb(xpos[clauseVerb]) && steps < 16; steps++) clauseVerb = heads[clauseVerb];
        if (clauseVerb < 0 || !IsVerb(xpos[clauseVerb]) || Dominates(heads, verb, clauseVerb)) return;
        int reporter = heads[verb];
        Hang(heads, relations, verb, clauseVerb, "advcl");
        Hang(heads, relations, noun, verb, "nsubj");
        Hang(heads, relations, mark, verb, "mark");
        // (The "that" clause right after the verb, which the parser gave the trailing reporter, is the verb's: "spread that a house
        // there was being turned into a church".)
        for (int i = verb + 2; i < heads.Length && reporter >= 0; i++)
        {
            if (heads[i] == reporter && relations[i] == "ccomp" && SubtreeStart(heads, i) == verb + 1 && forms[verb + 1].Equals("that", StringComparison.OrdinalIgnoreCase)) Hang(heads, relations, i, verb, "ccomp");
        }
        // (The trailing reporter, left beside the root with nothing reported, reports the root's clause, as elsewhere.)
        if (reporter > verb && relations[reporter] is "parataxis" or "advcl" && heads[reporter] is >= 0 and var root && heads[root] == -1 && ReportingVerbs.Contains(forms[reporter])
            && !HasDependent(heads, relations, reporter, "ccomp") && !HasDependent(heads, relations, reporter, "mark"))
        {
            Hang(heads, relations, reporter, -1, "root");
            Hang(heads, relations, root, reporter, "ccomp");
            Rehang(heads, root, reporter, after: reporter);
        }
    }

    /// <summary>
    /// "Ngaliema blamed the attack on the Mobondo, a militia ... since a dispute over customary land dues turned violent",
    /// parsed with "the attack" a second subject of "turned": a subordinate clause's verb with one subject after its
    /// subordinator and another before it gives the one before back to the verb it hangs on, as that verb's object when it
    /// has none.
    /// </summary>
    private static void ObjectReadAsASecondSubjectOfALaterClause(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "advcl" || heads[verb] is not (>= 0 and var governor) || governor > verb || !IsVerb(xpos[governor])) return;
        int first = -1, second = -1, mark = -1;
        for (int i = governor + 1; i < verb; i++)
        {
            if (heads[i] != verb) continue;
            if (relations[i] == "nsubj") (first, second) = first < 0 ? (i, -1) : (first, i);
            else if (relations[i] == "mark" && first >= 0 && second < 0) mark = i;
        }
        if (second < 0 || mark < 0 || mark > second || !IsNoun(xpos[first]) || HasDependent(heads, relations, governor, "obj")) return;
        Hang(heads, relations, first, governor, "obj");
    }

    /// <summary>
    /// "..., Mombasa county police commander Peter Kimani told reporters on Wednesday evening, accusing criminal gangs of ...",
    /// parsed with "accusing" a modifier of the evening: a participle after a comma hung on a time says what the verb's
    /// subject did besides; it is an adverbial of the verb the time belongs to.
    /// </summary>
    private static void ParticipleHungOnATime(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        if (xpos[participle] != "VBG" || relations[participle] != "acl" || xpos[participle - 1] != "," || heads[participle] is not (>= 0 and var time)
            || time > participle || !TimeWords.Contains(forms[time].ToLowerInvariant())) return;
        int verb = heads[time];
        verb = VerbAbove(xpos, heads, verb);
        if (verb < 0 || verb > participle) return;
        Hang(heads, relations, participle, verb, "advcl");
        Hang(heads, relations, participle - 1, participle, "punct");
    }

    /// <summary>
    /// "forces loyal to the interim administration and fighters of the Debretsion faction clashed", parsed with "loyal" the
    /// subject and "forces" its own: an adjective after a noun modifies it, the noun is the subject; and a plural with its
    /// own "of" phrase, coordinated into what the adjective's phrase names, is the second side of a verb with no "with".
    /// </summary>
    private static void AdjectiveAfterItsNounReadAsTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int adjective)
    {
        int noun = adjective - 1;
        if (xpos[adjective] != "JJ" || relations[adjective] != "nsubj" || heads[adjective] is not (> 0 and var verb) || verb < adjective
            || heads[noun] != adjective || relations[noun] != "nsubj" || xpos[noun] is not ("NNS" or "NN")) return;
        Hang(heads, relations, noun, verb, "nsubj");
        Hang(heads, relations, adjective, noun, "amod");
        // (The second side: "... and fighters of the Debretsion faction", hung on the administration.)
        for (int i = verb + 1; i < heads.Length; i++) if (heads[i] == verb && relations[i] == "obl" && HasDependentForm(forms, heads, relations, i, "case", "with")) return;
        for (int side = adjective + 2; side < verb; side++)
        {
            if (relations[side] != "conj" || xpos[side] != "NNS" || heads[side] is not (> 0 and var inside) || inside <= adjective || !Dominates(heads, adjective, inside)
                || !HasDependent(heads, relations, side, "nmod") || !HasDependentForm(forms, heads, relations, side, "cc", "and")) continue;
            Hang(heads, relations, side, noun, "conj");
            return;
        }
    }

    /// <summary>
    /// "a gang leader threatened in a video posted on social media to attack police stations", parsed with "to attack" the
    /// purpose of "posted": an infinitive inside the adjuncts of a verb of threatening or vowing that has no infinitive of its
    /// own is what it threatens or vows.
    /// </summary>
    private static void ThreatsInfinitiveHungOnItsAdjunct(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] is not ("VBD" or "VBZ" or "VBN") || !ThreatAndVowForms.Contains(forms[verb])
            || HasDependent(heads, relations, verb, "xcomp") || HasDependent(heads, relations, verb, "ccomp")) return;
        for (int infinitive = verb + 3; infinitive < heads.Length; infinitive++)
        {
            if (xpos[infinitive] != "VB" || !HasDependentForm(forms, heads, relations, infinitive, "mark", "to")) continue;
            // ("Last month, the front threatened in pamphlets distributed in Mocoa to kill shopkeepers ..., residents said", with "to kill" a
            // second clause the residents said: or one right after the verb's words, hung beside it on the verb's reporter.)
            if (relations[infinitive] == "ccomp" && heads[infinitive] >= 0 && heads[infinitive] == heads[verb] && SubtreeStart(heads, infinitive) == SubtreeEnd(heads, verb) + 1)
            {
                Hang(heads, relations, infinitive, verb, "xcomp");
                return;
            }
            if (relations[infinitive] is not ("advcl" or "acl" or "xcomp")) continue;
            // (Up through adjuncts and participles only, to the verb.)
            int above = heads[infinitive];
            while (above > verb && (relations[above] is "acl" or "obl" or "nmod" && xpos[above] is "VBN" or "VBD" or "NN" or "NNS" or "NNP" or "NNPS")) above = heads[above];
            if (above == verb) Hang(heads, relations, infinitive, verb, "xcomp");
            return;
        }
    }

    /// <summary>
    /// "..., and in May police captured a senior Los Pepes commander", parsed with "May" a compound of the police and "in
    /// May police" the verb's oblique: a month or day after "in" or "on" is the time, and the noun after it, with the
    /// verb right after, is the verb's subject.
    /// </summary>
    private static void SubjectAfterATimeReadAsItsCompound(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int time)
    {
        int noun = time + 1, preposition = time - 1;
        if (relations[time] != "compound" || heads[time] != noun || relations[noun] != "obl" || heads[noun] is not (> 0 and var verb) || verb != noun + 1
            || xpos[verb] is not ("VBD" or "VBZ" or "VBP") || heads[preposition] != noun || forms[preposition] is not ("in" or "on")
            || !char.IsUpper(forms[time][0]) || !TimeWords.Contains(forms[time].ToLowerInvariant()) || HasDependent(heads, relations, verb, "nsubj")
            || TimeWords.Contains(forms[noun].ToLowerInvariant())) return;   // (not "on Sunday evening accused")
        Hang(heads, relations, preposition, time, "case");
        Hang(heads, relations, time, verb, "obl");
        Hang(heads, relations, noun, verb, "nsubj");
    }

    private static readonly HashSet<string> ThreatAndVowForms = new(StringComparer.OrdinalIgnoreCase) { "threatened", "threatens", "vowed", "vows", "pledged", "promised" };

    private static readonly HashSet<string> TimeSpanNouns = new(StringComparer.Ordinal)
    {
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "moments", "minute", "hour", "day", "week", "month", "year", "weekend",
    };

    /// <summary>
    /// "..., state news agency SANA reported.", parsed with "agency" as the object of "reported" and the name as
    /// its subject: a noun right before the subject name of a trailing reporter, read as its object, is the
    /// subject, and the name its apposition (the agency's name).
    /// </summary>
    private static void ReportersRoleReadAsItsObject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int reporter = LastWordBeforeTheEnd(xpos);
        if (reporter < 4 || !ReportingForms.Contains(forms[reporter])) return;
        int name = reporter - 1;
        if (heads[name] != reporter || relations[name] != "nsubj" || xpos[name] is not ("NNP" or "NNPS")) return;
        int role = name - 1;
        if (heads[role] != reporter || relations[role] != "obj" || !IsNoun(xpos[role]) || CommaOpening(forms, heads, role) < 0) return;
        Hang(heads, relations, role, reporter, "nsubj");
        Hang(heads, relations, name, role, "appos");
    }

    /// <summary>
    /// "..., said Qasim Ali Khan, the city's police chief.", parsed with the chief as what was said: the noun
    /// phrase that ends the sentence after an inverted speaker's name and a comma is the speaker's apposition.
    /// </summary>
    private static void InvertedSpeakersRoleReadAsWhatWasSaid(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int reporter)
    {
        if (!ReportingForms.Contains(forms[reporter]) || reporter + 4 >= heads.Length || xpos[reporter + 1] is not ("NNP" or "NNPS")
            || heads[reporter + 1] != reporter || relations[reporter + 1] != "nsubj") return;
        int name = reporter + 1, comma = SubtreeEnd(heads, name) + 1;
        if (comma + 1 >= heads.Length || forms[comma] != ",") return;
        int role = -1;
        for (int i = comma + 1; i < heads.Length; i++)
        {
            if (heads[i] == reporter && relations[i] is "ccomp" or "obj" or "dep") { role = i; break; }
        }
        if (role < 0 || !IsNoun(xpos[role]) || SubtreeEnd(heads, role) != LastWordBeforeTheEnd(xpos) || SubtreeStart(heads, role) > comma + 1 && heads[comma] != role) return;
        // (", whose 19-year-old son was among the soldiers, ...": a relative clause on the speaker.)
        bool relative = xpos[comma + 1] is "WP" or "WP$" or "WDT";
        if (!relative && (HasDependent(heads, relations, role, "nsubj") || HasDependent(heads, relations, role, "cop"))) return;
        Hang(heads, relations, role, name, relative ? "acl:relcl" : "appos");
        Hang(heads, relations, comma, role, "punct");
    }

    /// <summary>
    /// "..., killing a woman and her son, Syrian state news agency SANA reported.", parsed with the agency in
    /// apposition to the son and "reported" as a relative clause on it (the name its subject): a trailing
    /// reporter with no relative pronoun, after a comma, reports the sentence through the noun it was hung on.
    /// </summary>
    private static void TrailingReporterReadAsARelativeClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int reporter = LastWordBeforeTheEnd(xpos), root = heads.IndexOf(-1);
        if (reporter < 4 || root < 0 || root > reporter || relations[reporter] != "acl:relcl" || !ReportingForms.Contains(forms[reporter])) return;
        int role = heads[reporter], name = reporter - 1;
        if (role < 0 || role >= name || !IsNoun(xpos[role]) || heads[name] != reporter || relations[name] != "nsubj" || xpos[name] is not ("NNP" or "NNPS")
            || relations[role] is not ("appos" or "conj") || CommaOpening(forms, heads, role) is var comma && comma < 0) return;
        for (int i = role + 1; i < name; i++)
        {
            if (!Dominates(heads, role, i)) return;
        }
        Hang(heads, relations, reporter, root, "parataxis");
        Hang(heads, relations, role, reporter, "nsubj");
        Hang(heads, relations, name, role, "appos");
        Hang(heads, relations, comma, reporter, "punct");
    }

    /// <summary>
    /// "A Russian attack on Odesa killed four people and wounded 17, including a child, Ukrainian officials said Wednesday, as
    /// Moscow kept up its strikes", parsed with "said" as a relative clause of "killed" and "including a child" as its own: a
    /// reporter hung as a relative clause on the root verb, with its subject right after a comma, reports the root clause
    /// (as a parenthetical), and what it took before that comma is the root clause's.
    /// </summary>
    private static void TrailingReporterReadAsARelativeClauseOfTheRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int reporter)
    {
        if (relations[reporter] is not ("acl:relcl" or "advcl:relcl") || heads[reporter] is not (>= 0 and var root) || heads[root] >= 0 || root > reporter
            || xpos[root] is not ("VBD" or "VBZ" or "VBP") || !ReportingForms.Contains(forms[reporter])) return;
        int subject = -1;
        for (int i = reporter - 1; i > root && subject < 0; i--)
        {
            if (heads[i] == reporter && relations[i] == "nsubj") subject = i;
        }
        if (subject < 0) return;
        // (The comma may be the subject's own first word: "..., territorial administrator Jean-Claude Kitenge told Reuters".)
        int start = SubtreeStart(heads, subject);
        if (forms[start] == ",") start++;
        if (start < 1 || forms[start - 1] != ",") return;
        for (int i = root + 1; i < start - 1; i++)
        {
            if (heads[i] == reporter) Hang(heads, relations, i, root, relations[i] is "obl" or "nmod" ? "obl" : relations[i]);
        }
        Hang(heads, relations, reporter, root, "parataxis");
        Hang(heads, relations, start - 1, reporter, "punct");
        // ("said Wednesday": the day it took as what it said dates it.)
        if (reporter + 1 < heads.Length && heads[reporter + 1] == reporter && relations[reporter + 1] is "obj" or "ccomp" && IsDayWord(forms[reporter + 1]))
            relations[reporter + 1] = "obl:unmarked";
    }

    /// <summary>
    /// "Paramilitary forces shelled a market ... in the city of El Fasher on Sunday, killing at least 40 people, an
    /// international aid group said Monday.", parsed with "said" as a relative clause on "city" and the words
    /// between ("of", "El", "killing") as clauses it reports: a reporter that ends the sentence, with its own
    /// subject right after a comma, reports the sentence's root clause (as a parenthetical, the way the parser
    /// reads it without the stray words); a participle it took is the adverbial clause of the verb before it, a
    /// preposition it took opens the noun after it, which modifies the noun before the preposition.
    /// </summary>
    private static void TrailingReporterReadAsARelativeClauseOfAnEarlierNoun(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1), reporter = LastWordBeforeTheEnd(xpos);
        // (A time may follow the reporter: "said Monday"; or whom it cites: "SANA reported, citing a security source".)
        if (reporter > 0 && heads[reporter] is > 0 and var timeHead && relations[reporter] is "obl:unmarked" or "obl:tmod" or "obl") reporter = timeHead;
        if (reporter > 0 && heads[reporter] is > 0 and var citing && relations[reporter] == "obj" && forms[citing] is "citing" or "quoting"
            && relations[citing] == "advcl" && heads[citing] > 0) reporter = heads[citing];
        if (root < 0 || reporter < 4 || relations[reporter] != "acl:relcl" || !ReportingForms.Contains(forms[reporter]) || xpos[root] is not ("VBD" or "VBZ" or "VBP")) return;
        int subject = -1;
        for (int i = reporter - 1; i > root; i--)
        {
            if (heads[i] == reporter && relations[i] == "nsubj") { subject = i; break; }
        }
        if (subject < 0) return;
        // (The comma may hang on the subject: "..., regional governor Oleh Syniehubov said"; the subject's own nouns before
        // it may hang elsewhere: "..., state news agency SANA reported", with "agency" on the comma.)
        int comma = SubtreeStart(heads, subject);
        if (forms[comma] != ",") comma--;
        int nouns = comma;
        while (nouns > root && forms[nouns] != "," && xpos[nouns] is "NN" or "NNS" or "NNP" or "JJ" && subject - nouns <= 4) nouns--;
        if (forms[comma] != "," && nouns < comma && forms[nouns] == ",")
        {
            for (int i = nouns + 1; i <= comma; i++)
            {
                if (heads[i] < nouns + 1 || heads[i] > subject) Hang(heads, relations, i, subject, "compound");
            }
            comma = nouns;
        }
        bool hungOnItsOwnSubject = heads[reporter] > comma && heads[reporter] < subject;
        if (comma <= root || forms[comma] != "," || heads[reporter] >= comma && !hungOnItsOwnSubject || SubtreeEnd(heads, subject) != reporter - 1 && !hungOnItsOwnSubject) return;
        for (int i = comma + 1; i < subject; i++)
        {
            if (xpos[i] is "WP" or "WDT" or "WRB") return;
        }
        Hang(heads, relations, reporter, root, "parataxis");
        Hang(heads, relations, comma, reporter, "punct");
        for (int i = root + 1; i < comma; i++)
        {
            if (heads[i] != reporter) continue;
            if (xpos[i] == "IN" && i + 1 < comma && heads[i + 1] == reporter && IsNoun(xpos[i + 1]))
            {
                Hang(heads, relations, i, i + 1, "case");
                Hang(heads, relations, i + 1, IsNoun(xpos[i - 1]) ? i - 1 : root, IsNoun(xpos[i - 1]) ? "nmod" : "obl");
            }
            else if (xpos[i] == "VBG" && forms[i - 1] == ",")
            {
                int verb = root;
                for (int k = i - 1; k > root; k--)
                {
                    if (xpos[k] is "VBD" or "VBZ" or "VBP" && Dominates(heads, root, k)) { verb = k; break; }
                }
                Hang(heads, relations, i, verb, "advcl");
            }
            else if (relations[i] != "punct") Hang(heads, relations, i, root, IsVerb(xpos[i]) ? "conj" : "obl");
        }
    }

    /// <summary>
    /// "The group, which has about 6,000 fighters, suspended peace talks ... after the government accused it of ...",
    /// parsed with "suspended" a relative clause on "fighters" and "accused" the root with "group" its subject: a past
    /// tense with no subject right after the comma that closes a relative clause on the sentence's subject is that
    /// subject's verb, and the root it had an adverbial clause of it (or its conjunct, after "and").
    /// </summary>
    private static void VerbAfterARelativeClauseOnTheSubjectHungInsideIt(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 6 || xpos[root] is not ("VBD" or "VBZ" or "VBP")) return;
        int subject = -1;
        for (int i = 0; i < root; i++)
        {
            if (heads[i] == root && relations[i] == "nsubj") { subject = i; break; }
        }
        if (subject < 0 || subject + 3 >= root || forms[subject + 1] != "," || xpos[subject + 2] is not ("WDT" or "WP")) return;
        int close = -1;
        for (int k = subject + 3; k < root && k <= subject + 16; k++)
        {
            if (forms[k] == ",") { close = k; break; }
        }
        int verb = close + 1;
        if (close < 0 || verb >= root || xpos[verb] != "VBD" || relations[verb] is not ("acl" or "acl:relcl" or "conj") || heads[verb] <= subject || heads[verb] >= close
            || HasASubject(heads, relations, verb)) return;
        int opening = SubtreeStart(heads, root);
        bool coordinated = opening > verb && xpos[opening - 1] == "CC";
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, subject, verb, "nsubj");
        Hang(heads, relations, root, verb, coordinated ? "conj" : "advcl");
        if (coordinated) Hang(heads, relations, opening - 1, root, "cc");
        Hang(heads, relations, close, verb, "punct");
    }

    /// <summary>
    /// "The miners, who had been working a small dredge, were shot by about a dozen men", parsed with "were" the root and "shot"
    /// a participle on the dredge: a passive participle right after "was" or "were" that follows the comma closing a relative
    /// clause on the sentence's subject, hung inside that clause, is the sentence's verb, the subject its passive subject.
    /// </summary>
    private static void PassiveAfterARelativeClauseOnTheSubjectHungInsideIt(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1), participle = root + 1;
        if (root < 5 || participle >= heads.Length || xpos[root] != "VBD" || xpos[participle] != "VBN" || forms[root - 1] != ","
            || heads[participle] is not (>= 0 and var holder) || holder >= root) return;
        int subject = -1;
        for (int i = 0; i < root && subject < 0; i++)
        {
            if (heads[i] == root && relations[i] == "nsubj") subject = i;
        }
        if (subject < 0 || holder <= subject || forms[subject + 1] != "," || xpos[subject + 2] is not ("WDT" or "WP") || forms[root] is not ("were" or "was")) return;
        Hang(heads, relations, participle, -1, "root");
        Hang(heads, relations, subject, participle, "nsubj:pass");
        Hang(heads, relations, root, participle, "aux:pass");
        Rehang(heads, root, participle, after: participle);
    }

    /// <summary>
    /// "Enga's provincial police commander, Superintendent Joseph Kupo, said a first count of 11 dead had risen", parsed
    /// with the commander as what "said" reports: a noun phrase that ends right before a reporter with no subject, and
    /// opens the sentence, is its subject.
    /// </summary>
    private static void ReporterReadAsItsOwnComplement(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int reporter = 2; reporter < heads.Length; reporter++)
        {
            if (!ReportingForms.Contains(forms[reporter]) || HasASubject(heads, relations, reporter)) continue;
            for (int noun = 0; noun < reporter; noun++)
            {
                if (heads[noun] != reporter || relations[noun] != "ccomp" || !IsNoun(xpos[noun]) || SubtreeStart(heads, noun) != 0) continue;
                int end = noun;
                for (int i = noun + 1; i < reporter; i++) end = Dominates(heads, noun, i) ? i : end;
                if (end != reporter - 1) return;
                Hang(heads, relations, noun, reporter, "nsubj");
                return;
            }
            return;
        }
    }

    /// <summary>
    /// "Separately, the Catholic diocese of Kaya said gunmen had abducted a priest", parsed with the opening adverb as the
    /// root, the diocese its parataxis and "said" the diocese's clause: the reporter is the root, the noun its subject.
    /// </summary>
    private static void OpeningAdverbReadAsTheRootOfAReport(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root != 0 || xpos[0] is not ("RB" or "RBR") || heads.Length < 5 || forms[1] != ",") return;
        for (int reporter = 3; reporter < heads.Length; reporter++)
        {
            if (!ReportingForms.Contains(forms[reporter]) || relations[reporter] != "acl" || heads[reporter] is not (> 1 and var noun) || noun >= reporter
                || heads[noun] != root || !IsNoun(xpos[noun])) continue;
            Hang(heads, relations, reporter, -1, "root");
            Hang(heads, relations, noun, reporter, "nsubj");
            Hang(heads, relations, 0, reporter, "advmod");
            Hang(heads, relations, 1, reporter, "punct");
            Rehang(heads, 0, reporter, after: reporter);
            return;
        }
    }

    /// <summary>
    /// "A doctor at the government hospital in Anantnag, where the wounded were taken, said eight bodies had been brought
    /// in", parsed with the "where" clause as the root (the doctor a second subject of "taken") and "said" its parataxis:
    /// the verb of reporting after the clause's closing comma is the root, with the first subject its own, and the "where"
    /// clause a relative clause on the noun before it.
    /// </summary>
    private static void ReporterAfterAWhereClauseOnItsSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 5 || !IsVerb(xpos[root])) return;
        int where = -1, subject = -1, reporter = -1;
        for (int i = 0; i < heads.Length; i++)
        {
            // ("where" on the clause's verb or on its subject, "the wounded".)
            if (i > 1 && i < root && forms[i].Equals("where", StringComparison.OrdinalIgnoreCase) && forms[i - 1] == "," && (heads[i] == root || heads[i] >= 0 && heads[heads[i]] == root)) where = i;
            if (heads[i] != root) continue;
            if (i < root && relations[i] is "nsubj" or "nsubj:pass" && subject < 0) subject = i;
            else if (i > root && relations[i] == "parataxis" && ReportingForms.Contains(forms[i]) && forms[i - 1] == "," && reporter < 0) reporter = i;
        }
        if (where < 3 || subject < 0 || subject >= where - 1 || reporter < 0 || !IsNoun(xpos[where - 2])) return;
        Hang(heads, relations, reporter, -1, "root");
        Hang(heads, relations, subject, reporter, "nsubj");
        Hang(heads, relations, root, where - 2, "acl:relcl");
        Hang(heads, relations, where - 1, root, "punct");
        Rehang(heads, root, reporter, after: reporter);
    }

    /// <summary>
    /// "The Kashmir Tigers, a group that Indian officials describe as a front for the Pakistan-based Jaish-e-Mohammed,
    /// threatened ...", parsed with the name as the root and "threatened" hung inside the apposition with the last name
    /// of its relative clause as subject: a past tense right after the comma that closes an apposition on a noun root is
    /// that noun's verb; the words of the apposition it took go back to the apposition's last noun before them.
    /// </summary>
    private static void VerbAfterAnApposedRelativeClauseHungInsideIt(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || root + 4 >= heads.Length || !IsNoun(xpos[root]) || forms[root + 1] != ",") return;
        int apposition = -1;
        for (int i = root + 2; i < heads.Length && i <= root + 4; i++)
        {
            if (heads[i] == root && relations[i] == "appos") { apposition = i; break; }
        }
        if (apposition < 0) return;
        int verb = -1;
        for (int i = apposition + 1; i + 1 < heads.Length; i++)
        {
            if (forms[i] != ",") continue;
            if (xpos[i + 1] == "VBD" && Dominates(heads, apposition, i + 1)) verb = i + 1;
            break;
        }
        if (verb < 0) return;
        // The apposition's words the verb took (its subject among them), back to the noun before the first of them.
        int first = -1;
        for (int i = apposition + 1; i < verb - 1; i++)
        {
            if (heads[i] == verb) { first = i; break; }
        }
        int subject = -1;
        for (int i = apposition + 1; i < verb - 1; i++)
        {
            if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass") subject = i;
        }
        if (first > apposition + 1 && subject >= 0 && IsNoun(xpos[first - 1]))
        {
            for (int i = first; i < verb - 1; i++)
            {
                if (heads[i] == verb && i != subject) heads[i] = subject;
            }
            Hang(heads, relations, subject, first - 1, "nmod");
        }
        else if (subject >= 0) return;
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, root, verb, "nsubj");
        Hang(heads, relations, verb - 1, verb, "punct");
    }

    /// <summary>
    /// "Kenyan police fired tear gas ... on Tuesday as demonstrations turned violent, leaving at least eight people dead, a
    /// rights group said", parsed with the "as" clause hung on "said": an adverbial clause between the clause a trailing
    /// reporter reports and the comma before the reporter's subject is that clause's.
    /// </summary>
    private static void AdverbialOfTheReportHungOnTheTrailingReporter(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        // (The reporter is the root with the clause as its complement, or the clause's parenthetical.)
        int reporter = LastWordBeforeTheEnd(xpos);
        if (reporter > 0 && heads[reporter] > reporter) reporter = heads[reporter];
        while (reporter > 0 && !ReportingForms.Contains(forms[reporter])) reporter--;
        if (reporter < 4 || relations[reporter] is not ("root" or "parataxis")) return;
        int subject = -1, reported = relations[reporter] == "parataxis" && heads[reporter] < reporter ? heads[reporter] : -1;
        for (int i = 0; i < reporter; i++)
        {
            if (heads[i] != reporter) continue;
            if (relations[i] == "nsubj") subject = i;
            else if (relations[i] == "ccomp" && reported < 0) reported = i;
        }
        if (subject < 0 || reported < 0) return;
        int comma = CommaOpening(forms, heads, subject);
        if (comma <= reported) return;
        for (int i = reported + 1; i < comma; i++)
        {
            if (heads[i] == reporter && relations[i] == "advcl" && HasDependent(heads, relations, i, "mark")) heads[i] = reported;
        }
    }

    /// <summary>
    /// "The joint government-MILF ceasefire committee on Friday urged", parsed with "government" and "committee" as
    /// two subjects: a subject right before a hyphen that opens another subject of the same verb is that subject's
    /// compound, and the article and adjectives before it the whole phrase's.
    /// </summary>
    private static void SubjectSplitAtAHyphen(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int first)
    {
        // (Not a title: "UN Secretary-General Kofi Annan", as EWT parses it.)
        if (relations[first] != "nsubj" || first + 2 >= heads.Length || forms[first + 1] != "-" || heads[first] is not (>= 0 and var verb)
            || forms[first + 2].Equals("General", StringComparison.OrdinalIgnoreCase)) return;
        int second = first + 2;
        while (second < heads.Length && heads[second] != verb) second++;
        if (second >= heads.Length || relations[second] != "nsubj" || SubtreeStart(heads, second) != first + 1 && SubtreeStart(heads, second) != first + 2) return;
        for (int i = 0; i < first; i++)
        {
            if (heads[i] == first && relations[i] is "det" or "amod") heads[i] = second;
        }
        Hang(heads, relations, first, second, "compound");
        Hang(heads, relations, first + 1, first, "punct");
    }

    /// <summary>
    /// "..., and on Thursday morning police arrested five men", parsed with "police" the head of the time ("on Thursday
    /// morning police", an oblique of the verb right after it, which has no subject): the noun after the time is the verb's
    /// subject, and the time is the oblique, with its preposition and day.
    /// </summary>
    private static void SubjectReadAsTheHeadOfItsTime(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int subject)
    {
        // ("and on Tuesday gendarmes arrested three men": or the subject already, with the time's preposition.)
        // ("and on Monday dozens of students staged a brief flash protest": its phrase may run on to the verb.)
        int verb = heads[subject];
        if (relations[subject] is not ("obl" or "nsubj") || verb <= subject || !IsNoun(xpos[subject]) || xpos[verb] != "VBD" || !HasCase(heads, relations, subject)) return;
        // ("and on Tuesday security forces killed four militants": the time may stand before the subject's own compounds.)
        int time = subject - 1;
        while (time > 1 && heads[time] == subject && relations[time] == "compound" && xpos[time] is "NN" or "NNS" && !TimeWords.Contains(forms[time].ToLowerInvariant())) time--;
        if (SubtreeEnd(heads, subject) != verb - 1 || heads[time] != subject || relations[time] != "compound"
            || HasDependent(heads, relations, verb, "nsubj", except: subject) || HasDependent(heads, relations, verb, "nsubj:pass")
            || !TimeWords.Contains(forms[time].ToLowerInvariant()) || TimeWords.Contains(forms[subject].ToLowerInvariant())) return;
        // (The time's preposition right before it, or before its day: not "In his Friday sermon", a noun phrase of its own.)
        int opening = time - 1;
        while (opening > 0 && TimeWords.Contains(forms[opening].ToLowerInvariant())) opening--;
        if (relations[opening] != "case" || heads[opening] != subject) return;
        for (int i = 0; i < time; i++)
        {
            if (heads[i] == subject) heads[i] = time;
        }
        (heads[time], relations[time]) = (verb, "obl");
        relations[subject] = "nsubj";
    }

    /// <summary>Times a parser may read as a subject ("that evening", "Monday").</summary>
    private static readonly HashSet<string> TimesNamedAsSubjects = new(StringComparer.OrdinalIgnoreCase)
        { "evening", "morning", "night", "day", "afternoon", "week", "month", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    /// <summary>
    /// "In a statement that evening, the Sudan Doctors Network, a volunteer medical group, put ...", parsed with
    /// "evening" as the subject and the name in apposition to it: a time is no subject; the name is.
    /// </summary>
    private static void TimeReadAsSubjectBeforeItsName(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int time)
    {
        // ("since Wednesday, when gunmen on a motorcycle shot dead a community leader": a day's name too.)
        // ("On Wednesday evening a spokesman for the AFC/M23 rebel alliance ... blamed": or the time an oblique of a verb with no
        // subject, its "apposition" right after it.)
        if (relations[time] is not ("nsubj" or "obl") || !TimesNamedAsSubjects.Contains(forms[time])) return;
        bool obliqueOfASubjectlessVerb = relations[time] == "obl" && heads[time] > time && !HasDependent(heads, relations, heads[time], "nsubj")
                                         && !HasDependent(heads, relations, heads[time], "nsubj:pass") && time + 2 < heads.Length && forms[time + 1] != ",";
        if (relations[time] != "nsubj" && !obliqueOfASubjectlessVerb) return;
        int name = -1;
        for (int i = time + 1; i < heads.Length; i++)
        {
            if (heads[i] == time && relations[i] == "appos") { name = i; break; }
        }
        if (name < 0 || obliqueOfASubjectlessVerb && (name > heads[time] || SubtreeStart(heads, name) != time + 1)) return;
        heads[name] = heads[time];
        relations[name] = "nsubj";
        if (!obliqueOfASubjectlessVerb) relations[time] = "obl:unmarked";
        // (The commas around the name go with it.)
        for (int i = time + 1; i < heads.Length; i++)
        {
            if (heads[i] == time && relations[i] == "punct") heads[i] = name;
        }
    }

    /// <summary>
    /// "since Wednesday, when gunmen on a motorcycle shot dead a community leader", parsed with the gunmen in
    /// apposition to the day and "shot" with no subject: a noun after "when" in apposition to a time is the
    /// subject of the verb that follows it, and that clause says what happened then.
    /// </summary>
    private static void SubjectOfAWhenClauseReadAsApposition(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "appos" || !IsNoun(xpos[noun]) || heads[noun] is not (>= 0 and var time) || !TimeWords.Contains(forms[time].ToLowerInvariant())) return;
        int when = -1;
        for (int i = time + 1; i < noun; i++)
        {
            if (forms[i].Equals("when", StringComparison.OrdinalIgnoreCase) && heads[i] == noun) when = i;
        }
        int verb = SubtreeEnd(heads, noun) + 1;
        if (when < 0 || verb >= heads.Length || xpos[verb] is not ("VBD" or "VBZ" or "VBP") || HasDependent(heads, relations, verb, "nsubj")) return;
        heads[verb] = time;
        relations[verb] = "acl:relcl";
        heads[noun] = verb;
        relations[noun] = "nsubj";
        heads[when] = verb;
    }

    private static readonly HashSet<string> ReportingForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "say", "says", "told", "reported", "added", "adds", "wrote", "writes", "noted", "notes", "explained", "argued", "argues",
        "insisted", "insists", "maintains", "maintained",
        // (What studies, polls and reporters find: "..., other studies have shown.", "..., The Post has learned.")
        "shown", "showed", "shows", "found", "learned", "confirmed", "estimated", "estimates", "warned", "claimed", "claims", "acknowledged",
        // (Verbs that report a clause before them with their speaker after: "..., predicted Madeleine Kunin".)
        "predicted", "predicts", "recalled", "recalls", "observed", "conceded", "admitted", "stressed", "suggested", "countered",
        "cautioned", "declared", "asserted", "complained", "replied",
    };

    /// <summary>A verb of reporting whose object, if any, is not its listener ("said", not "told").</summary>
    private static bool ReportsToNoListener(string form) => ReportingForms.Contains(form) && !form.Equals("told", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "..., the Russian Defence Ministry said, a claim Reuters could not independently verify.", parsed with
    /// "a claim" as a compound of the subject of "verify" and "verify" as what was said: the claim heads the
    /// writer's comment (the verifying is a relative clause on it), which comments on the report.
    /// </summary>
    private static void ClaimNobodyCouldVerifyReadAsTheReport(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int verb)
    {
        if (forms[verb].ToLowerInvariant() is not ("verify" or "confirm") || heads[verb] is not (>= 0 and var report) || !ReportingForms.Contains(forms[report])) return;
        int subject = -1;
        for (int i = report + 1; i < verb; i++) subject = heads[i] == verb && relations[i] == "nsubj" ? i : subject;
        if (subject < 0) return;
        int claim = SubtreeStart(heads, subject);
        while (claim < subject && relations[claim] == "det") claim++;
        if (forms[claim].ToLowerInvariant() is not ("claim" or "assertion" or "allegation" or "report" or "account" or "figure" or "toll") || heads[claim] != subject
            || claim < 2 || forms[claim - 1].ToLowerInvariant() is not ("a" or "an") || forms[claim - 2] != ",") return;
        Hang(heads, relations, claim, report, "parataxis");
        Hang(heads, relations, claim - 1, claim, "det");
        Hang(heads, relations, claim - 2, claim, "punct");
        Hang(heads, relations, verb, claim, "acl:relcl");
    }

    /// <summary>
    /// "killing at least 11 people, including four soldiers, police and hospital officials said", parsed with the
    /// "including" phrase as the reporter's subject and the reporters its conjuncts: the conjuncts after its comma are the
    /// reporter's subject, and the "including" phrase is the counted noun's before it.
    /// </summary>
    private static void ReportersReadAsConjunctsOfAnIncludingPhrase(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations)
    {
        for (int reporter = 4; reporter < heads.Length; reporter++)
        {
            if (!ReportingForms.Contains(forms[reporter])) continue;
            for (int subject = 2; subject < reporter; subject++)
            {
                if (heads[subject] != reporter || relations[subject] != "nsubj") continue;
                int including = -1, first = -1;
                for (int i = subject - 3; i < reporter; i++)
                {
                    if (i >= 0 && i < subject && heads[i] == subject && relations[i] == "case" && forms[i].Equals("including", StringComparison.OrdinalIgnoreCase)) including = i;
                    if (i > subject && heads[i] == subject && relations[i] == "conj" && forms[i - 1] == "," && first < 0) first = i;
                }
                if (including < 2 || first < 0 || forms[including - 1] != "," || !IsNounForm(relations, heads, including - 2)) return;
                Hang(heads, relations, subject, including - 2, "nmod");
                Hang(heads, relations, first, reporter, "nsubj");
                for (int i = first + 1; i < reporter; i++)
                {
                    if (heads[i] == subject && relations[i] == "conj") heads[i] = first;
                }
                Hang(heads, relations, first - 1, subject, "punct");
                return;
            }
        }
    }

    /// <summary>Whether the word heads a noun phrase in the tree (a subject, an object or a modifier noun's relation).</summary>
    private static bool IsNounForm(Span<string> relations, Span<int> heads, int word) =>
        heads[word] >= 0 && relations[word] is "obj" or "nsubj" or "nsubj:pass" or "obl" or "nmod" or "conj" or "appos";

    /// <summary>
    /// "Two soldiers were killed and six wounded when rebels attacked a base, the army said", parsed with "said" a
    /// conjunct of "killed" that took the "and", the count and the gapped participle ("wounded"): the participle is
    /// the passive's conjunct with the count its subject, what hung on the reporter before its subject's comma hangs on
    /// the participle, and the reporter reports the whole (parataxis).
    /// </summary>
    private static void GappedPassiveBeforeATrailingReporter(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int verb = 5; verb < heads.Length; verb++)
        {
            if (relations[verb] != "conj" || !ReportingForms.Contains(forms[verb]) || heads[verb] is not (>= 0 and var passive) || passive > verb
                || !HasDependent(heads, relations, passive, "aux:pass")) continue;
            int and = -1, participle = -1, subject = -1;
            for (int i = passive + 1; i < verb; i++)
            {
                if (and < 0 && heads[i] == verb && relations[i] == "cc" && forms[i].Equals("and", StringComparison.OrdinalIgnoreCase)) and = i;
                else if (and >= 0 && participle < 0 && xpos[i] == "VBN" && GappableVerbs.Contains(forms[i])) participle = i;
                else if (participle >= 0 && heads[i] == verb && relations[i] == "nsubj") subject = i;
            }
            if (and < 0 || participle < 0 || subject < 0) return;
            int start = SubtreeStart(heads, subject);
            if (start > 0 && heads[start - 1] == verb && relations[start - 1] == "det") start--;
            if (start < 1 || forms[start - 1] != ",") return;
            // (The count before the participle, "six", "at least 20": the head of the words between "and" and it.)
            int count = -1;
            for (int i = and + 1; i < participle; i++)
            {
                if (heads[i] < and + 1 || heads[i] >= participle) count = i;
            }
            Coordinate(heads, relations, passive, and, participle);
            if (count >= 0) Hang(heads, relations, count, participle, "nsubj:pass");
            for (int i = participle + 1; i < start - 1; i++)
            {
                if (heads[i] == verb) Hang(heads, relations, i, participle, relations[i] == "ccomp" ? "obl" : relations[i]);
            }
            Hang(heads, relations, start - 1, verb, "punct");
            relations[verb] = "parataxis";
            return;
        }
    }

    /// <summary>
    /// "... killed at least 40 people, a resistance group and local media reported Wednesday.", parsed with
    /// "reported" as a conjunct of "killed": a verb of reporting that ends the sentence (a time aside), with a
    /// subject of its own after a comma and no "and" of its own, reports the clause before it (parataxis).
    /// </summary>
    private static void TrailingReporterReadAsConjunct(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int verb = 3; verb < heads.Length; verb++)
        {
            if (relations[verb] != "conj" || !ReportingForms.Contains(forms[verb]) || heads[verb] is not (>= 0 and var reported) || reported > verb) continue;
            int subject = -1;
            for (int i = reported + 1; i < verb; i++)
            {
                if (heads[i] == verb && relations[i] == "nsubj") subject = i;
                if (heads[i] == verb && relations[i] == "cc") return;
            }
            if (subject < 0) continue;
            // ("the Russian Defence Ministry said": the subject's article may hang on the verb.)
            int start = SubtreeStart(heads, subject);
            int article = start >= 1 && heads[start - 1] == verb && relations[start - 1] == "det" ? start - 1 : -1;
            if (article >= 0) start = article;
            if (start < 1 || forms[start - 1] != "," && forms[start] != ",") continue;
            // (Nothing after it but its own words and the full stop.)
            bool ends = true;
            for (int i = verb + 1; i < heads.Length && ends; i++) ends = heads[i] == verb || xpos[i] is "." or "," || Dominates(heads, verb, i);
            if (!ends) continue;
            relations[verb] = "parataxis";
            if (article >= 0) heads[article] = subject;
            return;
        }
    }

    /// <summary>
    /// "All 33 attackers were killed in the rescue operation, military spokesman Lt. Gen. Ahmed Sharif Chaudhry
    /// told a news conference in Rawalpindi", parsed with the spokesman in apposition to "operation" and "told"
    /// without a subject: a verb of reporting beside the clause it reports, right after a phrase in apposition
    /// set off by a comma, is said by that phrase. So for a root verb of reporting over the clause before it
    /// ("... controlled by the Los Choneros gang, the agency, known as SNAI, said in a statement").
    /// </summary>
    private static void TrailingReporterReadAsApposition(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int verb = 4; verb < heads.Length; verb++)
        {
            if (relations[verb] is not ("parataxis" or "conj" or "xcomp" or "root") || !ReportingForms.Contains(forms[verb])
                || (heads[verb] >= 0 ? heads[verb] : ReportedClauseBefore(xpos, heads, relations, verb)) is not (>= 0 and var reported) || reported > verb
                || HasDependent(heads, relations, verb, "nsubj")) continue;
            // (Up from the word before the verb to the phrase in apposition set off by a comma: "Chaudhry" →
            // "Ahmed" → "Lt."; past an apposition of its own, "Sen. Lindsey Graham (R-S.C.) told"; past the comma
            // that closes it, "the agency, known as SNAI, said".)
            int apposition = forms[verb - 1] == "," ? verb - 2 : verb - 1, comma = -1;
            for (int steps = 0; steps < 8; steps++)
            {
                if (relations[apposition] == "appos" && (comma = CommaOpening(forms, heads, apposition)) >= 0) break;
                if (heads[apposition] <= reported || heads[apposition] >= verb) break;
                apposition = heads[apposition];
            }
            if (apposition < 1 || relations[apposition] != "appos" || heads[apposition] > apposition || comma < 0 || forms[heads[apposition]] == ",") continue;
            // (Out to the phrase the apposition describes when that phrase is set off by a comma too: "the army
            // chief of staff, General Tomás Djassi, told"; "a security source in Fada N'Gourma, the regional
            // capital, told".)
            for (int outer = heads[apposition], below = apposition; outer > reported && outer < verb && relations[below] is "appos" or "nmod" or "flat"; below = outer, outer = heads[outer])
            {
                // (Or a phrase read as what the verb reports: "..., a resident, Amadou Cisse, told Reuters".)
                bool setOff = relations[outer] is "appos" or "obl:unmarked" || heads[outer] == verb && relations[outer] is "ccomp" or "obj";
                if (setOff && CommaOpening(forms, heads, outer) is >= 0 and var outerComma) (apposition, comma) = (outer, outerComma);
            }
            Hang(heads, relations, apposition, verb, "nsubj");
            Hang(heads, relations, comma, verb, "punct");
            if (forms[verb - 1] == ",") Hang(heads, relations, verb - 1, verb, "punct");
            // ("..., while the Fray Bartolomé de Las Casas Human Rights Center, known as Frayba, said": the
            // subordinator opens the verb's clause, not its subject.)
            bool subordinate = false;
            for (int i = comma + 1; i < apposition; i++)
            {
                if (heads[i] == apposition && relations[i] == "mark") (heads[i], subordinate) = (verb, true);
            }
            if (subordinate && heads[verb] >= 0) relations[verb] = "advcl";
            else if (heads[verb] >= 0) relations[verb] = "parataxis";
            return;
        }
    }

    /// <summary>
    /// "Gunmen ... abducted at least 25 students, police and a school official said, the latest in a wave of mass
    /// kidnappings", parsed with "the latest" as what the officials said: a superlative noun phrase after a trailing
    /// reporter and its comma sums up the clause reported, which is said already; it hangs on that clause.
    /// </summary>
    private static void SummaryAfterATrailingReporterReadAsWhatItSays(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int summary = 4; summary < heads.Length; summary++)
        {
            if (relations[summary] != "ccomp" || xpos[summary] != "JJS" || heads[summary] is not (>= 0 and var verb) || verb > summary
                || relations[verb] != "parataxis" || !ReportingForms.Contains(forms[verb]) || heads[verb] is not (>= 0 and var reported) || reported > verb
                || forms[summary - 1] != "the" || forms[summary - 2] != ",") continue;
            heads[summary] = reported;
            relations[summary] = "parataxis";
            return;
        }
    }

    /// <summary>
    /// "..., a resident who fled to the capital, Ouagadougou, told The Associated Press", parsed with the capital's name as the
    /// subject of "told" and the resident as an object of the clause before: a name between commas as the subject of a
    /// reporter, right after a noun, is that noun's apposition, and the subject is the noun the noun's phrase hangs under
    /// whose own phrase a comma opens.
    /// </summary>
    private static void NameApposedToTheReportersPlaceReadAsItsSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int reporter)
    {
        if (relations[reporter] is not ("parataxis" or "root" or "ccomp") || !ReportingForms.Contains(forms[reporter])) return;
        int name = -1;
        for (int i = reporter - 1; i >= 3; i--)
        {
            if (heads[i] == reporter && relations[i] == "nsubj") { name = i; break; }
        }
        if (name < 3 || xpos[name] is not ("NNP" or "NNPS") || forms[name - 1] != "," || SubtreeEnd(heads, name) + 1 is var after && (after >= reporter || forms[after] != ",")
            || !IsNoun(xpos[name - 2]) || SubtreeStart(heads, name) < name - 1) return;
        int place = name - 2;
        for (int noun = heads[place]; noun >= 0 && noun < place; noun = heads[noun])
        {
            if (!IsNoun(xpos[noun])) continue;
            // (The comma that opens the phrase may hang on it.)
            int comma = SubtreeStart(heads, noun);
            if (forms[comma] != ",") comma--;
            if (comma < 1 || forms[comma] != "," || heads[noun] >= comma) continue;
            Hang(heads, relations, name, place, "appos");
            Hang(heads, relations, name - 1, name, "punct");
            Hang(heads, relations, noun, reporter, "nsubj");
            Hang(heads, relations, comma, reporter, "punct");
            return;
        }
    }

    /// <summary>
    /// "Gunmen shot dead a senior security officer in the Al Mansoura district of Aden on Wednesday, security sources
    /// said, the latest in ...", parsed with "in the Al Mansoura district" a second subject of "said" and "on
    /// Wednesday" its: a trailing reporter's words start at the comma before its last subject, and what the parser hung
    /// on it before that comma belongs to the words before it: to the verb they follow ("raided the villages ...,
    /// detaining at least 40 men, a security source told"), a phrase with a preposition as an oblique, and an
    /// "including" phrase to the noun it follows ("killing at least 11 people, including two civilians").
    /// </summary>
    private static void PhrasesBeforeATrailingReportersComma(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int reporter = 4; reporter < heads.Length; reporter++)
        {
            if (relations[reporter] != "parataxis" || heads[reporter] is not (>= 0 and var reported) || reported > reporter || !ReportingForms.Contains(forms[reporter])) continue;
            int subject = -1;
            for (int i = reporter - 1; i > reported && subject < 0; i--)
            {
                if (heads[i] == reporter && relations[i] == "nsubj") subject = i;
            }
            if (subject < 0 || CommaOpening(forms, heads, subject) is not (> 0 and var comma)) return;
            for (int i = reported + 1; i < comma; i++)
            {
                if (heads[i] != reporter || relations[i] != "nsubj") continue;
                if (!HasDependent(heads, relations, i, "case") && !CaseHungBeside(heads, relations, i, reporter))
                {
                    // ("to track down the raiders, an army spokesman said": a second subject without a preposition right
                    // after a verb without an object is its object; anything else is some other misparse.)
                    int verb = SubtreeStart(heads, i) - 1;
                    if (verb > 0 && xpos[verb] == "RP") verb = heads[verb];
                    if (verb <= reported || !IsVerb(xpos[verb]) || HasDependent(heads, relations, verb, "obj")) return;
                    Hang(heads, relations, i, verb, "obj");
                    continue;
                }
                // (The parser may have hung the phrase's preposition and article on the reporter too.)
                for (int j = i - 1; j > reported && heads[j] == reporter && relations[j] is "case" or "det" or "amod"; j--) heads[j] = i;
                relations[i] = "obl";
            }
            for (int i = reported + 1; i < comma; i++)
            {
                if (heads[i] != reporter) continue;
                bool including = HasDependentForm(forms, heads, relations, i, "case", "including");
                int keeper = reported;
                int before = SubtreeStart(heads, i) - 1;
                while (before > reported && forms[before] == ",") before--;
                for (int k = before, steps = 0; k >= reported && k != reporter && steps < heads.Length; k = heads[k], steps++)
                {
                    if (including ? IsNoun(xpos[k]) : IsVerb(xpos[k])) { keeper = k; break; }
                    if (k == reported || heads[k] < 0) break;
                }
                heads[i] = keeper;
                if (including && keeper != reported) relations[i] = "nmod";
                else if (relations[i] == "ccomp" && xpos[i] == "VBG") relations[i] = "advcl";
            }
            return;
        }
    }

    /// <summary>Whether a preposition hung on <paramref name="head"/> opens the phrase of <paramref name="noun"/> (its article and modifiers hung there too).</summary>
    private static bool CaseHungBeside(Span<int> heads, Span<string> relations, int noun, int head)
    {
        for (int j = noun - 1; j >= 0 && heads[j] == head; j--)
        {
            if (relations[j] == "case") return true;
            if (relations[j] is not ("det" or "amod")) return false;
        }
        return false;
    }

    /// <summary>The clause a root verb reports when it comes before the verb (its "ccomp"), or -1.</summary>
    private static int ReportedClauseBefore(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        for (int i = 0; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] == "ccomp" && IsVerb(xpos[i])) return i;
        }
        return -1;
    }

    /// <summary>
    /// "The farmers had barricaded the road ..., a resident, Amadou Cisse, told Reuters by telephone", parsed with
    /// "a resident" as what "told" reports and the name hung on a comma: a verb of reporting beside the clause it
    /// reports, with no subject, says it through the noun phrase between commas right before it, and a name set
    /// off after that noun is its apposition.
    /// </summary>
    private static void TrailingReportersSubjectReadAsWhatWasSaid(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int verb = 4; verb < heads.Length; verb++)
        {
            if (relations[verb] is not ("parataxis" or "conj") || !ReportingForms.Contains(forms[verb]) || heads[verb] is not (>= 0 and var reported) || reported > verb
                || HasDependent(heads, relations, verb, "nsubj")) continue;
            int noun = -1;
            for (int i = reported + 1; i < verb && noun < 0; i++)
            {
                if (heads[i] == verb && relations[i] is "ccomp" or "obj" && IsNoun(xpos[i])) noun = i;
            }
            if (noun < 0 || CommaOpening(forms, heads, noun) is var comma && comma < 0) continue;
            // (Between the noun and the verb only its own words, commas, and names hung on those commas.)
            bool apposition = true;
            for (int i = noun + 1; i < verb && apposition; i++)
                apposition = Dominates(heads, noun, i) || forms[i] == "," || heads[i] >= 0 && forms[heads[i]] == "," && IsNoun(xpos[i]);
            if (!apposition) continue;
            for (int i = noun + 1; i < verb; i++)
            {
                if (forms[i] != "," && heads[i] >= 0 && forms[heads[i]] == ",") Hang(heads, relations, i, noun, "appos");
            }
            Hang(heads, relations, noun, verb, "nsubj");
            Hang(heads, relations, comma, verb, "punct");
            return;
        }
    }

    /// <summary>
    /// "..., killing at least 11 civilians, local officials and residents said", parsed with the officials and
    /// residents as conjuncts of the civilians and "said" with no subject: a root verb of reporting with no
    /// subject, right after nouns coordinated after a comma, is said by them.
    /// </summary>
    private static void ReportersReadAsConjuncts(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        // (The verb of reporting may be the root or, misparsed, hung on the clause it reports.)
        int root = -1;
        for (int i = 2; i < heads.Length && root < 0; i++)
        {
            // (The cheap tests first: this runs on every word of every sentence.)
            // ("... kills dozens, medics say": or, in a headline, as an interjection.)
            if (relations[i - 1] == "conj" && (heads[i] < 0 || heads[i] < i && relations[i] is "xcomp" or "ccomp" or "parataxis" or "discourse")
                && ReportingForms.Contains(forms[i]) && !HasDependent(heads, relations, i, "nsubj")) root = i;
        }
        if (root < 2) return;
        int last = root - 1;
        if (relations[last] != "conj" || xpos[last] is not ("NN" or "NNS" or "NNP" or "NNPS")) return;
        int noun = heads[last];
        if (noun < 0 || noun > last) return;
        int first = -1, comma = -1;
        for (int i = noun + 1; i <= last; i++)
        {
            if (heads[i] != noun || relations[i] != "conj") continue;
            // (The comma may hang on the conjunct or on the noun.)
            comma = CommaOpening(forms, heads, i);
            if (comma >= 0) { first = i; break; }
        }
        if (first < 0) return;
        for (int i = first + 1; i <= last; i++)
        {
            if (heads[i] == noun && relations[i] == "conj") heads[i] = first;
        }
        heads[comma] = root;
        heads[first] = root;
        relations[first] = "nsubj";
        if (relations[root] == "discourse") relations[root] = "parataxis";
    }

    /// <summary>
    /// "... to demand three months of unpaid wages, police and union leaders said", parsed with "police" a conjunct of the
    /// months after its comma and "leaders" alone the reporter's subject: a noun read as an earlier noun's conjunct right
    /// after a comma and before "and" and the reporter's subject is the first of the reporter's coordinated subjects.
    /// </summary>
    private static void FirstReporterReadAsAnEarlierConjunct(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int reporter = 5; reporter < heads.Length; reporter++)
        {
            if (relations[reporter - 1] != "nsubj" || heads[reporter - 1] != reporter || !ReportingForms.Contains(forms[reporter])) continue;
            // (The "and" may hang inside the subject's phrase, "and/cc union leaders".)
            int subject = reporter - 1, start = SubtreeStart(heads, subject);
            int and = forms[start].Equals("and", StringComparison.OrdinalIgnoreCase) ? start : start - 1, first = and - 1;
            if (first < 2 || !forms[and].Equals("and", StringComparison.OrdinalIgnoreCase) || relations[first] != "conj" || heads[first] < 0 || heads[first] >= first
                || !IsNoun(xpos[first]) || forms[first - 1] != ",") return;
            // (Not a list that is the subject already: "the families, supporters and administration officials said".)
            if (relations[heads[first]] is "nsubj" or "nsubj:pass" || heads[heads[first]] == reporter) return;
            Hang(heads, relations, first, reporter, "nsubj");
            Coordinate(heads, relations, first, and, subject);
            Hang(heads, relations, first - 1, reporter, "punct");
            return;
        }
    }

    /// <summary>
    /// "..., killing four of them and wounding six, authorities in the state of Michoacan said Monday", parsed
    /// with "authorities" as the object of "wounding" (the number its modifier across the comma) and "said"
    /// with no subject: the noun phrase after a comma right before a subjectless root verb of reporting is
    /// its subject; what stood before the comma keeps the verb it followed. (So is one read as a day's apposition:
    /// "on Sunday, the Kuwaiti embassy in Baghdad said".)
    /// </summary>
    private static void ReportersReadAsAnObject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        // (Or a parenthetical report of the root's clause: "struck a building, killing seven and wounding at
        // least 40, regional governor Oleh Syniehubov said/parataxis".)
        if (root >= 0 && !ReportingForms.Contains(forms[root]))
        {
            int report = root + 1;
            while (report < heads.Length && !(heads[report] == root && relations[report] == "parataxis" && ReportingForms.Contains(forms[report]))) report++;
            root = report < heads.Length ? report : -1;
        }
        if (root < 3 || !ReportingForms.Contains(forms[root]) || HasDependent(heads, relations, root, "nsubj")) return;
        int noun = root - 1;
        // ("..., the Punjab Counter Terrorism Department (CTD) said": from the name before an acronym in brackets.)
        int acronym = -1;
        if (forms[noun] == ")" && noun >= 4 && forms[noun - 2] == "(" && IsNoun(xpos[noun - 1]))
        {
            acronym = noun - 1;
            noun -= 3;
        }
        // ("wounding more than 20, a local health official and witnesses said": up coordinated reporters too.)
        while (relations[noun] is "nmod" or "compound" or "flat" or "appos" or "conj" && heads[noun] >= 0 && heads[noun] < noun)
        {
            // ("sent a convoy ... to Basra on Sunday, the Kuwaiti embassy in Baghdad said", with the embassy the day's
            // apposition: the phrase after the day's comma is the subject.)
            if (relations[noun] == "appos" && IsDayWord(forms[heads[noun]]) && CommaOpening(forms, heads, noun) is >= 0 and var dayComma)
            {
                Hang(heads, relations, dayComma, root, "punct");
                Hang(heads, relations, noun, root, "nsubj");
                if (acronym >= 0) Hang(heads, relations, acronym, noun, "appos");
                return;
            }
            noun = heads[noun];
        }
        // ("wounding five, authorities in the western Mexican state of Michoacán said": the reporters' place hung
        // on the verb, beside them, rather than on them.)
        int reportersPlace = -1;
        if (relations[noun] == "obl" && SubtreeStart(heads, noun) - 1 is var before && before > 0 && relations[before] == "obj" && heads[before] == heads[noun])
        {
            reportersPlace = noun;
            noun = before;
        }
        if (relations[noun] != "obj" || xpos[noun] is not ("NNS" or "NN" or "NNP" or "NNPS") || heads[noun] < 0 || heads[noun] >= noun) return;
        int verb = heads[noun], comma = -1;
        for (int i = noun - 1; i > verb; i--)
        {
            if (forms[i] == ",") { comma = i; break; }
            if (!Dominates(heads, noun, i)) return;
        }
        if (comma < 0) return;
        for (int i = verb + 1; i < comma; i++)
        {
            if (heads[i] != noun) continue;
            heads[i] = verb;
            if (relations[i] == "nummod") relations[i] = "obj";
        }
        heads[comma] = root;
        heads[noun] = root;
        relations[noun] = "nsubj";
        if (reportersPlace >= 0) Hang(heads, relations, reportersPlace, noun, "nmod");
        if (acronym >= 0) Hang(heads, relations, acronym, noun, "appos");
    }

    /// <summary>
    /// "... as it travelled between Aguililla and the hamlet of El Aguaje, the state security ministry said",
    /// parsed with "and the hamlet" as the subject of "said" and the ministry as an apposition inside it: a
    /// subject opened by a conjunction, right after a noun, whose phrase ends in an apposition after a comma
    /// just before the verb of reporting, is that noun's conjunct; the apposition is the subject.
    /// </summary>
    private static void ConjunctReadAsTheReportersSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (!ReportingForms.Contains(forms[verb])) return;
        int subject = -1;
        for (int i = 0; i < verb; i++) subject = heads[i] == verb && relations[i] == "nsubj" ? i : subject;
        if (subject < 2) return;
        int conjunction = SubtreeStart(heads, subject);
        while (conjunction < subject && relations[conjunction] == "det") conjunction++;
        if (conjunction < 1 || heads[conjunction] != subject || relations[conjunction] != "cc" || conjunction != SubtreeStart(heads, subject)
            || xpos[conjunction - 1] is not ("NN" or "NNS" or "NNP" or "NNPS")) return;
        int apposition = verb - 1;
        while (apposition > subject && heads[apposition] > apposition && heads[apposition] < verb) apposition = heads[apposition];
        if (relations[apposition] != "appos" || !Dominates(heads, subject, apposition) || SubtreeEnd(heads, apposition) != verb - 1) return;
        // (The comma may hang on the apposition or on the word before it.)
        int comma = SubtreeStart(heads, apposition);
        if (forms[comma] != ",") comma--;
        if (forms[comma] != ",") return;
        int noun = conjunction - 1;
        while (relations[noun] is "flat" or "compound" && heads[noun] > noun) noun = heads[noun];
        while (relations[noun] == "flat" && heads[noun] >= 0 && heads[noun] < noun) noun = heads[noun];
        Hang(heads, relations, subject, noun, "conj");
        Hang(heads, relations, apposition, verb, "nsubj");
        Hang(heads, relations, comma, verb, "punct");
    }

    /// <summary>
    /// "the Palestinian Prisoners' Society said", parsed with "Prisoners" and "Society" as two subjects: a
    /// subject with a possessive mark right before another subject of the same verb is its possessor.
    /// </summary>
    private static void PossessorReadAsSecondSubject(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int possessor)
    {
        if (relations[possessor] != "nsubj" || forms[possessor + 1] is not ("'" or "'s" or "’" or "’s") || heads[possessor + 1] != possessor) return;
        int owned = possessor + 2;
        while (owned < heads.Length && heads[owned] > owned && relations[owned] is "compound" or "flat" or "amod") owned = heads[owned];
        if (owned >= heads.Length || relations[owned] != "nsubj" || heads[owned] != heads[possessor] || SubtreeStart(heads, owned) != possessor + 2) return;
        Hang(heads, relations, possessor, owned, "nmod:poss");
    }

    /// <summary>
    /// "Police fired tear gas at the crowd, wounding at least six, the U.N. refugee agency said", parsed with
    /// "said" as a clause of "wounding" (ccomp, advcl, parataxis) or of "fired" (advcl, ccomp), or as a relative clause of a noun
    /// ("..., the candidate's former doctor maintains."): a verb of reporting that ends the sentence
    /// with its own subject after a comma reports the whole sentence, so it becomes the root and the
    /// sentence's verb its reported clause. (A root that is itself a report is left to the repair below.)
    /// </summary>
    private static void TrailingReporterHungOnAnInnerClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int reporter = LastWordBeforeTheEnd(xpos);
        if (!ReportsToNoListener(forms[reporter])) reporter = TellerOfTheListenerAtTheEnd(forms, heads, relations, reporter);
        if (reporter < 4 || relations[reporter] is not ("ccomp" or "advcl" or "parataxis" or "acl:relcl")) return;
        int root = heads.IndexOf(-1);
        // (Parataxis on the root is UD's other reading of such a report, and stays.)
        if (root < 0 || root >= reporter || heads[reporter] == root && relations[reporter] == "parataxis" || ReportingForms.Contains(forms[root])) return;
        int comma = CommaBeforeTheReportersSubject(forms, heads, relations, reporter);
        if (comma <= root) return;
        // What stood before the comma on the reporter stays with the clause it was read into.
        LeaveBeforeTheComma(heads, reporter, comma, keeper: heads[reporter]);
        Hang(heads, relations, reporter, -1, "root");
        Hang(heads, relations, root, reporter, "ccomp");
        Hang(heads, relations, comma, reporter, "punct");
    }

    /// <summary>
    /// "The army said its troops killed 15 bandits last week, the state news agency NAN reported", parsed with
    /// "reported" as a second clause reported by "said" (and "last week" as its): a verb of reporting with its
    /// own subject after a comma at the sentence's end, hung on an earlier verb of reporting, reports that
    /// verb's whole sentence (parataxis); what stood before the comma stays with the clause it ends.
    /// </summary>
    private static void TrailingReporterReadAsReportedClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int reporter = LastWordBeforeTheEnd(xpos);
        if (reporter < 4 || relations[reporter] is not ("ccomp" or "conj") || !ReportingForms.Contains(forms[reporter])) return;
        int teller = heads[reporter];
        if (teller < 0 || teller > reporter || !ReportingForms.Contains(forms[teller])) return;
        int comma = CommaBeforeTheReportersSubject(forms, heads, relations, reporter);
        if (comma <= teller) return;
        // The clause the teller reports keeps what stood before the comma.
        int clause = -1;
        for (int i = teller + 1; i < comma; i++)
        {
            if (heads[i] == teller && relations[i] == "ccomp") { clause = i; break; }
        }
        LeaveBeforeTheComma(heads, reporter, comma, keeper: clause >= 0 ? clause : teller);
        Hang(heads, relations, comma, reporter, "punct");
        relations[reporter] = "parataxis";
    }

    /// <summary>
    /// "On Saturday, protesters clashed with police in Mombasa, the Daily Nation newspaper reported.", parsed with
    /// the clause as an adverbial clause of "reported": a clause without a subordinator before the comma that opens
    /// a trailing reporter's subject, with a subject of its own, is what the reporter reports.
    /// </summary>
    private static void ReportedClauseReadAsAdverbial(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int reporter = LastWordBeforeTheEnd(xpos);
        if (reporter < 4 || heads[reporter] >= 0 || !ReportingForms.Contains(forms[reporter]) || HasDependent(heads, relations, reporter, "ccomp")) return;
        int subject = -1, clause = -1;
        for (int i = 0; i < reporter; i++)
        {
            if (heads[i] != reporter) continue;
            if (relations[i] == "nsubj") subject = i;
            else if (relations[i] == "advcl" && clause < 0) clause = i;
        }
        if (subject < 0 || clause < 0 || clause > subject || !IsVerb(xpos[clause]) || HasDependent(heads, relations, clause, "mark")
            || !HasDependent(heads, relations, clause, "nsubj")) return;
        int start = SubtreeStart(heads, subject);
        if (start < 1 || forms[start - 1] != "," || SubtreeEnd(heads, clause) != start - 1 && SubtreeEnd(heads, clause) != start - 2) return;
        relations[clause] = "ccomp";
    }

    /// <summary>
    /// "..., killing at least 12 soldiers, a military official told Reuters.": the "told" whose listener (and what
    /// else hangs on it) runs from it to <paramref name="last"/>, the sentence's last word; -1 if there is none.
    /// </summary>
    private static int TellerOfTheListenerAtTheEnd(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int last)
    {
        for (int teller = last - 1; teller > 0 && last - teller <= 8; teller--)
        {
            if (!forms[teller].Equals("told", StringComparison.OrdinalIgnoreCase)) continue;
            for (int i = teller + 1; i <= last; i++)
            {
                // (Not a telling to act, "the shyness told me to just walk": what follows tells nothing of its own.)
                if (!Dominates(heads, teller, i) || heads[i] == teller && relations[i] is "xcomp" or "ccomp" or "advcl") return -1;
            }
            return teller;
        }
        return -1;
    }

    /// <summary>The last word before the closing full stop and quotation marks.</summary>
    private static int LastWordBeforeTheEnd(ReadOnlySpan<string?> xpos)
    {
        int word = xpos.Length - 1;
        while (word > 0 && xpos[word] is "." or "''" or "\"") word--;
        return word;
    }

    /// <summary>
    /// The comma that opens the phrase of a trailing reporter's own subject (", the agency said"), the first
    /// subject after the word it hangs on; -1 if there is none.
    /// </summary>
    private static int CommaBeforeTheReportersSubject(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int reporter)
    {
        for (int i = heads[reporter] + 1; i < reporter; i++)
        {
            if (heads[i] != reporter || relations[i] != "nsubj") continue;
            // (The comma may hang inside the subject's phrase: ", a state official who was not authorized to speak told".)
            return CommaOpening(forms, heads, i);
        }
        return -1;
    }

    /// <summary>Hangs on <paramref name="keeper"/> what hung on the reporter between the word it hangs on and the comma before its subject.</summary>
    private static void LeaveBeforeTheComma(Span<int> heads, int reporter, int comma, int keeper)
    {
        for (int i = heads[reporter] + 1; i < comma; i++)
        {
            if (heads[i] == reporter) heads[i] = keeper;
        }
    }

    /// <summary>
    /// "..., residents and a local official said", "The New York Times and the Gannett newspaper chain filed a
    /// motion", parsed with both nouns subjects of the verb and "and" hung on it: two subjects of one verb with
    /// only a conjunction between their phrases are one coordinated subject. (Of a verb, not of an adjective's
    /// copula: "Great job on my roof and the pricing was fair" coordinates two clauses.)
    /// </summary>
    private static void SubjectsSplitByTheirConjunction(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int second)
    {
        if (relations[second] != "nsubj" || heads[second] <= second || !IsVerb(xpos[heads[second]])) return;
        int verb = heads[second], and = SubtreeStart(heads, second) - 1;
        if (and < 1 || xpos[and] != "CC" || heads[and] != verb) return;
        int first = and - 1;
        while (first >= 0 && heads[first] != verb) first = heads[first] >= 0 && heads[first] < and ? heads[first] : -1;
        if (first < 0 || relations[first] != "nsubj" || !IsNoun(xpos[first]) || !IsNoun(xpos[second])) return;
        Coordinate(heads, relations, first, and, second);
    }

    /// <summary>
    /// "..., abducting dozens of women, residents and a local lawmaker said", parsed with the residents as a
    /// conjunct of the women and the lawmaker alone as the subject of "said", coordinated with the story's
    /// verb: the nouns coordinated after the comma are the reporters, and "said" a parenthetical report.
    /// </summary>
    private static void ReportersSplitByTheirConjunction(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int verb = 4; verb < heads.Length; verb++)
        {
            // (Or "said" as the root, the story its reported clause: "Police fired ..., injuring at least 40 people,
            // witnesses and a union leader said".)
            bool coordinated = relations[verb] is "conj" or "parataxis" && heads[verb] >= 0 && heads[verb] < verb;
            bool reporting = relations[verb] == "root" && HasDependent(heads, relations, verb, "ccomp");
            if (!coordinated && !reporting || !ReportsToNoListener(forms[verb])) continue;
            int subject = -1;
            for (int i = 0; i < verb; i++)
            {
                if (heads[i] == verb && relations[i] == "nsubj") subject = i;
            }
            if (subject < 0) continue;
            // ("a war monitor and rescue workers said", with "rescue" read as the monitor's conjunct: the subject's compound.)
            int modifier = SubtreeStart(heads, subject) - 1;
            bool compoundReadAsConjunct = modifier >= 2 && relations[modifier] == "conj" && IsNoun(xpos[modifier]) && heads[modifier] < modifier
                                          && xpos[modifier - 1] == "CC" && heads[modifier - 1] == modifier && !HasDependent(heads, relations, modifier, "det");
            // (The conjunction may hang on the verb, or on the second reporter and open its phrase.)
            int and = compoundReadAsConjunct ? modifier - 1 : SubtreeStart(heads, subject) is var first && xpos[first] == "CC" ? first : first - 1;
            if (and < 2 || xpos[and] != "CC" || !compoundReadAsConjunct && heads[and] is var h && h != verb && h != subject) continue;
            int noun = and - 1;
            // ("killed at least 17 civilians, ..., a resistance group and a local official said Wednesday", with the
            // group read as an adverbial clause of the story's verb.)
            // ("..., killing a vice principal who tried to stop them, police and a school official said", with both read as subjects.)
            bool twoSubjects = relations[noun] == "nsubj" && heads[noun] == verb;
            if (relations[noun] is not ("conj" or "obj" or "appos" or "advcl") && !twoSubjects || !IsNoun(xpos[noun]) || compoundReadAsConjunct && heads[modifier] != noun) continue;
            int comma = relations[noun] is "conj" or "appos" or "advcl" or "nsubj" ? CommaOpening(forms, heads, noun) : CommaInsideTheObject(forms, heads, relations, noun);
            if (comma < 0) continue;
            if (compoundReadAsConjunct) Hang(heads, relations, modifier, subject, "compound");
            Hang(heads, relations, noun, verb, "nsubj");
            Coordinate(heads, relations, noun, and, subject);
            Hang(heads, relations, comma, verb, "punct");
            if (coordinated) relations[verb] = "parataxis";
        }
    }

    /// <summary>
    /// "... late Sunday, killing at least 27 people and burning dozens of homes, police and local leaders said
    /// Tuesday.", parsed with the reporters as conjuncts of the homes and the attack's "Sunday" as the subject
    /// of "said": the noun phrase between the last comma and a trailing verb of reporting, hung before the
    /// comma, is who reports, and a time word taken for the reporter belongs to the story's verb again.
    /// </summary>
    private static void TimeReadAsTheTrailingReportersSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int verb = 4; verb < heads.Length; verb++)
        {
            if (!ReportsToNoListener(forms[verb]) || relations[verb] is not ("parataxis" or "conj") || heads[verb] is not (>= 0 and var story) || story >= verb) continue;
            int comma = verb - 1;
            while (comma > story && forms[comma] != ",") comma--;
            if (comma <= story + 1 || comma == verb - 1) continue;
            int first = FirstWordHungBefore(xpos, heads, relations, comma, verb);
            if (first < 0) continue;
            int subject = -1;
            for (int i = 0; i < verb; i++)
            {
                if (heads[i] == verb && relations[i] == "nsubj") subject = i;
            }
            if (subject > comma || subject >= 0 && !TimeWords.Contains(forms[subject].ToLowerInvariant())) continue;
            if (subject >= 0) Hang(heads, relations, subject, story, "obl:unmarked");
            Hang(heads, relations, first, verb, "nsubj");
            Hang(heads, relations, comma, verb, "punct");
            relations[verb] = "parataxis";
        }
    }

    /// <summary>
    /// "Troops rescued 11 of the passengers on Friday ..., army spokesman Onyema Nwachukwu said.", parsed with "11" a second
    /// reported clause of "said": a number right after the reported verb, which has no object, is its object.
    /// </summary>
    private static void ObjectNumberReadAsASecondReportedClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int number)
    {
        if (relations[number] != "ccomp" || xpos[number] != "CD" || heads[number] is not (> 0 and var reporter) || heads[number - 1] != reporter
            || relations[number - 1] != "ccomp" || xpos[number - 1] is not ("VBD" or "VBZ" or "VBP") || !ReportsToNoListener(forms[reporter])
            || HasDependent(heads, relations, number - 1, "obj")) return;
        Hang(heads, relations, number, number - 1, "obj");
    }

    /// <summary>
    /// "Gunmen stormed a hotel ..., killing 12 people before security forces ended the siege, police said.", parsed with the
    /// "before" clause a second reported clause of "said": a clause a subordinator opens, after the reporter's reported
    /// clause, is that clause's adverbial.
    /// </summary>
    private static void AdverbialClauseReadAsASecondReportedClause(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int clause)
    {
        if (relations[clause] != "ccomp" || heads[clause] is not (> 0 and var reporter) || reporter < clause || !ReportsToNoListener(forms[reporter])) return;
        int mark = -1, reported = -1;
        for (int i = 0; i < clause; i++)
        {
            if (heads[i] == clause && relations[i] == "mark") mark = i;
            if (heads[i] == reporter && relations[i] == "ccomp") reported = i;
        }
        // (Of time only: a reason, "since" or "because", may be the reporter's as well as the deed's.)
        if (mark < 0 || reported < 0 || forms[mark].ToLowerInvariant() is var marker && (!Subordinators.Contains(marker) || marker is "since" or "because")) return;
        Hang(heads, relations, clause, reported, "advcl");
    }

    /// <summary>What a reporter does as it reports (", a local official said, asking not to be named", ", Ramos said, referring to ..."): its own.</summary>
    private static readonly HashSet<string> ReportersParticiples = new(StringComparer.Ordinal)
    {
        "asking", "referring", "referencing", "speaking", "describing", "explaining", "invoking", "recalling", "acknowledging", "stressing", "pointing",
        "suggesting", "quoting", "telling", "declining", "requesting", "responding", "writing", "announcing", "reporting", "confirming", "denying",
        "speculating", "alluding", "echoing", "repeating", "reiterating", "praising", "criticizing", "criticising", "defending", "hoping", "vowing", "promising",
        "emphasizing", "emphasising", "underscoring", "highlighting", "reminding", "joking", "conceding", "admitting", "complaining", "lamenting",
    };

    /// <summary>
    /// "Paramilitary fighters shelled a crowded market ..., a local aid group said, as the Rapid Support Forces pressed their
    /// offensive", parsed with the "as" clause what the group said: a clause a subordinator opens after a trailing reporter and
    /// its comma is no second report but an adverbial (of the reporter, so that what was said ends before who said it); a
    /// participle right after the comma is the story verb's (", residents and a rebel spokesman said, pushing further west").
    /// </summary>
    private static void AdverbialClauseAfterATrailingReporterReadAsReported(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int clause)
    {
        if (relations[clause] != "ccomp" || heads[clause] is not (> 0 and var reporter) || reporter > clause || relations[reporter] is not ("parataxis" or "advcl" or "root")
            || !ReportsToNoListener(forms[reporter]) || forms[reporter + 1] != "," || !HasDependent(heads, relations, reporter, "nsubj")) return;
        int mark = reporter + 2;
        // ("..., residents and a rebel spokesman said, pushing further west than at any time since ...": a participle right after
        // the comma is the story verb's, told after its reporters.)
        if (mark == clause && forms[clause].EndsWith("ing", StringComparison.Ordinal) && relations[reporter] is "parataxis" or "advcl" && heads[reporter] < reporter
            && !HasDependent(heads, relations, clause, "nsubj") && !ReportingForms.Contains(forms[clause])
            && forms[clause].ToLowerInvariant() is var participle && !SpeechParticiples.Contains(participle) && !ReportersParticiples.Contains(participle))
        {
            Hang(heads, relations, clause, heads[reporter], "advcl");
            return;
        }
        if (mark >= clause || heads[mark] != clause || relations[mark] != "mark" || forms[mark].ToLowerInvariant() is not ("as" or "while" or "after" or "before" or "when" or "amid")) return;
        // (The reporter trails what it reports: a clause before it, its head or its own.)
        bool trailing = relations[reporter] is "parataxis" or "advcl" && heads[reporter] < reporter;
        for (int i = 0; i < reporter && !trailing; i++)
        {
            if (heads[i] == reporter && relations[i] == "ccomp") trailing = true;
        }
        if (trailing) relations[clause] = "advcl";
    }

    /// <summary>
    /// "..., leaving at least one worker dead and more than 50 injured, police and union leaders said.", parsed with "injured"
    /// a modifier of the leaders and the police its conjunct: the injured after "dead and" are coordinated with the dead,
    /// and the nouns after the comma are who reports.
    /// </summary>
    private static void ReportersReadAsConjunctsOfTheInjured(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int injured)
    {
        if (relations[injured] != "amod" || forms[injured] is not ("injured" or "wounded" or "hurt") || forms[injured + 1] != ",") return;
        int first = injured + 2, reporter;
        if (heads[first] != injured || relations[first] != "conj" || !IsNoun(xpos[first]) || heads[injured] is not (> 0 and var noun) || noun <= first
            || relations[noun] != "nsubj" || (reporter = heads[noun]) <= noun || !ReportsToNoListener(forms[reporter])) return;
        // (The "and" may hang inside the count: "and/cc>more than 50".)
        int and = SubtreeStart(heads, injured);
        if (!forms[and].Equals("and", StringComparison.OrdinalIgnoreCase)) and--;
        if (and < 2 || !forms[and].Equals("and", StringComparison.OrdinalIgnoreCase) || forms[and - 1] != "dead" || relations[and - 1] is not ("xcomp" or "amod" or "conj")) return;
        for (int i = first + 1; i < noun; i++)
        {
            if (relations[i] == "cc" && heads[i] > i && heads[i] <= noun) heads[i] = noun;
        }
        ConjunctsAfterTheCommaReport(heads, relations, injured, reporter);
        Hang(heads, relations, noun, first, "conj");
        Coordinate(heads, relations, and - 1, and, injured);
    }

    /// <summary>
    /// "... before security forces ended the siege early Saturday, police and witnesses said.", parsed with "Saturday" the
    /// subject of "said" and the reporters its conjuncts: a day before the reporting verb, coordinated after a comma with
    /// nouns, is the time of the verb before it and the nouns are who reports.
    /// </summary>
    private static void ReportersReadAsConjunctsOfTheirDay(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int day)
    {
        if (relations[day] != "nsubj" || !IsDayWord(forms[day]) || heads[day] is not (> 0 and var reporter) || reporter < day || !ReportsToNoListener(forms[reporter])) return;
        int first = day + 2;
        if (first >= reporter || forms[day + 1] != "," || heads[first] != day || relations[first] != "conj" || !IsNoun(xpos[first])) return;
        // (The verb the words right before the day hang on: "ended the siege".)
        int earlier = SubtreeStart(heads, day) - 1;
        for (int steps = 0; earlier >= 0 && !IsVerb(xpos[earlier]) && steps < 8; steps++) earlier = heads[earlier];
        if (earlier < 0 || earlier > day || !IsVerb(xpos[earlier])) return;
        ConjunctsAfterTheCommaReport(heads, relations, day, reporter);
        Hang(heads, relations, day, earlier, "obl:unmarked");
    }

    /// <summary>
    /// The nouns after the comma that follows <paramref name="word"/>, parsed as its conjuncts, are who reports: the first is
    /// the reporter's subject and the rest its conjuncts.
    /// </summary>
    private static void ConjunctsAfterTheCommaReport(Span<int> heads, Span<string> relations, int word, int reporter)
    {
        int first = word + 2;
        for (int i = first + 1; i < reporter; i++)
        {
            if (heads[i] == word && relations[i] == "conj") heads[i] = first;
        }
        Hang(heads, relations, first, reporter, "nsubj");
        Hang(heads, relations, word + 1, reporter, "punct");
    }

    /// <summary>
    /// "a Defense Ministry statement released late Monday said ...", parsed with "Monday" a second subject of "said": a
    /// day right after the participle on the reporter's subject is the participle's time.
    /// </summary>
    private static void TimeOfTheSubjectsParticipleReadAsASubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int time)
    {
        if (!IsDayWord(forms[time]) || relations[time] != "nsubj" || heads[time] is not (> 0 and var reporter) || !ReportingForms.Contains(forms[reporter])
            || SubtreeStart(heads, time) is var start && start < 2 || xpos[start - 1] != "VBN" || relations[start - 1] != "acl"
            || heads[start - 1] is not (>= 0 and var subject) || heads[subject] != reporter || relations[subject] != "nsubj") return;
        Hang(heads, relations, time, start - 1, "obl");
    }

    /// <summary>
    /// "Kidnappers on Wednesday freed a Catholic priest ..., a month after abducting him from his parish in Bokkos, the diocese said",
    /// parsed with "a month" what the diocese said and the participle its modifier: a span of time with a participle that "after" or
    /// "before" opens, between the reported clause and its trailing reporter, dates the reported clause, the participle its adverbial.
    /// </summary>
    private static void SpanBeforeAParticipleReadAsASecondReport(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int span)
    {
        if (relations[span] is not ("ccomp" or "parataxis") || heads[span] is not (> 0 and var reporter) || reporter < span || xpos[span] is not ("NN" or "NNS")) return;
        int participle = -1, reported = -1;
        for (int i = span + 1; i < reporter && participle < 0; i++)
        {
            if (heads[i] == span && xpos[i] == "VBG" && relations[i] is "acl" or "advcl" && HasDependent(heads, relations, i, "mark")) participle = i;
        }
        for (int i = 0; i < span && reported < 0; i++)
        {
            if (heads[i] == reporter && relations[i] == "ccomp" && IsVerb(xpos[i])) reported = i;
        }
        if (participle < 0 || reported < 0 || !ReportsToNoListener(forms[reporter])
            || forms[span].ToLowerInvariant() is not ("day" or "days" or "week" or "weeks" or "month" or "months" or "year" or "years" or "hours")
            || !forms[span + 1].Equals("after", StringComparison.OrdinalIgnoreCase) && !forms[span + 1].Equals("before", StringComparison.OrdinalIgnoreCase)) return;
        Hang(heads, relations, participle, reported, "advcl");
        Hang(heads, relations, span, participle, "obl:unmarked");
    }

    /// <summary>
    /// "Hours later, soldiers clashed with suspected cartel gunmen ..., the Defense Department said", parsed with "Hours" a
    /// second subject of the reporter: a span of time counted before "later", "earlier" or "ago" is that word's measure.
    /// </summary>
    private static void SpanBeforeLaterReadAsTheReportersSubject(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int span)
    {
        if (relations[span] != "nsubj" || heads[span] is not (> 0 and var reporter) || reporter < span + 2 || !ReportsToNoListener(forms[reporter])
            || forms[span].ToLowerInvariant() is not ("hours" or "minutes" or "moments" or "days" or "weeks" or "months" or "years")
            || forms[span + 1].ToLowerInvariant() is not ("later" or "earlier" or "ago") || !HasDependent(heads, relations, reporter, "nsubj", except: span)) return;
        // ("later" dates the clause reported, the first the reporter takes, when the parser hung it there, on the reporter or on the span.)
        if (heads[span + 1] == span) Hang(heads, relations, span + 1, reporter, "advmod");
        Hang(heads, relations, span, span + 1, "obl:npmod");
        if (heads[span + 1] == reporter)
        {
            for (int clause = span + 2; clause < reporter; clause++)
            {
                if (heads[clause] != reporter || relations[clause] != "ccomp") continue;
                heads[span + 1] = clause;
                break;
            }
        }
    }

    /// <summary>
    /// "Gunmen attacked two villages late Sunday, killing at least 27 people, police said Tuesday.", parsed with
    /// "Sunday" a second subject of "said" and the killing what was said: a time word (or a noun after a
    /// preposition) before a trailing reporter's own subject belongs to the story's verb, and so does the
    /// clause between them; a noun after a comma and another noun is that noun's apposition.
    /// </summary>
    private static void TimeReadAsASecondSubjectOfTheReporter(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (!ReportsToNoListener(forms[verb]) || heads[verb] is not (>= 0 and var story) || story >= verb || !IsVerb(xpos[story])) return;
        int time = -1, subject = -1;
        for (int i = 0; i < verb; i++)
        {
            if (heads[i] != verb || relations[i] != "nsubj") continue;
            if (time < 0) time = i;
            else subject = i;
        }
        if (subject < 0 || time <= story) return;
        // (Or a place after a preposition the parse hung on the reporter: "attacked a freight train ... near Dire
        // Dawa on Thursday, killing ..., railway officials said".)
        int preposition = SubtreeStart(heads, time) - 1;
        if (preposition < 0) return;
        bool placed = xpos[preposition] == "IN" && heads[preposition] == verb && IsNoun(xpos[time]);
        // (Or a noun's apposition: "dropped bombs on Lonkin, a village of some 3,000 people ..., witnesses said".)
        int opening = forms[preposition + 1] == "," ? preposition + 1 : preposition;
        bool apposed = !placed && opening >= 1 && forms[opening] == "," && IsNoun(xpos[time]) && IsNoun(xpos[opening - 1]) && heads[opening - 1] >= 0;
        if (!placed && !apposed && !TimeWords.Contains(forms[time].ToLowerInvariant())) return;
        int comma = SubtreeStart(heads, subject) - 1;
        if (comma <= time || forms[comma] != "," || SubtreeEnd(heads, subject) != verb - 1) return;
        if (apposed)
        {
            int named = opening - 1;
            while (relations[named] is "flat" or "compound" && heads[named] > named) named = heads[named];
            while (relations[named] == "flat" && heads[named] >= 0 && heads[named] < named) named = heads[named];
            Hang(heads, relations, time, named, "appos");
            heads[opening] = time;
        }
        else Hang(heads, relations, time, story, placed ? "obl" : "obl:unmarked");
        if (placed) Hang(heads, relations, preposition, time, "case");
        for (int i = time + 1; i < comma; i++)
        {
            if (heads[i] != verb || relations[i] is not ("ccomp" or "advcl" or "punct")) continue;
            if (IsNoun(xpos[i])) AdjunctOfTheStory(forms, xpos, heads, relations, i, story, verb);
            else Hang(heads, relations, i, story, relations[i] == "punct" ? "punct" : "advcl");
        }
        heads[comma] = verb;
        relations[verb] = "parataxis";
    }

    /// <summary>
    /// The first noun between the comma and the verb, when it hangs before the comma (as a conjunct, object or
    /// apposition) and every other word there hangs inside the phrase, is the verb's adverb or a further
    /// conjunct of the same word (then made the first noun's); else -1.
    /// </summary>
    private static int FirstWordHungBefore(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int comma, int verb)
    {
        int first = -1;
        for (int i = comma + 1; i < verb; i++)
        {
            if (heads[i] > comma && heads[i] < verb || heads[i] == verb && relations[i] == "advmod") continue;
            if (first >= 0 && heads[i] == heads[first] && relations[i] == "conj" && IsNoun(xpos[i])) continue;
            if (first >= 0 || !IsNoun(xpos[i]) || relations[i] is not ("conj" or "obj" or "appos") || heads[i] >= comma) return -1;
            first = i;
        }
        for (int i = first + 1; first >= 0 && i < verb; i++)
        {
            if (heads[i] == heads[first] && relations[i] == "conj") heads[i] = first;
        }
        return first;
    }

    /// <summary>
    /// "..., killing at least five people and wounding 14, residents and a local official said", parsed with the
    /// residents the object of "wounding" (the number their modifier across the comma): the comma before the
    /// object's own words opens the reporters; what stood before it is the verb's object again.
    /// </summary>
    private static int CommaInsideTheObject(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int noun)
    {
        int verb = heads[noun], comma = noun - 1;
        if (verb < 0 || verb >= noun) return -1;
        while (comma > verb && forms[comma] != "," && heads[comma] == noun) comma--;
        if (comma <= verb + 1 || forms[comma] != "," || heads[comma - 1] != noun) return -1;
        for (int i = verb + 1; i < comma; i++)
        {
            if (heads[i] != noun) continue;
            heads[i] = verb;
            if (relations[i] == "nummod") relations[i] = "obj";
        }
        return comma;
    }

    /// <summary>
    /// "The meeting deteriorated from there, said one GOP source in the room", parsed with the source as the
    /// object of "said": after a comma, a verb of reporting that reports the clause before it says it through
    /// the noun phrase right after it, its subject. Where the clause's subject was taken as the reporter's
    /// and its verb read as that subject's modifier ("..., and the meeting deteriorated from there, said one
    /// GOP source"), the verb is the reported clause again.
    /// </summary>
    private static void InvertedReporterReadAsObject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int verb = 2; verb + 1 < heads.Length; verb++)
        {
            if (!ReportsToNoListener(forms[verb]) || forms[verb - 1] != ",") continue;
            int reporter = verb + 1;
            while (reporter < heads.Length && heads[reporter] != verb) reporter++;
            if (reporter >= heads.Length || relations[reporter] != "obj" || !IsNoun(xpos[reporter]) || SubtreeStart(heads, reporter) != verb + 1) continue;
            int subject = -1, clause = -1;
            for (int i = 0; i < verb; i++)
            {
                if (heads[i] == verb && relations[i] == "nsubj") subject = i;
                else if (heads[i] == verb && relations[i] == "ccomp" && IsVerb(xpos[i])) clause = i;
            }
            if (subject >= 0)
            {
                int modifier = -1;
                for (int i = subject + 1; i < verb; i++)
                {
                    if (heads[i] == subject && relations[i] == "acl" && xpos[i] is "VBD" or "VBN") { modifier = i; break; }
                }
                if (modifier < 0 && clause < 0) ClauseTakenAsTheInvertedReportersSubject(xpos, heads, relations, verb, subject, reporter);
                if (modifier < 0 || clause >= 0) continue;
                Hang(heads, relations, modifier, verb, "ccomp");
                Hang(heads, relations, subject, modifier, "nsubj");
                Rehang(heads, subject, modifier, after: modifier);
                clause = modifier;
            }
            // ("The campaign will respond, says a spokeswoman for Hillary Clinton.": or hung on the clause it
            // reports as its adverbial or parataxis, at the sentence's end.)
            bool trailing = relations[verb] is "advcl" or "parataxis" && heads[verb] is >= 0 and var host && host < verb && IsVerb(xpos[host])
                            && SubtreeEnd(heads, reporter) == LastWordBeforeTheEnd(xpos);
            if (clause < 0 && !trailing) continue;
            relations[reporter] = "nsubj";
            if (trailing) relations[verb] = "parataxis";
        }
    }

    /// <summary>
    /// '"... on marginalized and young folks," Vann R. Newkirk II, a writer for The Atlantic, said on Twitter.',
    /// parsed with the name as a modifier of a word inside the quotation and "said" without a subject: the
    /// phrase between a closing quotation mark and a verb of reporting that reports the quotation is who said it.
    /// </summary>
    private static void SpeakerAfterAQuotationHungInsideIt(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int verb = 3; verb < heads.Length; verb++)
        {
            if (!ReportingForms.Contains(forms[verb])) continue;
            int mark = verb - 1;
            while (mark > 0 && xpos[mark] != "''") mark--;
            // (A subject inside the quotation is the quotation, misread: '“It’s an invasion ...,” Scott Pruitt,
            // the Republican attorney general of Oklahoma, ..., said'.)
            bool subjectOutside = false;
            for (int i = mark + 1; i < heads.Length; i++) subjectOutside |= heads[i] == verb && relations[i] == "nsubj";
            if (subjectOutside) continue;
            int speaker = mark + 1;
            if (mark < 1 || speaker >= verb || !(IsNoun(xpos[speaker]) || xpos[speaker] is "DT" or "PRP") || QuotationReported(heads, relations, verb, mark) is not (>= 0 and var quoted)) continue;
            // (The reported words are the quotation's, not a name quoted inside the speaker's phrase: '..., "
            // Masoud Shojai, head of the country's "Iran Cartoon" association, said'.)
            int opening = mark - 1;
            while (opening >= 0 && xpos[opening] != "``") opening--;
            if (quoted < opening) continue;
            // The phrase's head: the first word between the mark and the verb that hangs before the mark; any
            // other after a comma is its apposition ("Ahmad Qawasmi, Hebron's deputy governor, told").
            int head = -1;
            bool apposed = true;
            for (int i = speaker; i < verb && apposed; i++)
            {
                if (IsPunctuation(xpos[i]) || heads[i] >= speaker && heads[i] < verb) continue;
                if (head < 0) head = i;
                else apposed = IsNoun(xpos[i]) && AfterAComma(forms, heads, i);
            }
            if (!apposed || heads[head] < 0 || heads[head] >= mark || !(IsNoun(xpos[head]) || xpos[head] == "PRP")) continue;
            for (int i = head + 1; i < verb; i++)
            {
                if (!IsPunctuation(xpos[i]) && heads[i] >= 0 && (heads[i] < speaker || heads[i] >= verb)) Hang(heads, relations, i, head, "appos");
            }
            Hang(heads, relations, head, verb, "nsubj");
            // (The quotation is what the verb reports, and the comma that closes the phrase goes with the
            // phrase, or the quotation would reach over the speaker.)
            if (relations[quoted] is not ("ccomp" or "parataxis")) relations[quoted] = "ccomp";
            for (int i = speaker; i < verb; i++)
            {
                if (IsPunctuation(xpos[i]) && heads[i] < mark) heads[i] = verb;
            }
        }
    }

    /// <summary>The word, before the closing quotation mark, that heads what the verb reports, or -1.</summary>
    private static int QuotationReported(Span<int> heads, Span<string> relations, int verb, int mark)
    {
        for (int i = 0; i < mark; i++)
        {
            if (heads[i] == verb && relations[i] is "ccomp" or "parataxis" or "obl" or "advcl" or "nsubj") return i;
        }
        return -1;
    }

    /// <summary>
    /// 'Democratic nominee Hillary Clinton, at a later press gaggle, said, “I’ve been briefed about ...', parsed
    /// with the nominee as the root, "briefed" hung on it and "said" as an adverbial of "briefed": a verb of
    /// reporting right before an opening quotation mark reports the clause the quotation opens; a noun root
    /// before it, then, is its subject, and a phrase between commas on that noun its circumstance.
    /// </summary>
    private static void ReporterReadAsAnAdverbialOfTheQuotation(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int verb = 1; verb + 2 < heads.Length; verb++)
        {
            if (!ReportsToNoListener(forms[verb]) || relations[verb] != "advcl" || heads[verb] is not (> 0 and var quoted) || quoted < verb
                || HasDependent(heads, relations, verb, "nsubj")) continue;
            int mark = forms[verb + 1] == "," ? verb + 2 : verb + 1;
            if (mark >= quoted || xpos[mark] != "``" || !Dominates(heads, quoted, mark)) continue;
            TakeThePlaceOf(heads, relations, verb, quoted, "ccomp");
            Rehang(heads, quoted, verb, after: SubtreeEnd(heads, quoted));
            int root = heads[verb];
            if (root < 0 || relations[root] != "root" || !IsNoun(xpos[root]) || root > verb || HasDependent(heads, relations, root, "cop")) continue;
            Hang(heads, relations, verb, -1, "root");
            Hang(heads, relations, root, verb, "nsubj");
            Rehang(heads, root, verb, after: verb);
            for (int i = root + 1; i < verb; i++)
            {
                if (heads[i] == root && relations[i] == "nmod" && AfterAComma(forms, heads, i)) Hang(heads, relations, i, verb, "obl");
            }
        }
    }

    /// <summary>
    /// "The Syrian Observatory for Human Rights, a Britain-based war monitor, put the death toll at 11 and said ...",
    /// parsed with "put" as a conjunct of the apposition and "said" as the root with the subject: a past tense right
    /// after the comma that closes the subject's apposition is the subject's first verb, and the verb after "and" its
    /// conjunct.
    /// </summary>
    private static void VerbAfterTheSubjectsAppositionReadAsItsConjunct(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 4 || xpos[root] is not ("VBD" or "VBZ" or "VBP") || !HasDependent(heads, relations, root, "cc")) return;
        int subject = -1;
        for (int i = 0; i < root; i++)
        {
            if (heads[i] == root && relations[i] == "nsubj") { subject = i; break; }
        }
        if (subject < 0) return;
        for (int verb = subject + 3; verb < root; verb++)
        {
            if (xpos[verb] is not ("VBD" or "VBZ" or "VBP") || xpos[verb - 1] != "," || relations[verb] != "conj" || heads[verb] is not (>= 0 and var apposition)
                || relations[apposition] != "appos" || heads[apposition] != subject || HasDependent(heads, relations, verb, "nsubj")) continue;
            Hang(heads, relations, verb, -1, "root");
            Hang(heads, relations, subject, verb, "nsubj");
            Hang(heads, relations, root, verb, "conj");
            for (int i = root + 1; i < heads.Length; i++)
            {
                if (heads[i] == root && xpos[i] == ".") heads[i] = verb;
            }
            return;
        }
    }

    /// <summary>
    /// "The Colombian Red Cross and the U.N. refugee agency UNHCR delivered food", parsed with the subject's names the root and
    /// the verb a relative clause on "agency" whose subject is "UNHCR": a name right after a noun of the root's phrase, the subject
    /// of a past tense right after it with no relative word, is that noun's apposition, and the past tense is the root.
    /// </summary>
    private static void NameApposedToTheSubjectReadAsARelativeClausesSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || !IsNoun(xpos[root])) return;
        for (int verb = root + 3; verb < heads.Length; verb++)
        {
            int name = verb - 1, noun = verb - 2;
            if (xpos[verb] != "VBD" || relations[verb] != "acl:relcl" || heads[verb] != noun || xpos[name] is not ("NNP" or "NNPS") || heads[name] != verb
                || relations[name] != "nsubj" || xpos[noun] is not ("NN" or "NNS") || !(noun == root || heads[noun] == root && relations[noun] == "conj")) continue;
            Hang(heads, relations, name, noun, "appos");
            NounRootBecomesTheVerbsSubject(xpos, heads, relations, root, verb);
            return;
        }
    }

    /// <summary>
    /// "The attackers, whom residents identified as Twa militiamen, also abducted five women", parsed with the noun the root and
    /// the verb a conjunct of the relative clause on it: a past tense after the comma that closes a relative clause on a noun
    /// root, with no subject or conjunction of its own, is the sentence's verb, and the noun its subject.
    /// </summary>
    private static void VerbAfterARelativeClauseReadAsItsConjunct(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        // (Not a predicate noun: "This is the organization that bombed our Marine barracks in 1983, took Americans hostage".)
        if (root < 0 || !IsNoun(xpos[root]) || HasDependent(heads, relations, root, "cop") || HasDependent(heads, relations, root, "nsubj")) return;
        for (int verb = root + 4; verb < heads.Length; verb++)
        {
            if (xpos[verb] is not ("VBD" or "VBZ" or "VBP") || relations[verb] != "conj" || heads[verb] is not (>= 0 and var relative)
                || relations[relative] != "acl:relcl" || heads[relative] != root || HasDependent(heads, relations, verb, "cc")
                || HasASubject(heads, relations, verb)) continue;
            // (A relative clause set off by commas.)
            if (SubtreeStart(heads, relative) is var opening && xpos[opening] != "," && (opening < 1 || xpos[opening - 1] != ",")) return;
            int comma = verb - 1;
            while (comma > relative && xpos[comma] == "RB") comma--;
            if (xpos[comma] != ",") return;
            NounRootBecomesTheVerbsSubject(xpos, heads, relations, root, verb);
            return;
        }
    }

    /// <summary>
    /// "The Naparama militia, whose members believe rituals make them bulletproof, clashed with the insurgents", parsed with the
    /// noun the root, the "whose" clause beside it and the verb inside that clause: a past tense right after the comma that closes a
    /// "whose" clause on a noun root, with no subject of its own, is the sentence's verb, and the noun (with its clause) its subject.
    /// </summary>
    private static void VerbAfterAWhoseClauseReadAsPartOfIt(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || root + 6 >= heads.Length || !IsNoun(xpos[root]) || xpos[root + 1] != "," || forms[root + 2] != "whose"
            || heads[root + 2] is not (>= 0 and var owner) || relations[owner] != "nsubj" || heads[owner] is not (>= 0 and var clause)
            || heads[clause] != root || relations[clause] is not ("parataxis" or "acl:relcl")) return;
        for (int verb = clause + 2; verb < heads.Length; verb++)
        {
            if (xpos[verb] != "VBD" || xpos[verb - 1] != ",") continue;
            if (!Dominates(heads, clause, verb) || HasASubject(heads, relations, verb)) return;
            relations[clause] = "acl:relcl";
            NounRootBecomesTheVerbsSubject(xpos, heads, relations, root, verb);
            return;
        }
    }

    /// <summary>
    /// "Two days earlier, explosives dropped from a drone had hit an army base", parsed with "dropped" the root and "had hit" its
    /// conjunct: a participle root with a subject and no auxiliary, before a verb with an auxiliary, no subject and no "and", is
    /// the subject's modifier, and the later verb the sentence's (with what opened the sentence and its final mark).
    /// </summary>
    private static void ReducedRelativeReadAsTheRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 1 || xpos[root] != "VBN" || HasDependent(heads, relations, root, "aux") || HasDependent(heads, relations, root, "aux:pass")) return;
        int subject = -1, verb = -1;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] != root) continue;
            if (relations[i] == "nsubj" && i < root) subject = i;
            if (relations[i] == "conj" && i > root && verb < 0) verb = i;
        }
        if (subject < 0 || verb < 0 || xpos[verb] is not ("VBN" or "VB") || HasDependent(heads, relations, verb, "nsubj") || HasDependent(heads, relations, verb, "cc")
            || !HasDependentForm(forms, heads, relations, verb, "aux", "had") && !HasDependentForm(forms, heads, relations, verb, "aux", "has") && !HasDependentForm(forms, heads, relations, verb, "aux", "have")) return;
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, subject, verb, "nsubj");
        Hang(heads, relations, root, subject, "acl");
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == root && (i < subject || i > verb)) heads[i] = verb;
        }
    }

    /// <summary>The verb becomes the root, the noun that was the root its subject, and the sentence's final mark the verb's.</summary>
    private static void NounRootBecomesTheVerbsSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int root, int verb)
    {
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, root, verb, "nsubj");
        for (int i = verb + 1; i < heads.Length; i++)
        {
            if (heads[i] == root && xpos[i] == ".") heads[i] = verb;
        }
    }

    /// <summary>
    /// "The talks were a failure, conceded a senior official.", parsed with the clause before the comma as the
    /// subject of "conceded" and the official as its object: when the inverted reporter is the root and its
    /// subject is a clause (with a subject of its own, or a copula) that ends at the comma, the clause's head
    /// takes the root, the verb hangs on it as "said" does there, and the object running to the end reports it.
    /// </summary>
    private static void ClauseTakenAsTheInvertedReportersSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb, int clause, int reporter)
    {
        if (heads[verb] >= 0 || clause >= verb - 1 || SubtreeEnd(heads, reporter) != LastWordBeforeTheEnd(xpos) || SubtreeEnd(heads, clause) < verb - 2) return;
        bool isAClause = IsVerb(xpos[clause]) ? HasASubject(heads, relations, clause)
            : HasDependent(heads, relations, clause, "cop") && HasDependent(heads, relations, clause, "nsubj");
        if (!isAClause) return;
        Hang(heads, relations, clause, -1, "root");
        Hang(heads, relations, verb, clause, "parataxis");
        Hang(heads, relations, reporter, verb, "nsubj");
        // (Its commas and full stop go with the clause, as they do for "said" there.)
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == verb && xpos[i] is "," or ".") heads[i] = clause;
        }
    }

    /// <summary>
    /// "The gunmen, who arrived on dozens of motorcycles, also abducted at least 43 villagers, ..., said Sani
    /// Abdullahi", parsed with both the gunmen and the speaker as subjects of "said" and "abducted" with none:
    /// a verb of reporting that has its own subject after it (or after the clause) gives the one before the
    /// clause to the clause it reports.
    /// </summary>
    private static void SubjectTakenByAnInvertedReporter(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int verb = 2; verb + 1 < heads.Length; verb++)
        {
            if (!ReportingForms.Contains(forms[verb])) continue;
            int before = -1, after = -1, clause = -1;
            for (int i = 0; i < heads.Length; i++)
            {
                if (heads[i] != verb) continue;
                if (relations[i] == "nsubj" && i < verb && before < 0) before = i;
                else if (relations[i] == "nsubj") after = i;
                else if (relations[i] == "ccomp" && i < verb && IsVerb(xpos[i])) clause = i;
            }
            // (Or the reporter's own subject before it, after the clause: "Gunmen stormed Bokkos, killing 12
            // residents, police said.")
            if (before < 0 || after < 0 || clause < before || after < verb && (after < clause || xpos[clause] is not ("VBD" or "VBZ" or "VBP")) || HasASubject(heads, relations, clause)) continue;
            heads[before] = clause;
        }
    }

    /// <summary>
    /// "The issue had come up Friday after Mr. Trump, asked about the deaths of journalists ..., had said, ...", parsed with
    /// "asked" the subject of "said" (or a conjunct of "come") and Mr. Trump an oblique of "after": a participle set off by
    /// commas after a noun that a subordinator opens describes that noun, which is the subject of the subjectless verb after
    /// the closing comma, and the subordinator opens the verb's clause, an adverbial of the verb the noun hung under.
    /// </summary>
    private static void ParticipleBetweenCommasReadAsTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        int noun = participle - 2;
        if (xpos[participle] != "VBN" || xpos[participle - 1] != "," || !IsNoun(xpos[noun]) || HasASubject(heads, relations, participle)) return;
        // (The closing comma, hung inside the participle's phrase or right after it, then the verb or its auxiliary.)
        int closing = SubtreeEnd(heads, participle);
        if (xpos[closing] != ",") closing++;
        if (closing + 1 >= heads.Length || xpos[closing] != ",") return;
        int verb = VerbItsAuxiliaryServes(heads, relations, closing + 1);
        if (xpos[verb] is not ("VBD" or "VBZ" or "VBP" or "VBN") || xpos[verb] == "VBN" && verb == closing + 1) return;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass" && i != participle) return;
        }
        int subordinator = -1;
        for (int i = SubtreeStart(heads, noun); i < noun; i++)
        {
            if (heads[i] == noun && relations[i] == "case") subordinator = i;
        }
        if (subordinator < 0 || VerbAbove(xpos, heads, noun) is not (>= 0 and var verbAbove) || Dominates(heads, verb, verbAbove)
            || forms[subordinator].ToLowerInvariant() is not ("after" or "before" or "since" or "until" or "because" or "although" or "though" or "while" or "when" or "as")) return;
        Hang(heads, relations, participle, noun, "acl");
        Hang(heads, relations, noun, verb, "nsubj");
        Hang(heads, relations, subordinator, verb, "mark");
        Hang(heads, relations, verb, verbAbove, "advcl");
    }

    /// <summary>
    /// "Doctors Without Borders flew medical supplies and a surgical team into Yirol on Monday to treat dozens of wounded",
    /// parsed with the supplies the subject of "treat": an infinitive with "to" has no subject of its own before "to" (but
    /// after "for": "for them to leave"), so a noun read so after the verb the infinitive hangs on, which has no object, is
    /// that verb's object.
    /// </summary>
    private static void ObjectReadAsTheSubjectOfAnInfinitiveOfPurpose(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int infinitive)
    {
        // ("to" may be read as a preposition there: "on Monday to/IN treat".)
        if (xpos[infinitive] != "VB" || xpos[infinitive - 1] is not ("TO" or "IN") || heads[infinitive - 1] != infinitive || heads[infinitive] is not (>= 0 and var verb)
            || verb > infinitive || !IsVerb(xpos[verb]) || HasDependent(heads, relations, verb, "obj") || !forms[infinitive - 1].Equals("to", StringComparison.OrdinalIgnoreCase)) return;
        for (int subject = verb + 1; subject < infinitive - 1; subject++)
        {
            if (heads[subject] != infinitive || relations[subject] != "nsubj") continue;
            if (IsNoun(xpos[subject]) && xpos[subject] != "PRP" && !HasCase(heads, relations, subject) && !HasDependent(heads, relations, subject, "mark")) Hang(heads, relations, subject, verb, "obj");
            return;
        }
    }

    /// <summary>
    /// "Troops pursued the attackers ... and killed four of them, an army spokesman said", parsed with "four" a complement of
    /// "said" and "killed" without an object: a count right after a past or a participle with no object, hung on a reporter
    /// after it or on the verb itself as a clause, is the verb's object.
    /// </summary>
    private static void CountedObjectReadAsWhatATrailingReporterSaid(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int count)
    {
        int verb = count - 1;
        // (Or hung on the verb itself, as its clause: "killing three of them and arresting two".)
        if (xpos[count] != "CD" || relations[count] is not ("ccomp" or "parataxis") || heads[count] is not (> 0 and var reporter) || reporter < count && reporter != verb
            || xpos[verb] is not ("VBD" or "VBN" or "VBG") || !Dominates(heads, reporter, verb) || HasDependent(heads, relations, verb, "obj") || Dominates(heads, count, verb)) return;
        Hang(heads, relations, count, verb, "obj");
    }

    /// <summary>
    /// "gunmen abducted four community police commanders ..., releasing them nine days later", parsed with "them" an indirect
    /// object and no direct one: a pronoun read so right before the span of time of the verb's "later" ("nine days later", "a
    /// week later") is the verb's object.
    /// </summary>
    private static void ObjectReadAsAnIndirectOneBeforeATime(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int pronoun)
    {
        if (relations[pronoun] != "iobj" || xpos[pronoun] != "PRP" || heads[pronoun] is not (>= 0 and var verb) || xpos[pronoun + 1] is not ("CD" or "DT")
            || heads[pronoun + 1] is not (>= 0 and var time) || relations[time] is not ("obl:unmarked" or "obl:tmod" or "obl")
            || heads[time] is not (> 0 and var later) || heads[later] != verb || relations[later] != "advmod" || xpos[later] is not ("RBR" or "RB")) return;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == verb && relations[i] is "obj" or "ccomp" or "xcomp") return;
        }
        relations[pronoun] = "obj";
    }

    /// <summary>
    /// "The army's 27th Jungle Brigade, which is headquartered in Mocoa, the provincial capital, blamed the Comandos ..., and said
    /// ...", parsed with "blamed" a modifier of the capital and "said" the root: a past tense after a comma, hung on a noun inside
    /// the relative clause of the subject of a root coordinated after it ("and said"), is the sentence's first verb, with that
    /// subject, and the root its conjunct.
    /// </summary>
    private static void PastHungOnAnAppositionInTheSubjectsRelativeClause(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] != "VBD" || relations[verb] != "acl" || xpos[verb - 1] != "," || heads[verb] is not (>= 0 and var noun) || noun > verb || HasASubject(heads, relations, verb)) return;
        int root = heads.IndexOf(-1);
        if (root <= verb || xpos[root] is not ("VBD" or "VBZ") || !HasDependent(heads, relations, root, "cc")) return;
        int subject = -1;
        for (int i = 0; i < verb; i++)
        {
            if (heads[i] == root && relations[i] == "nsubj") subject = i;
        }
        if (subject < 0) return;
        int relative = noun;
        while (relative >= 0 && relative != subject && relations[relative] != "acl:relcl") relative = heads[relative];
        if (relative < 0 || relative == subject || heads[relative] != subject) return;
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, subject, verb, "nsubj");
        Hang(heads, relations, root, verb, "conj");
        // (Its object, read as a predicate, and the object's apposition, read as the capital's.)
        int obj = -1;
        for (int i = verb + 1; i < heads.Length && obj < 0; i++)
        {
            if (heads[i] == verb && relations[i] is "obj" or "xcomp" && IsNoun(xpos[i])) obj = i;
        }
        if (obj < 0) return;
        relations[obj] = "obj";
        for (int i = obj + 1; i < root; i++)
        {
            if (relations[i] == "appos" && heads[i] < verb) Hang(heads, relations, i, obj, "appos");
        }
    }

    /// <summary>
    /// "police arrested two men in Santander de Quilichao who, prosecutors said, had assembled drones", parsed with "who" the
    /// subject of "said" (the clause on the men) and the men the subject of "assembled": a relative pronoun before a reporter
    /// set off by commas is the subject of the verb after them, whose clause is the noun's relative clause, and the noun goes
    /// back to the verb before it as its object.
    /// </summary>
    private static void RelativeClauseInterruptedByItsReporter(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int who)
    {
        if (xpos[who] != "WP" || relations[who] != "nsubj" || xpos[who + 1] != "," || heads[who] is not (> 0 and var reporter) || relations[reporter] != "acl:relcl"
            || heads[reporter] is not (>= 0 and var noun) || noun > who || !IsNoun(xpos[noun])) return;
        int closing = reporter + 1;
        if (closing + 1 >= heads.Length || xpos[closing] != ",") return;
        int verb = VerbItsAuxiliaryServes(heads, relations, closing + 1);
        if (!IsVerb(xpos[verb]) || heads[noun] != verb || relations[noun] is not ("nsubj" or "nsubj:pass") || heads[verb] is not (>= 0 and var above) || above > noun
            || !IsVerb(xpos[above]) || HasDependent(heads, relations, above, "obj")) return;
        string subjectRelation = relations[noun];
        Hang(heads, relations, noun, above, "obj");
        Hang(heads, relations, verb, noun, "acl:relcl");
        Hang(heads, relations, who, verb, subjectRelation);
        Hang(heads, relations, reporter, verb, "parataxis");
    }

    /// <summary>
    /// "A faction loyal to militant commander Hafiz Gul Bahadur claimed the attack", parsed with the commander's name the subject of
    /// "claimed" and the faction a bare oblique: a name right after the title noun of a phrase that an adjective or participle right
    /// after a noun opens ("loyal to", "linked to", "allied with") is that title's apposition, and the noun is the subject.
    /// </summary>
    private static void NameOfTheLeaderTheSubjectIsLoyalToReadAsTheSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int name)
    {
        int title = name - 1;
        if (xpos[name] != "NNP" || relations[name] != "nsubj" || heads[name] is not (>= 0 and var verb) || verb < name || xpos[title] != "NN"
            || relations[title] is not ("obl" or "nmod") || !HasCase(heads, relations, title) || heads[title] is not (> 0 and var loyal) || xpos[loyal] is not ("JJ" or "VBN")
            || relations[loyal] is not ("amod" or "acl") || heads[loyal] != loyal - 1 || !IsNoun(xpos[loyal - 1]) || Dominates(heads, loyal - 1, verb)) return;
        Hang(heads, relations, name, title, "appos");
        Hang(heads, relations, loyal - 1, verb, "nsubj");
    }

    /// <summary>
    /// "a faction ... claimed responsibility, threatening further attacks", parsed with "threatening" a modifier of "responsibility":
    /// a participle with an object of its own, set off by a comma right after a verb's one-word object, is an adverbial of the
    /// verb, whose subject does it.
    /// </summary>
    private static void ParticipleAfterTheObjectsCommaReadAsItsModifier(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        int obj = participle - 2;
        if (xpos[participle] != "VBG" || relations[participle] != "acl" || heads[participle] != obj || xpos[participle - 1] != "," || relations[obj] != "obj"
            || heads[obj] is not (>= 0 and var verb) || verb != obj - 1 || !HasDependent(heads, relations, participle, "obj") || !HasASubject(heads, relations, verb)) return;
        Hang(heads, relations, participle, verb, "advcl");
    }

    /// <summary>
    /// "On Monday, hundreds of soldiers and National Guard troops were deployed", parsed with "hundreds" punctuation and the troops
    /// the subject after a "cc" of the verb: a noun read as punctuation before the verb's subject, with "and" between them, is the
    /// subject, and the later noun the conjunct of its phrase's last noun.
    /// </summary>
    private static void FirstSubjectReadAsPunctuation(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "punct" || !IsNoun(xpos[noun]) || heads[noun] is not (>= 0 and var verb) || verb < noun) return;
        int and = -1, subject = -1;
        for (int i = noun + 1; i < verb; i++)
        {
            if (heads[i] != verb) continue;
            if (relations[i] == "cc" && and < 0) and = i;
            else if (relations[i] is "nsubj" or "nsubj:pass" && and >= 0) subject = i;
        }
        if (subject < 0 || !IsNoun(xpos[and - 1]) || !Dominates(heads, noun, and - 1)) return;
        Hang(heads, relations, noun, verb, relations[subject]);
        Coordinate(heads, relations, and - 1, and, subject);
    }

    /// <summary>
    /// "Troops backed by helicopter gunships and artillery pounded suspected BIFF positions", parsed with "Troops" the root and
    /// "pounded" a modifier of "artillery" (its "and" a loose dependent): a past with no subject of its own, right after a noun
    /// inside the passive participle phrase on a root noun that opens the sentence (no comma between), is the sentence's verb, the
    /// noun its subject; an "and" read so before a noun coordinates that noun with the one before it.
    /// </summary>
    private static void PastHungInsideTheSubjectsParticiplePhrase(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || root > 2 || !IsNoun(xpos[root])) return;
        int participle = root + 1;
        if (participle >= heads.Length || xpos[participle] != "VBN" || relations[participle] != "acl" || heads[participle] != root) return;
        for (int verb = participle + 2; verb < heads.Length; verb++)
        {
            if (IsPunctuation(xpos[verb])) return;
            if (xpos[verb] != "VBD" || !IsNoun(xpos[verb - 1]) || !Dominates(heads, participle, verb)) continue;
            if (HasASubject(heads, relations, verb)) return;
            for (int and = participle + 1; and < verb - 1; and++)
            {
                if (xpos[and] == "CC" && relations[and] == "dep" && heads[and] == and - 1 && heads[and + 1] == and && IsNoun(xpos[and + 1]))
                {
                    Coordinate(heads, relations, and - 1, and, and + 1);
                }
            }
            NounRootBecomesTheVerbsSubject(xpos, heads, relations, root, verb);
            return;
        }
    }

    /// <summary>
    /// "In Baqubah, the provincial capital, dozens of relatives of the detained men protested", parsed with the
    /// capital as the subject and the relatives as its conjunct: a noun right after an opening place phrase
    /// and a comma is that place's apposition, and its conjunct after a comma (with no "and") the subject.
    /// </summary>
    private static void ApposedOpeningReadAsSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "nsubj" || !IsNoun(xpos[noun]) || heads[noun] is not (>= 0 and var verb)) return;
        int start = SubtreeStart(heads, noun);
        int comma = xpos[start] == "," ? start : start - 1;
        if (comma < 1 || xpos[comma] != ",") return;
        for (int i = comma + 1; i < noun; i++)
        {
            if (heads[i] != noun || relations[i] is not ("det" or "amod" or "compound")) return;
        }
        int place = comma - 1;
        while (heads[place] >= 0 && heads[place] < comma) place = heads[place];
        if (heads[place] != verb || !relations[place].StartsWith("obl", StringComparison.Ordinal) || !HasCase(heads, relations, place)) return;
        int subject = -1;
        for (int i = noun + 1; i < heads.Length && i < verb; i++)
        {
            if (heads[i] == noun && relations[i] == "conj" && IsNoun(xpos[i]) && xpos[i - 1] == "," && !HasDependent(heads, relations, i, "cc")) { subject = i; break; }
        }
        if (subject < 0) return;
        heads[subject] = verb;
        relations[subject] = "nsubj";
        heads[noun] = place;
        relations[noun] = "appos";
        heads[subject - 1] = subject;
    }

    /// <summary>
    /// "Militiamen armed with guns and machetes overran the village", parsed with "armed" as a second
    /// subject: an adjective or participle right after the verb's subject modifies it.
    /// </summary>
    private static void ModifierReadAsSecondSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int modifier)
    {
        if (relations[modifier] != "nsubj" || xpos[modifier] is not ("JJ" or "VBN")) return;
        int noun = modifier - 1;
        if (relations[noun] != "nsubj" || heads[noun] != heads[modifier] || !IsNoun(xpos[noun])) return;
        heads[modifier] = noun;
        // A modifier with dependents of its own ("armed with guns") is a clause; a bare one an adjective.
        relations[modifier] = xpos[modifier] == "VBN" || heads.Contains(modifier) ? "acl" : "amod";
    }

    /// <summary>
    /// "Gang members armed with automatic rifles stormed the town ..., officials said", parsed with the
    /// subject and its modifier hung on the trailing reporter (the modifier as a second reported clause) and
    /// the modifier's prepositional object as the subject of the verb: a modifier reported right after the
    /// reporter's subject, whose preposition opens the subject of a later reported verb, modifies that noun,
    /// the noun is the verb's subject, and the preposition's noun is the modifier's.
    /// </summary>
    private static void ModifierOfTheSubjectReadAsAReportedClause(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int modifier)
    {
        if (relations[modifier] != "ccomp" || xpos[modifier] is not ("JJ" or "VBN") || modifier + 2 >= heads.Length) return;
        int noun = modifier - 1, reporter = heads[modifier];
        if (heads[noun] != reporter || relations[noun] != "nsubj" || !IsNoun(xpos[noun]) || xpos[modifier + 1] != "IN" || relations[modifier + 1] != "case") return;
        int inner = heads[modifier + 1];
        if (inner <= modifier + 1 || inner >= heads.Length || relations[inner] != "nsubj" || !IsNoun(xpos[inner])) return;
        int verb = heads[inner];
        if (verb <= inner || verb >= heads.Length || heads[verb] != reporter || relations[verb] != "ccomp") return;
        Hang(heads, relations, noun, verb, "nsubj");
        Hang(heads, relations, modifier, noun, "acl");
        Hang(heads, relations, inner, modifier, "obl");
    }

    /// <summary>
    /// "Senate Republicans on Tuesday blocked a Democratic bill", parsed with "on Tuesday" modifying "Republicans": a
    /// weekday after "on" that ends the subject of a past tense right after it dates the verb (not "the meeting on
    /// Tuesday was ...", whose noun is no doer).
    /// </summary>
    private static void DayOfTheVerbHungOnItsSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int day)
    {
        if (relations[day] != "nmod" || day + 1 >= heads.Length || xpos[day + 1] != "VBD" || !IsDayWord(forms[day]) || forms[day - 1] != "on" || heads[day - 1] != day) return;
        int subject = heads[day];
        // ("Senate Republicans": the day may hang on the last word of a name.)
        if (subject >= 0 && relations[subject] == "flat") subject = heads[subject];
        if (subject < 0 || subject > day || relations[subject] != "nsubj" || heads[subject] != day + 1 || xpos[subject] is not ("NNP" or "NNPS" or "NNS")) return;
        // (Nor a thing an article introduces: "A Democracy Now! segment on Thursday looked at ...".)
        // (And the subject opens the sentence or a clause after a comma: not a noun the parser cut from what comes before it.)
        int start = SubtreeStart(heads, subject);
        if (forms[start] is "A" or "a" or "An" or "an" || start > 0 && xpos[start - 1] is not ("," or "``" or "CC")) return;
        Hang(heads, relations, day, day + 1, "obl");
    }

    /// <summary>
    /// "Transport workers, whose drivers have been targeted by gangs ..., had called a strike", parsed with "workers" a
    /// second subject of "targeted" and that clause an adverbial of "called": a clause whose subject "whose" opens, after
    /// a comma right after a noun the parser made its subject too, is that noun's relative clause, and the noun is the
    /// subject of the later verb the clause was hung on.
    /// </summary>
    private static void WhoseClauseReadAsAnAdverbialClause(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int whose)
    {
        if (xpos[whose] != "WP$" || whose < 2 || xpos[whose - 1] != "," || heads[whose] is not (> 0 and var owned) || heads[owned] is not (> 0 and var clause)
            || relations[owned] is not ("nsubj" or "nsubj:pass") || relations[clause] is not ("advcl" or "ccomp" or "parataxis") || heads[clause] is not (> 0 and var verb)
            || verb < clause || !IsVerb(xpos[verb]) || HasASubject(heads, relations, verb)) return;
        int noun = whose - 2;
        if (heads[noun] != clause || relations[noun] is not ("nsubj" or "nsubj:pass") || !IsNoun(xpos[noun])) return;
        Hang(heads, relations, noun, verb, HasDependent(heads, relations, verb, "aux:pass") ? "nsubj:pass" : "nsubj");
        Hang(heads, relations, clause, noun, "acl:relcl");
        Hang(heads, relations, whose - 1, clause, "punct");
    }

    /// <summary>
    /// "JNIM fighters freed 11 women in Tin-Akoff whom they had abducted from a village near Oursi in June", parsed with "abducted"
    /// a complement of "freed" (or a relative clause on the place): a clause "whom" opens is the relative clause of the noun before it,
    /// or of the people whose place that noun is ("in Tin-Akoff").
    /// </summary>
    private static void WhomClauseReadAsAComplement(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int whom)
    {
        if (xpos[whom] != "WP" || heads[whom] < 0 || !IsNoun(xpos[whom - 1]) || !forms[whom].Equals("whom", StringComparison.OrdinalIgnoreCase)) return;
        // (Or "whom" itself read as the complement, its verb a relative clause on it: "... whom they had kidnapped there in January, a
        // local official said".)
        if (relations[whom] is "ccomp" or "parataxis" && whom + 2 < heads.Length)
        {
            for (int c = whom + 1; c < heads.Length && c <= whom + 4; c++)
            {
                if (heads[c] != whom || relations[c] != "acl:relcl" || !IsVerb(xpos[c])) continue;
                Hang(heads, relations, c, heads[whom], relations[whom]);
                Hang(heads, relations, whom, c, "obj");
                Rehang(heads, whom, c, after: c);
                break;
            }
        }
        if (relations[whom] != "obj" || heads[whom] is not (> 0 and var verb) || verb < whom || relations[verb] is not ("ccomp" or "parataxis" or "conj" or "acl:relcl")
            || SubtreeStart(heads, verb) != whom) return;
        int antecedent = whom - 1;
        while (relations[antecedent] is "flat" or "compound" && heads[antecedent] > antecedent && heads[antecedent] < whom) antecedent = heads[antecedent];
        // (Past a place phrase: "11 women in Tin-Akoff whom".)
        // ("17 farmers in Maradun district whom": or a place's common noun; "whom" names people, never the place.)
        if (xpos[antecedent] is "NNP" or "NN" && HasCase(heads, relations, antecedent) && heads[antecedent] is >= 0 and var owner)
        {
            // (Or of the object of the verb the place hangs on: "handed over 23 farmers in Tandalti whom".)
            if (IsVerb(xpos[owner]) && relations[antecedent] == "obl")
            {
                for (int i = owner + 1; i < antecedent; i++)
                {
                    if (heads[i] == owner && relations[i] == "obj" && xpos[i] is "NNS" or "NN") owner = i;
                }
            }
            if (xpos[owner] is "NNS" or "NN") antecedent = owner;
        }
        if (Dominates(heads, verb, antecedent) || heads[verb] == antecedent) return;
        Hang(heads, relations, verb, antecedent, "acl:relcl");
    }

    /// <summary>
    /// "a colleague whom gendarmes arrested at his office", parsed with "whom" the determiner of "gendarmes" and the verb
    /// their modifier: "whom" right after a noun, hung on the next noun as a determiner, is the object of the verb after
    /// that noun, whose subject the noun is, and the clause is the first noun's relative clause.
    /// </summary>
    private static void WhomReadAsADeterminer(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int whom)
    {
        if (relations[whom] != "det" || xpos[whom] != "WP" || !forms[whom].Equals("whom", StringComparison.OrdinalIgnoreCase) || !IsNoun(xpos[whom - 1])
            || heads[whom] is not (> 0 and var subject) || subject <= whom || subject > whom + 4 || !IsNoun(xpos[subject])
            || subject + 1 >= heads.Length || xpos[subject + 1] is not ("VBD" or "VBP" or "VBZ")
            // ("the release of 12 relatives of gang members whom police detained": or the subject already, the clause hung further off.)
            || heads[subject + 1] != subject && !(heads[subject] == subject + 1 && relations[subject] == "nsubj")) return;
        int verb = subject + 1, antecedent = whom - 1;
        Hang(heads, relations, verb, antecedent, "acl:relcl");
        Hang(heads, relations, subject, verb, "nsubj");
        Hang(heads, relations, whom, verb, "obj");
    }

    /// <summary>
    /// "demanded the release of a rubber tapper arrested after an earlier bombing", parsed with "arrested" on "release": a
    /// participle of what is done to people right after the noun of an "of" phrase, hung on the noun the phrase modifies,
    /// describes the nearer noun.
    /// </summary>
    private static void ParticipleHungPastTheNounOfAnOfPhrase(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        int noun = participle - 1;
        if (relations[participle] != "acl" || xpos[participle] != "VBN" || xpos[noun] is not ("NN" or "NNS") || heads[participle] is not (>= 0 and var far)
            || heads[noun] != far || relations[noun] != "nmod" || !Tagging.TagRepairs.DoneToPeople.Contains(forms[participle])
            || !HasDependentForm(forms, heads, relations, noun, "case", "of")) return;
        heads[participle] = noun;
    }

    /// <summary>
    /// "The attack comes amid a bitter dispute between the federal government and the Jubaland administration, whose forces
    /// clashed with federal troops", parsed with "clashed" the complement of "comes": a clause whose subject "whose" opens,
    /// after a comma right after a noun, hung on a verb before that noun, is the noun's relative clause (and what it took
    /// from before the comma, "amid a bitter dispute", the verb's).
    /// </summary>
    private static void WhoseClauseHungOnTheVerbBefore(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int whose)
    {
        int noun = whose - 2;
        if (xpos[whose] != "WP$" || whose < 3 || xpos[whose - 1] != "," || !IsNoun(xpos[noun]) || heads[whose] is not (> 0 and var owned)
            || heads[owned] is not (> 0 and var clause) || !relations[owned].StartsWith("nsubj", StringComparison.Ordinal)
            || relations[clause] is not ("ccomp" or "parataxis" or "advcl") || heads[clause] is not (>= 0 and var verb) || verb >= noun
            || !IsVerb(xpos[verb]) || !IsVerb(xpos[clause])) return;
        // (The noun may hang under the clause only through a word before the comma, which goes back to the verb.)
        int below = noun;
        while (heads[below] >= 0 && heads[below] != clause) below = heads[below];
        if (heads[below] == clause && below > noun) return;
        for (int w = 0; w < whose - 1; w++)
        {
            if (heads[w] == clause) Hang(heads, relations, w, verb, relations[w]);
        }
        Hang(heads, relations, clause, noun, "acl:relcl");
        Hang(heads, relations, whose - 1, clause, "punct");
    }

    /// <summary>
    /// "Fano, a loose network of ethnic Amhara militias whose rebellion began in August 2023, said its fighters had overrun
    /// an army outpost", parsed with the "whose" clause as the root, Fano its subject and "said" hung on it: a root whose
    /// subject "whose" owns, with a subjectless finite verb after a comma hung on it, is the relative clause of the noun
    /// before "whose", and the later verb is the sentence's, with the root's first subject its own.
    /// </summary>
    private static void WhoseClauseReadAsTheRoot(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int whose)
    {
        if (xpos[whose] != "WP$" || !IsNoun(xpos[whose - 1]) || heads[whose] is not (> 0 and var owned) || heads[owned] is not (> 0 and var root)
            || heads[root] != -1 || !relations[owned].StartsWith("nsubj", StringComparison.Ordinal)) return;
        int subject = -1, verb = -1;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] != root) continue;
            if (i < whose - 1 && relations[i] == "nsubj" && IsNoun(xpos[i])) subject = i;
            if (i > root && verb < 0 && xpos[i] is "VBD" or "VBZ" or "VBP" && xpos[i - 1] == "," && !HasDependent(heads, relations, i, "nsubj")) verb = i;
        }
        if (subject < 0 || verb < 0) return;
        // (The noun before "whose" must hang under the root's first subject, or the root would end under itself.)
        for (int w = whose - 1, steps = 0; w != subject; w = heads[w], steps++)
        {
            if (w < 0 || w == root || steps > heads.Length) return;
        }
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, subject, verb, "nsubj");
        Hang(heads, relations, root, whose - 1, "acl:relcl");
        Hang(heads, relations, verb - 1, verb, "punct");
        Rehang(heads, root, verb, after: verb);
    }

    /// <summary>
    /// "A spokeswoman for Hillary Clinton says ...", parsed with "Hillary" a second subject and "for" hung on
    /// the verb: a preposition hung on a verb right before a second subject, right after the first subject's
    /// phrase, opens a modifier of that subject.
    /// </summary>
    private static void PrepositionalObjectReadAsASecondSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int second)
    {
        int preposition = second - 1, verb = heads[second];
        if (relations[second] != "nsubj" || verb <= second || heads[preposition] != verb || relations[preposition] != "case" || xpos[preposition] != "IN") return;
        for (int first = 0; first < preposition; first++)
        {
            if (heads[first] != verb || relations[first] != "nsubj" || !IsNoun(xpos[first]) || SubtreeEnd(heads, first) != preposition - 1) continue;
            Hang(heads, relations, second, first, "nmod");
            Hang(heads, relations, preposition, second, "case");
            return;
        }
    }

    private static bool IsPlacePreposition(string word) =>
        word.Equals("outside", StringComparison.OrdinalIgnoreCase) || word.Equals("inside", StringComparison.OrdinalIgnoreCase)
        || word.Equals("near", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "At a news conference on Tuesday, the police chief, Hendra Kusuma, accused ...", parsed with
    /// "conference" as the subject and the chief in apposition to it: a phrase opened by a preposition is
    /// no subject; the noun in apposition to it, after a comma, is.
    /// </summary>
    private static void PrepositionalPhraseReadAsSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int phrase)
    {
        if (relations[phrase] != "nsubj" || !IsNoun(xpos[phrase])) return;
        bool opened = false;
        int adverb = -1;
        int subject = -1;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] != phrase) continue;
            opened |= i < phrase && relations[i] == "case" && xpos[i] == "IN";
            // ("Outside/RB city hall, their spokeswoman, Ana María Rocha, demanded": or by a preposition read as an adverb.)
            if (i < phrase && forms.Length == heads.Length && i == SubtreeStart(heads, phrase) && relations[i] == "advmod" && xpos[i] == "RB" && IsPlacePreposition(forms[i]))
            {
                opened = true;
                adverb = i;
            }
            // ("In a joint statement on Tuesday evening, Western embassies in Harare called on ...": or a noun
            // without a preposition of its own that the parser made a modifier.)
            // ("In Tyre itself, dozens of fishermen protested": or its conjunct after a comma, with no "and".)
            if (subject < 0 && i > phrase && (relations[i] == "appos" || relations[i] == "nmod" && !HasCase(heads, relations, i)
                                              || relations[i] == "conj" && !HasDependent(heads, relations, i, "cc")) && IsNoun(xpos[i])
                && (CommaBefore(xpos, heads, phrase, i) || xpos[i - 1] == "," || i >= 2 && xpos[i - 2] == "," && heads[i - 1] == i
                    // ("Across the border in Bangladesh, several thousand Rohingya refugees rallied": the comma before the phrase the noun heads.)
                    || SubtreeStart(heads, i) is var first && first > phrase && (xpos[first] == "," || xpos[first - 1] == ","))) subject = i;
        }
        if (!opened) return;
        // ("In Kalar, in the south of the province, gunmen on a motorcycle shot dead ...": or the conjunct, after a comma and with no
        // "and", of a second place phrase inside the first.)
        for (int i = phrase + 2; subject < 0 && i < heads.Length; i++)
        {
            if (heads[i] is var place && place > phrase && place < i && heads[place] == phrase && relations[place] == "nmod" && HasCase(heads, relations, place)
                && relations[i] == "conj" && !HasDependent(heads, relations, i, "cc") && IsNoun(xpos[i]) && xpos[i - 1] == ","
                // (Not a town's state: "In federal court in Alexandria, Va., Lazar ... said".)
                && !(i == place + 2 && xpos[place] == "NNP")) subject = i;
        }
        // ("In a statement late on Wednesday, Amnesty International called on": with a subject of its own after
        // it, the verb's phrase opened by a preposition is an oblique.)
        for (int i = phrase + 1; i < heads.Length && i < heads[phrase]; i++)
        {
            if (heads[i] != heads[phrase] || relations[i] != "nsubj" || !IsNoun(xpos[i])) continue;
            relations[phrase] = "obl";
            if (adverb >= 0) relations[adverb] = "case";
            return;
        }
        // ("In a joint statement on Wednesday night, the center and a dozen other organizations accused ...":
        // or in apposition to the time that ends the phrase.)
        for (int i = phrase + 1; subject < 0 && i < heads.Length; i++)
        {
            if (heads[i] is var time && time > phrase && time < heads.Length && heads[time] == phrase && relations[time] == "nmod"
                && relations[i] == "appos" && IsNoun(xpos[i]) && xpos[i - 1] is "," or "DT" && (xpos[i - 1] == "," || i >= 2 && xpos[i - 2] == ","))
                subject = i;
        }
        if (subject >= 0)
        {
            heads[subject] = heads[phrase];
            relations[subject] = "nsubj";
            relations[phrase] = "obl";
            if (adverb >= 0) relations[adverb] = "case";
            return;
        }
        // "Gunmen armed with assault rifles and explosives blasted ...": after the verb's first subject and
        // its modifier, the phrase is the modifier's.
        int preposition = -1;
        for (int i = 0; i < phrase && preposition < 0; i++)
        {
            if (heads[i] == phrase && relations[i] == "case") preposition = i;
        }
        int modifier = preposition - 1;
        if (modifier < 1 || xpos[modifier] is not ("JJ" or "VBN") || heads[modifier] != modifier - 1 || relations[modifier - 1] != "nsubj"
            || heads[modifier - 1] != heads[phrase]) return;
        heads[phrase] = modifier;
        relations[phrase] = "obl";
    }

    /// <summary>
    /// "Armed cattle raiders believed to have crossed from the neighbouring Karamoja region killed at least six people ..., police
    /// said", parsed with "believed" the reported clause and "killed" a clause on "region": a past hung on the last noun of the
    /// infinitive a "believed" (thought, said, suspected, reported, known) participle governs is the verb of that participle's
    /// subject, the participle the subject's modifier.
    /// </summary>
    private static void PastHungInsideTheSubjectsBelievedPhrase(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] != "VBD" || relations[verb] != "acl" || heads[verb] is not (>= 0 and var noun) || noun > verb || HasASubject(heads, relations, verb)
            || heads[noun] is not (>= 0 and var infinitive) || relations[infinitive] != "xcomp" || heads[infinitive] is not (>= 0 and var participle)
            || xpos[participle] != "VBN" || relations[participle] is "acl" or "amod") return;
        int subject = -1;
        for (int i = 0; i < participle; i++) if (heads[i] == participle && relations[i] is "nsubj" or "nsubj:pass" && IsNoun(xpos[i])) subject = i;
        if (subject < 0 || SubtreeEnd(heads, subject) != participle - 1 || !HearsayParticiples.Contains(forms[participle])) return;
        Hang(heads, relations, verb, heads[participle], relations[participle]);
        Hang(heads, relations, subject, verb, "nsubj");
        Hang(heads, relations, participle, subject, "acl");
        // (What the parser hung inside the participle's phrase after the verb is the verb's: ", driving off hundreds of cattle".)
        for (int i = verb + 1; i < heads.Length; i++) if (heads[i] >= participle && heads[i] < verb) heads[i] = verb;
    }

    /// <summary>
    /// "17 passengers abducted on the road ... last week were freed on Saturday", parsed with "were" the root and "freed" a clause
    /// on "abducted": "was" or "were" read as a verb with a subject, before a passive participle, is that participle's auxiliary,
    /// the participle the verb; a time between the subject's participle and the auxiliary dates that participle.
    /// </summary>
    private static void PassiveAuxiliaryReadAsTheVerb(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int auxiliary)
    {
        int passive = auxiliary + 1;
        if (xpos[auxiliary] != "VBD" || xpos[passive] != "VBN" || relations[auxiliary] is "aux" or "aux:pass" or "cop" || heads[passive] == auxiliary
            || forms[auxiliary] is not ("was" or "were") || !Dominates(heads, auxiliary, passive)) return;
        int subject = -1;
        for (int i = 0; i < auxiliary; i++) if (heads[i] == auxiliary && relations[i] == "nsubj" && IsNoun(xpos[i])) subject = i;
        if (subject < 0) return;
        Hang(heads, relations, passive, heads[auxiliary], relations[auxiliary]);
        Rehang(heads, auxiliary, passive, -1);
        Hang(heads, relations, auxiliary, passive, "aux:pass");
        relations[subject] = "nsubj:pass";
        TimeBeforeThePassiveDatesTheSubjectsParticiple(xpos, heads, relations, subject, passive);
    }

    /// <summary>A time between a subject's participle phrase and its passive verb, hung on the verb, is the participle's.</summary>
    private static void TimeBeforeThePassiveDatesTheSubjectsParticiple(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int subject, int passive)
    {
        if (ParticipleOn(xpos, heads, relations, subject) is not (>= 0 and var participle)) return;
        for (int i = SubtreeEnd(heads, subject) + 1; i < passive; i++) if (heads[i] == passive && relations[i] == "obl:unmarked") heads[i] = participle;
    }

    /// <summary>The passive participle on a noun ("passengers abducted on the road"), or -1.</summary>
    private static int ParticipleOn(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        int end = SubtreeEnd(heads, noun);
        for (int i = noun + 1; i <= end; i++) if (heads[i] == noun && relations[i] == "acl" && xpos[i] == "VBN") return i;
        return -1;
    }

    /// <summary>
    /// "17 passengers abducted on the road ... last week were freed on Saturday, a relative ... said", parsed with the passengers
    /// the subject of "said": a noun with a participle on it, read as the subject of a later reporter, right before a passive
    /// that reporter governs with no subject of its own, is the passive's subject; a time between them, hung on the passive,
    /// dates the participle, and a noun apposed after a comma right before the reporter is the reporter's subject.
    /// </summary>
    private static void SubjectOfAPassiveReadAsTheReportersSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int passive)
    {
        if (xpos[passive] != "VBN" || relations[passive] != "ccomp" || heads[passive] is not (> 0 and var reporter) || reporter < passive
            || !HasDependent(heads, relations, passive, "aux:pass") || HasASubject(heads, relations, passive)) return;
        int noun = -1;
        for (int i = 0; i < passive; i++) if (heads[i] == reporter && relations[i] == "nsubj" && IsNoun(xpos[i])) noun = i;
        if (noun < 0 || ParticipleOn(xpos, heads, relations, noun) < 0) return;
        for (int i = SubtreeEnd(heads, noun) + 1; i < passive; i++) if (!Dominates(heads, passive, i)) return;
        Hang(heads, relations, noun, passive, "nsubj:pass");
        TimeBeforeThePassiveDatesTheSubjectsParticiple(xpos, heads, relations, noun, passive);
        // (The reporter's own subject, read as an apposition to the passive's last noun: ", a relative of one of the captives said".)
        for (int i = passive + 1; i < reporter; i++)
        {
            if (relations[i] != "appos" || !IsNoun(xpos[i]) || !Dominates(heads, passive, i) || SubtreeEnd(heads, i) != reporter - 1) continue;
            if (CommaOpening(forms, heads, i) is not (>= 0 and var comma)) return;
            Hang(heads, relations, comma, reporter, "punct");
            Hang(heads, relations, i, reporter, "nsubj");
            return;
        }
    }

    /// <summary>
    /// "A JNIM spokesman, reached through an intermediary, warned transport companies that ...", parsed with the spokesman the
    /// subject of "reached", that participle the verb's complement and the companies its subject: a participle set off by commas
    /// right before a finite verb, with the noun before it as its subject, leaves that noun the verb's subject, the participle
    /// the noun's modifier and a subject after the verb its object.
    /// </summary>
    private static void SubjectOfAParticipleBetweenCommasBeforeTheVerb(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        if (xpos[participle] is not ("VBN" or "VBG") || xpos[participle - 1] != "," || relations[participle] is not ("ccomp" or "advcl" or "parataxis")
            || heads[participle] is not (> 0 and var verb) || verb < participle || xpos[verb] is not ("VBD" or "VBZ" or "VBP") || xpos[verb - 1] != ","
            || SubtreeEnd(heads, participle) < verb - 2) return;
        int subject = -1, inverted = -1;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == participle && relations[i] is "nsubj" && i < participle && IsNoun(xpos[i])) subject = i;
            else if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass") { if (i < verb) return; inverted = i; }
        }
        if (subject < 0 || inverted < 0 || !IsNoun(xpos[inverted])) return;
        Hang(heads, relations, subject, verb, "nsubj");
        Hang(heads, relations, participle, subject, "acl");
        Hang(heads, relations, verb - 1, participle, "punct");
        Hang(heads, relations, inverted, verb, "obj");
    }

    /// <summary>
    /// "National Guard members, called to service by the governor, are scattered throughout the area", parsed
    /// with the participle between the commas as the root and the sentence's verb as its complement: a
    /// participle at the root right after its subject and a comma, whose phrase ends at a second comma followed
    /// by a verb group with a finite auxiliary (or a finite verb) and no subject of its own, is the subject's
    /// modifier, and that verb the sentence's.
    /// </summary>
    private static void ParticipleBetweenCommasReadAsTheVerb(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int participle = 2; participle + 3 < heads.Length; participle++)
        {
            if (heads[participle] >= 0 || xpos[participle] != "VBN" || xpos[participle - 1] != ",") continue;
            int subject = -1, verb = -1;
            for (int i = 0; i < heads.Length; i++)
            {
                if (heads[i] != participle) continue;
                if (i < participle - 1 && relations[i] is "nsubj" or "nsubj:pass") subject = i;
                else if (i > participle && verb < 0 && relations[i] is "xcomp" or "ccomp" or "conj" or "parataxis" && IsVerb(xpos[i])) verb = i;
            }
            if (subject < 0 || verb < 0 || !IsNoun(xpos[subject]) || SubtreeEnd(heads, subject) != participle - 2
                || HasASubject(heads, relations, verb)) continue;
            int opening = SubtreeStart(heads, verb);
            int comma = opening - 1;
            if (comma <= participle || xpos[comma] != "," || heads[comma] != participle) continue;
            bool finite = xpos[verb] is "VBD" or "VBZ" or "VBP";
            string auxiliary = "";
            for (int i = opening; i < verb; i++)
            {
                if (heads[i] == verb && relations[i] is "aux" or "aux:pass" or "cop" && xpos[i] is "VBD" or "VBZ" or "VBP" or "MD") { finite = true; auxiliary = relations[i]; }
                else if (heads[i] != verb || relations[i] is not ("advmod" or "aux" or "aux:pass")) { finite = false; break; }
            }
            if (!finite) continue;
            Hang(heads, relations, verb, -1, "root");
            Hang(heads, relations, subject, verb, auxiliary == "aux:pass" ? "nsubj:pass" : "nsubj");
            Hang(heads, relations, participle, subject, "acl");
            heads[comma] = participle;
            // (What ends the sentence after the verb's phrase, the full stop, is the verb's.)
            Rehang(heads, participle, verb, after: SubtreeEnd(heads, verb));
            return;
        }
    }

    /// <summary>
    /// "Amnesty International Indonesia accused security forces on Monday of torturing ...", parsed with the name the root, "forces"
    /// its object and "accused" their adjective: a past right after the opening name, modifying the noun after it that hangs on the
    /// name, is a verb of the name's, the noun its object (<see cref="NameRootBeforeItsVerb"/> then makes it the root).
    /// </summary>
    private static void PastAfterANameRootReadAsItsObjectsAdjective(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || xpos[root] is not ("NNP" or "NNPS") || SubtreeStart(heads, root) != 0) return;
        int verb = root + 1;
        while (verb < heads.Length && xpos[verb] is "NNP" or "NNPS" && heads[verb] >= root && heads[verb] < verb && relations[verb] is "flat" or "compound") verb++;
        if (verb + 1 >= heads.Length || xpos[verb] != "VBD" || relations[verb] != "amod" || heads[verb] is not (> 0 and var noun) || noun <= verb || !IsNoun(xpos[noun])
            || heads[noun] < root || heads[noun] >= verb || relations[noun] is not ("obj" or "nmod" or "appos" or "conj")) return;
        Hang(heads, relations, noun, verb, "obj");
        Hang(heads, relations, verb, root, "acl");
    }

    /// <summary>
    /// "Amnesty International last month accused Mozambican soldiers ...", parsed with the name as the root
    /// and the verb hung on it: a name that opens the sentence as its root, followed by a verb with no
    /// subject hung on it, with only the name's words and the verb's (a time) between, is the verb's subject.
    /// </summary>
    private static void NameRootBeforeItsVerb(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || xpos[root] is not ("NNP" or "NNPS") || SubtreeStart(heads, root) != 0) return;
        int verb = -1;
        for (int i = root + 1; i < heads.Length; i++)
        {
            // ("Amnesty International on Monday criticised ...": or on the name's last word, as a clause of it.)
            bool onTheName = heads[i] == root || heads[i] >= 0 && heads[heads[i]] == root && relations[heads[i]] is "flat" or "compound";
            // ("The United Nations late on Sunday called on ...": or on the time phrase between them.)
            bool onTheTime = heads[i] > root && heads[i] < i && forms.Length == heads.Length && IsDayWord(forms[heads[i]]) && Dominates(heads, root, heads[i]);
            // ("Norte de Santander Governor William Villamizar on Wednesday called on ...": or on a later part of the name.)
            onTheName |= heads[i] > root && heads[i] < i && xpos[heads[i]] is "NNP" or "NNPS" && Dominates(heads, root, heads[i]) && NameRunBetween(xpos, root, heads[i]);
            if ((onTheName || onTheTime) && relations[i] is "parataxis" or "conj" or "advcl" or "acl" && xpos[i] is "VBD" or "VBZ" or "VBP") { verb = i; break; }
        }
        if (verb < 0 || HasDependent(heads, relations, verb, "nsubj:pass")) return;
        // (A day read as the verb's subject is none: "on Monday".)
        for (int i = root + 1; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] == "nsubj" && forms.Length == heads.Length && IsDayWord(forms[i]))
                relations[i] = "obl";
        }
        if (HasDependent(heads, relations, verb, "nsubj")) return;
        for (int i = root + 1; i < verb; i++)
        {
            if (xpos[i] is "," or "CC" || !Dominates(heads, root, i) && !Dominates(heads, verb, i)) return;
        }
        heads[verb] = -1;
        relations[verb] = "root";
        Rehang(heads, root, verb, after: verb);
        // The time phrase between them is the verb's ("late on Sunday").
        for (int i = root + 1; i < verb; i++)
        {
            if (heads[i] == root && relations[i] is "advmod" or "obl" or "obl:tmod" or "nmod:tmod" or "obl:unmarked") heads[i] = verb;
        }
        // A later part of the name the verb hung on heads the subject ("... Governor William Villamizar"), the
        // words before it (the root's) its modifiers.
        int nameHead = -1;
        for (int i = verb - 1; i > root; i--)
        {
            if (xpos[i] is "NNP" or "NNPS" && Dominates(heads, root, i) && relations[i] is "parataxis" or "appos" && NameRunBetween(xpos, root, i)) { nameHead = i; break; }
        }
        if (nameHead > root)
        {
            heads[nameHead] = verb;
            relations[nameHead] = "nsubj";
            heads[root] = nameHead;
            relations[root] = "compound";
            return;
        }
        heads[root] = verb;
        relations[root] = "nsubj";
    }

    /// <summary>Whether only proper nouns and name particles stand from one word to the other ("Norte de Santander Governor William").</summary>
    private static bool NameRunBetween(ReadOnlySpan<string?> xpos, int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (xpos[k] is not ("NNP" or "NNPS")) return false;
        }
        return true;
    }

    /// <summary>
    /// "In a list read out to the crowd on Tuesday, the organisers, a loose coalition of youth groups, demanded
    /// ...", parsed with the organisers as the day's apposition and the coalition as the subject; or "In a
    /// message read at Mass on Sunday, the bishop called on ...", with the bishop as the day's apposition and
    /// "called" as his modifier under a noun root. A day after an opening prepositional phrase is no noun to
    /// apposit: the noun phrase after its comma is the subject of the verb that follows (its own apposition
    /// after a comma stays its apposition).
    /// </summary>
    private static void SubjectReadAsTheAppositionOfADay(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int day = 1; day + 3 < heads.Length; day++)
        {
            // ("Also on Tuesday, Abba Gadaa leaders, the custodians of ..., called on the federal government ...": or an adverb before the preposition.)
            // ("on Tuesday evening, the provincial governor called on ...": or the part of a day.)
            // ("Late on Saturday, the provincial governor, Haider al-Saadi, imposed": or "Late" or "Early", which the tagger reads as adjectives.)
            // ("By midday on Sunday, several hundred relatives ... had blocked the main highway": or "By".)
            if (!(IsDayWord(forms[day]) || forms[day] is "morning" or "afternoon" or "evening" or "night" && IsDayWord(forms[day - 1])) || forms[day + 1] != "," || forms[0] is not ("In" or "At" or "On" or "During" or "Speaking" or "By")
                && !((xpos[0] == "RB" || forms[0] is "Late" or "Early") && forms[1] is "on" or "in" or "at" or "during")) continue;
            int subject = -1;
            for (int i = day + 2; i < heads.Length && i <= day + 8; i++)
            {
                // ("On Tuesday afternoon, about 300 colleagues, relatives and residents marched": or the first of coordinated subjects,
                // read as the day's conjunct, with the second as the verb's subject.)
                if (heads[i] == day && relations[i] is "appos" or "conj" && IsNoun(xpos[i])) { subject = i; break; }
            }
            if (subject < 0 || xpos[subject] is "NNP" && IsDayWord(forms[subject])) continue;
            bool coordinated = relations[subject] == "conj";
            int verb = -1, rival = -1;
            for (int i = subject + 1; i < heads.Length; i++)
            {
                if (heads[i] == subject && relations[i] == "acl" && xpos[i] is "VBD" or "VBZ" or "VBP") { verb = i; break; }
                // (Or coordinated with the opening adverb read as the root.)
                if (relations[i] == "conj" && heads[i] == 0 && heads[0] < 0 && xpos[0] == "RB" && xpos[i] is "VBD" or "VBZ" or "VBP") { verb = i; break; }
                // ("... had blocked the main highway": or a perfect's participle.)
                if ((xpos[i] is "VBD" or "VBZ" or "VBP" || xpos[i] == "VBN" && HasDependent(heads, relations, i, "aux")) && heads[i] < 0)
                {
                    for (int k = subject + 1; k < i; k++)
                    {
                        if (heads[k] == i && relations[k] == "nsubj") rival = k;
                    }
                    verb = i;
                    break;
                }
            }
            if (verb < 0) continue;
            int oldRoot = heads.IndexOf(-1);
            if (relations[verb] is "acl" or "conj")
            {
                // (The verb was the subject's modifier under a noun root, or the adverb's conjunct: the verb takes the root.)
                if (oldRoot < 0 || oldRoot >= day || !(IsNoun(xpos[oldRoot]) || relations[verb] == "conj" && oldRoot == 0)) continue;
                bool adverb = relations[verb] == "conj";
                Hang(heads, relations, verb, -1, "root");
                Hang(heads, relations, oldRoot, verb, adverb ? "advmod" : "obl");
                Rehang(heads, oldRoot, verb, after: adverb ? oldRoot : verb);
            }
            // (A root with no subject at all takes the day's apposition as its subject; so does one whose subject is the opening
            // phrase's noun: "At a news conference/nsubj in Kidapawan on Tuesday evening, the provincial governor called".)
            else if (rival < 0 && SubjectOf(heads, relations, verb) is >= 0 and var opening && !(heads[0] == opening && relations[0] == "case" && opening < day)
                     && !(opening == 0 && forms[0] is "Late" or "Early")) continue;
            else if (rival < 0 && SubjectOf(heads, relations, verb) is >= 0 and var phrase) Hang(heads, relations, phrase, verb, "obl");
            // ("On Sunday, several hundred strikers/appos and their families blocked the road": a subject joined by "and" right
            // after the apposition's phrase is its conjunct.)
            else if (rival >= 0 && SubtreeStart(heads, rival) - 1 is var and && and == SubtreeEnd(heads, subject) + 1 && forms[and] == "and" && heads[and] == verb)
            {
                Coordinate(heads, relations, subject, and, rival);
            }
            else if (rival >= 0 && forms[SubtreeStart(heads, rival)] != "," && forms[SubtreeStart(heads, rival) - 1] != ",") continue;
            else if (rival >= 0 && coordinated)
            {
                for (int i = rival + 1; i < verb; i++)
                {
                    if (heads[i] == rival && relations[i] == "conj") heads[i] = subject;
                }
                Hang(heads, relations, rival, subject, "conj");
            }
            else if (rival >= 0) Hang(heads, relations, rival, subject, "appos");
            else if (coordinated) continue;
            Hang(heads, relations, subject, verb, "nsubj");
            heads[day + 1] = subject;
            if (forms[0] is "Late" or "Early" && heads[0] == verb && relations[0] is "nsubj" or "obl") Hang(heads, relations, 0, verb, "advmod");
        }
    }

    /// <summary>
    /// "The army, in a statement read on state television, said ...", parsed with the statement inside the
    /// subject's phrase (so the speaker was "The army, in a statement read on state television"): a
    /// prepositional phrase between commas right after the subject and right before its verb is the verb's.
    /// </summary>
    private static void VerbsAdjunctBetweenCommasHungOnTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int verb = 4; verb < heads.Length; verb++)
        {
            if (forms[verb - 1] != "," || !IsVerb(xpos[verb])) continue;
            int subject = -1;
            for (int i = 0; i < verb - 1; i++)
            {
                if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass") subject = i;
            }
            if (subject < 0) continue;
            // (The subject's own words first: "The Diocese of Juigalpa, in a statement read at the cathedral, urged".)
            int comma = subject + 1;
            while (comma < verb - 1 && forms[comma] != "," && Dominates(heads, subject, comma)) comma++;
            // (Prepositions of the verb's circumstances, not of the subject's kind: "Countries ..., like China, ..., have".)
            if (comma + 2 >= verb || forms[comma] != "," || xpos[comma + 1] != "IN"
                || forms[comma + 1].ToLowerInvariant() is not ("in" or "on" or "at" or "during" or "after" or "before" or "via" or "through")) continue;
            int phrase = heads[comma + 1];
            if (phrase <= comma + 1 || phrase >= verb - 1 || !IsNoun(xpos[phrase]) || !Dominates(heads, subject, phrase) || SubtreeEnd(heads, phrase) != verb - 2) continue;
            Hang(heads, relations, phrase, verb, "obl");
            heads[comma] = phrase;
            heads[verb - 1] = phrase;
        }
    }

    /// <summary>
    /// "Yemen's Houthi rebels said on Sunday they had fired two anti-ship missiles", parsed with "fired" as a relative
    /// clause on "Sunday": a clause with a subject of its own and no relative word, right after the day of a verb of
    /// reporting, is what the verb reports.
    /// </summary>
    private static void ReportedClauseReadAsTheDaysRelativeClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int clause = 3; clause < heads.Length; clause++)
        {
            if (relations[clause] != "acl:relcl" || heads[clause] is not (>= 1 and var day) || day > clause || !IsDayWord(forms[day])
                || !relations[day].StartsWith("obl", StringComparison.Ordinal) || heads[day] is not (>= 0 and var verb) || verb > day || !ReportingForms.Contains(forms[verb])
                || OpensWithARelativePronoun(xpos, heads, clause) || !HasASubject(heads, relations, clause)) continue;
            Hang(heads, relations, clause, verb, "ccomp");
            return;
        }
    }

    /// <summary>
    /// "Five members of parliament demanded on Wednesday that the government compensate farmers whose land ... has been declared a
    /// closed military zone", parsed with the "that" clause on "Wednesday" and the "whose" clause what was demanded: a clause with
    /// "that" and a subject, hung on the day of the verb before it, is that verb's complement; a clause the verb held instead,
    /// whose subject opens with "whose", is a relative clause on the noun right before it.
    /// </summary>
    private static void ThatClauseHungOnTheDayOfItsVerb(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int clause)
    {
        if (relations[clause] is not ("acl" or "acl:relcl") || heads[clause] is not (>= 1 and var day) || day > clause || !IsDayWord(forms[day])
            || !relations[day].StartsWith("obl", StringComparison.Ordinal) || heads[day] is not (>= 0 and var verb) || verb > day || !IsVerb(xpos[verb])
            || !forms[day + 1].Equals("that", StringComparison.OrdinalIgnoreCase) || heads[day + 1] != clause || !HasDependent(heads, relations, clause, "nsubj")
            // (A verb of saying or demanding: not "failing to make clear earlier Friday that ...".)
            || !ReportingForms.Contains(forms[verb]) && forms[verb].ToLowerInvariant() is not ("demanded" or "demands" or "urged" or "urges" or "asked" or "announced" or "ordered")) return;
        int held = -1;
        for (int i = clause + 1; i < heads.Length; i++)
        {
            if (heads[i] == verb && relations[i] == "ccomp") { held = i; break; }
        }
        Hang(heads, relations, clause, verb, "ccomp");
        relations[day + 1] = "mark";
        if (held < 0) return;
        for (int i = clause + 1; i + 1 < held; i++)
        {
            if (xpos[i] != "WP$" || heads[i] is not (var owned and > 0) || heads[owned] != held || !IsNoun(xpos[i - 1]) || !Dominates(heads, clause, i - 1)) continue;
            Hang(heads, relations, held, i - 1, "acl:relcl");
            return;
        }
    }

    /// <summary>
    /// "Speaking to reporters in Tulkarem, the city's governor, Faisal Odeh, condemned the raid", parsed with "Speaking" as
    /// the root, the governor as its oblique and "condemned" as the governor's conjunct: a participle opening the sentence,
    /// before a comma, a noun phrase and a finite verb after the noun's apposition and its comma, is the verb's adverbial
    /// clause, and the noun the verb's subject.
    /// </summary>
    private static void OpeningParticipleReadAsTheRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int participle = 0;
        if (heads.Length < 6 || xpos[participle] != "VBG" || heads[participle] != -1) return;
        for (int verb = 3; verb < heads.Length; verb++)
        {
            if (relations[verb] != "conj" || xpos[verb] is not ("VBD" or "VBZ" or "VBP") || heads[verb] is not (> 0 and var noun) || !IsNoun(xpos[noun])
                || heads[noun] != participle || forms[verb - 1] != "," || CommaOpening(forms, heads, noun) is not (>= 0 and var comma)
                || HasDependent(heads, relations, verb, "nsubj")) continue;
            TakeThePlaceOf(heads, relations, verb, participle, "advcl");
            Hang(heads, relations, noun, verb, "nsubj");
            Hang(heads, relations, comma, verb, "punct");
            // (What the participle held after the verb, the final stop, is the verb's.)
            Rehang(heads, participle, verb, after: verb);
            return;
        }
    }

    /// <summary>
    /// "Speaking at a Mass ... in Quevedo's cathedral the same day, the bishop of Babahoyo called on gang members to ...",
    /// parsed with "Speaking" as the root and "called" hung inside its phrase: a participle opening the sentence, its first
    /// comma, then a noun phrase (with "of" phrases) and right after it a finite verb with no subject, is that verb's
    /// adverbial clause, and the noun phrase the verb's subject.
    /// </summary>
    /// <remarks>
    /// ("Reached by telephone later on Friday, the group's spokesman, who gave his name only as Lalthang, threatened to attack": so is a
    /// passive participle's, and the verb may follow the subject's relative clause or apposition between commas, which stays the subject's.)
    /// </remarks>
    private static void OpeningParticipleBeforeASubjectAndItsVerb(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        const int participle = 0;
        if (heads.Length < 7 || xpos[participle] is not ("VBG" or "VBN") || heads[participle] != -1) return;
        // (Not a question asked, "Asked if he was ever bullied, Trump said": the reading attribution takes the question from.)
        for (int c = participle + 1; xpos[participle] == "VBN" && c < heads.Length && forms[c] != ","; c++)
        {
            if (relations[c] == "mark" && forms[c].ToLowerInvariant() is "if" or "whether") return;
        }
        // (An apposition or a time may stand between commas before the subject: "Speaking in Jawhar, the state capital, on
        // Tuesday, the president of Hirshabelle state called on clan elders": the subject follows the last comma of a run without verbs.)
        for (int comma = forms.IndexOf(","), tried = 0; comma >= 2 && tried < 3; tried++)
        {
            if (SubjectAndVerbAfterTheOpeningComma(forms, xpos, heads, relations, participle, comma)) return;
            int next = comma + 1;
            while (next < heads.Length && forms[next] != "," && !IsVerb(xpos[next])) next++;
            if (next >= heads.Length || forms[next] != ",") return;
            comma = next;
        }
    }

    private static bool SubjectAndVerbAfterTheOpeningComma(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle, int comma)
    {
        if (comma + 2 >= heads.Length || xpos[comma + 1] is not ("DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP$")) return false;
        int phraseEnd = comma + 1;
        while (phraseEnd < heads.Length && phraseEnd <= comma + 9 && xpos[phraseEnd] is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "IN" or "POS" or "PRP$" or "CD") phraseEnd++;
        if (phraseEnd >= heads.Length || phraseEnd <= comma + 1 || !IsNoun(xpos[phraseEnd - 1])) return false;
        int verb = phraseEnd;
        if (forms[phraseEnd] == ",")
        {
            int closing = phraseEnd + 2;
            while (closing < heads.Length && closing <= phraseEnd + 15 && forms[closing] != ",") closing++;
            verb = closing + 1;
        }
        if (verb >= heads.Length || xpos[verb] is not ("VBD" or "VBZ" or "VBP")) return false;
        // The noun phrase's head: its one word hung outside it.
        int subject = -1;
        for (int w = comma + 1; w < phraseEnd; w++)
        {
            if (heads[w] > comma && heads[w] < phraseEnd) continue;
            if (subject >= 0 || !IsNoun(xpos[w])) return false;
            subject = w;
        }
        if (subject < 0) return false;
        // (An auxiliary stands for the verb it helps: "..., Iran's energy minister had urged households to ...".)
        if (VerbItsAuxiliaryServes(heads, relations, verb) is var helped && helped <= verb + 3 && IsVerb(xpos[helped])) verb = helped;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == verb && i != subject && relations[i] is "nsubj" or "nsubj:pass") return false;
        }
        // (The relative clause or apposition between the subject's commas, wherever the parser hung it.)
        for (int w = phraseEnd; w < verb; w++)
        {
            if ((heads[w] < phraseEnd || heads[w] >= verb) && heads[w] != subject && relations[w] is "acl:relcl" or "appos" or "punct") Hang(heads, relations, w, subject, relations[w]);
        }
        TakeThePlaceOf(heads, relations, verb, participle, "advcl");
        if (heads[subject] != verb) Hang(heads, relations, subject, verb, "nsubj");
        Hang(heads, relations, comma, verb, "punct");
        Rehang(heads, participle, verb, after: verb);
        return true;
    }

    /// <summary>
    /// "Fighters believed to belong to Islamic State's Sahel branch killed at least 22 civilians", parsed with "believed" the root and
    /// "killed" a clause on the branch: a participle of belief right after the opening subject, with its "to" clause, is the
    /// subject's modifier, and the first past after it with no subject of its own, hung below, is the sentence's verb.
    /// </summary>
    private static void BeliefParticipleAfterTheSubjectReadAsTheRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        // (Or what a trailing reporter says: "Fighters believed to belong to ... killed at least 22 civilians ..., two local officials said".)
        if (heads.Length < 6) return;
        int root = heads.IndexOf(-1);
        if (root >= 0 && xpos[root] != "VBN") root = xpos[1] == "VBN" && relations[1] == "ccomp" && heads[1] > 1 ? 1 : -1;
        int subject = root - 1;
        if (root < 1 || root + 4 >= heads.Length || xpos[root] != "VBN" || heads[subject] != root || relations[subject] != "nsubj" || !IsNoun(xpos[subject])
            || !HasDependent(heads, relations, root, "xcomp")) return;
        int verb = root + 3;
        while (verb < heads.Length && !(xpos[verb] == "VBD" && Dominates(heads, root, verb))) verb++;
        if (verb >= heads.Length || relations[verb] is not ("acl" or "acl:relcl" or "advcl" or "conj") || HasDependent(heads, relations, verb, "nsubj")
            || forms[root] is not ("believed" or "thought" or "suspected" or "said" or "reported" or "known" or "understood")) return;
        Hang(heads, relations, verb, heads[root], heads[root] < 0 ? "root" : relations[root]);
        Hang(heads, relations, subject, verb, "nsubj");
        Hang(heads, relations, root, subject, "acl");
        Rehang(heads, root, verb, after: verb);
    }

    /// <summary>
    /// "Doctors at the district headquarters hospital in Dera Ismail Khan treated nine critically wounded people", parsed with
    /// "Doctors" the root, the hospital the subject of "treated" and that verb a relative clause on the doctors: a subject opened by
    /// a preposition right after a noun root is the root's phrase, the root the verb's subject and the verb the root (so is a subject
    /// after a count's "of" noun, "Hundreds of Turkmen residents rallied", whose noun is the subject's modifier).
    /// </summary>
    private static void PrepositionalPhraseAfterANounRootReadAsItsRelativeClausesSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        // (Not a predicate noun: "This is not the kind of campaign Ayotte hoped to be running.")
        if (root < 0 || root + 3 >= heads.Length || xpos[root] is not ("NNS" or "NN") || HasDependent(heads, relations, root, "cop")) return;
        for (int verb = root + 3; verb < heads.Length; verb++)
        {
            if (heads[verb] != root || relations[verb] != "acl:relcl" || xpos[verb] != "VBD") continue;
            int subject = -1;
            for (int i = root + 1; i < verb && subject < 0; i++)
            {
                if (heads[i] == verb && relations[i] == "nsubj") subject = i;
            }
            if (subject < 0) return;
            // ("Hundreds of Turkmen residents rallied", with "Turkmen" read as the noun "of" opens: the subject's modifier.)
            int modifier = subject - 1;
            bool counted = modifier == root + 2 && xpos[root] == "NNS" && heads[modifier] == root && relations[modifier] == "nmod" && IsNoun(xpos[modifier])
                           && heads[root + 1] == modifier && relations[root + 1] == "case" && !HasCase(heads, relations, subject);
            if (!counted && (SubtreeStart(heads, subject) != root + 1 || !HasCase(heads, relations, subject))) return;
            Hang(heads, relations, verb, -1, "root");
            Hang(heads, relations, root, verb, "nsubj");
            Hang(heads, relations, subject, root, "nmod");
            if (counted)
            {
                Hang(heads, relations, modifier, subject, "compound");
                Hang(heads, relations, root + 1, subject, "case");
            }
            Rehang(heads, root, verb, after: verb);
            return;
        }
    }

    /// <summary>
    /// "authorities imposed a curfew on the town and surrounding villages on Tuesday, and police and paramilitary Frontier Corps troops
    /// arrested 17 suspects", parsed with the villages (after "on") the subject of "arrested" and the police a subject elsewhere: a
    /// subject opened by a preposition is the phrase of the past before it, and the noun after ", and" before the verb is its subject
    /// (its conjuncts with it).
    /// </summary>
    private static void PrepositionalPhraseReadAsTheSubjectOfTheVerbAfterAnd(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] != "VBD" || verb < 6) return;
        int phrase = -1, subject = -1;
        for (int i = 0; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] == "nsubj" && HasCase(heads, relations, i)) phrase = i;
        }
        if (phrase < 1) return;
        for (int i = phrase + 3; i < verb && subject < 0; i++)
        {
            if (forms[i - 1] == "and" && forms[i - 2] == "," && IsNoun(xpos[i]) && relations[i] == "nsubj" && heads[i] != verb) subject = i;
        }
        int before = phrase - 1;
        while (before >= 0 && xpos[before] != "VBD") before--;
        if (subject < 0 || before < 0 || Dominates(heads, phrase, before)) return;
        Hang(heads, relations, phrase, before, "obl");
        Hang(heads, relations, subject, verb, "nsubj");
        for (int i = subject + 1; i < verb; i++)
        {
            if (relations[i] == "conj" && IsNoun(xpos[i]) && (heads[i] < subject || heads[i] >= verb)) Hang(heads, relations, i, subject, "conj");
        }
    }

    /// <summary>
    /// "According to a Gallup poll released last week, immigration is now the top concern", parsed with "released" as the
    /// root, the poll as its subject and the clause after the comma as its adverbial: the participle describes the source
    /// "according to" names, and the clause after the comma is the sentence's.
    /// </summary>
    private static void ParticipleOfAnOpeningSourceReadAsTheRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        if (heads.Length < 8 || !forms[0].Equals("According", StringComparison.Ordinal) || forms[1] != "to" || heads.IndexOf(-1) is not (> 2 and var root)
            || xpos[root] != "VBN" || heads[0] is not (> 1 and var source) || source > root || heads[source] != root || !relations[source].StartsWith("nsubj", StringComparison.Ordinal)) return;
        for (int clause = root + 2; clause < heads.Length; clause++)
        {
            if (heads[clause] != root || relations[clause] is not ("advcl" or "ccomp" or "parataxis") || CommaOpening(forms, heads, clause) is not (> 0 and var comma)) continue;
            Hang(heads, relations, clause, -1, "root");
            Hang(heads, relations, source, clause, "obl");
            Hang(heads, relations, root, source, "acl");
            Hang(heads, relations, comma, clause, "punct");
            Rehang(heads, root, clause, after: clause);
            return;
        }
    }

    /// <summary>
    /// "A military air strike on a Buddhist monastery ... about 15 km (9 miles) west of Monywa killed at least 16 people,
    /// residents said", parsed with "west" as the subject of "killed" and the strike as the reporters' second subject: a
    /// direction right after a distance places the phrase before it, and the reporter's subject before it is the verb's.
    /// </summary>
    private static void DirectionAfterADistanceReadAsTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int direction = 3; direction < heads.Length; direction++)
        {
            if (relations[direction] != "nsubj" || forms[direction] is not ("west" or "east" or "north" or "south" or "northwest" or "northeast" or "southwest" or "southeast")
                || heads[direction] is not (> 0 and var verb) || verb < direction || heads[verb] is not (>= 0 and var reporter)) continue;
            // (Before a conversion in brackets: "15 km (9 miles) west".)
            int distance = direction - 1;
            if (forms[distance] == ")") distance = forms[..distance].LastIndexOf("(") - 1;
            if (distance < 1 || forms[distance] is not ("km" or "kilometres" or "kilometers" or "miles" or "mile" or "kilometre" or "kilometer")) continue;
            int subject = -1;
            for (int i = 0; i < distance && subject < 0; i++)
            {
                if (heads[i] == reporter && relations[i] == "nsubj" && IsNoun(xpos[i]) && Dominates(heads, i, distance)) subject = i;
            }
            if (subject < 0) continue;
            Hang(heads, relations, subject, verb, "nsubj");
            Hang(heads, relations, direction, distance, "nmod");
            return;
        }
    }

    /// <summary>
    /// "..., and the World Food Programme on Monday urged donors to close a funding gap", parsed with the programme a
    /// conjunct of the first verb, "on" the mark of "urged" and Monday its subject: a day after "on" is the verb's time, and
    /// the noun before "on" its subject, the verb taking the noun's place in the sentence.
    /// </summary>
    private static void DayAfterOnReadAsTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int day)
    {
        int on = day - 1;
        if (relations[day] != "nsubj" || !IsDayWord(forms[day]) || !forms[on].Equals("on", StringComparison.Ordinal) || heads[day] is not (> 0 and var verb)
            || heads[on] != verb || relations[on] is not ("mark" or "case") || xpos[verb] is not ("VBD" or "VBZ" or "VBP")
            || heads[verb] is not (>= 0 and var noun) || noun != on - 1 || !IsNoun(xpos[noun]) || relations[noun] != "conj"
            || relations[verb] is not ("advcl" or "acl" or "acl:relcl")) return;
        Hang(heads, relations, day, verb, "obl");
        Hang(heads, relations, on, day, "case");
        Hang(heads, relations, verb, heads[noun], relations[noun]);
        // (What opened the noun's clause, ", and", opens the verb's.)
        for (int i = SubtreeStart(heads, noun); i < noun; i++)
        {
            if (heads[i] == noun && relations[i] is "cc" or "punct") heads[i] = verb;
        }
        Hang(heads, relations, noun, verb, "nsubj");
    }

    /// <summary>
    /// "have blockaded the main highway ... since Monday to demand that ...", parsed with "since" the mark of "demand" and Monday
    /// its subject: an infinitive has no subject, so a day between a preposition and the infinitive's "to" is the time of the
    /// verb the infinitive is the purpose of.
    /// </summary>
    private static void DayReadAsTheSubjectOfAnInfinitive(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int day)
    {
        if (relations[day] != "nsubj" || !IsDayWord(forms[day]) || day + 1 >= forms.Length || xpos[day + 1] != "TO" || heads[day] is not (> 0 and var infinitive)
            || heads[day + 1] != infinitive || xpos[infinitive] != "VB" || relations[infinitive] is not ("advcl" or "xcomp")
            || heads[infinitive] is not (>= 0 and var act) || act >= day - 1 || heads[day - 1] != infinitive
            || forms[day - 1] is not ("since" or "on" or "until" or "from" or "by")) return;
        Hang(heads, relations, day, act, "obl");
        Hang(heads, relations, day - 1, day, "case");
    }

    /// <summary>
    /// "The SDF, in a statement late on Wednesday, accused ...", parsed with Wednesday the subject of "accused" and the SDF
    /// the day's own subject: a day after "on" is the verb's time, and a subject hung on it the verb's.
    /// </summary>
    private static void DayAfterOnWithASubjectOfItsOwn(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int day)
    {
        if (relations[day] != "nsubj" || !IsDayWord(forms[day]) || !forms[day - 1].Equals("on", StringComparison.Ordinal) || heads[day - 1] != day
            || heads[day] is not (> 0 and var verb) || verb < day) return;
        int subject = -1;
        for (int i = 0; i < day - 1; i++) if (heads[i] == day && relations[i] == "nsubj") subject = i;
        if (subject < 0) return;
        Hang(heads, relations, day, verb, "obl");
        Hang(heads, relations, subject, verb, "nsubj");
    }

    /// <summary>
    /// "the embassies of India, the United States and the European Union urged all sides", parsed with the United States a
    /// second subject: a second subject after the comma that ends the first one's "of" phrase, with a conjunct of its own, is
    /// a conjunct of that phrase's noun (a list of whose the first noun is).
    /// </summary>
    private static void ListAfterAnOfPhraseReadAsASecondSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int second)
    {
        if (relations[second] != "nsubj" || !IsNoun(xpos[second]) || heads[second] is not (> 0 and var verb) || verb < second
            || !HasDependent(heads, relations, second, "conj")) return;
        int start = SubtreeStart(heads, second);
        if (start < 3 || xpos[start - 1] != ",") return;
        int owner = start - 2;
        while (owner > 0 && heads[owner] > owner && heads[owner] < start - 1) owner = heads[owner];
        if (!IsNoun(xpos[owner]) || relations[owner] != "nmod" || !HasDependentForm(forms, heads, relations, owner, "case", "of")
            || heads[owner] is not (>= 0 and var first) || heads[first] != verb || relations[first] != "nsubj") return;
        Hang(heads, relations, second, owner, "conj");
        Hang(heads, relations, start - 1, second, "punct");
    }

    /// <summary>
    /// "The unrest began on Monday after Australian-led peacekeepers and local police fired tear gas", parsed with "after
    /// peacekeepers" an oblique of "began" and "police fired" a clause coordinated with it: the noun after a subordinator
    /// that could open a clause, followed by "and" and the subject of that coordinated clause, is the clause's first subject,
    /// and the clause the subordinator's.
    /// </summary>
    private static void SubordinatorsSubjectReadAsItsOblique(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "obl" || xpos[noun] is not ("NNS" or "NN") || heads[noun] is not (>= 0 and var main) || main > noun || noun + 3 >= heads.Length) return;
        int subordinator = SubtreeStart(heads, noun);
        if (heads[subordinator] != noun || relations[subordinator] != "case" || forms[subordinator].ToLowerInvariant() is not ("after" or "before" or "as" or "while" or "until")) return;
        int and = noun + 1;
        if (!forms[and].Equals("and", StringComparison.Ordinal) || heads[and] is not (> 0 and var verb) || relations[verb] != "conj" || heads[verb] != main
            || xpos[verb] is not ("VBD" or "VBN") || !HasDependent(heads, relations, verb, "obj")) return;
        int second = -1;
        for (int i = and + 1; i < verb; i++) if (heads[i] == verb && relations[i] == "nsubj") second = i;
        if (second < 0) return;
        Hang(heads, relations, verb, main, "advcl");
        Hang(heads, relations, subordinator, verb, "mark");
        Hang(heads, relations, noun, verb, "nsubj");
        Coordinate(heads, relations, noun, and, second);
    }

    /// <summary>The verb's subject (active or passive); -1 if it has none.</summary>
    private static int SubjectOf(Span<int> heads, Span<string> relations, int verb)
    {
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass") return i;
        }
        return -1;
    }

    /// <summary>
    /// "On Monday the LNA, which controls most of eastern Libya, deployed reinforcements", parsed with "the LNA" an apposition of
    /// "Monday": a phrase opened by an article right after an opening day (no comma between) is the subject of the verb the day
    /// dates, when that verb has no subject before the phrase. (A subject inside the phrase's relative clause, "most of eastern
    /// Libya", is that clause's object: <see cref="ObjectOfARelativeClauseReadAsASecondSubject"/>.)
    /// </summary>
    private static void SubjectReadAsAnOpeningDaysApposition(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "appos" || !IsNoun(xpos[noun]) || heads[noun] is not (> 0 and <= 2 and var day) || !IsDayWord(forms[day]) || relations[day] != "obl"
            || xpos[day + 1] != "DT" || heads[day] is not (> 0 and var verb) || verb < noun || !IsVerb(xpos[verb]) || SubtreeStart(heads, noun) != day + 1
            || SubjectOf(heads, relations, verb) is >= 0 and var subject && subject < noun) return;
        Hang(heads, relations, noun, verb, "nsubj");
    }

    /// <summary>
    /// "In a statement on Wednesday, the Interior Ministry accused ...", "Some 40 kilometres to the north, in Fortul, the ELN attacked
    /// ...", parsed with "statement" or "kilometres" a first subject: a subject with a preposition of its own, or a distance with
    /// its direction, before the verb's other subject is where or when the verb happened.
    /// </summary>
    private static void OpeningPhraseReadAsAFirstSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int first)
    {
        if (relations[first] is not ("nsubj" or "nsubj:pass") || heads[first] is not (> 0 and var verb) || verb < first) return;
        var subjectRelation = relations[first];
        // ("Some 30 km east of Juticalpa, ..., suspected gang members ambushed", with "Some" the subject and the distance its modifier.)
        int some = -1;
        if (first == 0 && xpos[first] == "DT" && forms[first] is "Some" or "About")
        {
            for (int i = first + 1; i < verb && i <= first + 3 && some < 0; i++)
            {
                if (heads[i] == first && IsDistance(forms, heads, relations, i)) some = i;
            }
            if (some < 0) return;
            (some, first) = (first, some);
        }
        if (!IsNoun(xpos[first])) return;
        bool marked = HasCase(heads, relations, first);
        bool distance = false;
        if (!marked && IsDistance(forms, heads, relations, first))
        {
            // (With its direction: "to the north", or "east of Juticalpa"; "About 70 km (45 miles) to the southwest": or on its conversion.)
            for (int i = first + 1; i < verb && !distance; i++)
            {
                distance = relations[i] is "nmod" or "amod" && heads[i] is >= 0 and var owner && IsCompassPoint(forms[i])
                           && (owner == first || heads[owner] == first && IsDistance(forms, heads, relations, owner));
            }
        }
        if (!marked && !distance) return;
        int second = -1;
        for (int i = first + 1; i < verb && second < 0; i++)
        {
            if (heads[i] == verb && relations[i] == subjectRelation) second = i;
        }
        if (second < 0) return;
        if (some >= 0)
        {
            Hang(heads, relations, first, verb, "obl:unmarked");
            Hang(heads, relations, some, first, "det");
            for (int i = some + 1; i < first; i++)
            {
                if (heads[i] == first && relations[i] == "nummod") Hang(heads, relations, some, i, "advmod");
            }
            return;
        }
        relations[first] = marked ? "obl" : "obl:unmarked";
    }

    /// <summary>
    /// "Hours before Monday's attack, government officials and herder leaders had met in Bouar", parsed with "Hours" the subject and
    /// the officials and leaders conjuncts of the attack: after an opening span of time before or after an act and its comma, the
    /// coordinated nouns hung on the act are the verb's subject.
    /// </summary>
    private static void SubjectsAfterAnOpeningSpanReadAsConjunctsOfItsAct(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations)
    {
        const int span = 0;
        if (heads.Length < 8 || forms[span] is not ("Hours" or "Minutes" or "Days" or "Weeks" or "Moments") || relations[span] != "nsubj" || heads[span] is not (> 0 and var verb)) return;
        int act = -1;
        for (int i = 1; i < verb; i++)
        {
            if (heads[i] == span && relations[i] == "nmod" && HasDependentForm(forms, heads, relations, i, "case", "before") | HasDependentForm(forms, heads, relations, i, "case", "after")) { act = i; break; }
        }
        if (act < 0) return;
        int comma = act + 1;
        while (comma < verb && forms[comma] != ",") comma++;
        if (comma >= verb) return;
        int first = -1;
        for (int i = comma + 1; i < verb; i++)
        {
            if (heads[i] != act || relations[i] != "conj") continue;
            if (first < 0)
            {
                first = i;
                Hang(heads, relations, first, verb, "nsubj");
            }
            else Hang(heads, relations, i, first, "conj");
        }
        if (first >= 0) relations[span] = "obl:unmarked";
    }

    /// <summary>
    /// "Hours later, soldiers and officers of Pakal, a state rapid-reaction force, clashed with gunmen", parsed with "Hours" the root,
    /// the soldiers and officers conjuncts of "later" and "clashed" a modifier of the apposition: an opening span of time with "later"
    /// or "earlier" and its comma dates the subjectless past verb after it, which is the root; the first noun hung on "later" is its
    /// subject, the rest that noun's conjuncts or apposition.
    /// </summary>
    private static void OpeningSpanReadAsTheRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        const int span = 0, later = 1, comma = 2;
        if (heads.Length < 8 || relations[span] != "root" || xpos[span] != "NNS" || heads[later] != span || relations[later] != "advmod" || forms[comma] != ","
            || forms[later].ToLowerInvariant() is not ("later" or "earlier") || !TimeSpanNouns.Contains(forms[span].ToLowerInvariant())) return;
        int verb = -1;
        for (int i = comma + 2; i < heads.Length && verb < 0; i++)
        {
            if (xpos[i] is "VBD" or "VBZ" or "VBP" && relations[i] is "acl" or "appos" or "conj" && !HasDependent(heads, relations, i, "nsubj")
                && !HasDependent(heads, relations, i, "nsubj:pass")) verb = i;
        }
        int subject = -1;
        for (int i = comma + 1; i < verb && subject < 0; i++)
        {
            if (heads[i] == later && relations[i] == "conj" && IsNoun(xpos[i])) subject = i;
        }
        if (verb < 0 || subject < 0) return;
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, span, verb, "obl:unmarked");
        Hang(heads, relations, subject, verb, "nsubj");
        for (int i = subject + 1; i < verb; i++)
        {
            if (heads[i] == later) heads[i] = subject;
        }
        Rehang(heads, span, verb, after: verb);
        if (heads[comma] == span) heads[comma] = verb;
    }

    /// <summary>
    /// "On Thursday, dozens of relatives of auxiliary fighters killed in the attack gathered outside the governor's office", parsed with
    /// the day the root, the relatives its apposition, "killed" its modifier and "gathered" the participle's adverbial: a subjectless
    /// past under a participle on an opening day root is the root, the day its time, the noun after the day's comma its subject and the
    /// participle the noun's before it.
    /// </summary>
    private static void PastUnderAParticipleOnAnOpeningDayRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        const int on = 0, day = 1, comma = 2;
        if (heads.Length < 8 || heads[day] != -1 || forms[comma] != "," || !IsDayWord(forms[day]) || !forms[on].Equals("on", StringComparison.OrdinalIgnoreCase)) return;
        int subject = comma + 1;
        while (subject < heads.Length && heads[subject] != day) subject++;
        if (subject >= heads.Length || !IsNoun(xpos[subject]) || relations[subject] is not ("appos" or "nsubj" or "conj")) return;
        for (int participle = subject + 2; participle + 2 < heads.Length; participle++)
        {
            if (heads[participle] != day || relations[participle] != "acl" || xpos[participle] != "VBN" || xpos[participle - 1] is not ("NN" or "NNS")) continue;
            for (int verb = participle + 2; verb < heads.Length; verb++)
            {
                if (heads[verb] != participle || relations[verb] is not ("advcl" or "conj" or "parataxis") || xpos[verb] != "VBD"
                    || HasASubject(heads, relations, verb)) continue;
                Hang(heads, relations, verb, -1, "root");
                Hang(heads, relations, day, verb, "obl");
                Hang(heads, relations, subject, verb, "nsubj");
                Hang(heads, relations, participle, participle - 1, "acl");
                Rehang(heads, day, verb, after: verb);
                Rehang(heads, participle, verb, after: verb);
                if (heads[comma] == day) heads[comma] = verb;
                return;
            }
            return;
        }
    }

    private static bool IsDayWord(string form) => form is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    /// <summary>
    /// "Human rights groups say more than 300 social leaders have been killed", parsed with "rights" as a noun
    /// root and "groups say ..." as its relative clause: a noun root right before the subject of a verb that
    /// modifies it, with no relative word, is that subject's compound, and the verb the root.
    /// </summary>
    private static void CompoundSplitIntoRootAndSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || xpos[root] is not ("NN" or "NNS" or "NNPS") || root + 2 >= heads.Length) return;
        // ("The British military's United Kingdom Maritime Trade Operations (UKMTO) agency said": past the name's acronym in brackets.)
        int subject = root + 1;
        if (xpos[subject] == "-LRB-" && subject + 3 < heads.Length && xpos[subject + 2] == "-RRB-" && heads[subject + 1] == root) subject += 3;
        // ("A Russian drone and missile attack on Odesa killed four people", with "drone" the root and "missile" its conjunct:
        // past a coordinated modifier, and with the verb read as the root's parataxis.)
        bool coordinated = xpos[subject] == "CC" && subject + 2 < heads.Length && heads[subject + 1] == root && relations[subject + 1] == "conj" && IsNoun(xpos[subject + 1]);
        if (coordinated) subject += 2;
        if (relations[subject] != "nsubj" || xpos[subject] is not ("NN" or "NNS")) return;
        int verb = heads[subject];
        if (verb <= subject || heads[verb] != root || !IsVerb(xpos[verb])
            || relations[verb] is not ("acl:relcl" or "advcl:relcl") && !(coordinated && relations[verb] == "parataxis")) return;
        for (int i = subject + 1; i < verb; i++)
        {
            if (!Dominates(heads, subject, i) && heads[i] != verb) return;   // only the subject's words and the verb's own before it
        }
        for (int i = 0; i < root; i++)
        {
            if (heads[i] == root && xpos[i] is "WDT" or "WP" or "IN") return;
        }
        heads[verb] = -1;
        relations[verb] = "root";
        heads[root] = subject;
        relations[root] = "compound";
        Rehang(heads, root, verb, after: verb);   // what follows the verb is the verb's
    }

    /// <summary>
    /// "Republican presidential nominee Donald Trump could embrace a clean energy policy", parsed with the
    /// nominee as the root and "embrace" as its clause: a noun root right before a name that is the subject of
    /// a verb hung on that noun, with only the name's words and the verb's auxiliaries between, is the verb's
    /// subject, the name its apposition (as the parser reads "The Republican nominee Donald Trump said"); not
    /// a relative clause on the noun ("Everything Trump says is a lie").
    /// </summary>
    private static void TitleRootBeforeTheNameOfItsVerb(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || xpos[root] is not ("NN" or "NNS") || root + 3 >= heads.Length) return;
        int name = root + 1;
        if (relations[name] != "nsubj" || xpos[name] is not ("NNP" or "NNPS") || heads[name] is not (> 0 and var verb)) return;
        if (verb <= name || heads[verb] != root || relations[verb] is not ("acl" or "parataxis" or "ccomp" or "acl:relcl") || !IsVerb(xpos[verb])) return;
        // ("Human rights group CNDDHH called/acl:relcl for an investigation": a "relative clause" whose verb has its own
        // object or oblique after it lacks nothing, and is the sentence's predicate.)
        // (Not on a predicate noun, "That is the oath Senators swore on January 16".)
        if (relations[verb] == "acl:relcl" && !(xpos[verb] is "VBD" or "VBZ" && HasDependentAfter(heads, relations, verb, "obj", "obl")
                                                 && !HasDependent(heads, relations, root, "cop") && !HasDependent(heads, relations, root, "nsubj"))) return;
        for (int i = 0; i < root; i++)
        {
            if (!Dominates(heads, root, i)) return;   // only the noun's own modifiers before it ("Human/amod> rights/compound> group")
        }
        for (int i = name + 1; i < verb; i++)
        {
            if (heads[i] != name && !(heads[i] == verb && relations[i] is "aux" or "aux:pass" or "advmod")) return;
        }
        NounRootBecomesTheSubject(heads, relations, root, name, verb);
    }

    /// <summary>
    /// "The regional governor, Colonel Abdourahamane Garba, accused ...", parsed with the governor as the
    /// root, the name as the subject of a verb hung on it: a noun root, then a name between commas that is
    /// the subject of the verb right after, is that verb's subject, the name its apposition.
    /// </summary>
    private static void NounRootWithItsNameAsSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || xpos[root] is not ("NN" or "NNS") || root + 3 >= heads.Length) return;
        // ("A lawmaker representing Alkaleri in the state assembly, Auwal Tsoho, accused ...": or after the noun's own modifiers.)
        int comma = root + 1;
        while (comma < heads.Length && comma < root + 12 && xpos[comma] != "," && Dominates(heads, root, comma) && heads[comma] != -1) comma++;
        if (comma + 2 >= heads.Length || xpos[comma] != ",") return;
        int name = comma + 1;
        if (relations[name] != "nsubj" || xpos[name] is not ("NNP" or "NNPS")) return;
        int verb = heads[name];
        if (verb <= name || heads[verb] != root || relations[verb] != "parataxis" || !IsVerb(xpos[verb]) || xpos[verb - 1] != ",") return;
        for (int i = root + 1; i < comma; i++)
        {
            if (Dominates(heads, verb, i)) return;
        }
        for (int i = name + 1; i < verb - 1; i++)
        {
            if (heads[i] != name) return;   // only the name's own words between the commas
        }
        NounRootBecomesTheSubject(heads, relations, root, name, verb);
    }

    /// <summary>
    /// "Pakistani and Afghan officials met/VBN>officials in Doha last month and agreed to set up a joint mechanism", parsed with
    /// "met" as a participle on the subject ("officials met in Doha") and "agreed" as the root: a participle on the root's
    /// subject whose phrase ends right before "and" and the root is the first of two coordinated verbs, and the subject's.
    /// </summary>
    private static void FirstVerbReadAsAParticipleOfTheSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 3 || xpos[root] != "VBD" || xpos[root - 1] != "CC" || heads[root - 1] != root) return;
        // (Not two passives, "A banner signed by a criminal group and hung/VBD from a bridge threatened ...": the root takes
        // an object or a clause of its own, and the participle no agent.)
        if (!HasDependent(heads, relations, root, "obj") && !HasDependent(heads, relations, root, "xcomp") && !HasDependent(heads, relations, root, "ccomp")) return;
        for (int participle = 1; participle < root - 1; participle++)
        {
            if (relations[participle] != "acl" || xpos[participle] != "VBN" || heads[participle] is not (>= 0 and var subject) || heads[subject] != root
                || relations[subject] != "nsubj" || SubtreeEnd(heads, participle) != root - 2 || HasDependent(heads, relations, participle, "obl:agent")) continue;
            Hang(heads, relations, participle, -1, "root");
            Hang(heads, relations, subject, participle, "nsubj");
            Hang(heads, relations, root, participle, "conj");
            return;
        }
    }

    /// <summary>
    /// "The Pakistani Taliban denied that any of its fighters had been killed, spokesman Muhammad Khurasani said/ccomp>denied in a
    /// post on X, and accused the army ...", parsed with the inserted "said" as what was denied and the denied clause hung on
    /// it: a verb of reporting with its own subject after a comma, read as the clause of an earlier verb, whose "that" clause
    /// before it is that verb's, is inserted (parataxis); the "that" clause is the earlier verb's, and a verb coordinated after
    /// the insertion is the earlier verb's conjunct (the Taliban accused).
    /// </summary>
    private static void InsertedReporterReadAsWhatWasReported(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations)
    {
        for (int reporter = 4; reporter < heads.Length; reporter++)
        {
            if (relations[reporter] != "ccomp" || !ReportingForms.Contains(forms[reporter]) || heads[reporter] is not (>= 0 and var earlier) || earlier >= reporter) continue;
            int comma = CommaBeforeTheReportersSubject(forms, heads, relations, reporter);
            if (comma < 0) continue;
            int clause = -1;
            for (int i = earlier + 1; i < comma; i++)
            {
                if (heads[i] == reporter && relations[i] is "advcl" or "ccomp" && HasThatMark(forms, heads, relations, i)) clause = i;
            }
            if (clause < 0) continue;
            Hang(heads, relations, clause, earlier, "ccomp");
            Hang(heads, relations, reporter, earlier, "parataxis");
            for (int i = reporter + 1; i < heads.Length; i++)
            {
                if (heads[i] == reporter && relations[i] == "conj") heads[i] = earlier;
            }
            return;
        }
    }

    /// <summary>The verb becomes the root, the noun root its subject with the name in apposition, and what follows the verb is the verb's.</summary>
    private static void NounRootBecomesTheSubject(Span<int> heads, Span<string> relations, int root, int name, int verb)
    {
        Hang(heads, relations, name, root, "appos");
        NounRootBecomesTheVerbsSubject(heads, relations, root, verb);
    }

    /// <summary>The verb becomes the root and the noun root its subject; what followed the verb on the noun is the verb's.</summary>
    private static void NounRootBecomesTheVerbsSubject(Span<int> heads, Span<string> relations, int noun, int verb)
    {
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, noun, verb, "nsubj");
        Rehang(heads, noun, verb, after: verb);
    }

    /// <summary>
    /// "On Tuesday, truck drivers angry at the insecurity blocked the Pan-American Highway", parsed with "angry"
    /// as the root and "blocked" its conjunct without "and": an adjective root with a subject before it and a
    /// finite verb as its conjunct with no conjunction is the subject's modifier, and the verb the root. So is
    /// one with the verb after it as its clausal subject ("Soldiers loyal to the government fought a group of
    /// armed men", "fought" read as the csubj of "loyal"): no clause is the subject of a predicate before it
    /// without a copula.
    /// </summary>
    private static void AdjectiveAfterItsSubjectReadAsTheRoot(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 1 || xpos[root] != "JJ") return;
        int subject = -1, verb = -1;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] != root) continue;
            if (i < root && relations[i] == "nsubj") subject = i;
            if (i > root && verb < 0 && xpos[i] is "VBD" or "VBZ" or "VBP"
                && (relations[i] == "conj" && !HasDependent(heads, relations, i, "cc") || relations[i] == "csubj" && !HasDependent(heads, relations, root, "cop"))) verb = i;
        }
        if (subject < 0 || verb < 0 || subject != root - 1) return;
        for (int i = 0; i < subject; i++)
        {
            if (heads[i] == root) heads[i] = verb;
        }
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, subject, verb, "nsubj");
        Hang(heads, relations, root, subject, "amod");
    }

    /// <summary>
    /// "Provincial police commander Pedro da Silva told reporters ...", parsed with the opening adjective as the root
    /// and "told" its conjunct (or "said" its relative clause): an adjective that opens the sentence, before a noun,
    /// with no subject or copula of its own and a finite verb hung on it, modifies that noun, and the verb is the root.
    /// </summary>
    private static void OpeningAdjectiveReadAsTheRoot(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        if (heads.Length < 4 || heads[0] != -1 || xpos[0] != "JJ" || !IsNoun(xpos[1])) return;
        int verb = -1;
        for (int i = 2; i < heads.Length; i++)
        {
            if (heads[i] != 0) continue;
            if (relations[i].StartsWith("nsubj", StringComparison.Ordinal) || relations[i] is "cop" or "cc") return;
            if (verb < 0 && xpos[i] is "VBD" or "VBZ" or "VBP" && relations[i] is "conj" or "advcl:relcl" or "acl:relcl" or "parataxis" or "ccomp") verb = i;
        }
        if (verb < 0) return;
        // The noun the adjective modifies: the head of the compound it opens ("police commander"), not a name after it.
        int noun = 1;
        if (relations[1] == "compound" && heads[1] > 1 && xpos[heads[1]] is "NN" or "NNS") noun = heads[1];
        Rehang(heads, 0, verb, 0);
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, 0, noun, "amod");
    }

    /// <summary>
    /// "Later that day, the army also targeted an RSF position", parsed with "Later" the root and the verb a clause on "day":
    /// an opening adverb read as the root, with no subject, above a finite verb that has its own subject and opens after a
    /// comma, is the verb's modifier, the verb the root. So is an opening adjective above a verb read as a clause on the noun
    /// after the comma: "Late on Wednesday, air force jets bombed", the noun the verb's subject.
    /// </summary>
    private static void OpeningAdverbReadAsTheRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        if (heads.Length < 5 || heads[0] != -1 || xpos[0] is not ("RB" or "RBR" or "JJ") || HasASubject(heads, relations, 0)) return;
        for (int verb = 2; verb < heads.Length; verb++)
        {
            if (xpos[verb] is not ("VBD" or "VBZ" or "VBP") || relations[verb] is not ("acl" or "acl:relcl" or "conj" or "parataxis" or "ccomp" or "advcl")
                || heads[verb] is not (>= 0 and var head)) continue;
            if (relations[verb] == "acl" && head < verb && IsNoun(xpos[head]) && heads[head] is >= 0 and var above && (above == 0 || heads[above] == 0)
                && !HasASubject(heads, relations, verb) && AfterAComma(forms, heads, head))
            {
                Hang(heads, relations, head, verb, "nsubj");
            }
            else if (xpos[0] == "JJ" || head != 0 && heads[head] != 0 || !HasASubject(heads, relations, verb)) continue;
            if (!AfterAComma(forms, heads, verb)) return;
            Rehang(heads, 0, verb, -1);
            Hang(heads, relations, verb, -1, "root");
            Hang(heads, relations, 0, verb, "advmod");
            return;
        }
    }

    /// <summary>
    /// "The government declared a state of emergency late on Tuesday, and hundreds of soldiers were deployed to Cocachacra",
    /// parsed with Tuesday the subject of "deployed" and the soldiers its conjunct: a day after "on" read as the subject of a
    /// clause below the main verb, with a noun after ", and" as its conjunct, is the main verb's time, the noun the clause's
    /// subject and the clause the main verb's conjunct.
    /// </summary>
    private static void DayReadAsTheSubjectOfTheClauseAfterItsAnd(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int day)
    {
        if (relations[day] is not ("nsubj" or "nsubj:pass") || !IsDayWord(forms[day]) || heads[day] is not (> 0 and var verb) || verb < day
            || !forms[day - 1].Equals("on", StringComparison.Ordinal) || heads[day - 1] != day
            || relations[verb] is not ("ccomp" or "advcl" or "conj") || heads[verb] is not (>= 0 and var main) || main > day) return;
        int second = -1, and = -1;
        for (int i = day + 1; i < verb; i++)
        {
            if (heads[i] == day && relations[i] == "conj" && IsNoun(xpos[i])) { second = i; break; }
            if (forms[i].Equals("and", StringComparison.OrdinalIgnoreCase)) and = i;
        }
        if (second < 0 || and < 0 || and != day + 1 && !(and == day + 2 && forms[day + 1] == ",")) return;
        Hang(heads, relations, second, verb, relations[day]);
        Hang(heads, relations, day, main, "obl");
        Coordinate(heads, relations, main, and, verb);
        if (forms[and - 1] == ",") Hang(heads, relations, and - 1, verb, "punct");
    }

    /// <summary>
    /// "Azerbaijan's Defence Ministry denied that its soldiers had opened fire and on Wednesday accused Armenian units of firing",
    /// parsed with Wednesday the subject of "accused" and "accused" coordinated inside what was denied: a day after "and on" is the
    /// time of the past tense after it; and that past, coordinated with a pluperfect the reporter's verb holds, is the reporter's.
    /// </summary>
    private static void DayAfterAndOnReadAsTheSubjectOfAPast(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int day)
    {
        if (!forms[day - 1].Equals("on", StringComparison.Ordinal) || !forms[day - 2].Equals("and", StringComparison.Ordinal) || !IsDayWord(forms[day])
            || xpos[day + 1] != "VBD") return;
        int verb = day + 1;
        // (Or with the day the conjunct and the past a clause on it.)
        if (relations[day] == "conj" && heads[verb] == day && relations[verb] == "acl" && heads[day] >= 0)
        {
            Hang(heads, relations, verb, heads[day], "conj");
            Rehang(heads, day, verb, after: verb);
            if (heads[day - 2] == day) heads[day - 2] = verb;
        }
        else if (relations[day] != "nsubj" || heads[day] != verb) return;
        Hang(heads, relations, day, verb, "obl");
        if (relations[verb] != "conj" || heads[verb] is not (>= 0 and var first) || xpos[first] != "VBN" || relations[first] != "ccomp"
            || !HasDependent(heads, relations, first, "aux") || heads[first] is not (>= 0 and var reporter) || reporter > first) return;
        heads[verb] = reporter;
    }

    /// <summary>
    /// "ELN fighters attacked a police patrol ..., wounding three officers, and on Sunday the rebels freed two soldiers", parsed with
    /// Sunday a conjunct of the officers and "freed" a relative clause on it (or on the noun the day is a conjunct of): a day after
    /// "and on" before a subject and its past is that past's time, and the past a conjunct of the sentence's verb.
    /// </summary>
    private static void DayAfterAndOnBeforeASubjectReadAsAConjunct(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int day)
    {
        if (relations[day] != "conj" || heads.IndexOf(-1) is not (>= 0 and var root) || root > day || !IsVerb(xpos[root])) return;
        int verb = day + 1;
        while (verb < heads.Length && verb <= day + 4 && xpos[verb] is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "CD") verb++;
        if (verb == day + 1 || verb >= heads.Length || xpos[verb] != "VBD" || heads[verb] != day && heads[verb] != heads[day] || relations[verb] is not ("acl" or "acl:relcl")
            || !HasDependent(heads, relations, verb, "nsubj") || !forms[day - 1].Equals("on", StringComparison.Ordinal)
            || !forms[day - 2].Equals("and", StringComparison.Ordinal) || !IsDayWord(forms[day])) return;
        Hang(heads, relations, verb, root, "conj");
        Hang(heads, relations, day, verb, "obl");
        Hang(heads, relations, day - 2, verb, "cc");
        Rehang(heads, day, verb, after: verb);
    }

    /// <summary>
    /// "The local council of Saraqib, a town east of Idlib ..., demanded in a statement that ...", "On Monday, elders of the
    /// Obeidat tribe, the largest in the area, demanded that ...", parsed with the verb a clause on the apposition and the noun
    /// (or the opening day) as the root: a past after the comma closing the apposition of the sentence's first noun phrase is that
    /// noun's verb, the root.
    /// </summary>
    private static void VerbReadAsAClauseOnTheSubjectsApposition(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "acl" || xpos[verb] is not ("VBD" or "VBN") || xpos[verb - 1] != "," || heads[verb] is not (>= 0 and var apposition)
            || relations[apposition] != "appos" || heads[apposition] is not (>= 0 and var noun) || !IsNoun(xpos[noun]) || noun > apposition
            || HasDependent(heads, relations, verb, "nsubj") || HasDependent(heads, relations, verb, "aux:pass")) return;
        if (relations[noun] == "root")
        {
            NounRootBecomesTheVerbsSubject(heads, relations, noun, verb);
            return;
        }
        // (Or the noun is the object of an opening day read as the root: "On Monday, elders ...".)
        if (heads[noun] is not (>= 0 and var day) || relations[day] != "root" || day > noun || !IsNoun(xpos[day]) || relations[noun] != "obj") return;
        NounRootBecomesTheVerbsSubject(heads, relations, day, verb);
        relations[day] = "obl";
        Hang(heads, relations, noun, verb, "nsubj");
    }

    /// <summary>
    /// "Several hundred people, many of them farmers from villages along the frontier, had blocked the road", parsed with the
    /// farmers the subject and the people a bare oblique: the noun before ", many of them" is the subject and what "many of them"
    /// are its apposition.
    /// </summary>
    private static void SomeOfThemApposedToTheSubjectReadAsTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int of)
    {
        if (xpos[of - 2] != "," || !IsNoun(xpos[of - 3]) || !forms[of].Equals("of", StringComparison.Ordinal) || !forms[of + 1].Equals("them", StringComparison.OrdinalIgnoreCase)
            || xpos[of - 1] is not ("JJ" or "DT" or "CD" or "PDT")) return;
        int people = of - 3, quantifier = of - 1;
        int apposed = relations[quantifier] == "nsubj" ? quantifier : heads[quantifier] is >= 0 and var noun && noun > of && relations[noun] == "nsubj" ? noun : -1;
        if (apposed < 0 || heads[apposed] is not (>= 0 and var verb) || heads[people] != verb || relations[people] == "nsubj") return;
        Hang(heads, relations, people, verb, "nsubj");
        Hang(heads, relations, apposed, people, "appos");
        Hang(heads, relations, of - 2, apposed, "punct");
    }

    /// <summary>
    /// "The Interior Ministry denied that officers had used rubber bullets, saying they had shown ...", parsed with "used" the
    /// subject of "saying" and the "that" and "saying" clauses one: a verb with a subject of its own, read as the subject of a
    /// participle after a comma, is the reported clause (the "that" is its mark) and the participle an adjunct of the verb it
    /// hung on.
    /// </summary>
    private static void ReportedClauseReadAsTheSubjectOfAParticiple(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "nsubj" || xpos[verb] is not ("VBN" or "VBD") || heads[verb] is not (>= 0 and var participle) || participle < verb
            || xpos[participle] != "VBG" || xpos[participle - 1] != "," || heads[participle] is not (>= 0 and var reporter) || Dominates(heads, verb, reporter)) return;
        int subject = -1, mark = -1;
        for (int i = 0; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] == "nsubj") subject = i;
            if (heads[i] == participle && relations[i] == "mark" && xpos[i] == "IN") mark = i;
        }
        if (subject < 0 || mark < 0) return;
        Hang(heads, relations, verb, reporter, relations[participle]);
        Hang(heads, relations, mark, verb, "mark");
        Hang(heads, relations, participle, reporter, "advcl");
    }

    /// <summary>
    /// "The African Union Commission condemned the strike on Tuesday, and the UN humanitarian coordinator for Sudan called on
    /// both warring parties ...", parsed with "condemned" the subject of "called" and the coordinator its conjunct: a finite verb
    /// read as the subject of a later verb, with a noun after "and" as its conjunct, is the first clause's verb, the later verb its
    /// conjunct and the noun that verb's subject.
    /// </summary>
    private static void VerbReadAsTheSubjectOfTheNextClause(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "nsubj" || xpos[verb] is not ("VBD" or "VBZ" or "VBP") || heads[verb] is not (>= 0 and var next) || next < verb || !IsVerb(xpos[next])) return;
        int noun = -1, and = -1;
        for (int i = verb + 1; i < next; i++)
        {
            if (heads[i] == verb && relations[i] == "conj" && IsNoun(xpos[i])) noun = i;
        }
        if (noun < 0) return;
        for (int i = verb + 1; i < noun; i++)
        {
            if (heads[i] == noun && relations[i] == "cc") and = i;
        }
        if (and < 0 || Dominates(heads, noun, next)) return;
        Hang(heads, relations, verb, heads[next], relations[next]);
        Hang(heads, relations, next, verb, "conj");
        Hang(heads, relations, noun, next, "nsubj");
        Hang(heads, relations, and, next, "cc");
        if (xpos[and - 1] == "," && heads[and - 1] == noun) heads[and - 1] = next;
        // (What closed the sentence on the later verb, the full stop, is the first verb's now.)
        for (int i = next + 1; i < heads.Length; i++)
        {
            if (heads[i] == next && relations[i] == "punct" && i == heads.Length - 1) heads[i] = verb;
        }
    }

    /// <summary>
    /// "declared a state of emergency ..., suspending freedom of assembly, and hundreds of soldiers were deployed to Cocachacra",
    /// parsed with "hundreds" a conjunct of "suspending" and the passive without a subject: the noun phrase right before a
    /// subjectless passive's auxiliary, read as a verb's conjunct after "and", is the passive's subject, and the passive the
    /// conjunct of that verb (of the clause's verb, for an "-ing" adjunct).
    /// </summary>
    private static void SubjectOfAPassiveReadAsAVerbsConjunct(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int passive)
    {
        if (xpos[passive] != "VBN" || passive < 3 || xpos[passive - 1] is not ("VBD" or "VBP" or "VBZ") || heads[passive - 1] != passive || relations[passive - 1] != "aux:pass"
            || HasDependent(heads, relations, passive, "nsubj:pass") || HasDependent(heads, relations, passive, "nsubj")) return;
        int noun = passive - 2;
        while (heads[noun] >= 0 && heads[noun] < noun && IsNoun(xpos[heads[noun]]) && relations[noun] is "nmod" or "compound" or "amod" or "flat") noun = heads[noun];
        if (!IsNoun(xpos[noun]) || relations[noun] != "conj" || heads[noun] is not (>= 0 and var verb) || verb > noun || !IsVerb(xpos[verb])) return;
        int and = -1;
        for (int i = verb + 1; i < noun; i++)
        {
            if (heads[i] == noun && relations[i] == "cc") and = i;
        }
        if (and < 0) return;
        int coordinated = xpos[verb] == "VBG" && relations[verb] == "advcl" && heads[verb] >= 0 ? heads[verb] : verb;
        Hang(heads, relations, noun, passive, "nsubj:pass");
        Coordinate(heads, relations, coordinated, and, passive);
        if (xpos[and - 1] == "," && heads[and - 1] == noun) heads[and - 1] = passive;
    }

    /// <summary>
    /// "Last month, Somali regional police and Oromo militiamen clashed over grazing land", parsed with the police
    /// as the month's conjunct and the militiamen alone as the subject: a noun coordinated with an opening time,
    /// before "and" and the verb's subject, is the first of its coordinated subjects.
    /// </summary>
    private static void SubjectReadAsAConjunctOfTheTime(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int time)
    {
        // (The relation first: the word's lower case is made only for the few words it lets through.)
        bool readAsSubject = relations[time] == "nsubj";
        if (!readAsSubject && !relations[time].StartsWith("obl", StringComparison.Ordinal) || heads[time] is not (> 0 and var verb) || verb < time
            || !IsDayWord(forms[time]) && !TimeWords.Contains(forms[time].ToLowerInvariant())) return;
        int first = -1;
        for (int i = time + 1; i < verb; i++)
        {
            if (heads[i] == time && relations[i] == "conj" && IsNoun(xpos[i])) { first = i; break; }
        }
        if (first < 0) return;
        // ("Last Saturday, ELN fighters and the 33rd Front clashed", with the opening day itself the subject and both doers its
        // conjuncts: the first noun after the day's comma is the subject, the later ones its conjuncts.)
        if (readAsSubject)
        {
            if (forms[time + 1] != "," || SubtreeStart(heads, first) > time + 2 || SubtreeStart(heads, time) != 0) return;
            for (int i = first + 1; i < verb; i++) if (heads[i] == time) heads[i] = first;
            Hang(heads, relations, first, verb, "nsubj");
            Hang(heads, relations, time + 1, verb, "punct");
            Hang(heads, relations, time, verb, "obl:unmarked");
            return;
        }
        int subject = -1, and = -1;
        for (int i = first + 1; i < verb; i++)
        {
            if (and < 0 && forms[i].Equals("and", StringComparison.OrdinalIgnoreCase)) and = i;
            if (heads[i] == verb && relations[i] == "nsubj") subject = i;
        }
        if (subject < 0 || and < 0 || and > subject) return;
        Hang(heads, relations, first, verb, "nsubj");
        Coordinate(heads, relations, first, and, subject);
    }

    /// <summary>
    /// "Last Thursday, ELN fighters and members of the 33rd Front clashed", parsed with the day a first subject beside the
    /// fighters: an opening time read as a subject, set off by a comma before the verb's own subject, is the verb's time.
    /// </summary>
    private static void OpeningTimeReadAsASecondSubject(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int time)
    {
        if (relations[time] != "nsubj" || heads[time] is not (> 0 and var verb) || verb < time || SubtreeEnd(heads, time) + 1 is var comma && (comma >= verb || forms[comma] != ",")
            || SubtreeStart(heads, time) != 0 || !HasDependent(heads, relations, verb, "nsubj", except: time)
            || !IsDayWord(forms[time]) && !TimeWords.Contains(forms[time].ToLowerInvariant())) return;
        Hang(heads, relations, time, verb, HasCase(heads, relations, time) ? "obl" : "obl:unmarked");
    }

    /// <summary>
    /// "Amnesty International last month accused Mozambican soldiers of beating ...", parsed with "month" the
    /// subject of "accused" and the name the root beside it: a time ("last month", "this week") read as the
    /// subject of a verb hung on the noun root right before it is that verb's time, the verb the root and the
    /// noun its subject.
    /// </summary>
    private static void TimeReadAsTheSubjectAfterANounRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || !IsNoun(xpos[root]) || HasDependent(heads, relations, root, "cop")) return;
        for (int time = root + 1; time + 1 < heads.Length; time++)
        {
            if (relations[time] != "nsubj" || !TimeWords.Contains(forms[time].ToLowerInvariant()) || heads[time] is not (> 0 and var verb) || verb <= time
                || heads[verb] != root || relations[verb] is not ("parataxis" or "ccomp" or "acl" or "conj") || xpos[verb] is not ("VBD" or "VBZ" or "VBP")) continue;
            int timeStart = SubtreeStart(heads, time);
            // (Right after the noun's own phrase: not after words of the verb's, "In a statement, the group last week said".)
            if (timeStart < 1 || forms[timeStart].ToLowerInvariant() is not ("last" or "this" or "next" or "earlier" or "later")
                || Dominates(heads, verb, timeStart - 1)) continue;
            Hang(heads, relations, verb, -1, "root");
            Hang(heads, relations, root, verb, "nsubj");
            Hang(heads, relations, time, verb, "obl:unmarked");
            Rehang(heads, root, verb, after: verb);
            return;
        }
    }

    /// <summary>
    /// "The SDF, in a statement late on Wednesday, accused Turkish-backed factions of shelling villages", parsed with the day as
    /// the root, the SDF its subject and the verb its parataxis after a comma: a day root with a subject before it and a
    /// subjectless finite verb after its comma is that verb's time, and the subject is the verb's.
    /// </summary>
    private static void DayRootBeforeItsSubjectsVerb(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 2 || root + 2 >= heads.Length || !IsDayWord(forms[root]) || forms[root + 1] != ",") return;
        int verb = root + 2;
        if (heads[verb] != root || relations[verb] is not ("parataxis" or "conj" or "advcl") || xpos[verb] is not ("VBD" or "VBZ" or "VBP")
            || HasDependent(heads, relations, verb, "nsubj")) return;
        int subject = -1;
        for (int i = 0; i < root; i++)
        {
            if (heads[i] == root && relations[i] == "nsubj") subject = i;
        }
        if (subject < 0) return;
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, root, verb, "obl");
        Hang(heads, relations, subject, verb, "nsubj");
        Hang(heads, relations, root + 1, verb, "punct");
        Rehang(heads, root, verb, after: verb);   // what follows the verb is the verb's
        // ("in a statement": a phrase between commas the parser hung on the subject says how the verb's act was done.)
        for (int i = subject + 1; i < root; i++)
        {
            if (heads[i] == subject && relations[i] == "nmod" && AfterAComma(forms, heads, i)) Hang(heads, relations, i, verb, "obl");
        }
    }

    /// <summary>
    /// "Early on Wednesday, soldiers and National Guard troops clashed with gunmen", parsed with the day as the
    /// root, the soldiers in apposition to it and the verb its conjunct with the troops alone as subject: a
    /// day root with a coordinated verb is that verb's time, and the noun in apposition to the day, before
    /// "and" and the verb's subject, is the first of its coordinated subjects.
    /// </summary>
    private static void DayRootBeforeCoordinatedSubjects(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || !IsDayWord(forms[root])) return;
        int verb = -1, first = -1;
        for (int i = root + 1; i < heads.Length; i++)
        {
            if (heads[i] == root && relations[i] == "appos" && IsNoun(xpos[i]) && first < 0) first = i;
            if (heads[i] == root && relations[i] == "conj" && xpos[i] is "VBD" or "VBZ" or "VBP") { verb = i; break; }
        }
        if (verb < 0 || first < 0) return;
        int subject = -1;
        for (int i = first + 1; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] == "nsubj") subject = i;
        }
        int and = first + 1;
        if (subject < 0 || and >= subject || !forms[and].Equals("and", StringComparison.OrdinalIgnoreCase)) return;
        heads[verb] = -1;
        relations[verb] = "root";
        heads[root] = verb;
        relations[root] = "obl";
        heads[first] = verb;
        relations[first] = "nsubj";
        heads[subject] = first;
        relations[subject] = "conj";
        heads[and] = subject;
        relations[and] = "cc";
        Rehang(heads, root, verb, after: verb);   // what follows the verb is the verb's
    }

    /// <summary>
    /// "North Kordofan's governor, Hamid Abdelrahim, accused the RSF", parsed with the governor as a bare
    /// oblique of the verb and the name as its subject: a title phrase that opens the sentence, hung on the
    /// verb with no preposition, right before a name between commas that is the verb's subject, is the
    /// subject, the name its apposition.
    /// </summary>
    private static void TitleBeforeItsNameReadAsOblique(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int name = 2; name + 2 < heads.Length; name++)
        {
            if (relations[name] != "nsubj" || xpos[name] is not ("NNP" or "NNPS") || xpos[name - 1] != ",") continue;
            int verb = heads[name], title = name - 2;
            if (verb <= name || !IsVerb(xpos[verb]) || xpos[title] is not ("NN" or "NNS") || heads[title] != verb
                || relations[title] is not ("obl" or "obl:npmod" or "nmod:poss") || SubtreeStart(heads, title) != 0) continue;
            if (HasDependent(heads, relations, title, "case")) continue;
            for (int i = name + 1; i < verb; i++)
            {
                if (heads[i] != name && !(xpos[i] == "," && i == verb - 1) && !(xpos[i] is "RB" && heads[i] == verb)) return;   // only the name's words, a comma, an adverb
            }
            heads[title] = verb;
            relations[title] = "nsubj";
            heads[name] = title;
            relations[name] = "appos";
            return;
        }
    }

    /// <summary>
    /// "On Tuesday, the governor of Ouaddai province, Gen. Ousmane Brahim, imposed a curfew", parsed with
    /// the governor in apposition to "Tuesday" and the verb without a subject: a noun after a comma in
    /// apposition to a phrase the verb's preposition opens, before a verb that has no subject, is its subject.
    /// </summary>
    private static void SubjectInAppositionToAnOpeningPhrase(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int subject)
    {
        if (relations[subject] != "appos" || !IsNoun(xpos[subject])) return;
        int phrase = heads[subject];
        // ("In a video posted on Monday, an RSF field commander, Hamid Abakar, threatened": or to the participle
        // that modifies the phrase.)
        while (phrase >= 0 && phrase < subject && relations[phrase] == "acl" && xpos[phrase] is "VBN" or "VBG") phrase = heads[phrase];
        if (phrase < 0 || phrase > subject || relations[phrase] is not ("obl" or "obl:tmod" or "obl:unmarked") || !CommaBefore(xpos, heads, phrase, subject)) return;
        int verb = heads[phrase];
        if (verb < subject || !IsVerb(xpos[verb])) return;
        bool opened = false;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass" or "expl" or "csubj") return;
            opened |= heads[i] == phrase && i < phrase && relations[i] == "case" && xpos[i] == "IN";
        }
        if (!opened) return;
        heads[subject] = verb;
        relations[subject] = "nsubj";
    }

    /// <summary>
    /// "On Sunday, the Baloch Yakjehti Committee (BYC), a rights group ..., staged a sit-in", parsed with the
    /// committee as an oblique of "staged" with no preposition and the verb without a subject: a noun
    /// before the verb, after a comma, that no preposition introduces (and that names no day or month) is
    /// its subject.
    /// </summary>
    private static void SubjectReadAsBareOblique(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "obl" || !IsNoun(xpos[noun]) || heads[noun] <= noun || !IsVerb(xpos[heads[noun]]) || HasCase(heads, relations, noun)) return;
        if (TimeWords.Contains(forms[noun].ToLowerInvariant())) return;
        int verb = heads[noun];
        bool afterComma = false;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass" or "expl" or "csubj") return;
            if (i < noun && xpos[i] == "," && i >= noun - 4) afterComma = true;
        }
        if (!afterComma) return;
        relations[noun] = "nsubj";
    }

    /// <summary>
    /// "Police arrested two men suspected of acting as informants for the kidnappers, and prosecutors in
    /// Bangui opened an investigation", parsed with "prosecutors" as a conjunct of "informants" and "opened"
    /// with no subject: a noun opened by ", and" right before a coordinated verb that has no subject is
    /// that verb's subject.
    /// </summary>
    private static void SubjectReadAsConjunctOfAnObject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        // (Or the sentence's root: "... in Catatumbo, and the World Food Programme (WFP) said it had delivered".)
        // (Or hung on the first verb as a loose clause: "accused the government ..., and two lawmakers from the
        // province demanded that ...".)
        bool coordinated = relations[verb] is "conj" or "parataxis" && heads[verb] >= 0 && heads[verb] < verb && IsVerb(xpos[heads[verb]]);
        if (!coordinated && relations[verb] != "root" || xpos[verb] is not ("VBD" or "VBZ" or "VBP")) return;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass" or "expl") return;
        }
        // The noun whose phrase ends right before the verb (an acronym in brackets after it aside).
        int noun = verb - 1;
        if (xpos[noun] == "-RRB-" && noun >= 3 && xpos[noun - 2] == "-LRB-") noun -= 3;
        // (Or the comma closing the subject's apposition: "..., but a community leader, Monday Kassah, told The
        // Associated Press that ...".)
        if (xpos[noun] == "," && noun >= 4)
        {
            int apposition = noun - 1;
            while (relations[apposition] == "flat" && heads[apposition] >= 0 && heads[apposition] < apposition) apposition = heads[apposition];
            if (relations[apposition] != "appos" || heads[apposition] >= apposition) return;
            noun = heads[apposition];
        }
        while (relations[noun] is "nmod" or "compound" or "flat" or "amod" or "nummod" or "appos" && heads[noun] >= 0 && heads[noun] < noun) noun = heads[noun];
        if (noun < 2 || !IsNoun(xpos[noun]) || relations[noun] != "conj" || heads[noun] >= noun) return;
        int first = noun;
        for (int i = noun - 1; i > heads[noun]; i--)
        {
            if (heads[i] == noun && relations[i] is not ("cc" or "punct")) first = i;
        }
        if (first < 2 || xpos[first - 1] != "CC" || xpos[first - 2] != ",") return;
        for (int i = first; i < noun; i++)
        {
            if (heads[i] < first) return;   // the phrase must hang on its noun alone
        }
        heads[noun] = verb;
        relations[noun] = "nsubj";
        heads[first - 1] = verb;
        heads[first - 2] = verb;
    }

    /// <summary>
    /// "A man who identified himself as a spokesman for the gang's leader, known locally as Kachalla Dan Sade, told the AP ...", parsed
    /// with "as" the mark of "told" and the name its subject: the name after "known (locally) as" is what the participle names, "as" its
    /// case; and the verb after the comma that closes it, under a noun root, is the root, the noun its subject.
    /// </summary>
    private static void NameAfterKnownAsReadAsTheSubjectOfTheNextVerb(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int name)
    {
        int @as = name - 1;
        if (xpos[name] != "NNP" || relations[name] != "nsubj" || heads[name] is not (> 0 and var verb) || verb < name || heads[@as] != verb || relations[@as] != "mark"
            || xpos[verb] is not ("VBD" or "VBZ" or "VBP") || xpos[verb - 1] != "," || !forms[@as].Equals("as", StringComparison.OrdinalIgnoreCase)) return;
        int known = @as - 1;
        if (known > 0 && relations[known] == "advmod" && heads[known] == known - 1) known--;
        if (!forms[known].Equals("known", StringComparison.OrdinalIgnoreCase) || Dominates(heads, name, known)) return;
        Hang(heads, relations, @as, name, "case");
        Hang(heads, relations, name, known, "obl");
        Hang(heads, relations, verb - 1, known, "punct");
        int root = heads.IndexOf(-1);
        if (root < 0 || root > known || !IsNoun(xpos[root]) || !Dominates(heads, root, verb)) return;
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, root, verb, "nsubj");
        Rehang(heads, root, verb, after: verb);
    }

    /// <summary>
    /// "The Pakistani Taliban, known as Tehreek-e-Taliban Pakistan (TTP), claimed responsibility", parsed with
    /// "known" a clause of "claimed" that has the Taliban for its subject, and the responsibility as the claim's
    /// subject: "known as" between commas after a noun names that noun, which is the subject of the verb after
    /// the closing comma; a subject after that verb is its object.
    /// </summary>
    private static void KnownAsReadAsAClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int known)
    {
        if (!forms[known].Equals("known", StringComparison.OrdinalIgnoreCase) || known < 2 || forms[known - 1] != "," || known + 1 >= forms.Length
            || !forms[known + 1].Equals("as", StringComparison.OrdinalIgnoreCase) || relations[known] is not ("ccomp" or "advcl") || heads[known] is not (> 0 and var verb)
            || verb <= known || xpos[verb] is not ("VBD" or "VBZ" or "VBP") || forms[verb - 1] != ",") return;
        int noun = -1;
        for (int i = 0; i < known - 1; i++)
        {
            if (heads[i] == known && relations[i] == "nsubj") noun = i;
        }
        if (noun < 0 || !IsNoun(xpos[noun])) return;
        Hang(heads, relations, noun, verb, "nsubj");
        Hang(heads, relations, known, noun, "acl");
        heads[known - 1] = known;
        for (int i = verb + 1; i < heads.Length; i++)
        {
            if (heads[i] == verb && relations[i] == "nsubj") relations[i] = "obj";
        }
    }

    /// <summary>
    /// "The attackers stormed Bokkos and nearby Mangu villages", parsed with the town a second subject of
    /// "stormed": a name right after a finite verb that has its subject before it and no object is its
    /// object (not after a verb of reporting, whose inverted subject may follow it: "..., said Alabo").
    /// </summary>
    private static void ObjectReadAsSubjectAfterItsVerb(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int second)
    {
        if (relations[second] != "nsubj" || xpos[second] is not ("NNP" or "NNPS") || heads[second] is not (>= 0 and var verb) || verb >= second
            || xpos[verb] is not ("VBD" or "VBZ" or "VBP") || SubtreeStart(heads, second) != verb + 1 || ReportingForms.Contains(forms[verb])) return;
        bool subjectBefore = false;
        for (int i = 0; i < verb; i++)
        {
            subjectBefore |= heads[i] == verb && relations[i] == "nsubj";
        }
        if (!subjectBefore || HasDependent(heads, relations, verb, "obj")) return;
        relations[second] = "obj";
    }

    /// <summary>
    /// "Soldiers sent to disarm a self-defense group opened fire on townspeople", parsed with "group" as a
    /// second subject of "opened": a noun phrase right after an infinitive that has no object, inside the
    /// first subject's modifier, is that infinitive's object.
    /// </summary>
    private static void ObjectReadAsSecondSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int second)
    {
        // ("A villager who helped bury the dead told": or an adjective standing for people after "the".)
        if (relations[second] != "nsubj" || !IsNoun(xpos[second]) && !(xpos[second] == "JJ" && second > 0 && xpos[second - 1] == "DT")) return;
        int verb = heads[second];
        int infinitive = SubtreeStart(heads, second) - 1;
        // ("navy personnel patrolling the Mamoré exchanged fire": so is one right after the subject's participle,
        // and one after its relative clause's past tense: "Officials who visited the site said".)
        if (infinitive >= 1 && (xpos[infinitive] == "VBG" && relations[infinitive] == "acl" || xpos[infinitive] == "VBD" && relations[infinitive] == "acl:relcl")
            && heads[infinitive] is >= 0 and var modified
            && relations[modified] == "nsubj" && heads[modified] == verb && !HasDependent(heads, relations, infinitive, "obj"))
        {
            heads[second] = infinitive;
            relations[second] = "obj";
            return;
        }
        // (A bare infinitive after "help": "who helped bury the dead".)
        bool afterTo = infinitive >= 1 && xpos[infinitive - 1] == "TO" && heads[infinitive - 1] == infinitive;
        bool bare = infinitive >= 1 && relations[infinitive] == "xcomp" && heads[infinitive] == infinitive - 1 && IsVerb(xpos[infinitive - 1]);
        if (infinitive < 1 || xpos[infinitive] != "VB" || !afterTo && !bare || HasDependent(heads, relations, infinitive, "obj")) return;
        // The infinitive hangs (through a participle) on the verb's other subject.
        int up = heads[infinitive], steps = 0;
        while (up >= 0 && steps++ < 3 && !(relations[up] == "nsubj" && heads[up] == verb)) up = heads[up];
        if (up < 0 || relations[up] != "nsubj" || heads[up] != verb || up >= infinitive) return;
        heads[second] = infinitive;
        relations[second] = "obj";
    }

    /// <summary>
    /// "masked men who said they belonged to Carteles Unidos threatened to kill growers", parsed with "to" the mark of
    /// "threatened" and the group its subject: a past tense takes no "to"; the name after it is the group they belonged to,
    /// and the past the verb of the noun the sentence opens with.
    /// </summary>
    private static void PastAfterToReadAsAnInfinitive(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || !IsNoun(xpos[root])) return;
        for (int verb = root + 3; verb < heads.Length; verb++)
        {
            if (xpos[verb] != "VBD" || relations[verb] is not ("advcl" or "ccomp") || heads[verb] is not (> 0 and var host) || host >= verb) continue;
            int to = -1, name = -1;
            for (int i = host + 1; i < verb; i++)
            {
                if (heads[i] == verb && relations[i] == "mark" && forms[i].Equals("to", StringComparison.OrdinalIgnoreCase)) to = i;
                if (heads[i] == verb && relations[i] == "nsubj" && to >= 0 && xpos[i] is "NNP" or "NNPS") name = i;
            }
            // (The name is what the verb right before "to" reaches: "belonged to Los Lobos".)
            if (name < 0 || !(xpos[to - 1] ?? "").StartsWith("VB", StringComparison.Ordinal)) continue;
            Hang(heads, relations, name, to - 1, "obl");
            Hang(heads, relations, to, name, "case");
            Hang(heads, relations, verb, -1, "root");
            Hang(heads, relations, root, verb, "nsubj");
            Rehang(heads, root, verb, after: verb);
            // ("In a video circulated on Saturday, masked men ...": a phrase before the noun, hung on it or its modifier, is the verb's.)
            for (int i = 0; i < root; i++)
            {
                if (relations[i] is "obl" or "advmod" && (heads[i] == root || heads[i] > i && heads[i] < root && heads[heads[i]] == root)) Hang(heads, relations, i, verb, relations[i]);
            }
            return;
        }
    }

    /// <summary>
    /// "..., fighters loyal to a local tribal leader and LNA soldiers exchanged fire", parsed with "LNA" a conjunct of
    /// "leader" and "soldiers" alone the subject: a name right after "and" and right before the verb's subject is that
    /// subject's modifier, and the subject the conjunct of the phrase the "and" closes, which (from the last comma on)
    /// is the first subject.
    /// </summary>
    private static void SecondSubjectsNameReadAsAConjunctOfTheFirst(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int subject)
    {
        int name = subject - 1, and = subject - 2;
        if (relations[subject] != "nsubj" || heads[subject] is not (> 0 and var verb) || verb < subject || !IsNoun(xpos[subject])
            || xpos[name] is not ("NNP" or "NNPS") || relations[name] != "conj" || xpos[and] != "CC" || heads[and] != name) return;
        int inner = heads[name];
        // (Not names coordinated before the subject's own noun: "armed Nuer and Anuak youths".)
        if (inner < 0 || inner >= and || Dominates(heads, subject, inner)) return;
        int comma = inner;
        while (comma >= 0 && xpos[comma] != ",") comma--;
        int first = inner;
        while (heads[first] > comma && heads[first] < and && heads[first] != first) first = heads[first];
        if (!IsNoun(xpos[first]) || first <= comma) return;
        Hang(heads, relations, first, verb, "nsubj");
        Coordinate(heads, relations, first, and, subject);
        Hang(heads, relations, name, subject, "compound");
    }

    /// <summary>
    /// "Last month, clashes between Turi and Bangash tribesmen over a forest ... killed at least 12 people", parsed with the
    /// clashes and the tribesmen two subjects of "killed": the noun right before "between" is the subject, and the phrase
    /// "between" opens (whose words the second subject heads) its "between" phrase (read as the noun's object, the phrase
    /// is <see cref="CaseHungOnAModifierOfItsNoun"/>'s).
    /// </summary>
    private static void BetweenPhraseReadAsASecondSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int between)
    {
        int noun = between - 1;
        if (!forms[between].Equals("between", StringComparison.Ordinal) || xpos[noun] is not ("NN" or "NNS")) return;
        if (!relations[noun].StartsWith("nsubj", StringComparison.Ordinal) || heads[noun] is not (>= 0 and var verb) || verb < between) return;
        int side = heads[between];
        while (side > between && side < verb && heads[side] != verb) side = heads[side];
        if (side <= between || side >= verb || heads[side] != verb || relations[side] != "nsubj" || SubtreeStart(heads, side) != between) return;
        Hang(heads, relations, side, noun, "nmod");
        Hang(heads, relations, between, side, "case");
        relations[noun] = "nsubj";
    }

    /// <summary>
    /// "Clashes between gunmen from the Shaitat tribe and a rival clan erupted", parsed with the clan coordinated with the
    /// tribe: a "between" phrase names two sides, so with no conjunct of its own, the conjunct after "and" of the phrase
    /// that ends it ("from the Shaitat tribe") is its second side.
    /// </summary>
    private static void SecondSideOfABetweenHungOnTheFirstsModifier(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int first)
    {
        if (relations[first] is not ("nmod" or "obl") || !HasDependentForm(forms, heads, relations, first, "case", "between") || HasDependent(heads, relations, first, "conj")) return;
        for (int modifier = first + 2; modifier < heads.Length; modifier++)
        {
            if (heads[modifier] != first || relations[modifier] != "nmod" || !HasDependentForm(forms, heads, relations, modifier, "case", "from")) continue;
            for (int side = modifier + 2; side < heads.Length; side++)
            {
                if (heads[side] != modifier || relations[side] != "conj" || !HasDependentForm(forms, heads, relations, side, "cc", "and")) continue;
                Hang(heads, relations, side, first, "conj");
                return;
            }
        }
    }

    /// <summary>
    /// "The arrests set off a gunfight on Tuesday night between police and gunmen", parsed with the "between" phrase on
    /// the night: a time names no sides, so a "between" phrase of two on a time right after a noun is that noun's.
    /// </summary>
    private static void BetweenPhraseHungOnATime(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int sides)
    {
        if (relations[sides] != "nmod" || heads[sides] is not (> 0 and var time) || !HasDependentForm(forms, heads, relations, sides, "case", "between")
            || !HasDependent(heads, relations, sides, "conj") || !TimeWords.Contains(forms[time].ToLowerInvariant())) return;
        int noun = SubtreeStart(heads, time) - 1;
        // (The time is the noun's or its verb's: "set off a gunfight on Tuesday night".)
        if (noun < 0 || xpos[noun] is not ("NN" or "NNS") || heads[time] != noun && heads[time] != heads[noun]) return;
        Hang(heads, relations, sides, noun, "nmod");
    }

    /// <summary>
    /// "Clashes between the army and the rebels killed 12 people", parsed with "Clashes" the root, "the army" its
    /// "between" phrase and "the rebels killed" a clause coordinated with it: the noun after "and" is the second side
    /// of the "between" phrase, the verb the sentence's, and the noun root its subject.
    /// </summary>
    private static void SecondSideOfABetweenReadAsASubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || xpos[root] is not ("NN" or "NNS")) return;
        for (int verb = root + 1; verb < heads.Length; verb++)
        {
            if (heads[verb] != root || relations[verb] != "conj" || xpos[verb] is not ("VBD" or "VBZ" or "VBP")) continue;
            int and = -1, side = -1;
            for (int i = root + 1; i < verb; i++)
            {
                if (heads[i] == verb && relations[i] == "cc" && forms[i].Equals("and", StringComparison.OrdinalIgnoreCase)) and = i;
                if (heads[i] == verb && relations[i] == "nsubj") side = i;
            }
            if (and < 0 || side < and) return;
            int first = and - 1;
            while (first > root && heads[first] != root) first = heads[first] > root && heads[first] < and ? heads[first] : root;
            if (first <= root || relations[first] is not ("obl" or "nmod")
                || !HasDependentForm(forms, heads, relations, first, "case", "between")) return;
            Coordinate(heads, relations, first, and, side);
            relations[first] = "nmod";
            Hang(heads, relations, verb, -1, "root");
            Hang(heads, relations, root, verb, "nsubj");
            Rehang(heads, root, verb, after: verb);
            return;
        }
    }

    /// <summary>
    /// "The UN humanitarian coordinator for Burkina Faso, Marie-Claire Dubuisson, appealed to all parties",
    /// parsed with the noun as the root and the verb as its conjunct: a finite verb coordinated with a
    /// noun root, with no "and" before it, is the sentence's verb and the noun its subject.
    /// </summary>
    private static void NounRootWithCoordinatedVerb(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || !IsNoun(xpos[root])) return;
        // ("The ... Association (BGMEA), the main factory owners' group, threatened workers": or of its apposition.)
        int verb = -1;
        for (int i = root + 1; i < heads.Length && verb < 0; i++)
        {
            // ("ISWAP, which split from Boko Haram in 2016, claimed responsibility": or of its relative clause
            // between commas, on a root without a copula; "A local official who asked not to be named told AFP":
            // or a verb of reporting after any relative clause.)
            // ("The Eastern Equatoria state governor, speaking in the state capital Torit on Wednesday, urged/VBN community leaders":
            // or a past read as a participle and an adverbial of the participle's phrase between commas, with an object.)
            if (relations[i] == "advcl" && xpos[i] is "VBN" or "VBD" && heads[i] > root && relations[heads[i]] == "acl" && xpos[heads[i]] == "VBG"
                && heads[heads[i]] == root && xpos[i - 1] == "," && xpos[SubtreeStart(heads, heads[i])] == "," && HasDependent(heads, relations, i, "obj")
                && !HasDependent(heads, relations, i, "aux") && !HasDependent(heads, relations, i, "aux:pass")) verb = i;
            else if (relations[i] == "conj" && xpos[i] is "VBD" or "VBZ" or "VBP"
                && (heads[i] == root || heads[i] > root && relations[heads[i]] == "appos" && heads[heads[i]] == root
                    || heads[i] > root && relations[heads[i]] == "acl:relcl" && heads[heads[i]] == root && !HasDependent(heads, relations, root, "cop")
                        && OpensWithARelativePronoun(xpos, heads, heads[i])
                        && (xpos[i - 1] == "," && xpos[SubtreeStart(heads, heads[i])] == "," || forms.Length == heads.Length && ReportingForms.Contains(forms[i]))
                    // ("The attackers, riding motorcycles, overpowered security guards": or of a participle's phrase between commas.)
                    || heads[i] > root && relations[heads[i]] == "acl" && xpos[heads[i]] == "VBG" && heads[heads[i]] == root
                       && xpos[i - 1] == "," && xpos[SubtreeStart(heads, heads[i])] == ",")) verb = i;
            // ("Clashes between Puntland and Galmudug forces along the line that divides the city killed at least 20 people": or a
            // past tense read as a participle on the object of a relative clause, with no subject of its own.)
            // (A relative clause that opens with "that" or "which", and a past with an object: not "advocates a tax modeled/VBD
            // after one"; a person's "who" clause has a repair of its own.)
            else if (relations[i] == "acl" && xpos[i] == "VBD" && heads[i] > root && heads[heads[i]] is var relative && relative > root
                     && relations[relative] == "acl:relcl" && OpensWithARelativePronoun(xpos, heads, relative) && xpos[SubtreeStart(heads, relative)] == "WDT"
                     && relations[heads[i]] == "obj"
                     && !HasDependent(heads, relations, i, "nsubj") && HasDependent(heads, relations, i, "obj")) verb = i;
            // ("A doctor at the Saudi Hospital, the only partially functioning medical facility in El Fasher, told The Associated
            // Press ...": or a subjectless verb hung on the root as parataxis right after the root's apposition and its comma.)
            else if (relations[i] == "parataxis" && heads[i] == root && xpos[i] is "VBD" or "VBZ" or "VBP" && xpos[i - 1] == ","
                     && !HasDependent(heads, relations, i, "nsubj") && HasApposedPhraseBefore(heads, relations, root, i)) verb = i;
        }
        if (verb < 0) return;
        for (int i = root + 1; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] == "cc") return;
        }
        heads[verb] = -1;
        relations[verb] = "root";
        heads[root] = verb;
        relations[root] = "nsubj";
        // What the noun held after the verb (the final stop) is the verb's now.
        Rehang(heads, root, verb, after: verb);
    }

    /// <summary>Whether the noun has an apposition between it and the word, ending right before the word's comma.</summary>
    private static bool HasApposedPhraseBefore(Span<int> heads, Span<string> relations, int noun, int word)
    {
        for (int i = noun + 1; i < word; i++)
        {
            if (heads[i] == noun && relations[i] == "appos" && SubtreeEnd(heads, i) == word - 2) return true;
        }
        return false;
    }

    /// <summary>
    /// "Residents of the nearby town of Bulo Burde said they heard heavy gunfire", parsed with "Residents" as the
    /// root and "said" as a clause of "town": a verb of reporting with no subject of its own, hung on a noun of
    /// the noun root's phrase right before it (not opened by a relative pronoun), is the sentence's verb, and
    /// the root its subject.
    /// </summary>
    private static void ReporterHungInsideItsSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || !IsNoun(xpos[root]) || forms.Length != heads.Length) return;
        int verb = root + 1;
        while (verb < heads.Length && !(ReportingForms.Contains(forms[verb]) && xpos[verb] is "VBD" or "VBZ" or "VBP")) verb++;
        if (verb >= heads.Length || heads[verb] is not (> 0 and var noun) || noun == root || noun > verb || !IsNoun(xpos[noun])
            || relations[verb] is not ("advcl" or "acl" or "acl:relcl" or "dep") || HasDependent(heads, relations, verb, "nsubj")) return;
        // (Every word between the root and the verb is the root's phrase: no relative pronoun, no comma, nothing of the verb's.)
        for (int i = root + 1; i < verb; i++)
        {
            if (xpos[i] is "WDT" or "WP" or "," || Dominates(heads, verb, i)) return;
        }
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, root, verb, "nsubj");
        Rehang(heads, root, verb, after: verb);
    }

    /// <summary>Whether a relative clause opens with its pronoun ("who", "which", "that"), not a clause the parser made one.</summary>
    private static bool OpensWithARelativePronoun(ReadOnlySpan<string?> xpos, Span<int> heads, int clause)
    {
        int start = SubtreeStart(heads, clause);
        if (xpos[start] == ",") start++;
        return start < clause && xpos[start] is "WDT" or "WP" && heads[start] == clause;
    }

    /// <summary>
    /// "The attacker, who was on foot, detonated his explosives ..., said Qasim Ali Khan", parsed with "attacker"
    /// as the root, "foot" as its modifier and the verb under the speaker's "said": a finite verb right after the
    /// comma closing a noun root's relative clause (", who was on foot,") is the sentence's verb, the noun its
    /// subject; what hung on the noun or on the relative's predicate after the verb is the verb's.
    /// </summary>
    private static void NounRootBeforeItsRelativeClauseAndVerb(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || root + 5 >= heads.Length || !IsNoun(xpos[root]) || forms[root + 1] != "," || xpos[root + 2] is not ("WP" or "WDT")) return;
        int predicate = heads[root + 2];
        if (predicate <= root + 2 || heads[predicate] != root) return;
        // (The relative clause's own words end at the first comma after its predicate: what the parse hung on the
        // predicate after that comma is the sentence's.)
        int verb = predicate + 1;
        while (verb < heads.Length && forms[verb] != "," && Dominates(heads, predicate, verb)) verb++;
        if (verb + 1 >= heads.Length || forms[verb] != ",") return;
        verb++;
        if (xpos[verb] is not ("VBD" or "VBZ" or "VBP") || HasDependent(heads, relations, verb, "nsubj")) return;
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, root, verb, "nsubj");
        Hang(heads, relations, predicate, root, "acl:relcl");
        heads[verb - 1] = predicate;
        for (int i = verb + 1; i < heads.Length; i++)
        {
            if (heads[i] != root && heads[i] != predicate) continue;
            heads[i] = verb;
            if (ReportingForms.Contains(forms[i])) relations[i] = "parataxis";
            // (A noun read as a clause of the relative's predicate, "shortly before noon", is the verb's adjunct.)
            else if (relations[i] == "ccomp" && IsNoun(xpos[i])) relations[i] = "obl";
        }
    }

    /// <summary>
    /// "... at the market's main gate shortly before noon, senior police officer Naveed Akhtar told Reuters.",
    /// parsed with "noon" as what the officer told: a parenthetical teller reports the clause it hangs on, and a
    /// noun before it with no subject or copula of its own is that clause's adjunct, not a clause.
    /// </summary>
    private static void NounReadAsWhatAParentheticalTellerSaid(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "ccomp" || !IsNoun(xpos[noun]) || heads[noun] is not (> 0 and var teller) || teller <= noun || relations[teller] != "parataxis"
            || !ReportingForms.Contains(forms[teller]) || heads[teller] is not (>= 0 and var story) || story >= noun) return;
        // (The teller has its own subject, after a comma that follows the noun: a noun it had none for may be it,
        // "..., the military's media wing, ..., said", and a title right before the name is the name's, "police
        // officer Abdullahi Nur told Reuters".)
        int speaker = -1;
        for (int i = noun + 1; i < teller && speaker < 0; i++)
        {
            if (heads[i] == teller && relations[i] == "nsubj") speaker = i;
        }
        if (speaker < 0 || SubtreeStart(heads, speaker) is var opening && (opening <= noun || forms[noun..opening].IndexOf(",") < 0)) return;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == noun && relations[i] is "nsubj" or "nsubj:pass" or "cop" or "aux") return;
        }
        // (On the nearest verb before it: "were examining footage ... along the road, a spokesman said".)
        int host = story;
        for (int j = noun - 1; j > story && host == story; j--)
        {
            if (IsVerb(xpos[j]) && relations[j] is not ("case" or "mark" or "amod" or "compound") && Dominates(heads, story, j)) host = j;
        }
        AdjunctOfTheStory(forms, xpos, heads, relations, noun, host, teller);
        // (And so is whatever else hung on the teller before its subject's comma: "..., south of Jenin, on
        // Wednesday, the Palestinian Health Ministry said".)
        int comma = SubtreeStart(heads, speaker) - 1;
        if (comma <= noun || forms[comma] != ",") return;
        for (int i = noun + 1; i < comma; i++)
        {
            if (heads[i] != teller) continue;
            if (relations[i] == "ccomp" && !IsVerb(xpos[i])) Hang(heads, relations, i, story, xpos[i] == "RB" ? "advmod" : "obl");
            else if (relations[i] == "obl") heads[i] = story;
        }
    }

    /// <summary>
    /// "State prosecutors opened an investigation ... and were examining footage ..., a spokesman said", parsed
    /// with "examining" as what the spokesman said: a verb opened by "and" with no subject of its own, hung on a
    /// parenthetical teller after the story's verb, is the story verb's conjunct.
    /// </summary>
    private static void CoordinatedVerbReadAsWhatAParentheticalTellerSaid(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "ccomp" || !IsVerb(xpos[verb]) || heads[verb] is not (> 0 and var teller) || teller <= verb || relations[teller] != "parataxis"
            || !ReportingForms.Contains(forms[teller]) || heads[teller] is not (>= 0 and var story) || story >= verb || !IsVerb(xpos[story])) return;
        int and = SubtreeStart(heads, verb);
        if (!forms[and].Equals("and", StringComparison.OrdinalIgnoreCase) || heads[and] != verb || HasDependent(heads, relations, verb, "nsubj")
            || HasDependent(heads, relations, verb, "nsubj:pass")) return;
        Hang(heads, relations, verb, story, "conj");
    }

    /// <summary>
    /// Hangs a noun read as a clause on the story's verb as its adjunct; a comma after it goes to the teller, and a
    /// participle after it and a comma ("shortly after midday, flattening a school") tells the story verb's result.
    /// </summary>
    private static void AdjunctOfTheStory(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun, int story, int teller)
    {
        Hang(heads, relations, noun, story, "obl");
        for (int i = noun + 1; i < teller; i++)
        {
            if (heads[i] != noun) continue;
            if (forms[i] == ",") heads[i] = teller;
            else if (relations[i] == "acl" && xpos[i] == "VBG" && forms[i - 1] == ",") Hang(heads, relations, i, story, "advcl");
        }
    }

    /// <summary>
    /// "Riot police used water cannon ..., detaining 43 people, the Interior Ministry said on Friday.", parsed with
    /// "said" as an adverbial clause of "used" (and "the" as its determiner): a verb of reporting with its own
    /// subject after a comma, no subordinator and nothing after it but its adjuncts, is a parenthetical report.
    /// </summary>
    private static void TrailingReporterReadAsAnAdverbialClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int reporter = -1;
        for (int i = 3; i < heads.Length; i++)
        {
            if (relations[i] == "advcl" && ReportsToNoListener(forms[i]) && heads[i] is >= 0 and var story && story < i && heads[story] < 0) reporter = i;
        }
        if (reporter < 0 || HasDependent(heads, relations, reporter, "mark") || SubtreeEnd(heads, reporter) < LastWordBeforeTheEnd(xpos)) return;
        int subject = -1;
        for (int i = 0; i < reporter; i++)
        {
            if (heads[i] == reporter && relations[i] == "nsubj") subject = i;
        }
        if (subject < 0) return;
        // (The subject's phrase, with a determiner the parse hung on the verb, opens after a comma.)
        int start = subject;
        while (start > 0 && (heads[start - 1] == subject || heads[start - 1] == reporter && relations[start - 1] == "det" || Dominates(heads, subject, start - 1))) start--;
        if (start < 1 || forms[start - 1] != ",") return;
        for (int i = start; i < subject; i++)
        {
            if (heads[i] == reporter && relations[i] == "det") heads[i] = subject;
        }
        relations[reporter] = "parataxis";
        Hang(heads, relations, start - 1, reporter, "punct");
    }

    /// <summary>
    /// "The attacker detonated his explosives ..., said Qasim Ali Khan, the city's police chief.", parsed with
    /// "said" coordinated with the verb without a conjunction: a verb of reporting after a comma, its speaker
    /// right after it, is a parenthetical report (parataxis) of the clause before.
    /// </summary>
    private static void InvertedReporterReadAsAConjunct(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int reporter)
    {
        if (relations[reporter] != "conj" || !ReportsToNoListener(forms[reporter]) || forms[reporter - 1] != "," || reporter + 1 >= heads.Length
            || heads[reporter + 1] != reporter || relations[reporter + 1] != "nsubj" || heads[reporter] is not (>= 0 and var story) || story >= reporter
            || HasDependent(heads, relations, reporter, "cc")) return;
        relations[reporter] = "parataxis";
        heads[reporter - 1] = reporter;
    }

    /// <summary>
    /// "A witness who asked not to be identified for fear of reprisals said about a dozen men ... arrived",
    /// parsed with "witness" as the root, "said" beside it and "identified" as what was said: a verb of
    /// reporting without a subject, hung beside a noun root that has a relative clause, is the sentence's
    /// verb and the noun its subject; a clause the verb held before it, inside the relative clause, is the
    /// relative clause's ("asked not to be identified").
    /// </summary>
    private static void SpeakerWithARelativeClauseReadAsTheRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || !IsNoun(xpos[root])) return;
        int relative = -1, verb = -1;
        bool onTheApposition = false;
        for (int i = root + 1; i < heads.Length; i++)
        {
            // ("The Congolese Observatory for Human Rights, the group that first reported the deaths, accused police": or on the root's
            // apposition.)
            if (heads[i] >= 0 && heads[i] != root && relations[i] == "acl:relcl" && relative < 0 && heads[heads[i]] == root && relations[heads[i]] == "appos")
            {
                relative = i;
                onTheApposition = true;
            }
            if (heads[i] != root) continue;
            if (relations[i] == "acl:relcl" && relative < 0) relative = i;
            else if (relations[i] == "parataxis" && relative >= 0 && verb < 0 && ReportsToNoListener(forms[i])) verb = i;
        }
        // ("President Jose Jeri, who took office last week after Congress removed his predecessor, said ...", with "said" a
        // conjunct inside the relative clause: a reporter right after a comma, coordinated with no "and".)
        for (int i = relative + 2; verb < 0 && relative >= 0 && i < heads.Length; i++)
        {
            if (relations[i] == "conj" && xpos[i] is "VBD" or "VBZ" && forms[i - 1] == "," && ReportsToNoListener(forms[i]) && Dominates(heads, relative, i)
                && !HasDependent(heads, relations, i, "cc")) verb = i;
            // (After an apposition's relative clause any such verb, unless it is the middle of a list of the clause's acts: "that looted,
            // burned and killed" hangs every act on the first.)
            else if (onTheApposition && relations[i] == "conj" && xpos[i] is "VBD" or "VBZ" && forms[i - 1] == "," && Dominates(heads, relative, i)
                     && !HasDependent(heads, relations, i, "cc") && !ActOfAListAfter(heads, relations, heads[i], i)) verb = i;
            // ("Sen. Patty Murray of Washington, who wrote the bill, called the vote ...", with "called" a modifier of the bill: a past
            // tense cannot modify a noun.)
            else if (relations[i] == "acl" && xpos[i] == "VBD" && forms[i - 1] == "," && Dominates(heads, relative, i)) verb = i;
        }
        if (verb < 0 || HasDependent(heads, relations, verb, "nsubj")) return;
        heads[verb] = -1;
        relations[verb] = "root";
        heads[root] = verb;
        relations[root] = "nsubj";
        Rehang(heads, root, verb, after: verb);
        // (A clause coordinated after the verb is the verb's, not the relative clause's: "..., called the vote ..., and the White House said".)
        for (int i = verb + 1; i < heads.Length; i++)
        {
            if (heads[i] == relative && relations[i] == "conj") heads[i] = verb;
        }
        for (int i = relative + 1; i < verb; i++)
        {
            if (heads[i] == verb && IsVerb(xpos[i])) Hang(heads, relations, i, relative, relations[i] == "ccomp" && HasDependent(heads, relations, i, "mark") ? "xcomp" : relations[i]);
        }
    }

    /// <summary>Whether a conjunct of the verb after the word has its "and" (the word is then a middle act of a list).</summary>
    private static bool ActOfAListAfter(Span<int> heads, Span<string> relations, int verb, int word)
    {
        for (int i = word + 1; i < heads.Length; i++)
        {
            if (heads[i] == verb && relations[i] == "conj" && HasDependent(heads, relations, i, "cc")) return true;
        }
        return false;
    }

    /// <summary>
    /// "It has previously denied that its forces target civilians", parsed with "It" as an expletive: "it" before a
    /// verb of saying with a clause after it, not passive and not "seem" or "appear", is the verb's subject (the
    /// government of the sentence before), as "It said that ..." is.
    /// </summary>
    private static void SubjectItReadAsAnExpletive(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int it)
    {
        if (relations[it] != "expl" || !forms[it].Equals("it", StringComparison.OrdinalIgnoreCase) || heads[it] is not (>= 0 and var verb) || verb <= it
            || xpos[verb] is not ("VBD" or "VBN" or "VBZ") || !ReportingOrDenying(forms[verb]) || HasDependent(heads, relations, verb, "aux:pass")
            || HasDependent(heads, relations, verb, "nsubj") || HasDependent(heads, relations, verb, "cop")) return;
        relations[it] = "nsubj";
    }

    /// <summary>
    /// "... killed at least 14 civilians in an attack on Bazi Haoussa, a village a few kilometres from the town of Ansongo
    /// ..., local officials and residents said", parsed with the village a first subject of the trailing "said": a noun
    /// phrase after a comma right after a name, read as a subject before the reporter's own, is that name's apposition
    /// (and a noun the parser made the reporter's complement inside it, "a few kilometres from", its modifier).
    /// </summary>
    private static void ApposedPlaceReadAsTheTrailingReportersSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int reporter)
    {
        if (!ReportsToNoListener(forms[reporter])) return;
        int first = -1, second = -1;
        for (int i = 0; i < reporter; i++)
        {
            if (heads[i] != reporter || relations[i] != "nsubj") continue;
            if (first < 0) first = i;
            else second = i;
        }
        if (first < 0 || second < 0 || !HasDependent(heads, relations, reporter, "ccomp")) return;
        int comma = CommaOpening(forms, heads, first);
        // (Not after a day: ", on Tuesday, local officials and ... said" names the reporters.)
        if (comma < 2 || xpos[comma - 1] is not ("NNP" or "NNPS") || IsDayWord(forms[comma - 1])) return;
        // (The reporter's own subject must be the phrase right before it, after its comma.)
        if (!AfterAComma(forms, heads, second)) return;
        for (int i = second + 1; i < reporter; i++)
        {
            if (!Dominates(heads, second, i)) return;
        }
        int name = comma - 1;
        while (relations[name] == "flat" && heads[name] >= 0 && heads[name] < name) name = heads[name];
        if (!Dominates(heads, reporter, name) || heads[name] == reporter) return;
        Hang(heads, relations, first, name, "appos");
        for (int i = first + 1; i < second; i++)
        {
            if (heads[i] == reporter && relations[i] == "ccomp" && IsNoun(xpos[i])) Hang(heads, relations, i, first, "nmod");
        }
    }

    /// <summary>
    /// "..., killing at least seven people, police and residents said", parsed with the reporters as further conjuncts
    /// of the victims: the conjuncts after the comma that ends the victims' phrase, right before a trailing reporter,
    /// are its subject.
    /// </summary>
    private static void ReportersReadAsConjunctsOfTheVictims(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int reporter = forms[^1] == "." ? heads.Length - 2 : heads.Length - 1;
        if (reporter < 5 || !ReportsToNoListener(forms[reporter]) || relations[reporter - 1] != "conj" || heads[reporter - 1] is not (>= 0 and var victims)
            || relations[victims] != "obj" || !IsNoun(xpos[victims])) return;
        // The first conjunct after a comma: the reporters' phrase opens there.
        int first = -1, comma = -1;
        for (int i = victims + 1; i < reporter && first < 0; i++)
        {
            if (heads[i] == victims && relations[i] == "conj" && CommaOpening(forms, heads, i) is var opening && opening > victims) (first, comma) = (i, opening);
        }
        if (first < 0) return;
        // (Everything up to the reporter belongs to that conjunct or a later one.)
        if (!ConjunctsUpToTheReporter(heads, victims, first, reporter)) return;
        Hang(heads, relations, comma, reporter, "punct");
        for (int i = first + 1; i < reporter; i++)
        {
            if (heads[i] == victims) heads[i] = first;
        }
        Hang(heads, relations, first, reporter, "nsubj");
        // ("..., late on Tuesday, killing ...": a day the parser made a subject of the reporter too is the reported act's time.)
        int reported = -1;
        for (int i = 0; i < reporter; i++) reported = heads[i] == reporter && relations[i] == "ccomp" && IsVerb(xpos[i]) ? i : reported;
        for (int i = 0; i < first; i++)
        {
            if (heads[i] == reporter && relations[i] == "nsubj" && IsDayWord(forms[i]) && reported >= 0) Hang(heads, relations, i, reported, "obl");
        }
    }

    /// <summary>
    /// "Speaking at a news conference in Kaduna, the state capital, on Sunday, a spokesman for the Southern Kaduna Peoples Union
    /// accused ...", parsed with "the state capital" the subject, the day its modifier and the spokesman the day's apposition: a
    /// subject right after a name and its comma, whose phrase holds a day with an apposition, is the name's apposition; the day's
    /// apposition is the subject and the day the verb's.
    /// </summary>
    private static void PlacesAppositionReadAsTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int subject)
    {
        if (relations[subject] != "nsubj" || heads[subject] is not (> 0 and var verb) || verb < subject || !IsNoun(xpos[subject])) return;
        int start = SubtreeStart(heads, subject);
        if (start < 2 || forms[start - 1] != "," || xpos[start - 2] != "NNP") return;
        int day = -1, apposition = -1;
        for (int i = subject + 1; i < verb && apposition < 0; i++)
        {
            if (heads[i] == subject && IsDayWord(forms[i])) day = i;
            if (day >= 0 && heads[i] == day && relations[i] == "appos" && IsNoun(xpos[i])) apposition = i;
        }
        if (apposition < 0) return;
        int place = start - 2;
        while (relations[place] is "flat" or "compound" && heads[place] > place && heads[place] < start - 1) place = heads[place];
        Hang(heads, relations, apposition, verb, "nsubj");
        Hang(heads, relations, day, verb, "obl");
        Hang(heads, relations, subject, place, "appos");
    }

    /// <summary>
    /// "In San Luis San Pedro, a village west of Tecpan, the community police of UPOEG, an armed self-defence group, last week
    /// detained two men", parsed with the village the subject and the police an apposition of Tecpan: a settlement noun after an
    /// opening place name's comma is the name's apposition, and a noun apposed inside its phrase whose words run up to the verb
    /// (but for commas and the verb's own words) is the subject.
    /// </summary>
    private static void PlacesAppositionBeforeTheSubjectReadAsTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int subject)
    {
        if (relations[subject] != "nsubj" || xpos[subject] != "NN" || heads[subject] is not (> 0 and var verb) || verb < subject || xpos[0] != "IN") return;
        int comma = CommaOpening(forms, heads, subject);
        if (comma < 2 || xpos[comma - 1] != "NNP") return;
        int apposition = -1;
        for (int i = subject + 1; i < verb && apposition < 0; i++)
        {
            if (relations[i] == "appos" && xpos[i] is "NN" or "NNS" && Dominates(heads, subject, i) && AfterAComma(forms, heads, i)) apposition = i;
        }
        if (apposition < 0) return;
        for (int i = SubtreeEnd(heads, apposition) + 1; i < verb; i++)
        {
            if (forms[i] != "," && Dominates(heads, subject, i)) return;
        }
        if (forms[subject] is not ("village" or "town" or "city" or "district" or "hamlet" or "settlement" or "neighbourhood" or "neighborhood" or "suburb" or "area")) return;
        int place = NameHeadBefore(xpos, heads, relations, comma - 1);
        Hang(heads, relations, apposition, verb, "nsubj");
        Hang(heads, relations, subject, place, "appos");
    }

    /// <summary>The head of the name a name's last word belongs to: back through its flat and compound words to the first ("San Luis San Pedro").</summary>
    private static int NameHeadBefore(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int last)
    {
        int name = last;
        while (relations[name] is "flat" or "compound" && heads[name] is >= 0 and var left && left < name && xpos[left] == "NNP") name = heads[name];
        return name;
    }

    /// <summary>
    /// "Speaking outside the police station where the six were held, Ponnan Sivakumar, a Tamil lawmaker for Batticaloa district,
    /// accused officers", parsed with the name a conjunct inside the opening participle's phrase and "lawmaker" the subject: a
    /// name between the opening phrase's comma and the subject's, which the parser left inside the opening phrase, is the
    /// subject, and the common noun after it its apposition.
    /// </summary>
    private static void NameBeforeTheSubjectsAppositionLeftInTheOpeningPhrase(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int subject)
    {
        if (relations[subject] != "nsubj" || xpos[subject] is not ("NN" or "NNS") || heads[subject] is not (> 0 and var verb) || verb < subject
            || xpos[0] is not ("VBG" or "VBN" or "IN")) return;
        int comma = SubtreeStart(heads, subject);
        if (forms[comma] != ",") comma--;
        if (comma < 3 || forms[comma] != "," || xpos[comma - 1] != "NNP" || forms[SubtreeEnd(heads, subject) + 1] != "," || SubtreeEnd(heads, subject) + 2 != verb) return;
        int name = NameHeadBefore(xpos, heads, relations, comma - 1);
        if (heads[name] == verb || relations[name] is not ("conj" or "appos" or "obj" or "nmod") || Dominates(heads, name, verb)
            || SubtreeStart(heads, name) is var start && forms[start] != "," && (start < 1 || forms[start - 1] != ",")) return;
        Hang(heads, relations, name, verb, "nsubj");
        Hang(heads, relations, subject, name, "appos");
    }

    /// <summary>
    /// "Earlier on Sunday, an SPLM-N commander, Yousif Kuku, warned in a video ...", parsed with the commander an apposition of the day and
    /// "warned" with no subject: a subjectless root right after a comma, whose opening phrase ends in a common noun hung after a comma on
    /// an earlier word of the phrase, has that noun as its subject.
    /// </summary>
    private static void SubjectLeftInTheOpeningPhraseOfASubjectlessRoot(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 6 || xpos[root] is not ("VBD" or "VBZ" or "VBP") || xpos[root - 1] != ","
            || HasASubject(heads, relations, root) || HasDependent(heads, relations, root, "expl")) return;
        for (int noun = 2; noun < root - 1; noun++)
        {
            if (relations[noun] is not ("appos" or "conj") || xpos[noun] is not ("NN" or "NNS") || heads[noun] is not (>= 0 and var host) || host > noun
                || SubtreeEnd(heads, noun) != root - 2 || SubtreeStart(heads, noun) is var start && (start < 1 || xpos[start - 1] != ",") && xpos[start] != ",") continue;
            Hang(heads, relations, noun, root, "nsubj");
            return;
        }
    }

    /// <summary>
    /// "In a statement posted online on Monday, a spokesman for the Dagoberto Ramos column, a faction of the dissident group ..., called
    /// the station a target", parsed with the spokesman a conjunct of the statement and "faction" the subject: a spokesman (or a
    /// commander, a leader) between the opening phrase's comma and the subject's, left inside the opening phrase, is the subject, and
    /// the noun after his comma the apposition of the body he speaks for.
    /// </summary>
    private static void SpokesmanBeforeTheSubjectsAppositionLeftInTheOpeningPhrase(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int subject)
    {
        if (relations[subject] != "nsubj" || xpos[subject] is not ("NN" or "NNS") || heads[subject] is not (> 0 and var verb) || verb < subject || xpos[0] != "IN") return;
        int comma = SubtreeStart(heads, subject);
        if (forms[comma] != ",") comma--;
        if (comma < 4 || forms[comma] != "," || !IsNoun(xpos[comma - 1]) || forms[SubtreeEnd(heads, subject) + 1] != "," || SubtreeEnd(heads, subject) + 2 != verb) return;
        int speaker = comma - 1;
        while (relations[speaker] is not ("conj" or "appos") && heads[speaker] is > 0 and var up && up < speaker) speaker = up;
        if (speaker == comma - 1 || relations[speaker] is not ("conj" or "appos") || Dominates(heads, speaker, verb) || forms[speaker - 2] != ","
            || forms[speaker].ToLowerInvariant() is not ("spokesman" or "spokeswoman" or "spokesperson" or "commander" or "leader")) return;
        Hang(heads, relations, speaker, verb, "nsubj");
        Hang(heads, relations, subject, NameHeadBefore(xpos, heads, relations, comma - 1), "appos");
    }

    /// <summary>
    /// "The demonstrators, most of them young farmers from villages around Beinamar, had gathered outside the governor's office",
    /// parsed with the farmers the subject of "gathered" and that verb a relative clause of the demonstrators: a noun phrase
    /// opened by "most of them" (many, some, all, half of them) after a subject's comma is the subject's apposition, and the verb
    /// it was read as the subject of is the subject's own.
    /// </summary>
    private static void ApposedPartOfTheSubjectReadAsTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int part)
    {
        if (forms[part + 1] != "of" || forms[part - 1] != "," || !forms[part + 2].Equals("them", StringComparison.OrdinalIgnoreCase)
            || forms[part].ToLowerInvariant() is not ("most" or "many" or "some" or "all" or "half" or "several" or "both")) return;
        int apposition = part;
        while (apposition < heads.Length && heads[apposition] > apposition && apposition - part < 8 && !(relations[apposition] is "nsubj" or "nsubj:pass")) apposition = heads[apposition];
        if (apposition >= heads.Length || relations[apposition] is not ("nsubj" or "nsubj:pass") || heads[apposition] is not (> 0 and var verb) || verb < apposition
            || relations[verb] != "acl:relcl" || heads[verb] is not (>= 0 and var noun) || noun >= part || !IsNoun(xpos[noun]) || SubtreeStart(heads, apposition) != part - 1 && SubtreeStart(heads, apposition) != part
            // (Not when the verb has a subject of its own after: "In Dadaab, which hosts more than 380,000 refugees, most of them from Somalia, the World
            // Food Programme resumed".)
            || HasDependent(heads, relations, verb, "nsubj", except: apposition) || HasDependent(heads, relations, verb, "nsubj:pass", except: apposition)) return;
        for (int i = noun + 1; i < verb; i++)
        {
            if (heads[i] == verb && xpos[i] is "WDT" or "WP" or "WRB") return;
        }
        int host = heads[noun];
        if (host >= 0 && Dominates(heads, verb, host)) return;
        Hang(heads, relations, verb, host, host < 0 ? "root" : relations[noun] is "nsubj" or "nsubj:pass" ? "ccomp" : relations[noun]);
        // (What hung on the noun after the verb, such as the comma before a trailing reporter, is the verb's.)
        for (int i = verb + 1; i < heads.Length; i++)
        {
            if (heads[i] == noun) heads[i] = verb;
        }
        Hang(heads, relations, noun, verb, relations[apposition]);
        Hang(heads, relations, apposition, noun, "appos");
    }

    /// <summary>
    /// "..., and later detained six of the organisers, officials and witnesses said", parsed with "six" the trailing
    /// reporter's subject and the reporters conjuncts inside it: a subject that opens right after a verb with no object,
    /// and whose phrase goes on after a comma with conjuncts up to the reporter, is that verb's object; the conjuncts
    /// after the comma are who reports.
    /// </summary>
    private static void ObjectReadAsTheTrailingReportersSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int reporter = LastWordBeforeTheEnd(xpos);
        if (reporter < 6 || relations[reporter - 1] != "conj" || !ReportsToNoListener(forms[reporter])) return;
        int subject = -1;
        for (int i = 0; i < reporter; i++) subject = heads[i] == reporter && relations[i] == "nsubj" ? i : subject;
        if (subject < 2 || xpos[subject] is not ("NN" or "NNS" or "CD") || IsDayWord(forms[subject])) return;
        int verb = SubtreeStart(heads, subject) - 1;
        if (verb < 1 || xpos[verb] is not ("VBD" or "VBN" or "VBG") || HasDependent(heads, relations, verb, "obj") || !Dominates(heads, reporter, verb)
            || Dominates(heads, subject, verb)) return;
        // The first conjunct after a comma inside the subject's phrase opens the reporters' phrase.
        int first = -1, comma = -1, coordinated = -1;
        for (int i = subject + 1; i < reporter && first < 0; i++)
        {
            if (relations[i] == "conj" && heads[i] > verb && Dominates(heads, subject, heads[i]) && CommaOpening(forms, heads, i) is var opening && opening > subject)
                (first, comma, coordinated) = (i, opening, heads[i]);
        }
        if (first < 0) return;
        // (Everything from there to the reporter belongs to that conjunct or a later one of the same noun.)
        if (!ConjunctsUpToTheReporter(heads, coordinated, first, reporter)) return;
        for (int i = first + 1; i < reporter; i++)
        {
            if (heads[i] == coordinated && relations[i] == "conj") heads[i] = first;
        }
        Hang(heads, relations, comma, reporter, "punct");
        Hang(heads, relations, first, reporter, "nsubj");
        Hang(heads, relations, subject, verb, "obj");
    }

    /// <summary>
    /// Whether every word after <paramref name="first"/> and before the reporter hangs, within eight steps, on <paramref name="coordinated"/>
    /// through <paramref name="first"/> or a later word: the words up to the reporter are its coordinated reporters and nothing else.
    /// </summary>
    private static bool ConjunctsUpToTheReporter(Span<int> heads, int coordinated, int first, int reporter)
    {
        for (int i = first + 1; i < reporter; i++)
        {
            int top = i;
            for (int steps = 0; steps < 8 && heads[top] >= 0 && heads[top] != coordinated; steps++) top = heads[top];
            if (heads[top] != coordinated || top < first) return false;
        }
        return true;
    }

    private static bool ReportingOrDenying(string form) =>
        ReportingForms.Contains(form) || form.ToLowerInvariant() is "denied" or "denies" or "deny" or "rejected" or "rejects" or "accused" or "accuses" or "insisted";

    /// <summary>
    /// "A drone strike on a market in the town of Finote Selam killed at least 30 people on Sunday, residents said", parsed
    /// with "strike" as a second subject of the trailing "said": the subject before the reported verb, which has none, is
    /// that verb's. (And a phrase with its preposition hung on the reporter between them is the subject's: "A drone attack
    /// by Sudan's paramilitary Rapid Support Forces on a fuel depot ... killed ..., a medical group said", with the Forces
    /// read as a clause.)
    /// </summary>
    private static void SubjectOfTheReportHungOnTheTrailingReporter(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int reporter)
    {
        if (!ReportsToNoListener(forms[reporter])) return;
        int first = -1, second = -1, reported = -1;
        for (int i = 0; i < reporter; i++)
        {
            if (heads[i] != reporter) continue;
            if (relations[i] is "nsubj" or "nsubj:pass")
            {
                if (first < 0) first = i;
                else second = i;
            }
            // (Not a participle: "A bomb hidden on a motorcycle exploded ..., killing at least seven worshippers ..., Taliban
            // officials said" has its verb elsewhere.)
            else if (relations[i] == "ccomp" && first >= 0 && second < 0 && xpos[i] != "VBG") reported = i;
        }
        // (The comma before the reporter's subject, or before its phrase: "..., a medical group said".)
        if (first < 0 || second < 0 || reported < 0 || !(first < reported && reported < second)
            || forms[second - 1] != "," && SubtreeStart(heads, second) is var start && (start < 1 || forms[start - 1] != ",")
               // ("..., a spokesman for the forces said", the comma hung on the reporter's subject: before a verb that has none.)
               && !(forms[start] == "," && IsVerb(xpos[reported]))) return;
        for (int i = first + 1; i < reported; i++)
        {
            if (heads[i] == reported && relations[i].StartsWith("nsubj", StringComparison.Ordinal)) return;
        }
        Hang(heads, relations, first, reported, "nsubj");
        // (The phrase right after the subject's noun: its preposition is the next word.)
        if (relations[first + 1] == "case" && heads[first + 1] is var phrase && phrase > first && phrase < reported && heads[phrase] == reporter
            && relations[phrase] is "ccomp" or "obl")
            Hang(heads, relations, phrase, first, "nmod");
    }
}
