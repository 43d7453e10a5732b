namespace Vigil.Parsing;

/// <summary>
/// Corrections applied to a parsed sentence, each for an error the greedy parser makes on the sentences
/// news is made of and each checked against EWT dev.
/// </summary>
public static class ParseRepairs
{
    /// <summary>Applies every repair to one sentence (heads are sentence indices, -1 for the root).</summary>
    public static void Apply(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations) => Apply([], xpos, heads, relations);

    /// <param name="forms">The words (some repairs look at them; without them those repairs are skipped).</param>
    public static void Apply(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) HyphenatedNameReadAsTwo(forms, heads, relations, i);
        for (int i = 0; i < heads.Length; i++) PastTenseReadAsModifier(xpos, heads, relations, i);
        for (int i = 0; i < heads.Length; i++) NameSplitIntoTwoSubjects(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) NameReadAsSubjectBeforeItsNoun(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) NameEndingAPhraseReadAsSubject(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) ConjunctSplitFromItsNoun(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) ModifierReadAsSecondSubject(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) ParticipleAfterPossessive(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) PrepositionalPhraseReadAsSubject(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) SubjectInAppositionToAnOpeningPhrase(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) SubjectReadAsBareOblique(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) ClauseAfterAndReadAsNounPhrase(xpos, heads, relations, i);
        for (int i = 3; i < heads.Length; i++) SubjectReadAsConjunctOfAnObject(xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) ObjectAfterShotDead(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) ObjectReadAsSecondSubject(xpos, heads, relations, i);
        NounRootWithCoordinatedVerb(xpos, heads, relations);
        NounRootWithItsNameAsSubject(xpos, heads, relations);
        NameRootBeforeItsVerb(forms, xpos, heads, relations);
        for (int i = 1; i + 1 < heads.Length; i++) ReportParticipleReadAsTheVerb(xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length && forms.Length == heads.Length; i++) ClauseReadAsPhrase(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) ObjectReadAsReportedClause(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) CompoundAcrossPreposition(xpos, heads, relations, i);
        for (int i = 1; i < heads.Length; i++) ObjectOfANoun(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) SpeakersParticipleInTheReportedClause(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) ReportersReadAsConjuncts(forms, xpos, heads, relations);
        for (int i = 0; i < heads.Length && forms.Length == heads.Length; i++) TimeReadAsSubjectBeforeItsName(forms, heads, relations, i);
        for (int i = 1; i + 2 < heads.Length; i++) ObjectAfterAParticleHungElsewhere(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) NameReadAsModifierOfTheWordBefore(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length; i++) PastTenseCoordinatedWithADemandedVerb(xpos, heads, relations, i);
        for (int i = 1; i + 1 < heads.Length; i++) TitleReadAsOblique(xpos, heads, relations, i);
        if (forms.Length == heads.Length) ParticiplesReadAsReportedClauses(forms, xpos, heads, relations);
        for (int i = 2; i < heads.Length; i++) ParticipleOnAVerbAfterItsObject(xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) InfinitiveOfAVerbHungOnItsAdjunct(forms, xpos, heads, relations, i);
        for (int i = 1; i < heads.Length && forms.Length == heads.Length; i++) DistanceReadAsConjunct(forms, heads, relations, i);
        if (forms.Length == heads.Length) SubjectReadAsConjunctOfTheOpening(forms, xpos, heads, relations);
        for (int i = 3; i < heads.Length && forms.Length == heads.Length; i++) OfPhraseReadAsSubject(forms, xpos, heads, relations, i);
        for (int i = 2; i < heads.Length && forms.Length == heads.Length; i++) SubjectOfATimeAfter(forms, xpos, heads, relations, i);
        if (forms.Length == heads.Length) DatelineReadAsSubject(forms, heads, relations);
        for (int i = 1; i < heads.Length; i++) ModifierNounReadAsSubject(xpos, heads, relations, i);
        for (int i = 0; i + 3 < heads.Length && forms.Length == heads.Length; i++) CoordinatedModifiersReadAsNouns(forms, xpos, heads, relations, i);
        FinalPunctuationOnTheRoot(xpos, heads, relations);
    }

    /// <summary>
    /// "met Eritrean President Isaias Afwerki in Asmara", parsed with "Eritrean" as the object and the name as
    /// its nmod: a name hung with no preposition on the proper noun right before its phrase is that phrase's
    /// head, and the word before its modifier.
    /// </summary>
    private static void NameReadAsModifierOfTheWordBefore(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int name)
    {
        if (relations[name] != "nmod" || xpos[name] is not ("NNP" or "NNPS")) return;
        int word = heads[name];
        if (word < 0 || xpos[word] is not ("NNP" or "NNPS") || SubtreeStart(heads, name) != word + 1 || heads[word] < 0) return;
        if (HasDependent(heads, relations, name, "case") || SubtreeStart(heads, word) != word) return;
        heads[name] = heads[word];
        relations[name] = relations[word];
        heads[word] = name;
        relations[word] = "amod";
        Rehang(heads, word, name, after: name);
    }

    /// <summary>
    /// "demanded that the government hand control of security to local forces, and threatened to shut the
    /// seaport", parsed with "threatened" coordinated with "hand": a past tense with no subject is no conjunct of
    /// a base form in a clause that is demanded or reported; it is the conjunct of the verb that demands.
    /// </summary>
    private static void PastTenseCoordinatedWithADemandedVerb(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "conj" || xpos[verb] != "VBD" || HasDependent(heads, relations, verb, "nsubj")) return;
        int demanded = heads[verb];
        if (demanded < 0 || xpos[demanded] != "VB" || relations[demanded] != "ccomp" || heads[demanded] < 0 || xpos[heads[demanded]] is not ("VBD" or "VBZ" or "VBP")) return;
        heads[verb] = heads[demanded];
    }

    /// <summary>
    /// "A homemade bomb exploded outside a bus terminal on Tuesday evening, killing four people and wounding
    /// at least 20, police said", parsed with "killing", "wounding" and "20" each a clause that police said:
    /// a participle after a comma, hung on the reporting verb after a clause it reports, is that clause's
    /// (its toll), a participle after "and" the conjunct of the participle before, and a number left on the
    /// reporting verb right after a participle with no object is its object.
    /// </summary>
    private static void ParticiplesReadAsReportedClauses(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 2) return;
        int clause = -1, participle = -1;
        for (int i = 0; i < root; i++)
        {
            if (heads[i] != root || relations[i] != "ccomp") continue;
            if (xpos[i] is "VBD" or "VBZ" or "VBP" && participle < 0) { clause = i; continue; }
            if (xpos[i] == "VBG" && clause >= 0 && participle < 0 && AfterAComma(forms, heads, i))
            {
                // (The nearest verb of the clause: "deployed troops ..., and soldiers raided homes ..., detaining".)
                int nearest = clause;
                for (int j = i - 1; j > clause; j--)
                {
                    if (xpos[j] is "VBD" or "VBZ" or "VBP" && Dominates(heads, clause, j)) { nearest = j; break; }
                }
                heads[i] = nearest;
                relations[i] = "advcl";
                participle = i;
            }
            else if (xpos[i] == "VBG" && participle >= 0 && forms[i - 1].Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                heads[i] = participle;
                relations[i] = "conj";
                heads[i - 1] = i;
                relations[i - 1] = "cc";
                participle = i;
            }
            else if (xpos[i] is "CD" or "NNS" && participle >= 0 && !HasDependent(heads, relations, participle, "obj") && SubtreeStart(heads, i) > participle)
            {
                heads[i] = participle;
                relations[i] = "obj";
            }
        }
    }

    /// <summary>
    /// "had threatened on an Adjumani radio station to block the main road", parsed with "to block" on the
    /// station: an infinitive hung on the noun of a verb's adjunct, when the verb is one that takes an
    /// infinitive (threaten, vow, pledge, promise, decide, agree, refuse) and has none, is that verb's.
    /// </summary>
    private static void InfinitiveOfAVerbHungOnItsAdjunct(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int infinitive)
    {
        if (xpos[infinitive] != "VB" || relations[infinitive] != "acl" || forms[infinitive - 1] != "to") return;
        int noun = heads[infinitive];
        if (noun < 0 || relations[noun] != "obl" || heads[noun] < 0) return;
        int verb = heads[noun];
        if (!InfinitiveTakers.Any(forms[verb].ToLowerInvariant().StartsWith) || HasDependent(heads, relations, verb, "xcomp")) return;
        heads[infinitive] = verb;
        relations[infinitive] = "xcomp";
    }

    private static readonly string[] InfinitiveTakers = ["threaten", "vow", "pledge", "promis", "decid", "agree", "refus", "swore", "swear"];

    /// <summary>
    /// "ambushed a passenger bus near Nhamatanda, about 90 km (55 miles) west of Beira", parsed with "km" and
    /// "west" as conjuncts of the bus: a distance ("90 km") and the direction after it locate; they are no
    /// second object.
    /// </summary>
    private static void DistanceReadAsConjunct(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int unit)
    {
        if (relations[unit] != "conj" || forms[unit].ToLowerInvariant() is not ("km" or "kilometres" or "kilometers" or "miles" or "mile" or "kilometre" or "kilometer")
            || !HasDependent(heads, relations, unit, "nummod")) return;
        relations[unit] = "nmod:unmarked";
        for (int i = unit + 1; i < heads.Length && i <= unit + 6; i++)
        {
            if (heads[i] == heads[unit] && relations[i] == "conj" && forms[i].ToLowerInvariant() is "north" or "south" or "east" or "west" or "northeast" or "northwest" or "southeast" or "southwest")
            {
                relations[i] = "nmod:unmarked";
                break;
            }
        }
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
        if (root < 3 || xpos[root] is not ("VBD" or "VBZ" or "VBP") || HasDependent(heads, relations, root, "nsubj") || HasDependent(heads, relations, root, "nsubj:pass")) return;
        for (int noun = 1; noun < root; noun++)
        {
            // ("At a news conference in Kismayo on Wednesday, Jubaland leader Ahmed Madobe condemned ...": or in
            // apposition to a word of the opening phrase.)
            if (relations[noun] is not ("conj" or "appos") || !IsNoun(xpos[noun]) || heads[noun] < 0 || heads[noun] > noun || HasDependent(heads, relations, noun, "cc")) continue;
            int opening = heads[noun];
            while (opening >= 0 && heads[opening] != root) opening = heads[opening];
            if (opening < 0 || relations[opening] is not ("obl" or "advcl" or "obl:unmarked") || SubtreeStart(heads, opening) != 0) continue;
            int start = SubtreeStart(heads, noun), end = SubtreeEnd(heads, noun);
            if (start < 1 || !(forms[start] == "," || forms[start - 1] == ",") || !(end == root - 1 || end == root - 2 && forms[root - 1] == ",")) continue;
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
    /// "two days after gunmen attacked a police post", parsed with "gunmen" hung on "days" by "after" and
    /// "attacked" with no subject: the noun after "after" is the verb's subject, "after" its marker.
    /// </summary>
    private static void SubjectOfATimeAfter(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "nmod" || !IsNoun(xpos[noun]) || !forms[noun - 1].ToLowerInvariant().Equals("after") && !forms[noun - 1].Equals("before", StringComparison.OrdinalIgnoreCase)) return;
        int time = heads[noun];
        if (time < 0 || forms[time].ToLowerInvariant() is not ("days" or "day" or "hours" or "hour" or "weeks" or "week" or "months" or "month" or "minutes")) return;
        int verb = heads[time];
        if (verb <= noun || xpos[verb] is not ("VBD" or "VBZ" or "VBP") || HasDependent(heads, relations, verb, "nsubj") || HasDependent(heads, relations, verb, "nsubj:pass")) return;
        if (SubtreeEnd(heads, noun) >= verb) return;
        heads[noun] = verb;
        relations[noun] = "nsubj";
        heads[noun - 1] = verb;
        relations[noun - 1] = "mark";
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
        heads[noun] = heads[subject];
        relations[noun] = "nsubj";
        heads[subject] = noun;
        relations[subject] = "compound";
        Rehang(heads, subject, noun, after: noun);
        for (int i = 0; i < subject; i++)
        {
            if (heads[i] == subject && relations[i] == "det") heads[i] = noun;
        }
    }

    /// <summary>
    /// "met army and police commanders", parsed with "army" as the object and "commanders" its conjunct: a bare
    /// singular noun, "and", a noun and a plural noun are two modifiers of the plural ("army commanders and police
    /// commanders"); the plural heads the phrase, the first noun its coordinated compound.
    /// </summary>
    private static void CoordinatedModifiersReadAsNouns(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int first)
    {
        int and = first + 1, modifier = first + 2, noun = first + 3;
        if (xpos[first] != "NN" || forms[and].ToLowerInvariant() is not ("and" or "or") || xpos[modifier] != "NN" || xpos[noun] != "NNS") return;
        if (heads[noun] != first || relations[noun] != "conj" || heads[modifier] != noun || relations[modifier] != "compound" || heads[first] < 0) return;
        if (heads.IndexOf(first) is var child && child >= 0 && child < first) return;   // (a determiner or modifier of its own: "the army and police commanders" stays)
        heads[noun] = heads[first];
        relations[noun] = relations[first];
        heads[first] = noun;
        relations[first] = "compound";
        heads[and] = modifier;
        relations[and] = "cc";
        Rehang(heads, first, noun, after: noun);
    }

    /// <summary>Hangs on <paramref name="to"/> every word after <paramref name="after"/> that hung on <paramref name="from"/>.</summary>
    private static void Rehang(Span<int> heads, int from, int to, int after)
    {
        for (int i = after + 1; i < heads.Length; i++)
        {
            if (heads[i] == from) heads[i] = to;
        }
    }

    /// <summary>Whether a comma opens the word's phrase    /// <summary>Whether a comma opens the word's phrase    /// <summary>Whether a comma opens the word's phrase    /// <summary>Whether a comma opens the word's phrase    /// <summary>Whether a comma opens the word's phrase    /// <summary>Whether a comma opens the word's phrase    /// <summary>Whether a comma opens the word's phrase    /// <summary>Whether a comma opens the word's phrase (hung on it) or comes right before it.</summary>
    private static bool AfterAComma(ReadOnlySpan<string> forms, Span<int> heads, int word)
    {
        int start = SubtreeStart(heads, word);
        return forms[start] == "," || start > 0 && forms[start - 1] == ",";
    }

    /// <summary>
    /// "saying they were avenging a sub-leader killed in a military raid", parsed with "killed" as a clause
    /// on "avenging": a participle right after the object of a verb, hung on that verb as a modifier of a
    /// noun, modifies the object.
    /// </summary>
    private static void ParticipleOnAVerbAfterItsObject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        if (relations[participle] != "acl" || xpos[participle] != "VBN") return;
        int verb = heads[participle];
        int noun = participle - 1;
        if (verb < 0 || !(xpos[verb] ?? "").StartsWith("VB", StringComparison.Ordinal) || heads[noun] != verb || relations[noun] != "obj" || !IsNoun(xpos[noun])) return;
        heads[participle] = noun;
    }

    /// <summary>
    /// "Speaking to reporters on Wednesday night, caravan organizer Ernesto Gálvez demanded ...", parsed with
    /// "organizer" as a bare oblique: a common noun with no preposition right before the name that is the
    /// verb's subject is that name's title.
    /// </summary>
    private static void TitleReadAsOblique(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int title)
    {
        if (relations[title] != "obl" || xpos[title] is not ("NN" or "NNS") || HasCase(heads, relations, title)) return;
        int name = title + 1;
        while (name < heads.Length && heads[name] > name && xpos[heads[name]] is "NNP" or "NNPS") name = heads[name];
        if (name >= heads.Length || relations[name] != "nsubj" || heads[name] != heads[title] || xpos[name] is not ("NNP" or "NNPS") || SubtreeStart(heads, name) != title + 1) return;
        heads[title] = name;
        relations[title] = "compound";
    }

    /// <summary>
    /// "In a statement that evening, the Sudan Doctors Network, a volunteer medical group, put ...", parsed with
    /// "evening" as the subject and the name in apposition to it: a time is no subject; the name is.
    /// </summary>
    private static void TimeReadAsSubjectBeforeItsName(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int time)
    {
        if (relations[time] != "nsubj" || forms[time].ToLowerInvariant() is not ("evening" or "morning" or "night" or "day" or "afternoon" or "week" or "month" or "weekend")) return;
        int name = -1;
        for (int i = time + 1; i < heads.Length; i++)
        {
            if (heads[i] == time && relations[i] == "appos") { name = i; break; }
        }
        if (name < 0) return;
        heads[name] = heads[time];
        relations[name] = "nsubj";
        relations[time] = "obl:unmarked";
        // (The commas around the name go with it.)
        for (int i = time + 1; i < heads.Length; i++)
        {
            if (heads[i] == time && relations[i] == "punct") heads[i] = name;
        }
    }

    /// <summary>
    /// "Army air defences shot down four RSF drones over Aroma, ... a military spokesman said", parsed with the
    /// drones hung on "said": a noun phrase right after a verb and its particle, when the verb has no object,
    /// is its object.
    /// </summary>
    private static void ObjectAfterAParticleHungElsewhere(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] is not ("VBD" or "VBZ" or "VBP" or "VB" or "VBN") || relations[verb + 1] != "compound:prt" || heads[verb + 1] != verb) return;
        if (HasDependent(heads, relations, verb, "obj") || HasDependent(heads, relations, verb, "nsubj:pass")) return;
        int start = verb + 2;
        for (int noun = start; noun < heads.Length && noun <= start + 4; noun++)
        {
            if (!IsNoun(xpos[noun]) || SubtreeStart(heads, noun) != start) continue;
            if (Dominates(heads, verb, noun) || Dominates(heads, noun, verb) || relations[noun] is "nsubj" or "nsubj:pass" or "compound" or "flat") return;
            heads[noun] = verb;
            relations[noun] = "obj";
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
            if (forms[i].ToLowerInvariant() is "said" or "say" or "says" or "told" or "reported" && (heads[i] < 0 || heads[i] < i && relations[i] is "xcomp" or "ccomp" or "parataxis")
                && !HasDependent(heads, relations, i, "nsubj") && relations[i - 1] == "conj") root = i;
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
            int start = SubtreeStart(heads, i);
            comma = forms[start] == "," ? start : start > 0 && forms[start - 1] == "," ? start - 1 : -1;
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
    }

    /// <summary>
    /// "demanded that the interior ministry withdraw a security unit, accusing its members of beating detainees",
    /// parsed with "accusing" on "withdraw": a participle of speech after a comma, hung on a reported or
    /// demanded clause, is the speaker's, and hangs on the verb that reports or demands.
    /// </summary>
    private static void SpeakersParticipleInTheReportedClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        if (xpos[participle] != "VBG" || relations[participle] != "advcl" || forms[participle - 1] != ",") return;
        if (!SpeechParticiples.Contains(forms[participle].ToLowerInvariant())) return;
        int clause = heads[participle];
        if (clause < 0 || relations[clause] != "ccomp" || heads[clause] < 0 || xpos[heads[clause]] is not ("VBD" or "VBZ" or "VBP" or "VBN")) return;
        heads[participle] = heads[clause];
    }

    private static readonly HashSet<string> SpeechParticiples = new(StringComparer.Ordinal)
    {
        "saying", "adding", "accusing", "calling", "citing", "warning", "noting", "arguing", "insisting", "claiming", "blaming", "urging", "demanding",
    };

    /// <summary>
    /// "Business owners in Cap-Haïtien demanded ...", parsed with "Haïtien" as a second subject of the verb
    /// "Cap" depends on: two capitalised words joined by a hyphen and hung on one head are one name, its rest
    /// flat on its first word (as EWT codes "Al-Jazeera").
    /// </summary>
    private static void HyphenatedNameReadAsTwo(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int hyphen)
    {
        int first = hyphen - 1, rest = hyphen + 1;
        if (forms[hyphen] != "-" || !StartsUpper(forms[first]) || !StartsUpper(forms[rest])) return;
        if (heads[rest] != heads[first] || heads[rest] < 0 || relations[rest] is not ("nsubj" or "nsubj:pass" or "obj" or "obl" or "nmod" or "appos")) return;
        heads[rest] = first;
        relations[rest] = "flat";
        heads[hyphen] = rest;
        relations[hyphen] = "punct";
    }

    private static bool StartsUpper(string form) => form.Length > 1 && char.IsUpper(form[0]);

    /// <summary>
    /// "Government forces and Houthi fighters clashed", parsed with "Houthi" as the conjunct of "forces" and
    /// "fighters" as a second subject: a subject right after a conjunct of the verb's other subject is that
    /// conjunct's noun, and the conjunct its modifier.
    /// </summary>
    private static void ConjunctSplitFromItsNoun(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "nsubj" || !IsNoun(xpos[noun])) return;
        int modifier = noun - 1;
        if (relations[modifier] != "conj" || heads[modifier] < 0 || !IsNoun(xpos[modifier]) && xpos[modifier] != "JJ") return;
        int first = heads[modifier];
        if (relations[first] != "nsubj" || heads[first] != heads[noun]) return;
        heads[noun] = first;
        relations[noun] = "conj";
        heads[modifier] = noun;
        relations[modifier] = xpos[modifier] == "JJ" ? "amod" : "compound";
        // The conjunction and anything else the conjunct held now belong to the new conjunct.
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == modifier && i < modifier) heads[i] = noun;
        }
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
    /// "Niger's ruling military government expelled ...", parsed with "ruling" as a clause on "Niger" and
    /// "government" as its object: a participle right after a possessive "'s" opens the possessed noun
    /// phrase (nothing can be "Niger's" and govern an object at once), so the noun it took as object is
    /// the phrase's head, the participle its modifier and the possessor its nmod:poss.
    /// </summary>
    private static void ParticipleAfterPossessive(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        if (xpos[participle] is not ("VBG" or "VBN") || relations[participle] != "acl" || xpos[participle - 1] != "POS") return;
        int owner = heads[participle];
        if (owner != participle - 2 || heads[participle - 1] != owner) return;
        int noun = participle + 1;
        while (noun < heads.Length && xpos[noun] is "JJ" or "VBN" or "VBG" && heads[noun] > noun) noun++;
        if (noun >= heads.Length || !IsNoun(xpos[noun]) || heads[noun] != participle || relations[noun] != "obj") return;
        heads[noun] = heads[owner];
        relations[noun] = relations[owner];
        heads[owner] = noun;
        relations[owner] = "nmod:poss";
        heads[participle] = noun;
        relations[participle] = "amod";
        // Whatever else hung on the participle or the possessor after the phrase (the verb's adjuncts) is the noun's.
        for (int i = noun + 1; i < heads.Length; i++)
        {
            if (heads[i] == participle || heads[i] == owner) heads[i] = noun;
        }
    }

    /// <summary>
    /// "At a news conference on Tuesday, the police chief, Hendra Kusuma, accused ...", parsed with
    /// "conference" as the subject and the chief in apposition to it: a phrase opened by a preposition is
    /// no subject; the noun in apposition to it, after a comma, is.
    /// </summary>
    private static void PrepositionalPhraseReadAsSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int phrase)
    {
        if (relations[phrase] != "nsubj" || !IsNoun(xpos[phrase])) return;
        bool opened = false;
        int subject = -1;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] != phrase) continue;
            opened |= i < phrase && relations[i] == "case" && xpos[i] == "IN";
            // ("In a joint statement on Tuesday evening, Western embassies in Harare called on ...": or a noun
            // without a preposition of its own that the parser made a modifier.)
            if (subject < 0 && i > phrase && (relations[i] == "appos" || relations[i] == "nmod" && !HasCase(heads, relations, i)) && IsNoun(xpos[i])
                && (CommaBefore(xpos, heads, phrase, i) || xpos[i - 1] == "," || i >= 2 && xpos[i - 2] == "," && heads[i - 1] == i)) subject = i;
        }
        if (!opened) return;
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
    /// "Gunmen believed/VBN to belong to the cartel ambushed a convoy", parsed with the gunmen as the subject
    /// of "believed" and "ambushed" without one: a participle with its own subject right before it and an
    /// infinitive after it, followed by a past tense with no subject, modifies that subject, which is the
    /// past tense's.
    /// </summary>
    private static void ReportParticipleReadAsTheVerb(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        if (xpos[participle] != "VBN" || relations[participle - 1] != "nsubj" || heads[participle - 1] != participle || !IsNoun(xpos[participle - 1])) return;
        int verb = -1;
        for (int i = participle + 1; i < heads.Length; i++)
        {
            // (The past tense may hang on the participle itself, as its complement: it takes its place.)
            if (xpos[i] == "VBD" && (!Dominates(heads, participle, i) || heads[i] == participle)) { verb = i; break; }
        }
        if (verb < 0 || HasDependent(heads, relations, verb, "nsubj") || HasDependent(heads, relations, verb, "nsubj:pass")) return;
        if (heads[verb] == participle)
        {
            (heads[verb], relations[verb]) = (heads[participle], relations[participle]);
            for (int i = verb + 1; i < heads.Length; i++)
            {
                if (heads[i] == participle) heads[i] = verb;
            }
        }
        heads[participle - 1] = verb;
        heads[participle] = participle - 1;
        relations[participle] = "acl";
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
            if (onTheName && relations[i] is "parataxis" or "conj" or "advcl" or "acl" && xpos[i] is "VBD" or "VBZ" or "VBP") { verb = i; break; }
        }
        if (verb < 0 || HasDependent(heads, relations, verb, "nsubj:pass")) return;
        // (A day read as the verb's subject is none: "on Monday".)
        for (int i = root + 1; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] == "nsubj" && forms.Length == heads.Length && forms[i] is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday")
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
        heads[root] = verb;
        relations[root] = "nsubj";
    }

    /// <summary>
    /// "The regional governor, Colonel Abdourahamane Garba, accused ...", parsed with the governor as the
    /// root, the name as the subject of a verb hung on it: a noun root, then a name between commas that is
    /// the subject of the verb right after, is that verb's subject, the name its apposition.
    /// </summary>
    private static void NounRootWithItsNameAsSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || xpos[root] is not ("NN" or "NNS") || root + 3 >= heads.Length || xpos[root + 1] != ",") return;
        int name = root + 2;
        if (relations[name] != "nsubj" || xpos[name] is not ("NNP" or "NNPS")) return;
        int verb = heads[name];
        if (verb <= name || heads[verb] != root || relations[verb] != "parataxis" || !IsVerb(xpos[verb]) || xpos[verb - 1] != ",") return;
        for (int i = name + 1; i < verb - 1; i++)
        {
            if (heads[i] != name) return;   // only the name's own words between the commas
        }
        heads[verb] = -1;
        relations[verb] = "root";
        heads[root] = verb;
        relations[root] = "nsubj";
        heads[name] = root;
        relations[name] = "appos";
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == root && i > verb) heads[i] = verb;   // what follows the verb is the verb's
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

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "today", "yesterday", "week", "month", "year", "night",
        "morning", "evening", "afternoon", "day", "weekend",
    };

    /// <summary>
    /// "... marched to the parliament to protest against the deployment, and police fired tear gas at the
    /// students", parsed with "police" as a conjunct of "deployment" and "fired" as a modifier of "gas": a
    /// past tense between a noun opened by "and" and the noun it was made to modify is a clause of its own,
    /// coordinated with the clause above, with the first noun its subject and the second its object
    /// (and the object's "at", "on", "into" phrases the verb's).
    /// </summary>
    private static void ClauseAfterAndReadAsNounPhrase(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] is not ("VBD" or "VBN") || relations[verb] != "amod" || heads[verb] <= verb) return;
        int subject = verb - 1, obj = heads[verb];
        if (!IsNoun(xpos[subject]) || relations[subject] != "conj" || !IsNoun(xpos[obj])) return;
        int cc = -1;
        for (int i = 0; i < subject; i++)
        {
            if (heads[i] == subject && relations[i] == "cc") cc = i;
        }
        // The clause it is coordinated with: the first clause-level verb above the noun it hung on
        // ("women gathered ... demanding the release of their sons, and police fired tear gas ..., witnesses said").
        int clause = heads[subject];
        while (clause >= 0 && !(IsVerb(xpos[clause]) && relations[clause] is "root" or "ccomp" or "parataxis" or "conj")) clause = heads[clause];
        if (cc < 0 || clause < 0 || clause > subject) return;
        heads[verb] = clause;
        relations[verb] = "conj";
        heads[subject] = verb;
        relations[subject] = "nsubj";
        heads[cc] = verb;
        if (relations[obj] is "conj" or "nmod" or "obl" or "obj")
        {
            heads[obj] = verb;
            relations[obj] = "obj";
        }
        for (int i = obj + 1; i < heads.Length; i++)
        {
            if (heads[i] == obj && relations[i] == "nmod") { heads[i] = verb; relations[i] = "obl"; }
            if (heads[i] == subject && i > verb && relations[i] is "punct") heads[i] = verb;
        }
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
        bool coordinated = relations[verb] == "conj" && heads[verb] >= 0 && heads[verb] < verb && IsVerb(xpos[heads[verb]]);
        if (!coordinated && relations[verb] != "root" || xpos[verb] is not ("VBD" or "VBZ" or "VBP")) return;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass" or "expl") return;
        }
        // The noun whose phrase ends right before the verb (an acronym in brackets after it aside).
        int noun = verb - 1;
        if (xpos[noun] == "-RRB-" && noun >= 3 && xpos[noun - 2] == "-LRB-") noun -= 3;
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
    /// "Separatist fighters shot dead four construction workers who were building a bridge ..., police
    /// said", parsed with the workers as what the police said: the noun phrase right after "shot dead" (or
    /// "gunned down") is the verb's object.
    /// </summary>
    private static void ObjectAfterShotDead(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int dead)
    {
        if (!forms[dead].Equals("dead", StringComparison.OrdinalIgnoreCase) || relations[dead] != "xcomp" || heads[dead] != dead - 1 || !IsVerb(xpos[dead - 1])) return;
        int verb = dead - 1, end = dead + 1;
        while (end < heads.Length && xpos[end] is "DT" or "CD" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS") end++;
        int noun = end - 1;
        if (noun <= dead || !IsNoun(xpos[noun]) || heads[noun] == verb) return;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == verb && relations[i] == "obj") return;
        }
        heads[noun] = verb;
        relations[noun] = "obj";
    }

    /// <summary>
    /// "Soldiers sent to disarm a self-defense group opened fire on townspeople", parsed with "group" as a
    /// second subject of "opened": a noun phrase right after an infinitive that has no object, inside the
    /// first subject's modifier, is that infinitive's object.
    /// </summary>
    private static void ObjectReadAsSecondSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int second)
    {
        if (relations[second] != "nsubj" || !IsNoun(xpos[second])) return;
        int verb = heads[second];
        int infinitive = SubtreeStart(heads, second) - 1;
        if (infinitive < 1 || xpos[infinitive] != "VB" || xpos[infinitive - 1] != "TO" || heads[infinitive - 1] != infinitive
            || HasDependent(heads, relations, infinitive, "obj")) return;
        // The infinitive hangs (through a participle) on the verb's other subject.
        int up = heads[infinitive], steps = 0;
        while (up >= 0 && steps++ < 3 && !(relations[up] == "nsubj" && heads[up] == verb)) up = heads[up];
        if (up < 0 || relations[up] != "nsubj" || heads[up] != verb || up >= infinitive) return;
        heads[second] = infinitive;
        relations[second] = "obj";
    }

    /// <summary>
    /// "The UN humanitarian coordinator for Burkina Faso, Marie-Claire Dubuisson, appealed to all parties",
    /// parsed with the noun as the root and the verb as its conjunct: a finite verb coordinated with a
    /// noun root, with no "and" before it, is the sentence's verb and the noun its subject.
    /// </summary>
    private static void NounRootWithCoordinatedVerb(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || !IsNoun(xpos[root])) return;
        // ("The ... Association (BGMEA), the main factory owners' group, threatened workers": or of its apposition.)
        int verb = -1;
        for (int i = root + 1; i < heads.Length && verb < 0; i++)
        {
            if (relations[i] == "conj" && xpos[i] is "VBD" or "VBZ" or "VBP"
                && (heads[i] == root || heads[i] > root && relations[heads[i]] == "appos" && heads[heads[i]] == root)) verb = i;
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

    /// <summary>
    /// "The incident came a day after troops captured a commander", parsed with "after troops" as a phrase
    /// and "captured" coordinated with "came": a noun opened by a subordinating "after", "before" or
    /// "since" and followed at once by a past tense is that verb's subject, and the verb a clause on the
    /// word the phrase hung on.
    /// </summary>
    private static void ClauseReadAsPhrase(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (!IsNoun(xpos[noun]) || relations[noun] is not ("nmod" or "obl")) return;
        int marker = -1;
        for (int i = 0; i < noun; i++)
        {
            if (heads[i] == noun && relations[i] == "case") marker = i;
        }
        if (marker < 1 || xpos[marker] != "IN" || !Subordinators.Contains(forms[marker].ToLowerInvariant())) return;
        // ("after the Arakan Army, one of Myanmar's armed groups, attacked": past the noun's phrase and a comma.)
        int verb = SubtreeEnd(heads, noun) + 1;
        if (verb < heads.Length && xpos[verb] == ",") verb++;
        if (verb >= heads.Length || xpos[verb] != "VBD" || relations[verb] is not ("conj" or "parataxis")) return;
        int governor = heads[noun];
        if (governor < 0) return;
        // ("The attack came two days after militants raided a police post", with "two days" hung on the verb
        // already: the verb stays where it hangs, a clause of the sentence's verb.)
        if (Dominates(heads, verb, governor))
        {
            if (relations[verb] != "conj") return;
            relations[verb] = "advcl";
        }
        else
        {
            heads[verb] = governor;
            relations[verb] = IsNoun(xpos[governor]) ? "acl" : "advcl";
        }
        heads[noun] = verb;
        relations[noun] = "nsubj";
        heads[marker] = verb;
        relations[marker] = "mark";
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal) { "after", "before", "since", "until", "when", "once", "because", "while" };

    /// <summary>
    /// "security forces raided a hideout ... and killed six gunmen in an exchange of fire, the ministry said",
    /// parsed with "gunmen" as the clause "said" reports: a noun with no subject or copula of its own is no
    /// clause; right after a verb without an object, it is that verb's object.
    /// </summary>
    private static void ObjectReadAsReportedClause(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "ccomp" || !IsNoun(xpos[noun])) return;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == noun && relations[i] is "nsubj" or "nsubj:pass" or "cop" or "aux") return;
        }
        int verb = SubtreeStart(heads, noun) - 1;
        if (verb < 0 || !IsVerb(xpos[verb]) || Dominates(heads, noun, verb) || HasDependent(heads, relations, verb, "obj")) return;
        heads[noun] = verb;
        relations[noun] = "obj";
    }

    /// <summary>
    /// "Riot police fired tear gas at protesters", parsed with "gas" as a compound of "protesters" across
    /// "at": a compound does not reach over a preposition; the noun is the verb's object, and the
    /// prepositional phrase the verb's.
    /// </summary>
    private static void CompoundAcrossPreposition(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int compound)
    {
        if (relations[compound] != "compound" || !IsNoun(xpos[compound])) return;
        int noun = heads[compound];
        if (noun <= compound + 1 || relations[noun] is not ("obl" or "obj")) return;
        int verb = heads[noun];
        if (verb < 0 || !IsVerb(xpos[verb])) return;
        bool preposition = false;
        for (int k = compound + 1; k < noun; k++) preposition |= heads[k] == noun && relations[k] == "case";
        // (The noun itself may be the verb's object; another object rules the repair out.)
        if (!preposition || HasDependent(heads, relations, verb, "obj", except: noun)) return;
        heads[compound] = verb;
        relations[compound] = "obj";
        relations[noun] = "obl";
        // The compound's own modifiers ("tear") stay with it.
    }

    /// <summary>
    /// "the army carried out drone strikes", parsed with "drone" as the verb's object and "strikes" as the
    /// object of "drone": a noun is nobody's object; right after another noun that is a verb's object, the
    /// first is its compound and it the object.
    /// </summary>
    private static void ObjectOfANoun(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        int first = noun - 1;
        if (relations[noun] != "obj" || heads[noun] != first || !IsNoun(xpos[noun]) || xpos[first] is not ("NN" or "NNS" or "AFX")) return;
        int verb = heads[first];
        if (verb < 0 || relations[first] != "obj" || Dominates(heads, noun, verb)) return;
        heads[noun] = verb;
        relations[noun] = "obj";
        heads[first] = noun;
        relations[first] = "compound";
        // The first noun's own dependents after it (its prepositional phrases) are the new object's.
        Rehang(heads, first, noun, after: noun);
    }

    /// <summary>Whether <paramref name="ancestor"/> is <paramref name="word"/> or above it.</summary>
    private static bool Dominates(Span<int> heads, int ancestor, int word)
    {
        for (int steps = 0; word >= 0 && steps <= heads.Length; steps++, word = heads[word])
        {
            if (word == ancestor) return true;
        }
        return false;
    }

    /// <summary>The last word of a word's subtree.</summary>
    private static int SubtreeEnd(Span<int> heads, int word)
    {
        int end = word;
        for (int i = word + 1; i < heads.Length; i++)
        {
            if (Dominates(heads, word, i)) end = i;
        }
        return end;
    }

    /// <summary>The first word of a word's subtree.</summary>
    private static int SubtreeStart(Span<int> heads, int word)
    {
        for (int i = 0; i < word; i++)
        {
            if (Dominates(heads, word, i)) return i;
        }
        return word;
    }

    /// <summary>Whether a word other than <paramref name="except"/> hangs on the head by the relation.</summary>
    private static bool HasDependent(Span<int> heads, Span<string> relations, int head, string relation, int except = -1)
    {
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == head && relations[i] == relation && i != except) return true;
        }
        return false;
    }

    private static bool IsVerb(string? xpos) => xpos is "VB" or "VBD" or "VBG" or "VBN" or "VBP" or "VBZ";

    /// <summary>Whether a comma between the two words belongs to the second (opens its phrase).</summary>
    private static bool CommaBefore(ReadOnlySpan<string?> xpos, Span<int> heads, int from, int word)
    {
        for (int k = from + 1; k < word; k++)
        {
            if (xpos[k] == "," && heads[k] == word) return true;
        }
        return false;
    }

    private static bool HasCase(Span<int> heads, Span<string> relations, int word)
    {
        for (int i = 0; i < word; i++)
        {
            if (heads[i] == word && relations[i] == "case") return true;
        }
        return false;
    }

    private static bool IsNoun(string? xpos) => xpos is "NN" or "NNS" or "NNP" or "NNPS";

    /// <summary>
    /// "The NAACP called for a moratorium on charter schools./punct>NAACP": the sentence's final full stop
    /// hangs on its root (UD's convention); on a noun it would stretch that noun's phrase over the sentence.
    /// </summary>
    private static void FinalPunctuationOnTheRoot(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int last = heads.Length - 1;
        if (last < 1 || xpos[last] != "." || relations[last] != "punct") return;
        int root = heads.IndexOf(-1);
        if (root >= 0 && root != last) heads[last] = root;
    }

    /// <summary>
    /// "United Nations agencies delivered ...", "Amnesty International's Nigeria office accused ...", parsed
    /// with the name and the noun both subjects of the verb: a proper noun right before the phrase of a
    /// common-noun subject of the same verb is part of that phrase (of its first name, if it opens with one).
    /// </summary>
    private static void NameReadAsSubjectBeforeItsNoun(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "nsubj" || xpos[noun] is not ("NN" or "NNS")) return;
        int phraseStart = SubtreeStart(heads, noun);
        int name = phraseStart - 1;
        if (name < 0 || relations[name] != "nsubj" || heads[name] != heads[noun] || xpos[name] is not ("NNP" or "NNPS")) return;
        // (Not "Ithilen and the government of Gondor warned": a conjunction or an article opens a phrase of its own.)
        if (xpos[phraseStart] is not ("NNP" or "NNPS" or "NN" or "NNS" or "JJ")) return;
        heads[name] = xpos[phraseStart] is "NNP" or "NNPS" ? phraseStart : noun;
        relations[name] = "compound";
    }

    /// <summary>
    /// "Soldiers of the Rapid Intervention Battalion (BIR) clashed ...", "Shopkeepers in downtown Barranquilla
    /// kept ...", parsed with the name as a second subject and the words before it as the first subject's
    /// phrase: a name right after the prepositional phrase of the verb's subject ends that phrase, and is its head.
    /// </summary>
    private static void NameEndingAPhraseReadAsSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int name)
    {
        if (relations[name] != "nsubj" || xpos[name] is not ("NNP" or "NNPS") || heads[name] <= name) return;
        int modifier = name - 1;
        while (modifier >= 0 && heads[modifier] > modifier && heads[modifier] < name) modifier = heads[modifier];
        if (modifier < 0 || relations[modifier] != "nmod" || xpos[modifier] is not ("NN" or "NNP" or "NNPS") || heads[modifier] < 0) return;
        int subject = heads[modifier];
        if (relations[subject] != "nsubj" || heads[subject] != heads[name] || subject > modifier || SubtreeEnd(heads, modifier) != name - 1) return;
        if (!HasDependent(heads, relations, modifier, "case")) return;
        for (int i = 0; i < modifier; i++)
        {
            if (heads[i] == modifier && relations[i] is "case" or "det") heads[i] = name;
        }
        heads[modifier] = name;
        relations[modifier] = "compound";
        heads[name] = subject;
        relations[name] = "nmod";
    }

    /// <summary>
    /// "President Ferdinand Marcos Jr. condemned ...", parsed with "Ferdinand" and "Jr." both subjects of
    /// the verb: a second subject that ends a run of proper nouns starting at the first is the same name.
    /// </summary>
    private static void NameSplitIntoTwoSubjects(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int second)
    {
        if (relations[second] != "nsubj" || xpos[second] is not ("NNP" or "NNPS") || heads[second] <= second) return;
        int verb = heads[second];
        int first = -1;
        for (int i = second - 1; i >= 0; i--)
        {
            if (xpos[i] is not ("NNP" or "NNPS")) break;
            if (heads[i] == verb && relations[i] == "nsubj") { first = i; break; }
        }
        if (first < 0) return;
        heads[second] = first;
        relations[second] = "flat";
        // A name's parts all hang on its first word (UD's flat), the second subject's own parts too.
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == second && relations[i] == "flat") heads[i] = first;
        }
    }

    /// <summary>
    /// "Relatives of the inmates protested outside the prison", "Fighters of the Rapid Support Forces
    /// stormed El Geneina ..., residents said", parsed with the verb as a clause modifying the last noun
    /// before it (acl). A past tense is a clause's own verb, not a noun's modifier (those are participles:
    /// "troops sent to the town"; EWT train has 24 past tenses as acl among 5,413): the noun phrase the
    /// verb hangs in becomes its subject, and the verb takes the phrase's place in the sentence.
    /// </summary>
    private static void PastTenseReadAsModifier(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] != "VBD" || relations[verb] != "acl" || heads[verb] < 0 || heads[verb] > verb) return;
        // "Soldiers backed/VBD by local vigilantes clashed ...": a passive participle the tagger took for a past.
        for (int i = verb + 1; i < heads.Length; i++)
        {
            if (heads[i] == verb && relations[i] == "obl:agent") return;
        }
        // The top of the noun phrase: up through the nouns that modify other nouns.
        int top = heads[verb];
        bool throughAgent = false;
        while (heads[top] >= 0 && heads[top] < verb)
        {
            if (relations[top] is "nmod" or "compound" or "flat" or "appos" or "conj") top = heads[top];
            // "Federal troops backed by drones shelled ...": up through the participle the agent belongs to.
            else if (relations[top] == "obl:agent" && xpos[heads[top]] == "VBN" && relations[heads[top]] == "acl" && heads[heads[top]] is >= 0 and var owner && owner < verb)
            {
                top = owner;
                throughAgent = true;
            }
            else break;
        }
        // (Such a phrase may have been read as the reported clause itself: "troops backed by artillery shelled ..., the army said".)
        if (relations[top] is not ("root" or "nsubj" or "obj" or "obl" or "nmod" or "parataxis") && !(throughAgent && relations[top] == "ccomp")) return;
        int governor = heads[top];
        // "Fighters ... stormed El Geneina, residents said": the clause is what the later verb reports.
        string relation = relations[top] == "root" ? "root" : relations[top] is "nsubj" or "ccomp" && governor > verb ? "ccomp" : "parataxis";
        if (governor >= 0 && governor < verb && relation != "root") return;
        // The noun phrase is a later verb's subject only as a report's source after a comma ("...,
        // residents said"); right before that verb, the phrase with its modifier is its subject.
        if (relation == "ccomp" && !xpos[verb..governor].Contains(",")) return;
        heads[verb] = governor;
        relations[verb] = relation;
        heads[top] = verb;
        relations[top] = "nsubj";
    }
}
