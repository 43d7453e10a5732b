using Vigil.Actors;
using Vigil.Documents;

namespace Vigil.Events;

// Which words of a sentence are an event's source and target: the parse's subject and object, passive
// agents, a pattern's preposition, coordinated phrases, reporters and pronouns (see EventsStage.cs).
public sealed partial class EventsStage
{
    /// <summary>
    /// The heads of the event's source and target phrases, each with its coordinated phrases ("the
    /// Philippines and France": two targets, so two events); a list holds -1 when there is no such actor.
    /// </summary>
    private static (List<ActorSlot> Subjects, List<ActorSlot> Objects) Actors(Document document, List<int>[] children, int trigger, EventPattern pattern,
        int target, int source, PhraseIndex phrases, int clauseEnd, bool actorTargetsOnly)
    {
        var tokens = document.Tokens;
        int subject = -1, obj = -1, between = -1;
        foreach (var c in children[trigger])
        {
            var rel = tokens[c].DepRel ?? "";
            // (A time the parser made a subject, "late Tuesday ... Luis Andrade was shot", is neither.)
            if (rel is "nsubj" or "nsubj:pass" && DateResolver.NamesATime(tokens[c].Form)) continue;
            if (rel is "nsubj" && subject < 0) subject = c;
            else if (rel is "nsubj:pass" && obj < 0 && pattern.ObjectLemma is null) obj = c;
            else if (rel is "obj" && obj < 0 && pattern.ObjectLemma is null) obj = c;
            // ("By Saturday afternoon, volunteers were handing out ...": a time is no agent.)
            else if (rel.StartsWith("obl", StringComparison.Ordinal) && children[c].Any(g => tokens[g].Form.Equals("by", StringComparison.OrdinalIgnoreCase) && tokens[g].DepRel == "case") && subject < 0
                     && !NamesATime(tokens[c]) && !MediumNouns.Contains(tokens[c].Lemma ?? "")) subject = c;   // ("speaking by telephone")
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
        // ("clashes on Monday between government forces and fighters", with the sides hung on the day.)
        if (subject < 0 && tokens[trigger].Upos == "NOUN"
            && children[trigger].Where(c => NamesATime(tokens[c])).SelectMany(c => children[c]).FirstOrDefault(c => tokens[c].DepRel == "nmod"
                   && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("between", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var sidesOnTheDay)
            subject = between = sidesOnTheDay;
        // "Heavy fighting broke out between government troops and armed youths": the sides of a fight named on
        // the verb it breaks out with.
        if (subject < 0 && tokens[trigger].Upos == "NOUN" && tokens[trigger].DepRel == "nsubj" && tokens[trigger].Head is >= 0 and var outbreak
            && children[outbreak].FirstOrDefault(c => tokens[c].DepRel == "obl" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("between", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var sides)
            subject = between = sides;
        // A participle or relative clause: "soldiers sent to disarm" → the noun it modifies is the subject.
        // Not a bare participle of violence ("drone strikes near the border with Burkina Faso, killing several
        // terrorists", parsed as if the country killed): that is a toll, which folding gives to its cause.
        bool tollParticiple = tokens[trigger].DepRel == "acl" && tokens[trigger].Xpos == "VBG" && pattern.PloverType == "ASSAULT";
        // "Security forces ended the siege on Friday after killing all six attackers", with the participle hung
        // on "siege": one opened by "after", "before", "while" or "by" is the clause's own act, done by its subject.
        if (subject < 0 && tokens[trigger].DepRel == "acl" && tokens[trigger].Xpos == "VBG"
            && children[trigger].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.ToLowerInvariant() is "after" or "before" or "while" or "by")
            && CoordinatedVerb(tokens, trigger) is >= 0 and var clauseVerb)
        {
            subject = children[clauseVerb].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
            tollParticiple = false;
        }
        // (Not a clause with a subject of its own, however misread: "arrived on motorcycles shortly after dusk,
        // hacked some victims", with "dusk" the subject of "hacked" and "hacked" a clause on the motorcycles.)
        if (subject < 0 && !tollParticiple && tokens[trigger].DepRel is "acl" or "acl:relcl" && tokens[trigger].Head >= 0 && IsNominal(tokens[tokens[trigger].Head])
            && !children[trigger].Any(c => tokens[c].DepRel == "nsubj" && tokens[trigger].DepRel == "acl"))
        {
            int noun = tokens[trigger].Head;
            // "a village councilor who had been abducted": the noun of a passive relative clause is its target,
            // and so is the noun of a bare passive participle of violence ("the number of children killed").
            if (obj < 0 && (children[trigger].Any(c => tokens[c].DepRel == "aux:pass")
                            || tokens[trigger].Xpos == "VBN" && tokens[trigger].DepRel == "acl" && pattern.PloverType == "ASSAULT"
                               && !children[trigger].Any(c => tokens[c].DepRel == "obj"))) obj = noun;   // (not a misread past: "guards exchanged fire")
            // "marched through the town to demand ...", parsed as if the town demanded: an infinitive on a
            // place is the purpose of the verb the place belongs to, whose subject it takes.
            else
                subject = IsPurposeInfinitive(tokens, children, trigger) && IsLocative(tokens, children, noun) && tokens[noun].Head >= 0
                    ? children[tokens[noun].Head].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1)
                    : noun;
        }
        // Coordinated verbs share the subject: "surrounded the convoy and refused". When the first verb has
        // none of its own, the control below starts from it ("used water cannon to break up a rally ...
        // and detained 38 people": "detained" hangs on "break up", which takes the police from "used").
        int controlled = trigger;
        // ("condemned the bombing ... and vowed that ...", parsed with "vowed" as a clause of "condemned":
        // a verb opened by "and" is coordinated whatever the parser called it.)
        bool coordinated = tokens[trigger].DepRel == "conj"
            || tokens[trigger].DepRel == "ccomp" && children[trigger].Any(c => tokens[c].DepRel == "cc" && c < trigger);
        // ("Soldiers fired on the crowd, witnesses told reporters, and at least 12 people were killed": a
        // passive with a subject of its own does not take the coordinated verb's subject as its agent.)
        bool ownPassiveSubject = children[trigger].Any(c => tokens[c].DepRel == "nsubj:pass");
        // ("attacked the village, setting fire to homes and cars and shooting dead a man, the ministry said",
        // with "shooting" hung on "said": a participle opened by "and" goes with the participle before it.)
        if (subject < 0 && tokens[trigger].Xpos == "VBG" && tokens[trigger].DepRel == "ccomp" && coordinated
            && PreviousParticiple(tokens, trigger) is >= 0 and var sibling && tokens[sibling].Head >= 0)
            subject = children[tokens[sibling].Head].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
        // "Russia's defence ministry said its forces had hit targets in Odesa and accused Kyiv of ...", with
        // "accused" coordinated with "hit": words said or done by speaking, coordinated with a reported act,
        // are the reporter's.
        // ("told reporters that the plant had briefly lost one of its power lines and called on both Moscow and
        // Kyiv": also under the reported act's "had" when that act's subject is no actor, a plant.)
        if (subject < 0 && coordinated && !ownPassiveSubject && CameoOntology.IsVerbalAct(pattern.Cameo) && tokens[trigger].Xpos is "VBD" or "VBN"
            && CoordinatedVerb(tokens, trigger) is >= 0 and var reportedAct
            && ReporterOf(tokens, children, reportedAct) is >= 0 and var actReporter && children[reportedAct].Any(c => tokens[c].DepRel == "aux")
            && (tokens[trigger].Xpos == "VBD" || children[reportedAct].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1) is var actSubject
                && (actSubject < 0 || phrases.CodeOf(actSubject) is null)))
            subject = actReporter;
        if (subject < 0 && coordinated && !ownPassiveSubject && CoordinatedVerb(tokens, trigger) is >= 0 and var first)
        {
            subject = children[first].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
            if (subject < 0) controlled = first;
        }
        // "Six guards were taken hostage by inmates", with "by inmates" hung on the object: the agent still.
        if (subject < 0 && children[trigger].Any(c => tokens[c].DepRel == "aux:pass"))
        {
            subject = children[trigger].Where(c => tokens[c].DepRel == "obj").SelectMany(c => children[c])
                .FirstOrDefault(c => tokens[c].DepRel == "nmod" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("by", StringComparison.OrdinalIgnoreCase)), -1);
        }
        // A controlled clause takes its governor's subject: "Arnor is about to restore ties", "X agreed to meet Y",
        // and so do a purpose clause ("protesters blocked the gate to demand an end to ...") and a participle
        // ("expelled two journalists, accusing them of ..."). A bare participle of violence stays without
        // actors: "ambushed a convoy, killing 40" is the ambush's toll, which folding gives to the ambush;
        // "ended the siege after killing all six attackers" is the subject's own act.
        // (Not a gerund used as a noun: "fled to Yei town after earlier fighting this month".)
        bool nominalGerund = tokens[trigger].Xpos == "VBG" && children[trigger].Any(c => tokens[c].DepRel == "amod"
            || tokens[c].DepRel == "advmod" && tokens[c].Form.ToLowerInvariant() is "earlier" or "recent" or "renewed" or "heavy" or "fierce");
        for (int governed = controlled, depth = 0; subject < 0 && !nominalGerund && tokens[governed].Head >= 0 && depth < 3
             && (tokens[governed].DepRel == "xcomp" || tokens[governed].DepRel == "advcl"
                 && (IsPurposeInfinitive(tokens, children, governed)
                     // (An abduction is no toll: "ambushed a convoy ..., killing two soldiers and abducting four workers".)
                     || tokens[governed].Xpos == "VBG" && (pattern.PloverType != "ASSAULT" || pattern.Cameo?.StartsWith("181", StringComparison.Ordinal) == true
                                                          || children[governed].Any(c => tokens[c].DepRel == "mark"))
                     || IsUnmarkedPastTense(tokens, children, governed))); depth++)
        {
            bool complement = tokens[governed].DepRel == "xcomp";
            governed = tokens[governed].Head;
            // ("prompting teachers to stage protests": verbs that make someone act control their object.)
            if (complement && tokens[governed].Lemma is "prompt" or "force" or "cause" or "lead" or "push" or "drive" or "spur" or "compel" or "encourage" or "inspire" or "persuade"
                && children[governed].FirstOrDefault(c => tokens[c].DepRel == "obj" && tokens[c].Upos is "NOUN" or "PROPN", -1) is >= 0 and var madeToAct)
            {
                subject = madeToAct;
                break;
            }
            subject = children[governed].FirstOrDefault(c => tokens[c].DepRel is "nsubj" or "nsubj:pass", -1);
            // ("went from house to house and abducted six women before withdrawing": the governor shares the
            // subject of the verb it is coordinated with.)
            if (subject < 0 && tokens[governed].DepRel == "conj" && CoordinatedVerb(tokens, governed) is >= 0 and var sharedWith)
                subject = children[sharedWith].FirstOrDefault(c => tokens[c].DepRel is "nsubj" or "nsubj:pass", -1);
        }
        // "accused Moscow of deliberately targeting civilian infrastructure and called on Western allies",
        // with "called" hung on "targeting"; "The U.N. mission in Congo, known as MONUSCO, called on ...",
        // with "called" hung on "known": a statement in the past tense opened by "and" (or a conjunct) that
        // found no subject belongs to the nearest finite verb above it that has one, or to a noun the parser
        // made the root. (Not an act of force: "Survivors said the attackers went from hut to hut and hacked
        // ...", with the attackers misparsed, is not the survivors' act.)
        if (subject < 0 && coordinated && !ownPassiveSubject && tokens[trigger].Xpos is "VBD" or "VBN" && CameoOntology.IsVerbalAct(pattern.Cameo)
            && !children[trigger].Any(c => tokens[c].DepRel is "aux" or "aux:pass"))
        {
            for (int above = tokens[trigger].Head, depth = 0; subject < 0 && above >= 0 && depth < 6; above = tokens[above].Head, depth++)
            {
                if (tokens[above].Xpos is "VBD" or "VBZ" or "VBP")
                    subject = children[above].FirstOrDefault(c => tokens[c].DepRel == "nsubj" && !IsPronounIt(tokens[c]), -1);
                else if (tokens[above].DepRel == "root" && tokens[above].Upos is "NOUN" or "PROPN") subject = above;
            }
        }
        // "rescued 180 students after a gun battle with the kidnappers": a fight with someone, in the adjunct
        // of a verb, is fought by that verb's subject (the adjunct may hang off the verb's object instead).
        // So is a visit or a meeting in its adjunct ("called for restraint during a visit to Beirut"), and a
        // protest one takes part "in" ("Shopkeepers closed their shops on Sunday in a general strike"; not
        // "detained 30 people during the protests").
        if (subject < 0 && tokens[trigger].Upos == "NOUN"
            && (PrepositionalTarget(tokens, children, trigger, "with") >= 0 || pattern.PloverType == "CONSULT" && IsAdjunct(tokens, children, trigger)
                || pattern.PloverType == "PROTEST" && tokens[trigger].DepRel == "obl"
                   && children[trigger].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.Equals("in", StringComparison.OrdinalIgnoreCase))
                   && children[trigger].Any(c => tokens[c].DepRel is "det" or "amod")   // (not "recalled its ambassador in protest")
                   && !(tokens[trigger].Head >= 0 && tokens[tokens[trigger].Head].Lemma == "take"))   // ("who took part in the march" tells it again)
            && GoverningVerb(tokens, trigger) is >= 0 and var governor)
            subject = children[governor].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
        // "The forces responded on Tuesday with drone strikes on militant hideouts": an act a verb's subject
        // responds or retaliates with is that subject's.
        if (subject < 0 && tokens[trigger].Upos == "NOUN" && tokens[trigger].DepRel == "obl" && tokens[trigger].Head is >= 0 and var responded
            && tokens[responded].Lemma is "respond" or "retaliate" or "react" or "hit"
            && children[trigger].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.Equals("with", StringComparison.OrdinalIgnoreCase)))
            subject = children[responded].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
        // "was placed under house arrest by police": an event noun under a passive verb is done to that verb's subject.
        if (obj < 0 && target < 0 && tokens[trigger].Upos == "NOUN" && tokens[trigger].DepRel == "obl" && tokens[trigger].Head is >= 0 and var passive
            && children[passive].Any(c => tokens[c].DepRel == "aux:pass")
            && children[passive].FirstOrDefault(c => tokens[c].DepRel == "nsubj:pass" && IsNominal(tokens[c]), -1) is >= 0 and var undergoer)
            obj = undergoer;
        // "went on an indefinite hunger strike", "staged a protest", "held a rally": an event noun under a
        // light verb is done by that verb's subject.
        if (subject < 0 && tokens[trigger].Upos == "NOUN" && tokens[trigger].Head is >= 0 and var light
            && LightVerbs.Contains(tokens[light].Lemma ?? "") && tokens[trigger].DepRel is "obj" or "obl")
            subject = children[light].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
        // An event noun as the object of a light verb: "fought gun battles" is coded on "fought" already;
        // "the clash came": the noun has no actors of its own.
        if (target >= 0) obj = target;
        // "carried out airstrikes on suspected CODECO positions": a light verb's event noun names the target.
        if (target < 0 && pattern.ObjectLemma is not null)
        {
            // ("imposed sanctions on two of the junta's leaders": or on the verb.)
            // ("recalled its ambassador to Bolivia", "from Tehran", "its top diplomat in Afghanistan": relations
            // are cut with the envoy's host.)
            var prepositions = pattern.Cameo?.StartsWith("16", StringComparison.Ordinal) == true ? ReducedRelationsTargets : AimedTargets;
            foreach (var preposition in prepositions)
            {
                if (PrepositionalTarget(tokens, children, trigger, preposition) is >= 0 and var aimed) { obj = aimed; break; }
            }
            // "chaired an emergency meeting of security chiefs", "held talks with the rebels": who a meeting is with.
            // ("suspended peace talks with the ELN": so are talks broken off.)
            if (obj < 0 && (pattern.PloverType == "CONSULT" || pattern.ObjectLemma is "talk" or "negotiation")
                && children[trigger].FirstOrDefault(c => tokens[c].DepRel == "obj", -1) is >= 0 and var meeting)
                obj = children[meeting].FirstOrDefault(c => tokens[c].DepRel == "nmod" && IsNominal(tokens[c]) && !IsLocative(tokens, children, c)
                          && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.ToLowerInvariant() is "of" or "with"), -1);
        }
        // "clashed with self-defense groups", "fought against the army": the other side of a symmetric event.
        // ("clashed with guns and machetes": what they fought with is no side.)
        if (obj < 0 && pattern.PloverType is "ASSAULT" or "CONSULT")
            obj = PrepositionalTarget(tokens, children, trigger, "with") is >= 0 and var with && !Instruments.Contains(tokens[with].Lemma ?? "")
                ? with : PrepositionalTarget(tokens, children, trigger, "against");
        if (subject >= 0 && tokens[subject].Upos is "PRON")
        {
            // "townspeople who had blocked": a relative pronoun stands for the noun the clause modifies.
            // ("In his nightly video address on Monday, President Volodymyr Zelenskiy, who met brigade commanders",
            // with the clause hung on the address: a "who" right after a name and a comma is that name.)
            if (tokens[subject].Form.Equals("who", StringComparison.OrdinalIgnoreCase) && subject >= 2 && tokens[subject - 1].Form == ","
                && tokens[subject - 2].Upos == "PROPN" && tokens[trigger].Head != subject - 2 && tokens[trigger].DepRel == "acl:relcl")
                subject = PhraseHead(tokens, subject - 2);
            else if (tokens[subject].Form.ToLowerInvariant() is "who" or "which" or "that" && tokens[trigger].DepRel == "acl:relcl" && tokens[trigger].Head >= 0)
                subject = tokens[trigger].Head;
            // ... and so it does when the subject comes from a relative clause above ("traders who had blocked
            // the road to protest": the protest's subject is the blocking's "who").
            else if (tokens[subject].Form.ToLowerInvariant() is "who" or "which" or "that" && tokens[subject].Head is >= 0 and var clause
                     && tokens[clause].DepRel == "acl:relcl" && tokens[clause].Head >= 0)
                subject = tokens[clause].Head;
            // "The assailants, who arrived on motorbikes, opened fire", parsed with "who" as the subject of
            // "opened": the noun before the relative clause (the head of its phrase: "Elders of the tribe").
            else if (tokens[subject].Form.ToLowerInvariant() is "who" or "which" && subject >= 2 && tokens[subject - 1].Form == ","
                     && tokens[subject - 2].Upos is "NOUN" or "PROPN")
                subject = PhraseHead(tokens, subject - 2);
            // "Pakistan said it shot down two warplanes", "The prosecutor said he had opened ...": "it", "he"
            // or "she" in what someone reports is that someone. Not "they" ("witnesses said they fired"
            // means the soldiers) and not inside a quotation ("“They fired into the crowd,” said Torres").
            // (The pronoun's own clause reports: "said it had sent a team ... to investigate".)
            // (The pronoun is what must stand outside the quotation: "said it had \"neutralised a group of terrorists\"".)
            else if (tokens[subject].Form.ToLowerInvariant() is "it" or "he" or "she" && ReporterOf(tokens, children, PronounsClause(tokens, subject, trigger)) is >= 0 and var reporter
                     && !InsideQuotation(document, subject))
                subject = reporter;
            // "Security forces said they killed four militants": armed forces and governments report their own
            // acts, so their "they" is themselves; a witness's "they" is someone else.
            else if (tokens[subject].Form.ToLowerInvariant() == "they" && ReporterOf(tokens, children, PronounsClause(tokens, subject, trigger)) is >= 0 and var plural
                     && !InsideQuotation(document, trigger) && SectorCodes.FirstSectorIn(phrases.CodeOf(plural) ?? "") is { } sector
                     && (SectorCodes.Armed.Contains(sector) || sector == "GOV"))
                subject = plural;
            else if (tokens[subject].Form.ToLowerInvariant() is "he" or "she" && ResolvePronoun(document, subject) is { } antecedent)
                subject = antecedent;
            // "police arrested eight people on Tuesday as they gathered outside the city hall": "they" in a clause
            // of time is the people the main verb acted on.
            else if (tokens[subject].Form.Equals("they", StringComparison.OrdinalIgnoreCase) && tokens[trigger].DepRel == "advcl" && tokens[trigger].Head >= 0
                     && children[trigger].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.ToLowerInvariant() is "as" or "when" or "while" or "after")
                     && children[tokens[trigger].Head].FirstOrDefault(c => tokens[c].DepRel == "obj" && tokens[c].Xpos is "NNS" or "NNPS", -1) is >= 0 and var people)
                subject = people;
            // "The U.N. mission said it had deployed peacekeepers ..., and it urged community leaders": a later
            // "it" of the sentence is the organisation or country that is its first subject.
            else if (tokens[subject].Form.Equals("it", StringComparison.OrdinalIgnoreCase) && !InsideQuotation(document, trigger)
                     && FirstSubjectBefore(document, subject) is >= 0 and var organisation && phrases.CodeOf(organisation) is not null)
                subject = organisation;
        }
        // "pulled nine passengers off a bus and shot them dead": "them" is the first verb's object.
        // So is it after a participle of that verb ("expelled two journalists, accusing them of ...").
        // ("suspended the private broadcaster Horizon FM ..., accusing it of inciting violence": "it" a singular one.)
        if (obj >= 0 && tokens[obj].Form.ToLowerInvariant() is "them" or "it"
            && (tokens[trigger].DepRel == "conj" || tokens[trigger].DepRel == "advcl" && tokens[trigger].Xpos == "VBG")
            && CoordinatedVerb(tokens, trigger) is >= 0 and var firstVerb
            && children[firstVerb].FirstOrDefault(c => tokens[c].DepRel == "obj"
                   && (tokens[obj].Form.Equals("it", StringComparison.OrdinalIgnoreCase) ? tokens[c].Xpos is "NN" or "NNP" : tokens[c].Xpos is "NNS" or "NNPS"), -1) is >= 0 and var firstObject)
            obj = firstObject;
        // "hurled bricks at police": what is thrown is no target; whom it is thrown at is.
        // ("fired an anti-tank missile at an Israeli army patrol": nor is a weapon fired.)
        if (obj >= 0 && !actorTargetsOnly && (tokens[obj].Lemma is "stone" or "brick" or "rock" or "bottle" or "projectile" or "egg" || WeaponNouns.Contains(tokens[obj].Lemma ?? ""))
            && (PrepositionalTarget(tokens, children, trigger, "at") >= 0 || children[obj].Any(c => tokens[c].DepRel == "nmod" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("at", StringComparison.OrdinalIgnoreCase)))))
            obj = PrepositionalTarget(tokens, children, trigger, "at") is >= 0 and var thrownAt ? thrownAt
                : children[obj].FirstOrDefault(c => tokens[c].DepRel == "nmod" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("at", StringComparison.OrdinalIgnoreCase)), -1);
        // "imposed a curfew" under "impose * curfew": the curfew is the event's wording, not its target.
        // ("treated more than 60 migrants for injuries": not a phrase hung on it.)
        if (obj >= 0 && !actorTargetsOnly && pattern.Context is { } wording
            && children[obj].Where(c => tokens[c].DepRel is not ("nmod" or "acl" or "acl:relcl")).Append(obj).Any(t => wording.Names(tokens[t].Form, tokens[t].Lemma))) obj = -1;
        // "signed a peace agreement with the government": an agreement is made with the "with" phrase.
        if (obj >= 0 && !actorTargetsOnly && pattern.PloverType is "AGREE" or "COOPERATE" && pattern.Context is { } accord && accord.Mentions(tokens[obj].Form, tokens[obj].Lemma))
            obj = PrepositionalTarget(tokens, children, trigger, "with");
        // "threatened to censure him": a threat's target is the person or name what it threatens is done to
        // (not a thing: "threatened to block all roads").
        if (obj < 0 && pattern.PloverType == "THREATEN" && !actorTargetsOnly
            && children[trigger].FirstOrDefault(c => tokens[c].DepRel == "xcomp", -1) is >= 0 and var threatened
            && children[threatened].FirstOrDefault(c => tokens[c].DepRel == "obj"
                   && (tokens[c].Form.ToLowerInvariant() is "him" or "her" or "them" || tokens[c].Upos == "PROPN"
                       || phrases.CodeOf(c) is { } threatenedCode && SectorCodes.FirstSectorIn(threatenedCode) is not null), -1) is >= 0 and var threatenedObject)   // ("to attack police stations")
            obj = threatenedObject;
        // "warning that the organisers of any new protest would be arrested", "warned that the army would pursue
        // the attackers": or whom it warns will suffer it.
        if (obj < 0 && pattern.PloverType == "THREATEN" && !actorTargetsOnly
            && children[trigger].FirstOrDefault(c => tokens[c].DepRel == "ccomp", -1) is >= 0 and var warned
            && children[warned].FirstOrDefault(c => tokens[c].DepRel == "nsubj:pass" && tokens[c].Upos is "NOUN" or "PROPN"
                   || tokens[c].DepRel == "nsubj" && tokens[c].Upos is "NOUN" or "PROPN"   // "would face the full might of the law", "would be \"hunted down\""
                      && (tokens[warned].Lemma is "face" or "pay" || children[warned].Any(a => tokens[a].DepRel == "aux:pass"))
                   || tokens[c].DepRel is "obj" or "obl" && phrases.At(c) is not null   // ("its troops would fire on any gunman")
                      && (tokens[c].DepRel == "obj" || children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.ToLowerInvariant() is "on" or "at" or "against" or "to")), -1) is >= 0 and var sufferer)   // ("would take the fight to the attackers")
            obj = sufferer;
        // "threatened to bring fire to the city unless the military ended its operations": or whoever must
        // act to be spared it.
        // (Not when the act threatened names whom it is done to: "threatened to charge the clan leaders with
        // murder if their fighters did not hand in their weapons".)
        if (obj < 0 && pattern.PloverType == "THREATEN" && !actorTargetsOnly
            && !children[trigger].Where(c => tokens[c].DepRel == "xcomp").SelectMany(c => children[c]).Any(c => tokens[c].DepRel == "obj" && phrases.At(c) is not null))
        {
            foreach (var below in children[trigger].Concat(children[trigger].Where(c => tokens[c].DepRel == "xcomp").SelectMany(c => children[c])))
            {
                if (tokens[below].DepRel != "advcl" || !children[below].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.ToLowerInvariant() is "unless" or "if")) continue;
                obj = children[below].FirstOrDefault(c => tokens[c].DepRel == "nsubj" && tokens[c].Upos is "NOUN" or "PROPN" && phrases.At(c) is not null, -1);
                if (obj >= 0) break;
            }
        }
        // ... and "him" is the person last named before.
        if (obj >= 0 && tokens[obj].Form.ToLowerInvariant() is "him" or "her" && ResolvePronoun(document, obj) is { } person) obj = person;
        // "a village councilor who had been abducted": the passive relative clause's pronoun is its antecedent,
        // the one acted on, not the actor.
        if (obj >= 0 && tokens[obj].Form.ToLowerInvariant() is "who" or "which" or "that" && tokens[obj].DepRel == "nsubj:pass"
            && tokens[trigger].DepRel == "acl:relcl" && tokens[trigger].Head >= 0)
        {
            obj = tokens[trigger].Head;
            if (subject == obj) subject = -1;
        }
        // "opened an investigation into the possible involvement of off-duty police officers", "condemned the
        // killing of three farmers": a noun for what someone did or suffered stands for them.
        if (obj >= 0 && !actorTargetsOnly && tokens[obj].Lemma is "involvement" or "role" or "death" or "killing" or "disappearance"
            && children[obj].FirstOrDefault(c => tokens[c].DepRel == "nmod" && IsNominal(tokens[c]) && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var doer)
            obj = doer;
        // "the dissidents of the 33rd Front, whom it accused of working alongside the army": the relative
        // pronoun object is its antecedent.
        if (obj >= 0 && tokens[obj].Form.ToLowerInvariant() is "whom" && tokens[trigger].DepRel == "acl:relcl" && tokens[trigger].Head >= 0)
            obj = tokens[trigger].Head;
        // "demanded that the government post troops", parsed with "that" as the object: the clause's subject.
        if (obj >= 0 && tokens[obj].Upos == "SCONJ")
            obj = children[obj].FirstOrDefault(c => IsNominal(tokens[c]), -1);
        // "Police fired tear gas to scatter the youths": the crowd is in the purpose clause.
        if (obj < 0 && pattern.PloverMode == "crowd-control" && !actorTargetsOnly
            && children[trigger].FirstOrDefault(c => tokens[c].DepRel is "advcl" or "xcomp" && IsPurposeInfinitive(tokens, children, c), -1) is >= 0 and var purpose)
            obj = children[purpose].FirstOrDefault(c => tokens[c].DepRel == "obj" && tokens[c].Upos is "NOUN" or "PROPN", -1);
        // "fired tear gas and beat migrants with batons": or the people the verb coordinated with it acts on.
        if (obj < 0 && pattern.PloverMode == "crowd-control" && !actorTargetsOnly
            && children[trigger].FirstOrDefault(c => tokens[c].DepRel == "conj" && tokens[c].Upos == "VERB", -1) is >= 0 and var alsoDone)
            obj = children[alsoDone].FirstOrDefault(c => tokens[c].DepRel == "obj" && tokens[c].Xpos is "NNS" or "NNPS", -1);
        // ("urged Western allies to speed up deliveries", with the allies parsed as the indirect object.)
        if (obj < 0 && pattern.PloverType == "REQUEST" && !actorTargetsOnly)
            obj = children[trigger].FirstOrDefault(c => tokens[c].DepRel == "iobj" && tokens[c].Upos is "NOUN" or "PROPN", -1);
        // "the kidnappers have since demanded 30 million rupees from their families": a ransom is demanded of
        // whom it is asked "from".
        if (pattern.PloverType == "REQUEST" && !actorTargetsOnly && (obj < 0 || phrases.CodeOf(obj) is null)
            && PrepositionalTarget(tokens, children, trigger, "from") is >= 0 and var askedOf && tokens[askedOf].Upos is "NOUN" or "PROPN" && phrases.CodeOf(askedOf) is not null)
            obj = askedOf;
        // "urged security agencies to go after ...", with the agencies parsed as a bare oblique.
        if (obj < 0 && pattern.PloverType == "REQUEST" && !actorTargetsOnly)
            obj = children[trigger].FirstOrDefault(c => tokens[c].DepRel == "obl" && tokens[c].Upos is "NOUN" or "PROPN" && !children[c].Any(g => tokens[g].DepRel == "case"), -1);
        // "demanding that the federal government protect farming communities", "urged security agencies to go
        // after the perpetrators" (with the agencies parsed as the clause's subject): a demand is made of the
        // subject of what it demands.
        if (obj < 0 && pattern.PloverType == "REQUEST" && !actorTargetsOnly
            && children[trigger].FirstOrDefault(c => tokens[c].DepRel is "ccomp" or "xcomp", -1) is >= 0 and var demanded
            && children[demanded].FirstOrDefault(c => tokens[c].DepRel is "nsubj" or "nsubj:pass"
                   && (tokens[c].Upos is "NOUN" or "PROPN" || tokens[c].Upos == "ADJ" && children[c].Any(g => tokens[g].DepRel == "det")), -1) is >= 0 and var addressee)
            obj = addressee;   // (also "the military" tagged as an adjective)
        // "Aid workers handed food rations to displaced families": aid goes to the "to" phrase; the object is
        // what is given.
        // (Not when the object is people already: "treated more than 60 migrants for injuries".)
        if (pattern.PloverType == "AID" && !actorTargetsOnly && !(obj >= 0 && tokens[obj].Xpos is "NNS" or "NNPS" && phrases.CodeOf(obj) is not null)
            && AidRecipient(tokens, children, trigger, phrases) is >= 0 and var recipient
            && tokens[recipient].Upos is "NOUN" or "PROPN")
            obj = recipient;
        // "accused the RSF of genocide", "accused the state government of ignoring requests", parsed with the
        // accused inside the "of" phrase or its clause: "accuse X of" names X right before "of".
        // ("accused the RSF of deliberately targeting civilians", with "civilians" as the object: not after "of".)
        if (tokens[trigger].Lemma == "accuse" && !actorTargetsOnly && AccusedBeforeOf(tokens, trigger) is >= 0 and var accused && (obj < 0 || obj > accused + 1))
            obj = accused;
        // "near the border with Burkina Faso, killing several terrorists", parsed as an absolute "with X
        // killing": a "with" right after a noun belongs to that noun, and the participle is a bare toll.
        if (subject >= 0 && tokens[trigger].Xpos == "VBG" && children[trigger].FirstOrDefault(c => tokens[c].DepRel == "mark"
                && tokens[c].Form.Equals("with", StringComparison.OrdinalIgnoreCase), -1) is > 0 and var withMark && tokens[withMark - 1].Upos == "NOUN")
            subject = -1;
        // "Elders of the Sawarka tribe, whose members have fought ..., called on": "whose members" misparsed
        // as the subject stands for the noun before the relative clause.
        if (subject >= 0 && children[subject].FirstOrDefault(c => tokens[c].Form.Equals("whose", StringComparison.OrdinalIgnoreCase), -1) is >= 2 and var whose
            && tokens[whose - 1].Form == "," && tokens[whose - 2].Upos is "NOUN" or "PROPN" && !IsInRelativeClause(tokens, trigger, subject))
            subject = PhraseHead(tokens, whose - 2);
        // "a man who identified himself as a Gran Grif leader threatened residents": who he says he is.
        // ("a man identified by police as the gang's leader": or named so by others; the "as" phrase may hang on the man.)
        if (subject >= 0 && !actorTargetsOnly && children[subject].FirstOrDefault(c => tokens[c].DepRel is "acl:relcl" or "acl" && tokens[c].Lemma is "identify" or "describe", -1) is >= 0 and var identified
            && children[identified].Concat(children[subject]).FirstOrDefault(c => tokens[c].DepRel is "obl" or "xcomp" or "nmod" && tokens[c].Upos is "NOUN" or "PROPN"
                   && children[c].Any(g => tokens[g].DepRel is "case" or "mark" && tokens[g].Form.Equals("as", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var identity)
            subject = identity;
        // "Hundreds of protesters, many of them displaced from Djugu, rallied": "many of them" stands for the
        // phrase before it.
        if (subject >= 2 && tokens[subject].Form.ToLowerInvariant() is "many" or "some" or "most" or "several" or "all" or "both"
            && tokens[subject - 1].Form == "," && tokens[subject - 2].Upos is "NOUN" or "PROPN")
            subject = PhraseHead(tokens, subject - 2);
        // "pursued the attackers ... and killed five of them": a share "of them" as the object is a share of
        // the object of the verb this one is coordinated with.
        if (obj >= 0 && IsShareOfThem(tokens, children, obj) && tokens[trigger].DepRel == "conj" && tokens[trigger].Head >= 0
            && children[tokens[trigger].Head].FirstOrDefault(c => tokens[c].DepRel == "obj", -1) is >= 0 and var shared)
            obj = shared;
        // "Drones launched by the paramilitary Rapid Support Forces (RSF) struck ...": a weapon sent by
        // someone is that someone's act.
        // ("11 police officers were injured by stones thrown by protesters": and things thrown by someone.)
        if (subject >= 0 && !actorTargetsOnly && (WeaponNouns.Contains(tokens[subject].Lemma ?? "") || tokens[subject].Lemma is "stone" or "brick" or "rock" or "bottle")
            && children[subject].FirstOrDefault(c => tokens[c].DepRel == "acl" && tokens[c].Xpos == "VBN", -1) is >= 0 and var launched
            && children[launched].FirstOrDefault(c => tokens[c].DepRel == "obl:agent", -1) is >= 0 and var launcher)
            subject = launcher;
        // "Ukraine's navy said its sea drones had struck a Russian patrol boat": "its" weapons are the reporter's.
        // (Not "its troops", "its fighters": a force's own account of its forces' act often retells an attack.)
        if (subject >= 0 && !actorTargetsOnly && WeaponNouns.Contains(tokens[subject].Lemma ?? "")
            && children[subject].Any(c => tokens[c].DepRel == "nmod:poss" && tokens[c].Form.ToLowerInvariant() is "its" or "their")
            && ReporterOf(tokens, children, trigger) is >= 0 and var weaponsOwner)
            subject = weaponsOwner;
        // "Houthi shelling killed five", "an Israeli air strike killed three fighters": an act named by a noun
        // whose modifier names its owner is the owner's act, as the subject of the verb that tells its toll
        // or as the trigger. (One act, not "jihadist attacks have killed hundreds since 2015". A weapon is
        // coded by its owner too: ActorAt.)
        if (subject >= 0 && source < 0 && !actorTargetsOnly && tokens[subject].Xpos == "NN" && ActNouns.Contains(tokens[subject].Lemma ?? "")
            && OwnerOfActOrWeapon(tokens, children, subject, phrases) is >= 0 and var owner)
            subject = owner;
        if (subject < 0 && source < 0 && !actorTargetsOnly && tokens[trigger].Xpos == "NN" && OwnerOfActOrWeapon(tokens, children, trigger, phrases) is >= 0 and var author)
        {
            subject = author;
            if (obj == author) obj = -1;   // (not also its target, as a modifier of an act often is: "the Kharkiv shelling")
        }
        // "Soldiers later caught up with the insurgents near Mafa, and the two sides fought": "the two sides"
        // are the sides the clause above named, its subject first.
        if (subject >= 0 && !actorTargetsOnly && tokens[subject].Lemma == "side"
            && children[subject].Any(c => tokens[c].Form.ToLowerInvariant() is "two" or "both") && tokens[trigger].Head is >= 0 and var clauseAbove
            && children[clauseAbove].FirstOrDefault(c => tokens[c].DepRel == "nsubj" && c < subject, -1) is >= 0 and var firstSide)
            subject = firstSide;
        // Words that name nothing ("the number of detained": "of") are no actors.
        if (subject >= 0 && !IsNominal(tokens[subject])) subject = -1;
        // "an attack that killed at least 23 people", "the strikes killed four": an act is no actor; its toll
        // goes to the act's own event when mentions are merged.
        if (subject >= 0 && !actorTargetsOnly && (ActNouns.Contains(tokens[subject].Lemma ?? "") || ActNouns.Contains(tokens[subject].Form.ToLowerInvariant()))) subject = -1;   // (also "fighting that killed", read as a verb)
        // "Banners signed by the cartel and hung from bridges threatened lime growers", "a video posted by the
        // group warned": a sign or a message signed, posted or sent by someone is that someone's.
        if (subject >= 0 && !actorTargetsOnly && (MediumNouns.Contains(tokens[subject].Lemma ?? "") || tokens[subject].Lemma is "banner" or "placard" or "leaflet" or "pamphlet" or "poster" or "note" or "sign")
            && children[subject].Where(c => tokens[c].DepRel == "acl" && tokens[c].Xpos == "VBN").SelectMany(c => children[c])
                   .FirstOrDefault(c => tokens[c].DepRel == "obl:agent", -1) is >= 0 and var signer)
            subject = signer;
        // "Governor Andi Rahman, in a video message on Tuesday, called on ...", parsed with the message as the
        // subject: a statement speaks for the person named before it in the sentence, and is no actor itself.
        if (subject >= 0 && !actorTargetsOnly && MediumNouns.Contains(tokens[subject].Lemma ?? ""))
            subject = SpeakerBefore(document, subject);
        if (obj >= 0 && !actorTargetsOnly && tokens[obj].Form.Equals("what", StringComparison.OrdinalIgnoreCase) && NamedByWhat(tokens, children, obj) is >= 0 and var named)
            obj = named;
        // "deployed 1,500 troops and military police officers to patrol the city": forces shown are the
        // actor's own, not a target.
        // ("The president sends 1,000 soldiers", under "send +obj:soldier": the soldiers are the act's wording too.)
        // "The army sent 600 additional soldiers to Highland Papua, a move criticised by church groups": what is
        // said of a move is said of whoever made it.
        if (obj < 0 && !actorTargetsOnly && tokens[trigger].DepRel == "acl" && tokens[trigger].Xpos == "VBN" && tokens[trigger].Head is >= 0 and var move
            && tokens[move].Lemma is "move" or "decision" or "step" or "measure" or "action" && tokens[move].DepRel == "appos"
            && VerbAbove(tokens, move) is >= 0 and var mover)
            obj = children[mover].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
        // "Soldiers of the Uganda People's Defence Force were deployed to Apaa": forces deployed, with no one
        // named deploying them, are the act's actor (their command sent them).
        // ("hundreds of soldiers were deployed": or the members of a count.)
        if (subject < 0 && source < 0 && !actorTargetsOnly && pattern.PloverType == "MOBILIZE" && obj >= 0 && tokens[obj].DepRel == "nsubj:pass"
            && SectorCodes.FirstSectorIn(phrases.CodeOf(obj) ?? phrases.CodeOf(MembersOfACount(tokens, children, obj)) ?? "") is { } deployedSector
            && SectorCodes.Armed.Contains(deployedSector))
            (subject, obj) = (obj, -1);
        bool shownForce = !actorTargetsOnly && pattern.PloverType == "MOBILIZE"
                          && (pattern.ObjectLemma is not null || obj >= 0 && phrases.CodeOf(obj) is { } shown && SectorCodes.FirstSectorIn(shown) is { } force && SectorCodes.Armed.Contains(force));
        if (shownForce) obj = -1;
        // "offered Honduran authorities FBI assistance": an offer or aid goes to the indirect object.
        if (!actorTargetsOnly && pattern.PloverType is "AGREE" or "AID" && children[trigger].FirstOrDefault(c => tokens[c].DepRel == "iobj", -1) is >= 0 and var recipientObject)
            obj = recipientObject;
        // "repelled an attempt by Russian assault troops to land", "foiled an attack by gunmen": an act's
        // author named with "by" is the target.
        if (obj >= 0 && obj != target && !actorTargetsOnly && (ActNouns.Contains(tokens[obj].Lemma ?? "") || AttemptNouns.Contains(tokens[obj].Lemma ?? ""))
            && children[obj].FirstOrDefault(c => tokens[c].DepRel == "nmod" && tokens[c].Upos is "NOUN" or "PROPN"
                   && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("by", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var attempter)
            obj = attempter;
        // "repelled the assault, killing 12 of the assailants": nor is an act a target; the clause's actors are.
        if (obj >= 0 && obj != target && !actorTargetsOnly && ActNouns.Contains(tokens[obj].Lemma ?? "")) obj = -1;
        // "a day after the U.N. special envoy for Yemen met Houthi negotiators", parsed with the envoy hung on
        // "day": a past tense left without a subject takes the noun phrase right before it.
        // (Not when the subject was an act set aside above: "Clashes between police and protesters killed 19 people".)
        if (subject < 0 && source < 0 && !actorTargetsOnly && tokens[trigger].Xpos == "VBD" && tokens[trigger].DepRel is not ("conj" or "acl:relcl")
            && !children[trigger].Any(c => tokens[c].DepRel == "nsubj" && !DateResolver.NamesATime(tokens[c].Form)) && NounPhraseBefore(tokens, trigger) is >= 0 and var before)
            subject = before;
        // "a police spokesman said 11 demonstrators were arrested": a force that reports an arrest with no
        // agent made it (ACLED's convention too); a witness reporting it does not say who did.
        if (subject < 0 && source < 0 && !actorTargetsOnly && pattern.PloverType == "COERCE" && children[trigger].Any(c => tokens[c].DepRel == "aux:pass")
            && ReporterOf(tokens, children, trigger) is >= 0 and var reportingForce && SectorCodes.FirstSectorIn(phrases.CodeOf(reportingForce) ?? "") is { } forceSector
            && SectorCodes.Armed.Contains(forceSector))
            subject = reportingForce;
        if (source >= 0) subject = source;
        // A missing object, or one that names no actor under PETRARCH's conventions ("restore ties with Gondor"), gives way to the first actor in the clause after the trigger.
        if (target < 0 && !shownForce && (obj < 0 || actorTargetsOnly && phrases.At(obj) is null))
        {
            // PETRARCH looks through the whole verb phrase; in news a clause below the trigger ("after
            // crowds burned ...") is another event's business, so Vigil's own coding stays in the clause.
            var ownClause = actorTargetsOnly ? null : OwnClause(tokens, children, trigger);
            for (int p = trigger + 1; p < clauseEnd; p++)
            {
                if (ownClause is not null && !ownClause.Contains(p) || phrases.At(p) is not { } phrase || phrase.Head == subject) continue;
                // "marched in Bogota and Cali": where the event happened is not whom it was aimed at (nor is a
                // name inside such a place: "near the town of Tibú in Colombia's Catatumbo region").
                if (!actorTargetsOnly && InsideLocative(tokens, children, phrase.Head, trigger)) continue;
                // "fought alongside the army against the militants": an ally is not the target.
                if (!actorTargetsOnly && children[phrase.Head].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.Equals("alongside", StringComparison.OrdinalIgnoreCase))) continue;
                // ("clashed repeatedly around Menaka ..., according to local sources": nor is a source.)
                if (!actorTargetsOnly && children[phrase.Head].Any(c => tokens[c].Form.Equals("according", StringComparison.OrdinalIgnoreCase))) continue;
                obj = phrase.Head;
                break;
            }
        }
        // "rallied outside the regional administration building", "gathered near the police station": a
        // protest at an authority's building is aimed at that authority.
        if (obj < 0 && target < 0 && !actorTargetsOnly && pattern.PloverType == "PROTEST" && ProtestedAuthority(tokens, children, trigger, phrases) is >= 0 and var authority)
            obj = authority;
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
        // "AA fighters and government troops fought heavy battles on the outskirts of Sittwe": two sides fighting
        // "on" a place fight each other there (one side alone "on the outskirts" attacks whoever is there).
        if (!actorTargetsOnly && subjects.Count >= 2 && pattern.AcledSubType == "Armed clash" && obj >= 0 && tokens[obj].Lemma is { } where && PlacesOn.Contains(where)
            && children[obj].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.Equals("on", StringComparison.OrdinalIgnoreCase)))
            obj = -1;
        // "fighting between Druze militias and Bedouin tribes": the sides are named once, the first against the others.
        // (The search for a target above may have found the second side itself.)
        if (between >= 0 && between == subject && (obj < 0 || subjects.Any(s => s.Head == obj)) && subjects.Count >= 2) return ([subjects[0]], subjects.Skip(1).ToList());
        // "Russia and Ukraine swapped 150 prisoners", "Baghdad and Erbil signed an agreement ... to remove armed
        // groups": what two sides exchange or agree on is no target; they do it to each other.
        if (!actorTargetsOnly && (tokens[trigger].Lemma is "swap" or "exchange" or "trade" || pattern.PloverType == "AGREE"
                && children[trigger].Any(c => tokens[c].DepRel == "obj" && tokens[c].Lemma is "agreement" or "deal" or "accord" or "pact" or "truce" or "ceasefire"
                       && PrepositionalTarget(tokens, children, c, "with") < 0) && PrepositionalTarget(tokens, children, trigger, "with") < 0)   // (not "signed a peace agreement with the government")
            && subjects.Count >= 2 && subjects.All(s => s.Head >= 0)) obj = -1;
        return (subjects, WithConjuncts(tokens, children, obj, phrases));
    }

    /// <summary>Whether the token stands inside a quotation (the spans the attribution stage reads quotes from).</summary>
    private static bool InsideQuotation(Document document, int token)
    {
        var t = document.Tokens[token];
        return Attribution.AttributionStage.QuotationSpans(document.Text).Any(q => q.Start <= t.Start && t.End <= q.End);
    }

    /// <summary>The verb whose subject the pronoun is (the trigger, or the clause it took the subject from).</summary>
    private static int PronounsClause(Token[] tokens, int pronoun, int trigger) =>
        tokens[pronoun].DepRel is "nsubj" or "nsubj:pass" && tokens[pronoun].Head >= 0 ? tokens[pronoun].Head : trigger;

    /// <summary>The non-pronoun subject of the verb whose complement clause the trigger is (or is a conjunct of), or -1.</summary>
    /// <summary>The first noun or name of the word's sentence that is a subject, before the word; -1 if none.</summary>
    private static int FirstSubjectBefore(Document document, int word)
    {
        var tokens = document.Tokens;
        for (int i = document.Sentences[tokens[word].Sentence].FirstToken; i < word; i++)
        {
            if (tokens[i].DepRel == "nsubj" && tokens[i].Upos is "NOUN" or "PROPN") return i;
        }
        return -1;
    }

    private static int ReporterOf(Token[] tokens, List<int>[] children, int trigger)
    {
        int clause = tokens[trigger].DepRel == "conj" && tokens[trigger].Head >= 0 ? tokens[trigger].Head : trigger;
        if (tokens[clause].DepRel != "ccomp" || tokens[clause].Head < 0) return -1;
        int subject = children[tokens[clause].Head].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
        return subject >= 0 && tokens[subject].Upos != "PRON" ? subject : -1;
    }

    private static readonly HashSet<string> LocativePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "across", "around", "outside", "inside", "throughout", "during", "through", "toward", "towards", "along",
    };

    /// <summary>
    /// The verb a coordinated verb is coordinated with: its head, or when the parser hung it on a noun of
    /// the first verb's phrase ("... outside parliament in Tbilisi late Sunday and detained 38 people"),
    /// the nearest verb above that noun. -1 if none is near.
    /// </summary>

    /// <summary>The participle of the same sentence before the word that hangs on a verb (advcl), or -1.</summary>
    private static int PreviousParticiple(Token[] tokens, int word)
    {
        for (int t = word - 1; t >= 0 && tokens[t].Sentence == tokens[word].Sentence; t--)
        {
            if (tokens[t].Xpos == "VBG" && tokens[t].DepRel == "advcl" && tokens[t].Head >= 0 && tokens[tokens[t].Head].Upos == "VERB") return t;
        }
        return -1;
    }

    private static bool IsPronounIt(in Token token) => token.Form.Equals("it", StringComparison.OrdinalIgnoreCase);

    private static int CoordinatedVerb(Token[] tokens, int conjunct)
    {
        int head = tokens[conjunct].Head;
        for (int depth = 0; head >= 0 && depth < 8; depth++, head = tokens[head].Head)
        {
            if (tokens[head].Upos == "VERB") return head;
        }
        return -1;
    }

    private static bool InsideLocative(Token[] tokens, List<int>[] children, int noun, int trigger)
    {
        for (int t = noun, depth = 0; t >= 0 && t != trigger && depth < 6; t = tokens[t].Head, depth++)
        {
            if (IsLocative(tokens, children, t)) return true;
        }
        return false;
    }

    /// <summary>A noun in a place or time phrase ("in Bogota", "near Gao"), or the conjunct of one.</summary>
    private static bool IsLocative(Token[] tokens, List<int>[] children, int noun)
    {
        int phraseHead = tokens[noun].DepRel == "conj" && tokens[noun].Head >= 0 ? tokens[noun].Head : noun;
        // "toward the Malian border": a nationality modifying a place noun is as locative as its noun.
        if (tokens[phraseHead].DepRel is "amod" or "compound" && tokens[phraseHead].Head >= 0) phraseHead = tokens[phraseHead].Head;
        return (tokens[phraseHead].DepRel ?? "") is var rel && (rel.StartsWith("obl", StringComparison.Ordinal) || rel == "nmod")
               && children[phraseHead].Any(c => tokens[c].DepRel == "case" && LocativePrepositions.Contains(tokens[c].Form));
    }

    /// <summary>The verb whose adjunct a noun is, directly or through the verb's object; -1 if none.</summary>
    /// <summary>"hundreds of soldiers": the soldiers a count counts (the count itself when it has no "of" phrase).</summary>
    private static int MembersOfACount(Token[] tokens, List<int>[] children, int count) =>
        tokens[count].Lemma is "hundred" or "thousand" or "dozen" or "score" || tokens[count].Upos == "NUM"
            ? children[count].FirstOrDefault(c => tokens[c].DepRel == "nmod" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase)), count)
            : count;

    /// <summary>The first verb above a word, within three steps (-1 if none).</summary>
    private static int VerbAbove(Token[] tokens, int word)
    {
        for (int t = tokens[word].Head, depth = 0; t >= 0 && depth < 3; t = tokens[t].Head, depth++)
        {
            if (tokens[t].Upos == "VERB") return t;
        }
        return -1;
    }

    private static int GoverningVerb(Token[] tokens, int noun)
    {
        int t = noun;
        for (int depth = 0; depth < 2 && tokens[t].Head >= 0 && tokens[t].DepRel is { } rel
             && (rel.StartsWith("obl", StringComparison.Ordinal) || rel == "nmod" || rel == "obj" && depth > 0); depth++)
        {
            t = tokens[t].Head;
            if (tokens[t].Upos == "VERB") return t;
        }
        return -1;
    }

    private static bool CoordinatedBetween(Token[] tokens, int first, int second)
    {
        for (int i = first + 1; i < second; i++)
        {
            if (tokens[i].Upos == "CCONJ" || tokens[i].Form is "," or ";") return true;
        }
        return false;
    }

    /// <summary>
    /// A past tense with no subordinator of its own hung as an adverbial clause: the parser's reading of
    /// "Inmates armed with guns fought each other" with "armed" as the root. The verb is the clause's own.
    /// </summary>
    private static bool IsUnmarkedPastTense(Token[] tokens, List<int>[] children, int verb) =>
        tokens[verb].Xpos == "VBD" && !children[verb].Any(c => tokens[c].DepRel is "mark" or "nsubj" or "nsubj:pass");

    private static bool IsPurposeInfinitive(Token[] tokens, List<int>[] children, int verb) =>
        children[verb].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.Equals("to", StringComparison.OrdinalIgnoreCase));

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
        bool allies = subjects.All(s => s.OwnerModifies) && !MutualActs.Contains(pattern.PloverType ?? "") && pattern.AcledSubType != "Armed clash";
        // ("National Guard troops and immigration agents fired tear gas", "Students and teachers marched": an act
        // one side does to another, with no one named as its target, is done together.)
        bool mutual = MutualActs.Contains(pattern.PloverType ?? "") || pattern.AcledSubType == "Armed clash" || pattern.PloverType == "ASSAULT" && pattern.PloverMode is null or "-"
                      || pattern.Lemma is "swap" or "exchange" or "trade" or "agree";   // (a truce agreed, prisoners swapped)
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
            if (tokens[t].DepRel is "advcl" or "ccomp" or "parataxis" or "csubj"
                || tokens[t].DepRel == "conj" && tokens[t].Upos is "VERB") continue;
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

    /// <summary>
    /// Whether an object is the pattern's noun: its head, or a coordinated noun or a compound the parser
    /// made of one ("fired tear gas and rubber bullets", with "gas" a compound of "bullets").
    /// </summary>
    private static bool ObjectNames(Token[] tokens, List<int>[] children, int obj, string lemma)
    {
        if (tokens[obj].Lemma == lemma) return true;
        foreach (var c in children[obj])
        {
            if (tokens[c].Upos != "NOUN" || tokens[c].Lemma != lemma) continue;
            if (tokens[c].DepRel == "conj") return true;
            // A compound with modifiers of its own is a noun phrase of its own ("tear gas"), not a modifier ("gas station").
            if (tokens[c].DepRel == "compound" && children[c].Any(g => tokens[g].DepRel is "compound" or "amod")) return true;
        }
        return false;
    }

    /// <summary>An adjunct of time or circumstance ("during a visit", "after the talks", a bare participle), not a content ("for an investigation").</summary>
    private static bool IsAdjunct(Token[] tokens, List<int>[] children, int child)
    {
        int marker = children[child].FirstOrDefault(c => tokens[c].DepRel is "case" or "mark", -1);
        // "demanded the minister's resignation, accusing authorities of ...": a bare participle beside the
        // demand says what else its subject did.
        if (tokens[child].DepRel == "advcl" && tokens[child].Xpos == "VBG" && marker < 0) return true;
        return tokens[child].DepRel is "obl" or "advcl" or "nmod" && marker >= 0
               && tokens[marker].Form.ToLowerInvariant() is "during" or "after" or "before" or "while" or "when" or "since" or "amid" or "despite";
    }

    /// <summary>
    /// The head of the noun phrase that ends right before a verb: up through compounds, names and "of"
    /// or "for" modifiers ("the U.N. special envoy for Yemen"), not through other prepositions ("a day
    /// after ..."); -1 when the word before is no noun, or a time ("on Monday accused").
    /// </summary>
    private static int NounPhraseBefore(Token[] tokens, int verb)
    {
        int t = verb - 1;
        if (t < 0 || tokens[t].Sentence != tokens[verb].Sentence || tokens[t].Upos is not ("NOUN" or "PROPN") || DateResolver.NamesATime(tokens[t].Form)) return -1;
        while (tokens[t].Head is >= 0 and var head && head < verb && tokens[head].Upos is "NOUN" or "PROPN")
        {
            bool inside = tokens[t].DepRel is "compound" or "flat" || tokens[t].DepRel == "nmod" && OfOrFor(tokens, t);
            if (!inside) break;
            t = head;
        }
        return DateResolver.NamesATime(tokens[t].Form) ? -1 : t;
    }

    private static bool OfOrFor(Token[] tokens, int noun)
    {
        for (int i = noun - 1; i >= 0 && i >= noun - 4; i--)
        {
            if (tokens[i].Head == noun && tokens[i].DepRel == "case") return tokens[i].Form.ToLowerInvariant() is "of" or "for";
        }
        return false;
    }

    /// <summary>A weekday, a month or a time noun, by the word or its lemma ("Saturday", "mornings").</summary>
    private static bool NamesATime(in Token token) =>
        DateResolver.NamesATime(token.Form) || token.Lemma is { } lemma && DateResolver.NamesATime(lemma);

    /// <summary>Buildings and camps named by their owners or dwellers ("the offices of the electoral commission", "an encampment of farm workers").</summary>
    private static readonly HashSet<string> OwnedPlaceNouns = new(StringComparer.Ordinal)
        { "office", "headquarters", "home", "house", "residence", "compound", "premises", "branch", "embassy", "consulate", "property",
          "encampment", "camp", "settlement", "shelter", "warehouse", "depot", "store", "facility", "clinic" };

    /// <summary>PLOVER types of acts that two coordinated parties do to each other ("Israeli and Palestinian leaders met").</summary>
    private static readonly HashSet<string> MutualActs = new(StringComparer.Ordinal) { "CONSULT", "AGREE", "COOPERATE" };

    private static readonly string[] AimedTargets = ["on", "against", "at", "into"];

    private static readonly string[] ReducedRelationsTargets = ["on", "against", "to", "from", "in"];

    /// <summary>Sectors of people who do not fight: civilians, journalists, teachers, doctors, clergy, workers, refugees, aid workers.</summary>
    private static readonly HashSet<string> NonCombatants = new(StringComparer.Ordinal) { "CVL", "MED", "EDU", "HLH", "REL", "LAB", "REF", "HRI", "NGO", "AGR", "BUS" };

    private static readonly HashSet<string> Instruments = new(StringComparer.Ordinal)
        { "gun", "rifle", "machete", "knife", "stick", "stone", "rock", "weapon", "club", "spear", "arrow", "bow", "grenade", "bomb", "mortar", "rocket", "firearm", "axe", "sword", "pistol" };

    private static readonly HashSet<string> WeaponNouns = new(StringComparer.Ordinal)
        { "drone", "missile", "rocket", "shell", "bomb", "mortar", "warplane", "aircraft", "jet", "helicopter", "grenade", "projectile" };

    private static readonly HashSet<string> ActNouns = new(StringComparer.Ordinal)
        { "attack", "strike", "airstrike", "bombing", "blast", "explosion", "raid", "assault", "shelling", "fighting", "clash", "violence", "ambush",
          "insurgency", "conflict", "war", "unrest", "uprising", "rebellion" };

    private static readonly HashSet<string> AttemptNouns = new(StringComparer.Ordinal)
        { "attempt", "bid", "offensive", "advance", "incursion", "push", "infiltration" };

    private static readonly HashSet<string> GatheringNouns = new(StringComparer.Ordinal)
        { "blockade", "rally", "protest", "demonstration", "march", "sit-in", "gathering", "vigil", "strike", "occupation" };

    /// <summary>The noun right before the "of" that follows "accused" within a few words (articles and modifiers between), or -1.</summary>
    private static int AccusedBeforeOf(Token[] tokens, int trigger)
    {
        for (int i = trigger + 1; i < tokens.Length && i <= trigger + 6 && tokens[i].Sentence == tokens[trigger].Sentence; i++)
        {
            if (tokens[i].Form.Equals("of", StringComparison.OrdinalIgnoreCase))
                return i > trigger + 1 && tokens[i - 1].Upos is "NOUN" or "PROPN" ? i - 1 : -1;
            if (tokens[i].Upos is not ("DET" or "ADJ" or "NOUN" or "PROPN" or "NUM")) return -1;
        }
        return -1;
    }

    /// <summary>The head of the noun phrase a noun belongs to, through "of" modifiers ("tribe" in "Elders of the tribe" → "Elders").</summary>
    private static int PhraseHead(Token[] tokens, int noun)
    {
        while (tokens[noun].DepRel == "nmod" && tokens[noun].Head is >= 0 and var head && tokens[head].Upos is "NOUN" or "PROPN" && head < noun) noun = head;
        return noun;
    }

    /// <summary>Whether the trigger is the verb of the relative clause the subject opens ("whose members have fought").</summary>
    private static bool IsInRelativeClause(Token[] tokens, int trigger, int subject) =>
        tokens[trigger].DepRel == "acl:relcl" && tokens[subject].Head == trigger;

    /// <summary>The verb whose object a noun is, through coordinated nouns ("deployed soldiers and police officers"), or -1.</summary>
    private static int SentBy(Token[] tokens, int noun)
    {
        while (tokens[noun].DepRel == "conj" && tokens[noun].Head >= 0) noun = tokens[noun].Head;
        return tokens[noun].DepRel == "obj" ? tokens[noun].Head : -1;
    }

    /// <summary>Verbs that only carry an event noun: "go on strike", "stage a protest", "hold a rally".</summary>
    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal) { "go", "stage", "hold", "begin", "start", "launch", "join", "mount", "wage" };

    /// <summary>
    /// Whom a protest is aimed at, when no object says so: the authority at whose building it gathers
    /// ("rallied outside the regional administration building", "protested outside the offices of the interim
    /// administration"), or whom its chants are against ("staged a flash protest, chanting slogans against
    /// the military"); -1 if neither.
    /// </summary>
    private static int ProtestedAuthority(Token[] tokens, List<int>[] children, int trigger, PhraseIndex phrases)
    {
        bool IsAuthority(int t) => phrases.CodeOf(t) is { } code && SectorCodes.FirstSectorIn(code) is "GOV" or "COP" or "MIL" or "LEG" or "JUD";
        foreach (var c in children[trigger])
        {
            if (!(tokens[c].DepRel ?? "").StartsWith("obl", StringComparison.Ordinal)
                || !children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.ToLowerInvariant() is "outside" or "at" or "near" or "before")) continue;
            if (IsAuthority(c)) return c;
            if (OwnedPlaceNouns.Contains(tokens[c].Lemma ?? "")
                && children[c].FirstOrDefault(o => tokens[o].DepRel == "nmod" && children[o].Any(g => tokens[g].DepRel == "case" && tokens[g].Form == "of") && IsAuthority(o), -1) is >= 0 and var owner)
                return owner;
        }
        // (The chanting may hang on the light verb of a protest noun: "staged a protest, chanting ...".)
        int clause = tokens[trigger].Upos == "NOUN" && tokens[trigger].Head >= 0 && LightVerbs.Contains(tokens[tokens[trigger].Head].Lemma ?? "") ? tokens[trigger].Head : trigger;
        foreach (var chant in children[clause].Where(c => tokens[c].DepRel is "advcl" or "xcomp" or "conj" && tokens[c].Lemma is "chant" or "shout" or "sing"))
        {
            for (int t = chant + 1; t <= SubtreeEnd(children, chant); t++)
            {
                if (tokens[t].Upos is "NOUN" or "PROPN" && phrases.CodeOf(t) is not null
                    && children[t].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("against", StringComparison.OrdinalIgnoreCase)))
                    return t;
            }
        }
        return -1;
    }

    /// <summary>
    /// The word before an act or a weapon that names whose it is ("the army's shelling", "Houthi shelling",
    /// "an Israeli air strike", "a military air strike", "RSF drones"), or -1. A time is nobody's ("Monday's attack").
    /// </summary>
    private static int OwnerOfActOrWeapon(Token[] tokens, List<int>[] children, int noun, PhraseIndex phrases)
    {
        foreach (var c in children[noun])
        {
            if (c > noun || tokens[c].DepRel is not ("nmod:poss" or "amod" or "compound") || tokens[c].Upos == "PRON" || NamesATime(tokens[c])) continue;
            // (A name or a country, or a word for an armed force or a government: not "a national strike".)
            if (phrases.CountryAt(c) is not null || phrases.At(c) is { Head: var named } && named == c && phrases.CodeOf(c) is { Length: >= 3 }
                || AgentDictionary.Default.Exact(tokens[c].Lemma?.ToLowerInvariant() ?? "") is { } agent
                   && AgentDictionary.SectorOfCode(agent) is var sector && (SectorCodes.Armed.Contains(sector) || sector == "GOV"))
                return c;
        }
        return -1;
    }

    /// <summary>Not a function word: a noun, a name, a number, or a word the tagger mistook ("fighters/VERB" as a subject).</summary>
    private static bool IsNominal(Token token) => token.Upos is not ("ADP" or "SCONJ" or "CCONJ" or "DET" or "PUNCT" or "PART" or "AUX" or "INTJ" or "SYM");

    /// <summary>"most of them", "all of whom", "two of them": a share of the people just named.</summary>
    private static bool IsShareOfThem(Token[] tokens, List<int>[] children, int word) =>
        (tokens[word].Upos == "NUM" || tokens[word].Form.ToLowerInvariant() is "most" or "many" or "all" or "some" or "several" or "half" or "none" or "both")
        && children[word].Any(g => tokens[g].Form.ToLowerInvariant() is "them" or "whom");

    private static bool IntroducesExamples(Token[] tokens, int word) =>
        tokens[word].DepRel is "case" or "mark" or "cc" or "advmod" && tokens[word].Form.ToLowerInvariant() is "including" or "especially" or "notably" or "mostly" or "mainly" or "largely";

    /// <summary>A modifier of the head coordinated with others, each naming a country: the modifier and its conjuncts.</summary>
    private static List<int> CoordinatedModifiers(Token[] tokens, List<int>[] children, int head, PhraseIndex phrases)
    {
        foreach (var m in children[head])
        {
            if (tokens[m].DepRel is not ("compound" or "amod" or "nmod:poss")) continue;
            var modifiers = new List<int> { m };
            modifiers.AddRange(children[m].Where(c => tokens[c].DepRel == "conj"));
            if (modifiers.Count > 1 && modifiers.All(x => phrases.CountryAt(x) is not null)) return modifiers;
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
                owners.AddRange(children[owners[k]].Where(g => tokens[g].DepRel == "conj" && phrases.At(g) is not null && !owners.Contains(g)));
        }
        return owners;
    }

    /// <summary>"what he called a barbaric attack": "call" that names something, not one that asks (no "for", "on", object clause).</summary>
    private static bool Names(Token[] tokens, List<int>[] children, int verb) =>
        tokens[verb].Lemma == "call" && (tokens[verb].DepRel == "acl:relcl" || children[verb].Any(c => tokens[c].Form.ToLowerInvariant() is "what"));

    /// <summary>
    /// "condemned what he called a cowardly attack by terrorists": the free relative stands for what it
    /// names, and an attack named so for its authors.
    /// </summary>
    private static int NamedByWhat(Token[] tokens, List<int>[] children, int what)
    {
        var clause = children[what].FirstOrDefault(c => tokens[c].DepRel == "acl:relcl" && tokens[c].Lemma is "call" or "describe" or "term", -1);
        if (clause < 0) return -1;
        var named = Subtree(children, clause).Where(t => t > clause && ActNouns.Contains(tokens[t].Lemma ?? "")).DefaultIfEmpty(-1).First();
        if (named < 0) return -1;
        int author = children[named].FirstOrDefault(c => tokens[c].DepRel == "nmod" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("by", StringComparison.OrdinalIgnoreCase)), -1);
        return author >= 0 ? author : named;
    }

    private static IEnumerable<int> Subtree(List<int>[] children, int token) => children[token].SelectMany(c => Subtree(children, c)).Prepend(token);

    private static readonly HashSet<string> AllegationNouns = new(StringComparer.Ordinal) { "charge", "suspicion", "allegation", "accusation" };

    /// <summary>
    /// The "to" phrase of a gift: on the verb, on its object, or on the object's "of" phrase ("delivered 90
    /// tonnes of food to displaced families"); -1 if none.
    /// </summary>
    private static int AidRecipient(Token[] tokens, List<int>[] children, int trigger, PhraseIndex phrases)
    {
        int recipient = PrepositionalTarget(tokens, children, trigger, "to");
        if (recipient >= 0) return recipient;
        // ("flew 12 tonnes of medicines into Goma for hospitals overwhelmed with the wounded": or "for" people.)
        if (PrepositionalTarget(tokens, children, trigger, "for") is >= 0 and var beneficiary && IsNominal(tokens[beneficiary])
            && !DateResolver.NamesATime(tokens[beneficiary].Form)) return beneficiary;
        int afterObject = children[trigger].Where(c => tokens[c].DepRel == "obj").SelectMany(c => children[c]).Where(c => tokens[c].DepRel == "nmod")
            .Select(c => PrepositionalTarget(tokens, children, c, "to")).FirstOrDefault(t => t >= 0, -1);
        if (afterObject >= 0) return afterObject;
        // ("delivered sorghum, lentils and cooking oil to about 40,000 people", "flown 40 tonnes of food into
        // Ménaka on Sunday for displaced families", parsed with the people hung on a word of the list or the
        // date: the first people "to" or "for" whom the act's words name.)
        for (int t = trigger + 1; t <= SubtreeEnd(children, trigger); t++)
        {
            if (tokens[t].Upos is "NOUN" or "PROPN" && phrases.CodeOf(t) is not null && !DateResolver.NamesATime(tokens[t].Form)
                && children[t].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.ToLowerInvariant() is "to" or "for"))
                return t;
        }
        return -1;
    }

    /// <summary>Nouns for the ways words reach the public: what they carry is someone's, not their own act.</summary>
    private static readonly HashSet<string> MediumNouns = new(StringComparer.Ordinal)
        { "message", "statement", "conference", "interview", "video", "speech", "letter", "broadcast", "post", "tweet", "communique", "address",
          "telephone", "phone", "email", "radio" };

    /// <summary>The last word of the last person or organisation named before the word in its sentence, or -1.</summary>
    private static int SpeakerBefore(Document document, int word)
    {
        int sentenceStart = document.Sentences[document.Tokens[word].Sentence].FirstToken;
        var mention = document.Entities.Where(e => e.Label is "PER" or "ORG").SelectMany(e => e.Mentions)
            .Where(m => m.FirstToken >= sentenceStart && m.FirstToken + m.TokenCount <= word).MaxBy(m => m.Start);
        return mention is null ? -1 : mention.FirstToken + mention.TokenCount - 1;
    }

    /// <summary>"he" or "she" takes the nearest preceding person mention.</summary>
    private static int? ResolvePronoun(Document document, int pronoun)
    {
        var mention = document.Entities.Where(e => e.Label is "PER").SelectMany(e => e.Mentions)
            .Where(m => m.End <= document.Tokens[pronoun].Start && m.FirstToken >= 0).MaxBy(m => m.Start);
        return mention is null ? null : mention.FirstToken + mention.TokenCount - 1;
    }
}
