namespace Vigil.Parsing;

// Repairs of clauses: participles and infinitives hung on the wrong verb, clauses read as phrases and back.
public static partial class ParseRepairs
{
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
    /// 'she expects the campaign "to continue calling out examples of bias"', parsed with "continue" hung on
    /// the opening quotation mark: a word hangs on no punctuation; a quoted phrase opened right after a verb,
    /// or after that verb's object, is that verb's (with the relation it had), and the mark the phrase's.
    /// </summary>
    private static void WordHungOnAQuotationMark(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int word)
    {
        int mark = heads[word];
        if (mark < 1 || xpos[mark] != "``" || mark > word || IsPunctuation(xpos[word])) return;
        int before = mark - 1;
        int verb = IsVerb(xpos[before]) ? before : relations[before] is "obj" or "iobj" && heads[before] is >= 0 and var h && IsVerb(xpos[h]) ? h : -1;
        if (verb < 0 || Dominates(heads, word, verb)) return;
        heads[word] = verb;
        Hang(heads, relations, mark, word, "punct");
    }

    /// <summary>
    /// 'accused "armed gangs" from Bab al-Tabbaneh of attacking the funeral and demanded that the army disarm
    /// them', parsed with "from" as the clause mark of "demanded" and the name its subject: a preposition
    /// that never opens a clause, right before the subject of a verb coordinated by "and" under an earlier
    /// verb, is the case of a noun modifying the noun before it, and the verb that earlier verb's conjunct.
    /// </summary>
    private static void PrepositionalPhraseReadAsAClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int mark)
    {
        if (relations[mark] != "mark" || forms[mark].ToLowerInvariant() is not ("from" or "of" or "against" or "at" or "into" or "near")) return;
        int verb = heads[mark], subject = mark + 1;
        if (verb <= subject || heads[subject] != verb || relations[subject] != "nsubj" || xpos[mark - 1] is not ("NN" or "NNS" or "NNP" or "NNPS" or "''")) return;
        if (relations[verb] is not ("advcl" or "conj") || heads[verb] is not (>= 0 and var earlier) || earlier >= mark || xpos[earlier] is not ("VBD" or "VBZ" or "VBP")) return;
        int and = subject + 1;
        while (and < verb && !(heads[and] == verb && forms[and].Equals("and", StringComparison.OrdinalIgnoreCase))) and++;
        if (and >= verb) return;
        int noun = mark - 1;
        if (xpos[noun] == "''") noun--;
        while (noun > 0 && heads[noun] > noun && heads[noun] < mark && relations[noun] is "punct") noun--;
        if (noun <= earlier || xpos[noun] is not ("NN" or "NNS" or "NNP" or "NNPS")) return;
        Hang(heads, relations, subject, noun, "nmod");
        Hang(heads, relations, mark, subject, "case");
        Hang(heads, relations, verb, earlier, "conj");
    }

    /// <summary>
    /// "Kenyan police fire tear gas, live rounds at protesters; rights group says 8 dead", parsed with "police" and
    /// "group" both subjects of "says" and "fire" a modifier of the police: a verb after a semicolon with a subject of
    /// its own on each side is two clauses; the first subject's finite verb heads the first, the second its parenthesis.
    /// </summary>
    private static void ClausesJoinedByASemicolonReadAsOne(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int semicolon = forms.IndexOf(";");
        if (semicolon < 2) return;
        int verb = -1, before = -1;
        for (int i = 0; i < heads.Length; i++)
        {
            if (relations[i] != "nsubj" || heads[i] <= semicolon) continue;
            if (i > semicolon) verb = heads[i];
        }
        if (verb < 0) return;
        for (int i = 0; i < semicolon; i++)
        {
            if (heads[i] == verb && relations[i] == "nsubj") before = i;
        }
        if (before < 0) return;
        int first = -1;
        for (int i = before + 1; i < semicolon; i++)
        {
            if (xpos[i] is "VBP" or "VBZ" or "VBD" && Dominates(heads, before, i)) { first = i; break; }
        }
        if (first < 0) return;
        Hang(heads, relations, first, heads[verb], relations[verb]);
        Hang(heads, relations, before, first, "nsubj");
        Hang(heads, relations, verb, first, "parataxis");
        Hang(heads, relations, semicolon, verb, "punct");
    }

    /// <summary>
    /// "against a bill that critics say would curb media freedom, and police detained at least 63 people ...", parsed with
    /// "critics say" as a clause of the sentence's reporter and "that" as the subject of "detained": a relative pronoun
    /// followed by a subject and a verb of saying whose reported verb has no subject of its own is that verb's subject, and
    /// the verb of saying the relative clause of the noun before the pronoun; a noun then left as a conjunct of that clause's
    /// object right before a past tense with no subject, after ", and", is that past tense's subject, the past tense the
    /// conjunct of the clause the noun phrase with the relative clause belongs to.
    /// </summary>
    private static void SubjectOfASaidRelativeClauseHungElsewhere(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int pronoun)
    {
        if (xpos[pronoun] is not ("WDT" or "WP") || forms[pronoun].ToLowerInvariant() is not ("that" or "which" or "who") || pronoun + 3 >= heads.Length
            || !IsNoun(xpos[pronoun - 1])) return;
        int say = pronoun + 2;
        if (!ReportingForms.Contains(forms[say]) || heads[pronoun + 1] != say || relations[pronoun + 1] != "nsubj" || !IsNoun(xpos[pronoun + 1])) return;
        int reported = -1;
        for (int i = say + 1; i < heads.Length && i <= say + 3; i++)
        {
            if (heads[i] == say && relations[i] == "ccomp" && IsVerb(xpos[i])) { reported = i; break; }
        }
        if (reported < 0 || HasASubject(heads, relations, reported)) return;
        int wrongVerb = heads[pronoun];
        int antecedent = pronoun - 1;
        Hang(heads, relations, say, antecedent, "acl:relcl");
        Hang(heads, relations, pronoun, reported, "nsubj");
        // The past tense that had taken the pronoun as its subject, after ", and" and a noun read as a conjunct inside the clause.
        if (wrongVerb <= reported || xpos[wrongVerb] != "VBD" || HasDependent(heads, relations, wrongVerb, "nsubj")) return;
        int noun = wrongVerb - 1;
        if (!IsNoun(xpos[noun]) || relations[noun] != "conj" || !Dominates(heads, say, noun) || noun < 2 || forms[noun - 1] != "and" || forms[noun - 2] != ",") return;
        int clause = heads[antecedent];
        clause = VerbAbove(xpos, heads, clause);
        if (clause < 0 || clause > pronoun) return;
        Hang(heads, relations, noun, wrongVerb, "nsubj");
        Hang(heads, relations, noun - 1, wrongVerb, "cc");
        Hang(heads, relations, noun - 2, wrongVerb, "punct");
        Hang(heads, relations, wrongVerb, clause, "conj");
    }

    /// <summary>
    /// "..., when Hamas-led militants stormed into southern Israel", parsed with "when" on "led": a "when" or "where"
    /// hung inside the subject that follows it opens the subject's clause; it modifies that clause's verb.
    /// </summary>
    private static void WhAdverbHungInsideTheSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int adverb)
    {
        if (xpos[adverb] != "WRB" || relations[adverb] != "advmod" || heads[adverb] is not (> 0 and var modified) || IsVerb(xpos[modified]) && relations[modified] is not ("amod" or "compound")) return;
        // The subject whose phrase holds the word the adverb hangs on, starting right after the adverb.
        int subject = modified;
        while (subject >= 0 && relations[subject] is not ("nsubj" or "nsubj:pass")) subject = heads[subject];
        if (subject < 0 || heads[subject] is not (> 0 and var verb) || verb < subject || SubtreeStart(heads, subject) != adverb) return;
        Hang(heads, relations, adverb, verb, "advmod");
    }

    /// <summary>
    /// "accused the government of failing to protect rural communities and called on the army to act",
    /// parsed with "called" coordinated with "protect": a past tense with no subject is no conjunct of an
    /// infinitive; it is the conjunct of the nearest finite verb above it.
    /// </summary>
    private static void PastTenseCoordinatedWithAnInfinitive(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        // (A participle without an auxiliary there is the past tense misread: "and called/VBN on the army".)
        if (relations[verb] != "conj" || xpos[verb] is not ("VBD" or "VBN") || HasDependent(heads, relations, verb, "nsubj")
            || HasDependent(heads, relations, verb, "aux") || HasDependent(heads, relations, verb, "aux:pass")) return;
        int infinitive = heads[verb];
        if (infinitive < 0 || infinitive > verb || xpos[infinitive] != "VB" || !HasMarkTo(forms, heads, relations, infinitive)) return;
        int finite = heads[infinitive];
        while (finite >= 0 && xpos[finite] is not ("VBD" or "VBZ" or "VBP")) finite = heads[finite];
        if (finite < 0 || finite > infinitive) return;
        heads[verb] = finite;
    }

    private static bool HasMarkTo(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int verb)
    {
        for (int i = 0; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] == "mark" && forms[i].Equals("to", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Four men were arrested and rifles, drone parts and ammunition seized when soldiers searched a ranch":
    /// a verb of seizing or harming coordinated with a passive, with a subject of its own and no object or
    /// auxiliary, shares the passive's auxiliary (the gap): its subject is what was seized, not who seized.
    /// </summary>
    private static void GappedPassive(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "conj" || xpos[verb] is not ("VBD" or "VBN") || !GappableVerbs.Contains(forms[verb]) || heads[verb] is not (>= 0 and var first)
            || first > verb || !HasDependent(heads, relations, first, "aux:pass") || HasDependent(heads, relations, verb, "obj") || HasDependent(heads, relations, verb, "aux")) return;
        for (int i = first + 1; i < verb; i++)
        {
            if (heads[i] != verb || relations[i] != "nsubj") continue;
            relations[i] = "nsubj:pass";
            return;
        }
    }

    private static readonly HashSet<string> GappableVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "seized", "confiscated", "arrested", "detained", "killed", "wounded", "injured", "destroyed", "burned", "burnt", "looted", "recovered" };

    /// <summary>
    /// "Troops seized a cache of rockets hidden in an orchard and detained two men", parsed with "detained"
    /// coordinated with "hidden": a past tense with no subject is no conjunct of a participle that modifies
    /// a noun; it is the conjunct of the past tense whose object (or its modifier) that noun is.
    /// </summary>
    private static void PastTenseCoordinatedWithAParticiple(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "conj" || xpos[verb] != "VBD" || HasDependent(heads, relations, verb, "nsubj")) return;
        // ("NAS denied involvement and accused government soldiers of killing civilians", with "accused"
        // coordinated with "involvement": nor of a verb's object; it is that verb's conjunct.)
        if (heads[verb] is >= 0 and var noun && noun < verb && xpos[noun] is "NN" or "NNS" && relations[noun] == "obj"
            && heads[noun] is >= 0 and var objectsVerb && IsVerb(xpos[objectsVerb]) && HasDependent(heads, relations, verb, "obj"))
        {
            heads[verb] = objectsVerb;
            return;
        }
        int participle = heads[verb];
        // ("The RSF denied targeting civilians and accused the army", with "accused" coordinated with "targeting":
        // nor of a gerund under a past tense; it is that past tense's conjunct. The gerund may hang on a noun of its
        // clause: 'accused "India-sponsored terrorists" on Monday of trying to derail ... and vowed'.)
        if (participle >= 0 && participle < verb && xpos[participle] == "VBG" && relations[participle] is "xcomp" or "ccomp" or "acl" or "advcl")
        {
            int taker = heads[participle];
            taker = VerbAbove(xpos, heads, taker);
            if (taker >= 0 && taker < participle && xpos[taker] == "VBD") heads[verb] = taker;
            return;
        }
        if (participle < 0 || participle > verb || xpos[participle] != "VBN" || relations[participle] != "acl") return;
        int governor = heads[participle];
        while (governor >= 0 && relations[governor] is "nmod" or "conj" && !IsVerb(xpos[governor])) governor = heads[governor];
        if (governor < 0 || relations[governor] != "obj" || heads[governor] < 0 || xpos[heads[governor]] != "VBD") return;
        heads[verb] = heads[governor];
    }

    /// <summary>
    /// "..., saying its planes had only targeted "terrorist positions"", parsed with "planes" the object of "saying" and
    /// "targeted" hung elsewhere: a noun phrase right after a verb of saying, followed by an auxiliary of a verb with no
    /// subject, is that verb's subject, and the verb what is said.
    /// </summary>
    private static void SubjectOfASaidClauseReadAsTheObject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "obj" || heads[noun] is not (>= 0 and var saying) || saying >= noun || !IsNoun(xpos[noun])
            || !(ReportingForms.Contains(forms[saying]) || SpeechParticiples.Contains(forms[saying].ToLowerInvariant()))) return;
        int aux = SubtreeEnd(heads, noun) + 1;
        if (aux >= heads.Length || relations[aux] is not ("aux" or "aux:pass") || forms[aux].ToLowerInvariant() is not ("had" or "has" or "have" or "was" or "were" or "would" or "will" or "could" or "is" or "are")) return;
        int verb = heads[aux];
        if (verb <= aux || !IsVerb(xpos[verb]) || HasASubject(heads, relations, verb)) return;
        // ("condemned the attack and promised reinforcements, saying the government would "not abandon ..."": the participle
        // read as the subject clause of what it says hangs on the last verb before it, as it would without the quotation mark.)
        if (heads[saying] == verb && relations[saying] == "csubj" && heads[verb] is >= 0 and var teller && teller < saying && IsVerb(xpos[teller]))
        {
            for (int c = teller + 1; c < saying; c++)
            {
                if (heads[c] == teller && relations[c] == "conj" && IsVerb(xpos[c])) teller = c;
            }
            Hang(heads, relations, saying, teller, "advcl");
        }
        if (Dominates(heads, verb, saying)) return;
        Hang(heads, relations, verb, saying, "ccomp");
        Hang(heads, relations, noun, verb, relations[aux] == "aux:pass" ? "nsubj:pass" : "nsubj");
    }

    /// <summary>
    /// "he called her "weak" and said she/obj had/parataxis "zero support"": a subject pronoun (I, he, she, we,
    /// they) can be nobody's object; read as the object of the verb before it, right before a finite verb hung
    /// elsewhere, it is that verb's subject, and the verb's clause is what the first verb takes.
    /// </summary>
    private static void SubjectPronounReadAsAnObject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int pronoun)
    {
        if (relations[pronoun] is not ("obj" or "iobj") || heads[pronoun] is not (>= 0 and var verb) || verb >= pronoun
            || forms[pronoun].ToLowerInvariant() is not ("i" or "he" or "she" or "we" or "they")) return;
        int next = pronoun + 1;
        if (xpos[next] is not ("VBD" or "VBZ" or "VBP" or "MD")) return;
        // (A finite auxiliary or copula stands for the word it serves: "said she was/cop weak".)
        int clause = relations[next] is "aux" or "aux:pass" or "cop" ? heads[next] : next;
        if (clause < next || Dominates(heads, clause, verb) || HasASubject(heads, relations, clause)) return;
        if (heads[clause] != verb || relations[clause] is not ("ccomp" or "xcomp")) Hang(heads, relations, clause, verb, "ccomp");
        Hang(heads, relations, pronoun, clause, HasDependent(heads, relations, clause, "aux:pass") ? "nsubj:pass" : "nsubj");
    }

    /// <summary>
    /// "Mr. Lew stressed those worries on Sunday", "shrugged off prosecutions despite evidence of fraud": a short
    /// phrase of time (a day, a month, "in coming weeks") or of concession ("despite", "because of") after a
    /// verb's object, hung on that object, belongs to the verb (EWT and GUM train hang 62 of 79 such phrases on
    /// the verb); on the object it stretched what was stressed over when it was said. So does a phrase hung on
    /// the object across the verb's own adjunct ("those worries on/obl Sunday at a university forum/nmod").
    /// </summary>
    private static void VerbsAdjunctHungOnItsObject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int phrase)
    {
        if (relations[phrase] != "nmod" || heads[phrase] is not (>= 0 and var obj) || obj >= phrase || relations[obj] != "obj" || heads[obj] is not (>= 0 and var verb)
            || verb >= obj || !IsVerb(xpos[verb])) return;
        int preposition = SubtreeStart(heads, phrase);
        if (heads[preposition] != phrase || relations[preposition] != "case") return;
        bool crossesTheVerbsAdjunct = false;
        for (int k = obj + 1; k < preposition && !crossesTheVerbsAdjunct; k++) crossesTheVerbsAdjunct = heads[k] == verb && relations[k] == "obl";
        string lower = forms[phrase].ToLowerInvariant();
        bool time = TimeWords.Contains(lower) || lower.EndsWith('s') && TimeWords.Contains(lower[..^1]);
        bool concession = forms[preposition].ToLowerInvariant() is "despite" or "because";
        // (A time with words of its own after it is the object's: "clashes on Monday between government forces and ...".)
        bool bare = SubtreeEnd(heads, phrase) == phrase;
        // (Nor is one the object's phrases go on after, "a strike on Monday over the kidnappings", or its predicate,
        // 'called his statements on Sunday "childish"'.)
        bool objectGoesOn = false;
        for (int k = phrase + 1; k < heads.Length && !objectGoesOn; k++) objectGoesOn = heads[k] == obj || heads[k] == verb && relations[k] is "xcomp" or "obj";
        if (crossesTheVerbsAdjunct || !objectGoesOn && (concession || bare && time && forms[preposition].ToLowerInvariant() is "in" or "on" or "at" or "during"))
            Hang(heads, relations, phrase, verb, "obl");
    }

    /// <summary>
    /// "No group has claimed responsibility, but bandits ... have carried out similar abductions", parsed with the
    /// clause after ", but" as what was claimed: a clause opened by a comma and a conjunction after the verb's object
    /// is coordinated with the verb, not its complement.
    /// </summary>
    private static void CoordinatedClauseReadAsTheComplement(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int clause)
    {
        if (relations[clause] != "ccomp" || heads[clause] is not (>= 0 and var verb) || verb > clause) return;
        int start = SubtreeStart(heads, clause);
        if (start < verb + 2 || forms[start] != "," || xpos[start + 1] != "CC") return;
        // (The word before the comma belongs to the verb's object.)
        int obj = start - 1;
        while (heads[obj] != verb && heads[obj] > verb && heads[obj] < start) obj = heads[obj];
        if (heads[obj] != verb || relations[obj] != "obj") return;
        relations[clause] = "conj";
        Hang(heads, relations, start + 1, clause, "cc");
        Hang(heads, relations, start, clause, "punct");
    }

    /// <summary>
    /// "He said soldiers and National Guard troops had been deployed", parsed with "soldiers" the object of
    /// "said" and "deployed" its conjunct: a noun right after a verb of reporting, then "and" and the subject
    /// of a verb coordinated with that verb of reporting, is the first of that subject's conjuncts, and the
    /// verb the reported clause. ("The Indiana governor said Democrats and the media are to blame": or its
    /// second subject, after it.)
    /// </summary>
    private static void ReportersObjectReadAsTheFirstSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        int reporter = noun - 1;
        if (relations[noun] is not ("obj" or "nsubj") || heads[noun] != reporter || !IsNoun(xpos[noun]) || !ReportsToNoListener(forms[reporter]) || HasDependent(heads, relations, noun, "det")) return;
        int and = noun + 1;
        if (and >= heads.Length || xpos[and] != "CC") return;
        int verb = heads[and];
        if (verb <= and || heads[verb] != reporter || relations[verb] != "conj" || !IsVerb(xpos[verb])) return;
        int subject = -1;
        for (int i = and + 1; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass" or "nsubj:outer") subject = i;
        }
        if (subject < 0 || !IsNoun(xpos[subject])) return;
        if (relations[subject] == "nsubj:outer") relations[subject] = "nsubj";
        Hang(heads, relations, verb, reporter, "ccomp");
        Hang(heads, relations, noun, verb, relations[subject]);
        Coordinate(heads, relations, noun, and, subject);
    }

    /// <summary>
    /// "Pressed by Mr. Stephanopoulos, Mr. Trump said there was no direct evidence", parsed with "Pressed" a first
    /// clause of "said": a participle opening the sentence, read as what a later reporting verb says when that
    /// verb has its reported clause after it, is an adverbial clause (how or when it was said).
    /// </summary>
    private static void OpeningParticipleReadAsWhatWasSaid(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int participle = IsPunctuation(xpos[0]) && heads.Length > 1 ? 1 : 0;
        if (xpos[participle] is not ("VBN" or "VBG") || relations[participle] != "ccomp" || heads[participle] is not (> 0 and var reporter)
            || !ReportingForms.Contains(forms[reporter])) return;
        for (int i = reporter + 1; i < heads.Length; i++)
        {
            if (heads[i] == reporter && relations[i] == "ccomp")
            {
                relations[participle] = "advcl";
                return;
            }
        }
    }

    /// <summary>
    /// "A local elder, who asked not to be named, said five people had died", parsed with "named" a second
    /// clause of "said": an infinitive before a reporting verb, hung on it as what was said, right after a
    /// relative clause's verb that has no complement of its own, is that verb's complement.
    /// </summary>
    private static void InfinitiveOfARelativeClauseHungOnTheReporter(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int infinitive)
    {
        if (relations[infinitive] != "ccomp" || heads[infinitive] is not (> 0 and var reporter) || reporter <= infinitive
            || xpos[infinitive] is not ("VB" or "VBN") || !ReportingForms.Contains(forms[reporter])) return;
        int start = SubtreeStart(heads, infinitive);
        bool marked = false;
        for (int i = start; i < infinitive; i++)
        {
            if (heads[i] == infinitive && relations[i] == "mark" && forms[i].Equals("to", StringComparison.OrdinalIgnoreCase)) marked = true;
        }
        int relative = start - 1;
        if (!marked || relative < 1 || relations[relative] != "acl:relcl" || !IsVerb(xpos[relative])
            || HasDependent(heads, relations, relative, "xcomp") || HasDependent(heads, relations, relative, "ccomp")) return;
        Hang(heads, relations, infinitive, relative, "xcomp");
    }

    /// <summary>
    /// "..., killing four officers in the deadliest attack on government forces in months, officials and residents
    /// said", parsed with "officers" the subject of "said" and the speakers conjuncts inside the officers' phrase:
    /// nouns after the last comma before a trailing reporting verb, coordinated with a word before that comma,
    /// are the verb's subject, and its old subject, right after a verb with no object, is that verb's object.
    /// </summary>
    private static void SpeakersHungInsideTheReportedObject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int reporter)
    {
        if (xpos[reporter] is not ("VBD" or "VBZ" or "VBP") || !ReportingForms.Contains(forms[reporter])) return;
        int comma = reporter - 1;
        while (comma > 0 && forms[comma] != ",") comma--;
        if (comma < 2 || reporter - comma < 2) return;
        int speaker = -1;
        for (int i = comma + 1; i < reporter && speaker < 0; i++)
        {
            if (relations[i] == "conj" && IsNoun(xpos[i]) && heads[i] < comma) speaker = i;
        }
        if (speaker < 0) return;
        int oldHead = heads[speaker];
        // Nothing between the comma and the reporter but the speakers' own phrases.
        for (int i = comma + 1; i < reporter; i++)
        {
            int top = i;
            while (heads[top] > comma && heads[top] < reporter) top = heads[top];
            if (top != speaker && !(heads[top] == oldHead && relations[top] is "conj" or "cc" && top > speaker)) return;
        }
        int subject = -1;
        for (int i = 0; i < comma; i++)
        {
            if (heads[i] == reporter && relations[i] == "nsubj") subject = i;
        }
        if (subject < 0 || !IsNoun(xpos[subject]) || !Dominates(heads, subject, oldHead)) return;
        int verb = ObjectlessVerbBefore(xpos, heads, relations, subject);
        if (verb < 0 || !Dominates(heads, reporter, verb) && !Dominates(heads, verb, reporter)) return;
        for (int i = speaker + 1; i < reporter; i++)
        {
            if (heads[i] == oldHead) heads[i] = speaker;
        }
        Hang(heads, relations, speaker, reporter, "nsubj");
        Hang(heads, relations, comma, speaker, "punct");
        Hang(heads, relations, subject, verb, "obj");
    }

    /// <summary>
    /// "Police fired tear gas and live rounds at thousands of protesters who marched on parliament", parsed with
    /// "at thousands" hung inside the relative clause, which hangs on "rounds": a relative clause has nothing of
    /// its own before its relative pronoun, so a phrase there is the clause above's (the verb the clause's noun
    /// hangs on), and the clause is the noun's right before the pronoun. ("fired tear gas on Tuesday at hundreds of
    /// young protesters who marched on parliament": so when the parser made the clause a conjunct of the verb above
    /// without a conjunction.)
    /// </summary>
    private static void PhraseBeforeARelativePronounHungInsideItsClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int pronoun)
    {
        if (relations[pronoun] != "nsubj" || forms[pronoun].ToLowerInvariant() is not ("who" or "which" or "that") || heads[pronoun] is not (> 0 and var clause)
            || clause < pronoun || pronoun < 3 || !IsNoun(xpos[pronoun - 1])) return;
        if (relations[clause] != "acl:relcl" && !(relations[clause] == "conj" && !forms[pronoun].Equals("that", StringComparison.OrdinalIgnoreCase) && !HasDependent(heads, relations, clause, "cc"))) return;
        int phrase = -1;
        for (int i = 0; i < pronoun - 1; i++)
        {
            if (heads[i] == clause && relations[i] is "obl" or "nmod") { phrase = i; break; }
        }
        if (phrase < 0 || heads[clause] >= phrase || !Dominates(heads, phrase, pronoun - 1)) return;
        int verb = heads[clause];
        verb = VerbAbove(xpos, heads, verb);
        if (verb < 0 || verb > phrase) return;
        Hang(heads, relations, phrase, verb, "obl");
        Hang(heads, relations, clause, pronoun - 1, "acl:relcl");
    }

    /// <summary>
    /// "Suspected militants opened fire on a bus carrying tourists near Pahalgam ..., killing at least six people,
    /// police said", parsed with "on a bus ..." hung on "police" (the bus its modifier, "on" its case): the words
    /// before the comma that opens a trailing reporter's subject are not the subject's; the noun of that
    /// preposition heads them and modifies the verb before the phrase, and an "-ing" clause hung on it is that verb's.
    /// </summary>
    private static void ObliqueSwallowedByTheTrailingSpeaker(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int speaker)
    {
        if (relations[speaker] != "nsubj" || heads[speaker] is not (> 0 and var reporter) || reporter <= speaker || !ReportingForms.Contains(forms[reporter])
            || speaker < 3 || forms[speaker - 1] != ",") return;
        int start = SubtreeStart(heads, speaker);
        if (start >= speaker - 2 || start < 1) return;
        int preposition = -1, noun = -1;
        for (int i = start; i < speaker - 1; i++)
        {
            if (heads[i] != speaker) continue;
            if (relations[i] == "case" && preposition < 0) preposition = i;
            else if (noun < 0 && preposition >= 0 && IsNoun(xpos[i]) && relations[i] is "amod" or "compound" or "nmod") noun = i;
        }
        if (preposition < 0 || noun < 0) return;
        int verb = start - 1;
        if (!IsVerb(xpos[verb])) verb = heads[verb];
        if (verb < 0 || verb >= start || !IsVerb(xpos[verb])) return;
        for (int i = start; i < speaker; i++)
        {
            if (heads[i] == speaker && i != noun) heads[i] = noun;
        }
        Hang(heads, relations, noun, verb, "obl");
        Hang(heads, relations, speaker - 1, speaker, "punct");
        for (int i = noun + 1; i < speaker - 1; i++)
        {
            if (heads[i] == noun && relations[i] == "conj" && xpos[i] == "VBG" && forms[SubtreeStart(heads, i)] == ",") Hang(heads, relations, i, verb, "advcl");
        }
    }

    /// <summary>
    /// "Police arrested 27 people during the operation, the force said", parsed with "people" a second subject
    /// of "said": a noun right after a verb of the reported clause that has no object, read as a subject of the
    /// trailing reporting verb before the comma that opens the reporter's own subject, is that verb's object.
    /// </summary>
    private static void ObjectReadAsTheTrailingReportersSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "nsubj" || heads[noun] is not (> 0 and var reporter) || reporter <= noun || !IsNoun(xpos[noun]) || !ReportingForms.Contains(forms[reporter])) return;
        int speaker = -1;
        for (int i = noun + 1; i < reporter; i++)
        {
            if (heads[i] == reporter && relations[i] == "nsubj") speaker = i;
        }
        if (speaker < 0) return;
        int comma = CommaOpening(forms, heads, speaker);
        if (comma < 0 || SubtreeEnd(heads, noun) > comma) return;
        int verb = ObjectlessVerbBefore(xpos, heads, relations, noun);
        if (verb < 0 || !Dominates(heads, reporter, verb) && !Dominates(heads, verb, reporter)) return;
        Hang(heads, relations, noun, verb, "obj");
    }

    /// <summary>
    /// "Trump said Democrats are the ones trying to pressure the moderators", parsed with "ones" a second
    /// subject of "said" and "Democrats" its compound: a noun after a verb of reporting that has its own
    /// subject before it, read as a second subject with a copula of its own, is the reported clause's
    /// predicate, and the noun right after the verb, hung on it, that clause's subject.
    /// </summary>
    private static void ReportedPredicateReadAsASecondSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int predicate)
    {
        if (relations[predicate] != "nsubj" || heads[predicate] is not (>= 0 and var reporter) || reporter >= predicate - 2 || !ReportsToNoListener(forms[reporter])) return;
        if (!HasDependent(heads, relations, reporter, "nsubj", except: predicate) || !HasDependent(heads, relations, predicate, "cop")) return;
        int subject = reporter + 1;
        if (heads[subject] != predicate || relations[subject] is not ("compound" or "nmod") || !IsNoun(xpos[subject])) return;
        for (int i = subject + 1; i < predicate; i++)
        {
            if (heads[i] == predicate && relations[i] == "cop") break;
            if (Dominates(heads, subject, i)) continue;
            return;
        }
        Hang(heads, relations, predicate, reporter, "ccomp");
        Hang(heads, relations, subject, predicate, "nsubj");
    }

    /// <summary>
    /// "suspected militants stopped a bus near the village, ordered the passengers off and executed four men,
    /// a transport union official said", parsed with "stopped" and "ordered" two clauses the official said: a
    /// past tense after a comma, with no subject, hung on the reporting verb after it beside an earlier
    /// reported clause that has one, is that clause's conjunct (it shares the militants).
    /// </summary>
    private static void SubjectlessPastTenseReadAsASecondReport(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "ccomp" || xpos[verb] != "VBD" || heads[verb] <= verb || forms[verb - 1] != ","
            || HasASubject(heads, relations, verb)) return;
        int reporter = heads[verb];
        for (int earlier = verb - 2; earlier >= 0; earlier--)
        {
            if (heads[earlier] != reporter || relations[earlier] != "ccomp") continue;
            if (xpos[earlier] != "VBD" || !HasDependent(heads, relations, earlier, "nsubj")) return;
            heads[verb] = earlier;
            relations[verb] = "conj";
            // (UD hangs every conjunct on the first: "and executed four men" too.)
            for (int k = verb + 1; k < heads.Length; k++)
            {
                if (heads[k] == verb && relations[k] == "conj") heads[k] = earlier;
            }
            return;
        }
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
            // (A participle may also be read as the teller's adverbial clause: "marched to the base ..., demanding
            // better protection ..., witnesses said".)
            if (heads[i] != root || relations[i] != "ccomp" && !(relations[i] == "advcl" && xpos[i] == "VBG")) continue;
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
            // ("stormed the market, shooting dead four traders and setting fire to dozens of stalls, witnesses
            // said", with the first participle in its place and the second on the teller: the second too.)
            else if (xpos[i] == "VBG" && participle < 0 && clause >= 0 && forms[i - 1].Equals("and", StringComparison.OrdinalIgnoreCase)
                     && LastParticipleOf(xpos, heads, relations, clause, i) is >= 0 and var first)
            {
                heads[i] = first;
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

    /// <summary>The last participle before <paramref name="before"/> that is an adverbial clause within <paramref name="clause"/>, or -1.</summary>
    private static int LastParticipleOf(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int clause, int before)
    {
        for (int j = before - 2; j > clause; j--)
        {
            if (xpos[j] == "VBG" && relations[j] == "advcl" && Dominates(heads, clause, j)) return j;
        }
        return -1;
    }

    /// <summary>
    /// "Authorities imposed a curfew ..., and security forces raided the nearby villages ..., detaining at
    /// least 40 men, a security source told Reuters": a participle after a comma, hung on a teller that
    /// comes after the sentence's root (the clause told), is the nearest verb's of that clause.
    /// </summary>
    private static void ParticipleHungOnALaterTeller(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0) return;
        for (int i = root + 1; i < heads.Length; i++)
        {
            // (Or a teller read as the root's adverbial clause: "stormed Bokkos ..., shooting residents as they
            // fled, said Alfred Alabo, a spokesman for ...": then what hung on it before it is the participle's.)
            if (xpos[i] != "VBG" || relations[i] != "ccomp" || heads[i] is not (> 0 and var teller) || teller <= i || heads[teller] != root
                || relations[teller] != "parataxis" && !(relations[teller] == "advcl" && ReportsToNoListener(forms[teller]))
                || !AfterAComma(forms, heads, i)) continue;
            int nearest = root;
            for (int j = i - 1; j > root; j--)
            {
                if (xpos[j] is "VBD" or "VBZ" or "VBP" && Dominates(heads, root, j)) { nearest = j; break; }
            }
            heads[i] = nearest;
            relations[i] = "advcl";
            if (relations[teller] != "advcl") continue;
            relations[teller] = "parataxis";
            for (int j = i + 1; j + 1 < teller; j++)
            {
                if (heads[j] == teller && relations[j] is "advcl" or "obl" or "advmod") heads[j] = i;
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
    /// "Army air defences shot down four RSF drones over Aroma, ... a military spokesman said", parsed with the
    /// drones hung on "said" (or "after blowing up the tracks near the town of Sibi, officials said"): a noun phrase right
    /// after a verb or a participle and its particle, when it has no object,
    /// is its object.
    /// </summary>
    private static void ObjectAfterAParticleHungElsewhere(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] is not ("VBD" or "VBZ" or "VBP" or "VB" or "VBN" or "VBG") || relations[verb + 1] != "compound:prt" || heads[verb + 1] != verb) return;
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

    private static readonly HashSet<string> SpeakersSecondActs = new(StringComparer.OrdinalIgnoreCase)
        { "accused", "blamed", "condemned", "urged", "vowed", "called", "demanded", "insisted", "warned", "added", "said" };

    /// <summary>
    /// "India's military denied that its soldiers had targeted civilians and accused Pakistani forces of
    /// violating the ceasefire", "denied that civilians had been targeted and accused the KNU of ...", parsed with "accused"
    /// coordinated inside the that-clause: a verb of speech or
    /// blame after "and", without a subject of its own, coordinated with the verb of a that-clause that has
    /// one, is the speaker's second act.
    /// </summary>
    private static void SpeakersActCoordinatedIntoTheReportedClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        // ("that 61 people had been arrested and warned/VBN organisers that ...": a participle after a passive, tagged
        // as one, whose object follows it is active, and no part of the passive.)
        int listener = verb + 1 < heads.Length && IsNoun(xpos[verb + 1]) && relations[verb + 1] == "obj" ? verb + 1 : -1;
        // ('said the verdict was "a new step in the dismantling of democracy" and called/VBN on ...': a quotation closed right
        // before "and" ends what was said, whatever the tag.)
        bool quotationClosed = verb >= 2 && xpos[verb - 2] == "''";
        if (relations[verb] != "conj" || !(xpos[verb] == "VBD" || xpos[verb] == "VBN" && (listener >= 0 || quotationClosed)) || !SpeakersSecondActs.Contains(forms[verb])) return;
        if (!forms[verb - 1].Equals("and", StringComparison.OrdinalIgnoreCase) || HasDependent(heads, relations, verb, "nsubj")) return;
        int reported = heads[verb];
        if (reported < 0 || reported > verb || relations[reported] != "ccomp"
            || !(HasDependent(heads, relations, reported, "nsubj")
                 || (xpos[verb] == "VBN" || HasDependent(heads, relations, verb, "obj")) && HasDependent(heads, relations, reported, "nsubj:pass"))) return;
        int speaker = heads[reported];
        if (speaker < 0 || speaker > reported || !IsVerb(xpos[speaker]) || !HasDependent(heads, relations, speaker, "nsubj")) return;
        // (With "that", or a reported clause in the past perfect whose tense the simple past after "and" does not
        // share: "said troops had withdrawn to avoid civilian casualties and accused Rwanda of ...".)
        bool that = false, pastPerfect = false;
        for (int i = speaker + 1; i < reported; i++)
        {
            that |= heads[i] == reported && relations[i] == "mark" && forms[i].Equals("that", StringComparison.OrdinalIgnoreCase);
            pastPerfect |= heads[i] == reported && relations[i] == "aux" && forms[i].Equals("had", StringComparison.OrdinalIgnoreCase) && xpos[reported] == "VBN";
        }
        if (!that && !pastPerfect && !quotationClosed) return;
        heads[verb] = speaker;
        if (listener >= 0 && heads[listener] == reported) heads[listener] = verb;
    }

    /// <summary>
    /// 'condemned the measures as "illegal" and said Tehran would respond', parsed with "as" marking "said" as an
    /// adverbial clause and "illegal" as what it says (or as its subject: 'condemned the massacre as "barbaric and
    /// cowardly" and imposed a curfew'): "as" and the word after it complete the verb before, and the verb after
    /// "and" is coordinated with it.
    /// </summary>
    private static void PredicateAfterAsReadAsAClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "advcl" || !IsVerb(xpos[verb]) || heads[verb] is not (>= 0 and var before) || before >= verb) return;
        if (!forms[verb - 1].Equals("and", StringComparison.OrdinalIgnoreCase) || heads[verb - 1] != verb) return;
        int mark = -1, predicate = -1;
        for (int i = before + 1; i < verb - 1; i++)
        {
            if (heads[i] != verb) continue;
            if (relations[i] == "mark" && forms[i].Equals("as", StringComparison.OrdinalIgnoreCase)) mark = i;
            else if (relations[i] is "ccomp" or "xcomp" or "obj" or "nsubj" && xpos[i] is "JJ" or "NN" or "NNS" && mark >= 0) predicate = i;
            else if (relations[i] is not ("punct" or "cc")) return;
        }
        if (mark < 0 || predicate < 0) return;
        Hang(heads, relations, predicate, before, "xcomp");
        Hang(heads, relations, mark, predicate, "mark");
        // (The quotation marks around the predicate are its own; "and" and what follows stay the verb's.)
        for (int i = mark + 1; i < verb - 1; i++)
        {
            if (heads[i] == verb && relations[i] == "punct") heads[i] = predicate;
        }
        Hang(heads, relations, verb, before, "conj");
    }

    /// <summary>
    /// "45 officers were injured by stones thrown by demonstrators", parsed with "thrown" as an adverbial
    /// clause of another verb: a participle right after a noun, with an agent of its own, describes the noun.
    /// </summary>
    private static void ParticipleWithAnAgentReadAsAClause(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        int noun = participle - 1;
        if (xpos[participle] != "VBN" || relations[participle] != "advcl" || xpos[noun] is not ("NN" or "NNS") || heads[participle] == noun) return;
        if (!HasDependent(heads, relations, participle, "obl:agent") || HasASubject(heads, relations, participle)
            || HasDependent(heads, relations, participle, "aux:pass") || HasDependent(heads, relations, participle, "mark")) return;
        if (Dominates(heads, participle, noun)) return;
        Hang(heads, relations, participle, noun, "acl");
    }

    /// <summary>
    /// "killing 13 officers and wounding three, authorities said", parsed with "three" as a second reported
    /// clause of "said": a number right after a participle that has no object, ending its phrase, is that object.
    /// </summary>
    private static void NumberAfterAParticipleHungElsewhere(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int number)
    {
        int participle = number - 1;
        if (xpos[number] != "CD" || xpos[participle] != "VBG" || heads[number] == participle || number + 1 >= heads.Length) return;
        if (xpos[number + 1] is not ("," or "." or ":") || HasDependent(heads, relations, participle, "obj") || HasDependent(heads, relations, number, "case")) return;
        if (Dominates(heads, number, participle) || HasDependent(heads, relations, number, "nsubj")) return;
        Hang(heads, relations, number, participle, "obj");
    }

    /// <summary>
    /// "Soldiers ... were searching the area, Zacatecas Gov. David Monreal said", parsed with "the area" a dislocated
    /// phrase of the reporter: a noun right after a verb that has no object, hung as dislocated on a later word, is
    /// that verb's object.
    /// </summary>
    private static void DislocatedObjectAfterItsVerb(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "dislocated" || !IsNoun(xpos[noun]) || heads[noun] <= noun) return;
        int verb = SubtreeStart(heads, noun) - 1;
        if (verb < 1 || xpos[verb] is not ("VBG" or "VBD" or "VB" or "VBZ" or "VBP") || HasDependent(heads, relations, verb, "obj") || Dominates(heads, noun, verb)) return;
        Hang(heads, relations, noun, verb, "obj");
    }

    /// <summary>
    /// "Two men suspected of helping to assemble the car bomb were detained by police", parsed with "car" the object of
    /// "assemble" and "bomb" the subject of "were detained": a noun right after an object noun, with the passive's
    /// auxiliary right after it, is that object's head (the object a compound of it), and the passive's subject is the
    /// subject of the phrase the object ends.
    /// </summary>
    private static void CompoundSplitBetweenAnObjectAndAPassivesSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        int modifier = noun - 1;
        if (relations[noun] != "nsubj:pass" || xpos[noun] is not ("NN" or "NNS") || xpos[modifier] != "NN" || relations[modifier] != "obj"
            || heads[modifier] is not (>= 0 and var verb) || verb > modifier || heads[noun] is not (> 0 and var passive) || passive <= noun + 1
            || relations[noun + 1] != "aux:pass" || heads[noun + 1] != passive) return;
        // The phrase's own subject: the noun the clause of the object's verb modifies ("men suspected of helping to assemble").
        int subject = verb;
        while (subject >= 0 && relations[subject] is "xcomp" or "advcl" or "acl" or "ccomp" && !IsNoun(xpos[subject])) subject = heads[subject];
        if (subject < 0 || !IsNoun(xpos[subject]) || subject > verb || SubtreeStart(heads, subject) != 0) return;
        for (int i = 0; i < modifier; i++)
        {
            if (heads[i] == modifier && relations[i] is "det" or "amod" or "nmod:poss") heads[i] = noun;
        }
        Hang(heads, relations, modifier, noun, "compound");
        Hang(heads, relations, noun, verb, "obj");
        Hang(heads, relations, subject, passive, "nsubj:pass");
    }

    /// <summary>
    /// "Security Belt forces, which are loyal to the STC, detained ..., a spokesman said", parsed with the "which" clause
    /// as a second clause the reporter reports: a clause whose subject is a relative pronoun right after a noun and its
    /// comma is a relative clause on that noun.
    /// </summary>
    private static void RelativeClauseReadAsAReportedClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int pronoun)
    {
        if (relations[pronoun] != "nsubj" || xpos[pronoun] is not ("WDT" or "WP") || forms[pronoun].ToLowerInvariant() is not ("which" or "who") || forms[pronoun - 1] != "," || !IsNoun(xpos[pronoun - 2])
            || heads[pronoun] is not (> 0 and var clause) || clause < pronoun || relations[clause] != "ccomp" || SubtreeStart(heads, clause) != pronoun - 1 && SubtreeStart(heads, clause) != pronoun
            || heads[clause] is not (>= 0 and var reporter) || reporter < clause || !ReportingForms.Contains(forms[reporter])) return;
        int noun = relations[pronoun - 2] is "flat" or "compound" && heads[pronoun - 2] >= 0 ? heads[pronoun - 2] : pronoun - 2;
        if (!IsNoun(xpos[noun]) || Dominates(heads, clause, noun)) return;
        Hang(heads, relations, clause, noun, "acl:relcl");
    }

    /// <summary>
    /// "delivered surgical supplies to treat people wounded/xcomp in the strike": a participle right after its verb's object
    /// and before a preposition describes the object (people who were wounded), not what the verb made of it, unless the
    /// verb is one that leaves its object so ("left two people wounded", "found him shot").
    /// </summary>
    private static void ParticipleOfTheObjectReadAsTheVerbsComplement(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        if (relations[participle] != "xcomp" || xpos[participle] != "VBN" || xpos[participle + 1] != "IN" || heads[participle] is not (>= 0 and var verb) || verb > participle
            || heads[participle - 1] != verb || relations[participle - 1] != "obj" || xpos[participle - 1] is not ("NNS" or "NN")
            || ResultVerbForms.Contains(forms[verb])) return;
        Hang(heads, relations, participle, participle - 1, "acl");
    }

    /// <summary>Forms of verbs that leave their object in a state, whose participle is their complement: "left two people wounded".</summary>
    private static readonly HashSet<string> ResultVerbForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "leave", "leaves", "left", "leaving", "have", "has", "had", "having", "get", "gets", "got", "getting", "make", "makes", "made", "making",
        "find", "finds", "found", "finding", "keep", "keeps", "kept", "keeping", "see", "sees", "saw", "seeing", "want", "wants", "wanted",
        "need", "needs", "needed", "consider", "considers", "considered", "declare", "declares", "declared", "report", "reports", "reported",
    };

    /// <summary>
    /// "was leaving a mosque after evening prayers when two men riding in tandem pulled up ... and opened fire", parsed with
    /// "after" the mark of "pulled", "prayers" its subject and "when two men" a modifier of "prayers": the time word of a
    /// "when" clause after "after", "before" or "until" and a noun is that noun's preposition, the noun after "when" the
    /// clause's subject.
    /// </summary>
    private static void WhenClauseReadAsAModifierOfTheTimeBeforeIt(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int when)
    {
        if (relations[when] != "advmod" || heads[when] is not (> 0 and var subject) || subject < when || !IsNoun(xpos[subject]) || relations[subject] != "nmod"
            || !forms[when].Equals("when", StringComparison.OrdinalIgnoreCase) || heads[subject] is not (>= 0 and var time) || time > when
            || relations[time] != "nsubj" || heads[time] is not (> 0 and var verb) || verb < subject || xpos[verb] is not ("VBD" or "VBZ" or "VBP")) return;
        for (int i = when + 1; i < subject; i++)
        {
            if (heads[i] != subject) return;
        }
        int preposition = -1;
        for (int i = 0; i < time && preposition < 0; i++)
        {
            if (heads[i] == verb && relations[i] == "mark" && forms[i].ToLowerInvariant() is "after" or "before" or "until") preposition = i;
        }
        if (preposition < 0) return;
        Hang(heads, relations, subject, verb, "nsubj");
        Hang(heads, relations, when, verb, "advmod");
        Hang(heads, relations, time, heads[verb] >= 0 ? heads[verb] : verb, "obl");
        Hang(heads, relations, preposition, time, "case");
    }

    /// <summary>
    /// "..., a spokesman for the forces said", parsed with "for" the mark of "said" and "the forces" a second subject:
    /// "for" or "of" (or "on", "in", "from", "with") between two subjects of one verb is the preposition of a modifier of the first.
    /// </summary>
    private static void PrepositionReadAsTheMarkOfTheSubjectsVerb(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int preposition)
    {
        // ("Gunmen on horseback opened fire", "Police in Kabul arrested": so are "on", "in", "from", "with".)
        if (xpos[preposition] != "IN" || relations[preposition] is not ("mark" or "case") || forms[preposition] is not ("for" or "of" or "on" or "in" or "from" or "with")
            || heads[preposition] is not (> 0 and var verb) || !IsNoun(xpos[preposition - 1])
            || relations[preposition - 1] != "nsubj") return;
        // (Or the case of the second subject: "a spokesman for/case the forces/nsubj said".)
        if (relations[preposition] == "case" && verb > preposition && relations[verb] == "nsubj") verb = heads[verb];
        else if (relations[preposition] != "mark") return;
        if (verb < 0 || heads[preposition - 1] != verb) return;
        int noun = -1;
        for (int i = preposition + 1; i < verb && noun < 0; i++)
        {
            if (heads[i] == verb && relations[i] == "nsubj" && IsNoun(xpos[i])) noun = i;
            // ("troops of the Army's 101st Infantry Brigade clashed": a possessive too.)
            else if (xpos[i] is not ("DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP$" or "CD" or "POS")) return;
        }
        if (noun < 0) return;
        Hang(heads, relations, preposition, noun, "case");
        Hang(heads, relations, noun, preposition - 1, "nmod");
    }

    /// <summary>
    /// "An Israeli strike on a school in Deir al-Balah killed 12 people, officials said", parsed with "in" the mark of
    /// "killed" and the place its subject: a preposition that opens no finite clause ("in", "at", "near") marking a past or
    /// present whose subject comes right after it is the case of a modifier of the noun before it, and the noun phrase
    /// holding that noun is the verb's subject, when the parser hung it on the clause's reporter beside the reporter's own
    /// subject, or made it a noun root the verb modifies.
    /// </summary>
    private static void PlacePrepositionReadAsTheMarkOfAClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int preposition)
    {
        if (relations[preposition] != "mark" || xpos[preposition] != "IN" || !IsNoun(xpos[preposition - 1]) || heads[preposition] is not (> 0 and var verb) || verb < preposition
            || xpos[verb] is not ("VBD" or "VBZ" or "VBP") || !PlacePrepositions.Contains(forms[preposition])) return;
        int subject = preposition + 1;
        while (subject < verb && !(heads[subject] == verb && relations[subject] == "nsubj")) subject++;
        if (subject == verb || !IsNoun(xpos[subject]) || SubtreeStart(heads, subject) != preposition + 1) return;
        int modified = relations[preposition - 1] is "flat" or "compound" && heads[preposition - 1] is >= 0 and var head && head < preposition ? head : preposition - 1;
        int phrase = modified;
        while (heads[phrase] >= 0 && heads[phrase] < preposition && IsNoun(xpos[heads[phrase]])) phrase = heads[phrase];
        if (relations[phrase] == "nsubj" && relations[verb] == "ccomp" && heads[phrase] == heads[verb] && HasDependent(heads, relations, heads[verb], "nsubj", except: phrase))
            Hang(heads, relations, phrase, verb, "nsubj");
        else if (relations[phrase] == "root" && heads[verb] == phrase && relations[verb] == "advcl")
            NounRootBecomesTheVerbsSubject(heads, relations, phrase, verb);
        // (A noun read as a conjunct after ", and": "police arrested 11 men ..., and a magistrate in Birnin Kebbi remanded the
        // suspects": the clause after "and" is a conjunct of the clause the noun hung in.)
        // (Not a day: "and the World Food Programme on Monday urged donors" is the day's own repair.)
        else if (relations[modified] == "conj" && heads[verb] == modified && relations[verb] == "advcl" && !TimeWords.Contains(forms[subject].ToLowerInvariant())
                 && ClauseAbove(xpos, heads, modified) is >= 0 and var clause)
        {
            Hang(heads, relations, verb, clause, "conj");
            for (int i = SubtreeStart(heads, modified); i < modified; i++)
            {
                if (heads[i] == modified && relations[i] is "cc" or "punct") heads[i] = verb;
            }
            Hang(heads, relations, modified, verb, "nsubj");
        }
        else return;
        Hang(heads, relations, preposition, subject, "case");
        Hang(heads, relations, subject, modified, "nmod");
    }

    /// <summary>
    /// "handed out rice, blankets and medicines on Wednesday to some of the more than 3,000 people displaced", parsed with
    /// "to some" a modifier of "Wednesday": a day of the week takes no prepositional phrase (save another time: "from
    /// Monday to Friday"); one hung on a day that dates a verb is that verb's.
    /// </summary>
    private static void PrepositionalPhraseHungOnADay(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "nmod" || heads[noun] is not (>= 0 and var day) || day >= noun || !IsDayWord(forms[day])
            || relations[day] is not ("obl" or "obl:unmarked" or "obl:tmod") || heads[day] is not (>= 0 and var verb) || !IsVerb(xpos[verb])
            || TimeWords.Contains(forms[noun].ToLowerInvariant()) || xpos[noun] == "CD" || !HasCase(heads, relations, noun)) return;
        Hang(heads, relations, noun, verb, "obl");
    }

    /// <summary>
    /// "Members of the Asayish, the SDF's internal security force, fired tear gas ..., the Syrian Observatory for Human Rights
    /// reported", parsed with the members as a second subject of "reported", the apposition as what it reported and "fired"
    /// as the apposition's modifier: a noun reported, between commas right after the reporter's first subject, with a past
    /// or present tense hung on it after its comma, is that subject's apposition, and the verb the clause reported, whose
    /// subject the first subject is.
    /// </summary>
    private static void SubjectAndItsAppositionReadAsASecondSubjectAndTheReport(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int apposition)
    {
        if (relations[apposition] != "ccomp" || !IsNoun(xpos[apposition]) || heads[apposition] is not (> 0 and var reporter) || reporter < apposition) return;
        int verb = -1;
        for (int i = apposition + 2; i < reporter; i++)
        {
            if (heads[i] == apposition && relations[i] == "acl" && xpos[i] is "VBD" or "VBZ" or "VBP" && forms[i - 1] == ",") { verb = i; break; }
        }
        if (verb < 0 || SubtreeStart(heads, apposition) is var start && (start < 1 || forms[start] != ",")) return;
        int subject = -1, other = -1;
        for (int i = 0; i < reporter; i++)
        {
            if (heads[i] != reporter || relations[i] != "nsubj") continue;
            if (i < start && SubtreeEnd(heads, i) == start - 1) subject = i;
            else if (i > verb) other = i;
        }
        if (subject < 0 || other < 0) return;
        Hang(heads, relations, verb, reporter, "ccomp");
        Hang(heads, relations, subject, verb, "nsubj");
        Hang(heads, relations, apposition, subject, "appos");
        heads[verb - 1] = apposition;
    }

    /// <summary>
    /// "SDF commander Mazloum Abdi and Syria's interim president, Ahmed al-Sharaa, signed an agreement", parsed with
    /// "Syria" the conjunct and "president" a modifier of the first noun: a possessor after "and" is the possessor of the
    /// noun its "'s" opens, and that noun the conjunct.
    /// </summary>
    private static void ConjunctsPossessorReadAsTheConjunct(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int possessor)
    {
        if (relations[possessor] != "conj" || xpos[possessor] is not ("NNP" or "NN") || possessor + 2 >= heads.Length || xpos[possessor + 1] != "POS"
            || heads[possessor + 1] != possessor || heads[possessor] is not (>= 0 and var first) || first > possessor) return;
        int noun = possessor + 2;
        while (noun < heads.Length && noun <= possessor + 5 && xpos[noun] is "JJ" or "NNP" or "NN" && heads[noun] > noun) noun++;
        if (noun >= heads.Length || !IsNoun(xpos[noun]) || heads[noun] == possessor || heads[noun] > possessor && heads[noun] < noun
            || relations[noun] is not ("nmod" or "appos" or "conj") || Dominates(heads, noun, possessor)) return;
        for (int i = possessor + 2; i < noun; i++)
        {
            if (heads[i] != noun) return;
        }
        // (The conjunct of the whole first phrase when its first noun hangs as a name in apposition: "SDF commander/appos Mazloum Abdi".)
        if (relations[first] == "appos" && heads[first] is >= 0 and var named && named < first && IsNoun(xpos[named])) first = named;
        if (Dominates(heads, noun, first)) return;
        Hang(heads, relations, noun, first, "conj");
        for (int i = 0; i < possessor; i++)
        {
            if (heads[i] == possessor && relations[i] == "cc") heads[i] = noun;
        }
        Hang(heads, relations, possessor, noun, "nmod:poss");
    }

    /// <summary>
    /// "Hours later, members of the Madago Raya task force, a joint police and military unit ..., exchanged fire with a group of
    /// armed men", parsed with "Hours" the subject and the members a conjunct of "later": an opening count of time before
    /// "later" or "earlier" and its comma tells when; the noun phrase after the comma is the verb's subject.
    /// </summary>
    private static void OpeningTimeBeforeLaterReadAsTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        // (The comma first: every sentence passes here.)
        if (heads.Length < 6 || forms[2] != "," || forms[0].ToLowerInvariant() is not ("hours" or "minutes" or "days" or "weeks" or "months" or "moments")
            || forms[1].ToLowerInvariant() is not ("later" or "earlier")) return;
        // ("Hours earlier, dozens of miners and their relatives had blocked the Troncal 10 highway", parsed with "Hours" the root
        // and the verb coordinated with "earlier": the verb is the root, and its subject's first conjunct the one after the comma.)
        if (heads[0] == -1 && FirstVerbHungOnTheOpening(xpos, heads, relations) is > 2 and var coordinated)
        {
            Hang(heads, relations, coordinated, -1, "root");
            Rehang(heads, 0, coordinated, after: 2);
            Rehang(heads, 1, coordinated, after: 2);
            Hang(heads, relations, 0, coordinated, "obl:unmarked");
            Hang(heads, relations, 1, 0, "advmod");
            heads[2] = 0;
            if (SubjectOf(heads, relations, coordinated) is var own && own > 2)
            {
                for (int i = 3; i < own; i++)
                {
                    if (heads[i] != coordinated || relations[i] is not ("conj" or "appos") || !IsNoun(xpos[i])) continue;
                    Hang(heads, relations, own, i, "conj");
                    for (int c = i + 1; c < own; c++)
                    {
                        if (heads[c] == coordinated && relations[c] == "cc") heads[c] = own;
                    }
                    Hang(heads, relations, i, coordinated, "nsubj");
                    break;
                }
            }
        }
        if (relations[0] != "nsubj" || heads[0] is not (> 2 and var verb) || !IsVerb(xpos[verb])) return;
        int subject = -1;
        for (int i = 3; i < verb; i++)
        {
            if (heads[i] is var head && head is 0 or 1 && relations[i] is "conj" or "appos" && IsNoun(xpos[i])) { subject = i; break; }
            // ("Hours later, the farmers rallied again": or a second subject of the verb itself, not of a trailing reporter.)
            if (heads[i] == verb && relations[i] == "nsubj" && IsNoun(xpos[i]) && !ReportingForms.Contains(forms[verb])) { subject = i; break; }
        }
        if (subject < 0 || Dominates(heads, subject, verb)) return;
        Hang(heads, relations, 0, verb, "obl:unmarked");
        Hang(heads, relations, 1, 0, "advmod");
        Hang(heads, relations, subject, verb, "nsubj");
        heads[2] = 0;
        // (The comma that closes the subject's apposition is the subject's, not the adverb's.)
        for (int i = subject + 1; i < verb; i++)
        {
            if (heads[i] == 1 && forms[i] == ",") heads[i] = verb;
        }
    }

    /// <summary>
    /// "Last month, suspected Maoists shot dead a village headman", parsed with "suspected" a clause on "month" and "shot" what
    /// was suspected: "suspected" or "alleged" right before the plural subject of the verb hung on it modifies that subject, and
    /// the verb takes its place (the opening time its oblique).
    /// </summary>
    private static void SuspectedReadAsTheVerbOfItsNoun(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int word)
    {
        if (xpos[word + 1] is not ("NNS" or "NNPS") || relations[word + 1] != "nsubj"
            || !forms[word].Equals("suspected", StringComparison.OrdinalIgnoreCase) && !forms[word].Equals("alleged", StringComparison.OrdinalIgnoreCase)
            || heads[word + 1] is not (> 0 and var verb) || verb <= word + 1 || heads[verb] != word || !IsVerb(xpos[verb])
            // (Not a verb with a subject of its own: "Police suspected militants attacked the post".)
            || HasDependent(heads, relations, word, "nsubj")) return;
        int head = heads[word];
        if (head == -1) Hang(heads, relations, verb, -1, "root");
        // ("Last month, suspected ...": an opening time the parser made the root.)
        else if (relations[word] == "acl" && heads[head] == -1 && head < word)
        {
            Hang(heads, relations, verb, -1, "root");
            Hang(heads, relations, head, verb, "obl:unmarked");
            Rehang(heads, head, verb, after: verb);
        }
        else Hang(heads, relations, verb, head, relations[word]);
        Rehang(heads, word, verb, after: -1);
        Hang(heads, relations, word, word + 1, "amod");
    }

    /// <summary>
    /// "blamed the attack on \"criminal gangs financed by coup-mongers abroad\" and denied that ...", parsed with "on" the mark
    /// of "denied" and the gangs its subject: a preposition before an opening quote is the case of the noun quoted, which is an
    /// oblique of the verb before, and the verb after "and" that took them is that verb's conjunct.
    /// </summary>
    private static void QuotedObjectOfAPrepositionReadAsASubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int preposition)
    {
        if (xpos[preposition + 1] != "``" || relations[preposition] != "mark" || xpos[preposition] != "IN"
            || forms[preposition].ToLowerInvariant() is not ("on" or "at" or "against" or "for" or "with" or "to")
            || heads[preposition] is not (> 0 and var verb) || verb <= preposition || !IsVerb(xpos[verb]) || heads[verb] is not (>= 0 and var governor)
            || governor >= preposition || !IsVerb(xpos[governor])) return;
        int noun = NounAfterItsModifiers(xpos, preposition + 2, verb);
        if (noun >= verb || !IsNoun(xpos[noun]) || heads[noun] != verb || relations[noun] != "nsubj" || Dominates(heads, noun, governor)) return;
        Hang(heads, relations, noun, governor, "obl");
        Hang(heads, relations, preposition, noun, "case");
        Hang(heads, relations, preposition + 1, noun, "punct");
        if (HasDependent(heads, relations, verb, "cc")) relations[verb] = "conj";
    }

    /// <summary>
    /// "said that one person had died, and accused \"troublemakers\" of using the protest", parsed with "troublemakers" a
    /// complement of "died": a noun quoted right after a verb that has no object, hung on a word before that verb, is its object.
    /// </summary>
    private static void QuotedObjectHungAcrossItsVerb(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb + 1] != "``" || xpos[verb] is not ("VBD" or "VBN" or "VBZ" or "VBP")) return;
        // ("blamed \"criminal elements\"": the noun may follow its modifiers.)
        int noun = NounAfterItsModifiers(xpos, verb + 2, Math.Min(heads.Length, verb + 5));
        if (noun >= heads.Length || !IsNoun(xpos[noun]) || heads[noun] is not (>= 0 and var wrong) || wrong >= verb
            || relations[noun] is not ("xcomp" or "obj" or "obl" or "ccomp" or "conj" or "dep") || Dominates(heads, noun, verb)) return;
        for (int i = verb + 2; i < heads.Length; i++)
        {
            if (heads[i] == verb && relations[i] == "obj") return;
        }
        Hang(heads, relations, noun, verb, "obj");
    }

    /// <summary>The word after a quote's determiners, numbers and adjectives from <paramref name="from"/> ("\"criminal elements\""), or <paramref name="end"/>.</summary>
    private static int NounAfterItsModifiers(ReadOnlySpan<string?> xpos, int from, int end)
    {
        int noun = from;
        while (noun < end && xpos[noun] is "JJ" or "DT" or "CD") noun++;
        return noun;
    }

    /// <summary>
    /// "In 2021, residents of Yekepa, a mining town farther north, clashed with police", parsed with "2021" a number of the
    /// residents (and "In" their preposition, the town the subject): an opening preposition with a year or a month and its comma
    /// tells when; the noun after the comma heads the subject, and a noun phrase set off by commas after it is an apposition.
    /// </summary>
    private static void OpeningTimeReadAsAModifierOfTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        // (The comma first: every sentence passes here.)
        if (heads.Length < 6 || forms[2] != "," || xpos[0] != "IN" || relations[1] is not ("nummod" or "compound") || xpos[1] is not ("CD" or "NNP")
            || heads[1] is not (> 2 and var noun) || heads[0] != 1 && heads[0] != noun || !IsNoun(xpos[noun]) || heads[noun] is not (> 3 and var verb) || !IsVerb(xpos[verb])
            || forms[0] is not ("In" or "On" or "By" or "Since" or "Until" or "During" or "After" or "Before")) return;
        int other = -1, apposedTo = -1;
        if (relations[noun] == "obl")
        {
            // (The subject the parser chose instead: after the noun, opened by a comma.)
            for (int i = noun + 2; i < verb; i++)
            {
                if (heads[i] == verb && relations[i] == "nsubj") { other = i; break; }
            }
            if (other < 0) return;
            // (Its phrase, with or without the comma that opens it, comes right after a noun of the first.)
            apposedTo = SubtreeStart(heads, other) is var start && forms[start] == "," ? start - 1 : start - 2;
            if (forms[apposedTo + 1] != "," || !IsNoun(xpos[apposedTo]) || !Dominates(heads, noun, apposedTo)) return;
        }
        else if (relations[noun] != "nsubj") return;
        Hang(heads, relations, 1, verb, "obl");
        Hang(heads, relations, 0, 1, "case");
        heads[2] = 1;
        if (other < 0) return;
        Hang(heads, relations, noun, verb, "nsubj");
        Hang(heads, relations, other, apposedTo, "appos");
    }

    /// <summary>The first verb after the opening "Hours later," hung on "Hours" or "later" as a conjunct or parataxis; -1 if none.</summary>
    private static int FirstVerbHungOnTheOpening(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int i = 3; i < heads.Length; i++)
        {
            if (heads[i] is 0 or 1 && relations[i] is "conj" or "parataxis" && IsVerb(xpos[i])) return i;
        }
        return -1;
    }

    /// <summary>
    /// "Two men suspected of supplying the group with food were detained in Tentena", parsed with "the group" the passive's
    /// subject and the men a second subject of the trailing reporter: the noun right after a gerund of a participle that
    /// describes a noun is the gerund's object, and the described noun the passive's subject.
    /// </summary>
    private static void ObjectOfAParticiplesGerundReadAsThePassivesSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int passive)
    {
        if (xpos[passive] != "VBN" || !HasDependent(heads, relations, passive, "aux:pass")) return;
        int subject = -1;
        for (int i = 0; i < passive; i++)
        {
            if (heads[i] == passive && relations[i] == "nsubj:pass") { subject = i; break; }
        }
        if (subject < 2 || SubtreeStart(heads, subject) is var start && (start < 2 || xpos[start - 1] != "VBG")) return;
        int gerund = start - 1;
        if (heads[gerund] is not (> 0 and var participle) || participle > gerund || xpos[participle] != "VBN" || relations[participle] != "acl"
            || heads[participle] is not (>= 0 and var noun) || noun > participle || !IsNoun(xpos[noun]) || Dominates(heads, passive, noun) && heads[noun] == passive) return;
        if (Dominates(heads, noun, passive)) return;
        Hang(heads, relations, subject, gerund, "obj");
        Hang(heads, relations, noun, passive, "nsubj:pass");
    }

    /// <summary>
    /// "the East Indonesia Mujahideen, or MIT, whose leader, Ali Kalora, was shot dead by security forces", parsed with "whose
    /// leader" an apposition and "was shot" a complement of the main verb with no subject: the noun "whose" opens is the subject
    /// of the first verb after it that has none, and that verb's clause the relative clause of the noun "whose" refers to.
    /// </summary>
    private static void WhoseNounReadAsAnApposition(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int whose)
    {
        if (xpos[whose] != "WP$" || relations[whose] != "nmod:poss" || heads[whose] is not (> 0 and var noun) || noun < whose || noun > whose + 4
            || relations[noun] is not ("appos" or "conj" or "nmod") || heads[noun] is not (>= 0 and var antecedent) || antecedent > whose || !IsNoun(xpos[antecedent])) return;
        int end = SubtreeEnd(heads, noun), verb = -1;
        for (int i = end + 1; i < heads.Length && i <= end + 3; i++)
        {
            if (!IsVerb(xpos[i])) continue;
            int main = VerbItsAuxiliaryServes(heads, relations, i);
            if (HasASubject(heads, relations, main) || Dominates(heads, main, antecedent)) return;
            verb = main;
            break;
        }
        if (verb < 0 || relations[verb] is not ("xcomp" or "conj" or "parataxis" or "advcl" or "ccomp") || Dominates(heads, noun, verb)) return;
        Hang(heads, relations, verb, antecedent, "acl:relcl");
        Hang(heads, relations, noun, verb, HasDependent(heads, relations, verb, "aux:pass") ? "nsubj:pass" : "nsubj");
        // (The comma before the clause is the clause's.)
        if (whose > 0 && xpos[whose - 1] == ",") heads[whose - 1] = verb;
    }

    /// <summary>
    /// "A cameraman for a local television channel who was filming the eviction was detained", parsed with "the eviction" a
    /// second subject of "detained": the noun right after the verb of a relative clause that has no object is that object.
    /// So in the active ("The LNA, which controls most of eastern Libya, deployed reinforcements", "most" a second subject).
    /// </summary>
    private static void ObjectOfARelativeClauseReadAsASecondSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int second)
    {
        if (relations[second] is not ("nsubj:pass" or "nsubj") || heads[second] is not (> 0 and var governor) || governor < second
            || !HasDependent(heads, relations, governor, relations[second], except: second)) return;
        int start = SubtreeStart(heads, second), verb = start - 1;
        if (verb < 1) return;
        // (Or of the clause a relative clause reports: "a man who said he managed a neighbouring ranch threatened".)
        bool inRelative = relations[verb] == "acl:relcl" || relations[verb] == "ccomp" && heads[verb] is >= 0 and var reporter && relations[reporter] == "acl:relcl"
            && heads[reporter] is >= 0 and var first && relations[first] == "nsubj" && heads[first] == governor;
        if (!IsVerb(xpos[verb]) || !inRelative || HasDependent(heads, relations, verb, "obj") || Dominates(heads, second, verb)) return;
        // (Not a time: "A new poll released Friday found".)
        if (relations[second] == "nsubj" && (forms.Length <= second || IsDayWord(forms[second]) || TimeWords.Contains(forms[second].ToLowerInvariant()))) return;
        Hang(heads, relations, second, verb, "obj");
    }

    /// <summary>
    /// "bombed a Buddhist monastery where villagers had taken shelter on the outskirts of the central town of Pakokku late on Wednesday,
    /// killing ...", parsed with "late" part of the town's name and the day inside the "where" clause: "late" or "early" hung on a name
    /// before "on" and a day tells when the verb the relative clause's noun belongs to happened.
    /// </summary>
    private static void LateOnADayReadAsPartOfAName(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int late)
    {
        if (forms[late] is not ("late" or "early") || relations[late] is not ("flat" or "amod" or "compound") || late + 2 >= heads.Length || forms[late + 1] != "on"
            || !IsDayWord(forms[late + 2]) || heads[late] is not (>= 0 and var name) || xpos[name] is not "NNP") return;
        int day = late + 2, clause = name;
        for (int steps = 0; clause >= 0 && relations[clause] != "acl:relcl" && steps < 8; steps++) clause = heads[clause];
        if (clause < 0 || relations[clause] != "acl:relcl" || heads[clause] is not (>= 0 and var noun)) return;
        int verb = heads[noun];
        for (int steps = 0; verb >= 0 && !IsVerb(xpos[verb]) && steps < 8; steps++) verb = heads[verb];
        if (verb < 0 || !IsVerb(xpos[verb]) || Dominates(heads, day, verb)) return;
        Hang(heads, relations, day, verb, "obl");
        Hang(heads, relations, late, day, "advmod");
    }

    /// <summary>
    /// "Roy Cooper ... called Friday for releasing the police videos", parsed with "Friday" the complement of "called": a day's
    /// name right after a verb is no clause the verb takes, but when it acted.
    /// </summary>
    private static void DayReadAsAClausalComplement(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int day)
    {
        if (relations[day] is not ("xcomp" or "ccomp") || heads[day] != day - 1 || !IsVerb(xpos[day - 1]) || !IsDayWord(forms[day])) return;
        relations[day] = "obl:unmarked";
    }

    /// <summary>
    /// "and detained at least 15 of them", parsed with the count an unmarked oblique ("at least" read as its preposition): a count
    /// right after a verb with no object, opened by "at least", is the verb's object, and "at least" its modifier.
    /// </summary>
    private static void CountAfterAtLeastReadAsAnOblique(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int count)
    {
        if (xpos[count] != "CD" || relations[count] != "obl:unmarked" || count < 3 || forms[count - 1] != "least" || forms[count - 2] != "at"
            || heads[count] != count - 3 || !IsVerb(xpos[count - 3]) || HasDependent(heads, relations, count - 3, "obj")) return;
        Hang(heads, relations, count, count - 3, "obj");
        Hang(heads, relations, count - 1, count, "advmod");
        Hang(heads, relations, count - 2, count - 1, "case");
    }

    /// <summary>
    /// "Last month, gunmen killed nine worshippers at a church in Zonkwa, and in August a bomb ... killed three people", parsed with
    /// "August" a conjunct of the worshippers: a month or year after ", and in", before a clause with its own subject and verb, is
    /// that verb's time, and the verb is coordinated with the one before.
    /// </summary>
    private static void TimeOpeningACoordinatedClauseReadAsAConjunct(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int time)
    {
        if (relations[time] != "conj" || time < 4 || forms[time - 1] != "in" || forms[time - 2] != "and" || forms[time - 3] != ","
            || !(TimeWords.Contains(forms[time].ToLowerInvariant()) || forms[time].Length == 4 && forms[time].All(char.IsAsciiDigit))) return;
        int verb = -1;
        for (int i = time + 1; i < heads.Length && verb < 0; i++)
        {
            if (heads[i] < time && relations[i] is "parataxis" or "conj" or "ccomp" && xpos[i] is "VBD" or "VBZ" or "VBP" && HasDependent(heads, relations, i, "nsubj")) verb = i;
            else if (heads[i] < time && heads[i] >= 0) break;
        }
        if (verb < 0 || Dominates(heads, time, verb) || Dominates(heads, verb, heads[verb])) return;
        int first = heads[verb];
        Hang(heads, relations, verb, first, "conj");
        Hang(heads, relations, time, verb, "obl");
        Hang(heads, relations, time - 2, verb, "cc");
        Hang(heads, relations, time - 3, verb, "punct");
    }

    /// <summary>
    /// "imposed a dusk-to-dawn curfew on Moundou and surrounding districts on Wednesday", parsed with "surrounding" a verb
    /// coordinated with the curfew and the districts its object: a participle that names a place's neighbours, right before
    /// its noun, is the noun's modifier; the noun is the conjunct, and what hung on the participle after it ("on Wednesday")
    /// belongs to the verb the phrase is in.
    /// </summary>
    private static void NeighbouringReadAsAVerb(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        int noun = participle + 1;
        if (xpos[participle] != "VBG" || relations[participle] != "conj" || heads[noun] != participle || relations[noun] != "obj" || !IsNoun(xpos[noun])
            || heads[participle] is not (>= 0 and var coordinated) || !IsNoun(xpos[coordinated])
            || forms[participle].ToLowerInvariant() is not ("surrounding" or "neighbouring" or "neighboring" or "adjoining" or "outlying" or "adjacent")) return;
        int verb = heads[coordinated];
        for (int steps = 0; verb >= 0 && !IsVerb(xpos[verb]) && steps < 8; steps++) verb = heads[verb];
        if (verb < 0 || !IsVerb(xpos[verb])) verb = noun;
        Hang(heads, relations, noun, coordinated, "conj");
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] != participle) continue;
            if (i < participle) heads[i] = noun;
            else if (i > noun) heads[i] = verb;
        }
        Hang(heads, relations, participle, noun, "amod");
    }

    /// <summary>
    /// "Earlier this month, a Tamil journalist who had photographed the excavation was beaten by unidentified men", parsed
    /// with "the excavation" the subject of "was beaten" and the journalist an apposition of the opening time: the noun right
    /// after the verb of a relative clause whose own subject is its relative pronoun, and which has no object, is that object;
    /// the noun the clause describes is the passive's subject. (With the passive read as a second relative clause on that
    /// noun, and the noun as the opening time's apposition, the passive is the sentence's verb.)
    /// </summary>
    private static void ObjectOfARelativeClauseReadAsThePassivesSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int subject)
    {
        if (relations[subject] != "nsubj:pass" || heads[subject] is not (> 0 and var passive) || passive < subject
            || HasDependent(heads, relations, passive, "nsubj:pass", except: subject)) return;
        int verb = SubtreeStart(heads, subject) - 1;
        if (verb < 3 || !IsVerb(xpos[verb]) || relations[verb] != "acl:relcl" || HasDependent(heads, relations, verb, "obj") || Dominates(heads, subject, verb)
            || heads[verb] is not (>= 0 and var noun) || noun > verb || !IsNoun(xpos[noun])) return;
        bool relativeSubject = false;
        for (int i = noun + 1; i < verb; i++) relativeSubject |= heads[i] == verb && relations[i] == "nsubj" && xpos[i] is "WP" or "WDT";
        if (!relativeSubject) return;
        if (heads[passive] == noun && relations[passive] == "acl:relcl" && relations[noun] == "appos" && heads[noun] is var opening && opening >= 0 && opening < 3
            && heads[opening] == -1)
        {
            // ("Earlier/root this month, a Tamil journalist/appos ... was beaten/acl:relcl")
            Hang(heads, relations, passive, -1, "root");
            Hang(heads, relations, opening, passive, IsNoun(xpos[opening]) ? "obl:unmarked" : "advmod");
        }
        else if (relations[noun] != "appos" || heads[noun] is not (>= 0 and var time) || time > noun || !Dominates(heads, passive, time) || Dominates(heads, noun, passive)) return;
        Hang(heads, relations, subject, verb, "obj");
        Hang(heads, relations, noun, passive, "nsubj:pass");
    }

    /// <summary>
    /// 'six "criminals" had been "neutralized"', parsed with the criminals as the active subject of a passive: the subject of a
    /// participle with a passive auxiliary is the passive's subject.
    /// </summary>
    private static void SubjectOfAPassiveReadAsActive(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int subject)
    {
        if (relations[subject] != "nsubj" || heads[subject] is not (> 0 and var verb) || verb < subject || xpos[verb] != "VBN") return;
        // (A form of "be" between them: "had been"; not whatever else the parser called a passive auxiliary.)
        for (int i = subject + 1; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] == "aux:pass" && forms[i].ToLowerInvariant() is "been" or "was" or "were" or "is" or "are" or "be" or "being")
            {
                relations[subject] = "nsubj:pass";
                return;
            }
        }
    }

    /// <summary>
    /// "About 400 families who fled the area were sheltering in a school gymnasium", parsed with the noun the root and "the area
    /// were sheltering" the relative verb's reported clause: where a noun is the root, a clause reported by its relative verb
    /// whose subject is the first words after that verb is the sentence's own verb; those words are the relative verb's object,
    /// the noun the verb's subject. (Not after a verb that does report: "Residents who said the army was shooting"; and only a verb
    /// with its auxiliary.)
    /// </summary>
    private static void RelativeVerbsObjectReadAsTheSubjectOfTheMainVerb(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "ccomp" || !IsVerb(xpos[verb]) || heads[verb] is not (> 0 and var relative) || relative >= verb || relations[relative] != "acl:relcl"
            || heads[relative] is not (>= 0 and var noun) || heads[noun] != -1 || !IsNoun(xpos[noun]) || ReportingVerbs.Contains(forms[relative])) return;
        int subject = -1;
        for (int i = relative + 1; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass") { subject = i; break; }
        }
        // (Not a pronoun, which opens a clause of its own: "respondents who indicated they were discriminated against".)
        if (subject < 0 || SubtreeStart(heads, subject) != relative + 1 || xpos[subject] == "PRP") return;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == relative && relations[i] is "obj" or "ccomp" && i != verb) return;
        }
        // (A verb with its auxiliary, no noun the tagger took for one: "who was declared the winner of the Iowa caucuses/VBZ".)
        if (!HasRelativePronounSubject(forms, heads, relations, relative) || !HasDependent(heads, relations, verb, "aux") && !HasDependent(heads, relations, verb, "aux:pass")) return;
        string subjectRelation = relations[subject];
        Hang(heads, relations, subject, relative, "obj");
        VerbReplacesTheRoot(heads, relations, verb, noun, subjectRelation);
    }

    /// <summary>
    /// "Hundreds of residents of Khan Arnabah and nearby villages marched towards ...", parsed with "Hundreds" the root and
    /// "marched" its parataxis: a past tense with no subject right after the opening noun root's phrase, with no punctuation
    /// between, is the sentence's verb and the noun its subject.
    /// </summary>
    private static void PastAfterTheOpeningNounRootReadAsParataxis(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 0 || root > 3 || xpos[root] is not ("NNS" or "NN" or "NNP" or "NNPS")) return;
        for (int verb = root + 1; verb < heads.Length; verb++)
        {
            if (xpos[verb] is "," or ":" or "." or "``" or "''" or "-LRB-") return;
            if (!Dominates(heads, root, verb)) return;
            if (heads[verb] != root || !IsVerb(xpos[verb])) continue;
            if (xpos[verb] != "VBD" || relations[verb] != "parataxis" || HasDependent(heads, relations, verb, "nsubj")) return;
            VerbReplacesTheRoot(heads, relations, verb, root, "nsubj");
            return;
        }
    }

    /// <summary>Whether the word is "itself", "themselves", "himself" or "herself".</summary>
    private static bool ReflexiveOfAThirdPerson(string word) =>
        word.Equals("itself", StringComparison.OrdinalIgnoreCase) || word.Equals("themselves", StringComparison.OrdinalIgnoreCase)
        || word.Equals("himself", StringComparison.OrdinalIgnoreCase) || word.Equals("herself", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "A group calling itself the Wukari Youth Vanguard threatened ...", parsed with the noun the root and the name the verb's
    /// subject: the name a noun is "calling itself" is what it calls itself, and the verb after it is the noun's.
    /// </summary>
    private static void NameANounCallsItselfReadAsTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (!IsVerb(xpos[verb])) return;
        // ("A group calling itself the Border Self-Defence Command threatened ...", parsed with both the group and the name subjects of
        // the verb: the same, the group keeping its place.)
        int subject = -1;
        for (int i = 0; i + 3 < verb && subject < 0; i++)
        {
            if (heads[i] == verb && relations[i] == "nsubj" && IsNoun(xpos[i])) subject = i;
        }
        bool bothSubjects = subject >= 0 && heads[subject + 1] == subject;
        int noun = bothSubjects ? subject : heads[verb];
        if (noun < 0 || !bothSubjects && heads[noun] != -1 || !IsNoun(xpos[noun]) || noun >= verb) return;
        int calling = noun + 1;
        // (Compared in place: with both subjects read, every subject with a word hung right after it comes this far.)
        if (calling + 2 >= verb || heads[calling] != noun || heads[calling + 1] != calling
            || !(forms[calling].Equals("calling", StringComparison.OrdinalIgnoreCase) || forms[calling].Equals("naming", StringComparison.OrdinalIgnoreCase))
            || !ReflexiveOfAThirdPerson(forms[calling + 1])) return;
        int name = -1;
        for (int i = calling + 2; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] == "nsubj") { name = i; break; }
        }
        if (name < 0 || name == noun || SubtreeStart(heads, name) != calling + 2 || SubtreeEnd(heads, name) != verb - 1) return;
        Hang(heads, relations, name, calling, "xcomp");
        if (!bothSubjects) VerbReplacesTheRoot(heads, relations, verb, noun, "nsubj");
    }

    /// <summary>
    /// "A man identifying himself as the leader of the holdouts threatened in a voice message ... to close the highway", parsed
    /// with the man the root and "threatened" a modifier of the holdouts: the first verb in the past with no subject after a
    /// root noun's "identifying (describing) himself as" phrase is the sentence's verb, and the noun its subject.
    /// </summary>
    private static void VerbAfterANounIdentifyingItselfHungInsideThePhrase(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int noun = heads.IndexOf(-1);
        if (noun < 0 || noun + 5 >= heads.Length || !IsNoun(xpos[noun]) || HasDependent(heads, relations, noun, "case")
            || forms[noun + 1].ToLowerInvariant() is not ("identifying" or "describing" or "presenting") || heads[noun + 1] != noun
            || forms[noun + 2].ToLowerInvariant() is not ("himself" or "herself" or "themselves" or "itself") || !forms[noun + 3].Equals("as", StringComparison.OrdinalIgnoreCase)) return;
        for (int verb = noun + 5; verb < heads.Length; verb++)
        {
            if (xpos[verb] is "," or ":") return;
            if (xpos[verb] is not ("VBD" or "VBN")) continue;
            if (!Dominates(heads, noun + 1, verb) || HasASubject(heads, relations, verb)) return;
            VerbReplacesTheRoot(heads, relations, verb, noun, "nsubj");
            return;
        }
    }

    /// <summary>
    /// "A commander of one of those factions, who asked not to be named, warned on Wednesday that ...", "Youths from the Toposa
    /// community, to which the herders belong, threatened on Tuesday to ...", parsed with the noun the root and the verb after the
    /// relative clause hung inside it: where a noun is the root, a verb with no subject right after the comma that closes a
    /// relative clause in the noun's phrase is the sentence's verb, and the noun its subject.
    /// </summary>
    private static void MainVerbHungInsideTheSubjectsRelativeClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        int comma = verb - 1, day = -1;
        // ("Amnesty International, which says it has recorded ..., on Wednesday accused": a day may open the verb's words.)
        if (forms[comma] != "," && verb >= 4 && IsDayWord(forms[verb - 1]) && forms[verb - 2] == "on" && forms[verb - 3] == ",") (comma, day) = (verb - 3, verb - 1);
        if (xpos[verb] is not ("VBD" or "VBN" or "VBZ") || forms[comma] != "," || heads[verb] < 0) return;
        int root = heads.IndexOf(-1);
        // (Not an opening phrase the parser made the root: "On Saturday, Khalifa Haftar's Libyan National Army (LNA), which ...".)
        if (root < 0 || root >= comma || !IsNoun(xpos[root]) || HasDependent(heads, relations, root, "case") || HasDependent(heads, relations, root, "conj")) return;
        // The relative clause that ends at the comma, in the noun's phrase, opened by a comma of its own.
        int relative = heads[verb];
        for (int depth = 0; relative >= 0 && relations[relative] != "acl:relcl" && depth < 8; depth++) relative = heads[relative];
        if (relative < 0 || relations[relative] != "acl:relcl" || relative >= comma) return;
        int start = SubtreeStart(heads, relative);
        // (The opening comma may hang in the clause or before it.)
        if (start < 2 || forms[start] != "," && forms[start - 1] != "," || !Dominates(heads, root, relative)) return;
        for (int i = start; i < comma; i++)
        {
            if (!Dominates(heads, relative, i) && i != relative) return;
        }
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass" or "cc") return;
        }
        VerbReplacesTheRoot(heads, relations, verb, root, "nsubj");
        heads[comma] = relative;
        if (day >= 0)
        {
            Hang(heads, relations, day, verb, "obl");
            Hang(heads, relations, day - 1, day, "case");
        }
    }

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "say", "says", "told", "tell", "believe", "believed", "believes", "think", "thought", "thinks", "fear", "feared", "fears",
        "claim", "claimed", "claims", "know", "knew", "knows", "hope", "hoped", "warned", "warn", "insisted", "insist", "argued", "argue",
        "reported", "report", "saw", "see", "heard", "hear", "felt", "feel", "noted", "added", "explained", "admitted", "denied", "suspect", "suspected",
        "indicated", "indicate", "showed", "show", "shows", "found", "find", "learned", "realised", "realized", "agreed", "agree", "confirmed",
    };

    /// <summary>Whether the relative verb's subject is "who", "that" or "which".</summary>
    private static bool HasRelativePronounSubject(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int relative)
    {
        for (int i = 0; i < relative; i++)
        {
            if (heads[i] == relative && relations[i] is "nsubj" or "nsubj:pass" && forms[i].ToLowerInvariant() is "who" or "that" or "which") return true;
        }
        return false;
    }

    /// <summary>
    /// "Two Minerven engineers who had been kidnapped near El Dorado in October were released unharmed on Thursday, the company
    /// said", parsed with "near" the mark of "released" and El Dorado its subject: a place preposition right after the verb
    /// of a relative clause, marking a later verb whose subject follows it, is that relative verb's, with its noun; the noun
    /// the relative pronoun refers to is the later verb's subject.
    /// </summary>
    private static void RelativeClausesPlaceReadAsTheNextVerbsSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int preposition)
    {
        int relative = preposition - 1;
        if (relations[preposition] != "mark" || !PlacePrepositions.Contains(forms[preposition]) || heads[preposition] is not (> 0 and var verb) || verb < preposition
            || !IsVerb(xpos[verb]) || !IsVerb(xpos[relative]) || relations[relative] == "acl:relcl") return;
        int pronoun = -1;
        for (int i = 0; i < relative; i++)
        {
            if (heads[i] == relative && relations[i] is "nsubj" or "nsubj:pass" && forms[i].ToLowerInvariant() is "who" or "that" or "which") pronoun = i;
        }
        int place = -1;
        for (int i = preposition + 1; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass") { place = i; break; }
        }
        if (pronoun < 1 || place < 0 || SubtreeStart(heads, place) != preposition + 1 || !IsNoun(xpos[pronoun - 1])) return;
        int noun = pronoun - 1;
        if (Dominates(heads, noun, verb) || Dominates(heads, relative, noun) || Dominates(heads, verb, noun) && heads[noun] != verb) return;
        string subject = relations[place];
        Hang(heads, relations, relative, noun, "acl:relcl");
        Hang(heads, relations, place, relative, "obl");
        Hang(heads, relations, preposition, place, "case");
        Hang(heads, relations, noun, verb, subject);
    }

    /// <summary>
    /// "The council ... demanded on Friday that prosecutors investigate the police commanders ..., and threatened to block every
    /// highway", parsed with "threatened" coordinated into what was demanded: a past tense after ", and" (or "and" after a base
    /// form), with no subject of its own, coordinated with the present or base form of a "that" clause a past tense governs, is
    /// that governing verb's conjunct.
    /// </summary>
    private static void PastCoordinatedIntoAThatClauseOfThePresent(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] != "VBD" || relations[verb] != "conj" || verb < 3 || forms[verb - 1] != "and" || heads[verb] is not (>= 0 and var clause)
            || xpos[clause] is not ("VB" or "VBP") || forms[verb - 2] != "," && xpos[clause] != "VB" || relations[clause] != "ccomp" || heads[clause] is not (>= 0 and var governor) || xpos[governor] != "VBD" || governor > clause
            || !HasDependentForm(forms, heads, relations, clause, "mark", "that") || HasASubject(heads, relations, verb)) return;
        Hang(heads, relations, verb, governor, "conj");
    }

    /// <summary>
    /// "threatened to attack Russian instructors wherever they are posted and demanded that the government expel them", parsed with
    /// "demanded" coordinated into the clause of "wherever": a past tense after "and", with no subject of its own, coordinated with
    /// a verb of the present (or its participle after a present "are") in an adverbial clause with a subject of its own, on the
    /// infinitive a past tense governs (or on the past itself: "threatened to strike army positions ... until the bombing stops, and
    /// accused"), is that governing verb's conjunct.
    /// </summary>
    private static void PastCoordinatedIntoAnAdverbialOfTheInfinitive(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (SubjectlessPastAfterAnd(forms, xpos, heads, relations, verb) is not (>= 0 and var clause)
            || relations[clause] is not ("advcl" or "advcl:relcl") || heads[clause] is not (>= 0 and var infinitive)) return;
        // ("to attack the army wherever it enters Bawm villages and demanded", with the clause hung on its "wherever".)
        if (xpos[infinitive] == "WRB" && heads[infinitive] >= 0) infinitive = heads[infinitive];
        int governor = xpos[infinitive] == "VBD" ? infinitive : relations[infinitive] == "xcomp" && xpos[infinitive] == "VB" && heads[infinitive] >= 0 ? heads[infinitive] : -1;
        if (governor < 0 || xpos[governor] != "VBD" || governor > clause
            || !HasASubject(heads, relations, clause)) return;
        // (Of the present: "wherever they are posted", "if they enter"; not "after they were posted", which may tell a past the
        // "and" goes on with.)
        bool present = xpos[clause] is "VBP" or "VBZ";
        for (int k = infinitive + 1; k < clause && !present; k++) present = heads[k] == clause && relations[k] is "aux" or "aux:pass" && xpos[k] is "VBP" or "VBZ";
        if (!present) return;
        Hang(heads, relations, verb, governor, "conj");
    }

    /// <summary>
    /// "RSF spokesman Mohamed Bashir denied that ..., saying the blasts came from army ammunition stored nearby, and threatened to strike
    /// Kosti airport", parsed with "threatened" coordinated with "came": a past after ", and" with no subject of its own, coordinated
    /// with the verb (with a subject of its own) of what a participle of saying says, is the conjunct of the verb the participle hangs on.
    /// </summary>
    private static void PastCoordinatedIntoWhatAParticipleSays(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (SubjectlessPastAfterAnd(forms, xpos, heads, relations, verb) is not (>= 0 and var clause) || forms[verb - 2] != "," || relations[clause] != "ccomp"
            || !HasDependent(heads, relations, clause, "nsubj") || heads[clause] is not (>= 0 and var participle) || xpos[participle] != "VBG" || relations[participle] != "advcl"
            || heads[participle] is not (>= 0 and var governor) || xpos[governor] != "VBD" || !HasDependent(heads, relations, governor, "nsubj")
            || forms[participle] is not ("saying" or "adding" or "claiming" or "insisting")) return;
        Hang(heads, relations, verb, governor, "conj");
    }

    /// <summary>
    /// "He demanded the release of 12 relatives of gang members whom police detained in raids last month, and threatened to kill the
    /// captives", parsed with "threatened" coordinated into the relative clause: a past after ", and" with no subject of its own,
    /// coordinated with a relative clause's verb whose subject is a noun of its own, is the conjunct of the verb the relative
    /// clause's noun belongs to, when that verb is a past with a subject too. (So is one coordinated into a "which" clause on the
    /// whole clause before: "He accused the army of killing two ..., which the army denied, and threatened to march on Kindu".)
    /// </summary>
    private static void PastCoordinatedIntoARelativeClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (SubjectlessPastAfterAnd(forms, xpos, heads, relations, verb) is not (>= 0 and var clause) || relations[clause] is not ("acl:relcl" or "advcl:relcl")) return;
        // ("condemned what he called a cowardly attack on defenceless people and urged residents ...": or into the "what" clause that names
        // the object, comma or none.)
        if (heads[clause] is >= 0 and var what && xpos[what] == "WP" && forms[what].Equals("what", StringComparison.OrdinalIgnoreCase)
            && forms[clause] is "called" or "described" or "termed" && heads[what] is >= 0 and var named && xpos[named] == "VBD" && HasDependent(heads, relations, named, "nsubj"))
        {
            Hang(heads, relations, verb, named, "conj");
            return;
        }
        if (forms[verb - 2] != ",") return;
        int clausesSubject = -1;
        for (int i = 0; i < clause; i++)
        {
            if (heads[i] == clause && relations[i] == "nsubj") clausesSubject = i;
        }
        if (clausesSubject < 0 || !IsNoun(xpos[clausesSubject])) return;
        int governor = heads[clause];
        governor = VerbAbove(xpos, heads, governor);
        if (governor < 0 || xpos[governor] != "VBD" || !HasDependent(heads, relations, governor, "nsubj") || Dominates(heads, verb, governor)) return;
        Hang(heads, relations, verb, governor, "conj");
    }

    /// <summary>
    /// "met Rizeigat and Misseriya elders in El Daein to calm tensions after gunmen raided a cattle camp", parsed with "after" the
    /// case of "gunmen" and "raided" a complement with no subject: a past right after a noun that a subordinator opens ("after",
    /// "before", "until", "when") is that noun's verb, the subordinator its mark, and the clause an adverbial of the verb above.
    /// </summary>
    private static void SubordinatorReadAsTheCaseOfTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        int noun = verb - 1, subordinator = verb - 2;
        if (xpos[verb] != "VBD" || relations[verb] is not ("xcomp" or "ccomp" or "conj" or "parataxis") || subordinator < 1 || xpos[noun] is not ("NNS" or "NN" or "NNP")
            || heads[noun] == verb || heads[subordinator] != noun || relations[subordinator] != "case" || HasDependent(heads, relations, verb, "nsubj")
            || HasDependent(heads, relations, verb, "nsubj:pass") || forms[subordinator].ToLowerInvariant() is not ("after" or "before" or "until" or "since" or "when")) return;
        int above = heads[noun];
        above = VerbAbove(xpos, heads, above);
        if (above < 0 || Dominates(heads, verb, above)) return;
        Hang(heads, relations, verb, above, "advcl");
        Hang(heads, relations, noun, verb, "nsubj");
        Hang(heads, relations, subordinator, verb, "mark");
    }

    /// <summary>
    /// "said fighters had ambushed an army patrol ..., and that troops had pursued the attackers and killed 11 of them", parsed
    /// with "killed" a third conjunct of "ambushed": a past after "and", with no subject of its own, right after the last word of
    /// a conjunct "that" clause with a subject of its own on the same verb, goes on with that clause, its conjunct.
    /// </summary>
    private static void PastCoordinatedPastTheThatClauseItEnds(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (SubjectlessPastAfterAnd(forms, xpos, heads, relations, verb) is not (>= 0 and var first)) return;
        for (int clause = verb - 3; clause > first; clause--)
        {
            if (heads[clause] != first || relations[clause] != "conj") continue;
            if (IsVerb(xpos[clause]) && SubtreeEnd(heads, clause) == verb - 2 && HasASubject(heads, relations, clause)
                && HasDependentForm(forms, heads, relations, clause, "mark", "that")) Hang(heads, relations, verb, clause, "conj");
            return;
        }
    }

    /// <summary>
    /// "said that only members of the forces had been hit and blamed the girl's death on a police grenade", parsed with "on a
    /// police grenade" hung on "hit" across "blamed": an oblique hung on a verb past a later verb that is not the first verb's
    /// (an arc that crosses another) and whose phrase ends right before it is that later verb's.
    /// </summary>
    private static void ObliqueHungAcrossALaterVerb(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int word)
    {
        if (relations[word] != "obl" || heads[word] is not (>= 0 and var verb) || verb > word || !IsVerb(xpos[verb])) return;
        int start = SubtreeStart(heads, word);
        for (int later = start - 1; later > verb; later--)
        {
            if (!IsVerb(xpos[later]) || Dominates(heads, verb, later) || Dominates(heads, word, later) || SubtreeEnd(heads, later) != start - 1) continue;
            Hang(heads, relations, word, later, "obl");
            return;
        }
    }

    /// <summary>For a past right after "and", with no subject of its own, coordinated with an earlier word: that word (its head); else -1.</summary>
    private static int SubjectlessPastAfterAnd(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb) =>
        xpos[verb] == "VBD" && relations[verb] == "conj" && verb >= 2 && forms[verb - 1] == "and" && heads[verb] is >= 0 and var head && head < verb
        && !HasASubject(heads, relations, verb) ? head : -1;

    /// <summary>
    /// "demanding that the United Nations Security Council halt sales of aviation fuel", parsed with the council's words compounds
    /// (and its article) of "halt": a base form after "that" with no subject, whose nouns before it are its compounds, is the
    /// verb of a clause whose subject is the last of those nouns, with the others' words its own.
    /// </summary>
    private static void SubjectReadAsCompoundOfASubjunctive(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        int noun = verb - 1;
        if (xpos[verb] != "VB" || relations[verb] != "ccomp" || heads[noun] != verb || relations[noun] != "compound" || !IsNoun(xpos[noun])
            || !HasDependentForm(forms, heads, relations, verb, "mark", "that") || HasASubject(heads, relations, verb)) return;
        for (int i = noun - 1; i >= 0 && i > verb - 10; i--)
        {
            if (heads[i] != verb) continue;
            if (relations[i] == "mark") break;
            heads[i] = noun;
            if (relations[i] == "reparandum") relations[i] = forms[i].ToLowerInvariant() is "the" or "a" or "an" ? "det" : "compound";
        }
        relations[noun] = "nsubj";
    }

    /// <summary>
    /// "Two Yemeni aid workers who had been held by the Houthis since January were released in Hajjah on Monday, a relative ...
    /// told AFP", parsed with "since" marking "released" and January its subject: a time after "since" or "until", read as the
    /// subject of a later verb hung as an adverbial on a relative clause, is that relative verb's; the later verb is the noun's,
    /// in the noun's place before a trailing reporter.
    /// </summary>
    private static void RelativeClausesTimeReadAsTheNextVerbsSubject(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int preposition)
    {
        int time = preposition + 1;
        if (relations[preposition] != "mark" || forms[preposition] is not ("since" or "until") || time >= heads.Length || !TimeWords.Contains(forms[time].ToLowerInvariant())
            || heads[preposition] is not (> 0 and var verb) || verb <= time || heads[time] != verb || relations[time] is not ("nsubj" or "nsubj:pass")
            || relations[verb] != "advcl" || heads[verb] is not (>= 0 and var relative) || relations[relative] != "acl:relcl" || heads[relative] is not (>= 0 and var noun) || noun > relative) return;
        int reporter = heads[noun];
        if (relations[noun] is not ("nsubj" or "nsubj:pass" or "ccomp") || reporter < verb || Dominates(heads, verb, reporter)) return;
        string subject = relations[time];
        Hang(heads, relations, time, relative, "obl");
        Hang(heads, relations, preposition, time, "case");
        Hang(heads, relations, verb, reporter, "ccomp");
        Hang(heads, relations, noun, verb, subject);
    }

    /// <summary>
    /// "Seven of the detained foreigners, all Brazilians, were deported overland", parsed with "Seven" the root, the apposition
    /// the passive's subject and the verb in parataxis: a count or quantifier opening the sentence with an "of" phrase is the
    /// subject of the verb hung on it, and the noun phrase between commas after it that noun's apposition.
    /// </summary>
    private static void QuantifierRootBeforeAnApposedSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        const int quantifier = 0;
        if (heads.Length < 8 || heads[quantifier] != -1 || xpos[quantifier] is not ("CD" or "DT" or "JJ") || !forms[1].Equals("of", StringComparison.OrdinalIgnoreCase)) return;
        int noun = heads[1];
        if (noun <= 1 || heads[noun] != quantifier || relations[noun] != "nmod" || noun + 2 >= heads.Length || forms[noun + 1] != ",") return;
        int verb = -1;
        for (int i = noun + 2; i < heads.Length; i++)
        {
            if (heads[i] == quantifier && relations[i] is "parataxis" or "conj" or "ccomp" && IsVerb(xpos[i])) { verb = i; break; }
        }
        if (verb < 0) return;
        int apposed = -1;
        for (int i = noun + 2; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass") { apposed = i; break; }
        }
        if (apposed < 0) return;
        // (Its closing comma, which the parser may have hung on it.)
        int close = SubtreeEnd(heads, apposed);
        if (forms[close] != ",") close++;
        if (SubtreeStart(heads, apposed) is var start && start != noun + 1 && start != noun + 2 || close >= verb || forms[close] != ",") return;
        string subject = relations[apposed];
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, quantifier, verb, subject);
        Hang(heads, relations, apposed, noun, "appos");
        heads[noun + 1] = apposed;
        heads[close] = apposed;
        Rehang(heads, quantifier, verb, after: verb);
    }

    /// <summary>The nearest verb above a word (a bounded walk: the repairs may leave a cycle for the parser's check to catch).</summary>
    private static int ClauseAbove(ReadOnlySpan<string?> xpos, Span<int> heads, int word)
    {
        for (int t = heads[word], steps = 0; t >= 0 && steps < heads.Length; t = heads[t], steps++)
        {
            if (IsVerb(xpos[t])) return t;
        }
        return -1;
    }

    /// <summary>
    /// "On Tuesday, soldiers of the army's Operation Fansan Yamma engaged the fleeing attackers", parsed with "Tuesday" as
    /// the root, the soldiers its object, "of" the mark of "engaged" and the army its subject: "of" or "for" marking a
    /// finite verb that modifies the noun right before the preposition, under a root opened by a preposition, is the case
    /// of that noun's modifier; the noun is the verb's subject and the verb the sentence's.
    /// </summary>
    private static void OfReadAsTheMarkOfAVerbUnderAPrepositionalRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int preposition)
    {
        if (relations[preposition] != "mark" || forms[preposition] is not ("of" or "for") || heads[preposition] is not (> 0 and var verb) || verb < preposition
            || xpos[verb] is not ("VBD" or "VBZ" or "VBP") || !IsNoun(xpos[preposition - 1])) return;
        int noun = preposition - 1, root = heads.IndexOf(-1);
        if (root < 0 || root >= noun || heads[noun] != root || heads[verb] != noun || !relations[verb].StartsWith("acl", StringComparison.Ordinal)
            || !IsNoun(xpos[root]) || !HasCase(heads, relations, root)) return;
        int subject = preposition + 1;
        while (subject < verb && !(heads[subject] == verb && relations[subject] == "nsubj")) subject++;
        if (subject == verb || !IsNoun(xpos[subject]) || SubtreeStart(heads, subject) != preposition + 1) return;
        VerbReplacesTheRoot(heads, relations, verb, root);
        Hang(heads, relations, noun, verb, "nsubj");
        Hang(heads, relations, preposition, subject, "case");
        Hang(heads, relations, subject, noun, "nmod");
    }

    /// <summary>
    /// "ambushed a convoy ..., killing two soldiers escorting the vehicles and abducting four workers", parsed with "abducting" a
    /// conjunct of "escorting": a violent act in "-ing" after "and", coordinated with a participle that describes the object of an
    /// opening "-ing" clause of violence, is that clause's second act.
    /// </summary>
    private static void SecondActOfAParticipleClauseReadAsItsObjectsModifier(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int act)
    {
        if (relations[act] != "conj" || xpos[act] != "VBG" || !ViolentActsInIng.Contains(forms[act]) || heads[act] is not (>= 0 and var describing) || describing > act
            || relations[describing] != "acl" || xpos[describing] != "VBG" || heads[describing] is not (>= 0 and var noun) || relations[noun] != "obj"
            || heads[noun] is not (>= 0 and var first) || xpos[first] != "VBG" || relations[first] != "advcl" || !ViolentActsInIng.Contains(forms[first])) return;
        heads[act] = first;
    }

    private static readonly HashSet<string> ViolentActsInIng = new(StringComparer.OrdinalIgnoreCase)
    {
        "killing", "wounding", "injuring", "abducting", "kidnapping", "seizing", "burning", "looting", "destroying", "taking", "leaving",
    };

    /// <summary>
    /// "claimed a suicide bombing at a bank in Jalalabad earlier this month that killed 11 people", parsed with the relative
    /// clause on "month": a "that" or "which" clause hung on a deictic time ("this month", "last week") belongs to the noun
    /// the time is told of.
    /// </summary>
    private static void RelativeClauseHungOnADeicticTime(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int clause)
    {
        if (relations[clause] != "acl:relcl" || heads[clause] is not (>= 0 and var time) || time > clause || !TimeWords.Contains(forms[time].ToLowerInvariant())
            || relations[time] is not ("nmod" or "obl" or "obl:tmod" or "nmod:tmod") || heads[time] is not (>= 0 and var noun) || !IsNoun(xpos[noun]) || noun > time) return;
        bool deictic = false, pronoun = false;
        for (int i = time - 2; i < clause; i++)
        {
            if (i < 0) continue;
            if (heads[i] == time && forms[i].ToLowerInvariant() is "this" or "last" or "next") deictic = true;
            if (heads[i] == clause && relations[i] is "nsubj" or "nsubj:pass" && forms[i].ToLowerInvariant() is "that" or "which") pronoun = true;
        }
        if (!deictic || !pronoun) return;
        heads[clause] = noun;
    }

    /// <summary>
    /// "fighting between the army, backed by Wazalendo militiamen and Burundian troops, and the rebels", parsed with the
    /// participle a clause of the fighting and the rebels hung inside its phrase: a participle between commas right after the
    /// first side of "between" describes that side, and the noun after the closing comma and "and" is the second side.
    /// </summary>
    private static void BetweenSideInterruptedByAParticiple(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int between)
    {
        if (!forms[between].Equals("between", StringComparison.OrdinalIgnoreCase) || relations[between] != "case" || heads[between] is not (> 0 and var first)
            || first < between || first + 3 >= forms.Length || forms[first + 1] != "," || xpos[first + 2] != "VBN") return;
        int participle = first + 2, comma = -1;
        for (int k = participle + 1; k + 2 < forms.Length && comma < 0; k++)
        {
            if (forms[k] is ";" or ":" || forms[k].Equals("between", StringComparison.OrdinalIgnoreCase)) return;
            if (forms[k] == "," && forms[k + 1].Equals("and", StringComparison.OrdinalIgnoreCase)) comma = k;
        }
        if (comma < 0) return;
        int second = comma + 2;
        while (second + 1 < forms.Length && xpos[second] is "DT" or "JJ" or "CD" or "NNP" or "NN" && (IsNoun(xpos[second + 1]) || xpos[second + 1] == "JJ")) second++;
        if (!IsNoun(xpos[second]) || Dominates(heads, second, first)) return;
        Hang(heads, relations, participle, first, "acl");
        Coordinate(heads, relations, first, comma + 1, second);
        Hang(heads, relations, comma, second, "punct");
        for (int k = comma + 2; k < second; k++)
        {
            if (!Dominates(heads, second, k) && !Dominates(heads, k, second)) Hang(heads, relations, k, second, xpos[k] switch { "DT" => "det", "CD" => "nummod", "JJ" => "amod", _ => "compound" });
        }
    }

    /// <summary>Prepositions that open no finite clause: one read as a clause's mark is a noun's.</summary>
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "on", "near", "outside", "inside", "across", "along", "around", "into",
    };

    /// <summary>
    /// "demand the release of Mamadou Saliou Barry, a senior official of the UFDG, who was arrested by gendarmes",
    /// parsed with "of" the mark of "arrested" and the name its oblique: a "who" clause after a name that follows "of"
    /// is a relative clause on the name, and the name is the noun's before "of".
    /// </summary>
    private static void RelativeClauseReadAsTheClauseOfOf(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int pronoun)
    {
        if (relations[pronoun] is not ("nsubj" or "nsubj:pass") || xpos[pronoun] is not ("WDT" or "WP") || forms[pronoun].ToLowerInvariant() is not ("who" or "which") || forms[pronoun - 1] != ","
            || heads[pronoun] is not (> 0 and var verb) || verb < pronoun) return;
        int of = -1;
        for (int i = 1; i < pronoun - 2; i++)
        {
            if (heads[i] == verb && relations[i] == "mark" && forms[i].Equals("of", StringComparison.OrdinalIgnoreCase)) of = i;
        }
        if (of < 1 || of + 1 >= pronoun || !IsNoun(xpos[of - 1]) || xpos[of + 1] is not ("NNP" or "NNPS") || heads[of + 1] != verb) return;
        int name = of + 1;
        Hang(heads, relations, of, name, "case");
        Hang(heads, relations, verb, name, "acl:relcl");
        Hang(heads, relations, name, of - 1, "nmod");
    }

    /// <summary>
    /// "Lebanese President Joseph Aoun late on Monday condemned ...", parsed with "late" a second subject of the verb:
    /// "late" or "early" before the time it qualifies is an adverb of the verb. ("Late on Wednesday, suspected militants
    /// fired", parsed with "late" the subject and the militants its conjunct after the comma: the conjunct is the subject.)
    /// </summary>
    private static void TimeAdverbReadAsASecondSubject(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int word)
    {
        if (relations[word] != "nsubj" || heads[word] is not (> 0 and var verb) || forms[word].ToLowerInvariant() is not ("late" or "early")) return;
        if (HasDependent(heads, relations, verb, "nsubj", except: word))
        {
            relations[word] = "advmod";
            return;
        }
        for (int subject = word + 1; subject < verb; subject++)
        {
            if (heads[subject] != word || relations[subject] != "conj" || HasDependent(heads, relations, subject, "cc") || !forms[word..subject].Contains(",")) continue;
            relations[word] = "advmod";
            (heads[subject], relations[subject]) = (verb, "nsubj");
            return;
        }
    }

    /// <summary>
    /// "Three of the passengers were released hours later and told investigators ...", parsed with "told" a conjunct of
    /// "later": a verb coordinated with an adverb is coordinated with the verb the adverb modifies.
    /// </summary>
    private static void VerbCoordinatedWithAnAdverb(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "conj" || !IsVerb(xpos[verb]) || heads[verb] is not (>= 0 and var adverb) || xpos[adverb] is not ("RB" or "RBR")
            || relations[adverb] != "advmod" || heads[adverb] is not (>= 0 and var modified) || !IsVerb(xpos[modified]) || modified > verb) return;
        heads[verb] = modified;
    }

    /// <summary>
    /// "According to a poll released last week by the Pew Research Center, nearly two-thirds of Americans say ...", parsed
    /// with "released" the root and the poll its subject: a participle whose subject is what "according to" introduces
    /// describes that source, and the clause after the comma is the sentence's, with the source its oblique.
    /// </summary>
    private static void ParticipleOfAnAccordingToSourceReadAsTheRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int according)
    {
        if (relations[according] != "case" || !forms[according].Equals("according", StringComparison.OrdinalIgnoreCase) || heads[according] is not (> 0 and var source)
            || relations[source] != "nsubj" || heads[source] is not (> 0 and var participle) || xpos[participle] != "VBN" || participle < source
            || HasDependent(heads, relations, participle, "aux") || HasDependent(heads, relations, participle, "aux:pass")) return;
        int comma = participle + 1;
        while (comma < heads.Length && forms[comma] != ",") comma++;
        int verb = comma + 1;
        while (verb < heads.Length && xpos[verb] is not ("VBD" or "VBZ" or "VBP" or "MD")) verb++;
        if (verb >= heads.Length || verb - comma < 2 || !Dominates(heads, participle, verb)) return;
        // (The subject: the top of the words between the comma and the verb, a noun.)
        int subject = -1;
        for (int t = comma + 1; t < verb; t++)
        {
            if (heads[t] <= comma || heads[t] >= verb) { if (subject >= 0) return; subject = t; }
        }
        if (subject < 0 || !IsNoun(xpos[subject])) return;
        if (xpos[verb] == "MD" || forms[verb] is "is" or "are" or "was" or "were") return;
        Hang(heads, relations, verb, heads[participle], relations[participle]);
        Rehang(heads, participle, verb, comma - 1);
        Hang(heads, relations, participle, source, "acl");
        Hang(heads, relations, source, verb, "obl");
        Hang(heads, relations, subject, verb, "nsubj");
        Hang(heads, relations, comma, verb, "punct");
    }

    /// <summary>
    /// "urged the United States and France, which oversee the ceasefire, to pressure Israel ...", parsed with the "which"
    /// clause on "urged" and the infinitive its adverbial: a relative clause hangs on the noun before its comma, never on a
    /// verb, and an infinitive set off after it is the verb's complement again.
    /// </summary>
    private static void RelativeClauseHungOnTheVerbOfItsNoun(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int clause)
    {
        if (relations[clause] != "acl:relcl" || heads[clause] is not (>= 0 and var verb) || verb > clause || !IsVerb(xpos[verb])) return;
        int start = SubtreeStart(heads, clause);
        if (start < 2 || forms[start] != "," || xpos[start + 1] is not ("WDT" or "WP")) return;
        int noun = start - 1;
        while (relations[noun] is "conj" or "flat" && heads[noun] is var up && up > verb && up < noun) noun = heads[noun];
        if (!IsNoun(xpos[noun]) || heads[noun] != verb || relations[noun] != "obj") return;
        heads[clause] = noun;
        int end = SubtreeEnd(heads, clause);
        for (int i = clause + 1; i <= end; i++)
        {
            if (heads[i] == clause && relations[i] == "advcl" && xpos[i] == "VB" && forms[i - 1] == "to" && forms[i - 2] == ",") Hang(heads, relations, i, verb, "xcomp");
        }
    }

    /// <summary>
    /// "..., setting it ablaze and wounding three crew members, the British military said", parsed with "ablaze" modifying
    /// "members" and "wounding" its conjunct: "ablaze" right after the object of a verb completes that verb ("set it
    /// ablaze"), a participle coordinated with it is coordinated with the verb, and the noun "ablaze" was hung on is that
    /// participle's object.
    /// </summary>
    private static void AblazeReadAsAModifier(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int ablaze)
    {
        if (forms[ablaze] is not ("ablaze" or "alight" or "afire") || relations[ablaze] != "amod" || heads[ablaze] is not (> 0 and var noun) || noun < ablaze
            || heads[ablaze - 1] is not (>= 0 and var verb) || relations[ablaze - 1] != "obj" || !IsVerb(xpos[verb])) return;
        Hang(heads, relations, ablaze, verb, "xcomp");
        for (int i = ablaze + 1; i < noun; i++)
        {
            if (heads[i] != ablaze || relations[i] != "conj" || !IsVerb(xpos[i])) continue;
            Hang(heads, relations, i, verb, "conj");
            if (!HasDependent(heads, relations, i, "obj"))
            {
                for (int k = noun + 1; k < heads.Length; k++)
                {
                    if (heads[k] == noun && xpos[k] == ",") heads[k] = heads[noun];
                }
                Hang(heads, relations, noun, i, "obj");
            }
            return;
        }
    }

    /// <summary>
    /// "Traore has vowed to defeat the jihadis but large swaths of the country remain outside government control", parsed
    /// with "jihadis but ... swaths" the coordinated subject of "remain" and "remain" what was vowed: a noun phrase after
    /// "but" right before a finite verb is that verb's subject, the verb a clause coordinated with the one above it, and
    /// the noun before "but" the object of the verb before it that has none.
    /// </summary>
    private static void ClauseAfterButReadAsASubjectsConjunct(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int conjunct)
    {
        if (relations[conjunct] != "conj" || heads[conjunct] is not (>= 0 and var noun) || noun > conjunct || !IsNoun(xpos[noun]) || !IsNoun(xpos[conjunct])
            || relations[noun] != "nsubj" || heads[noun] is not (>= 0 and var verb) || SubtreeEnd(heads, conjunct) + 1 != verb || xpos[verb] is not ("VBP" or "VBZ" or "VBD")
            || heads[verb] is not (>= 0 and var above) || above > noun || relations[verb] is not ("xcomp" or "ccomp")) return;
        int but = -1;
        for (int i = noun + 1; i < conjunct; i++)
        {
            if (heads[i] == conjunct && relations[i] == "cc" && forms[i] is "but" or "yet") but = i;
        }
        int transitive = noun - 1;
        while (transitive > above && !IsVerb(xpos[transitive])) transitive--;
        if (but < 0 || transitive <= above || xpos[transitive] is not ("VB" or "VBD" or "VBZ" or "VBP" or "VBG") || HasDependent(heads, relations, transitive, "obj")) return;
        Hang(heads, relations, noun, transitive, "obj");
        Hang(heads, relations, conjunct, verb, "nsubj");
        Hang(heads, relations, but, verb, "cc");
        Hang(heads, relations, verb, above, "conj");
    }

    /// <summary>
    /// "... set up barricades, burned tyres and looted shops", parsed with "looted" a compound of "shops" and "shops" an oblique
    /// of "burned": a past tense after "and" read as a noun's compound (or an adjective of a noun a few words on) is the verb
    /// coordinated with the verb the noun hung on, and the noun its object.
    /// </summary>
    private static void PastTenseAfterAndReadAsACompound(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] != "VBD" || relations[verb] is not ("compound" or "amod") || verb < 2 || xpos[verb - 1] != "CC" || heads[verb] is not (> 0 and var noun)
            || noun <= verb || noun > verb + 5 || !IsNoun(xpos[noun]) || relations[verb] == "compound" && noun != verb + 1
            || heads[noun] is not (>= 0 and var coordinated) || coordinated > verb || xpos[coordinated] is not ("VBD" or "VBN" or "VBG")) return;
        // ("denied that the group was involved and accused/amod government-aligned militias of staging kidnappings": coordinated
        // with the verb that reports the clause with a subject of its own the noun was hung in.)
        if (relations[verb] == "amod" && relations[coordinated] == "ccomp" && heads[coordinated] is >= 0 and var reporter && reporter < coordinated
            && (HasASubject(heads, relations, coordinated)))
            coordinated = reporter;
        Coordinate(heads, relations, coordinated, verb - 1, verb);
        Hang(heads, relations, noun, verb, "obj");
    }

    /// <summary>
    /// "... told reporters that officers had fired warning shots and tear gas after demonstrators set up barricades", parsed with
    /// "fired" modifying "shots" and "shots" the subject of "set": a participle with an auxiliary of its own is a verb, the noun
    /// it was hung on its object; it takes the noun's place, or, where the noun was the subject of a clause a subordinator
    /// opens after it, that clause's place (and the clause its adverbial, with the "that" that marked it).
    /// </summary>
    private static void ParticipleWithAnAuxiliaryReadAsAModifier(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] != "VBN" || relations[verb] != "amod" || heads[verb] is not (> 0 and var noun) || noun < verb || !IsNoun(xpos[noun])
            || !HasDependent(heads, relations, verb, "aux")) return;
        int clause = heads[noun];
        int subordinator = -1;
        for (int i = noun + 1; clause > noun && i < clause; i++)
        {
            if (heads[i] == clause && relations[i] == "mark") subordinator = i;
        }
        if (relations[noun] is "nsubj" or "nsubj:pass" && subordinator >= 0)
        {
            Hang(heads, relations, verb, heads[clause], relations[clause]);
            for (int i = 0; i < verb; i++)
            {
                if (heads[i] == clause && relations[i] == "mark") heads[i] = verb;
            }
            Hang(heads, relations, clause, verb, "advcl");
        }
        else Hang(heads, relations, verb, heads[noun], relations[noun]);
        Hang(heads, relations, noun, verb, "obj");
    }

    /// <summary>
    /// "Thune dismissed the legislation as "a show vote" and said Democrats knew it would fail", "... told reporters that
    /// Biden will continue to fight to protect reproductive rights, and she criticized Republicans", parsed with the
    /// finite verb after "and" a conjunct of the noun before it: a finite verb coordinated with a noun is coordinated
    /// with the first verb above that noun in the same tense (past with past, present with present). So is one
    /// coordinated with a gerund ("The group has denied targeting civilians and accused the army ..."), or with an adjective a
    /// thing is called ("dismissed the measure as "dead on arrival" and accused Republicans of ...").
    /// </summary>
    private static void FiniteVerbCoordinatedWithANoun(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "conj" || xpos[verb] is not ("VBD" or "VBZ" or "VBP" or "VBN") || heads[verb] is not (>= 0 and var noun) || noun > verb
            || !IsNoun(xpos[noun]) && !(xpos[noun] == "VBG" && relations[noun] is "xcomp" or "obj" or "ccomp" && !HasDependent(heads, relations, noun, "aux"))
               && !(xpos[noun] == "JJ" && relations[noun] is "acl" or "xcomp" or "amod")
            || !HasDependent(heads, relations, verb, "cc")) return;
        // (A gerund, not a progressive's participle: "I was trying to ... but I ran out of time" coordinates the two.)
        bool past = xpos[verb] == "VBD";
        for (int above = heads[noun]; above >= 0; above = heads[above])
        {
            bool perfectAbove = xpos[above] == "VBN" && HasDependent(heads, relations, above, "aux");
            // ("had called a strike and blocked/VBN roads": a participle with the perfect right above its noun.)
            if (xpos[verb] == "VBN")
            {
                if (perfectAbove && above < noun) heads[verb] = above;
                return;
            }
            // (A perfect only above a gerund, where the past tense is a participle the tagger misread: "has denied targeting
            // civilians and accused/VBD"; "State media said the strike had hit a camp and made no mention of ..." is the media's.)
            bool perfect = xpos[noun] == "VBG" && perfectAbove;
            if (xpos[above] is not ("VBD" or "VBZ" or "VBP") && !perfect) continue;
            if (past == (xpos[above] == "VBD" || perfect) && above < noun) heads[verb] = above;
            return;
        }
    }

    /// <summary>
    /// "demanded that the interior ministry withdraw a security unit, accusing its members of beating detainees",
    /// parsed with "accusing" on "withdraw": a participle of speech after a comma, hung on a reported or
    /// demanded clause, is the speaker's, and hangs on the verb that reports or demands. So is one hung on a gerund
    /// that modifies the verb's object ("accused the White House of stonewalling their investigation ..., saying
    /// officials had refused ...").
    /// </summary>
    private static void SpeakersParticipleInTheReportedClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        if (xpos[participle] != "VBG" || relations[participle] != "advcl" || forms[participle - 1] != ",") return;
        if (!SpeechParticiples.Contains(forms[participle].ToLowerInvariant())) return;
        int clause = heads[participle];
        if (clause < 0 || heads[clause] is not (>= 0 and var above)) return;
        if (relations[clause] == "ccomp" && xpos[above] is "VBD" or "VBZ" or "VBP" or "VBN") heads[participle] = above;
        else if (relations[clause] == "acl" && xpos[clause] == "VBG" && relations[above] is "obj" or "iobj" && heads[above] is >= 0 and var verb && xpos[verb] is "VBD" or "VBZ" or "VBP"
                 && !HasDependent(heads, relations, clause, "nsubj")) heads[participle] = verb;
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
        if (verb < 0 || HasASubject(heads, relations, verb)) return;
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
    /// "The U.S. Embassy urged all sides to avoid violence, and the Law Society/conj>urged of Kenya said/acl:relcl>Society it
    /// would challenge the bill": a noun coordinated with a verb by ", and", with a finite verb right after its phrase
    /// hung on it as a relative clause that has no relative word or subject, is that verb's subject, and the verb the
    /// conjunct of the first.
    /// </summary>
    private static void SubjectOfAClauseAfterAndReadAsTheVerbsConjunct(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        // ("..., and the governor of Anbar urged/advcl residents to report": or as an adverbial clause.)
        if (xpos[verb] is not ("VBD" or "VBZ" or "VBP") || relations[verb] is not ("acl" or "acl:relcl" or "advcl:relcl" or "advcl") || heads[verb] is not (>= 0 and var noun)
            || noun >= verb || !IsNoun(xpos[noun]) || relations[noun] != "conj" || heads[noun] is not (>= 0 and var first) || first >= noun || !IsVerb(xpos[first])) return;
        // (Right after the noun's phrase: "the Law Society of Kenya said".)
        if (HasASubject(heads, relations, verb)
            || !Dominates(heads, noun, verb - 1) || Dominates(heads, verb, verb - 1)) return;
        int cc = -1;
        for (int i = first + 1; i < noun; i++)
        {
            if (heads[i] == noun && relations[i] == "cc") cc = i;
        }
        if (cc < 0) return;
        Hang(heads, relations, verb, first, "conj");
        Hang(heads, relations, noun, verb, "nsubj");
        for (int i = first + 1; i < cc + 1; i++)
        {
            if (heads[i] == noun && relations[i] is "cc" or "punct") heads[i] = verb;
        }
    }

    /// <summary>
    /// "On Monday, reinforcements were flown in from Niamey, and troops backed by helicopters arrested 12 suspects ..., the
    /// spokesman said", parsed with the troops a conjunct of Niamey and "arrested" a clause of the trailing reporter with no
    /// subject: a noun opened by ", and" and coordinated into a noun of the clause before, whose phrase ends right before a
    /// finite verb with no subject, is that verb's subject, and the verb the conjunct of that clause's verb.
    /// </summary>
    private static void SubjectOfAClauseAfterAndReadAsANounsConjunct(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] is not ("VBD" or "VBZ" or "VBP") || heads[verb] < 0 || HasASubject(heads, relations, verb)) return;
        // (The noun whose phrase ends right before the verb: "troops backed by helicopters".)
        // ("..., and Trump later called Haley": or before the verb's adverb.)
        int phraseEnd = verb - 1;
        while (phraseEnd > 0 && xpos[phraseEnd] is "RB" or "RBR" && heads[phraseEnd] == verb) phraseEnd--;
        int noun = phraseEnd;
        while (noun > 0 && relations[noun] != "conj" && heads[noun] >= 0 && heads[noun] < verb && SubtreeEnd(heads, heads[noun]) == phraseEnd) noun = heads[noun];
        if (noun < 3 || relations[noun] != "conj" || xpos[noun] is not ("NNS" or "NNPS" or "NNP") || SubtreeEnd(heads, noun) != phraseEnd) return;
        int cc = SubtreeStart(heads, noun);
        if (forms[cc] == ",") cc++;
        if (forms[cc] != "and" || heads[cc] != noun) return;
        // ("..., and government officials and 3R representatives held talks": two subjects, both read as conjuncts of the noun before.)
        int second = -1, first = cc - 1;
        if (forms[first] != "," && relations[first] == "conj" && heads[first] == heads[noun] && IsNoun(xpos[first]))
        {
            int firstCc = SubtreeStart(heads, first);
            if (forms[firstCc] == ",") firstCc++;
            if (firstCc > 1 && forms[firstCc] == "and" && heads[firstCc] == first) (second, noun, cc) = (noun, first, firstCc);
        }
        if (forms[cc - 1] != ",") return;
        int clause = heads[noun];
        clause = VerbAbove(xpos, heads, clause);
        if (clause < 0 || clause > noun || Dominates(heads, verb, clause) || !IsNoun(xpos[heads[noun]])) return;
        // ("Coulter tweeted that Trump should deport Haley, and Trump later called Haley ...": a verb already a conjunct of an earlier
        // verb stays one; the clause the noun was read into may be one it reports.)
        if (relations[verb] != "conj" || heads[verb] > noun || !IsVerb(xpos[heads[verb]])) Hang(heads, relations, verb, clause, "conj");
        Hang(heads, relations, noun, verb, "nsubj");
        if (second >= 0) Hang(heads, relations, second, noun, "conj");
        Hang(heads, relations, cc, verb, "cc");
        if (heads[cc - 1] == noun) Hang(heads, relations, cc - 1, verb, "punct");
    }

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
    /// "Separatist fighters shot dead four construction workers who were building a bridge ..., police
    /// said", parsed with the workers as what the police said: the noun phrase right after "shot dead" (or
    /// "gunned down", "hacked to death") is the verb's object.
    /// </summary>
    private static void ObjectAfterShotDead(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int dead)
    {
        // ("unidentified attackers hacked to death a local leader of the party ..., police said": or "to death".)
        bool toDeath = dead >= 2 && forms[dead].Equals("death", StringComparison.OrdinalIgnoreCase) && forms[dead - 1].Equals("to", StringComparison.OrdinalIgnoreCase)
                       && relations[dead] is "obl" or "advcl" && heads[dead] == dead - 2 && IsVerb(xpos[dead - 2]);
        // ("two gunmen on a motorcycle shot dead/amod Malik Sher Afzal Khan": "dead" read as the victim's adjective completes the verb.)
        // (Only when the words up to that noun are its own: "shot dead at least four Rohingya men" keeps the parser's reading.)
        if (!toDeath && forms[dead].Equals("dead", StringComparison.OrdinalIgnoreCase) && relations[dead] == "amod" && heads[dead] > dead && dead >= 1
            && xpos[dead - 1] is "VBD" or "VBN" && IsNoun(xpos[heads[dead]]) && OnlyNounPhraseWordsBetween(xpos, dead, heads[dead])) Hang(heads, relations, dead, dead - 1, "xcomp");
        if (!toDeath && (!forms[dead].Equals("dead", StringComparison.OrdinalIgnoreCase) || relations[dead] != "xcomp" || heads[dead] != dead - 1 || !IsVerb(xpos[dead - 1]))) return;
        int verb = toDeath ? dead - 2 : dead - 1, end = dead + 1;
        while (end < heads.Length && xpos[end] is "DT" or "CD" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS") end++;
        int noun = end - 1;
        if (noun <= dead || !IsNoun(xpos[noun]) || heads[noun] == verb && relations[noun] != "obl") return;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == verb && relations[i] == "obj") return;
        }
        heads[noun] = verb;
        relations[noun] = "obj";
        // ("a crowd beat to/mark death/advcl a young herder": "to death" is a phrase, not a clause.)
        if (toDeath && relations[dead] == "advcl")
        {
            relations[dead] = "obl";
            if (heads[dead - 1] == dead) relations[dead - 1] = "case";
        }
        // ("shot dead the mayor of Manta on Sunday as he left a restaurant, police said": what the parser hung on
        // the object for want of the verb, its day, its clauses and a trailing reporter, is the verb's.)
        for (int i = end; i < heads.Length; i++)
        {
            if (heads[i] != noun) continue;
            if (relations[i] is "advcl" or "parataxis") heads[i] = verb;
            else if (relations[i] == "nmod" && IsDayWord(forms[i])) Hang(heads, relations, i, verb, "obl");
        }
    }

    /// <summary>Whether every word after <paramref name="from"/> up to <paramref name="noun"/> is an article, count, adjective or noun.</summary>
    private static bool OnlyNounPhraseWordsBetween(ReadOnlySpan<string?> xpos, int from, int noun)
    {
        for (int i = from + 1; i <= noun; i++)
        {
            if (xpos[i] is not ("DT" or "CD" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS")) return false;
        }
        return true;
    }

    /// <summary>
    /// "two women collecting firewood near Pajok were killed by suspected cattle raiders", parsed with "Pajok" the passive's subject
    /// ("near" its case) and the women the subject of "collecting": a passive's subject opened by a preposition is a phrase of the
    /// participle right before it, and that participle's subject the passive's, which the participle describes.
    /// </summary>
    private static void PassiveSubjectWithAPreposition(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int place)
    {
        if (relations[place] != "nsubj:pass" || heads[place] is not (> 0 and var verb) || verb < place || !HasCase(heads, relations, place)) return;
        int participle = -1;
        for (int i = SubtreeStart(heads, place) - 1; i > 0 && i >= place - 8 && participle < 0; i--)
        {
            if (xpos[i] == "VBG") participle = i;
            else if (IsPunctuation(xpos[i]) || IsVerb(xpos[i])) return;
        }
        if (participle < 1 || Dominates(heads, participle, verb)) return;
        int subject = -1;
        for (int i = 0; i < participle; i++)
        {
            if (heads[i] == participle && relations[i] == "nsubj" && IsNoun(xpos[i])) subject = i;
        }
        if (subject < 0) return;
        for (int i = participle + 1; i < SubtreeStart(heads, place); i++)
        {
            if (!Dominates(heads, participle, i)) return;   // only the participle's own words between it and the phrase
        }
        Hang(heads, relations, subject, verb, "nsubj:pass");
        Hang(heads, relations, participle, subject, "acl");
        Hang(heads, relations, place, participle, "obl");
    }

    /// <summary>
    /// "In a video that circulated on social media on Monday, a dozen armed men claiming to belong to the CJNG threatened to kill",
    /// parsed with "video" the subject ("In" its case) and the men an "of"-less modifier inside its phrase: a subject opened by a
    /// preposition that opens the sentence is the verb's adverbial, and the noun phrase after its last comma, which runs to the
    /// verb, the verb's subject.
    /// </summary>
    private static void OpeningPhraseReadAsTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int phrase)
    {
        if (relations[phrase] != "nsubj" || heads[phrase] is not (> 0 and var verb) || verb < phrase || xpos[verb] is not ("VBD" or "VBZ" or "VBP")
            || !HasCase(heads, relations, phrase) || SubtreeStart(heads, phrase) != 0 || SubtreeEnd(heads, phrase) != verb - 1) return;
        int comma = verb - 1;
        while (comma > phrase && forms[comma] != ",") comma--;
        if (comma <= phrase) return;
        int subject = -1;
        for (int i = comma + 1; i < verb && subject < 0; i++)
        {
            if (IsNoun(xpos[i]) && SubtreeStart(heads, i) == comma + 1 && SubtreeEnd(heads, i) == verb - 1 && !HasCase(heads, relations, i)) subject = i;
        }
        if (subject < 0 || Dominates(heads, subject, phrase)) return;
        Hang(heads, relations, phrase, verb, "obl");
        Hang(heads, relations, subject, verb, "nsubj");
        heads[comma] = phrase;
    }

    /// <summary>
    /// "Mai-Mai militiamen armed with rifles and machetes raided the town", parsed with "rifles" the subject ("with" its case) and the
    /// militiamen an apposition of "Mai": a subject opened by a preposition right after a modifier ("armed with") is that modifier's
    /// oblique, and the noun the modifier describes is the subject (a name before it, read as the subject with the noun its
    /// apposition, the noun's compound).
    /// </summary>
    private static void ObliqueOfASubjectsModifierReadAsTheSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int thing)
    {
        if (relations[thing] != "nsubj" || heads[thing] is not (> 0 and var verb) || verb < thing || !HasCase(heads, relations, thing)) return;
        int modifier = SubtreeStart(heads, thing) - 1;
        if (modifier < 1 || xpos[modifier] is not ("JJ" or "VBN") || relations[modifier] is not ("amod" or "acl") || heads[modifier] is not (>= 0 and var noun)
            || noun > modifier || !IsNoun(xpos[noun]) || Dominates(heads, noun, verb)) return;
        Hang(heads, relations, thing, modifier, "obl");
        if (relations[noun] == "appos" && heads[noun] is >= 0 and var name && name < noun && heads[name] == verb && relations[name] == "nsubj") Hang(heads, relations, name, noun, "compound");
        Hang(heads, relations, noun, verb, "nsubj");
    }

    /// <summary>Nouns a "by" phrase names a place beside with ("a village by the river", "the camp by the road").</summary>
    private static readonly HashSet<string> WaysAndBanks = ["river", "road", "roadside", "lake", "sea", "border", "side", "highway", "bridge", "gate", "coast", "shore"];

    /// <summary>
    /// "one protester was shot dead by police in the town of Nakuru", parsed with "by police" on "dead": the
    /// agent of a passive verb whose result ("dead", "unconscious") the parser took for its head is the verb's; so is one hung
    /// on how long the act lasted ("was detained for four hours by police") or on where it went ("Two platoons were sent to the
    /// town by the Punjab government").
    /// </summary>
    private static void AgentHungOnAPassivesResult(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int agent)
    {
        if (relations[agent] is not ("obl" or "nmod") || heads[agent] is not (>= 0 and var result) || result > agent || heads[result] is not (>= 0 and var verb)
            || xpos[verb] != "VBN" || !HasDependent(heads, relations, verb, "aux:pass")) return;
        // (Or on how long it lasted: "was detained for four hours by police"; or on where to, when the "by" phrase has a
        // determiner or a name, as an agent has and a means does not: "flown to the city by helicopter" keeps its means.)
        bool destination = relations[result] == "obl" && HasDependentForm(forms, heads, relations, result, "case", "to") && IsNoun(xpos[agent])
            && (xpos[agent] is "NNP" or "NNPS" || HasDependentForm(forms, heads, relations, agent, "det", "the")) && !WaysAndBanks.Contains(forms[agent].ToLowerInvariant());
        if (!(relations[result] == "xcomp" && xpos[result] == "JJ" || destination || relations[result] == "obl" && forms[result].ToLowerInvariant() is "hours" or "days" or "minutes" or "weeks" or "months")) return;
        int by = -1;
        for (int i = result + 1; i < agent; i++)
        {
            if (heads[i] == agent && relations[i] == "case") by = i;
        }
        if (by < 0 || !forms[by].Equals("by", StringComparison.OrdinalIgnoreCase)) return;
        Hang(heads, relations, agent, verb, "obl:agent");
    }

    /// <summary>
    /// "Reinforcements were sent to Tera from Tillaberi, the regional capital, on Sunday night by the army", parsed with "by the army"
    /// on the night: an agent with a determiner or a name, hung on the time of a passive (however far down), is the passive's.
    /// </summary>
    private static void AgentHungOnATimeInAPassive(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int agent)
    {
        if (relations[agent] != "nmod" || heads[agent] is not (>= 0 and var time) || time > agent || xpos[time] is not ("NN" or "NNP")
            || !(IsDayWord(forms[time]) || forms[time] is "night" or "morning" or "evening" or "afternoon")
            || !HasDependentForm(forms, heads, relations, agent, "case", "by") || xpos[agent] is not ("NNP" or "NNPS") && !HasDependentForm(forms, heads, relations, agent, "det", "the")) return;
        int verb = heads[time];
        for (int steps = 0; verb >= 0 && steps < 3 && !(xpos[verb] == "VBN" && HasDependent(heads, relations, verb, "aux:pass")); steps++) verb = heads[verb];
        if (verb < 0 || xpos[verb] != "VBN" || verb > time) return;
        Hang(heads, relations, agent, verb, "obl:agent");
    }

    /// <summary>
    /// "Marka ... was retaken from al Shabaab by African Union and Somali forces in 2012", parsed with "by African Union" on al
    /// Shabaab: an agent with a name or a determiner, hung on a name that is an oblique of a passive, is the passive's.
    /// </summary>
    private static void AgentHungOnAPassivesOblique(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int agent)
    {
        if (relations[agent] != "nmod" || heads[agent] is not (>= 0 and var oblique) || oblique > agent || relations[oblique] != "obl" || xpos[oblique] is not ("NNP" or "NNPS")
            || heads[oblique] is not (>= 0 and var verb) || verb > oblique || xpos[verb] != "VBN" || !HasDependent(heads, relations, verb, "aux:pass")
            || !HasDependentForm(forms, heads, relations, agent, "case", "by") || xpos[agent] is not ("NNP" or "NNPS") && !HasDependentForm(forms, heads, relations, agent, "det", "the")) return;
        Hang(heads, relations, agent, verb, "obl:agent");
        // ("African Union and Somali forces", with "forces" read as the passive's object: the noun of the agent's conjunct.)
        for (int conjunct = agent + 2; conjunct + 1 < heads.Length && conjunct <= agent + 3; conjunct++)
        {
            if (heads[conjunct] != agent || relations[conjunct] != "conj" || heads[conjunct + 1] != verb || relations[conjunct + 1] != "obj" || xpos[conjunct + 1] is not ("NNS" or "NN")) continue;
            for (int i = agent + 1; i < conjunct; i++) if (heads[i] == conjunct && relations[i] == "cc") heads[i] = conjunct + 1;
            Hang(heads, relations, conjunct + 1, agent, "conj");
            Hang(heads, relations, conjunct, conjunct + 1, "amod");
        }
    }

    /// <summary>
    /// "opened fire on a bus carrying tourists ..., police said", parsed with "on" and "a" hung on "said" and "bus"
    /// as the article's punctuation: a preposition and a determiner hung on a verb, before the noun they open, are
    /// that noun's; the noun is an oblique of the verb the words before the preposition belong to, and a participle
    /// after a comma that the noun held ("..., killing at least six people") is that verb's.
    /// </summary>
    private static void PrepositionalPhraseTornFromItsNoun(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int preposition)
    {
        int determiner = preposition + 1, noun = preposition + 2;
        if (noun >= heads.Length || xpos[preposition] != "IN" || xpos[determiner] != "DT" || !IsNoun(xpos[noun]) || relations[determiner] != "det"
            || heads[preposition] is not (>= 0 and var verb) || heads[determiner] != verb || !IsVerb(xpos[verb]) || heads[noun] != determiner) return;
        int host = VerbAbove(xpos, heads, preposition - 1);
        if (host < 0 || host >= preposition) return;
        Hang(heads, relations, noun, host, "obl");
        Hang(heads, relations, preposition, noun, "case");
        Hang(heads, relations, determiner, noun, "det");
        for (int i = noun + 1; i < heads.Length; i++)
        {
            if (heads[i] == noun && relations[i] == "conj" && xpos[i] == "VBG" && i > 0 && xpos[i - 1] == ",") Hang(heads, relations, i, host, "advcl");
        }
    }

    /// <summary>
    /// "VDP fighters had rounded up and shot at least 12 Fulani men ..., accusing them of guiding the attackers", parsed with "accusing" a
    /// clause on the men: a participle after a comma that accuses or blames "them", "him" or "her" does not describe the noun it was hung on
    /// (it accuses it); it is the act of the verb that noun belongs to.
    /// </summary>
    private static void AccusingParticipleHungOnTheAccused(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        if (xpos[participle] != "VBG" || relations[participle] != "acl" || forms[participle - 1] != "," || heads[participle] is not (>= 0 and var noun) || !IsNoun(xpos[noun])
            || forms[participle] is not ("accusing" or "blaming") || !(HasDependentForm(forms, heads, relations, participle, "obj", "them") || HasDependentForm(forms, heads, relations, participle, "obj", "him")
                 || HasDependentForm(forms, heads, relations, participle, "obj", "her"))) return;
        int verb = VerbAbove(xpos, heads, heads[noun]);
        if (verb < 0 || verb > noun) return;
        Hang(heads, relations, participle, verb, "advcl");
    }

    /// <summary>
    /// "Local leaders put the toll at nine, saying the raiders also shot dead three herdsmen", parsed with the raiders what "saying" says
    /// and "shot" an adverbial of the root: a past right after the object of "saying" (or "adding") after a comma is the clause it says,
    /// the object its subject.
    /// </summary>
    private static void SubjectOfWhatSayingSaysReadAsItsObject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int saying)
    {
        // (After its comma, as an adverbial of the clause before: not "an earlier report from Bloomberg saying ...".)
        if (xpos[saying] != "VBG" || forms[saying - 1] != "," || forms[saying].ToLowerInvariant() is not ("saying" or "adding")) return;
        int subject = -1;
        for (int i = saying + 1; i < heads.Length && i <= saying + 4; i++) if (heads[i] == saying && relations[i] == "obj" && IsNoun(xpos[i])) subject = i;
        if (subject < 0) return;
        int verb = subject + 1;
        if (verb < heads.Length && xpos[verb] == "RB") verb++;
        if (verb >= heads.Length || xpos[verb] != "VBD" || heads[verb] == saying || Dominates(heads, verb, saying)) return;
        for (int i = subject + 1; i < verb; i++) Hang(heads, relations, i, verb, "advmod");
        Hang(heads, relations, verb, saying, "ccomp");
        Hang(heads, relations, subject, verb, "nsubj");
    }

    /// <summary>
    /// "A drone strike later that day hit a group of fighters fleeing along the river north of the town, killing six of them",
    /// parsed with "killing" an adverbial of "fleeing": a toll's participle after a comma, hung on a participle that describes a
    /// noun (or on the noun itself), is the act of the verb that noun belongs to.
    /// </summary>
    private static void TollParticipleHungOnANounOrItsParticiple(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int toll)
    {
        // ("clashed with a group of armed men near El Capire early on Tuesday, killing three suspects": or on a noun of the clause.)
        if (xpos[toll] != "VBG" || relations[toll] != "advcl" || forms[toll - 1] != "," || heads[toll] is not (>= 0 and var described) || described >= toll
            || !(xpos[described] == "VBG" && relations[described] == "acl" || IsNoun(xpos[described])) || forms[toll].ToLowerInvariant() is not ("killing" or "wounding" or "injuring")) return;
        int verb = VerbAbove(xpos, heads, heads[described]);
        if (verb < 0 || verb >= described || xpos[verb] is not ("VBD" or "VBZ" or "VBP")) return;
        Hang(heads, relations, toll, verb, "advcl");
    }

    /// <summary>
    /// "The incident came a day after troops captured a commander", parsed with "after troops" as a phrase
    /// and "captured" coordinated with "came": a noun opened by a subordinating "after", "before" or
    /// "since" and followed at once by a past tense (or by "as" and a progressive or passive) is that verb's
    /// subject, and the verb a clause on the word the phrase hung on.
    /// </summary>
    private static void ClauseReadAsPhrase(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (!IsNoun(xpos[noun]) || relations[noun] is not ("nmod" or "obl")) return;
        int marker = -1;
        for (int i = 0; i < noun; i++)
        {
            if (heads[i] == noun && relations[i] == "case") marker = i;
        }
        bool asClause = marker >= 1 && forms[marker].Equals("as", StringComparison.OrdinalIgnoreCase);
        if (marker < 1 || xpos[marker] != "IN" || !asClause && !Subordinators.Contains(forms[marker].ToLowerInvariant())) return;
        // ("after the Arakan Army, one of Myanmar's armed groups, attacked": past the noun's phrase and a comma.)
        int verb = SubtreeEnd(heads, noun) + 1;
        if (verb < heads.Length && xpos[verb] == ",") verb++;
        // ("detonated his explosives as officers were searching vehicles": or a progressive or passive after its
        // auxiliary, read as a clause elsewhere; only then for "as", which is also a preposition.)
        int auxiliary = verb + 1 < heads.Length && forms[verb].ToLowerInvariant() is "was" or "were" && xpos[verb + 1] is "VBG" or "VBN" ? verb++ : -1;
        // ("detained at least 40 people on Wednesday as hundreds of residents ... blocked the main highway": or a past right after a plural
        // noun's phrase, coordinated with no "and" and with no subject of its own.)
        if (asClause && auxiliary < 0 && !(verb < heads.Length && xpos[verb] == "VBD" && xpos[noun] is "NNS" or "NNPS" && relations[verb] == "conj"
                                          && !HasDependent(heads, relations, verb, "cc") && !HasDependent(heads, relations, verb, "nsubj"))) return;
        if (verb >= heads.Length || auxiliary < 0 && xpos[verb] != "VBD" || relations[verb] is not ("conj" or "parataxis") && !(auxiliary >= 0 && relations[verb] == "ccomp")) return;
        int governor = heads[noun];
        if (governor < 0) return;
        if (auxiliary >= 0) Hang(heads, relations, auxiliary, verb, xpos[verb] == "VBN" ? "aux:pass" : "aux");
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
        int verb = ObjectlessVerbBefore(xpos, heads, relations, noun);
        if (verb < 0 || Dominates(heads, noun, verb)) return;
        heads[noun] = verb;
        relations[noun] = "obj";
    }

    /// <summary>The verb right before a noun's phrase when it has no object (the noun may be it), or -1.</summary>
    private static int ObjectlessVerbBefore(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        int verb = SubtreeStart(heads, noun) - 1;
        return verb >= 0 && IsVerb(xpos[verb]) && !HasDependent(heads, relations, verb, "obj") ? verb : -1;
    }

    /// <summary>
    /// "He proposes doing away with the government mandate", parsed with "proposes" as an auxiliary of "doing":
    /// a finite verb that is no auxiliary (nor a web spelling of one, "r", "ve", nor a clitic with either
    /// apostrophe, "’re"), hung on a gerund after it as one, is the clause's verb, and the gerund its complement
    /// (what hung on the gerund before the verb, its subject, is the verb's).
    /// </summary>
    private static void VerbReadAsAnAuxiliary(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "aux" || xpos[verb] is not ("VBZ" or "VBD" or "VBP") || heads[verb] is not (> 0 and var gerund) || gerund <= verb
            || xpos[gerund] != "VBG" || forms[verb].Length < 3 || AuxiliaryForms.Contains(forms[verb].Replace('’', '\'').ToLowerInvariant())) return;
        TakeThePlaceOf(heads, relations, verb, gerund, demotedAs: "xcomp");
        for (int i = 0; i < verb; i++)
        {
            if (heads[i] == gerund) heads[i] = verb;
        }
    }

    private static readonly HashSet<string> AuxiliaryForms = new(StringComparer.Ordinal)
    {
        "am", "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "'m", "have", "has", "had", "having", "'ve", "'d", "do", "does",
        "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought", "'ll", "ca", "wo", "get", "gets", "got",
    };

    /// <summary>
    /// "Riot police used water cannon to break up a rally ... late Sunday and detained at least 38 people, the
    /// ministry said", parsed with "Sunday" as what was said and "detained" its conjunct: a time word standing
    /// in the place of a verb before it (the same head and relation, or read as the subject of the verb that
    /// reports it) is that verb's time, and the verb it governs as a conjunct is that verb's.
    /// </summary>
    private static void TimeReadAsTheClauseOfACoordinatedVerb(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int time)
    {
        if (relations[time] is not ("ccomp" or "parataxis" or "conj" or "nsubj") || !TimeWords.Contains(forms[time].ToLowerInvariant())) return;
        int conjunct = -1;
        for (int k = time + 1; k < heads.Length; k++)
        {
            if (heads[k] == time && relations[k] == "conj" && IsVerb(xpos[k])) { conjunct = k; break; }
        }
        if (conjunct < 0) return;
        int verb = -1;
        for (int k = time - 1; k >= 0; k--)
        {
            // (The same relation, or the reported clause a time read as the reporter's subject stands beside.)
            if (heads[k] == heads[time] && (relations[k] == relations[time] || relations[time] == "nsubj" && relations[k] == "ccomp") && IsVerb(xpos[k])) { verb = k; break; }
        }
        if (verb < 0) return;
        heads[time] = verb;
        relations[time] = "obl:unmarked";
        heads[conjunct] = verb;
    }

    /// <summary>
    /// "An official said Friday that hackers have targeted ...", "The Times reported Saturday that it had
    /// received ...": a that-clause after a verb and a day, parsed as a modifier of the day (and the day
    /// as a second subject), is the verb's clause and the day its time.
    /// </summary>
    private static void ThatClauseHungOnATime(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int that)
    {
        if (forms[that] != "that" || xpos[that] != "IN" || relations[that] != "mark") return;
        int clause = heads[that];
        if (clause <= that || !IsVerb(xpos[clause]) || relations[clause] is not ("acl" or "acl:relcl")) return;
        int time = heads[clause];
        if (time != that - 1 || !TimeWords.Contains(forms[time].ToLowerInvariant())) return;
        int verb = heads[time];
        if (verb < 0 || verb >= time || !IsVerb(xpos[verb]) || HasDependent(heads, relations, verb, "ccomp")) return;
        for (int k = verb + 1; k < time; k++)
        {
            if (IsVerb(xpos[k])) return;
        }
        heads[clause] = verb;
        relations[clause] = "ccomp";
        if (relations[time] is "nsubj" or "obj") relations[time] = "obl:unmarked";
    }

    /// <summary>
    /// "... decided to change course to avoid treatment by doctors, nurses or other medical workers who
    /// could leak details to reporters, a source said", parsed with "doctors" as a second clause reported by
    /// "said": a noun with a preposition of its own is no clause; when the verb already reports a clause
    /// before it, the phrase belongs to the word right before it.
    /// </summary>
    private static void PrepositionalPhraseReadAsASecondReport(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "ccomp" || !IsNoun(xpos[noun]) || !HasCase(heads, relations, noun) || heads[noun] is not (> 0 and var verb) || verb < noun) return;
        int reported = -1;
        for (int i = 0; i < noun && reported < 0; i++) reported = heads[i] == verb && relations[i] == "ccomp" && IsVerb(xpos[i]) ? i : -1;
        if (reported < 0) return;
        // (Set off by a comma, it is the reported verb's circumstance: "soldiers detained 11 people, including
        // four Colombians, on farms outside El Nula ..., relatives said"; "including" still picks a noun.)
        int start = SubtreeStart(heads, noun);
        int comma = CommaOpening(forms, heads, noun);
        int before = (comma >= 0 ? comma : start) - 1;
        bool example = false;
        for (int i = start; i < noun && !example; i++) example = heads[i] == noun && relations[i] == "case" && xpos[i] == "VBG";
        if (comma >= 0 && !example)
        {
            Hang(heads, relations, noun, reported, "obl");
            return;
        }
        if (before < 0 || !(IsNoun(xpos[before]) || IsVerb(xpos[before]))) return;
        Hang(heads, relations, noun, before, IsNoun(xpos[before]) ? "nmod" : "obl");
    }

    /// <summary>
    /// "Lawmakers have not said when they would take up the reauthorization", "isn't saying if Donald Trump's
    /// foundation violated any laws", parsed with the question as an adverbial clause: a clause opened by
    /// "if", "whether" or a wh-word right after a verb of saying is the question it reports (ccomp).
    /// </summary>
    private static void ReportedQuestionReadAsAdverbial(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int clause)
    {
        // (Or a predicate with its copula: "asked whether Republicans would be able to hold on". Not after the one
        // asked, "asked him whether ...": GUM dev lost an arc.)
        if (relations[clause] != "advcl" || heads[clause] is not (>= 0 and var verb) || verb >= clause || !IsVerb(xpos[clause]) && !HasDependent(heads, relations, clause, "cop")
            || forms[verb].ToLowerInvariant() is not ("say" or "says" or "said" or "saying" or "ask" or "asks" or "asked" or "asking")
            || HasDependent(heads, relations, verb, "ccomp")) return;
        int opener = verb + 1;
        if (SubtreeStart(heads, clause) != opener || forms[opener].ToLowerInvariant() is not ("if" or "whether" or "when" or "how" or "why" or "where" or "what" or "who")) return;
        relations[clause] = "ccomp";
    }

    /// <summary>
    /// "As a summer associate at a law firm, Loretta E. Lynch said she was asked to give a presentation",
    /// parsed with "asked" as a parataxis of "said": a clause whose subject follows a verb of reporting right
    /// away is what that verb reports (ccomp), when the verb reports nothing else.
    /// </summary>
    private static void ReportedClauseReadAsParataxis(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int clause)
    {
        if (relations[clause] != "parataxis" || heads[clause] is not (>= 0 and var verb) || verb >= clause - 1 || !ReportsToNoListener(forms[verb])
            || HasDependent(heads, relations, verb, "ccomp") || !IsVerb(xpos[clause])) return;
        int subject = verb + 1;
        if (heads[subject] != clause || relations[subject] is not ("nsubj" or "nsubj:pass")) return;
        relations[clause] = "ccomp";
    }

    /// <summary>
    /// "Rubio told reporters Tuesday that the president's new executive actions ... undermine ...", "said in an
    /// interview with The Associated Press last week that she didn't want ...", "said — on Twitter, as it
    /// happens — that Trump raised ...": whatever the parser made of it, a "that" after a verb of reporting
    /// which reports no clause, with only its listener, its time, its place or an aside between them (no other
    /// verb), opens what that verb reports; the clause's head is the first finite verb after it (or what that
    /// verb is the auxiliary or copula of).
    /// </summary>
    private static void ThatClauseAfterTheReportersAdjuncts(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        bool demand = DemandingForms.Contains(forms[verb]);
        if (!ReportingForms.Contains(forms[verb]) && !TellingForms.Contains(forms[verb]) && !forms[verb].Equals("saying", StringComparison.OrdinalIgnoreCase) && !demand
            || !IsVerb(xpos[verb]) || HasDependent(heads, relations, verb, "ccomp")) return;
        int that = verb + 1;
        while (that < forms.Length && !forms[that].Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            if (IsVerb(xpos[that]) || xpos[that] == "MD" || forms[that] is ";" or ":" or "." || xpos[that] is "``" or "''") return;
            // ("demanding claims that Israel said no": a demand's object before "that" is what the clause is about.)
            if (demand && heads[that] == verb && relations[that] is "obj" or "iobj") return;
            that++;
        }
        // (Right after the verb only for a demand whose clause the parser hung on a later verb: "the leaders demanded that
        // the authorities deploy the army inside the camps, one participant said".)
        if (that == verb + 1 && !demand || that + 2 >= forms.Length || xpos[that + 1] is not ("PRP" or "DT" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP$" or "CD" or "JJ" or "EX" or "``")) return;
        int finite = that + 1;
        // (A demand's clause is in the subjunctive, "that the government launch": its verb before any comma, or none.)
        while (finite < forms.Length && xpos[finite] is not ("VBD" or "VBZ" or "VBP" or "MD") && !(demand && xpos[finite] == "VB"))
        {
            if (forms[finite] is ";" or ":" || demand && forms[finite] == "," || IsVerb(xpos[finite]) && xpos[finite] != "VBN" && xpos[finite] != "VBG") return;
            finite++;
        }
        if (finite >= forms.Length) return;
        int clause = relations[finite] is "aux" or "aux:pass" or "cop" && heads[finite] > finite ? heads[finite] : finite;
        if (heads[clause] == verb && relations[clause] == "ccomp" || Dominates(heads, clause, verb) || Dominates(heads, that, verb)) return;
        if (that == verb + 1 && heads[clause] <= clause) return;
        // ("police said, the latest in a string of killings that police have linked to extortion gangs": a noun phrase set
        // off after the verb is the writer's, no adjunct of the verb, and the "that" after it is its relative pronoun.)
        if (forms[verb + 1] == "," && xpos[verb + 2] is "DT" or "JJS" && relations[clause] == "acl:relcl") return;
        int end = SubtreeEnd(heads, clause);
        Hang(heads, relations, clause, verb, "ccomp");
        Hang(heads, relations, that, clause, "mark");
        // The clause's own words the parser hung outside it (its subject, most often) come back to it.
        for (int i = that + 1; i <= end; i++)
        {
            if (i != clause && !Dominates(heads, clause, i) && !Dominates(heads, i, clause) && heads[i] is var head && (head < that || head > end || head == that))
                heads[i] = clause;
        }
    }

    private static readonly HashSet<string> TellingForms = new(StringComparer.OrdinalIgnoreCase) { "tell", "tells", "telling", "told" };

    private static readonly HashSet<string> DemandingForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "demanded", "demands", "demanding", "asked", "requested", "ordered", "proposed", "suggested", "recommended",
    };

    /// <summary>
    /// "the passengers were freed on Sept. 5 after community leaders negotiated with the kidnappers", parsed with "5" the
    /// number of the leaders and "on" its case: the day after a month's name is the month's, and the month with its
    /// preposition a time of the verb the later noun depends on.
    /// </summary>
    private static void DayOfAMonthReadAsTheNumberOfALaterNoun(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int day)
    {
        int month = day - 1;
        if (xpos[day] != "CD" || relations[day] != "nummod" || heads[day] is not (> 0 and var noun) || noun <= day + 1 || xpos[month] != "NNP"
            || !MonthForms.Contains(forms[month]) || heads[noun] is not (>= 0 and var verb) || !IsVerb(xpos[verb]) || Dominates(heads, month, verb)) return;
        Hang(heads, relations, month, verb, "obl");
        Hang(heads, relations, day, month, "nummod");
        if (month > 0 && xpos[month - 1] == "IN" && heads[month - 1] is var head && (head == day || head == noun)) Hang(heads, relations, month - 1, month, "case");
    }

    private static readonly HashSet<string> MonthForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
    };

    /// <summary>
    /// "freed on Sept. 5 after community leaders negotiated/acl with the kidnappers": "after" (or "before", "since", "until")
    /// read as the case of a noun a past or present tense with no subject modifies opens that verb's clause, the noun its
    /// subject, an adverbial clause of the verb the noun hung on.
    /// </summary>
    private static void ClauseAfterASubordinatorReadAsItsSubjectsModifier(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int word)
    {
        // (The cheap checks first: every preposition passes here, and only a handful reach the lower-cased word.)
        if (relations[word] != "case" || heads[word] is not (> 0 and var noun) || noun < word || !IsNoun(xpos[noun]) || heads[noun] is not (>= 0 and var head)
            || head > word || !IsVerb(xpos[head]) || forms[word].ToLowerInvariant() is not ("after" or "before" or "since" or "until")) return;
        int verb = noun + 1;
        if (verb >= heads.Length || heads[verb] != noun || relations[verb] != "acl" || xpos[verb] is not ("VBD" or "VBZ" or "VBP")
            || HasASubject(heads, relations, verb)) return;
        Hang(heads, relations, verb, head, "advcl");
        Hang(heads, relations, word, verb, "mark");
        Hang(heads, relations, noun, verb, "nsubj");
    }

    /// <summary>
    /// A subject takes no preposition: "after" (or "before", "since", "until") read as the case of the subject of a verb
    /// marks that verb's clause, an adverbial clause of the clause it depends on. "The attack came two days after soldiers
    /// arrested a regional leader ..., the Defense Department said", with "arrested" read as a second clause of "said":
    /// of the reported clause before it (with the time measured before "after"). "After/case the Supreme court failed to
    /// reach a decision ..., Trump said the deadlock has "kept us safe"", with "failed" read as what Trump said: of the
    /// verb after the comma that ends it. "The protests began last week after/case lawmakers voted/conj to raise taxes":
    /// of the verb before it.
    /// </summary>
    private static void SubordinatorReadAsAPreposition(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int word)
    {
        if (relations[word] != "case" || forms[word].ToLowerInvariant() is not ("after" or "before" or "since" or "until") || heads[word] is not (> 0 and var subject)
            || subject < word || relations[subject] is not ("nsubj" or "nsubj:pass") || heads[subject] is not (> 0 and var verb) || verb < subject || !IsVerb(xpos[verb])) return;
        if (relations[verb] == "ccomp" && heads[verb] is > 0 and var reporter && reporter > verb)
        {
            // The reported clause before it, whose adverbial clause this is.
            int clause = -1;
            for (int i = 0; i < word; i++)
            {
                if (heads[i] == reporter && relations[i] == "ccomp" && IsVerb(xpos[i])) clause = i;
            }
            if (clause >= 0 && xpos[verb] is "VBD" or "VBZ" or "VBP")
            {
                Hang(heads, relations, word, verb, "mark");
                Hang(heads, relations, verb, clause, "advcl");
                for (int i = clause + 1; i < word; i++)
                {
                    if (heads[i] == verb) heads[i] = clause;
                }
            }
            else if (word == 0 && forms[SubtreeEnd(heads, verb)] == ",")
            {
                Hang(heads, relations, word, verb, "mark");
                relations[verb] = "advcl";
            }
            return;
        }
        if (word > 0 && heads[verb] > word) return;
        Hang(heads, relations, word, verb, "mark");
        if (word > 0 && relations[verb] is "conj" or "ccomp" or "parataxis") relations[verb] = "advcl";
    }

    /// <summary>
    /// 'Ryan said that “we need more information” about ...', parsed with "that" the mark of "said" and "need" a
    /// parataxis: a "that" hung on a verb of reporting, right before a clause of the same verb (an opening
    /// quotation mark between them) whose subject comes first, marks that clause, which is what is reported.
    /// </summary>
    private static void SubordinatorLeftOnTheReporter(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int that)
    {
        if (relations[that] != "mark" || !forms[that].Equals("that", StringComparison.OrdinalIgnoreCase) || heads[that] is not (>= 0 and var verb) || verb >= that
            || !ReportsToNoListener(forms[verb]) || HasDependent(heads, relations, verb, "ccomp")) return;
        int subject = that + 1;
        if (subject < forms.Length && xpos[subject] == "``") subject++;
        if (subject >= forms.Length || relations[subject] is not ("nsubj" or "nsubj:pass" or "expl") || heads[subject] is not (> 0 and var clause)
            || heads[clause] != verb || relations[clause] is not ("parataxis" or "dep" or "advcl" or "conj") || !IsVerb(xpos[clause])) return;
        Hang(heads, relations, clause, verb, "ccomp");
        heads[that] = clause;
    }

    /// <summary>
    /// 'says on its website that “there were issues ...', parsed with "that" as a modifier of "website" and
    /// "were" hung on it: a subordinating "that" heading a verb after it is that verb's mark, and the verb
    /// takes its place (a clause on a noun).
    /// </summary>
    private static void ClauseHungOnItsSubordinator(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int that)
    {
        // ("and demanded that the government halt forced eradication.", with "that" hung on the full stop as a mark: a mark on punctuation
        // marks nothing; the verb right before it governs the clause.)
        bool markOnPunctuation = relations[that] == "mark" && heads[that] >= 0 && xpos[heads[that]] is "." or "," && that >= 1 && IsVerb(xpos[that - 1]);
        if (xpos[that] != "IN" || relations[that] is "mark" or "root" && !markOnPunctuation || !forms[that].Equals("that", StringComparison.OrdinalIgnoreCase)
            || heads[that] is not (>= 0 and var head)) return;
        int clause = -1;
        for (int i = that + 1; i < heads.Length && clause < 0; i++)
        {
            if (heads[i] == that && IsVerb(xpos[i])) clause = i;
        }
        if (clause < 0) return;
        if (markOnPunctuation)
        {
            Hang(heads, relations, clause, that - 1, "ccomp");
            Hang(heads, relations, that, clause, "mark");
            Rehang(heads, that, clause, after: that);
            return;
        }
        TakeThePlaceOf(heads, relations, clause, that, "mark");
        if (IsNoun(xpos[head])) relations[clause] = "acl";
        Rehang(heads, that, clause, after: that);
    }

    /// <summary>
    /// "The commission says on its website that there were issues ...", parsed with the that-clause a
    /// complement of "website": a that-clause on the noun of a prepositional phrase of a verb of reporting
    /// that reports nothing else is what that verb reports; so is one on the listener of "told" ("he told a
    /// meeting of Pacific Island leaders that few people understood ...", "is telling a veterans group that
    /// the military is depleted").
    /// </summary>
    private static void ThatClauseHungOnTheReportersPlace(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int clause)
    {
        // (Or read as the noun's complement, "said on Saturday that/mark there were/ccomp ...", and with a predicate for
        // its head, "said during this week's debate that he is in favor/acl of ...".)
        if (relations[clause] is not ("acl" or "ccomp") || heads[clause] is not (>= 0 and var noun) || !IsNoun(xpos[noun])) return;
        if (!IsVerb(xpos[clause]) && !(HasDependent(heads, relations, clause, "cop") && HasDependent(heads, relations, clause, "nsubj"))) return;
        int phrase = noun;
        while (relations[phrase] == "nmod" && heads[phrase] >= 0) phrase = heads[phrase];
        int verb = heads[phrase];
        bool telling = verb >= 0 && TellingForms.Contains(forms[verb]);
        if (verb < 0 || verb > phrase || !ReportingForms.Contains(forms[verb]) && !telling || HasDependent(heads, relations, verb, "ccomp")) return;
        bool place = relations[phrase] == "obl" && HasCase(heads, relations, phrase) || relations[phrase] is "obl:tmod" or "obl:unmarked" or "obl:npmod"
            || relations[phrase] == "obl" && TimeWords.Contains(forms[phrase].ToLowerInvariant());
        bool listener = relations[phrase] == "obj" && telling;
        if (!place && !listener) return;
        int that = clause - 1;
        while (that > noun && !(heads[that] == clause && relations[that] == "mark" && forms[that].Equals("that", StringComparison.OrdinalIgnoreCase))) that--;
        if (that <= noun) return;
        Hang(heads, relations, clause, verb, "ccomp");
    }

    /// <summary>
    /// "When he bought the mine, Mr. Clarke said he expected to sell its coal ...", parsed with "said" an
    /// adverbial clause of "expected": a verb of reporting with a subject of its own, hung as an adverbial
    /// clause on the verb whose subject follows it, is the sentence's verb, and that verb what it reports.
    /// </summary>
    private static void ReporterReadAsAnAdverbialOfItsClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int reporter)
    {
        if (relations[reporter] != "advcl" || !ReportsToNoListener(forms[reporter]) || heads[reporter] is not (>= 0 and var reported) || reported <= reporter + 1) return;
        if (!HasDependent(heads, relations, reporter, "nsubj") || HasDependent(heads, relations, reporter, "mark") || !IsVerb(xpos[reported])) return;
        // The reported verb's subject follows the reporter right away ("said he expected").
        if (heads[reporter + 1] != reported || relations[reporter + 1] is not ("nsubj" or "nsubj:pass")) return;
        for (int i = reporter + 2; i < reported; i++)
        {
            if (!Dominates(heads, reporter + 1, i) && heads[i] != reported) return;
        }
        TakeThePlaceOf(heads, relations, reporter, reported, "ccomp");
        for (int i = 0; i < reporter; i++)
        {
            if (heads[i] == reported) heads[i] = reporter;
        }
    }

    /// <summary>
    /// "Sani told Reuters by phone that the attackers burned houses", parsed with "that" as the subject of a
    /// relative clause on "phone": a relative clause has no second subject, so a "that" clause with a subject of
    /// its own is the clause the verb above reports ("that" its mark). So is a "that" read as the subject of a
    /// reported clause that has a subject after it.
    /// </summary>
    private static void ThatClauseWithItsOwnSubjectReadAsRelative(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int that)
    {
        if (!forms[that].Equals("that", StringComparison.OrdinalIgnoreCase)) return;
        // ("told reporters that/nsubj:pass 11 people were killed": already the reported clause, with two subjects.)
        if (relations[that] is "nsubj" or "nsubj:pass" && heads[that] is > 0 and var reported && reported > that && relations[reported] == "ccomp")
        {
            for (int i = that + 1; i < reported; i++)
            {
                if (heads[i] == reported && relations[i] is "nsubj" or "nsubj:pass") { relations[that] = "mark"; return; }
            }
        }
        if (relations[that] is not ("nsubj" or "obj")) return;
        int clause = heads[that], noun;
        // ("phone that/obj burned/relcl": or with "that" read as the noun's object and the clause hung on it.)
        int onThat = heads.IndexOf(that);
        bool hungOnThat = clause <= that && onThat > that && relations[onThat].EndsWith("relcl", StringComparison.Ordinal) && IsVerb(xpos[onThat]);
        if (hungOnThat) (noun, clause) = (heads[that], onThat);
        else if (clause > that && relations[clause] == "acl:relcl" && IsVerb(xpos[clause])) noun = heads[clause];
        else return;
        // (Read as the object, "the fees that they charge", it is a relative unless the verb has an object of its own.)
        bool ownSubject = false, ownObject = false;
        for (int i = that + 1; i < heads.Length; i++)
        {
            if (heads[i] != clause) continue;
            if (i < clause && relations[i] is "nsubj" or "nsubj:pass") ownSubject = true;
            if (i > clause && relations[i] is "obj" or "ccomp") ownObject = true;
        }
        if (!ownSubject || relations[that] == "obj" && !hungOnThat && !ownObject) return;
        int verb = noun;
        verb = VerbAbove(xpos, heads, verb);
        // ("there was no way that anybody helped us": "be" reports nothing.)
        if (verb < 0 || verb > that || HasDependent(heads, relations, verb, "ccomp")
            || forms[verb].ToLowerInvariant() is "is" or "was" or "are" or "were" or "be" or "been") return;
        Hang(heads, relations, clause, verb, "ccomp");
        Hang(heads, relations, that, clause, "mark");
    }

    /// <summary>
    /// "Clinton says at a campaign stop in Toledo, Ohio, that it means ...": a that-clause after a comma,
    /// parsed as an adverbial clause of the verb before it, is that verb's clause (adverbial clauses
    /// are "so that", "now that", not a bare "that" after a comma).
    /// </summary>
    private static void ThatClauseAfterACommaReadAsAdverbial(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int that)
    {
        if (forms[that] != "that" || xpos[that] != "IN" || relations[that] != "mark" || forms[that - 1] != ",") return;
        int clause = heads[that];
        if (clause <= that || relations[clause] != "advcl" || !IsVerb(xpos[clause])) return;
        int verb = heads[clause];
        if (verb < 0 || verb >= that || !IsVerb(xpos[verb]) || HasDependent(heads, relations, verb, "ccomp")) return;
        relations[clause] = "ccomp";
    }

    /// <summary>
    /// "The explosion went off in front of the building, according to NYPD Commissioner James O'Neill",
    /// parsed with "according" as a clause of its own and the commissioner as its object: "according to"
    /// is one preposition (UD: "according" the case marker, "to" fixed to it), and the phrase it opens an
    /// oblique of the verb the clause hung on.
    /// </summary>
    private static void AccordingToReadAsAClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int according)
    {
        if (relations[according] == "case" || !forms[according].Equals("according", StringComparison.OrdinalIgnoreCase)
            || !forms[according + 1].Equals("to", StringComparison.OrdinalIgnoreCase)) return;
        int source = -1;
        for (int i = according + 2; i < heads.Length; i++)
        {
            if (heads[i] == according && relations[i] is "obj" or "obl" or "nmod" or "iobj" or "nsubj") { source = i; break; }
        }
        if (source < 0 || !IsNoun(xpos[source]) && xpos[source] is not ("PRP" or "CD")) return;
        // The phrase hangs where the clause did; a clause hung on its own comma hangs on the comma's head.
        int governor = heads[according];
        if (governor >= 0 && xpos[governor] is "," or ".") governor = heads[governor];
        if (governor < 0 || Dominates(heads, source, governor)) return;
        Hang(heads, relations, source, governor, "obl");
        Hang(heads, relations, according, source, "case");
        Hang(heads, relations, according + 1, according, "fixed");
        // Anything else the clause governed after its object (a comma, a full stop) now goes with the phrase's governor.
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == according && i != according + 1) heads[i] = i < according ? source : governor;
        }
    }

    /// <summary>
    /// "Police fired tear gas at workers who had blocked a highway to demand unpaid wages", parsed with the
    /// demand as the police's purpose: an infinitive of protest right after a relative clause is that
    /// clause's purpose (the workers demand), not the main verb's.
    /// </summary>
    private static void ProtestersPurposeHungOnTheMainVerb(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int infinitive)
    {
        if (relations[infinitive] != "advcl" || infinitive < 2 || forms[infinitive - 1] != "to" || heads[infinitive] is not (>= 0 and var main) || main > infinitive
            || forms[infinitive].ToLowerInvariant() is not ("demand" or "protest" or "denounce" or "condemn" or "press" or "call" or "oppose" or "reject")) return;
        for (int relative = main + 1; relative < infinitive - 1; relative++)
        {
            // (The clause ends right before "to", whatever the parser hung on it later.)
            if (relations[relative] != "acl:relcl" || !Dominates(heads, main, relative) || !Dominates(heads, relative, infinitive - 2)) continue;
            heads[infinitive] = relative;
            return;
        }
    }

    /// <summary>
    /// "said last month that attacks on civilians must stop", parsed with "attacks" as the reported clause and
    /// "must stop" as its relative clause: a noun read as a clause after "that", with a subjectless relative
    /// verb, is that verb's subject, and the verb the clause.
    /// </summary>
    private static void SubjectOfAThatClauseReadAsTheClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "ccomp" || !IsNoun(xpos[noun]) || noun < 1 || !forms[noun - 1].Equals("that", StringComparison.OrdinalIgnoreCase) || heads[noun - 1] != noun) return;
        int verb = -1;
        for (int i = noun + 1; i < heads.Length; i++)
        {
            if (heads[i] == noun && relations[i] == "acl:relcl" && IsVerb(xpos[i]) || xpos[i] == "VB" && heads[i] == noun && relations[i] == "acl:relcl") { verb = i; break; }
        }
        if (verb < 0 || HasASubject(heads, relations, verb)) return;
        Rehang(heads, noun, verb, after: verb);
        Hang(heads, relations, verb, heads[noun], "ccomp");
        Hang(heads, relations, noun, verb, "nsubj");
        Hang(heads, relations, noun - 1, verb, "mark");
    }

    /// <summary>
    /// "summoned India's deputy high commissioner to lodge a protest", parsed with the infinitive as a clause
    /// of the envoy: who is summoned is told, not asked, to act; the infinitive is the summons' purpose, the
    /// summoner's act (an adverbial clause of the verb).
    /// </summary>
    private static void PurposeOfASummonsReadAsTheObjects(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int infinitive)
    {
        if (relations[infinitive] != "acl" || heads[infinitive] is not (>= 0 and var obj) || relations[obj] != "obj" || heads[obj] is not (>= 0 and var verb)
            || !forms[verb].StartsWith("summon", StringComparison.OrdinalIgnoreCase) || infinitive < 1 || forms[infinitive - 1] != "to" || heads[infinitive - 1] != infinitive) return;
        Hang(heads, relations, infinitive, verb, "advcl");
    }

    /// <summary>
    /// "When asked if he was ever bullied, Trump laughed.", parsed with the opening participle as the root and
    /// the sentence's verb as its conjunct: a subjectless participle opened by a subordinator ("when", "if",
    /// "once", "unless", "until", "as"), or opening the sentence, is an adverbial clause of the verb after the
    /// comma that has a subject.
    /// </summary>
    private static void OpeningParticipleClauseReadAsTheRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        // (Or opening the sentence itself: "Asked whether Mr. Clinton would hold a cabinet position, she laughed".)
        int root = heads.IndexOf(-1);
        bool opened = root == 1 && forms[0].ToLowerInvariant() is "when" or "if" or "once" or "unless" or "until" or "as";
        if (!opened && root != 0 || xpos[root] != "VBN" || HasASubject(heads, relations, root)) return;
        int verb = -1;
        for (int i = root + 2; i < heads.Length; i++)
        {
            if (heads[i] == root && relations[i] is "conj" or "parataxis" or "ccomp" && IsVerb(xpos[i]) && xpos[i - 1] is not "CC"
                && (HasASubject(heads, relations, i))) { verb = i; break; }
        }
        if (verb < 0) return;
        int comma = verb - 1;
        while (comma > root && xpos[comma] != ",") comma--;
        if (comma <= root + 1) return;
        for (int i = comma + 1; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] == "cc") return;
        }
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, root, verb, "advcl");
        heads[comma] = root;
        Rehang(heads, root, verb, after: verb);
        for (int i = root + 1; i < comma; i++)
        {
            if (heads[i] != verb) continue;
            heads[i] = root;
            // (The question the participle asks: "if he was ever bullied".)
            if (relations[i] == "advcl" && forms[SubtreeStart(heads, i)].ToLowerInvariant() is "if" or "whether") relations[i] = "ccomp";
        }
    }

    /// <summary>
    /// "No group claimed responsibility, but fighters linked to the Islamic State group are active in the area",
    /// parsed with "linked" as the verb of "fighters" and "are active" as what was claimed: a participle with a
    /// subject but no auxiliary, right after it, followed by a finite predicate without a subject of its own,
    /// is that subject's modifier, and the predicate its clause's.
    /// </summary>
    private static void ParticipleModifierReadAsTheVerb(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        // (So a present participle: "soldiers pursuing the raiders toward the Nigerian border clashed with them near Koza".)
        if (xpos[participle] is not ("VBN" or "VBG") || heads[participle] < 0 || HasDependent(heads, relations, participle, "aux") || HasDependent(heads, relations, participle, "aux:pass")) return;
        int subject = -1;
        for (int i = 0; i < participle; i++)
        {
            if (heads[i] == participle && relations[i] is "nsubj" or "nsubj:pass") subject = i;
        }
        if (subject < 0 || !IsNoun(xpos[subject]) || SubtreeEnd(heads, subject) != participle - 1) return;
        int next = SubtreeEnd(heads, participle) + 1;
        if (next >= heads.Length || xpos[next] is not ("VBP" or "VBZ" or "VBD")) return;
        int predicate = heads[next] > next && relations[next] is "cop" or "aux" or "aux:pass" ? heads[next] : next;
        if (HasASubject(heads, relations, predicate) || Dominates(heads, participle, predicate)) return;
        Hang(heads, relations, predicate, heads[participle], relations[participle]);
        Hang(heads, relations, subject, predicate, HasDependent(heads, relations, predicate, "aux:pass") ? "nsubj:pass" : "nsubj");
        Hang(heads, relations, participle, subject, "acl");
        for (int i = 0; i < subject; i++)
        {
            if (heads[i] == participle) heads[i] = predicate;
        }
    }

    /// <summary>
    /// "Soldiers tracking the kidnappers clashed with a group of armed men ..., the armed forces joint command said", parsed with
    /// the soldiers the reporter's subject, "tracking" a second thing said and the kidnappers the subject of "clashed": a present
    /// participle right after the opening noun, whose object the parser made the subject of the verb after it, modifies that
    /// noun, and the noun is the verb's subject.
    /// </summary>
    private static void ObjectOfAnOpeningParticipleReadAsTheVerbsSubject(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        int noun = participle - 1;
        if (xpos[participle] != "VBG" || !IsNoun(xpos[noun]) || SubtreeStart(heads, noun) != 0 || heads[participle] is not (>= 0 and var reporter) || heads[noun] != reporter
            || relations[noun] != "nsubj" || reporter < participle) return;
        int obj = -1;
        for (int i = participle + 1; i < reporter && obj < 0; i++)
        {
            if (relations[i] == "nsubj" && heads[i] > i && SubtreeStart(heads, i) == participle + 1) obj = i;
        }
        if (obj < 0 || heads[obj] is not (>= 0 and var verb) || xpos[verb] != "VBD" || heads[verb] != reporter || HasDependent(heads, relations, participle, "obj")) return;
        Hang(heads, relations, obj, participle, "obj");
        Hang(heads, relations, participle, noun, "acl");
        Hang(heads, relations, noun, verb, "nsubj");
    }

    /// <summary>
    /// "killing at least nine people, including a 12-year-old boy, and wounding 43", parsed with "wounding" as a
    /// conjunct of "boy": a gerund coordinated with a noun inside another gerund's object is that gerund's
    /// conjunct.
    /// </summary>
    private static void GerundCoordinatedWithAnObjectsNoun(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int gerund)
    {
        if (xpos[gerund] != "VBG" || relations[gerund] != "conj" || heads[gerund] is not (>= 0 and var noun) || !IsNoun(xpos[noun])) return;
        // (Bounded like every walk up the tree: a repair before may have left it malformed, and the parser's own tree is kept then.)
        for (int above = heads[noun], steps = 0; above >= 0 && steps < heads.Length; above = heads[above], steps++)
        {
            if (xpos[above] != "VBG") continue;
            if (relations[above] is "advcl" or "conj" or "xcomp") Hang(heads, relations, gerund, above, "conj");
            return;
        }
    }

    /// <summary>
    /// "Russia's Defence Ministry said its forces had struck military facilities in Kharkiv and denied hitting
    /// residential areas", parsed with "denied" as a conjunct of "struck": a verb of saying coordinated into a
    /// reported clause whose subject is a noun (the forces do not deny; a pronoun may be the speaker again:
    /// "said he had been arrested and denied wrongdoing") and without a subject of its own is the reporter's.
    /// </summary>
    private static void ReportersNextWordCoordinatedIntoWhatItSaid(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "conj" || !IsVerb(xpos[verb]) || heads[verb] is not (>= 0 and var clause)) return;
        // ("said ... that the drive would continue "until every inch of forest land is reclaimed", and accused unnamed political
        // groups ...": or into a clause inside it, after a comma.)
        while (relations[clause] is "advcl" or "xcomp" && heads[clause] >= 0 && verb >= 2 && forms[verb - 1] == "and" && forms[verb - 2] == ",") clause = heads[clause];
        if (relations[clause] != "ccomp" || heads[clause] is not (>= 0 and var reporter) || !ReportsToNoListener(forms[reporter])
            || forms[verb].ToLowerInvariant() is not ("denied" or "insisted" or "added" or "warned" or "accused" or "rejected" or "dismissed" or "blamed" or "vowed")
            || HasASubject(heads, relations, verb)) return;
        int subject = -1;
        for (int i = reporter + 1; i < clause; i++)
        {
            if (heads[i] == clause && relations[i] is "nsubj" or "nsubj:pass") subject = i;
        }
        if (subject < 0 || !IsNoun(xpos[subject]) || !HasDependent(heads, relations, reporter, "nsubj")) return;
        heads[verb] = reporter;
    }

    /// <summary>
    /// "Police fired rubber bullets at thousands of garment workers demanding unpaid wages", parsed with "demanding"
    /// as the verb's adverbial clause: a gerund right after the plural noun of a prepositional phrase of the verb, no
    /// comma between, modifies that noun (the workers demand, not the police).
    /// </summary>
    private static void GerundAfterAPrepositionsNounReadAsTheVerbs(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int gerund)
    {
        if (xpos[gerund] != "VBG" || relations[gerund] != "advcl" || gerund < 2 || heads[gerund] is not (>= 0 and var verb) || verb > gerund) return;
        int noun = gerund - 1;
        if (xpos[noun] != "NNS" || !Dominates(heads, verb, noun) || relations[noun] is not ("obl" or "nmod") || !HasCase(heads, relations, noun)) return;
        // (People an act is aimed at, "at", "on", "against": not a place marched to or through, "marched to the state
        // government headquarters demanding better protection", where the marchers demand.)
        int phrase = noun;
        while (relations[phrase] == "nmod" && heads[phrase] >= 0 && heads[phrase] != verb) phrase = heads[phrase];
        bool aimedAt = false;
        for (int i = 0; i < phrase; i++)
        {
            if (heads[i] == phrase && relations[i] == "case" && forms[i].ToLowerInvariant() is "at" or "on" or "against" or "into" or "among") aimedAt = true;
        }
        if (!aimedAt) return;
        for (int i = noun + 1; i < gerund; i++)
        {
            if (xpos[i] == ",") return;
        }
        Hang(heads, relations, gerund, noun, "acl");
    }

    /// <summary>
    /// "The Red Crescent delivered coal, electric heaters and blankets to about 600 families ..., the organisation said", parsed
    /// with "heaters" a second thing said: a bare noun the reporter takes as its complement, right after the comma that ends the
    /// object of the clause it reports, continues that object's list.
    /// </summary>
    private static void ObjectsListReadAsASecondReportedClause(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "ccomp" || !IsNoun(xpos[noun]) || heads[noun] is not (> 0 and var reporter) || reporter < noun) return;
        int comma = SubtreeStart(heads, noun);
        if (xpos[comma] != ",") comma--;
        if (comma < 2 || xpos[comma] != "," || heads[comma] != noun && heads[comma] != reporter) return;
        int listed = comma - 1;
        if (relations[listed] != "obj" || !IsNoun(xpos[listed]) || heads[listed] is not (>= 0 and var verb) || heads[verb] != reporter || relations[verb] != "ccomp") return;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == noun && relations[i] is "nsubj" or "nsubj:pass" or "cop" or "aux") return;
        }
        Hang(heads, relations, noun, listed, "conj");
        Hang(heads, relations, comma, noun, "punct");
    }

    /// <summary>
    /// A second clause of what a verb reports, read as one more clause or act of the verb, is the first clause's conjunct:
    /// after ", and" ("Police fired rubber bullets ... on Sunday, and at least three workers were killed, a union leader
    /// said", both clauses read as what "said" reports), or opened by "that" ("She noted that the odds were very low, and
    /// that Americans should worry/conj>noted more about other things", a second thing reported, not a second act).
    /// </summary>
    private static void SecondReportedClauseReadAsTheReportersOwn(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int clause)
    {
        if (relations[clause] == "ccomp" && heads[clause] is >= 0 and var reporter)
        {
            int first = -1;
            for (int i = 0; i < clause; i++)
            {
                if (heads[i] == reporter && relations[i] == "ccomp") { first = i; break; }
            }
            bool afterAnd = false;
            for (int i = SubtreeStart(heads, clause); i < clause && first >= 0; i++)
            {
                // (The conjunction may hang on the clause's subject: ", and police in Esmeraldas detained three guards".)
                bool onTheClause = heads[i] == clause || heads[i] >= 0 && heads[heads[i]] == clause && relations[heads[i]] == "nsubj";
                if (onTheClause && relations[i] == "cc" && forms[i].ToLowerInvariant() is "and" or "but") afterAnd = true;
            }
            if (afterAnd) Hang(heads, relations, clause, first, "conj");
        }
        if (relations[clause] == "conj" && heads[clause] is >= 0 and var verb && verb < clause && HasThatMark(forms, heads, relations, clause))
        {
            for (int i = verb + 1; i < clause; i++)
            {
                if (heads[i] == verb && relations[i] == "ccomp") { Hang(heads, relations, clause, i, "conj"); return; }
            }
        }
    }

    /// <summary>
    /// "Clashes ... left at least three people dead and more than 50/ccomp injured/ccomp on Sunday, police and hospital
    /// officials said", parsed with the second count and its participle as two more clauses of "said": a count after "and"
    /// read as a clause of the verb that reports a clause before it, whose object ends right before the "and", is that
    /// object's conjunct, and a participle or adjective read as a clause right after it says what it counts.
    /// </summary>
    private static void CountAfterAndReadAsASecondReport(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int count)
    {
        if (xpos[count] != "CD" || relations[count] != "ccomp" || heads[count] is not (>= 0 and var reporter) || reporter < count) return;
        int and = SubtreeStart(heads, count);
        while (and < count && !(forms[and] == "and" && xpos[and] == "CC")) and++;
        if (and >= count || and < 2) return;
        // The object of the reported clause before it, whose phrase ends right before "and".
        int obj = and - 1;
        while (obj >= 0 && relations[obj] != "obj") obj = heads[obj] > obj ? -1 : heads[obj];
        if (obj < 0 || SubtreeEnd(heads, obj) != and - 1 || heads[obj] is not (>= 0 and var clause) || heads[clause] != reporter || relations[clause] != "ccomp") return;
        Coordinate(heads, relations, obj, and, count);
        int after = SubtreeEnd(heads, count) + 1;
        if (after < reporter && heads[after] == reporter && relations[after] == "ccomp" && xpos[after] is "VBN" or "JJ")
        {
            Hang(heads, relations, after, count, "amod");
            for (int i = after + 1; i < reporter; i++)
            {
                if (heads[i] == after && relations[i] is "obl" or "obl:unmarked") heads[i] = clause;   // ("on Sunday": when the clashes left them)
            }
        }
    }

    /// <summary>
    /// "was shot at least 20 times, according to a preliminary report by the state prosecutor's office", parsed with
    /// the office as the shooting's agent: a "by" phrase right after the noun of an "according to" phrase is that
    /// noun's (whose report it is), not the passive's agent.
    /// </summary>
    private static void AgentAfterAccordingToReadAsThePassives(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int agent)
    {
        if (relations[agent] != "obl:agent" || heads[agent] is not (>= 0 and var verb)) return;
        int start = SubtreeStart(heads, agent);
        int noun = start - 1;
        if (noun < 2 || heads[noun] != verb || relations[noun] != "obl") return;
        int phrase = SubtreeStart(heads, noun);
        if (!forms[phrase].Equals("according", StringComparison.OrdinalIgnoreCase)) return;
        Hang(heads, relations, agent, noun, "nmod");
    }

    /// <summary>
    /// "The coalition called for calm, while Hamas-run media said tanks shelled homes", parsed with "said" as
    /// the root and the clause before the comma as what it reports: a root marked as subordinate ("while",
    /// "whereas", "although") after a comma is the clause before it's adverbial, and that clause the root.
    /// </summary>
    private static void SubordinateClauseReadAsTheRoot(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 3) return;
        int mark = -1;
        for (int i = 1; i < root; i++)
        {
            if (heads[i] == root && relations[i] == "mark" && forms[i - 1] == "," && forms[i].ToLowerInvariant() is "while" or "whereas" or "although" or "though") mark = i;
        }
        if (mark < 0) return;
        int clause = -1;
        for (int i = 0; i < mark - 1; i++)
        {
            if (heads[i] == root && relations[i] == "ccomp") clause = i;
        }
        if (clause < 0) return;
        Hang(heads, relations, clause, -1, "root");
        Hang(heads, relations, root, clause, "advcl");
        for (int i = 0; i < mark - 1; i++)
        {
            if (heads[i] == root) heads[i] = clause;
        }
        heads[mark - 1] = root;
    }

    /// <summary>
    /// "After Fox News executives shared the full details of the allegations, which Mr. Ailes denies, the talk of a walkout
    /// ended", parsed with "shared" as the root and "ended" its parataxis: a root the sentence's first word marks as
    /// subordinate ("after", "when", "because", ...) is the adverbial clause of the clause with its own subject after its comma.
    /// </summary>
    private static void OpeningSubordinateClauseReadAsTheRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 2) return;
        int first = 0;
        while (first < root && xpos[first] is "-LRB-" or "``") first++;
        if (heads[first] != root || relations[first] != "mark" || forms[first].ToLowerInvariant() is var marker && !(Subordinators.Contains(marker) || marker is "although" or "though" or "if")) return;
        for (int clause = root + 2; clause < heads.Length; clause++)
        {
            // (Not a trailing reporter: "While he is running third in most polls, a strong showing could ..., veteran Republicans said".)
            if (heads[clause] != root || relations[clause] != "parataxis" || !IsVerb(xpos[clause]) || !HasDependent(heads, relations, clause, "nsubj")
                || ReportingForms.Contains(forms[clause])) continue;
            int start = SubtreeStart(heads, clause);
            if (start < 1 || forms[start - 1] != "," && forms[start] != ",") return;
            Hang(heads, relations, clause, -1, "root");
            Hang(heads, relations, root, clause, "advcl");
            // (The comma before the main clause and the closing punctuation are the main clause's.)
            for (int i = start - 1; i < heads.Length; i++)
            {
                if (heads[i] == root && relations[i] == "punct" && i > clause) heads[i] = clause;
            }
            return;
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

    /// <summary>
    /// "In pamphlets circulated in Guasdualito on Wednesday, the dissidents' 10th Front threatened shopkeepers
    /// who refuse ...", parsed with the pamphlets as the root and "threatened" as an adjective of the
    /// shopkeepers: a root opened by a preposition is no clause; a past tense between a name and the noun it
    /// was made to modify is the verb, the name its subject and the noun its object.
    /// </summary>
    private static void VerbReadAsModifierUnderAPrepositionalRoot(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 1 || !IsNoun(xpos[root]) || !HasCase(heads, relations, root)) return;
        for (int verb = root + 2; verb + 1 < heads.Length; verb++)
        {
            if (xpos[verb] != "VBD" || relations[verb] is not ("amod" or "acl") || heads[verb] <= verb) continue;
            int noun = heads[verb], subject = verb - 1;
            if (!IsNoun(xpos[noun]) || !IsNoun(xpos[subject]) || heads[subject] != noun || !Dominates(heads, root, noun)) return;
            VerbReplacesTheRoot(heads, relations, verb, root);
            Hang(heads, relations, subject, verb, "nsubj");
            Hang(heads, relations, noun, verb, "obj");
            return;
        }
    }

    /// <summary>
    /// "The junta, in power since September 2021, banned all street demonstrations", parsed with "since" a subordinator,
    /// "September" the subject of "banned" and the clause a modifier of the noun root: "since" before a month, a day or a
    /// year, with a comma after it, opens a time, the word before it its head; the verb the root noun hangs it on is the
    /// sentence's, with that noun its subject.
    /// </summary>
    private static void SinceATimeReadAsAClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int since)
    {
        int time = since + 1;
        if (relations[since] != "mark" || !forms[since].Equals("since", StringComparison.OrdinalIgnoreCase) || heads[since] is not (> 0 and var verb) || verb <= time
            || heads[time] != verb || relations[time] != "nsubj" || xpos[verb] != "VBD" || xpos[since - 1] is not ("NN" or "NNS")) return;
        int comma = time + 1;
        while (comma < verb && heads[comma] == time && xpos[comma] == "CD") comma++;
        if (comma >= verb || xpos[comma] != "," || !(TimeWords.Contains(forms[time].ToLowerInvariant()) || xpos[time] == "CD")) return;
        Hang(heads, relations, since, time, "case");
        Hang(heads, relations, time, since - 1, "nmod");
        if (relations[verb] != "advcl" || heads[verb] is not (>= 0 and var noun) || noun >= since || relations[noun] != "root" || !IsNoun(xpos[noun])) return;
        heads[verb] = -1;
        relations[verb] = "root";
        Hang(heads, relations, noun, verb, "nsubj");
        Rehang(heads, noun, verb, after: verb);
    }

    /// <summary>
    /// "Gunmen suspected to be herders killed at least 23 people", parsed with "be" a verb whose subject is "herders" and
    /// "killed" a clause on the herders: a noun's hedge, "suspected (believed, thought, said) to be" a noun phrase, is a
    /// participle on the noun whose complement is that phrase (with "to" and "be" its marker and copula), and the past tense
    /// right after the phrase is the noun's verb, in the noun's place in the tree.
    /// </summary>
    private static void HedgeOnTheSubjectReadAsItsClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int hedge)
    {
        int noun = hedge - 1;
        // (The word tests before the list's, which lower-cases the word.)
        if (xpos[hedge] != "VBN" || !IsNoun(xpos[noun]) || !forms[hedge + 1].Equals("to", StringComparison.OrdinalIgnoreCase)
            || !forms[hedge + 2].Equals("be", StringComparison.OrdinalIgnoreCase) || !HedgeParticiples.Contains(forms[hedge].ToLowerInvariant())) return;
        // The phrase: at most four words of a noun phrase, ending in a noun, then the past tense.
        int verb = hedge + 3;
        while (verb < heads.Length && verb <= hedge + 7 && xpos[verb] is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "CD") verb++;
        int complement = verb - 1;
        if (verb >= heads.Length || complement < hedge + 3 || xpos[verb] != "VBD" || !IsNoun(xpos[complement]) || heads[verb] == -1 && heads[noun] != verb) return;
        // (Already read so: the noun the verb's subject.)
        if (heads[noun] == verb && relations[noun] == "nsubj") return;
        int governor = heads[noun];
        string relation = governor < 0 ? "root" : relations[noun] is "nsubj" or "nsubj:pass" ? (governor > verb ? "ccomp" : "parataxis") : relations[noun];
        if (governor >= 0 && governor > hedge && governor < verb) return;
        Hang(heads, relations, verb, governor, relation);
        Hang(heads, relations, noun, verb, "nsubj");
        Hang(heads, relations, hedge, noun, "acl");
        Hang(heads, relations, complement, hedge, "xcomp");
        Hang(heads, relations, hedge + 1, complement, "mark");
        Hang(heads, relations, hedge + 2, complement, "cop");
        for (int i = hedge + 3; i < complement; i++)
        {
            if (heads[i] < hedge + 3 || heads[i] > complement)
                Hang(heads, relations, i, complement, xpos[i] switch { "DT" => "det", "CD" => "nummod", "JJ" => "amod", _ => "compound" });
        }
        // What hung on the phrase or the hedge after the verb is the verb's.
        for (int i = verb + 1; i < heads.Length; i++)
        {
            if (heads[i] >= hedge && heads[i] <= complement || heads[i] == noun && relations[i] != "punct") heads[i] = verb;
        }
    }

    private static readonly HashSet<string> HedgeParticiples = new(StringComparer.Ordinal) { "suspected", "believed", "thought", "said", "alleged", "reported", "presumed" };

    /// <summary>
    /// "In Gambela town, the regional capital, clashes between armed Nuer and Anuak youths broke out on Wednesday",
    /// parsed with the town as the root and "broke" a relative clause of "clashes" whose subject is "youths": a
    /// relative clause with no relative word has its subject right after its noun ("the clashes they feared"), never
    /// behind a preposition, nor is its subject the second side of a "between" phrase ("Last month, clashes between the
    /// Liyu police and Oromia regional forces ... left at least 20 people dead", parsed with "month" the root). Under a
    /// root opened by a preposition or naming a time, such a verb is the sentence's own, the noun its subject, the
    /// phrase the noun's modifier (the second side the first's conjunct) and the root its oblique.
    /// </summary>
    private static void RelativeClauseWithAPrepositionalSubjectUnderAnAdverbialRoot(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 1 || !IsNoun(xpos[root])) return;
        bool time = !HasCase(heads, relations, root);
        if (time && !TimeWords.Contains(forms[root].ToLowerInvariant())) return;
        for (int verb = root + 3; verb < heads.Length; verb++)
        {
            if (relations[verb] != "acl:relcl" || xpos[verb] is not ("VBD" or "VBZ" or "VBP")) continue;
            int noun = heads[verb];
            if (noun < 0 || noun + 2 >= verb || !IsNoun(xpos[noun]) || xpos[noun + 1] != "IN" || !Dominates(heads, root, noun)) continue;
            int subject = -1;
            for (int i = noun + 1; i < verb; i++)
            {
                if (heads[i] == verb && relations[i] == "nsubj") subject = i;
                // (A relative word or "that" makes it a relative clause after all: "clashes between clans that broke out".)
                if (xpos[i] is "WDT" or "WP" or "WP$" || forms[i].Equals("that", StringComparison.OrdinalIgnoreCase)) return;
            }
            if (subject < 0) continue;
            bool prepositional = Dominates(heads, subject, noun + 1);
            // Or the second side of "between": "and", then (in this parse) the first word of the side's name made the first side's conjunct.
            int firstSide = heads[noun + 1], named = SubtreeStart(heads, subject) - 1, and = named - 1;
            if (!prepositional && (!forms[noun + 1].Equals("between", StringComparison.OrdinalIgnoreCase) || firstSide <= noun + 1 || heads[firstSide] != noun
                                   || and <= firstSide || xpos[and] != "CC" || heads[named] != firstSide || relations[named] != "conj" || xpos[named] != "NNP")) continue;
            VerbReplacesTheRoot(heads, relations, verb, root, time ? "obl:unmarked" : "obl");
            Hang(heads, relations, noun, verb, "nsubj");
            if (prepositional)
            {
                Hang(heads, relations, subject, noun, "nmod");
                return;
            }
            Coordinate(heads, relations, firstSide, and, subject);
            Hang(heads, relations, named, subject, "compound");
            return;
        }
    }

    /// <summary>
    /// "In Dadaab, which hosts more than 380,000 refugees, most of them from Somalia, the World Food Programme resumed food distributions",
    /// parsed with the town as the root and "resumed" a relative clause of "refugees" with two subjects: a verb with no relative word of
    /// its own, hung as a relative clause inside an opening prepositional root, whose last subject stands right before it after a comma,
    /// is the sentence's verb; a first subject before that comma ("most of them from Somalia") is an apposition of the noun the clause
    /// hung on, with what hung on the verb between the two.
    /// </summary>
    private static void VerbAfterAnOpeningPhrasesRelativeClauseReadAsAnotherOne(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int root = heads.IndexOf(-1);
        if (root < 1 || !IsNoun(xpos[root]) || heads[0] != root || relations[0] != "case") return;
        for (int verb = root + 4; verb < heads.Length; verb++)
        {
            if (relations[verb] != "acl:relcl" || xpos[verb] is not ("VBD" or "VBZ" or "VBP") || heads[verb] is not (> 0 and var noun) || !Dominates(heads, root, noun)) continue;
            int subject = -1, first = -1;
            for (int i = noun + 1; i < verb; i++)
            {
                if (heads[i] == verb && xpos[i] is "WDT" or "WP" or "WP$" || heads[i] == verb && forms[i].Equals("that", StringComparison.OrdinalIgnoreCase)) return;
                if (heads[i] != verb || relations[i] != "nsubj") continue;
                if (first < 0) first = i;
                subject = i;
            }
            if (subject < 0 || SubtreeEnd(heads, subject) != verb - 1 || SubtreeStart(heads, subject) is var start && (start < 1 || forms[start - 1] != ",")) return;
            VerbReplacesTheRoot(heads, relations, verb, root);
            if (first == subject) return;
            // ("most of them from Somalia": the first subject, with what hung on the verb up to the comma, is the noun's apposition.)
            int comma = SubtreeStart(heads, subject) - 1;
            for (int i = first + 1; i < comma; i++)
            {
                if (heads[i] == verb) Hang(heads, relations, i, first, relations[i] == "obl" ? "nmod" : relations[i]);
            }
            Hang(heads, relations, first, noun, "appos");
            return;
        }
    }

    /// <summary>
    /// The verb becomes the root, the old root (a prepositional phrase or a time; or a noun, its subject) its oblique, and what
    /// hung on that root after the verb the verb's.
    /// </summary>
    private static void VerbReplacesTheRoot(Span<int> heads, Span<string> relations, int verb, int root, string oblique = "obl")
    {
        heads[verb] = -1;
        relations[verb] = "root";
        Hang(heads, relations, root, verb, oblique);
        Rehang(heads, root, verb, after: verb);
    }

    /// <summary>
    /// "Federal troops shelled/amod suspected Fano positions in the hills", parsed with the troops as the root and the past
    /// tense as an adjective of the noun after it: a past tense made a modifier of a later noun under a noun root is the
    /// sentence's verb, the root's phrase (which runs up to the verb) its subject and the noun its object. So under a noun
    /// read as a second subject of a trailing reporter ("Federal troops backed by drones shelled suspected Fano positions ...,
    /// two residents told Reuters"), whose clause it then is.
    /// </summary>
    private static void PastTenseReadAsAnAdjectiveUnderANounRoot(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        for (int verb = 1; verb + 1 < heads.Length; verb++)
        {
            // (Or a past participle after a noun that ends a longer subject, under a noun root: "Banners signed by the cartel and
            // hung from bridges in Buenavista the same day threatened/VBN lime growers".)
            if (xpos[verb] is not ("VBD" or "VBN") || relations[verb] != "amod" || heads[verb] <= verb) continue;
            int noun = heads[verb];
            if (!IsNoun(xpos[noun])) return;
            if (xpos[verb] == "VBN" && (!IsNoun(xpos[verb - 1]) || heads.IndexOf(-1) is var top && (top < 0 || !IsNoun(xpos[top])))) continue;
            // The subject: the first noun above the object that stands before the verb.
            int subject = heads[noun];
            for (int depth = 0; subject >= 0 && subject > verb && depth < 8; depth++) subject = heads[subject];
            while (subject >= 0 && !IsNoun(xpos[subject]) && heads[subject] >= 0 && heads[subject] < verb) subject = heads[subject];
            if (subject < 0 || subject > verb || !IsNoun(xpos[subject]) || HasCase(heads, relations, subject)) return;
            // (A participle right after its noun is a compound's: "a taxpayer funded giveaway".)
            if (xpos[verb] == "VBN" && verb - subject < 3) return;
            // (The subject's phrase is everything between it and the verb.)
            for (int i = subject + 1; i < verb; i++)
            {
                if (!Dominates(heads, subject, i) || Dominates(heads, noun, i)) return;
            }
            int governor = heads[subject];
            bool root = governor < 0;
            bool reported = relations[subject] == "nsubj" && governor > noun && HasDependent(heads, relations, governor, "nsubj", except: subject);
            if (!root && !reported) return;
            heads[verb] = governor;
            relations[verb] = root ? "root" : "ccomp";
            heads[subject] = verb;
            relations[subject] = "nsubj";
            heads[noun] = verb;
            relations[noun] = "obj";
            if (root) Rehang(heads, subject, verb, after: verb);
            return;
        }
    }

    /// <summary>
    /// "distributed food, blankets and mattresses in Sirte to around 200 families who had fled", parsed with
    /// "to" as an infinitive's marker and "families" as a clause of the sentence: a noun cannot be an
    /// infinitive, so "to" before it is a preposition, and its phrase belongs to the verb before it.
    /// </summary>
    private static void PrepositionToReadAsInfinitiveMarker(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int to)
    {
        if (!forms[to].Equals("to", StringComparison.OrdinalIgnoreCase) || relations[to] != "mark" || heads[to] <= to) return;
        int noun = heads[to];
        if (xpos[noun] is not ("NN" or "NNS" or "NNP" or "NNPS") || relations[noun] is not ("ccomp" or "xcomp" or "advcl")) return;
        // (A plural or a noun with a determiner, number or adjective is a noun phrase; a bare "march" may be a verb
        // the tagger missed: "planned to march on Lima".)
        bool phrase = xpos[noun] is "NNS" or "NNPS";
        for (int i = to + 1; i < noun && !phrase; i++) phrase = heads[i] == noun && relations[i] is "det" or "nummod" or "amod" or "nmod:poss";
        if (!phrase) return;
        // ("to be a hub": a predicate noun with its copula is a clause.)
        for (int i = to + 1; i < noun; i++)
        {
            if (heads[i] == noun && relations[i] is "cop" or "aux") return;
        }
        int verb = heads[to - 1];
        for (int depth = 0; verb >= 0 && depth < 6 && !IsVerb(xpos[verb]); depth++) verb = heads[verb];
        if (verb < 0 || verb >= to || !IsVerb(xpos[verb])) return;
        relations[to] = "case";
        heads[noun] = verb;
        relations[noun] = "obl";
    }

    /// <summary>
    /// "... local officials said, though a rights group put the death toll at five", parsed with the
    /// "though" clause as what "said" reports: a clause that "though", "although", "whereas", "unless" or
    /// "while" introduces after a comma is an adverbial clause, not a complement (none is one in EWT or GUM
    /// train). (Not after "that": in "said that while he received care there, many of his friends had none" the
    /// parser hung the subordinator on the verb of the clause it opens, and the repair is elsewhere.)
    /// </summary>
    private static void ConcessiveClauseReadAsAComplement(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int mark)
    {
        if (mark == 0 || forms[mark - 1] != "," || relations[mark] != "mark" || heads[mark] is not (>= 0 and var clause) || relations[clause] != "ccomp") return;
        if (forms[mark].ToLowerInvariant() is "though" or "although" or "whereas" or "unless" or "while") relations[clause] = "advcl";
    }

    /// <summary>
    /// "The ministry said the fire was an accident, though residents said soldiers had set it", parsed with
    /// "set" as what the ministry said and the residents' "said" as its adverbial clause: a subordinated verb
    /// with a subject of its own, hung on the complement after it whose own subject follows it, governs that
    /// complement, and takes its place as the adverbial clause.
    /// </summary>
    private static void ReporterUnderItsOwnComplement(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "advcl" || heads[verb] is not (> 0 and var clause) || clause <= verb || relations[clause] != "ccomp" || !IsVerb(xpos[verb])) return;
        int mark = -1, subject = -1, clausesSubject = -1;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == verb && i < verb && relations[i] == "mark") mark = i;
            if (heads[i] == verb && i < verb && relations[i] == "nsubj") subject = i;
            if (heads[i] == clause && i > verb && i < clause && relations[i] is "nsubj" or "nsubj:pass") clausesSubject = i;
        }
        if (mark < 0 || subject < 0 || clausesSubject < 0 || mark == 0 || forms[mark - 1] != ",") return;
        if (forms[mark].ToLowerInvariant() is not ("though" or "although" or "while" or "whereas")) return;
        heads[verb] = heads[clause];
        heads[clause] = verb;
    }

    /// <summary>
    /// "Egypt and Qatar condemned the strike, and U.N. Secretary-General Antonio Guterres called for a ceasefire",
    /// parsed with the Secretary-General in apposition to "strike" and "called" a modifier of "strike": a past
    /// tense hung on a noun right after a noun phrase that ", and" opens, itself hung on that noun, is a clause
    /// of its own, coordinated with the verb above, and the phrase is its subject.
    /// </summary>
    private static void ClauseAfterAndReadAsApposition(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] != "VBD" || relations[verb] is not ("acl" or "acl:relcl") || heads[verb] is not (>= 0 and var noun) || noun >= verb) return;
        int subject = -1;
        for (int i = noun + 1; i < verb; i++)
        {
            if (heads[i] == noun && relations[i] is "appos" or "conj" && IsNoun(xpos[i])) subject = i;
        }
        if (subject < 0 || SubtreeEnd(heads, subject) != verb - 1) return;
        // (The comma before "and" may hang on the phrase or elsewhere.)
        int cc = SubtreeStart(heads, subject);
        if (forms[cc] == ",") cc++;
        if (cc < 1 || heads[cc] != subject || relations[cc] != "cc" || !forms[cc].Equals("and", StringComparison.OrdinalIgnoreCase) || forms[cc - 1] != ",") return;
        int clause = heads[noun];
        while (clause >= 0 && !(IsVerb(xpos[clause]) && relations[clause] is "root" or "ccomp" or "parataxis" or "conj")) clause = heads[clause];
        if (clause < 0 || clause > noun) return;
        heads[verb] = clause;
        relations[verb] = "conj";
        heads[subject] = verb;
        relations[subject] = "nsubj";
        heads[cc] = verb;
        heads[cc - 1] = verb;
    }

    /// <summary>
    /// "A spokesman said the men, whom he described as militants, opened fire when officers raided a hideout",
    /// parsed with "the men" as the object of "said" and "opened" coordinated with "said": a noun right after a
    /// verb of saying, whose relative clause ("who", "whom", "which") a comma opens and closes, right before a
    /// finite verb hung on "said" as its conjunct, is that verb's subject, and the verb is what was said.
    /// </summary>
    private static void SubjectWithARelativeClauseReadAsWhatWasSaid(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] is not ("VBD" or "VBZ" or "VBP") || relations[verb] != "conj" || heads[verb] is not (>= 0 and var said) || said >= verb
            || forms[said].ToLowerInvariant() is not ("said" or "says" or "say")) return;
        int noun = -1;
        for (int i = said + 1; i < verb && noun < 0; i++)
        {
            if (heads[i] == said && relations[i] == "obj" && IsNoun(xpos[i])) noun = i;
        }
        if (noun < 0 || noun + 1 >= verb || forms[noun + 1] != ",") return;
        int relative = -1;
        for (int i = noun + 1; i < verb; i++)
        {
            if (heads[i] == noun && relations[i] == "acl:relcl") relative = i;
        }
        if (relative < 0 || SubtreeEnd(heads, relative) + 1 != verb - 1 || forms[verb - 1] != "," || forms[noun + 2].ToLowerInvariant() is not ("who" or "whom" or "which")) return;
        heads[noun] = verb;
        relations[noun] = "nsubj";
        heads[verb] = said;
        relations[verb] = "ccomp";
        heads[verb - 1] = relative;
    }

    /// <summary>
    /// "A local administrator, speaking on condition of anonymity because he was not authorized to talk to the press,
    /// said the toll was at least 18": the speaker was read as a second subject of the "because" clause's verb
    /// (beside "he"), and that verb as what was said or as the root with "said" beside it. The noun that opens
    /// the sentence is the subject of the verb after the comma, and the "because" clause belongs to the participle
    /// hung on the noun.
    /// </summary>
    private static void SpeakerReadAsASecondSubjectOfItsExcuse(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int excuse)
    {
        if (!IsVerb(xpos[excuse])) return;
        int speaker = -1, participle = -1, ownSubject = -1, marker = -1;
        for (int i = 0; i < excuse; i++)
        {
            if (heads[i] != excuse) continue;
            if (relations[i].StartsWith("nsubj", StringComparison.Ordinal))
            {
                if (speaker < 0) speaker = i;
                else ownSubject = i;
            }
            else if (relations[i] == "mark" && Subordinators.Contains(forms[i].ToLowerInvariant())) marker = i;
        }
        if (speaker < 0 || ownSubject < 0 || marker < 0 || marker > ownSubject || !IsNoun(xpos[speaker])) return;
        for (int i = speaker + 1; i < marker && participle < 0; i++)
        {
            if (heads[i] == speaker && relations[i] == "acl" && xpos[i] == "VBG" && forms[i - 1] == ",") participle = i;
        }
        if (participle < 0) return;
        // The verb after the clause's closing comma: the clause's head, or a word hung on the clause.
        int reporter = heads[excuse] > excuse ? heads[excuse] : -1;
        if (reporter < 0)
        {
            for (int i = excuse + 1; i < heads.Length && reporter < 0; i++)
            {
                if (heads[i] == excuse && relations[i] is "parataxis" or "conj" or "ccomp") reporter = i;
            }
        }
        if (reporter < 0 || xpos[reporter] is not ("VBD" or "VBZ" or "VBP") || forms[reporter - 1] != ",") return;
        if (heads[reporter] == excuse)
        {
            Hang(heads, relations, reporter, heads[excuse], relations[excuse]);
            Rehang(heads, excuse, reporter, reporter);
        }
        Hang(heads, relations, excuse, participle, "advcl");
        Hang(heads, relations, speaker, reporter, "nsubj");
    }

    /// <summary>
    /// "He said nine people, including two lawmakers and a police officer, were killed and 23 others wounded", parsed
    /// with "people" as the object of "said" and "were killed" hung beside it: the noun right after a verb of reporting
    /// that does not name a listener, followed (after its own phrase and a comma) by an auxiliary and a verb with no
    /// subject, is that verb's subject, and the verb is what was said.
    /// </summary>
    private static void SubjectOfAReportedPassiveReadAsTheReportersObject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "obj" || !IsNoun(xpos[noun]) || heads[noun] is not (>= 0 and var reporter) || reporter >= noun
            || !ReportsToNoListener(forms[reporter]) || SubtreeStart(heads, noun) != reporter + 1) return;
        int end = SubtreeEnd(heads, noun);
        if (end + 3 >= heads.Length || forms[end + 1] != "," || xpos[end + 2] is not ("VBD" or "VBZ" or "VBP" or "MD")) return;
        int verb = heads[end + 2];
        if (verb <= end + 2 || heads[verb] != reporter || relations[verb] is not ("parataxis" or "ccomp" or "conj") || !IsVerb(xpos[verb])) return;
        for (int i = end + 2; i < verb; i++)
        {
            if (heads[i] == verb && relations[i].StartsWith("nsubj", StringComparison.Ordinal)) return;
        }
        bool passive = relations[end + 2] == "aux:pass";
        Hang(heads, relations, noun, verb, passive ? "nsubj:pass" : "nsubj");
        Hang(heads, relations, verb, reporter, "ccomp");
        heads[end + 1] = verb;
    }

    /// <summary>
    /// "Doctors Without Borders (MSF) said its team at the Diapaga medical centre treated 26 wounded", parsed with the team the
    /// object of "said" and "treated" a participle on the centre: a verb with an object of its own right after the place phrase
    /// of the noun after a verb of reporting is what was said, the noun its subject.
    /// </summary>
    private static void ReportedVerbReadAsAParticipleOnItsSubjectsPlace(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] is not ("VBN" or "VBD") || relations[verb] != "acl" || heads[verb] is not (> 0 and var place) || place != verb - 1 || relations[place] != "nmod"
            || heads[place] is not (> 0 and var noun) || relations[noun] != "obj" || heads[noun] is not (>= 0 and var reporter) || SubtreeStart(heads, noun) != reporter + 1
            || !HasDependent(heads, relations, verb, "obj") || !HasCase(heads, relations, place) || !ReportsToNoListener(forms[reporter])) return;
        Hang(heads, relations, verb, reporter, "ccomp");
        Hang(heads, relations, noun, verb, "nsubj");
    }

    /// <summary>
    /// "demanding that President Bola Tinubu send more troops to the area", parsed with "send" an open complement of "demanding": a
    /// clause "that" opens, with a subject of its own, is a complement clause.
    /// </summary>
    private static void ThatClauseReadAsAnOpenComplement(ReadOnlySpan<string> forms, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "xcomp" || !HasDependent(heads, relations, verb, "nsubj") || !HasDependentForm(forms, heads, relations, verb, "mark", "that")) return;
        relations[verb] = "ccomp";
    }

    /// <summary>
    /// "killing at least four people, among them a 12-year-old girl, and wounding 17, officials said", parsed with the girl what the
    /// officials said and "wounding" her conjunct: the noun phrase after "among them" is an apposition of the noun "them" counts, and a
    /// verb coordinated with it is the conjunct of the verb that noun belongs to.
    /// </summary>
    private static void PhraseAfterAmongThemHungElsewhere(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int them)
    {
        if (heads[them] is not (> 0 and var counted) || counted > them || !IsNoun(xpos[counted]) || heads[counted] is not (>= 0 and var verb) || !IsVerb(xpos[verb])
            || !forms[them - 1].Equals("among", StringComparison.OrdinalIgnoreCase) || !forms[them].Equals("them", StringComparison.OrdinalIgnoreCase)) return;
        int noun = them + 1;
        while (noun < heads.Length && noun <= them + 8 && !IsNoun(xpos[noun])) noun++;
        if (noun >= heads.Length || noun > them + 8) return;
        // (Up to the phrase's head: "a 12-year-old girl".)
        while (heads[noun] > noun && heads[noun] <= them + 8 && (IsNoun(xpos[heads[noun]]) || xpos[heads[noun]] == "JJ")) noun = heads[noun];
        if (!IsNoun(xpos[noun]) || heads[noun] == counted || Dominates(heads, noun, counted)) return;
        for (int i = noun + 1; i < heads.Length; i++)
        {
            if (heads[i] == noun && relations[i] == "conj" && IsVerb(xpos[i]) && !Dominates(heads, i, verb)) Hang(heads, relations, i, verb, "conj");
        }
        Hang(heads, relations, noun, counted, "appos");
    }

    /// <summary>
    /// "Al-Shabaab said in a statement on a website it uses that its fighters had killed more than 30", parsed with
    /// the "that" clause as the object of "uses": a "that" clause hung on a relative clause that reports nothing,
    /// whose noun is an adjunct of a verb of reporting without a clause of its own, is what that verb reports.
    /// </summary>
    private static void ThatClauseHungOnARelativeOfTheReportersAdjunct(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int clause)
    {
        if (relations[clause] != "ccomp" || heads[clause] is not (>= 0 and var relative) || relative > clause || relations[relative] != "acl:relcl"
            || ReportingForms.Contains(forms[relative]) || heads[relative] is not (>= 0 and var noun) || !relations[noun].StartsWith("obl", StringComparison.Ordinal)
            || heads[noun] is not (>= 0 and var reporter) || reporter > noun || !ReportsToNoListener(forms[reporter]) || HasDependent(heads, relations, reporter, "ccomp")) return;
        int that = SubtreeStart(heads, clause);
        if (!forms[that].Equals("that", StringComparison.OrdinalIgnoreCase) || heads[that] != clause || relations[that] != "mark") return;
        heads[clause] = reporter;
    }

    /// <summary>
    /// ", according to Gov. Vyacheslav Gladkov", parsed with "according to" on the title and the name as a second
    /// object of the verb before: the preposition belongs to the name the title is on, which is an oblique.
    /// </summary>
    private static void AccordingToHungOnATitle(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int according)
    {
        if (relations[according] != "case" || !forms[according].Equals("according", StringComparison.OrdinalIgnoreCase)
            || !forms[according + 1].Equals("to", StringComparison.OrdinalIgnoreCase) || heads[according] is not (>= 0 and var title) || title <= according + 1
            || relations[title] is not ("nmod:desc" or "compound") || !char.IsUpper(forms[title][0]) || heads[title] is not (>= 0 and var name) || name <= title
            || xpos[name] != "NNP") return;
        heads[according] = name;
        if (relations[name] is "obj" or "iobj" or "nsubj" && according > 0 && forms[according - 1] == ",") relations[name] = "obl";
    }

    /// <summary>
    /// "shot down 48 drones ..., including 20 over the Belgorod region, where a woman was killed": a "where" clause
    /// right after a noun and its comma is a relative clause on the place, not an adverbial clause of the verb.
    /// </summary>
    private static void WhereClauseAfterAPlaceHungOnTheVerb(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int where)
    {
        if (relations[where] != "advmod" || !forms[where].Equals("where", StringComparison.OrdinalIgnoreCase) || forms[where - 1] != ","
            || heads[where] is not (>= 0 and var clause) || clause <= where || relations[clause] is not ("advcl" or "parataxis") || !IsVerb(xpos[clause])) return;
        int place = where - 2;
        if (!IsNoun(xpos[place]) || heads[clause] == place || Dominates(heads, clause, place)) return;
        Hang(heads, relations, clause, place, "acl:relcl");
        heads[where - 1] = clause;
    }

    /// <summary>
    /// "freed two soldiers near Peque, a town southwest of Ituango where it had kidnapped them in February, the Ombudsman's Office
    /// said", parsed with the "where" clause what the trailing reporter said: a "where" clause right after a place's name is a
    /// relative clause on the place, not a report of the verb after it.
    /// </summary>
    private static void WhereClauseAfterAPlaceReadAsTheTrailingReport(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int where)
    {
        if (relations[where] != "advmod" || !forms[where].Equals("where", StringComparison.OrdinalIgnoreCase) || heads[where] is not (>= 0 and var clause) || clause <= where
            || relations[clause] != "ccomp" || heads[clause] is not (>= 0 and var reporter) || reporter < clause || !IsVerb(xpos[clause])) return;
        int place = where - 1;
        if (xpos[place] is not ("NNP" or "NN") || Dominates(heads, clause, place)) return;
        // (Only a clause that ends at the reporter's comma: not one the parser gave the main act's time and participle, "a monastery
        // where displaced villagers were sheltering ... on Saturday, killing at least 11 people, ... a resistance group said".)
        int end = SubtreeEnd(heads, clause);
        for (int k = where + 1; k < end; k++)
        {
            if (forms[k] == ",") return;
        }
        Hang(heads, relations, clause, place, "acl:relcl");
    }

    /// <summary>
    /// "It has previously denied that its forces target civilians and has suspended several media outlets", parsed
    /// with "has suspended" coordinated with "target": a perfect coordinated after a reported clause in the present,
    /// whose reporter is a perfect with the same auxiliary, is the reporter's second act.
    /// </summary>
    private static void PerfectCoordinatedIntoTheReportedClause(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (relations[verb] != "conj" || xpos[verb] != "VBN" || heads[verb] is not (>= 0 and var reported) || reported >= verb || xpos[reported] is not ("VBP" or "VBZ")
            || relations[reported] != "ccomp" || heads[reported] is not (>= 0 and var reporter) || reporter >= reported) return;
        string? own = null, reporters = null;
        for (int i = 0; i < verb; i++)
        {
            if (relations[i] != "aux") continue;
            if (heads[i] == verb) own = forms[i].ToLowerInvariant();
            else if (heads[i] == reporter) reporters = forms[i].ToLowerInvariant();
        }
        if (own is not ("has" or "have" or "had") || own != reporters) return;
        heads[verb] = reporter;
    }

    /// <summary>
    /// "..., residents said, as fighting between federal troops and Fano militiamen intensified", parsed with "as" the mark
    /// of the subject and "intensified" what the residents said: a subordinator hung on a noun that is a verb's
    /// subject marks the verb, whose clause is an adverbial one.
    /// </summary>
    private static void SubordinatorHungOnTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int marker)
    {
        if (relations[marker] != "mark" || heads[marker] is not (>= 0 and var noun) || noun != marker + 1 || !IsNoun(xpos[noun])
            || relations[noun] is not ("nsubj" or "nsubj:pass") || heads[noun] is not (>= 0 and var verb) || verb < noun || !IsVerb(xpos[verb])
            || forms[marker].ToLowerInvariant() is not ("as" or "while" or "after" or "before" or "when" or "because" or "since" or "until")) return;
        heads[marker] = verb;
        if (relations[verb] is "ccomp" or "parataxis" or "conj") relations[verb] = "advcl";
    }

    /// <summary>
    /// "demanded that judges stop granting bail ..., accusing some magistrates of taking bribes from the criminal groups they
    /// are meant to try", parsed with "meant" as what was demanded and the whole "that" clause hung on it: a clause whose
    /// pronoun subject stands right after a noun of a clause hung on it, before that noun, is the noun's relative clause with
    /// no relative word, and the clause hung on it takes its place. (Not a conditional's consequence: "if I spent the night I
    /// would've took a shower", no modal and no subordinator but "that".)
    /// </summary>
    private static void RelativeClauseWithoutARelativeWordReadAsItsHostsHead(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int subject)
    {
        int noun = subject - 1;
        if (xpos[subject] != "PRP" || !relations[subject].StartsWith("nsubj", StringComparison.Ordinal) || heads[subject] is not (> 0 and var verb) || verb < subject
            || xpos[noun] is not ("NN" or "NNS") || relations[verb] is not ("ccomp" or "parataxis" or "advcl") || !Dominates(heads, verb, noun)) return;
        // The clause hung on the verb that holds the noun: opened before it, with a verb of its own.
        int hosted = noun;
        for (int steps = 0; heads[hosted] != verb; steps++)
        {
            if (heads[hosted] < 0 || steps > heads.Length) return;
            hosted = heads[hosted];
        }
        if (hosted >= noun || !IsVerb(xpos[hosted]) || relations[hosted] is not ("advcl" or "ccomp" or "xcomp")) return;
        for (int w = 0; w < heads.Length; w++)
        {
            if (heads[w] == verb && xpos[w] == "MD" || heads[w] == hosted && relations[w] == "mark" && !forms[w].Equals("that", StringComparison.OrdinalIgnoreCase)) return;
        }
        heads[hosted] = heads[verb];
        relations[hosted] = relations[verb];
        Hang(heads, relations, verb, noun, "acl:relcl");
    }

    /// <summary>
    /// "JNIM on Monday freed 11 truck drivers its fighters had abducted near Youwarou last month, a transport union official said",
    /// parsed with "abducted" a second clause the trailing reporter said: a past with no object whose subject stands right after
    /// a verb's object is that object's relative clause with no relative word. (Not after a verb of telling, "told residents
    /// they had withdrawn", where the clause is what was told.)
    /// </summary>
    private static void ObjectlessRelativeClauseHungElsewhere(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "obj" || xpos[noun] is not ("NN" or "NNS") || heads[noun] is not (>= 0 and var verb) || verb > noun) return;
        int subject = xpos[noun + 1] is "PRP$" or "DT" ? noun + 2 : noun + 1;
        if (subject + 1 >= heads.Length || relations[subject] != "nsubj" || xpos[subject] is not ("PRP" or "NN" or "NNS" or "NNP") || heads[subject] is not (> 0 and var clause)
            || clause <= subject || clause > subject + 2 || clause == subject + 2 && relations[subject + 1] != "aux" || xpos[clause] is not ("VBN" or "VBD")
            || relations[clause] is not ("ccomp" or "parataxis" or "conj" or "advcl") || heads[clause] == noun || Dominates(heads, clause, noun)
            || HasDependent(heads, relations, clause, "obj") || HasDependent(heads, relations, clause, "ccomp") || HasDependent(heads, relations, clause, "xcomp")
            || forms[verb].ToLowerInvariant() is "told" or "tell" or "tells" or "informed" or "warned" or "assured" or "reminded" or "promised" or "showed" or "convinced") return;
        Hang(heads, relations, clause, noun, "acl:relcl");
    }

    /// <summary>
    /// "Police had detained dozens of young men ..., accusing them of supplying the militia, relatives said", parsed with
    /// "accusing" on "said": a participle after a comma, between the reported clause and the trailing reporter, hung on the
    /// reporter's verb, is the reported clause's (the relatives did not accuse anyone).
    /// </summary>
    private static void ParticipleOfTheReportedClauseHungOnATrailingReporter(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        if (xpos[participle] != "VBG" || forms[participle - 1] != "," || heads[participle] is not (> 0 and var said) || said <= participle
            || forms[said].ToLowerInvariant() is not ("said" or "says" or "say" or "told" or "reported") || relations[participle] is not ("advcl" or "xcomp" or "ccomp" or "parataxis")) return;
        int reported = -1, reporter = -1;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] != said) continue;
            if (relations[i] == "ccomp" && i < participle && IsVerb(xpos[i])) reported = i;
            if (relations[i] == "nsubj") reporter = i;
        }
        if (reported < 0 || reporter <= participle) return;
        // (The nearest verb of that clause: "deployed additional troops ..., and soldiers raided homes ..., detaining at least 23 young men".)
        int verb = participle - 1;
        while (verb > reported && !(xpos[verb] is "VBD" or "VBN" or "VBZ" or "VBP" && relations[verb] is "conj" or "ccomp" && Dominates(heads, reported, verb))) verb--;
        Hang(heads, relations, participle, verb, "advcl");
    }

    /// <summary>
    /// "accused armed youths of carrying out the raid, a charge Dodoth leaders in Kaabong rejected", parsed with "rejected" a clause of
    /// "accused": a past with no object whose subject follows right after an apposed noun ("a charge") is a relative clause on that
    /// noun with no pronoun, the noun its object.
    /// </summary>
    private static void RelativeClauseOnAnApposedNounReadAsAClause(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] != "VBD" || relations[verb] is not ("ccomp" or "parataxis" or "conj") || HasDependent(heads, relations, verb, "obj")
            || HasDependent(heads, relations, verb, "ccomp") || HasDependent(heads, relations, verb, "xcomp")) return;
        int subject = -1;
        for (int i = 0; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] == "nsubj") { subject = i; break; }
        }
        if (subject < 3) return;
        int noun = SubtreeStart(heads, subject) - 1;
        if (noun < 2 || xpos[noun] is not ("NN" or "NNS") || relations[noun] != "appos" || xpos[noun - 1] != "DT" || xpos[noun - 2] != "," || Dominates(heads, verb, noun)) return;
        Hang(heads, relations, verb, noun, "acl:relcl");
    }

    /// <summary>
    /// "denied that any of the group's fighters had entered Chad and threatened to attack Chadian troops", "demanded that Dodoth elders
    /// return the stolen cattle and threatened to raid Dodoth kraals", parsed with the threat a conjunct inside what is denied or
    /// demanded: a threat or vow with no subject of its own, and an infinitive or a clause of its own, coordinated with the verb of a
    /// "that" clause a speaker denies, demands or says is the speaker's second act.
    /// </summary>
    private static void SpeakersThreatReadAsAConjunctOfWhatHeSaid(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int threat)
    {
        if (relations[threat] != "conj" || xpos[threat] != "VBD" || forms[threat] is not ("threatened" or "warned" or "vowed" or "pledged")
            || HasDependent(heads, relations, threat, "nsubj") || !HasDependent(heads, relations, threat, "xcomp") && !HasDependent(heads, relations, threat, "ccomp")
            || heads[threat] is not (> 0 and var inner) || relations[inner] != "ccomp" || !HasThatMark(forms, heads, relations, inner)
            || heads[inner] is not (>= 0 and var speaker) || forms[speaker] is not ("denied" or "demanded" or "said" or "insisted" or "claimed" or "added" or "stated")) return;
        Hang(heads, relations, threat, speaker, "conj");
    }

    /// <summary>
    /// "freed four truck drivers in Bozoum, two weeks after seizing them", parsed with "two weeks" a conjunct (or an apposition) of the
    /// drivers and the gerund its modifier: a count of days or weeks after a comma, with a gerund opened by "after" or "before", is how long before or
    /// after the verb the gerund's act was, and the gerund the verb's adverbial clause.
    /// </summary>
    private static void SpanBeforeAGerundReadAsAConjunct(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int span)
    {
        if (relations[span] is not ("conj" or "ccomp" or "appos") || forms[span] is not ("days" or "weeks" or "months" or "hours") || span < 3 || forms[span - 2] != ","
            || heads[span] is not (>= 0 and var first)) return;
        // (Or a second clause of a trailing reporter: "freed a rice trader ..., two days after seizing him ..., his brother said".)
        int verb = -1;
        // (Or its apposition: "freed 12 bus passengers in the bush near Diébougou, 10 days after abducting them".)
        if (relations[span] is "conj" or "appos" && heads[first] >= 0 && IsVerb(xpos[heads[first]]) && heads[first] < first) verb = heads[first];
        for (int i = 0; i < span - 2 && relations[span] == "ccomp" && first > span; i++)
        {
            if (heads[i] == first && relations[i] == "ccomp" && IsVerb(xpos[i])) verb = i;
        }
        if (verb < 0) return;
        int gerund = span + 2;
        if (gerund >= heads.Length || forms[span + 1] is not ("after" or "before") || xpos[gerund] != "VBG" || heads[gerund] != span) return;
        Hang(heads, relations, gerund, verb, "advcl");
        Hang(heads, relations, span, gerund, "obl:unmarked");
        Hang(heads, relations, span + 1, gerund, "mark");
        heads[span - 2] = gerund;
    }

    /// <summary>
    /// "In April last year, the KNLA and allied militias overran the army's main base", "Last week, the World Food Programme and local
    /// charities delivered rice", parsed with the first side hung on the opening time (a conjunct or an apposition, the time even the
    /// root) and the second the verb's subject: after an opening time and its comma, a noun phrase and "and" another noun opening a
    /// subject are the two sides of that subject, the first the verb's subject and the second its conjunct.
    /// </summary>
    private static void FirstSideHungOnAnOpeningTime(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations)
    {
        int comma = 2;
        while (comma < heads.Length && comma <= 5 && forms[comma] != ",") comma++;
        if (comma > 5 || comma + 4 >= heads.Length) return;
        int first = comma + 1;
        while (first < heads.Length - 3 && relations[first] is "det" or "amod" or "compound" && heads[first] > first) first = heads[first];
        if (!IsNoun(xpos[first]) || relations[first] is not ("conj" or "appos") || heads[first] is not (>= 0 and var opening) || opening >= comma) return;
        int and = first + 1;
        if (and >= heads.Length || forms[and] != "and") return;
        int second = and + 1;
        while (second < heads.Length - 1 && !IsNoun(xpos[second]) && xpos[second] is "JJ" or "VBN" or "DT") second++;
        if (!IsNoun(xpos[second]) || relations[second] != "nsubj" || heads[second] is not (> 0 and var verb) || verb <= second || !IsVerb(xpos[verb])) return;
        // (The string work last: every sentence with an early comma passes the lines above.)
        if (!TimeWords.Contains(forms[comma - 1].ToLowerInvariant())) return;
        // (The time heading the whole sentence: the verb is the root, hung on the first side as its conjunct.)
        if (heads[verb] == first && relations[verb] == "conj" && heads[opening] < 0)
        {
            Hang(heads, relations, verb, -1, "root");
            Hang(heads, relations, opening, verb, "obl:unmarked");
            for (int k = 0; k < heads.Length; k++)
            {
                if (k > first && heads[k] == opening) heads[k] = verb;
            }
        }
        if (Dominates(heads, first, verb)) return;
        Hang(heads, relations, first, verb, "nsubj");
        Hang(heads, relations, second, first, "conj");
        // ("and allied": the words between are the second side's, where nothing hangs on them.)
        for (int k = and; k < second; k++)
        {
            if (heads.IndexOf(k) < 0) Hang(heads, relations, k, second, forms[k] == "and" ? "cc" : xpos[k] == "DT" ? "det" : "amod");
        }
        if (heads[comma] < first && heads[comma] != verb && heads[comma] != opening) heads[comma] = opening;
    }

    /// <summary>
    /// "gunmen shot dead a polio vaccinator and the policeman escorting him", parsed with the policeman the subject of a clause
    /// "escorting him" coordinated with "shot": a noun after "and" right before a participle with no subject of its own, after
    /// the verb's object, is that object's conjunct, and the participle describes it.
    /// </summary>
    private static void ObjectsConjunctReadAsTheSubjectOfAParticiple(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        int noun = participle - 1;
        if (xpos[participle] != "VBG" || relations[participle] != "conj" || heads[participle] is not (>= 0 and var verb) || !IsVerb(xpos[verb]) || verb > noun
            || heads[noun] != participle || relations[noun] != "nsubj" || !IsNoun(xpos[noun])) return;
        int and = SubtreeStart(heads, noun) - 1;
        if (and < 1 || xpos[and] != "CC" || heads[and] != participle) return;
        int obj = -1;
        for (int i = verb + 1; i < and; i++)
        {
            if (heads[i] == verb && relations[i] == "obj") obj = i;
        }
        // (With a pronoun for its object, the one the object names: "the policeman escorting him"; not "remove all troops ... except
        // for a counterterrorism force and the troops guarding the United States Embassy".)
        if (obj < 0 || SubtreeEnd(heads, obj) != and - 1) return;
        bool pronounObject = false;
        for (int i = participle + 1; i < heads.Length && i <= participle + 2; i++) pronounObject |= heads[i] == participle && relations[i] == "obj" && xpos[i] == "PRP";
        if (!pronounObject) return;
        Coordinate(heads, relations, obj, and, noun);
        Hang(heads, relations, participle, noun, "acl");
    }

    /// <summary>
    /// "..., and in March last year a suicide bomber killed four policemen", parsed with the month a conjunct of a place before
    /// it: a month or day after "and" and its preposition, before the subject of a verb coordinated with the sentence's, dates
    /// that verb.
    /// </summary>
    private static void TimeOfACoordinatedClauseReadAsAConjunct(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int time)
    {
        // (The string work last: it runs for every conjunct.)
        if (relations[time] != "conj" || time < 2 || heads[time - 2] != time || forms[time - 2] != "and" || !StartsUpper(forms[time]) || !HasCase(heads, relations, time)
            || !TimeWords.Contains(forms[time].ToLowerInvariant())) return;
        // The verb whose subject follows the time's words ("last year").
        int verb = -1;
        for (int i = time + 1; i < heads.Length && i <= time + 8; i++)
        {
            if (xpos[i] is "VBD" && relations[i] == "conj" && HasDependent(heads, relations, i, "nsubj")) { verb = i; break; }
            if (xpos[i] is "," or "." || IsVerb(xpos[i])) return;
        }
        if (verb < 0 || Dominates(heads, time, verb)) return;
        for (int i = time + 1; i < verb; i++)
        {
            // ("last year" left elsewhere is the month's.)
            if (forms[i].Equals("year", StringComparison.OrdinalIgnoreCase) && relations[i] is "obl:unmarked" or "obl" or "nmod" && !Dominates(heads, i, time)) Hang(heads, relations, i, time, "nmod:unmarked");
        }
        Hang(heads, relations, time, verb, "obl");
        Hang(heads, relations, time - 2, verb, "cc");
    }

    /// <summary>
    /// "released 17 bus passengers whom they had abducted earlier this month", parsed with "whom" an object hung on "passengers" and
    /// the clause a relative clause on "whom": the clause is the noun's, and "whom" its verb's object.
    /// </summary>
    private static void RelativeClauseHungOnItsPronoun(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int whom)
    {
        if (xpos[whom] != "WP" || relations[whom] is not ("obj" or "obl") || heads[whom] is not (>= 0 and var head) || !forms[whom].Equals("whom", StringComparison.OrdinalIgnoreCase)) return;
        // ("released 17 bus passengers near Niafunke whom they had seized ..., a community leader said", with the clause a complement of
        // the trailing "said": the clause is the relative clause of the noun before "whom", over the place that modifies it.)
        // ("released 22 workers of the hardline Tehreek-e-Labbaik Pakistan (TLP) party whom they had detained last week", with the clause
        // an adverbial of "released" and "whom" its oblique: so, and "whom" is what the clause's verb took.)
        if (head > whom && IsVerb(xpos[head]) && (relations[head] is "ccomp" or "parataxis" && heads[head] > head || relations[head] == "advcl" && heads[head] >= 0 && heads[head] < whom)
            && IsNoun(xpos[whom - 1]))
        {
            int antecedent = whom - 1;
            while (relations[antecedent] == "nmod" && heads[antecedent] is >= 0 and var owner && owner < antecedent && IsNoun(xpos[owner])) antecedent = owner;
            if (Dominates(heads, head, antecedent)) return;
            Hang(heads, relations, head, antecedent, "acl:relcl");
            if (relations[whom] == "obl" && !HasDependent(heads, relations, head, "obj")) relations[whom] = "obj";
            return;
        }
        if (relations[whom] != "obj" || head > whom || !IsNoun(xpos[head])) return;
        for (int clause = whom + 1; clause < heads.Length; clause++)
        {
            if (heads[clause] != whom || relations[clause] != "acl:relcl" || !IsVerb(xpos[clause]) || HasDependent(heads, relations, clause, "obj")) continue;
            Hang(heads, relations, clause, head, "acl:relcl");
            Hang(heads, relations, whom, clause, "obj");
            return;
        }
    }

    /// <summary>
    /// "hundreds of bus and taxi drivers", parsed with "drivers" a conjunct of "bus": a bare singular noun coordinated with a plural
    /// noun that has a compound of its own right after "and" modifies that plural noun as the compound does ("bus and taxi drivers",
    /// "oil and gas workers"); the plural noun heads the phrase.
    /// </summary>
    private static void ModifiersCoordinatedBeforeTheirNoun(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "conj" || xpos[noun] != "NNS" || heads[noun] is not (>= 0 and var modifier) || modifier + 3 != noun || xpos[modifier] != "NN"
            || heads[noun - 1] != noun || relations[noun - 1] != "compound" || xpos[noun - 1] != "NN" || !forms[modifier + 1].Equals("and", StringComparison.OrdinalIgnoreCase)) return;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == modifier && relations[i] is "det" or "nummod" or "amod" or "nmod:poss" or "compound") return;   // (not "tear gas and rubber bullets")
        }
        int and = modifier + 1, second = noun - 1;
        Hang(heads, relations, noun, heads[modifier], relations[modifier]);
        Rehang(heads, modifier, noun, after: -1);
        Hang(heads, relations, modifier, noun, "compound");
        Coordinate(heads, relations, modifier, and, second);
    }

    /// <summary>
    /// "..., and last week soldiers and police raided homes", parsed with "last week" a compound of "soldiers": a time word with
    /// "last" or "this" before the subject it modifies is when the subject's verb acted.
    /// </summary>
    private static void TimeReadAsACompoundOfTheSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int time)
    {
        if (relations[time] != "compound" || heads[time] is not (> 0 and var subject) || subject < time || relations[subject] is not ("nsubj" or "nsubj:pass")
            || heads[subject] is not (>= 0 and var verb) || !IsVerb(xpos[verb]) || xpos[time - 1] != "JJ" || heads[time - 1] != time
            || forms[time - 1].ToLowerInvariant() is not ("last" or "this") || !TimeWords.Contains(forms[time].ToLowerInvariant())) return;
        Hang(heads, relations, time, verb, "obl:unmarked");
    }

    /// <summary>
    /// "..., and last Thursday gunmen shot dead a community leader ..., the AP reported", parsed with the day under "and" and
    /// the verb under the day as punctuation: a day after "and" that heads a past verb with a subject of its own opens a
    /// clause coordinated with the one "and" hung on (or with that one's own head, when it was a conjunct).
    /// </summary>
    private static void ClauseAfterAndReadAsPunctuation(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int time)
    {
        if (relations[time] != "punct" || xpos[time] is not ("NNP" or "NN") || heads[time] is not (>= 0 and var and) || and >= time
            || relations[and] != "cc" || heads[and] is not (>= 0 and var joined)) return;
        int verb = -1;
        for (int i = time + 1; i < heads.Length && i <= time + 8; i++)
        {
            if (heads[i] == time && relations[i] == "punct" && xpos[i] == "VBD" && HasDependent(heads, relations, i, "nsubj")) { verb = i; break; }
        }
        int clause = relations[joined] == "conj" && heads[joined] >= 0 ? heads[joined] : joined;
        if (verb < 0 || Dominates(heads, verb, clause) || !forms[and].Equals("and", StringComparison.OrdinalIgnoreCase)
            || !TimeWords.Contains(forms[time].ToLowerInvariant())) return;
        Coordinate(heads, relations, clause, and, verb);
        Hang(heads, relations, time, verb, "obl");
    }

    /// <summary>
    /// "distributed food to 4,000 displaced families", parsed with "to" hung on the count and the families as a second object: a
    /// preposition right before a noun's count is the noun's, and a noun it marks is no object.
    /// </summary>
    private static void PrepositionHungOnACount(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int count)
    {
        int preposition = count - 1;
        if (relations[count] != "nummod" || heads[count] is not (> 0 and var noun) || noun < count || heads[preposition] != count || relations[preposition] != "case"
            || xpos[preposition] is not ("IN" or "TO") || !IsNoun(xpos[noun]) || preposition >= 1 && forms[preposition - 1].Equals("up", StringComparison.OrdinalIgnoreCase)) return;
        Hang(heads, relations, preposition, noun, "case");
        if (relations[noun] is "obj" or "iobj") relations[noun] = "obl";
    }

    /// <summary>
    /// "Amnesty International called on the authorities to protect civilians ... and to investigate reports ...", parsed with
    /// "called" as a modifier of the name and the second infinitive as the root: an infinitive with "to" has no subject of its
    /// own, so a past verb hung on its subject is the sentence's verb, and the infinitive a conjunct of that verb's own.
    /// </summary>
    private static void PastVerbReadAsAModifierOfAnInfinitivesSubject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] != "VBD" || relations[verb] != "acl" || heads[verb] is not (>= 0 and var named) || named > verb) return;
        // (Hung on the last word of the name: "Amnesty International called".)
        int subject = relations[named] == "flat" && heads[named] >= 0 ? heads[named] : named;
        if (relations[subject] != "nsubj" || heads[subject] is not (>= 0 and var infinitive) || infinitive < verb || relations[infinitive] != "root" || xpos[infinitive] != "VB"
            || !HasDependentForm(forms, heads, relations, infinitive, "mark", "to")) return;
        int first = -1;
        for (int i = verb + 1; i < infinitive; i++)
        {
            if (heads[i] == verb && relations[i] is "advcl" or "xcomp" && xpos[i] == "VB") first = i;
        }
        Hang(heads, relations, verb, -1, "root");
        Hang(heads, relations, subject, verb, "nsubj");
        if (heads[^1] == infinitive && relations[^1] == "punct") heads[^1] = verb;
        Hang(heads, relations, infinitive, first >= 0 ? first : verb, first >= 0 ? "conj" : "xcomp");
    }

    /// <summary>
    /// "The Security Ministry deployed 300 officers to Juticalpa on Sunday, and Deputy Security Minister Julia Ramos met mayors", parsed
    /// with the officers the subject of "met" (a clause of "deployed") and the minister a conjunct of the town: after ", and", a name
    /// that runs up to the verb is that verb's subject, the verb a conjunct of the first, and the noun read as its subject the first
    /// verb's object.
    /// </summary>
    private static void SubjectAfterAndReadAsAConjunctOfTheFirstClausesNoun(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        if (xpos[verb] != "VBD" || relations[verb] != "ccomp" || heads[verb] is not (>= 0 and var first) || first > verb || xpos[first] != "VBD"
            || HasDependent(heads, relations, first, "obj") || ReportingForms.Contains(forms[first])) return;
        int subject = -1, name = -1, comma = -1;
        for (int i = first + 1; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] == "nsubj") subject = i;
            if (relations[i] != "conj" || xpos[i] != "NNP" || SubtreeEnd(heads, i) != verb - 1) continue;
            // (The comma and "and" hung on the name or before it.)
            int start = SubtreeStart(heads, i);
            if (start >= 2 && forms[start - 1] == "and" && forms[start - 2] == ",") (name, comma) = (i, start - 2);
            else if (start + 1 < i && forms[start] == "," && forms[start + 1] == "and") (name, comma) = (i, start);
        }
        if (subject < 0 || name < subject || Dominates(heads, verb, first)) return;
        Hang(heads, relations, verb, first, "conj");
        Hang(heads, relations, subject, first, "obj");
        Hang(heads, relations, name, verb, "nsubj");
        Hang(heads, relations, comma + 1, verb, "cc");
        Hang(heads, relations, comma, verb, "punct");
    }

    /// <summary>
    /// "gunmen suspected of being separatists kidnapped a Catholic priest", parsed with "kidnapped" a modifier of "separatists": a past
    /// tense right after the noun of "suspected of" (or "accused of", "believed to be") on a noun is that noun's verb, the
    /// clause taking the noun's place.
    /// </summary>
    private static void VerbAfterSuspectedOfReadAsAModifierOfItsNoun(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int verb)
    {
        int what = verb - 1;
        if (xpos[verb] != "VBD" || relations[verb] != "acl" || heads[verb] != what || relations[what] is not ("obl" or "nmod" or "xcomp")
            || heads[what] is not (>= 0 and var suspected) || relations[suspected] != "acl" || xpos[suspected] != "VBN"
            || forms[suspected] is not ("suspected" or "accused" or "believed" or "thought" or "said") || heads[suspected] is not (>= 0 and var noun)
            || !IsNoun(xpos[noun]) || noun > suspected || HasDependent(heads, relations, verb, "nsubj")) return;
        Hang(heads, relations, verb, heads[noun], relations[noun]);
        Hang(heads, relations, noun, verb, "nsubj");
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == noun && i > verb && relations[i] == "punct") heads[i] = verb;
        }
        // ("of being separatists": the copula.)
        if (what >= 2 && forms[what - 1] == "being" && heads[what - 1] == what) relations[what - 1] = "cop";
    }

    /// <summary>
    /// "a mob beat a man to death", parsed with "to death" a modifier of "man": how the act ended hangs on the verb, not on its object.
    /// </summary>
    private static void ToDeathHungOnTheObject(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int death)
    {
        if (relations[death] != "nmod" || heads[death] is not (>= 0 and var victim) || relations[victim] != "obj" || heads[victim] is not (>= 0 and var verb)
            || !IsVerb(xpos[verb]) || !forms[death].Equals("death", StringComparison.OrdinalIgnoreCase) || !HasDependentForm(forms, heads, relations, death, "case", "to")) return;
        Hang(heads, relations, death, verb, "obl");
    }

    /// <summary>
    /// "arrested 12 men after a tribal shootout that wounded five people", parsed with "12 men" an unmarked modifier of "shootout" and
    /// "five people" an unmarked oblique of "arrested": a counted noun before the preposition of the phrase it hangs on is the object
    /// of the verb that phrase hangs on, unless it measures time or distance ("two days after the raid", "walked 10 feet behind"); and
    /// a noun right after the object-less verb of a relative clause on that phrase, hung unmarked on the verb above, is its object.
    /// </summary>
    private static void CountedObjectHungOnTheNextPhrase(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int noun)
    {
        if (relations[noun] != "nmod:unmarked" || heads[noun] is not (>= 0 and var phrase) || phrase < noun || relations[phrase] != "obl"
            || heads[phrase] is not (>= 0 and var verb) || verb > noun || !IsVerb(xpos[verb]) || xpos[noun] is not ("NNS" or "NN")
            || !HasDependent(heads, relations, noun, "nummod") || HasDependent(heads, relations, verb, "obj")) return;
        int preposition = -1;
        for (int i = noun + 1; i < phrase && preposition < 0; i++)
        {
            if (heads[i] == phrase && relations[i] == "case") preposition = i;
        }
        if (preposition < 0 || IsDistance(forms, heads, relations, noun) || IsAMeasure(forms[noun])) return;
        Hang(heads, relations, noun, verb, "obj");
        for (int other = phrase + 2; other < heads.Length; other++)
        {
            if (heads[other] != verb || relations[other] != "obl:unmarked" || !IsNoun(xpos[other])) continue;
            int relative = SubtreeStart(heads, other) - 1;
            if (relative > phrase && relations[relative] == "acl:relcl" && heads[relative] == phrase && IsVerb(xpos[relative])
                && !HasDependent(heads, relations, relative, "obj") && !IsAMeasure(forms[other]))
                Hang(heads, relations, other, relative, "obj");
        }
    }

    /// <summary>
    /// Whether a noun measures a span of time (<see cref="TimeSpanNouns"/>) or a distance or share, which stand unmarked before a
    /// preposition ("ten minutes before", "a few blocks up", "12 times below").
    /// </summary>
    private static bool IsAMeasure(string noun) => noun.ToLowerInvariant() is var lower && (TimeSpanNouns.Contains(lower) || MeasureNouns.Contains(lower));

    private static readonly HashSet<string> MeasureNouns = new(StringComparer.Ordinal)
        { "min", "mins", "feet", "foot", "yards", "yard", "blocks", "metres", "meters", "inches", "steps", "times", "percent" };

    /// <summary>
    /// "threatened to kill bus and taxi drivers in Juticalpa who refused to pay ..., prompting a two-day strike", parsed with the
    /// "who" clause a complement of "kill" and the participle under it: a clause whose subject is "who" is a relative clause on the
    /// common noun before it, and a participle of result after its comma belongs to the verb the object's verb is a complement of.
    /// </summary>
    private static void WhoClauseReadAsAComplement(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int who)
    {
        if (relations[who] != "nsubj" || xpos[who] != "WP" || heads[who] is not (> 0 and var clause) || relations[clause] != "ccomp" || heads[clause] is not (>= 0 and var verb)
            || verb > who || !forms[who].Equals("who", StringComparison.OrdinalIgnoreCase)) return;
        int noun = -1;
        for (int i = who - 1; i > verb && noun < 0; i--)
        {
            if (xpos[i] is "NNS" or "NN" && relations[i] is "obj" or "obl" or "nmod" && Dominates(heads, verb, i)) noun = i;
        }
        if (noun < 0 || Dominates(heads, clause, noun)) return;
        Hang(heads, relations, clause, noun, "acl:relcl");
        int main = verb;
        while (relations[main] == "xcomp" && heads[main] >= 0) main = heads[main];
        for (int i = clause + 1; i < heads.Length; i++)
        {
            if (heads[i] == clause && relations[i] == "advcl" && xpos[i] == "VBG" && xpos[i - 1] == "," && !Dominates(heads, i, main)) heads[i] = main;
        }
    }

    /// <summary>
    /// "threatened further attacks on police taking part in army operations", parsed with "on" opening a clause whose verb is the
    /// participle and "police" its compound: a noun right after "on" or "against" after a noun is that preposition's object, and
    /// the participle after it describes it.
    /// </summary>
    private static void ObjectOfAPrepositionReadAsAParticiplesCompound(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int preposition)
    {
        int noun = preposition + 1, participle = preposition + 2;
        if (relations[preposition] != "mark" || forms[preposition] is not ("on" or "against") || heads[preposition] != participle || xpos[participle] != "VBG"
            || heads[noun] != participle || relations[noun] is not ("compound" or "nsubj") || !IsNoun(xpos[noun]) || !IsNoun(xpos[preposition - 1])
            || TimeWords.Contains(forms[noun].ToLowerInvariant())   // (not "marched through Madarounfa on Monday demanding")
            || heads[participle] < 0 || Dominates(heads, participle, preposition - 1)) return;
        Hang(heads, relations, noun, preposition - 1, "nmod");
        Hang(heads, relations, preposition, noun, "case");
        Hang(heads, relations, participle, noun, "acl");
    }

    /// <summary>
    /// "In the town centre, dozens of women ... protested outside Government House on Monday, demanding that ...", parsed with the
    /// participle hung on the opening phrase's noun: a participle after the verb, hung on a noun of a phrase before that verb's
    /// subject, is the verb's.
    /// </summary>
    private static void ParticipleHungOnTheOpeningPhrase(ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int participle)
    {
        if (relations[participle] != "advcl" || xpos[participle] != "VBG" || heads[participle] is not (>= 0 and var noun) || !IsNoun(xpos[noun])
            || relations[noun] != "obl" || heads[noun] is not (>= 0 and var verb) || !IsVerb(xpos[verb]) || !(noun < verb && verb < participle)) return;
        for (int i = noun + 1; i < verb; i++)
        {
            if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass") { heads[participle] = verb; return; }
        }
    }

    /// <summary>
    /// "..., accusing the fishermen of spying for the army and threatening to strike any village that hosts soldiers", parsed with
    /// "threatening" a conjunct of "spying": a participle of threatening, warning or vowing after "and", coordinated with the deed an
    /// accusing participle's "of" names, is the accuser's second act, a conjunct of "accusing".
    /// </summary>
    private static void ThreatCoordinatedWithTheAccusedDeed(ReadOnlySpan<string> forms, ReadOnlySpan<string?> xpos, Span<int> heads, Span<string> relations, int threat)
    {
        if (xpos[threat] != "VBG" || relations[threat] != "conj" || heads[threat] is not (>= 0 and var deed) || xpos[deed] != "VBG"
            || heads[deed] is not (>= 0 and var accused) || relations[accused] != "obj" || heads[accused] is not (>= 0 and var accusing) || xpos[accusing] != "VBG"
            || !forms[threat - 1].Equals("and", StringComparison.OrdinalIgnoreCase) || !HasDependentForm(forms, heads, relations, deed, "mark", "of")
            || forms[accusing].ToLowerInvariant() is not ("accusing" or "blaming")
            || forms[threat].ToLowerInvariant() is not ("threatening" or "warning" or "vowing" or "promising" or "demanding")) return;
        Coordinate(heads, relations, accusing, threat - 1, threat);
    }
}
