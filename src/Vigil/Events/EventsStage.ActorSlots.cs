using Vigil.Actors;
using Vigil.Documents;

namespace Vigil.Events;

// Which words of a sentence are an event's source and target: the parse's subject and object, passive
// agents, a pattern's preposition, coordinated phrases, reporters and pronouns (see EventsStage.cs). The
// steps that find the doer are in EventsStage.Subjects.cs, those that find the target in
// EventsStage.Objects.cs, those that read a pronoun or a stand-in in EventsStage.Pronouns.cs, and the
// small tests and word lists they share in EventsStage.SlotTests.cs.
public sealed partial class EventsStage
{
    /// <summary>
    /// The heads of the event's source and target phrases, each with its coordinated phrases ("the
    /// Philippines and France": two targets, so two events); a list holds -1 when there is no such actor.
    /// </summary>
    private static (List<ActorSlot> Subjects, List<ActorSlot> Objects) Actors(Document document, List<int>[] children, int trigger, EventPattern pattern,
        int target, int source, PhraseIndex phrases, int clauseEnd, bool actorTargetsOnly)
    {
        var search = new ActorSearch(document, document.Tokens, children, trigger, pattern, target, source, phrases, clauseEnd, actorTargetsOnly);
        search.ReadTheTriggersDependents();
        search.SidesNamedWithBetween();
        search.ActorsOfAModifyingClause();
        search.SubjectSharedWithAnotherVerb();
        search.ActorsOfAnEventNounUnderAVerb();
        search.ObjectThePatternNames();
        search.AntecedentOfASubjectPronoun();
        search.WhatTheObjectStandsFor();
        search.WhatTheSubjectStandsFor();
        search.ObjectsOfForcesMovesAndActs();
        search.SubjectAsALastResort();
        search.ObjectAsALastResort();
        return search.WithCoordinatedActors();
    }

    /// <summary>
    /// One search for an event's actors, its steps in the order Actors runs them: what they read (the
    /// sentence's parse, the trigger, its pattern, the source and target the pattern found itself, the coded
    /// phrases, whether only actors may be targets) and what they have found so far.
    /// </summary>
    private sealed partial class ActorSearch(Document document, Token[] tokens, List<int>[] children, int trigger, EventPattern pattern,
        int target, int source, PhraseIndex phrases, int clauseEnd, bool actorTargetsOnly)
    {
        /// <summary>The heads of the subject and the object found so far (-1: none yet), and a "between" phrase that named both sides.</summary>
        private int subject = -1, obj = -1, between = -1;

        /// <summary>A reaction's object that names an act, set aside for any actor the clause names after it (-1: none).</summary>
        private int condemnedAct = -1;

        /// <summary>Whether the object was set aside as forces the actor shows, so that no other target is looked for.</summary>
        private bool shownForce;

        /// <summary>Whether coordinated subjects act on each other (a pattern's "%" subject), so that no other target is looked for.</summary>
        private bool reciprocal;

        // ("condemned the bombing ... and vowed that ...", parsed with "vowed" as a clause of "condemned":
        // a verb opened by "and" is coordinated whatever the parser called it.)
        /// <summary>Whether the trigger is a verb coordinated with another, so that it may share that verb's subject.</summary>
        private bool IsCoordinated => tokens[trigger].DepRel == "conj"
            || tokens[trigger].DepRel == "ccomp" && children[trigger].Any(c => tokens[c].DepRel == "cc" && c < trigger);

        // ("Soldiers fired on the crowd, witnesses told reporters, and at least 12 people were killed": a
        // passive with a subject of its own does not take the coordinated verb's subject as its agent.)
        /// <summary>Whether the trigger has a passive subject of its own, which keeps a coordinated verb's subject from being its agent.</summary>
        private bool HasOwnPassiveSubject => children[trigger].Any(c => tokens[c].DepRel == "nsubj:pass");

        /// <summary>Whether the trigger names an agent with "by" ("was opposed by Osgiliath").</summary>
        private bool HasByAgent => children[trigger].Any(c => tokens[c].DepRel?.StartsWith("obl", StringComparison.Ordinal) == true
            && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("by", StringComparison.OrdinalIgnoreCase)));

        /// <summary>The subject, object and sides the trigger's own dependents name: the parse's first reading.</summary>
        public void ReadTheTriggersDependents()
        {
            foreach (var c in children[trigger])
            {
                var rel = tokens[c].DepRel ?? "";
                // (A time the parser made a subject, "late Tuesday ... Luis Andrade was shot", is neither.)
                if (rel is "nsubj" or "nsubj:pass" && DateResolver.NamesATime(tokens[c].Form)) continue;
                if (rel is "nsubj" && subject < 0) subject = c;
                // (PETRARCH's coding reads a passive as such only when it names its agent with "by": "The
                // Philippines was heavily criticized over its dispute with Eriador" is the Philippines' act.)
                else if (rel is "nsubj:pass" && subject < 0 && actorTargetsOnly && !HasByAgent) subject = c;
                // ("Hundreds of soldiers were sent to the town", under "send +obj:soldier": forces sent are found as the
                // passive's subject, to become the actor below, whatever word of the pattern names them.)
                else if (rel is "nsubj:pass" && obj < 0 && (pattern.ObjectLemma is null || pattern.PloverType == "MOBILIZE")) obj = c;
                else if (rel is "obj" && obj < 0 && pattern.ObjectLemma is null) obj = c;
                // ("By Saturday afternoon, volunteers were handing out ...": a time is no agent.)
                // ("tried to block a rally by the Jamaat-e-Islami party": an active verb's "by" phrase is no agent.)
                else if (rel.StartsWith("obl", StringComparison.Ordinal) && children[c].Any(g => tokens[g].Form.Equals("by", StringComparison.OrdinalIgnoreCase) && tokens[g].DepRel == "case") && subject < 0
                         && !(tokens[trigger].Xpos is "VB" or "VBP" or "VBZ" or "VBD" && !children[trigger].Any(g => tokens[g].DepRel == "aux:pass"))
                         && !NamesATime(tokens[c]) && !MediumNouns.Contains(tokens[c].Lemma ?? "")   // ("speaking by telephone")
                         && !(ThrownThings.Contains(tokens[c].Lemma ?? "") && !children[c].Any(g => tokens[g].DepRel == "acl"))) subject = c;   // ("injured by rocks": whoever threw them, when the words do not say, "stones thrown by protesters")
                else if (rel == "nmod" && tokens[trigger].Upos == "NOUN" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form is "against") && obj < 0)
                {
                    // "protests against tax increases", "the attack against the convoy": the target.
                    obj = c;
                }
                // "the arrests of opposition figures", "the massacre of 14 civilians": an act done to someone names
                // them with "of".
                else if (rel == "nmod" && tokens[trigger].Upos == "NOUN" && pattern.PloverType is "COERCE" or "ASSAULT" && obj < 0
                         && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form is "of"))
                    obj = c;
                else if (rel == "nmod" && tokens[trigger].Upos == "NOUN" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form is "between" or "by" or "of"))
                {
                    // ("fighting between 1999 and 2002": years between are when, not who.)
                    if (tokens[c].Upos == "NUM" || NamesATime(tokens[c])) continue;
                    if (subject < 0 && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form is "between")) between = c;
                    if (subject < 0) subject = c;
                    else if (obj < 0) obj = c;
                }
                // "Fighting between Druze militiamen and government forces erupted", with the gerund read as a verb: the two sides.
                // (Not "fighting between gangs", one side only named.)
                else if (rel == "obl" && tokens[trigger].Xpos == "VBG" && subject < 0 && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form is "between")
                         && children[c].Any(g => tokens[g].DepRel == "conj"))
                    subject = between = c;
            }
            // ("Sudzha was seized by Ukrainian troops in August 2024 ... and retaken by Russian forces": a participle with an agent of its
            // own coordinated with a passive shares its subject, the one acted on.)
            if (obj < 0 && tokens[trigger].DepRel == "conj" && tokens[trigger].Xpos == "VBN" && HasByAgent && tokens[trigger].Head is >= 0 and var first
                && children[first].Any(c => tokens[c].DepRel == "aux:pass") && !children[trigger].Any(c => tokens[c].DepRel is "nsubj" or "nsubj:pass" or "obj" or "aux" or "aux:pass")
                && children[first].FirstOrDefault(c => tokens[c].DepRel == "nsubj:pass", -1) is >= 0 and var shared)
                obj = shared;
            // ("VDP fighters had rounded up and shot at least 12 Fulani men": a conjunct with no object of its own shares the object that
            // follows it, which the parser hung on the first verb.)
            if (obj < 0 && tokens[trigger].DepRel == "conj" && tokens[trigger].Upos == "VERB" && tokens[trigger].Head is >= 0 and var firstVerb && firstVerb < trigger
                && !children[trigger].Any(c => tokens[c].DepRel is "obj" or "nsubj:pass" or "nsubj" or "ccomp" or "xcomp")
                && children[firstVerb].FirstOrDefault(c => tokens[c].DepRel == "obj" && c > trigger, -1) is >= 0 and var sharedObject)
                obj = sharedObject;
            // "Israeli air strikes hit a house", "Russian shelling killed two": a country named before an attack
            // noun did it (after any "by" phrase, which names the doer better).
            if (subject < 0 && !actorTargetsOnly && tokens[trigger].Upos == "NOUN" && pattern.PloverType == "ASSAULT"
                && children[trigger].Where(c => c < trigger)
                       // (Or before a compound of it: "A Russian drone and missile attack".)
                       .SelectMany(c => tokens[c].DepRel == "compound" ? children[c].Where(g => g < c && tokens[g].DepRel == "amod").Prepend(c) : [c])
                       .FirstOrDefault(c => tokens[c].DepRel is "amod" or "compound" && phrases.CountryAt(c) is not null
                                            && !NamesWhereTheActIs(tokens, children, trigger, c), -1) is >= 0 and var country)
                subject = ForceOfTheCountry(tokens, country, trigger);
        }

        /// <summary>The actor lists: each head with its coordinated phrases, and the sides of a mutual act set against each other.</summary>
        public (List<ActorSlot> Subjects, List<ActorSlot> Objects) WithCoordinatedActors()
        {
            var subjects = CoordinatedSubjects();
            // "AA fighters and government troops fought heavy battles on the outskirts of Sittwe": two sides fighting
            // "on" a place fight each other there (one side alone "on the outskirts" attacks whoever is there).
            if (!actorTargetsOnly && subjects.Count >= 2 && pattern.AcledSubType == "Armed clash" && obj >= 0 && tokens[obj].Lemma is { } where && PlacesOn.Contains(where)
                && children[obj].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.Equals("on", StringComparison.OrdinalIgnoreCase)))
                obj = -1;
            // "fighting between Druze militias and Bedouin tribes": the sides are named once, the first against the others.
            // (The search for a target above may have found the second side itself, or the dead of a relative clause: "clashes
            // between Acholi and Madi residents of Apaa, in which at least four people were killed".)
            if (between >= 0 && between == subject && subjects.Count >= 2) return ([subjects[0]], subjects.Skip(1).ToList());
            // "Russia and Ukraine swapped 150 prisoners", "Baghdad and Erbil signed an agreement ... to remove armed
            // groups": what two sides exchange or agree on is no target; they do it to each other.
            // ("soldiers and National Guard troops exchanged fire with gunmen": not when a "with" phrase names the other side.)
            if (!actorTargetsOnly && (tokens[trigger].Lemma is "swap" or "exchange" or "trade" && PrepositionalTarget(tokens, children, trigger, "with") < 0 || pattern.PloverType == "AGREE"
                    && children[trigger].Any(c => tokens[c].DepRel == "obj" && tokens[c].Lemma is "agreement" or "deal" or "accord" or "pact" or "truce" or "ceasefire"
                           && PrepositionalTarget(tokens, children, c, "with") < 0) && PrepositionalTarget(tokens, children, trigger, "with") < 0)   // (not "signed a peace agreement with the government")
                && subjects.Count >= 2 && subjects.All(s => s.Head >= 0)) obj = -1;
            return (subjects, WithConjuncts(tokens, children, obj, phrases));
        }

        /// <summary>The subject with its conjuncts, and the subjects the parser split or hung on a root noun.</summary>
        private List<ActorSlot> CoordinatedSubjects()
        {
            var subjects = WithConjuncts(tokens, children, subject, phrases);
            if (source < 0 && subject >= 0 && tokens[subject].DepRel == "nsubj" && tokens[subject].Head == trigger)
            {
                // Two subjects of one verb are either a coordination the parser split ("Mordor, Rohan, Fornost and
                // Bree welcomed") or one name it split ("Bree Prime Minister Romendacil"): with no comma or
                // conjunction between them, the later one heads the phrase and stands for it.
                var split = new List<int>();
                // (Not a time read as a second subject: "The Roman Catholic Diocese of Huehuetenango in a statement Sunday criticized".)
                foreach (var s in children[trigger].Where(c => tokens[c].DepRel == "nsubj" && !DateResolver.NamesATime(tokens[c].Form)))
                {
                    if (split.Count > 0 && !CoordinatedBetween(tokens, split[^1], s)) split[^1] = s;
                    else split.Add(s);
                }
                if (split.Count > 1 || split.Count == 1 && split[0] != subject) subjects = split.SelectMany(s => WithConjuncts(tokens, children, s, phrases)).ToList();
            }
            // "Gunmen from the cartel and self-defense groups fought gun battles", parsed with "Gunmen" as the
            // root and the verb as its conjunct: the root noun is a coordinated subject of the verb.
            if (source < 0 && subject >= 0 && tokens[subject].DepRel == "nsubj" && tokens[trigger].DepRel == "conj"
                && tokens[trigger].Head is >= 0 and var nounRoot && tokens[nounRoot].DepRel == "root" && tokens[nounRoot].Upos is "NOUN" or "PROPN"
                && nounRoot < subject && Enumerable.Range(nounRoot + 1, subject - nounRoot - 1).Any(i => tokens[i].Upos == "CCONJ"))
                subjects = [.. WithConjuncts(tokens, children, nounRoot, phrases), .. subjects];
            return subjects;
        }
    }

    /// <summary>
    /// An actor's phrase head, and the token whose country it takes when it names only a role: "lawmakers in
    /// Fornost and Gondor" are two actors, lawmakers of each; in "Danish media and government" the government
    /// is Danish too. Owner -1: the phrase speaks for itself.
    /// </summary>
    private readonly record struct ActorSlot(int Head, int Owner, bool OwnerModifies = false);

    /// <summary>
    /// Who acts on whom: every subject on every object; with no object, coordinated subjects act on each
    /// other ("The Philippines and France agree that ...": each agrees with the other).
    /// </summary>
    private static IEnumerable<(ActorSlot Subject, ActorSlot Object)> Pairs(List<ActorSlot> subjects, List<ActorSlot> objects, EventPattern pattern, bool bothDirections)
    {
        // "Mozambican and Rwandan troops regained control of the town": one noun with coordinated countries
        // is allies acting together, unless the act is one two parties do to each other (meet, agree, clash).
        // ("Tebu and Awlad Suleiman leaders agreed to a ceasefire": not when what they do is done with each other.)
        bool allies = subjects.All(s => s.OwnerModifies) && !MutualActs.Contains(pattern.PloverType ?? "") && pattern.AcledSubType != "Armed clash"
                      && pattern.Lemma is not ("swap" or "exchange" or "trade" or "agree");
        // ("National Guard troops and immigration agents fired tear gas", "Students and teachers marched": an act
        // one side does to another, with no one named as its target, is done together.)
        bool mutual = pattern.Context is { CompoundSubject: true } || MutualActs.Contains(pattern.PloverType ?? "") || pattern.AcledSubType == "Armed clash" || pattern.PloverType == "ASSAULT" && pattern.PloverMode is null or "-"
                      || pattern.Lemma is "swap" or "exchange" or "trade" or "agree";   // (a truce agreed, prisoners swapped)
        // ("Police and Assam Rifles troops returned fire": fire returned is aimed at whoever fired first, by all its subjects together.)
        if (pattern.Lemma == "return") mutual = false;
        if (objects is [{ Head: < 0 }] && subjects.Count >= 2 && subjects.All(s => s.Head >= 0) && !allies && mutual)
        {
            // "Gunmen from the cartel and self-defense groups fought": one role with two owners is read as
            // two sides, the role of the first and the second owner itself (the bracketing that gives the
            // act its two parties).
            if (subjects.All(s => s.Head == subjects[0].Head && s.Owner >= 0 && !s.OwnerModifies))
                subjects = [subjects[0], .. subjects.Skip(1).Select(s => new ActorSlot(s.Owner, -1))];
            // (Vigil's own coding names each pair of sides once, in the order the text names them: "Farmers
            // and herders clashed" is one clash, not two. PETRARCH's records list both directions.)
            for (int a = 0; a < subjects.Count; a++)
                for (int b = 0; b < subjects.Count; b++)
                    if (b != a && (bothDirections || a < b)) yield return (subjects[a], subjects[b]);
            yield break;
        }
        foreach (var subject in subjects)
            foreach (var obj in objects) yield return (subject, obj);
    }

    /// <summary>The trigger's clause: its subtree without the clauses below it ("after crowds burned ...").</summary>
    private static HashSet<int> OwnClause(Token[] tokens, List<int>[] children, int trigger)
    {
        var clause = new HashSet<int> { trigger };
        var pending = new Stack<int>(children[trigger]);
        while (pending.Count > 0)
        {
            int t = pending.Pop();
            // (A coordinated predicate with its own subject is a clause too: "had been deployed to the area and that a
            // search for the abducted women was under way".)
            // ("clashed ... around Az Zahir district, west of Mukayras, where at least five fighters ... were killed": a relative
            // clause opened by "where" or "when" tells what happened there or then, to others than the act's target.)
            if (tokens[t].DepRel is "advcl" or "ccomp" or "parataxis" or "csubj"
                || tokens[t].DepRel == "acl:relcl" && children[t].Any(c => c < t && tokens[c].Form.ToLowerInvariant() is "where" or "when")
                || tokens[t].DepRel == "conj" && (tokens[t].Upos is "VERB" || children[t].Any(c => tokens[c].DepRel is "nsubj" or "nsubj:pass" && c < t) && children[t].Any(c => tokens[c].DepRel == "cop"))) continue;
            clause.Add(t);
            foreach (var c in children[t]) pending.Push(c);
        }
        return clause;
    }

    private static List<ActorSlot> WithConjuncts(Token[] tokens, List<int>[] children, int head, PhraseIndex phrases)
    {
        if (head < 0) return [new ActorSlot(-1, -1)];
        var heads = new List<int> { head };
        for (int k = 0; k < heads.Count; k++)
        {
            // "11 Georgian officials, including judges and senior police commanders", "The protesters, mostly
            // farmers and transport workers": the conjuncts from "including" or "mostly" on are examples of
            // the actor, not actors beside it.
            // (The word may hang on a modifier: "mostly/advmod>Aymara farmers".)
            // ("23 people, most of them herders": so is a conjunct that opens with a share "of them".)
            int examples = children[heads[k]].Where(c => tokens[c].DepRel == "conj"
                    && (children[c].Any(g => IntroducesExamples(tokens, g)) || children[c].Any(m => m < c && children[m].Any(g => g < m && IntroducesExamples(tokens, g)))
                        || children[c].Any(m => m < c && IsShareOfThem(tokens, children, m))))
                .DefaultIfEmpty(int.MaxValue).Min();
            // "killed seven miners ..., according to the United Nations", parsed as a coordination: the source is no target.
            heads.AddRange(children[heads[k]].Where(c => tokens[c].DepRel == "conj" && c < examples && tokens[c].Upos is not ("VERB" or "AUX" or "ADV") && !heads.Contains(c)
                && !children[c].Any(g => tokens[g].Form.Equals("according", StringComparison.OrdinalIgnoreCase))));
        }
        var slots = new List<ActorSlot>();
        var sharedOwners = heads.Select(h => RoleOwners(tokens, children, h, phrases)).FirstOrDefault(o => o.Count > 0) ?? [];
        foreach (var h in heads)
        {
            // A role "of", "in" or "from" named actors takes each of their countries; coordinated roles share
            // the phrase ("lawmakers and officials in Fornost and Gondor").
            var owners = RoleOwners(tokens, children, h, phrases);
            if (owners.Count == 0 && phrases.At(h) is { } phrase && SectorCodes.RolesOnly(phrases.CodeOf(phrase.Head) ?? "")) owners = sharedOwners;
            // "Israeli and Palestinian leaders", "Eriadori and Calenardhon leaders": one actor per coordinated country.
            var modifiers = CoordinatedModifiers(tokens, children, h, phrases);
            if (modifiers.Count > 1) slots.AddRange(modifiers.Select(m => new ActorSlot(h, m, OwnerModifies: true)));
            else if (owners.Count > 0) slots.AddRange(owners.Select(o => new ActorSlot(h, o)));
            else slots.Add(new ActorSlot(h, h == head ? -1 : head));
        }
        return slots;
    }

    private static bool IntroducesExamples(Token[] tokens, int word) =>
        tokens[word].DepRel is "case" or "mark" or "cc" or "advmod" && tokens[word].Form.ToLowerInvariant() is "including" or "especially" or "notably" or "mostly" or "mainly" or "largely";

    /// <summary>
    /// A modifier of the head coordinated with others, each naming a country or each a name ("Garre and
    /// Degodia clan militias"): the modifier and its conjuncts.
    /// </summary>
    private static List<int> CoordinatedModifiers(Token[] tokens, List<int>[] children, int head, PhraseIndex phrases)
    {
        foreach (var m in children[head])
        {
            if (tokens[m].DepRel is not ("compound" or "amod" or "nmod:poss")) continue;
            var modifiers = new List<int> { m };
            // (Before the head: "17 North American missionaries ... on the roads to the Dominican border" coordinates nothing.)
            modifiers.AddRange(children[m].Where(c => tokens[c].DepRel == "conj" && c < head));
            if (modifiers.Count > 1 && (modifiers.All(x => phrases.CountryAt(x) is not null) || modifiers.All(x => tokens[x].Upos == "PROPN"))) return modifiers;
        }
        return [];
    }

    private static List<int> RoleOwners(Token[] tokens, List<int>[] children, int head, PhraseIndex phrases)
    {
        var owners = new List<int>();
        foreach (var c in children[head])
        {
            if (tokens[c].DepRel is not ("nmod" or "nmod:in" or "nmod:of") || phrases.At(c) is null) continue;
            if (!children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.ToLowerInvariant() is "of" or "in" or "from")) continue;
            owners.Add(c);
            for (int k = owners.Count - 1; k < owners.Count; k++)
                // ("Fighters from the Arakan Rohingya Salvation Army and the rival Rohingya Solidarity Organisation": a name the
                // dictionaries lack, coordinated with a known owner, owns the role too.)
                owners.AddRange(children[owners[k]].Where(g => tokens[g].DepRel == "conj" && (phrases.At(g) is not null || tokens[g].Upos == "PROPN") && !owners.Contains(g)));
        }
        return owners;
    }
}
