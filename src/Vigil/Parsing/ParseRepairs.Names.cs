namespace Vigil.Parsing;

// Repairs inside noun phrases: names split in two, modifiers read as heads, coordinations of modifiers, distances.
public static partial class ParseRepairs
{
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
        TakeThePlaceOf(heads, relations, name, head: word, demotedAs: "amod");
        Rehang(heads, word, name, after: name);
    }

    private static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "militia", "group", "organisation", "organization", "movement", "force", "party", "coalition", "alliance", "faction", "network",
        "agency", "company", "body", "unit", "wing", "outfit", "gang", "cartel", "union",
    };

    /// <summary>
    /// "Babakura Kolo, a leader of the Civilian Joint Task Force, a militia that fights alongside the army", parsed
    /// with "a militia" a second apposition of the man: a word for a group, apposed to a name after an apposition
    /// that ends in the name of a body ("a leader of the ... Force"), describes that body.
    /// </summary>
    private static void GroupApposedToAPersonAfterItsBody(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int group)
    {
        if (relations[group] != "appos" || !GroupNouns.Contains(forms[group]) || heads[group] is not (>= 0 and var person) || xpos[person] != "NNP") return;
        int comma = CommaOpening(forms, heads, group);
        if (comma < 1) return;
        int role = -1;
        for (int i = person + 1; i < comma; i++)
        {
            if (heads[i] == person && relations[i] == "appos") role = i;
        }
        if (role < 0 || SubtreeEnd(heads, role) < comma - 1) return;
        int body = comma - 1;
        while (body > role && IsPunctuation(xpos[body])) body--;
        if (xpos[body] is not ("NNP" or "NNPS") || relations[body] != "nmod" || heads[body] != role) return;
        Hang(heads, relations, group, body, "appos");
    }

    /// <summary>
    /// "ambushed a passenger bus near Nhamatanda, about 90 km (55 miles) west of Beira", parsed with "km" and
    /// "west" as conjuncts of the bus: a distance ("90 km") and the direction after it locate; they are no
    /// second object.
    /// </summary>
    private static void DistanceReadAsConjunct(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int unit)
    {
        if (relations[unit] != "conj" || !IsDistance(forms, heads, relations, unit)) return;
        relations[unit] = "nmod:unmarked";
        for (int i = unit + 1; i < heads.Length && i <= unit + 6; i++)
        {
            if (heads[i] == heads[unit] && relations[i] == "conj" && IsCompassPoint(forms[i]))
            {
                relations[i] = "nmod:unmarked";
                break;
            }
        }
    }

    /// <summary>
    /// "freed 12 farmers near Konduga, about 30 km northwest of Bama, weeks after seizing them ..., a local official said", parsed
    /// with the distance a second clause the trailing reporter said: a distance after a place's comma locates the place, and
    /// the clause hung on the distance is the reported act's.
    /// </summary>
    private static void DistanceReadAsAReport(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int unit)
    {
        if (relations[unit] is not ("ccomp" or "parataxis") || heads[unit] is not (>= 0 and var reporter) || reporter < unit || !IsDistance(forms, heads, relations, unit)) return;
        int comma = SubtreeStart(heads, unit);
        if (forms[comma] != ",") comma--;
        if (comma < 2 || forms[comma] != ",") return;
        int place = comma - 1;
        // (The act reported before it, which the place's phrase belongs to.)
        int act = place;
        while (act >= 0 && !(relations[act] == "ccomp" && heads[act] == reporter)) act = heads[act];
        if (act < 0 || act > place || Dominates(heads, unit, place)) return;
        Hang(heads, relations, unit, place, "nmod:unmarked");
    }

    /// <summary>
    /// "freed 12 farmers near Konduga, about 30 km northwest of Bama, weeks after seizing them", parsed with "seizing" (and "weeks")
    /// hung on the distance: a distance takes no clause; the clause is the nearest verb's above it.
    /// </summary>
    private static void ClauseHungOnADistance(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int unit)
    {
        if (!IsNoun(xpos[unit]) || !HasDependent(heads, relations, unit, "advcl") || !IsDistance(forms, heads, relations, unit)) return;
        int verb = heads[unit];
        for (int steps = 0; verb >= 0 && !IsVerb(xpos[verb]) && steps < 8; steps++) verb = heads[verb];
        if (verb < 0 || !IsVerb(xpos[verb])) return;
        for (int i = unit + 1; i < heads.Length; i++)
        {
            if (heads[i] != unit || relations[i] != "advcl" || Dominates(heads, i, verb)) continue;
            Hang(heads, relations, i, verb, "advcl");
            // ("weeks after seizing": the span before the clause's subordinator goes with it.)
            if (i >= 3 && heads[i - 2] == unit && relations[i - 2] == "flat" && relations[i - 1] == "mark") Hang(heads, relations, i - 2, i, "obl:unmarked");
        }
    }

    /// <summary>
    /// "Uganda's army and South Sudanese forces clashed", parsed with "South" the army's conjunct and the forces a second subject: a
    /// name after "and", coordinated with the verb's first subject, right before an adjective on a second subject of the same verb,
    /// is the first word of that adjective's name, and the second subject the first one's conjunct.
    /// </summary>
    private static void NameOpeningANationalityReadAsTheFirstSubjectsConjunct(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int name)
    {
        int adjective = name + 1, noun = name + 2, and = name - 1;
        if (xpos[name] != "NNP" || relations[name] != "conj" || heads[name] is not (>= 0 and var first) || xpos[adjective] != "JJ" || heads[adjective] != noun
            || relations[noun] is not ("nsubj" or "nsubj:pass") || heads[noun] != heads[first] || relations[first] != relations[noun] || xpos[and] != "CC" || heads[and] != name
            || HasDependent(heads, relations, name, "flat")) return;
        Hang(heads, relations, name, adjective, "compound");
        Coordinate(heads, relations, first, and, noun);
    }

    /// <summary>
    /// "ELN fighters and members of the 33rd Front clashed", parsed with "of the 33rd Front" hung on "fighters": an "of" phrase on a
    /// noun a name already modifies, right after that noun's conjunct, is the conjunct's (UD hangs a phrase both conjuncts share on
    /// the first, and "the president and chief executive of the company" share it; "ELN fighters" are no fighters of the Front).
    /// </summary>
    private static void OfPhraseHungAcrossTheConjunctBeforeIt(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "nmod" || heads[noun] is not (> 0 and var first) || first > noun || !IsNoun(xpos[first])
            || heads[first - 1] != first || relations[first - 1] != "compound" || xpos[first - 1] is not ("NNP" or "NNPS")) return;
        int of = SubtreeStart(heads, noun);
        if (of < 2 || heads[of] != noun || !forms[of].Equals("of", StringComparison.OrdinalIgnoreCase)) return;
        for (int conjunct = of - 1; conjunct > first; conjunct--)
        {
            if (heads[conjunct] != first || relations[conjunct] != "conj") continue;
            if (IsNoun(xpos[conjunct]) && SubtreeEnd(heads, conjunct) == of - 1) heads[noun] = conjunct;
            return;
        }
    }

    /// <summary>
    /// "police detained more than 60 young men", parsed with "more" the object and the men its oblique: "more", "fewer" or "less"
    /// read as a verb's argument, right before "than" and a count whose noun hangs on it, modifies the count (with "than" fixed to
    /// it, as EWT has it), the noun taking its place.
    /// </summary>
    private static void ComparativeBeforeACountReadAsItsNoun(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int comparative)
    {
        int than = comparative + 1, count = comparative + 2;
        if (xpos[comparative] is not ("JJR" or "RBR") || relations[comparative] is not ("obj" or "nsubj" or "nsubj:pass" or "obl") || xpos[count] != "CD"
            || relations[count] != "nummod" || heads[count] is not (> 0 and var noun) || heads[noun] != comparative || heads[than] != noun
            || !forms[than].Equals("than", StringComparison.OrdinalIgnoreCase) || forms[comparative].ToLowerInvariant() is not ("more" or "fewer" or "less")) return;
        Hang(heads, relations, noun, heads[comparative], relations[comparative]);
        Rehang(heads, comparative, noun, comparative);
        Hang(heads, relations, comparative, count, "advmod");
        Hang(heads, relations, than, comparative, "fixed");
    }

    /// <summary>
    /// "delivered food and blankets on Tuesday to about 400 newly arrived refugees", parsed with "400" the head of the "to" phrase and
    /// the refugees a second object: a count opened by a preposition, right before a noun the same verb has as a second object, is
    /// that noun's count, and the phrase the noun's.
    /// </summary>
    private static void CountReadAsTheHeadOfItsNounsPhrase(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int count)
    {
        if (xpos[count] != "CD" || relations[count] != "obl" || heads[count] is not (>= 0 and var verb) || !HasCase(heads, relations, count)) return;
        int noun = count + 1;
        while (noun < heads.Length && noun <= count + 4 && !IsNoun(xpos[noun])) noun++;
        if (noun >= heads.Length || heads[noun] != verb || relations[noun] != "obj" || SubtreeStart(heads, noun) != count + 1) return;
        // (A second object: the verb has another before the count.)
        bool objectBefore = false;
        for (int i = 0; i < count && !objectBefore; i++) objectBefore = heads[i] == verb && relations[i] == "obj";
        if (!objectBefore) return;
        for (int i = 0; i < count; i++)
        {
            if (heads[i] == count && relations[i] == "case") heads[i] = noun;
        }
        Hang(heads, relations, noun, verb, "obl");
        Hang(heads, relations, count, noun, "nummod");
    }

    /// <summary>
    /// "In Gressier, about 20 km west of Port-au-Prince, police and soldiers clashed with the gang", parsed with Port-au-Prince the
    /// subject and the police its conjunct: the place after a compass point and "of" is where the direction points, and the noun
    /// after the next comma, read as its conjunct, is the subject.
    /// </summary>
    private static void PlaceAfterADirectionReadAsTheSubject(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int place)
    {
        int of = place - 1;
        if (relations[place] != "nsubj" || of < 1 || forms[of] != "of" || !IsCompassPoint(forms[of - 1]) || heads[place] is not (> 0 and var verb) || verb < place) return;
        int subject = -1;
        for (int i = place + 1; i < verb && subject < 0; i++)
        {
            if (heads[i] == place && relations[i] == "conj" && forms[SubtreeStart(heads, i)] == ",") subject = i;
        }
        if (subject < 0) return;
        Hang(heads, relations, place, of - 1, "obl");
        Hang(heads, relations, of, place, "case");
        Hang(heads, relations, subject, verb, "nsubj");
        int comma = SubtreeStart(heads, subject);
        if (forms[comma] == ",") heads[comma] = place;
    }

    /// <summary>
    /// "their kidnappers freed both women on Thursday evening", parsed with the women the possessor of "evening": a noun with no
    /// possessive mark is no possessor; right after a verb with no object, it is the verb's object.
    /// </summary>
    private static void ObjectReadAsAPossessorWithoutItsMark(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "nmod:poss" || xpos[noun] is not ("NN" or "NNS") || heads[noun] <= noun || HasDependent(heads, relations, noun, "case")) return;
        int verb = SubtreeStart(heads, noun) - 1;
        if (verb < 1 || xpos[verb] is not ("VBD" or "VBZ" or "VBP" or "VB") || HasDependent(heads, relations, verb, "obj") || Dominates(heads, noun, verb)) return;
        Hang(heads, relations, noun, verb, "obj");
    }

    /// <summary>
    /// "In Ubari, about 190 km (120 miles) west of Sabha, residents blocked the main road", parsed with the opening
    /// place as the root and the clause after the distance hung on it: the clause's verb is the root, the place where
    /// it happened, and the distance and its direction locate the place.
    /// </summary>
    private static void OpeningPlaceBeforeADistanceReadAsTheRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int place = heads.IndexOf(-1);
        if (place < 1 || place > 4 || !IsNoun(xpos[place]) || heads[0] != place || relations[0] != "case" || forms[0] is not ("In" or "At" or "Near")) return;
        int unit = -1, verb = -1;
        // (The clause hung on the place or on the distance.)
        for (int i = place + 1; i < heads.Length; i++)
        {
            if (heads[i] != place && (unit < 0 || heads[i] != unit)) continue;
            if (unit < 0 && IsDistance(forms, heads, relations, i)) unit = i;
            else if (unit >= 0 && verb < 0 && xpos[i] is "VBD" or "VBZ" or "VBP" && HasDependent(heads, relations, i, "nsubj")) verb = i;
        }
        if (unit < 0 || verb < 0) return;
        Rehang(heads, place, verb, after: verb);
        Rehang(heads, unit, verb, after: verb);
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, place, verb, "obl");
        relations[unit] = "nmod:unmarked";
        for (int i = unit + 1; i < verb; i++)
        {
            if (heads[i] == verb && IsCompassPoint(forms[i]))
                Hang(heads, relations, i, place, "nmod:unmarked");
        }
    }

    private static bool IsCompassPoint(string form) => Places.CompassPoints.Contains(form);

    /// <summary>
    /// "when the Bu Salih and Albu Ghazzi clans fought", parsed with "Bu Salih" and "clans" two subjects and "Albu" a conjunct
    /// of the first: coordinated names before a plural noun that shares their verb modify it, the second name running up to it.
    /// </summary>
    private static void NamesModifyingASubjectReadAsASecondSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "nsubj" || xpos[noun] != "NNS" || heads[noun] is not (>= 0 and var verb) || verb < noun) return;
        int name = -1;
        for (int i = noun - 1; i >= 0 && xpos[i] == "NNP" && heads[i] == noun && relations[i] == "compound"; i--) name = i;
        int conjunct = (name >= 0 ? name : noun) - 1;
        if (conjunct < 2 || xpos[conjunct] != "NNP" || relations[conjunct] != "conj" || heads[conjunct] is not (>= 0 and var first) || first >= conjunct
            || relations[first] != "nsubj" || heads[first] != verb || xpos[first] != "NNP" || Dominates(heads, noun, first)) return;
        for (int i = conjunct + 1; i < noun; i++) Hang(heads, relations, i, conjunct, "flat");
        Hang(heads, relations, first, noun, "compound");
    }

    /// <summary>
    /// "held talks with Twa and Luba community leaders", parsed with "Twa" the object of "with" and the leaders its conjunct
    /// (or a second object of the verb: "held talks in Imphal with Meitei and Kuki civil society leaders"): two names joined by
    /// "and" right before the modifiers of a common noun name that noun's kinds; the noun heads the phrase, the first name its
    /// compound and the second the first's conjunct.
    /// </summary>
    private static void NamesModifyingANounReadAsItsConjunct(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int first)
    {
        int and = first + 1, second = first + 2;
        // (Two bare names: not "the CIA and counter-terrorism divisions", "the United States and other countries".)
        if (xpos[first] is not ("NNP" or "NNPS") || forms[and] is not "and" || xpos[second] is not ("NNP" or "JJ") || !StartsUpper(forms[second]) || !HasCase(heads, relations, first)
            || HasDependent(heads, relations, first, "det") || HasDependentAfter(heads, relations, first, "nmod", "appos")) return;
        // (Only modifiers stand between the second name and the noun: "Meitei and Kuki civil society leaders".)
        int noun = second + 1;
        while (noun < heads.Length && xpos[noun] is "NN" or "JJ" or "NNP" && heads[noun] > noun) noun++;
        if (noun >= heads.Length || xpos[noun] is not ("NNS" or "NN") || noun == second + 1 && xpos[noun] == "NN") return;
        for (int k = second + 1; k < noun; k++)
        {
            if (!Dominates(heads, noun, k)) return;
        }
        // (Or of the word the first name hangs on: "in Kalemie with Twa and Luba community leaders", the leaders a second place.)
        bool conjunct = relations[noun] == "conj" && (heads[noun] == first || heads[noun] == heads[first]);
        bool secondObject = relations[noun] == "obj" && heads[noun] is >= 0 and var verb && HasDependent(heads, relations, verb, "obj", except: noun) && heads[second] == first;
        if (!conjunct && !secondObject) return;
        Hang(heads, relations, noun, heads[first], relations[first]);
        for (int k = 0; k < first; k++)
        {
            if (heads[k] == first) heads[k] = noun;
        }
        Hang(heads, relations, first, noun, "compound");
        Coordinate(heads, relations, first, and, second);
    }

    /// <summary>
    /// "held talks in Kalemie with Twa and Luba community leaders", parsed with the "with" phrase on the place: a "with" phrase
    /// on a name that is a verb's "in" phrase is the verb's (a place has no one "with" it).
    /// </summary>
    private static void WithPhraseHungOnThePlaceOfTheVerb(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int partner)
    {
        if (relations[partner] != "nmod" || heads[partner] is not (>= 0 and var place) || place > partner || xpos[place] != "NNP" || relations[place] != "obl"
            || heads[place] is not (>= 0 and var verb) || !IsVerb(xpos[verb]) || !HasDependentForm(forms, heads, relations, partner, "case", "with")
            || !HasDependentForm(forms, heads, relations, place, "case", "in")) return;
        Hang(heads, relations, partner, verb, "obl");
    }

    /// <summary>
    /// "the road linking Tank with Dera Ismail Khan, burning tyres and demanding ...", parsed with "with" opening a clause whose
    /// subject is the name and whose verb is the participle after the comma: a name right after "with" that a comma ends is
    /// the "with" phrase of the verb before it.
    /// </summary>
    private static void NameAfterWithReadAsTheSubjectOfAParticiple(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int with)
    {
        int name = with + 1;
        if (relations[with] != "mark" || !forms[with].Equals("with", StringComparison.OrdinalIgnoreCase) || heads[with] is not (>= 0 and var participle) || xpos[participle] != "VBG"
            || xpos[name] != "NNP" || heads[name] != participle || relations[name] != "nsubj") return;
        int end = name;
        while (end + 1 < heads.Length && heads[end + 1] == name && relations[end + 1] == "flat") end++;
        if (end + 1 >= heads.Length || forms[end + 1] != ",") return;
        int verb = with - 1;
        while (verb >= 0 && !IsVerb(xpos[verb])) verb--;
        if (verb < 0 || Dominates(heads, name, verb)) return;
        // (What the parse coordinated with the name after the comma, "burning tyres", is the participle's.)
        for (int i = end + 1; i < heads.Length; i++)
        {
            if (heads[i] == name) heads[i] = participle;
        }
        Hang(heads, relations, name, verb, "obl");
        Hang(heads, relations, with, name, "case");
    }

    /// <summary>A unit of distance with its number ("90 km", "55 miles").</summary>
    private static bool IsDistance(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int unit) =>
        forms[unit].ToLowerInvariant() is "km" or "kilometres" or "kilometers" or "miles" or "mile" or "kilometre" or "kilometer"
        && HasDependent(heads, relations, unit, "nummod");

    /// <summary>
    /// "Transport unions in Riberalta, about 85 km to the west by road, threatened", parsed with the distance
    /// as the subject and the unions as an oblique: a distance between commas locates the place before it;
    /// the noun phrase before the comma, hung on the same verb, is the subject.
    /// </summary>
    private static void DistanceReadAsSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int unit)
    {
        if (relations[unit] != "nsubj" || !IsDistance(forms, heads, relations, unit)) return;
        int verb = heads[unit], start = SubtreeStart(heads, unit);
        if (verb < 0 || start < 2 || forms[start] != "," && forms[start - 1] != ",") return;
        int comma = forms[start] == "," ? start : start - 1;
        // The phrase before the comma: its head is the highest word above the word before the comma that still lies before it.
        int head = comma - 1;
        while (heads[head] >= 0 && heads[head] < comma) head = heads[head];
        // The distance locates the place before it ("In the town of Hermel, about 45 km to the north, members of
        // two feuding clans battled"; "elders of the Bangash tribe in Hangu, about 40 km west of Kohat, demanded").
        int place = comma - 1;
        if (!IsNoun(xpos[place])) return;
        heads[unit] = place;
        relations[unit] = "nmod:unmarked";
        // With no other subject, the phrase before it, hung bare on the verb, is the subject.
        bool otherSubject = false;
        for (int i = unit + 1; i < verb; i++) otherSubject |= heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass";
        if (otherSubject || heads[head] != verb || relations[head] is not ("obl" or "nmod") || HasCase(heads, relations, head)) return;
        heads[head] = verb;
        relations[head] = "nsubj";
    }

    /// <summary>
    /// "met army and police commanders", parsed with "army" as the object and "commanders" its conjunct: a bare
    /// singular noun, "and", a noun and a plural noun are two modifiers of the plural ("army commanders and police
    /// commanders"); the plural heads the phrase, the first noun its coordinated compound.
    /// </summary>
    private static void CoordinatedModifiersReadAsNouns(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int first)
    {
        int and = first + 1, modifier = first + 2, noun = first + 3;
        // ("herder/NNP and farmer leaders agreed": a lower-case word the tagger took for a name after a comma is a noun too.)
        if (xpos[noun] != "NNS" || heads[noun] != first || xpos[first] != "NN" && !(xpos[first] == "NNP" && char.IsLower(forms[first][0]))
            || forms[and].ToLowerInvariant() is not ("and" or "or")) return;
        // ("met community and religious leaders": or a classifying adjective, "religious", "political", "tribal", "civic".)
        bool classifying = xpos[modifier] == "JJ" && relations[modifier] == "amod" && forms[modifier].ToLowerInvariant() is var adjective
                           && (adjective.EndsWith("al", StringComparison.Ordinal) || adjective.EndsWith("ic", StringComparison.Ordinal) || adjective.EndsWith("ious", StringComparison.Ordinal));
        if (xpos[modifier] != "NN" && !classifying) return;
        if (relations[noun] != "conj" || heads[modifier] != noun || relations[modifier] != "compound" && !classifying || heads[first] < 0) return;
        // (A determiner or modifier of its own: "the army and police commanders" stays; a comma before it is no modifier.)
        for (int i = 0; i < first; i++)
        {
            if (heads[i] == first && relations[i] != "punct") return;
        }
        TakeThePlaceOf(heads, relations, noun, head: first, demotedAs: "compound");
        heads[and] = modifier;
        relations[and] = "cc";
        Rehang(heads, first, noun, after: noun);
    }

    /// <summary>
    /// "Police accused of killing dozens in attack on camp": a headline (no full stop) whose root is a past participle with a
    /// subject and no auxiliary is a passive with its "were" left out, and the subject is the passive's.
    /// </summary>
    private static void HeadlinePassiveSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        if (forms.Length != heads.Length || forms.Length < 3 || forms[^1] is "." or "!" or "?" || heads.IndexOf(-1) is not (>= 0 and var root)) return;
        // ("Opposition leader arrested in Tanzania as police break up rally", parsed with "leader" as the root and "arrested"
        // as its modifier: the participle right after the headline's opening noun is its verb.)
        if (IsNoun(xpos[root]) && root + 1 < heads.Length && xpos[root + 1] == "VBN" && heads[root + 1] == root && relations[root + 1] == "acl"
            && SubtreeStart(heads, root) == 0)
        {
            TakeThePlaceOf(heads, relations, root + 1, root, "nsubj");
            Rehang(heads, root, root + 1, after: root + 1);
            root++;
        }
        if (xpos[root] != "VBN") return;
        if (HasDependent(heads, relations, root, "aux") || HasDependent(heads, relations, root, "aux:pass") || HasDependent(heads, relations, root, "cop")) return;
        for (int i = 0; i < root; i++)
        {
            if (heads[i] == root && relations[i] == "nsubj") relations[i] = "nsubj:pass";
        }
    }

    /// <summary>
    /// "Sudan's RSF accused of killing dozens", parsed with "RSF" a flat part of "Sudan" across the possessive: a name
    /// after the possessive mark is the possessed, with the possessor as its nmod:poss and the possessor's place in the sentence.
    /// </summary>
    private static void NameFlatAcrossAPossessive(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int mark)
    {
        int possessor = mark - 1, name = mark + 1;
        if (xpos[mark] != "POS" || heads[mark] != possessor || heads[name] != possessor || relations[name] != "flat" || xpos[name] is not ("NNP" or "NNPS")) return;
        Hang(heads, relations, name, heads[possessor], relations[possessor]);
        Hang(heads, relations, possessor, name, "nmod:poss");
        // What the possessor held after the name (the name's own clause) is the name's now.
        Rehang(heads, possessor, name, after: name);
    }

    /// <summary>
    /// 'the arrest of Ismael "El Mayo" Zambada in the United States split the group', parsed with the nickname as the
    /// subject of "split": a nickname in quotation marks between a given name and a surname is part of the name,
    /// its words and the surname flat on the given name (as the treebanks code a name's parts), the marks the
    /// nickname's punctuation, and what hung on them from outside the name hangs on the given name.
    /// </summary>
    private static void NicknameInQuotesSplitsAName(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int open)
    {
        if (open < 1 || xpos[open] is not ("``" or "''") || xpos[open - 1] is not ("NNP" or "NNPS")) return;
        int close = open + 1;
        while (close < heads.Length && xpos[close] is "NNP" or "NNPS") close++;
        if (close == open + 1 || close - open > 4 || close + 1 >= heads.Length || xpos[close] is not ("''" or "``") || xpos[close + 1] is not ("NNP" or "NNPS")) return;
        int given = open - 1, surname = close + 1;
        bool Inside(int word) => word >= given && word <= surname;
        // (The given name takes the place of whichever word of the name hung outside it, if it hung inside.)
        if (Inside(heads[given]))
        {
            for (int i = open; i <= surname; i++)
            {
                if (heads[i] >= 0 && Inside(heads[i]) || i == close || i == open) continue;
                (heads[given], relations[given]) = (heads[i], relations[i]);
                break;
            }
        }
        // (The name's head is the given name, or what the given name is flat on: "architect Julia "Butterfly" Hill", as
        // GUM codes it; the marks hang on the nickname.)
        int head = relations[given] == "flat" && heads[given] >= 0 && !Inside(heads[given]) ? heads[given] : given;
        for (int k = 0; k < heads.Length; k++)
        {
            if (!Inside(k) && heads[k] > given && heads[k] <= surname) heads[k] = head;
        }
        for (int i = open; i <= surname; i++) Hang(heads, relations, i, i == open || i == close ? open + 1 : head, i == open || i == close ? "punct" : "flat");
    }

    /// <summary>
    /// "Business owners in Cap-Haïtien demanded ...", parsed with "Haïtien" as a second subject of the verb
    /// "Cap" depends on: two capitalised words joined by a hyphen and hung on one head are one name, its rest
    /// flat on its first word (as EWT codes "Al-Jazeera").
    /// </summary>
    private static void HyphenatedNameReadAsTwo(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int hyphen)
    {
        int first = hyphen - 1, rest = hyphen + 1;
        if (forms[hyphen] != "-" || !StartsUpper(forms[first]) || !StartsUpper(forms[rest])) return;
        // ("Al-Shabab militants stormed ...", parsed with "Shabab" the noun's compound and "Al" the subject of a verb
        // further on: the name's first word takes the compound's place.)
        if (heads[rest] == rest + 1 && relations[rest] == "compound" && heads[first] >= 0 && heads[first] != rest + 1 && heads[first] != rest
            // (No word but the hyphen hangs on the first word.)
            && heads[..hyphen].IndexOf(first) < 0 && heads[(hyphen + 1)..].IndexOf(first) < 0)
        {
            heads[first] = rest + 1;
            relations[first] = "compound";
        }
        else if (heads[rest] != heads[first] || heads[rest] < 0 || relations[rest] is not ("nsubj" or "nsubj:pass" or "obj" or "obl" or "nmod" or "appos")) return;
        heads[rest] = first;
        relations[rest] = "flat";
        heads[hyphen] = rest;
        relations[hyphen] = "punct";
    }

    /// <summary>
    /// "Police opened fire on stone-throwing youths in Panguma", parsed with "throwing" as a clause of the verb
    /// ("on" its marker, the youths its object): a noun, a hyphen and a participle before a noun make that
    /// noun's modifier; the noun is what the preposition introduces, and the rest of the clause the verb's.
    /// </summary>
    private static void HyphenatedParticipleReadAsClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        if (xpos[participle] != "VBG" || participle < 3 || forms[participle - 1] != "-" || participle + 1 >= heads.Length
            || relations[participle] is not ("advcl" or "acl") || heads[participle] < 0) return;
        int noun = participle + 1, marker = participle - 3, verb = heads[participle];
        if (heads[noun] != participle || relations[noun] != "obj" || !IsNoun(xpos[noun]) || heads[marker] != participle
            || forms[marker].ToLowerInvariant() is not ("on" or "at" or "against" or "into" or "with")) return;
        Rehang(heads, participle, verb, after: noun);
        heads[noun] = verb;
        relations[noun] = "obl";
        heads[marker] = noun;
        relations[marker] = "case";
        heads[participle] = noun;
        relations[participle] = "amod";
    }

    /// <summary>
    /// "Hamas-run media said Israeli tanks shelled homes", parsed with "run" as the sentence's root and "said"
    /// its parataxis (or, after "while", "run" as the clause and "said" beside it): a participle after a noun
    /// and a hyphen, heading a clause, followed by the subject of a verb it governs or stands beside, is that
    /// subject's modifier, and the verb heads the clause in its place.
    /// </summary>
    private static void HyphenatedPastParticipleReadAsTheClausesVerb(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        if (participle < 2 || participle + 2 >= heads.Length || xpos[participle] != "VBN" || forms[participle - 1] != "-" || !IsNoun(xpos[participle - 2])
            || relations[participle] is not ("root" or "advcl" or "ccomp" or "conj" or "parataxis" or "obl")) return;
        int noun = participle + 1;
        while (noun + 1 < heads.Length && IsNoun(xpos[noun + 1]) && IsNoun(xpos[noun])) noun++;
        if (!IsNoun(xpos[noun])) return;
        // ("Moscow-installed officials in the occupied part of the region accused Ukraine", with the officials as
        // the participle's object and "accused" hung on it without a subject: they are that verb's subject.)
        if (relations[noun] == "obj" && heads[noun] == participle)
        {
            for (int v = noun + 1; v < heads.Length; v++)
            {
                if (heads[v] != participle || xpos[v] is not ("VBD" or "VBZ" or "VBP") || relations[v] is not ("advcl" or "parataxis" or "conj" or "ccomp")
                    || HasDependent(heads, relations, v, "nsubj")) continue;
                Hang(heads, relations, noun, v, "nsubj");
                break;
            }
        }
        if (relations[noun] is not ("nsubj" or "nsubj:pass")) return;
        int verb = heads[noun];
        if (verb <= noun || !IsVerb(xpos[verb]) || heads[verb] != participle && heads[verb] != heads[participle] && heads[participle] != verb) return;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == participle && i != participle - 2 && i != participle - 1) heads[i] = verb;
        }
        if (heads[participle] != verb) Hang(heads, relations, verb, heads[participle], relations[participle]);
        Hang(heads, relations, participle, noun, "amod");
        if (heads[participle - 2] == participle) relations[participle - 2] = "compound";
    }

    /// <summary>
    /// "The al-Qaeda-linked group claimed responsibility", parsed with the name before the hyphen as the root and
    /// the verb beside it, or as a second subject of the verb: a name that heads a participle's hyphenated modifier
    /// of the verb's subject is part of that modifier (and the verb the root).
    /// </summary>
    private static void NameBeforeAHyphenatedParticipleReadAsTheRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int participle = 3; participle + 1 < heads.Length; participle++)
        {
            if (xpos[participle] != "VBN" || forms[participle - 1] != "-" || relations[participle] != "amod" || heads[participle] is not (> 0 and var noun) || noun < participle
                || relations[noun] is not ("nsubj" or "nsubj:pass") || heads[noun] is not (> 0 and var verb) || verb < noun || !IsVerb(xpos[verb])) continue;
            int name = relations[participle - 2] == "flat" ? heads[participle - 2] : participle - 2;
            if (name < 0 || name >= participle || xpos[name] is not ("NNP" or "NNPS")) return;
            if (heads[name] == -1 && heads[verb] == name) TakeThePlaceOf(heads, relations, verb, name, "compound");
            else if (heads[name] != verb || relations[name] != relations[noun]) return;
            Hang(heads, relations, name, participle, "compound");
            for (int i = 0; i < heads.Length; i++)
            {
                if (heads[i] != name) continue;
                if (i < name && relations[i] == "det") heads[i] = noun;
                else if (i > participle) heads[i] = verb;
            }
            return;
        }
    }

    /// <summary>
    /// 'accused "India-sponsored terrorists" on Monday of trying to ...', parsed with "sponsored" as the clause the
    /// verb took, the terrorists its object and the rest of the sentence hung on it: a participle after a noun and
    /// a hyphen, with no subject, whose object follows it, is that object's modifier, and the object and the words
    /// after it go back to the verb.
    /// </summary>
    private static void HyphenatedParticipleReadAsTheVerbsComplement(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        if (participle < 2 || participle + 1 >= heads.Length || xpos[participle] != "VBN" || forms[participle - 1] != "-" || !IsNoun(xpos[participle - 2])
            || relations[participle] is not ("ccomp" or "xcomp") || heads[participle] is not (>= 0 and var verb) || verb > participle || !IsVerb(xpos[verb])
            || HasDependent(heads, relations, participle, "nsubj") || HasDependent(heads, relations, participle, "aux") || HasDependent(heads, relations, participle, "aux:pass")) return;
        int noun = participle + 1;
        if (!IsNoun(xpos[noun]) || heads[noun] != participle || relations[noun] != "obj") return;
        Rehang(heads, participle, verb, after: noun);
        Hang(heads, relations, noun, verb, "obj");
        Hang(heads, relations, participle, noun, "amod");
        Hang(heads, relations, participle - 2, participle, "obl:npmod");
        // (An opening quotation mark before the compound goes with the object's phrase.)
        for (int i = Math.Max(0, participle - 4); i < participle - 2; i++)
        {
            if (heads[i] == participle && relations[i] == "punct") heads[i] = noun;
        }
    }

    /// <summary>
    /// "Rwanda-backed M23 rebels captured the town ..., residents said", parsed with "backed" as the reported
    /// clause, the rebels its object, "captured" their modifier and "Rwanda" the subject of "said": a
    /// participle after a noun and a hyphen whose object has a past tense of its own after it is that
    /// object's modifier, and the past tense, with the object as its subject, heads the clause in its place.
    /// </summary>
    private static void HyphenatedParticipleReadAsTheVerbOfItsNoun(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        if (participle < 2 || participle + 2 >= heads.Length || xpos[participle] != "VBN" || forms[participle - 1] != "-" || !IsNoun(xpos[participle - 2])
            || relations[participle] is not ("root" or "ccomp" or "advcl" or "conj" or "parataxis")) return;
        int noun = participle + 1;
        while (noun + 1 < heads.Length && IsNoun(xpos[noun + 1]) && IsNoun(xpos[noun])) noun++;
        if (!IsNoun(xpos[noun]) || heads[noun] != participle || relations[noun] != "obj") return;
        int verb = noun + 1;
        if (verb >= heads.Length || xpos[verb] != "VBD" || heads[verb] != noun || relations[verb] is not ("acl" or "acl:relcl")) return;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == participle && i != noun && i != participle - 1 && i != participle - 2) heads[i] = verb;
        }
        Hang(heads, relations, verb, heads[participle], relations[participle]);
        Hang(heads, relations, noun, verb, "nsubj");
        Hang(heads, relations, participle, noun, "amod");
        Hang(heads, relations, participle - 2, participle, "compound");
        Hang(heads, relations, participle - 1, participle - 2, "punct");
    }

    /// <summary>
    /// "Opposition leader Raila Odinga's coalition called for calm", parsed with "leader" as the head and the
    /// coalition its object: a noun before a name that owns the noun after it ("'s") is the name's title,
    /// and the owned noun heads the phrase in the title's place.
    /// </summary>
    private static void TitleBeforeAPossessorReadAsTheHead(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int title)
    {
        if (xpos[title] is not ("NN" or "NNS") || title + 3 >= heads.Length || xpos[title + 1] != "NNP") return;
        int name = title + 1, end = name;
        while (end + 1 < heads.Length && xpos[end + 1] == "NNP") end++;
        if (end + 2 >= heads.Length || xpos[end + 1] != "POS" || !IsNoun(xpos[end + 2])) return;
        int owned = end + 2;
        while (owned + 1 < heads.Length && IsNoun(xpos[owned + 1]) && heads[owned] == owned + 1) owned++;
        if (heads[owned] != title || relations[owned] is not ("obj" or "appos" or "nmod") || heads[name] != owned && heads[name] != title) return;
        for (int i = owned + 1; i < heads.Length; i++)
        {
            if (heads[i] == title) heads[i] = owned;
        }
        Hang(heads, relations, owned, heads[title], relations[title]);
        Hang(heads, relations, title, name, "nmod:desc");
        Hang(heads, relations, name, owned, "nmod:poss");
    }

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
    /// "the Clan del Golfo and the ELN fought", parsed with the ELN a conjunct of "Golfo": a conjunct after a name, hung on a later
    /// word of the name, is the conjunct of the name's head (the words of a flat name take no dependents of their own).
    /// </summary>
    /// <remarks>(Names only, joined by "and" or "or": not "Page 71, 72 and 73", whose numbers are the conjuncts.)</remarks>
    private static void ConjunctHungInsideAFlatName(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int conjunct)
    {
        if (relations[conjunct] != "conj" || heads[conjunct] is not (>= 0 and var inside) || inside > conjunct || relations[inside] != "flat" || xpos[inside] != "NNP"
            || xpos[conjunct] is not ("NNP" or "NNPS") || heads[inside] is not (>= 0 and var name) || name > inside
            || !HasDependentForm(forms, heads, relations, conjunct, "cc", "and") && !HasDependentForm(forms, heads, relations, conjunct, "cc", "or")) return;
        heads[conjunct] = name;
    }

    /// <summary>
    /// "met the head of the UN peacekeeping mission MINUSCA, Valentine Rugwabiza, at ...", parsed with the name a conjunct of
    /// the mission's acronym: a name after a comma with no "and" or "or", hung as a conjunct on the name apposed to an "of"
    /// phrase's noun, is the apposition of the role noun the phrase belongs to.
    /// </summary>
    private static void NameAfterAnOfPhrasesNameReadAsItsConjunct(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int name)
    {
        if (relations[name] != "conj" || xpos[name] != "NNP" || forms[name - 1] != "," || heads[name] is not (>= 0 and var apposed) || apposed > name
            || relations[apposed] != "appos" || xpos[apposed] is not ("NNP" or "NNPS") || heads[apposed] is not (>= 0 and var body) || relations[body] != "nmod"
            || heads[body] is not (>= 0 and var role) || xpos[role] != "NN" || HasDependent(heads, relations, name, "cc")
            || HasDependent(heads, relations, apposed, "conj", except: name)) return;   // (not one of a list: "writers Mark Twain, Robert Louis Stevenson, ... and Neil Gaiman")
        bool of = false;
        for (int i = role + 1; i < body && !of; i++) of = heads[i] == body && relations[i] == "case" && forms[i].Equals("of", StringComparison.OrdinalIgnoreCase);
        if (!of) return;
        Hang(heads, relations, name, role, "appos");
        if (heads[name - 1] == apposed) heads[name - 1] = name;
    }

    /// <summary>
    /// "The commander-in-chief of Ukraine's armed forces visited ...", parsed with "The" hung on the reporter at the
    /// sentence's end: an article hung on a verb belongs to the noun right after it (or to the head that noun is a
    /// compound of).
    /// </summary>
    private static void ArticleHungOnAVerb(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int article)
    {
        if (relations[article] != "det" || xpos[article] != "DT" || heads[article] is not (>= 0 and var verb) || !IsVerb(xpos[verb]) || !IsNoun(xpos[article + 1])
            || !forms[article].Equals("the", StringComparison.OrdinalIgnoreCase) && !forms[article].Equals("a", StringComparison.OrdinalIgnoreCase)
               && !forms[article].Equals("an", StringComparison.OrdinalIgnoreCase)) return;
        int noun = article + 1;
        if (relations[noun] is "compound" or "flat" && heads[noun] > noun && IsNoun(xpos[heads[noun]])) noun = heads[noun];
        if (Dominates(heads, article, noun)) return;
        heads[article] = noun;
    }

    /// <summary>
    /// "Mbiko blamed the/obj SPLA-IO ...", parsed with the article the verb's object and the name hung on it: an article that heads
    /// the noun right after it gives that noun its place and is its determiner.
    /// </summary>
    private static void ArticleReadAsTheHeadOfItsNoun(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int article)
    {
        int noun = article + 1;
        if (xpos[article] != "DT" || heads[noun] != article || !IsNoun(xpos[noun]) || relations[article] is not ("obj" or "nsubj" or "nsubj:pass" or "obl" or "iobj")
            || !forms[article].Equals("the", StringComparison.OrdinalIgnoreCase)) return;
        Hang(heads, relations, noun, heads[article], relations[article]);
        for (int k = 0; k < heads.Length; k++)
        {
            if (heads[k] == article) heads[k] = noun;
        }
        Hang(heads, relations, article, noun, "det");
    }

    /// <summary>
    /// "met police and military commanders", parsed with "police" the object and "commanders" its conjunct: a word for a
    /// service that names a kind of role-holder ("police", "army", "intelligence") right before "and" and a modifier of a
    /// plural role noun shares that noun (police commanders and military commanders): the role noun is the phrase's head,
    /// the service its compound and the other modifier the service's conjunct, as UD coordinates shared modifiers.
    /// </summary>
    private static void ServiceSharingTheRoleNounOfItsConjunct(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int service)
    {
        int and = service + 1, modifier = service + 2, role = service + 3;
        if (!forms[and].Equals("and", StringComparison.OrdinalIgnoreCase) || !Services.Contains(forms[service]) || xpos[modifier] is not ("JJ" or "NN" or "NNS" or "NNP" or "NNPS")
            || xpos[role] != "NNS" || !RoleNouns.Contains(forms[role])) return;
        // (Or with the modifier the service's conjunct and the role noun hung on either: "met senior police and Rangers/conj officers".)
        bool modifierOfTheRole = heads[role] == service && relations[role] == "conj" && heads[modifier] == role && relations[modifier] is "amod" or "compound";
        bool conjunctOfTheService = heads[modifier] == service && relations[modifier] == "conj" && (heads[role] == service || heads[role] == modifier);
        if (!modifierOfTheRole && !conjunctOfTheService) return;
        TakeThePlaceOf(heads, relations, role, head: service, demotedAs: "compound");
        Coordinate(heads, relations, service, and, modifier);
        // (What the service held before it, "senior", is the whole phrase's.)
        for (int i = 0; i < service; i++)
        {
            if (heads[i] == service) heads[i] = role;
        }
    }

    /// <summary>Words for services that name the role-holders of a noun after them ("police commanders").</summary>
    private static readonly HashSet<string> Services = new(StringComparer.OrdinalIgnoreCase)
    {
        "police", "army", "military", "security", "intelligence", "navy", "government", "defence", "defense", "border", "customs", "prison",
    };

    /// <summary>Plural nouns for holders of a role, which a service's name can modify.</summary>
    private static readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "commanders", "officers", "officials", "chiefs", "leaders", "personnel", "agents", "sources", "representatives", "heads", "units",
    };

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
        TakeThePlaceOf(heads, relations, noun, head: owner, demotedAs: "nmod:poss");
        heads[participle] = noun;
        relations[participle] = "amod";
        // Whatever else hung on the participle or the possessor after the phrase (the verb's adjuncts) is the noun's.
        for (int i = noun + 1; i < heads.Length; i++)
        {
            if (heads[i] == participle || heads[i] == owner) heads[i] = noun;
        }
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
    /// object of "drone": a noun is nobody's object; right after another noun that is a verb's object (or
    /// after it and the noun's own modifiers), the first is its compound and it the object.
    /// </summary>
    private static void ObjectOfANoun(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        int first = heads[noun];
        if (relations[noun] != "obj" || first < 0 || first >= noun || !IsNoun(xpos[noun]) || xpos[first] is not ("NN" or "NNS" or "AFX")) return;
        // ("summoned India's deputy high commissioner": with the object's own modifiers between them.)
        for (int i = first + 1; i < noun; i++)
        {
            if (heads[i] != noun || relations[i] is not ("amod" or "compound")) return;
        }
        int verb = heads[first];
        if (verb < 0 || relations[first] != "obj" || Dominates(heads, noun, verb)) return;
        heads[noun] = verb;
        relations[noun] = "obj";
        heads[first] = noun;
        relations[first] = "compound";
        // The first noun's own dependents after it (its prepositional phrases) are the new object's, and so
        // are its determiner and owner ("India's deputy high commissioner").
        Rehang(heads, first, noun, after: noun);
        for (int i = 0; i < first; i++)
        {
            if (heads[i] == first && relations[i] is "det" or "nmod:poss") heads[i] = noun;
        }
    }

    /// <summary>
    /// "summoned India's deputy high commissioner", parsed with "deputy" and "commissioner" both objects of
    /// the verb: a bare noun (no determiner of its own) followed only by the modifiers of a later object of
    /// the same verb is that object's compound, and its own dependents (the owner) the object's.
    /// </summary>
    private static void ModifierReadAsSecondObject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "obj" || xpos[noun] is not ("NN" or "NNS") || heads[noun] is not (>= 0 and var verb)) return;
        int first = -1;
        for (int i = 0; i < noun; i++)
        {
            if (heads[i] == verb && relations[i] == "obj") first = i;
        }
        if (first < 0 || xpos[first] != "NN" || HasDependent(heads, relations, first, "det")) return;
        for (int i = first + 1; i < noun; i++)
        {
            if (heads[i] != noun || relations[i] is not ("amod" or "compound")) return;
        }
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == first) heads[i] = noun;
        }
        Hang(heads, relations, first, noun, "compound");
    }

    /// <summary>
    /// "accused the militant group of hiding rockets", parsed with the gerund a compound of its object ("of hiding
    /// rockets" a noun phrase): a gerund after "of" heads its clause, marked by "of", on the noun the phrase hung on,
    /// with the noun its object (as "accused soldiers of killing villagers" parses).
    /// </summary>
    private static void GerundAfterOfReadAsACompound(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int gerund)
    {
        if (xpos[gerund] != "VBG" || relations[gerund] != "compound" || heads[gerund] is not (> 0 and var noun) || noun <= gerund
            || !forms[gerund - 1].Equals("of", StringComparison.OrdinalIgnoreCase) || heads[gerund - 1] != noun || heads[noun] is not (>= 0 and var owner)) return;
        Hang(heads, relations, gerund, owner, IsVerb(xpos[owner]) ? "advcl" : "acl");
        Hang(heads, relations, gerund - 1, gerund, "mark");
        Hang(heads, relations, noun, gerund, "obj");
    }

    /// <summary>
    /// "United Nations agencies delivered ...", "Amnesty International's Nigeria office accused ...", parsed
    /// with the name and the noun both subjects of the verb: a proper noun right before the phrase of a
    /// common-noun subject of the same verb is part of that phrase (of its first name, if it opens with one).
    /// </summary>
    private static void NameReadAsSubjectBeforeItsNoun(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "nsubj" || xpos[noun] is not ("NN" or "NNS")) return;
        // ("The United Nations human rights office on Tuesday urged", parsed with the name as the subject of the
        // noun, which a subject cannot have: the name is part of the noun's phrase.)
        for (int i = 0; i < noun; i++)
        {
            if (heads[i] == noun && relations[i] == "nsubj" && xpos[i] is "NNP" or "NNPS") relations[i] = "compound";
        }
        int phraseStart = SubtreeStart(heads, noun);
        int name = phraseStart - 1;
        // ("Riot police fired tear gas ..., officials and witnesses said", with "Riot" the reporter's subject: or the sentence's first
        // word, whatever verb it was hung on.)
        if (name < 0 || relations[name] != "nsubj" || heads[name] != heads[noun] && !(name == 0 && !Dominates(heads, noun, heads[name]) && !Dominates(heads, name, noun)) || xpos[name] is not ("NNP" or "NNPS")) return;
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
        // ("villagers near Bint Jbeil blocked", with "near" read as the verb's subordinator: the name is the
        // place the subject is from, "near" its preposition.)
        if (xpos[name - 1] == "IN" && relations[name - 1] == "mark" && heads[name - 1] == heads[name] && name >= 2
            && relations[name - 2] == "nsubj" && heads[name - 2] == heads[name] && xpos[name - 2] is "NN" or "NNS")
        {
            heads[name - 1] = name;
            relations[name - 1] = "case";
            heads[name] = name - 2;
            relations[name] = "nmod";
            return;
        }
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
    /// "Benjamin J. Rhodes, one of the president's closest aides, recalled that ...", parsed with the name and
    /// "one" both subjects of "recalled": a second subject set off by commas right after a name that is the
    /// first is the name's apposition.
    /// </summary>
    private static void AppositionReadAsSecondSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int second)
    {
        if (relations[second] != "nsubj" || heads[second] is not (> 0 and var verb) || verb < second) return;
        int first = -1;
        for (int i = 0; i < second; i++)
        {
            if (heads[i] == verb && relations[i] == "nsubj") { first = i; break; }
        }
        if (first < 0 || xpos[first] is not ("NNP" or "NNPS")) return;
        int start = SubtreeStart(heads, second), end = SubtreeEnd(heads, second);
        // (The commas may hang inside the apposition or on the verb.)
        int opening = xpos[start] == "," ? start : start - 1;
        int closing = end + 1 < verb && xpos[end + 1] == "," ? end + 1 : xpos[end] == "," ? end : -1;
        // (The opening comma may hang on the name: "UNMISS, the U.N. mission, which met chiefs ..., said".)
        if (opening < 1 || xpos[opening] != "," || SubtreeEnd(heads, first) is var nameEnd && nameEnd != opening - 1 && nameEnd != opening
            || closing < 0 || closing != verb - 1 && end + 1 != verb) return;
        Hang(heads, relations, second, first, "appos");
    }

    /// <summary>
    /// "At a news conference in the state capital, Zacatecas, on Tuesday, the state's governor condemned ...", parsed with
    /// "Zacatecas" a first subject of "condemned": a name between commas right after the noun of a prepositional phrase, before
    /// the verb's own subject, is that noun's apposition; so is a common noun after a name ("In Kindu, the provincial capital on
    /// the Congo River, hundreds of residents marched").
    /// </summary>
    private static void NounApposedToAPrepositionsNounReadAsAFirstSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int name)
    {
        if (relations[name] != "nsubj" || !IsNoun(xpos[name]) || heads[name] is not (> 0 and var verb) || verb < name) return;
        bool laterSubject = false;
        for (int i = name + 1; i < verb && !laterSubject; i++) laterSubject = heads[i] == verb && relations[i] == "nsubj";
        int start = SubtreeStart(heads, name), end = SubtreeEnd(heads, name);
        // (The commas may hang inside the name's phrase or elsewhere.)
        int opening = xpos[start] == "," ? start : start - 1;
        int closing = xpos[end] == "," ? end : end + 1;
        // ("In Imzouren, a town about 15 kilometres to the south, several hundred people marched": the town's distance, hung on the
        // verb, closes before the comma.)
        int distance = !laterSubject || closing >= verb || xpos[closing] == "," ? -1 : DistanceHungOnTheVerbAfter(xpos, heads, relations, end, verb);
        if (distance >= 0) closing = SubtreeEnd(heads, distance) is var last && xpos[last] == "," ? last : last + 1;
        if (!laterSubject || opening < 2 || xpos[opening] != "," || closing >= verb || xpos[closing] != ",") return;
        int noun = PrepositionsNounBefore(xpos, heads, relations, opening);
        // (A name after a common noun, or a common noun after a name; not a distance, "In Hermel, about 45 km to the north,
        // members battled", which another repair places.)
        // (The common noun only after a place the clause happens in, an oblique: not "Senator Ben Cardin of Maryland, a Democrat
        // on the finance committee, advocates", the senator's apposition.)
        if (noun < 0 || (xpos[name] is "NNP" or "NNPS" ? xpos[noun] is not ("NN" or "NNS") : xpos[noun] is not ("NNP" or "NNPS") || relations[noun] != "obl")
            || HasDependent(heads, relations, name, "nummod")) return;
        Hang(heads, relations, name, noun, "appos");
        Hang(heads, relations, opening, name, "punct");
        Hang(heads, relations, closing, name, "punct");
        if (distance >= 0) Hang(heads, relations, distance, name, "nmod");
    }

    /// <summary>A counted noun right after <paramref name="end"/>, hung on the verb as a bare oblique ("about 15 kilometres to the south"), or -1.</summary>
    private static int DistanceHungOnTheVerbAfter(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int end, int verb)
    {
        for (int i = end + 1; i < verb && xpos[i] != ","; i++)
        {
            if (heads[i] != verb) continue;
            return relations[i] is "obl:unmarked" or "obl:npmod" && xpos[i] is "NNS" or "NN" && HasDependent(heads, relations, i, "nummod") ? i : -1;
        }
        return -1;
    }

    /// <summary>
    /// "At a news conference in Cotabato City, the regional capital, a member of the Bangsamoro parliament ... demanded",
    /// parsed with "capital" the subject and the member its apposition: a noun between commas right after the noun of a
    /// prepositional phrase is that noun's apposition, and the noun apposed to it after its comma is the verb's subject.
    /// </summary>
    private static void PlaceApposedToAPrepositionsNounReadAsTheSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int subject)
    {
        if (relations[subject] != "nsubj" || xpos[subject] is not ("NN" or "NNS") || heads[subject] is not (> 0 and var verb) || verb < subject) return;
        int apposition = -1;
        for (int i = subject + 2; i < verb && apposition < 0; i++)
        {
            if (heads[i] == subject && relations[i] == "appos" && IsNoun(xpos[i])) apposition = i;
        }
        if (apposition < 0) return;
        // (The apposed phrase opens after a comma that ends the subject's own words.)
        int closing = SubtreeStart(heads, apposition);
        if (xpos[closing] != ",") closing--;
        if (closing <= subject || xpos[closing] != ",") return;
        for (int i = subject + 1; i < closing; i++)
        {
            if (xpos[i] == ",") return;
        }
        int opening = subject - 1;
        while (opening > 0 && heads[opening] == subject && xpos[opening] is "DT" or "JJ" or "NN" or "NNP") opening--;
        if (opening < 2 || xpos[opening] != ",") return;
        if (PrepositionsNounBefore(xpos, heads, relations, opening) is not (>= 0 and var noun)) return;
        Hang(heads, relations, apposition, verb, "nsubj");
        Hang(heads, relations, subject, noun, "appos");
        Hang(heads, relations, closing, subject, "punct");
    }

    /// <summary>
    /// "Speaking in Bossangoa on Tuesday evening, the prefect of Ouham, Hervé Ngoutou, urged residents", parsed with the
    /// prefect as the object of "Speaking" and the name the subject: a noun after the comma that closes an opening
    /// participle's phrase is no object of it; with a name between commas after it, the subject, the name its apposition.
    /// </summary>
    private static void SubjectReadAsTheObjectOfAnOpeningParticiple(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        if (heads.Length < 8 || xpos[0] != "VBG") return;
        for (int noun = 3; noun < heads.Length; noun++)
        {
            if (heads[noun] != 0 || relations[noun] != "obj" || !IsNoun(xpos[noun])) continue;
            int start = SubtreeStart(heads, noun), end = SubtreeEnd(heads, noun);
            if (xpos[start - 1] != "," || end + 2 >= heads.Length || xpos[end + 1] != ",") return;
            int name = end + 2;
            while (name < Math.Min(end + 6, heads.Length) && relations[name] != "nsubj") name++;
            // (The name between commas, right before the verb; the commas may be its own.)
            if (name >= heads.Length || relations[name] != "nsubj" || xpos[name] is not ("NNP" or "NNPS") || SubtreeStart(heads, name) is var nameStart && nameStart != end + 2 && nameStart != end + 1
                || heads[name] is not (> 0 and var verb) || SubtreeEnd(heads, name) is var nameEnd && !(nameEnd + 2 == verb && xpos[nameEnd + 1] == "," || nameEnd + 1 == verb && xpos[nameEnd] == ",")) return;
            Hang(heads, relations, noun, verb, "nsubj");
            Hang(heads, relations, name, noun, "appos");
            return;
        }
    }

    /// <summary>The noun of a prepositional phrase that ends right before <paramref name="comma"/> ("in the state capital ,"), or -1.</summary>
    private static int PrepositionsNounBefore(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int comma)
    {
        int noun = comma - 1;
        while (noun > 0 && heads[noun] > noun && heads[noun] < comma) noun = heads[noun];
        // (The comma may be the noun's own.)
        return IsNoun(xpos[noun]) && relations[noun] is "obl" or "nmod" && SubtreeEnd(heads, noun) is var end && (end == comma - 1 || end == comma && heads[comma] == noun) ? noun : -1;
    }

    /// <summary>
    /// "The regional governor, Colonel Abdou Garba, travelled to Magaria", parsed with "governor" an adverbial
    /// clause of "travelled" and the name its subject: the noun phrase opening the sentence, with no preposition,
    /// right before a name between commas that is the verb's subject, is that subject, and the name its apposition.
    /// </summary>
    private static void OpeningNounBeforeItsApposedNameReadAsAClause(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int name)
    {
        if (relations[name] != "nsubj" || xpos[name] is not ("NNP" or "NNPS") || heads[name] is not (> 0 and var verb) || verb < name) return;
        int start = SubtreeStart(heads, name), end = SubtreeEnd(heads, name);
        int opening = xpos[start] == "," ? start : start - 1;
        int closing = xpos[end] == "," ? end : end + 1;
        if (opening < 1 || xpos[opening] != "," || closing != verb - 1 || xpos[closing] != ",") return;
        int noun = opening - 1;
        while (noun > 0 && heads[noun] > noun && heads[noun] < opening) noun = heads[noun];
        if (!IsNoun(xpos[noun]) || heads[noun] != verb || relations[noun] is not ("advcl" or "obl" or "dep" or "obl:unmarked" or "parataxis")
            || SubtreeStart(heads, noun) != 0 || HasCase(heads, relations, noun)) return;
        Hang(heads, relations, noun, verb, "nsubj");
        Hang(heads, relations, name, noun, "appos");
        if (heads[opening] == noun || heads[opening] == verb) heads[opening] = name;
    }

    /// <summary>
    /// "Jammu and Kashmir Chief Minister Omar Abdullah condemned", parsed with "Jammu" (and its conjunct)
    /// and "Omar" both subjects: a proper noun whose phrase runs right up to the title before the second
    /// subject's name is that title's modifier (whose minister), not a subject of its own.
    /// </summary>
    private static void PlaceBeforeATitleReadAsSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int name)
    {
        if (relations[name] != "nsubj" || xpos[name] is not ("NNP" or "NNPS") || heads[name] <= name) return;
        int title = -1;
        for (int i = 0; i < name; i++)
        {
            if (heads[i] == name && relations[i] == "nmod:desc") { title = i; break; }
        }
        if (title < 1) return;
        int titleStart = SubtreeStart(heads, title);
        int place = titleStart - 1;
        while (place >= 0 && heads[place] >= 0 && heads[place] < titleStart && heads[place] != heads[name]) place = heads[place];
        if (place < 0 || relations[place] != "nsubj" || heads[place] != heads[name] || xpos[place] is not ("NNP" or "NNPS")
            || SubtreeEnd(heads, place) != titleStart - 1 || HasDependent(heads, relations, name, "cc")) return;
        // (Not a title's first word split off by a hyphen: "UN Secretary-General Kofi Annan".)
        if (xpos[titleStart] == "HYPH") return;
        heads[place] = title;
        relations[place] = "compound";
    }

    /// <summary>
    /// "the state news agency SANA said", "The rebel group M23 said", "the opposition National Unity Government
    /// accused", parsed with the noun and the name both subjects of the verb: a name right after a common noun
    /// that is the same verb's subject is that noun's apposition (the noun heads the phrase, as in "the rebel
    /// group, M23,").
    /// </summary>
    private static void NameAfterItsNounReadAsSecondSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int name)
    {
        if (name < 1 || relations[name] != "nsubj" || xpos[name] is not ("NNP" or "NNPS") || heads[name] <= name) return;
        int noun = name - 1;
        // (The name's own capitalised words first: "National Unity" of "National Unity Government".)
        // (A capitalised title before them is the name's, "Environment Minister John Baird", and so is a bare noun before a title,
        // "Army chief Gen. Moussa Diallo": only a noun with its determiner heads them.)
        while (noun > 0 && heads[noun] == name && xpos[noun] is "NNP" or "NNPS") noun--;
        if (noun < name - 1 && (forms.Length != heads.Length || char.IsUpper(forms[noun][0]) || !HasDependent(heads, relations, noun, "det"))) return;
        if (xpos[noun] is not ("NN" or "NNS")) return;
        if (relations[noun] == "appos" && heads[noun] < noun) NounAfterACommaReadAsApposition(xpos, heads, relations, noun, heads[name]);
        if (relations[noun] != "nsubj" || heads[noun] != heads[name]) return;
        heads[name] = noun;
        relations[name] = "appos";
    }

    /// <summary>
    /// "Speaking to reporters in Lichinga ... on Tuesday, Niassa governor Albino Chaúque urged residents", parsed with the
    /// governor apposed to the day: a common noun with no article right before the subject's
    /// name, opening a phrase after a comma and hung on a word before it, is that name's title, as one read as a bare
    /// oblique is (<see cref="TitleReadAsOblique"/>).
    /// </summary>
    private static void TitleBeforeTheSubjectsNameHungBeforeTheComma(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int name)
    {
        int noun = name - 1;
        if (relations[name] != "nsubj" || xpos[name] is not ("NNP" or "NNPS") || heads[name] is not (> 0 and var verb) || verb <= name
            || xpos[noun] != "NN" || heads[noun] is not (>= 0 and var host) || host >= noun || relations[noun] is not ("appos" or "nmod" or "conj" or "parataxis")
            || char.IsUpper(forms[noun][0])) return;
        int first = noun;
        for (int i = 0; i < noun; i++)
        {
            if (heads[i] != noun) continue;
            if (relations[i] == "det") return;
            first = Math.Min(first, i);
        }
        // (Not where the name's verb hangs under the noun: the title would close a cycle.)
        if (first < 1 || forms[first - 1] != "," && forms[first] != "," || Dominates(heads, noun, name)) return;
        Hang(heads, relations, noun, name, "compound");
    }

    /// <summary>
    /// "Army chief Gen. Moussa Diallo said", parsed with "chief" and "Moussa" both subjects of the verb: a
    /// common noun without a determiner right before a name's own titles ("Gen.", hung on the name) is a
    /// title of that name too, as "Army chief Moussa Diallo" is parsed.
    /// </summary>
    private static void TitleBeforeATitledNameReadAsSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int name)
    {
        if (relations[name] != "nsubj" || xpos[name] is not ("NNP" or "NNPS") || heads[name] <= name) return;
        int noun = name - 1;
        while (noun > 0 && heads[noun] == name && xpos[noun] == "NNP") noun--;
        if (noun == name - 1 || xpos[noun] is not ("NN" or "NNS") || relations[noun] != "nsubj" || heads[noun] != heads[name]) return;
        for (int i = 0; i < noun; i++)
        {
            if (heads[i] == noun && relations[i] == "det") return;
        }
        heads[noun] = name;
        relations[noun] = "nmod:desc";
    }

    /// <summary>
    /// "Fornost welcomed the talks, the primary official news agency WFNA said": the noun before the
    /// speaker's name read as an apposition of a word before the comma opening its phrase. It is the
    /// verb's subject (and the comma the verb's), so the rule above makes the name its apposition.
    /// </summary>
    private static void NounAfterACommaReadAsApposition(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun, int verb)
    {
        int first = noun;
        while (first > 0 && heads[first - 1] == noun && relations[first - 1] is "det" or "amod" or "compound" or "nummod") first--;
        // (Only a phrase opened by a determiner: "caravan organizer Ernesto Galvez" is a title before a name.)
        if (first == noun || first < 1 || xpos[first - 1] != "," || xpos[first] != "DT") return;
        heads[noun] = verb;
        relations[noun] = "nsubj";
        if (heads[first - 1] == noun) heads[first - 1] = verb;
    }

    /// <summary>
    /// "Islamic State West Africa Province (ISWAP) fighters stormed a military base", parsed with the name an oblique of the verb and
    /// "fighters" alone its subject: a name with its short form in brackets right before a plural subject names that subject's group.
    /// </summary>
    private static void NameWithItsShortFormBeforeItsNounReadAsAnOblique(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (noun < 4 || xpos[noun] is not ("NNS" or "NNPS") || relations[noun] is not ("nsubj" or "nsubj:pass") || heads[noun] is not (> 0 and var verb)
            || xpos[noun - 1] != "-RRB-" || xpos[noun - 3] != "-LRB-" || xpos[noun - 2] != "NNP" || heads[noun - 2] is not (>= 0 and var name)
            || name >= noun - 3 || xpos[name] != "NNP" || heads[name] != verb || relations[name] is not ("obl" or "nsubj" or "obl:unmarked") || HasCase(heads, relations, name)) return;
        Hang(heads, relations, name, noun, "compound");
    }

    /// <summary>
    /// "The state Attorney General's Office said", "the state attorney general's office opened", parsed with "state" (or "attorney") a
    /// first subject or an oblique of the verb: a noun with no preposition right before the possessor of the verb's subject is part of
    /// that possessor's name.
    /// </summary>
    private static void NounBeforeTheSubjectsPossessorReadAsAnArgument(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (noun + 3 >= heads.Length || xpos[noun] is not ("NN" or "NNP") || relations[noun] is not ("nsubj" or "obl" or "obl:unmarked") || HasCase(heads, relations, noun)
            || heads[noun] is not (> 0 and var verb) || verb < noun || relations[noun + 1] != "nmod:poss" || xpos[noun + 1] is not ("NN" or "NNP")
            || heads[noun + 1] is not (> 0 and var subject) || heads[subject] != verb || relations[subject] != "nsubj" || subject >= verb) return;
        int possessive = noun + 2;
        while (possessive < subject && xpos[possessive] != "POS") possessive++;
        if (possessive >= subject || heads[possessive] < noun + 1) return;
        Hang(heads, relations, noun, noun + 1, "compound");
    }

    /// <summary>
    /// "recaptured the village ... from al Shabaab after two days of fighting", parsed with "al" a compound of "days" and "from" its
    /// preposition: a name hung as a compound on a noun that a second preposition opens after it is no part of that noun; the
    /// first preposition is the name's, and the name hangs where the noun does.
    /// </summary>
    private static void NameReadAsACompoundAcrossAPreposition(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int name)
    {
        int preposition = name - 1;
        if (relations[name] != "compound" || xpos[name] != "NNP" || heads[name] is not (> 0 and var noun) || noun <= name + 1 || heads[noun] < 0
            || xpos[preposition] != "IN" || relations[preposition] != "case" || heads[preposition] != noun) return;
        bool secondPreposition = false;
        for (int k = name + 1; k < noun && !secondPreposition; k++) secondPreposition = heads[k] == noun && relations[k] == "case" && xpos[k] == "IN";
        if (!secondPreposition) return;
        Hang(heads, relations, preposition, name, "case");
        Hang(heads, relations, name, heads[noun], relations[noun]);
    }

    /// <summary>
    /// "blocked the Pan-American Highway near Santander de Quilichao, demanding protection", parsed with "near" an adverb and the town
    /// its complement: a name hung on "near" is the verb's oblique and "near" its preposition; a participle after a comma that the
    /// name held is the verb's.
    /// </summary>
    private static void NameAfterNearReadAsItsComplement(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int name)
    {
        int near = name - 1;
        if (xpos[name] != "NNP" || heads[name] != near || relations[name] is not ("xcomp" or "obj" or "obl") || relations[near] != "advmod"
            || !forms[near].Equals("near", StringComparison.OrdinalIgnoreCase)) return;
        int verb = VerbAbove(xpos, heads, heads[near]);
        if (verb < 0 || verb > near) return;
        Hang(heads, relations, name, verb, "obl");
        Hang(heads, relations, near, name, "case");
        for (int i = name + 2; i < heads.Length; i++)
        {
            if (heads[i] == name && relations[i] == "advcl" && xpos[i] == "VBG" && forms[i - 1] == ",") Hang(heads, relations, i, verb, "advcl");
        }
    }
}
