using Vigil.Actors;
using Vigil.Documents;

namespace Vigil.Events;

// Whom the act is done to, when the trigger's own object does not say: the target a pattern's preposition
// names, the other side of a mutual act, the one a threat, a request or aid is aimed at, the first actor
// in the clause; and objects that are no target (see EventsStage.ActorSlots.cs for the order of the steps).
public sealed partial class EventsStage
{
    private sealed partial class ActorSearch
    {
        /// <summary>An event noun under a passive verb is done to that verb's subject.</summary>
        private void UndergoerOfAPassive()
        {
            // "was placed under house arrest by police": an event noun under a passive verb is done to that verb's subject.
            // (Not a fight whose "between" phrase names both sides: "Five people were killed in clashes between farmers and traders".)
            if (obj < 0 && target < 0 && tokens[trigger].Upos == "NOUN" && tokens[trigger].DepRel == "obl" && tokens[trigger].Head is >= 0 and var passive
                && !(between >= 0 && children[between].Any(c => tokens[c].DepRel == "conj"))
                && children[passive].Any(c => tokens[c].DepRel == "aux:pass")
                && children[passive].FirstOrDefault(c => tokens[c].DepRel == "nsubj:pass" && IsNominal(tokens[c]), -1) is >= 0 and var undergoer)
                obj = undergoer;
        }

        /// <summary>
        /// "Thousands of people are believed to have been killed", "Two journalists are reported to have been arrested by police":
        /// a passive complement is done to its governor's subject.
        /// </summary>
        private void UndergoerOfAPassiveComplement()
        {
            if (obj < 0 && target < 0 && tokens[trigger].Upos == "VERB" && tokens[trigger].DepRel == "xcomp" && tokens[trigger].Head is >= 0 and var governor
                && IsPassiveComplement(tokens, trigger)
                && children[governor].FirstOrDefault(c => tokens[c].DepRel is "nsubj" or "nsubj:pass" && IsNominal(tokens[c]), -1) is >= 0 and var undergoer)
                obj = undergoer;
        }

        /// <summary>The object the pattern names: its own target, the phrase a pattern's noun is aimed at, the other side of a symmetric act.</summary>
        public void ObjectThePatternNames()
        {
            // An event noun as the object of a light verb: "fought gun battles" is coded on "fought" already;
            // "the clash came": the noun has no actors of its own.
            if (target >= 0) obj = target;
            TargetOfAPatternsNoun();
            OtherSideOfASymmetricAct();
        }

        /// <summary>A pattern's event noun names its target with a preposition, and a meeting whom it is with.</summary>
        private void TargetOfAPatternsNoun()
        {
            // "carried out airstrikes on suspected CODECO positions": a light verb's event noun names the target.
            if (target < 0 && pattern.ObjectLemma is not null)
            {
                // ("imposed sanctions on two of the junta's leaders": or on the verb.)
                // ("recalled its ambassador to Bolivia", "from Tehran", "its top diplomat in Afghanistan": relations
                // are cut with the envoy's host.)
                var prepositions = pattern.Cameo?.StartsWith("16", StringComparison.Ordinal) == true ? ReducedRelationsTargets : AimedTargets;
                foreach (var preposition in prepositions)
                {
                    // ("held talks in Bangui on the stalled demobilization": what talks are on is their subject, no side.)
                    if (preposition == "on" && pattern.PloverType == "CONSULT") continue;
                    // ("exchanged fire with gunmen on a highway": a place "on" which a fight happened is no target.)
                    if (PrepositionalTarget(tokens, children, trigger, preposition) is >= 0 and var aimed
                        && !(preposition == "on" && pattern.AcledSubType == "Armed clash" && tokens[aimed].Lemma is { } where && PlacesOn.Contains(where))) { obj = aimed; break; }
                }
                // "chaired an emergency meeting of security chiefs", "held talks with the rebels": who a meeting is with.
                // ("suspended peace talks with the ELN": so are talks broken off.)
                // ("held two rounds of face-to-face talks with the KNF": the object the pattern names, where the parse made two.)
                // (Not a delegation received or hosted: the visitors are the object, "received a delegation of the marchers".)
                if (obj < 0 && pattern.PloverType == "CONSULT" && pattern.PloverMode == "visit")
                    obj = children[trigger].FirstOrDefault(c => tokens[c].DepRel == "obj", -1);
                if (obj < 0 && (pattern.PloverType == "CONSULT" && pattern.PloverMode != "visit" || pattern.ObjectLemma is "talk" or "negotiation")
                    && (children[trigger].FirstOrDefault(c => tokens[c].DepRel == "obj" && pattern.ObjectLemma is { } named && tokens[c].Lemma == named, -1) is >= 0 and var talks
                        ? talks : children[trigger].FirstOrDefault(c => tokens[c].DepRel == "obj", -1)) is >= 0 and var meeting)
                    // (Not the talks a count of rounds counts: "The government and the OLA held two rounds of talks in Tanzania".)
                    obj = children[meeting].FirstOrDefault(c => tokens[c].DepRel == "nmod" && IsNominal(tokens[c]) && !IsLocative(tokens, children, c) && tokens[c].Lemma != pattern.ObjectLemma
                              && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.ToLowerInvariant() is "of" or "with"), -1);
            }
        }

        /// <summary>The other side of a fight or a meeting, with "with" (not an instrument) or "against".</summary>
        private void OtherSideOfASymmetricAct()
        {
            // "clashed with self-defense groups", "fought against the army": the other side of a symmetric event.
            // ("clashed with guns and machetes": what they fought with is no side.)
            if (obj < 0 && pattern.PloverType is "ASSAULT" or "CONSULT")
                obj = PrepositionalTarget(tokens, children, trigger, "with") is >= 0 and var with && !Instruments.Contains(tokens[with].Lemma ?? "")
                    ? with : PrepositionalTarget(tokens, children, trigger, "against");
        }

        /// <summary>The object for what the parse made it: a pronoun, a thing thrown, the pattern's wording, and whom a threat, a demand, aid or an accusation is aimed at.</summary>
        public void WhatTheObjectStandsFor()
        {
            // ("A suicide bomber blew himself up ..., killing at least nine people": the one who does it is no target of his act.)
            if (obj >= 0 && tokens[obj].Xpos == "PRP" && tokens[obj].Form.ToLowerInvariant() is "himself" or "herself" or "themselves" or "itself") obj = -1;
            PronounARequestIsAddressedTo();
            ObjectPronounOfTheFirstVerb();
            CountOfThemMeans();
            BothMeans();
            CrowdAnObjectPronounMeans();
            ReleasedThemMeans();
            TargetOfAThingThrown();
            WhatABombersVehicleIsDrivenInto();
            SubjectAnObjectPronounInAClauseOfTimeMeans();
            NoTargetInThePatternsWording();
            PartyToAnAgreement();
            WhomAThreatIsDoneTo();
            WhomAWarningSaysWillSuffer();
            WhoMustActToBeSpared();
            PersonAnObjectPronounMeans();
            AntecedentOfAPassiveRelativePronoun();
            WhoANounForAFateStandsFor();
            AntecedentOfWhom();
            SubjectOfAnObjectClause();
            CrowdOfCrowdControl();
            AddresseeOfARequest();
            RecipientOfAid();
            ThemInAWhereClause();
            ThemTheSubjectsParticipleTook();
            HolderOfAPlaceAttacked();
            TheAccused();
            PeopleAVehicleCarries();
            ForcesDeadAnAttackOnTheirPostLeft();
            WhatTheyWereCalled();
            MembersOfAQuantifier();
        }

        /// <summary>
        /// "met abbots of about 30 monasteries ... and asked them to urge young men to report": the pronoun a request is
        /// addressed to is whom it asks (the first verb's object, resolved next), not whom the request asks them to act on.
        /// </summary>
        private void PronounARequestIsAddressedTo()
        {
            if (obj >= 0 || actorTargetsOnly || pattern.PloverType != "REQUEST") return;
            int pronoun = children[trigger].FirstOrDefault(c => tokens[c].DepRel == "iobj" && IsPersonalObjectPronoun(tokens[c]), -1);
            if (pronoun >= 0) obj = pronoun;
        }

        /// <summary>
        /// "accused some of the units of extorting money", "arrested many of the protesters": a quantifier stands for the
        /// people it counts.
        /// </summary>
        private void MembersOfAQuantifier()
        {
            if (obj >= 0 && tokens[obj].Upos is "DET" or "PRON" or "ADJ" or "NUM") obj = MembersOfEach(tokens, children, obj);
        }

        /// <summary>
        /// "opened fire on what the military described as militants": the target is what the speaker calls it
        /// (the coder's word is the speaker's), not "what".
        /// </summary>
        private void WhatTheyWereCalled()
        {
            if (obj < 0 || !tokens[obj].Form.Equals("what", StringComparison.OrdinalIgnoreCase)) return;
            int naming = children[obj].FirstOrDefault(c => tokens[c].DepRel == "acl:relcl" && tokens[c].Lemma is "describe" or "call" or "term" or "identify" or "label", -1);
            if (naming < 0) return;
            // ("condemned what he called police brutality", with the name read as the object of "called".)
            int called = children[naming].FirstOrDefault(c => tokens[c].Upos is "NOUN" or "PROPN"
                && (tokens[c].DepRel == "xcomp" || tokens[c].DepRel == "obj" && tokens[naming].Lemma is "call" or "term" or "label"
                    || children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("as", StringComparison.OrdinalIgnoreCase))), -1);
            if (called >= 0) obj = called;
        }

        /// <summary>
        /// "opened fire on a truck carrying avocado pickers", "a minibus carrying khat traders": an attack on a
        /// vehicle is an attack on the people it carries, named by the clause that says so.
        /// </summary>
        private void PeopleAVehicleCarries()
        {
            if (obj < 0 || pattern.PloverType != "ASSAULT" || tokens[obj].Upos != "NOUN" || !VehicleNouns.Contains(tokens[obj].Lemma ?? "")) return;
            int carrying = children[obj].FirstOrDefault(c => tokens[c].DepRel == "acl" && tokens[c].Lemma is "carry" or "transport" or "ferry", -1);
            if (carrying < 0) return;
            // ("..., killing at least seven passengers": the dead, named, are the target, as for any place or thing
            // attacked; "killing seven people" or "four of them" names them less well than the clause that carries them.)
            if (children[trigger].Any(c => tokens[c].DepRel == "advcl" && tokens[c].Lemma is "kill" or "wound"
                    && children[c].Any(v => tokens[v].DepRel == "obj" && tokens[v].Upos == "NOUN" && tokens[v].Lemma is not ("people" or "person" or "other")))) return;
            int people = children[carrying].FirstOrDefault(c => tokens[c].DepRel == "obj" && tokens[c].Upos is "NOUN" or "PROPN", -1);
            // (People, whether the actor lists know them or not: "avocado pickers", "farm workers"; not "a truck carrying fuel".)
            if (people >= 0 && (phrases.CodeOf(people) is not null || tokens[people].Lemma is { Length: > 4 } lemma && lemma.EndsWith("er", StringComparison.Ordinal)))
                obj = people;
        }

        /// <summary>
        /// "ambushed a police patrol ..., leaving four officers dead", "a military convoy ... was ambushed ..., leaving six
        /// soldiers dead": an attack on a force's convoy, patrol or post targets its men it killed, as ", killing four
        /// officers" does (EventMentions folds that one); not the wounded it left, nor the attackers' own dead.
        /// </summary>
        private void ForcesDeadAnAttackOnTheirPostLeft()
        {
            if (obj < 0 || actorTargetsOnly || pattern.PloverType != "ASSAULT" || tokens[obj].Upos != "NOUN"
                || !EventMentions.ArmedGroupNouns.Contains(tokens[obj].Lemma ?? "") && !HeldPlaceNouns.Contains(tokens[obj].Lemma ?? "")) return;
            int leaving = children[trigger].FirstOrDefault(c => tokens[c].DepRel == "advcl" && tokens[c].Xpos == "VBG" && tokens[c].Lemma == "leave"
                                                                 && children[c].Any(d => tokens[d].DepRel == "xcomp" && tokens[d].Lemma == "dead"), -1);
            if (leaving >= 0 && children[leaving].FirstOrDefault(c => tokens[c].DepRel == "obj" && tokens[c].Upos == "NOUN", -1) is >= 0 and var dead
                && phrases.CodeOf(dead) is { } code && SectorCodes.FirstSectorIn(code) is "MIL" or "COP")
                obj = dead;
        }

        private static readonly HashSet<string> VehicleNouns = new(StringComparer.Ordinal)
            { "truck", "bus", "minibus", "minivan", "van", "car", "vehicle", "boat", "lorry", "pickup", "train", "motorcycle", "taxi" };

        /// <summary>What is thrown or fired at someone is no target; whom it is thrown at is.</summary>
        private void TargetOfAThingThrown()
        {
            // "hurled bricks at police": what is thrown is no target; whom it is thrown at is.
            // ("fired an anti-tank missile at an Israeli army patrol": nor is a weapon fired; "dropped bombs on Pa Din
            // village": whom a weapon is dropped on is.)
            if (obj < 0 || actorTargetsOnly || !(tokens[obj].Lemma is "stone" or "brick" or "rock" or "bottle" or "projectile" or "egg" || WeaponNouns.Contains(tokens[obj].Lemma ?? ""))) return;
            foreach (var preposition in (string[])["at", "on"])
            {
                if (preposition == "on" && !WeaponNouns.Contains(tokens[obj].Lemma ?? "")) return;
                int aimed = PrepositionalTarget(tokens, children, trigger, preposition) is >= 0 and var onTheVerb ? onTheVerb
                    : children[obj].FirstOrDefault(c => tokens[c].DepRel == "nmod" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals(preposition, StringComparison.OrdinalIgnoreCase)), -1);
                if (aimed < 0) continue;
                obj = aimed;
                return;
            }
        }

        /// <summary>
        /// "a suicide bomber drove a truck packed with explosives into the base's main gate", "rammed a car into a police checkpoint": a
        /// bomber's vehicle is the weapon; the target is what it is driven into, wherever the parser hung the "into" phrase, or none.
        /// </summary>
        private void WhatABombersVehicleIsDrivenInto()
        {
            // (A vehicle driven: not "a roadside bomb struck a bus carrying students", where the bus is hit.)
            if (obj < 0 || actorTargetsOnly || pattern.PloverMode != "explosives" || tokens[trigger].Lemma is not ("drive" or "ram" or "crash" or "plough" or "plow")
                || !VehicleNouns.Contains(tokens[obj].Lemma ?? "")) return;
            int into = PrepositionalTarget(tokens, children, trigger, "into");
            // (Or deeper in the verb's words: "a truck packed with explosives into the gate", with the gate hung on the explosives.)
            var below = new Stack<int>(children[trigger].Where(c => tokens[c].DepRel is not ("nsubj" or "nsubj:pass")));
            while (into < 0 && below.Count > 0)
            {
                int word = below.Pop();
                if (tokens[word].DepRel is "nmod" or "obl" && children[word].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.Equals("into", StringComparison.OrdinalIgnoreCase)))
                    into = word;
                foreach (var c in children[word]) below.Push(c);
            }
            obj = into;
        }

        /// <summary>No object that is the pattern's own wording.</summary>
        private void NoTargetInThePatternsWording()
        {
            // "imposed a curfew" under "impose * curfew": the curfew is the event's wording, not its target.
            // ("treated more than 60 migrants for injuries": not a phrase hung on it.)
            // ("agreed a truce" under "agree * &TRUCE": or the truce of a set of words the pattern asks for, when it names no actor; the
            // sets of captives, the wounded or aid name targets.)
            if (obj >= 0 && !actorTargetsOnly && pattern.Context is { } wording
                && (children[obj].Where(c => tokens[c].DepRel is not ("nmod" or "acl" or "acl:relcl" or "case")).Append(obj).Any(t => wording.Names(tokens[t].Form, tokens[t].Lemma))
                    || pattern.PloverMode == "ceasefire" && phrases.CodeOf(obj) is null && wording.Mentions(tokens[obj].Form, tokens[obj].Lemma))) obj = -1;
        }

        /// <summary>An agreement is made with the "with" phrase.</summary>
        private void PartyToAnAgreement()
        {
            // "signed a peace agreement with the government": an agreement is made with the "with" phrase; so is a truce ("agreed a local
            // truce with JNIM").
            if (obj >= 0 && !actorTargetsOnly && (pattern.PloverType is "AGREE" or "COOPERATE" || pattern.PloverMode == "ceasefire")
                && pattern.Context is { } accord && accord.Mentions(tokens[obj].Form, tokens[obj].Lemma))
                obj = PrepositionalTarget(tokens, children, trigger, "with");
        }

        /// <summary>A threat's target is the person or actor the threatened act is done to.</summary>
        private void WhomAThreatIsDoneTo()
        {
            // "threatened to censure him": a threat's target is the person or name what it threatens is done to
            // (not a thing: "threatened to block all roads").
            if (obj < 0 && pattern.PloverType == "THREATEN" && !actorTargetsOnly
                && children[trigger].FirstOrDefault(c => tokens[c].DepRel == "xcomp", -1) is >= 0 and var threatened
                && children[threatened].FirstOrDefault(c => tokens[c].DepRel == "obj"
                       && (tokens[c].Form.ToLowerInvariant() is "him" or "her" or "them" || tokens[c].Upos == "PROPN"
                           || phrases.CodeOf(c) is { } threatenedCode && SectorCodes.FirstSectorIn(threatenedCode) is not null   // ("to attack police stations")
                              && !OwnForcesPutToUse(threatened, c)
                           // ("threatened to kill growers who paid protection money", "to attack any eradication crews"):
                           // what is killed or attacked is people, but for the things attacked ("oil installations").
                           // (So is whom an employer or the state threatens to dismiss, arrest or expel: "threatened on Friday to dismiss strikers".)
                           // ("threatened to strike any town that hosts the government-backed militias": a town or village struck, too.)
                           || TownStruck(threatened, c)
                           || tokens[c].Upos == "NOUN" && tokens[threatened].Lemma is "kill" or "execute" or "behead" or "kidnap" or "abduct" or "murder" or "attack" or "target"
                                  or "dismiss" or "sack" or "fire" or "arrest" or "detain" or "expel" or "evict" or "deport" or "punish" or "prosecute" or "jail"
                              && tokens[c].Lemma is not ("installation" or "facility" or "site" or "infrastructure" or "vehicle" or "truck" or "building" or "case" or "charge" or "claim" or "complaint" or "shot" or "shell" or "rocket" or "missile"
                                  or "property" or "plant" or "pipeline" or "road" or "bridge" or "office" or "convoy" or "position" or "base"
                                  or "lorry" or "bus" or "car" or "boat" or "ship" or "train" or "aircraft" or "plane")), -1)
                   is >= 0 and var threatenedObject)
                obj = threatenedObject;
            // ("threatened more attacks on the Security Belt": or whom the attacks it threatens are aimed at.)
            // ("threatened revenge attacks on the raiders' home villages": whose places they are.)
            if (pattern.PloverType == "THREATEN" && !actorTargetsOnly && (obj < 0 || phrases.CodeOf(obj) is null)
                && AimOfAttacks(children[trigger].FirstOrDefault(c => tokens[c].DepRel == "obj", -1)) is >= 0 and var aimedAt)
                obj = PossessorOfAPlace(aimedAt) is >= 0 and var possessor ? possessor : aimedAt;
            // ("threatened on Sunday to act with full force against Hezbollah across Lebanon if the Lebanese army did not
            // disarm the group": or whom the act threatened is against.)
            // ("threatened to take legal action against the protest leaders", "to use force against any youths who refuse": on the
            // act's object, too; "threatened Saturday to use force", with the day read as the object, has none.)
            if ((obj < 0 || DateResolver.NamesATime(tokens[obj].Form)) && pattern.PloverType == "THREATEN" && !actorTargetsOnly
                && children[trigger].FirstOrDefault(c => tokens[c].DepRel == "xcomp", -1) is >= 0 and var act
                && children[act].Concat(children[act].Where(c => tokens[c].DepRel == "obj").SelectMany(c => children[c]))
                       .FirstOrDefault(c => tokens[c].DepRel is "obl" or "nmod" && phrases.At(c) is not null
                       && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("against", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var against)
                obj = against;
        }

        /// <summary>Whether the act is a strike on a town, a village or a community ("to strike any town that hosts the militias").</summary>
        private bool TownStruck(int act, int place) =>
            tokens[act].Lemma == "strike" && tokens[place].Lemma is "town" or "village" or "city" or "community" or "settlement";

        /// <summary>
        /// Whether the threat is to put one's own forces to use ("threatened to remobilise its fighters if the government failed to send
        /// troops"): people its, their or our, not killed, seized or punished, are the threatener's, no target.
        /// </summary>
        private bool OwnForcesPutToUse(int act, int people) =>
            children[people].Any(c => tokens[c].DepRel == "nmod:poss" && tokens[c].Form.ToLowerInvariant() is "its" or "their" or "our")
            && tokens[act].Lemma is "mobilise" or "mobilize" or "remobilise" or "remobilize" or "deploy" or "send" or "arm" or "rearm" or "unleash" or "use" or "recall";

        /// <summary>Whom attacks, strikes or reprisals are aimed at ("attacks on police", "reprisals against the clan"), or -1.</summary>
        /// <remarks>("threatened revenge attacks on the raiders' home villages", with the villages hung on the verb: or the verb's phrase.)</remarks>
        private int AimOfAttacks(int attacks)
        {
            if (attacks < 0 || tokens[attacks].Lemma is not ("attack" or "strike" or "reprisal" or "retaliation" or "violence" or "operation")) return -1;
            // ("threatened further attacks on any unit that serves as a shield for the dissidents": or a unit or patrol, people of a force;
            // "on villages that cooperate with the military": or towns and villages.)
            bool Aimed(int c) => (phrases.CodeOf(c) is not null || char.IsUpper(tokens[c].Form[0]) || tokens[c].Lemma is "unit" or "patrol" or "village" or "town" or "community")
                                 && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.ToLowerInvariant() is "on" or "against");
            int aimed = children[attacks].FirstOrDefault(c => tokens[c].DepRel == "nmod" && Aimed(c), -1);
            if (aimed < 0 && tokens[attacks].DepRel == "obj" && tokens[attacks].Head is >= 0 and var verb)
                aimed = children[verb].FirstOrDefault(c => c > attacks && tokens[c].DepRel == "obl" && Aimed(c), -1);
            return aimed;
        }

        /// <summary>A warning's target is whom it says will suffer.</summary>
        private void WhomAWarningSaysWillSuffer()
        {
            // ("warned the government that it would pull all teachers out of the county": whom a warning is given names its target.)
            if (children[trigger].Any(c => tokens[c].DepRel == "iobj" && tokens[c].Upos is "NOUN" or "PROPN")) return;
            // "warning that the organisers of any new protest would be arrested", "warned that the army would pursue
            // the attackers": or whom it warns will suffer it.
            if (obj < 0 && pattern.PloverType == "THREATEN" && !actorTargetsOnly
                && children[trigger].FirstOrDefault(c => tokens[c].DepRel == "ccomp", -1) is >= 0 and var warned
                && children[warned].FirstOrDefault(c => tokens[c].DepRel == "nsubj:pass" && tokens[c].Upos is "NOUN" or "PROPN"
                       || tokens[c].DepRel == "nsubj" && tokens[c].Upos is "NOUN" or "PROPN"   // "would face the full might of the law", "would be \"hunted down\""
                          && (tokens[warned].Lemma is "face" or "pay" || children[warned].Any(a => tokens[a].DepRel == "aux:pass"))
                       // ("warning that the group would strike \"every village that arms the VDP\"": or a town or village it will strike.)
                       || tokens[c].DepRel == "obj" && TownStruck(warned, c)
                       || tokens[c].DepRel is "obj" or "obl" && phrases.At(c) is not null   // ("its troops would fire on any gunman")
                          && (tokens[c].DepRel == "obj" || children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.ToLowerInvariant() is "on" or "at" or "against" or "to")), -1) is >= 0 and var sufferer)   // ("would take the fight to the attackers")
                obj = sufferer;
            // ("warned that they would step up attacks on police": or whom the attacks it warns of are aimed at.)
            if (obj < 0 && pattern.PloverType == "THREATEN" && !actorTargetsOnly
                && children[trigger].FirstOrDefault(c => tokens[c].DepRel == "ccomp", -1) is >= 0 and var warnedOf
                && AimOfAttacks(children[warnedOf].FirstOrDefault(c => tokens[c].DepRel == "obj", -1)) is >= 0 and var attacked)
                obj = attacked;
        }

        /// <summary>A threat's target is whoever must act ("unless", "if") to be spared it.</summary>
        private void WhoMustActToBeSpared()
        {
            // "threatened to bring fire to the city unless the military ended its operations": or whoever must
            // act to be spared it.
            // (Not when the act threatened names whom it is done to: "threatened to charge the clan leaders with
            // murder if their fighters did not hand in their weapons".)
            // ("threatened further action if government troops entered the city": also when what is threatened is no actor.)
            // (Its own object: not "threatened to step up operations against security forces ... unless the army pulled back".)
            if ((obj < 0 || tokens[obj].Head == trigger && tokens[obj].DepRel == "obj" && tokens[obj].Upos == "NOUN" && phrases.CodeOf(obj) is null)
                && pattern.PloverType == "THREATEN" && !actorTargetsOnly)
            {
                // ("threatened to strike the bases of Kurdish armed groups inside Iraq if Baghdad failed to disarm them": the act threatened
                // names whom it is done to by the places it strikes.)
                var actsObjects = children[trigger].Where(c => tokens[c].DepRel == "xcomp").SelectMany(c => children[c]).Where(c => tokens[c].DepRel == "obj").ToList();
                if (actsObjects.Select(OwnerOfAPlace).FirstOrDefault(o => o >= 0, -1) is >= 0 and var owner)
                {
                    obj = owner;
                    return;
                }
                if (actsObjects.Any(c => phrases.At(c) is not null && !OwnForcesPutToUse(tokens[c].Head, c) || AimOfAttacks(c) >= 0)) return;
                // ("warned that his fighters would respond "with force" if the army tried to enter": or the clause it warns of, when
                // the warning names no one it is addressed to, "warned Lebanon that ... if the Lebanese army did not disarm".)
                bool addressed = children[trigger].Any(c => tokens[c].DepRel is "obj" or "iobj");
                var threatened = children[trigger].Where(c => tokens[c].DepRel == "xcomp" || tokens[c].DepRel == "ccomp" && !addressed).ToList();
                // ("threatened to call a general strike ... and to occupy gas installations ... if the government did not meet its
                // demands": or the condition of a second act threatened; "struck the convoy ... and threatened further action if
                // government troops entered the city": or one after the threat hung on the verb it is coordinated with.)
                threatened.AddRange(threatened.SelectMany(c => children[c]).Where(c => tokens[c].DepRel == "conj" && tokens[c].Upos == "VERB").ToList());
                var after = tokens[trigger].DepRel == "conj" && tokens[trigger].Head >= 0 ? children[tokens[trigger].Head].Where(c => c > trigger) : [];
                foreach (var below in children[trigger].Concat(threatened.SelectMany(c => children[c])).Concat(after))
                {
                    if (tokens[below].DepRel != "advcl" || !children[below].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.ToLowerInvariant() is "unless" or "if")) continue;
                    int spared = children[below].FirstOrDefault(c => tokens[c].DepRel == "nsubj" && tokens[c].Upos is "NOUN" or "PROPN" && phrases.At(c) is not null, -1);
                    if (spared < 0) continue;
                    obj = spared;
                    break;
                }
            }
        }

        /// <summary>"the bases of Kurdish armed groups", "the positions of the rebels": the actor a place of armed people belongs to, or -1.</summary>
        private int OwnerOfAPlace(int place) =>
            // ("bases" is also the plural of "basis": the form decides.)
            tokens[place].Lemma is "base" or "position" or "camp" or "hideout" or "stronghold" or "outpost" or "headquarters" || tokens[place].Form.Equals("bases", StringComparison.OrdinalIgnoreCase)
                ? children[place].FirstOrDefault(c => tokens[c].DepRel == "nmod" && NamesAnActor(c)
                                                      && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase)), -1)
                : -1;

        /// <summary>"the raiders' home villages", "the rebels' camps": the actor whose place it is, named as its possessor, or -1.</summary>
        private int PossessorOfAPlace(int place) =>
            tokens[place].Lemma is "village" or "home" or "town" or "settlement" or "camp" or "base" or "position" or "hideout" or "farm" or "compound"
                ? children[place].FirstOrDefault(c => tokens[c].DepRel == "nmod:poss" && tokens[c].Upos is "NOUN" or "PROPN" && NamesAnActor(c), -1)
                : -1;

        /// <summary>A noun for what someone did or suffered ("the killing of three farmers") stands for them.</summary>
        private void WhoANounForAFateStandsFor()
        {
            // "opened an investigation into the possible involvement of off-duty police officers", "condemned the
            // killing of three farmers": a noun for what someone did or suffered stands for them.
            if (obj >= 0 && !actorTargetsOnly && tokens[obj].Lemma is "involvement" or "role" or "death" or "killing" or "disappearance"
                && children[obj].FirstOrDefault(c => tokens[c].DepRel == "nmod" && IsNominal(tokens[c]) && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var doer)
                obj = doer;
        }

        /// <summary>A "that" parsed as the object stands for its clause's subject.</summary>
        private void SubjectOfAnObjectClause()
        {
            // "demanded that the government post troops", parsed with "that" as the object: the clause's subject.
            if (obj >= 0 && tokens[obj].Upos == "SCONJ")
                obj = children[obj].FirstOrDefault(c => IsNominal(tokens[c]), -1);
        }

        /// <summary>The crowd crowd control is used on: in its purpose clause, or acted on by a verb coordinated with it.</summary>
        private void CrowdOfCrowdControl()
        {
            // "Police fired tear gas to scatter the youths": the crowd is in the purpose clause.
            if (obj < 0 && pattern.PloverMode == "crowd-control" && !actorTargetsOnly && PurposeOfCrowdControl() is >= 0 and var purpose)
            {
                // ("fired tear gas and rubber bullets to clear them from the road": "them" is the crowd of the protest told before.)
                obj = children[purpose].FirstOrDefault(c => tokens[c].DepRel == "obj" && (tokens[c].Upos is "NOUN" or "PROPN" || tokens[c].Form.Equals("them", StringComparison.OrdinalIgnoreCase)), -1);
                CrowdAnObjectPronounMeans();
                if (obj >= 0 && tokens[obj].Upos == "PRON") obj = -1;
            }
            // "fired tear gas and beat migrants with batons": or the people the verb coordinated with it acts on;
            // "fired tear gas and swung batons at thousands of workers": whom it swings its weapon at.
            if (obj < 0 && pattern.PloverMode == "crowd-control" && !actorTargetsOnly
                && children[trigger].FirstOrDefault(c => tokens[c].DepRel == "conj" && tokens[c].Upos == "VERB", -1) is >= 0 and var alsoDone)
            {
                obj = children[alsoDone].FirstOrDefault(c => tokens[c].DepRel == "obj" && tokens[c].Xpos is "NNS" or "NNPS", -1);
                if (obj >= 0 && (Instruments.Contains(tokens[obj].Lemma ?? "") || tokens[obj].Lemma is "baton" or "truncheon" or "whip" or "cane")
                    && PrepositionalTarget(tokens, children, alsoDone, "at") is >= 0 and var swungAt)
                    obj = swungAt;
            }
        }

        /// <summary>
        /// The purpose infinitive of crowd control: the trigger's, or that of a verb coordinated with it ("fired tear gas and swung
        /// batons to stop the crowd"), or hung on that verb's object ("and used water cannon to push the crowd back"); -1 if none.
        /// </summary>
        private int PurposeOfCrowdControl()
        {
            bool IsPurpose(int c) => tokens[c].DepRel is "advcl" or "xcomp" && IsPurposeInfinitive(tokens, children, c);
            if (children[trigger].FirstOrDefault(IsPurpose, -1) is >= 0 and var own) return own;
            foreach (var alsoDone in children[trigger].Where(c => tokens[c].DepRel == "conj" && tokens[c].Upos == "VERB"))
            {
                if (children[alsoDone].FirstOrDefault(IsPurpose, -1) is >= 0 and var purpose) return purpose;
                foreach (var instrument in children[alsoDone].Where(c => tokens[c].DepRel == "obj"))
                {
                    if (children[instrument].FirstOrDefault(c => tokens[c].DepRel == "acl" && IsPurposeInfinitive(tokens, children, c), -1) is >= 0 and var hungOnIt) return hungOnIt;
                }
            }
            return -1;
        }

        /// <summary>Whom a demand is made of: the indirect object, "from" whom it is asked, a bare oblique, the subject of what it demands.</summary>
        private void AddresseeOfARequest()
        {
            // ("urged Western allies to speed up deliveries", with the allies parsed as the indirect object.)
            if (obj < 0 && pattern.PloverType == "REQUEST" && !actorTargetsOnly)
                obj = children[trigger].FirstOrDefault(c => tokens[c].DepRel == "iobj" && tokens[c].Upos is "NOUN" or "PROPN", -1);
            // "the kidnappers have since demanded 30 million rupees from their families": a ransom is demanded of
            // whom it is asked "from".
            // ("demanded a ransom of 500,000 taka from the family", with "from" hung on the sum.)
            if (pattern.PloverType == "REQUEST" && !actorTargetsOnly && (obj < 0 || phrases.CodeOf(obj) is null)
                && (PrepositionalTarget(tokens, children, trigger, "from") is >= 0 and var askedOf
                    || obj >= 0 && (askedOf = AskedFromInside(obj)) >= 0)
                && tokens[askedOf].Upos is "NOUN" or "PROPN" && phrases.CodeOf(askedOf) is not null)
                obj = askedOf;
            // "demanded a ransom ... in a phone call to the mining company": a demand made in a call, letter or message
            // is made of whom it went "to"; "phoned relatives and demanded a ransom": of whom the demander had just called.
            if (pattern.PloverType == "REQUEST" && !actorTargetsOnly && (obj < 0 || phrases.CodeOf(obj) is null)
                && (ReceiverOfTheMessageItWasMadeIn() is >= 0 and var receiver || (receiver = WhomTheDemanderContacted()) >= 0))
                obj = receiver;
            // "urged security agencies to go after ...", with the agencies parsed as a bare oblique.
            if (obj < 0 && pattern.PloverType == "REQUEST" && !actorTargetsOnly)
                // (Not a day: "Last Friday, Berom leaders had demanded that ...".)
                obj = children[trigger].FirstOrDefault(c => tokens[c].DepRel == "obl" && tokens[c].Upos is "NOUN" or "PROPN" && !children[c].Any(g => tokens[g].DepRel == "case")
                                                            && !NamesATime(tokens[c]), -1);
            // "demanding that the federal government protect farming communities", "urged security agencies to go
            // after the perpetrators" (with the agencies parsed as the clause's subject): a demand is made of the
            // subject of what it demands. ("demanding that immigration authorities grant them transit permits", with the
            // that-clause read as an adverbial one.)
            if (obj < 0 && pattern.PloverType == "REQUEST" && !actorTargetsOnly
                && children[trigger].FirstOrDefault(c => tokens[c].DepRel is "ccomp" or "xcomp"
                       || c > trigger && tokens[c].DepRel == "advcl" && children[c].Any(m => tokens[m].DepRel == "mark" && tokens[m].Form.Equals("that", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var demanded
                && children[demanded].FirstOrDefault(c => tokens[c].DepRel is "nsubj" or "nsubj:pass"
                       && (tokens[c].Upos is "NOUN" or "PROPN" || tokens[c].Upos == "ADJ" && children[c].Any(g => tokens[g].DepRel == "det")), -1) is >= 0 and var addressee)
                obj = addressee;   // (also "the military" tagged as an adjective)
        }

        /// <summary>The coded "to" phrase of a call, letter or message the trigger's oblique names ("in a phone call to X"), or -1.</summary>
        private int ReceiverOfTheMessageItWasMadeIn()
        {
            foreach (var c in children[trigger])
            {
                if (tokens[c].DepRel != "obl" || tokens[c].Lemma?.ToLowerInvariant() is not ("call" or "letter" or "message" or "phone" or "note" or "email")) continue;
                if (PrepositionalTarget(tokens, children, c, "to") is >= 0 and var receiver && tokens[receiver].Upos is "NOUN" or "PROPN" && phrases.CodeOf(receiver) is not null)
                    return receiver;
            }
            return -1;
        }

        /// <summary>
        /// The coded object of a contacting verb the trigger is coordinated with ("phoned relatives and demanded") or is the
        /// purpose of ("telephoned the diocese on Tuesday to demand a ransom"), or -1.
        /// </summary>
        private int WhomTheDemanderContacted()
        {
            if (tokens[trigger].DepRel is not ("conj" or "advcl" or "xcomp") || tokens[trigger].Head is not (>= 0 and var contacting) || contacting > trigger
                || tokens[contacting].Lemma?.ToLowerInvariant() is not ("phone" or "call" or "telephone" or "contact" or "text" or "email" or "message")) return -1;
            return children[contacting].FirstOrDefault(c => tokens[c].DepRel == "obj" && tokens[c].Upos is "NOUN" or "PROPN" && phrases.CodeOf(c) is not null, -1);
        }

        /// <summary>A "from" phrase within the demanded thing's phrase (its own modifiers, two levels down), or -1.</summary>
        private int AskedFromInside(int demanded) =>
            PrepositionalTarget(tokens, children, demanded, "from") is >= 0 and var asked ? asked
            : children[demanded].Where(c => tokens[c].DepRel == "nmod").Select(c => PrepositionalTarget(tokens, children, c, "from")).FirstOrDefault(t => t >= 0, -1);

        /// <summary>Aid goes to the people it is given "to" or "for", not to what is given.</summary>
        private void RecipientOfAid()
        {
            // "Aid workers handed food rations to displaced families": aid goes to the "to" phrase; the object is
            // what is given.
            // (Not when the object is people already: "treated more than 60 migrants for injuries".)
            // ("evacuated 23 of the wounded on Tuesday night to hospitals in Azaz": nor for people moved out of danger, whose "to" is where
            // they went; "23 of the wounded" are the wounded.)
            if (pattern.PloverType == "AID" && tokens[trigger].Lemma == "evacuate")
            {
                if (obj >= 0 && tokens[obj].Upos == "NUM"
                    && children[obj].FirstOrDefault(c => tokens[c].DepRel == "nmod" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form == "of"), -1) is >= 0 and var moved)
                    obj = moved;
                return;
            }
            // ("treated the wounded at the scene ... and took four of them to the regional hospital": nor when they are the wounded or the sick.)
            if (pattern.PloverType == "AID" && !actorTargetsOnly && !(obj >= 0 && tokens[obj].Xpos is "NNS" or "NNPS" && (phrases.CodeOf(obj) is not null || tokens[obj].Lemma is "wounded" or "injured" or "sick"))
                && AidRecipient(tokens, children, trigger, phrases) is >= 0 and var recipient
                && (tokens[recipient].Upos is "NOUN" or "PROPN" || IsPersonalObjectPronoun(tokens[recipient])))
                // ("More than 3,000 people have fled villages ... Monks ... distributed rice ... to them": "them" is the plural actor last
                // told as a clause's subject before the giver.)
                // ("Its peacekeepers evacuated about 40 families ..., and the Red Cross distributed food and blankets to them": the people
                // the verb it is coordinated with acted on, when they are plural.)
                obj = !tokens[recipient].Form.Equals("them", StringComparison.OrdinalIgnoreCase) ? recipient
                    : tokens[trigger].DepRel == "conj" && CoordinatedVerb(tokens, trigger) is >= 0 and var firstVerb
                      && children[firstVerb].FirstOrDefault(c => tokens[c].DepRel == "obj" && tokens[c].Xpos is "NNS" or "NNPS" && phrases.At(c) is not null, -1) is >= 0 and var actedOn
                        ? actedOn
                    : PluralActorBefore(subject >= 0 ? Math.Min(SubtreeStart(children, subject), trigger) : trigger, "nsubj", "nsubj:pass") is >= 0 and var people
                        ? people : recipient;
        }

        /// <summary>
        /// "stormed an illegal gold mine held by an armed gang": a place attacked that the words say is held, controlled or used
        /// by a named party is an attack on that party.
        /// </summary>
        private void HolderOfAPlaceAttacked()
        {
            if (actorTargetsOnly || pattern.PloverType != "ASSAULT" || obj < 0 || phrases.CodeOf(obj) is not null) return;
            foreach (int held in children[obj])
            {
                if (tokens[held].DepRel != "acl" || tokens[held].Xpos != "VBN" || tokens[held].Lemma is not ("hold" or "control" or "run" or "occupy" or "use")) continue;
                if (children[held].FirstOrDefault(c => tokens[c].DepRel == "obl:agent", -1) is >= 0 and var holder && phrases.At(holder) is not null && phrases.CodeOf(holder) is not null)
                    obj = holder;
                return;
            }
        }

        /// <summary>"accuse X of" names X right before "of".</summary>
        private void TheAccused()
        {
            // "accused the RSF of genocide", "accused the state government of ignoring requests", parsed with the
            // accused inside the "of" phrase or its clause: "accuse X of" names X right before "of".
            // ("accused the RSF of deliberately targeting civilians", with "civilians" as the object: not after "of".)
            if (tokens[trigger].Lemma == "accuse" && !actorTargetsOnly && AccusedBeforeOf(tokens, trigger) is >= 0 and var accused && (obj < 0 || obj > accused + 1))
                obj = accused;
        }

        /// <summary>The object for what forces, moves and acts tell: the maker of a move, forces deployed or shown, an offer's recipient, an act's author.</summary>
        public void ObjectsOfForcesMovesAndActs()
        {
            WhatAFreeRelativeNames();
            MakerOfAMove();
            DeployedForcesAsTheActor();
            SetAsideAShownForce();
            RecipientOfAnOffer();
            AuthorOfAnAttempt();
            NoActAsTarget();
        }

        /// <summary>"what he called a cowardly attack" stands for what it names.</summary>
        private void WhatAFreeRelativeNames()
        {
            if (obj >= 0 && !actorTargetsOnly && tokens[obj].Form.Equals("what", StringComparison.OrdinalIgnoreCase) && NamedByWhat(tokens, children, obj) is >= 0 and var named)
                obj = named;
        }

        /// <summary>What is said of a move is said of whoever made it.</summary>
        private void MakerOfAMove()
        {
            // "The army sent 600 additional soldiers to Highland Papua, a move criticised by church groups": what is
            // said of a move is said of whoever made it.
            if (obj < 0 && !actorTargetsOnly && tokens[trigger].DepRel == "acl" && tokens[trigger].Xpos == "VBN" && tokens[trigger].Head is >= 0 and var move
                && tokens[move].Lemma is "move" or "decision" or "step" or "measure" or "action" && tokens[move].DepRel == "appos"
                && VerbAbove(tokens, move) is >= 0 and var mover)
                obj = children[mover].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
        }

        /// <summary>Forces deployed with no one named deploying them are the act's actor, not its target.</summary>
        private void DeployedForcesAsTheActor()
        {
            // "Soldiers of the Uganda People's Defence Force were deployed to Apaa": forces deployed, with no one
            // named deploying them, are the act's actor (their command sent them).
            // ("hundreds of soldiers were deployed": or the members of a count.)
            if (subject < 0 && source < 0 && !actorTargetsOnly && pattern.PloverType == "MOBILIZE" && obj >= 0 && tokens[obj].DepRel == "nsubj:pass"
                && SectorCodes.FirstSectorIn(phrases.CodeOf(obj) ?? phrases.CodeOf(MembersOfACount(tokens, children, obj)) ?? "") is { } deployedSector
                && SectorCodes.Armed.Contains(deployedSector))
                (subject, obj) = (obj, -1);
        }

        /// <summary>Forces the actor shows are its own, not a target: no object, and none looked for.</summary>
        private void SetAsideAShownForce()
        {
            // "deployed 1,500 troops and military police officers to patrol the city": forces shown are the
            // actor's own, not a target.
            // ("The president sends 1,000 soldiers", under "send +obj:soldier": the soldiers are the act's wording too.)
            shownForce = !actorTargetsOnly && pattern.PloverType == "MOBILIZE"
                         && (pattern.ObjectLemma is not null || obj >= 0 && phrases.CodeOf(obj) is { } shown && SectorCodes.FirstSectorIn(shown) is { } force && SectorCodes.Armed.Contains(force));
            if (shownForce) obj = -1;
        }

        /// <summary>An offer or aid goes to the indirect object.</summary>
        private void RecipientOfAnOffer()
        {
            // "offered Honduran authorities FBI assistance": an offer or aid goes to the indirect object.
            if (!actorTargetsOnly && pattern.PloverType is "AGREE" or "AID" && children[trigger].FirstOrDefault(c => tokens[c].DepRel == "iobj", -1) is >= 0 and var recipientObject)
                obj = recipientObject;
        }

        /// <summary>An act's or an attempt's author named with "by" is the target.</summary>
        private void AuthorOfAnAttempt()
        {
            // "repelled an attempt by Russian assault troops to land", "foiled an attack by gunmen": an act's
            // author named with "by" is the target.
            if (obj >= 0 && obj != target && !actorTargetsOnly && (ActNouns.Contains(tokens[obj].Lemma ?? "") || AttemptNouns.Contains(tokens[obj].Lemma ?? ""))
                && children[obj].FirstOrDefault(c => tokens[c].DepRel == "nmod" && tokens[c].Upos is "NOUN" or "PROPN"
                       && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("by", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var attempter)
                obj = attempter;
        }

        /// <summary>No object that is an act: the clause's actors are its target.</summary>
        private void NoActAsTarget()
        {
            // "repelled the assault, killing 12 of the assailants": nor is an act a target; the clause's actors are.
            if (obj >= 0 && obj != target && !actorTargetsOnly && ActNouns.Contains(tokens[obj].Lemma ?? ""))
            {
                // (A condemnation of one is aimed at it when the clause names no actor after it: its authors are
                // found in the story later, see EventMentions.TargetTheAuthorsOfNamedEvents.)
                if (pattern.PloverType is "ACCUSE" or "REJECT") condemnedAct = obj;
                obj = -1;
            }
        }

        /// <summary>Whether the phrase lies in an "as" phrase of the trigger's ("condemned the attack as a violation of ...").</summary>
        private bool InsideWhatTheActIsCalled(int head)
        {
            for (int t = head; t >= 0 && tokens[t].Head >= 0; t = tokens[t].Head)
            {
                if (tokens[t].Head == trigger)
                    return tokens[t].DepRel is "obl" or "xcomp" or "advcl" && children[t].Any(c => tokens[c].DepRel is "case" or "mark" && tokens[c].Form.Equals("as", StringComparison.OrdinalIgnoreCase));
            }
            return false;
        }

        /// <summary>With no object yet: the first actor in the trigger's clause after it, or the authority a protest gathers at.</summary>
        public void ObjectAsALastResort()
        {
            CompoundActingOnItself();
            FirstActorAfterTheTrigger();
            AuthorityAProtestGathersAt();
            if (obj < 0 && target < 0) obj = condemnedAct;
        }

        /// <summary>
        /// Whether the word, below the trigger, heads or stands inside an "according to" phrase or the clause
        /// of a verb of saying (its teller or listener).
        /// </summary>
        private bool InsideASourcesWords(int word)
        {
            for (int t = word, depth = 0; t >= 0 && t != trigger && depth <= 6; t = tokens[t].Head, depth++)
            {
                if (depth < 6 && children[t].Any(c => tokens[c].Form.Equals("according", StringComparison.OrdinalIgnoreCase))) return true;
                if (depth > 0 && tokens[t].Upos == "VERB" && tokens[t].Lemma is "say" or "tell") return true;
            }
            return false;
        }

        /// <summary>
        /// A pattern that marks its subject as a compound ("% have * [191]": "Gondor and Osgiliath have delayed
        /// their meeting") has coordinated subjects act on each other, so no other actor is looked for as the target.
        /// </summary>
        private void CompoundActingOnItself()
        {
            if (pattern.Context is not { CompoundSubject: true } || target >= 0 || subject < 0 || obj >= 0 && phrases.At(obj) is not null
                || !children[subject].Any(c => tokens[c].DepRel == "conj")) return;
            obj = -1;
            reciprocal = true;
        }

        /// <summary>A missing object, or one that names no actor, gives way to the first actor in the clause after the trigger.</summary>
        private void FirstActorAfterTheTrigger()
        {
            if (reciprocal) return;
            // ("Jubaland forces and federal troops fought each other in Beled Hawo": "each other" names the sides themselves.)
            if (obj >= 0 && obj + 1 < tokens.Length && tokens[obj].Form.ToLowerInvariant() is "each" or "one" && tokens[obj + 1].Form.ToLowerInvariant() is "other" or "another") obj = -1;
            // ("Garre and Degodia clan militias clashed near Rhamu ..., leaving at least seven people dead": the sides of a fight
            // or a meeting the subject names fight or meet each other, whoever else the clause names.)
            // (Not sides that act on something: "soldiers and volunteer defense fighters had repelled the assault".)
            // ("the Bu Salih and Albu Ghazzi agreed a truce that includes handing over the gunmen": so do sides that agree a truce.)
            bool truce = pattern.PloverMode == "ceasefire";
            if (!actorTargetsOnly && obj < 0 && (pattern.AcledSubType == "Armed clash" || MutualActs.Contains(pattern.PloverType ?? "") || truce)
                // ("government officials and 3R representatives held talks ... on the demobilization of the group's remaining men": the
                // pattern's own noun is no object they act on.)
                && !children[trigger].Any(c => tokens[c].DepRel == "obj" && !truce && tokens[c].Lemma != pattern.ObjectLemma) && WithConjuncts(tokens, children, subject, phrases).Count >= 2) return;
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
                    // ("..., according to a spokesman for a local hunters' association", "..., a spokesman for the army's
                    // eastern command told reporters" misparsed into the clause: nor anyone a source's words name.)
                    if (!actorTargetsOnly && InsideASourcesWords(phrase.Head)) continue;
                    // ("denounced the raid as a flagrant violation of Syrian sovereignty": nor whom what the act is called names.)
                    if (!actorTargetsOnly && InsideWhatTheActIsCalled(phrase.Head)) continue;
                    // ("imposed an indefinite curfew ... on Friday after a second day of clashes between Hindu and Muslim residents": nor
                    // anyone in what the act came after or before.)
                    if (!actorTargetsOnly && InsideATimeBeforeOrAfter(phrase.Head)) continue;
                    // ("was carried out by members of the Comandos de la Frontera, a criminal group": nor the doer's own apposition.)
                    if (!actorTargetsOnly && subject >= 0 && IsBelow(phrase.Head, subject) && !IsBelow(trigger, subject)) continue;
                    obj = phrase.Head;
                    break;
                }
            }
        }

        /// <summary>Whether the word stands in a phrase on the trigger that tells what the act came after or before ("after a day of clashes").</summary>
        private bool InsideATimeBeforeOrAfter(int word)
        {
            for (int t = word, depth = 0; t >= 0 && t != trigger && depth < 8; t = tokens[t].Head, depth++)
            {
                if (tokens[t].Head == trigger && tokens[t].DepRel == "obl"
                    && children[t].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.ToLowerInvariant() is "after" or "before" or "following"))
                    return true;
            }
            return false;
        }

        /// <summary>Whether <paramref name="word"/> hangs, directly or not, on <paramref name="ancestor"/>.</summary>
        private bool IsBelow(int word, int ancestor)
        {
            for (int t = tokens[word].Head, depth = 0; t >= 0 && depth < 32; t = tokens[t].Head, depth++)
            {
                if (t == ancestor) return true;
            }
            return false;
        }

        /// <summary>A protest at an authority's building is aimed at that authority.</summary>
        private void AuthorityAProtestGathersAt()
        {
            // "rallied outside the regional administration building", "gathered near the police station": a
            // protest at an authority's building is aimed at that authority.
            if (obj < 0 && target < 0 && !actorTargetsOnly && pattern.PloverType == "PROTEST" && ProtestedAuthority(tokens, children, trigger, phrases) is >= 0 and var authority)
                obj = authority;
        }
    }

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

    /// <summary>
    /// Whom a protest is aimed at, when no object says so: the authority at whose building it gathers
    /// ("rallied outside the regional administration building", "protested outside the offices of the interim
    /// administration"), or whom its chants are against ("staged a flash protest, chanting slogans against
    /// the military"); -1 if neither.
    /// </summary>
    private static int ProtestedAuthority(Token[] tokens, List<int>[] children, int trigger, PhraseIndex phrases)
    {
        // (A peacekeeping mission's base too: "marched to the MINUSCA base".)
        bool IsAuthority(int t) => phrases.CodeOf(t) is { } code && (SectorCodes.FirstSectorIn(code) is "GOV" or "COP" or "MIL" or "LEG" or "JUD"
                                                                      || code.StartsWith("IGO", StringComparison.Ordinal));
        foreach (var c in children[trigger])
        {
            if (!(tokens[c].DepRel ?? "").StartsWith("obl", StringComparison.Ordinal)
                || !children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.ToLowerInvariant() is "outside" or "at" or "near" or "before" or "to")) continue;
            if (IsAuthority(c)) return c;
            // ("the MINUSCA base": an authority's name before its place.)
            if (OwnedPlaceNouns.Contains(tokens[c].Lemma ?? "") && children[c].FirstOrDefault(o => tokens[o].DepRel == "compound" && IsAuthority(o), -1) is >= 0 and var named)
                return named;
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

    /// <summary>The noun of "each of the families" (or "all", "some", "many", "most", "several", "both" of them) for the quantifier; else the word itself.</summary>
    private static int MembersOfEach(Token[] tokens, List<int>[] children, int word) =>
        tokens[word].Form.ToLowerInvariant() is "each" or "all" or "some" or "many" or "most" or "several" or "both"
        && children[word].FirstOrDefault(c => tokens[c].DepRel is "nmod" or "obl" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var members
            ? members : word;

    /// <summary>"them", "him", "her": people a gift can go to, named before.</summary>
    private static bool IsPersonalObjectPronoun(Token token) => token.Xpos == "PRP" && token.Form.ToLowerInvariant() is "them" or "him" or "her";

    /// <summary>
    /// The "to" phrase of a gift: on the verb, on its object, or on the object's "of" phrase ("delivered 90
    /// tonnes of food to displaced families"); -1 if none.
    /// </summary>
    private static int AidRecipient(Token[] tokens, List<int>[] children, int trigger, PhraseIndex phrases)
    {
        // ("handed cheques ... to each of the families": the people each of whom got it.)
        int recipient = PrepositionalTarget(tokens, children, trigger, "to");
        // ("flew medical supplies and tents to Tonj on Saturday for families who fled": a place it goes to, with people it is for.)
        if (recipient >= 0 && phrases.CodeOf(recipient) is null && PrepositionalTarget(tokens, children, trigger, "for") is >= 0 and var forWhom
            && phrases.CodeOf(forWhom) is not null) return forWhom;
        if (recipient >= 0) return MembersOfEach(tokens, children, recipient);
        // ("handed cheques of 1.5 million rupees to each of the families": or two phrases down.)
        var objectsPhrases = children[trigger].Where(c => tokens[c].DepRel == "obj").SelectMany(c => children[c]).Where(c => tokens[c].DepRel == "nmod").ToList();
        int afterObject = objectsPhrases.Concat(objectsPhrases.SelectMany(c => children[c]).Where(c => tokens[c].DepRel == "nmod"))
            .Select(c => PrepositionalTarget(tokens, children, c, "to")).FirstOrDefault(t => t >= 0, -1);
        // ("flew 12 tonnes of medicines into Goma for hospitals overwhelmed with the wounded": or "for" people; not a
        // thing the gift is for, before a "to" phrase: "delivered surgical kits and fuel for generators to Mamfe District Hospital".)
        if (PrepositionalTarget(tokens, children, trigger, "for") is >= 0 and var beneficiary && IsNominal(tokens[beneficiary])
            && !DateResolver.NamesATime(tokens[beneficiary].Form) && (afterObject < 0 || phrases.CodeOf(beneficiary) is not null)) return beneficiary;
        if (afterObject >= 0) return MembersOfEach(tokens, children, afterObject);
        // ("delivered sorghum, lentils and cooking oil to about 40,000 people", "flown 40 tonnes of food into
        // Ménaka on Sunday for displaced families", parsed with the people hung on a word of the list or the
        // date: the first people "to" or "for" whom the act's words name, or the words that follow them up to
        // a punctuation mark or another verb: "flew 12 tonnes of food into the town for displaced families
        // later on Monday, a spokesman said", with the families hung on "later".)
        int end = SubtreeEnd(children, trigger);
        while (end + 1 < tokens.Length && tokens[end + 1].Sentence == tokens[trigger].Sentence && tokens[end + 1].Upos is not ("PUNCT" or "AUX")
               && (tokens[end + 1].Upos != "VERB" || tokens[end + 1].DepRel == "amod")) end++;
        for (int t = trigger + 1; t <= end; t++)
        {
            if ((tokens[t].Upos is "NOUN" or "PROPN" && phrases.CodeOf(t) is not null && !DateResolver.NamesATime(tokens[t].Form) || IsPersonalObjectPronoun(tokens[t]))
                && children[t].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.ToLowerInvariant() is "to" or "for"))
                return t;
        }
        return -1;
    }
}
