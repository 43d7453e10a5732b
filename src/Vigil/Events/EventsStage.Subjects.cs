using Vigil.Actors;
using Vigil.Documents;

namespace Vigil.Events;

// Who does the act, when the trigger's own subject does not say: the sides of a fight, the subject a
// clause takes from the verb it modifies, is coordinated with or is controlled by, the owner of an act
// or a weapon, the sender of a message (see EventsStage.ActorSlots.cs for the order of the steps).
public sealed partial class EventsStage
{
    private sealed partial class ActorSearch
    {
        /// <summary>The sides of a fight named with "between" on the day it happened or on the verb it breaks out with.</summary>
        public void SidesNamedWithBetween()
        {
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
        }

        /// <summary>The actors of a participle or relative clause: its own clause's subject, or the noun it modifies.</summary>
        public void ActorsOfAModifyingClause()
        {
            // A participle or relative clause: "soldiers sent to disarm" → the noun it modifies is the subject.
            // Not a bare participle of violence ("drone strikes near the border with Burkina Faso, killing several
            // terrorists", parsed as if the country killed): that is a toll, which folding gives to its cause.
            bool tollParticiple = tokens[trigger].DepRel == "acl" && tokens[trigger].Xpos == "VBG" && pattern.PloverType == "ASSAULT";
            if (SubjectOfAClauseOpenedByAfter()) tollParticiple = false;
            ActorsOfTheModifiedNoun(tollParticiple);
        }

        /// <summary>Whether the trigger is a participle opened by "after", "before", "while" or "by", done by its clause's subject (then taken).</summary>
        private bool SubjectOfAClauseOpenedByAfter()
        {
            // "Security forces ended the siege on Friday after killing all six attackers", with the participle hung
            // on "siege": one opened by "after", "before", "while" or "by" is the clause's own act, done by its subject.
            if (subject < 0 && tokens[trigger].DepRel == "acl" && tokens[trigger].Xpos == "VBG"
                && children[trigger].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.ToLowerInvariant() is "after" or "before" or "while" or "by")
                && CoordinatedVerb(tokens, trigger) is >= 0 and var clauseVerb)
            {
                subject = children[clauseVerb].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
                return true;
            }
            return false;
        }

        /// <summary>The noun a participle or relative clause modifies: its target when passive, else its subject (or its verb's, for a purpose).</summary>
        private void ActorsOfTheModifiedNoun(bool tollParticiple)
        {
            // ("is inching nearer/JJR to accord with Gondor": an infinitive on an adjective that completes a verb is
            // done by that verb's subject.)
            if (subject < 0 && tokens[trigger].DepRel == "acl" && tokens[trigger].Head is >= 0 and var adjective && tokens[adjective].Upos == "ADJ"
                && tokens[adjective].DepRel == "xcomp" && tokens[adjective].Head >= 0 && IsPurposeInfinitive(tokens, children, trigger))
                subject = children[tokens[adjective].Head].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
            // (Not a clause with a subject of its own, however misread: "arrived on motorcycles shortly after dusk,
            // hacked some victims", with "dusk" the subject of "hacked" and "hacked" a clause on the motorcycles.)
            // (Nor a clause on a place or a time, "the Belgorod region, where a woman was killed": where it happened, not who did it.)
            if (subject < 0 && !tollParticiple && tokens[trigger].DepRel is "acl" or "acl:relcl" && tokens[trigger].Head >= 0 && IsNominal(tokens[tokens[trigger].Head])
                && !children[trigger].Any(c => tokens[c].DepRel == "nsubj" && tokens[trigger].DepRel == "acl")
                // (Nor a "whose" clause, told of the noun's possession: "The BYC, whose leader was arrested last month, accused".)
                && !children[trigger].Any(c => tokens[c].DepRel is "nsubj" or "nsubj:pass" && children[c].Any(g => tokens[g].Xpos == "WP$"))
                && !children[trigger].Any(c => tokens[c].DepRel == "advmod" && tokens[c].Form.ToLowerInvariant() is "where" or "when"))
            {
                int noun = tokens[trigger].Head;
                // "a village councilor who had been abducted": the noun of a passive relative clause is its target,
                // and so is the noun of a bare passive participle of violence ("the number of children killed"), or of
                // coercion right after a preposition's noun ("the release of a rubber tapper arrested after an earlier bombing";
                // elsewhere such a participle is often a misread past: "Residents said police arrested/acl at least 20 miners").
                // (So is the noun of "accused of": "Sudan's RSF accused of killing dozens".)
                if (obj < 0 && (children[trigger].Any(c => tokens[c].DepRel == "aux:pass")
                                || tokens[trigger].Xpos == "VBN" && tokens[trigger].DepRel == "acl" && (pattern.PloverType == "ASSAULT" || tokens[trigger].Lemma is "accuse" or "suspect"
                                       || pattern.PloverType == "COERCE" && tokens[noun].DepRel is "nmod" or "obl" && noun == trigger - 1)
                                   && !children[trigger].Any(c => tokens[c].DepRel == "obj"))) obj = noun;   // (not a misread past: "guards exchanged fire")
                // "marched through the town to demand ...", parsed as if the town demanded: an infinitive on a
                // place is the purpose of the verb the place belongs to, whose subject it takes; so is one on an
                // object that names no actor ("used tear gas to disperse", "is inching nearer to accord with").
                else
                    // ("in the latest bloodshed to strike the region": an infinitive on a noun ranked first, last or latest is
                    // that noun's act, not a purpose.)
                    subject = IsPurposeInfinitive(tokens, children, trigger) && tokens[noun].Head >= 0 && !IsRankedNoun(tokens, children, noun)
                              && (IsLocative(tokens, children, noun) || tokens[noun].DepRel == "obj" && phrases.At(noun) is null)
                        ? children[tokens[noun].Head].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1)
                        : noun;
            }
        }

        /// <summary>The subject a verb shares with the verb it is coordinated with, is controlled by, or reports for.</summary>
        public void SubjectSharedWithAnotherVerb()
        {
            SubjectOfAParticipleOpenedByAnd();
            ReporterOfACoordinatedStatement();
            int controlled = SubjectOfTheFirstCoordinatedVerb();
            AgentHungOnTheObject();
            WhoIsAccusedOfIt(controlled);
            ArmedDoerOfTheClauseThatTellsWhen();
            SubjectOfTheGoverningVerb(controlled);
            SubjectOfAStatementAbove();
        }

        /// <summary>A participle opened by "and" that the parser hung on a verb of saying goes with the participle before it, and takes its subject.</summary>
        private void SubjectOfAParticipleOpenedByAnd()
        {
            // ("attacked the village, setting fire to homes and cars and shooting dead a man, the ministry said",
            // with "shooting" hung on "said": a participle opened by "and" goes with the participle before it.)
            if (subject < 0 && tokens[trigger].Xpos == "VBG" && tokens[trigger].DepRel == "ccomp" && IsCoordinated
                && PreviousParticiple(tokens, trigger) is >= 0 and var sibling && tokens[sibling].Head >= 0)
                subject = children[tokens[sibling].Head].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
        }

        /// <summary>Words said, coordinated with an act the reporter reports after it, are the reporter's.</summary>
        private void ReporterOfACoordinatedStatement()
        {
            // "Russia's defence ministry said its forces had hit targets in Odesa and accused Kyiv of ...", with
            // "accused" coordinated with "hit": words said or done by speaking, coordinated with a reported act,
            // are the reporter's.
            // ("told reporters that the plant had briefly lost one of its power lines and called on both Moscow and
            // Kyiv": also under the reported act's "had" when that act's subject is no actor, a plant.)
            if (subject < 0 && IsCoordinated && !HasOwnPassiveSubject && CameoOntology.IsVerbalAct(pattern.Cameo) && tokens[trigger].Xpos is "VBD" or "VBN"
                && CoordinatedVerb(tokens, trigger) is >= 0 and var reportedAct
                && ReporterOf(tokens, children, reportedAct) is >= 0 and var actReporter && children[reportedAct].Any(c => tokens[c].DepRel == "aux")
                // (Not a reporter after the act's words: "The kidnappers had phoned relatives and demanded 500,000 birr, families said".)
                && actReporter < reportedAct
                // (Nor words said in the call the act was: "Families said the kidnappers had telephoned them that night and threatened to kill".)
                && tokens[reportedAct].Lemma?.ToLowerInvariant() is not ("phone" or "telephone" or "call" or "contact" or "text" or "message" or "email")
                && (tokens[trigger].Xpos == "VBD" || children[reportedAct].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1) is var actSubject
                    && (actSubject < 0 || phrases.CodeOf(actSubject) is null)))
                subject = actReporter;
        }

        /// <summary>A coordinated verb's subject from the first verb; returns the verb the search for a governing verb starts from.</summary>
        private int SubjectOfTheFirstCoordinatedVerb()
        {
            // Coordinated verbs share the subject: "surrounded the convoy and refused". When the first verb has
            // none of its own, the control below starts from it ("used water cannon to break up a rally ...
            // and detained 38 people": "detained" hangs on "break up", which takes the police from "used").
            int controlled = trigger;
            if (subject < 0 && IsCoordinated && !HasOwnPassiveSubject && CoordinatedVerb(tokens, trigger) is >= 0 and var first)
            {
                subject = children[first].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
                // ("Troops ... were flown into the area and clashed with the rebels": a past tense after a passive shares its subject;
                // not a charge with no object, which goes on with the passive: "who were arrested last month and charged/VBD with inciting".)
                if (subject < 0 && tokens[trigger].Xpos is "VBD" or "VBZ" or "VBP" && !(tokens[trigger].Lemma is "charge" or "indict" or "convict" or "sentence"
                                                                                      && !children[trigger].Any(c => tokens[c].DepRel == "obj")))
                    subject = children[first].FirstOrDefault(c => tokens[c].DepRel == "nsubj:pass", -1);
                if (subject < 0) controlled = first;
            }
            return controlled;
        }

        /// <summary>
        /// "Four men were arrested when soldiers searched a ranch", "Twelve people were detained when police raided a
        /// house", "Two suspects were detained after soldiers stormed a hideout": a passive without its agent is done by
        /// the forces that are the subject of the clause telling when, also when that clause closes a coordination of
        /// passives ("Four men were arrested and rifles ... seized when soldiers searched a ranch").
        /// </summary>
        private void ArmedDoerOfTheClauseThatTellsWhen()
        {
            // (Not a killing: "were killed when officers opened fire" tells one act, whose deaths fold into the firing.)
            if (subject >= 0 || actorTargetsOnly || pattern.PloverType == "ASSAULT" || !children[trigger].Any(c => tokens[c].DepRel == "aux:pass")) return;
            int clause = children[trigger].Concat(children[trigger].Where(c => tokens[c].DepRel == "conj" && tokens[c].Xpos is "VBN" or "VBD").SelectMany(c => children[c]))
                .FirstOrDefault(c => tokens[c].DepRel == "advcl"
                    && children[c].Any(g => tokens[g].DepRel is "mark" or "advmod" && tokens[g].Form.ToLowerInvariant() is "when" or "as" or "after"), -1);
            if (clause < 0 || children[clause].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1) is not (>= 0 and var doer)) return;
            var sector = SectorCodes.FirstSectorIn(phrases.CodeOf(doer) ?? "") ?? AgentDictionary.Default.SectorOf(tokens[doer].Lemma);
            if (sector is "COP" or "MIL") subject = doer;
        }

        /// <summary>A passive's agent hung on its object with "by".</summary>
        private void AgentHungOnTheObject()
        {
            // "Six guards were taken hostage by inmates", with "by inmates" hung on the object: the agent still.
            if (subject < 0 && children[trigger].Any(c => tokens[c].DepRel == "aux:pass"))
            {
                subject = children[trigger].Where(c => tokens[c].DepRel == "obj").SelectMany(c => children[c])
                    .FirstOrDefault(c => tokens[c].DepRel == "nmod" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("by", StringComparison.OrdinalIgnoreCase)), -1);
            }
            // "the arrest of three village elders by the army", with "by the army" hung on the elders: an act noun's
            // doer still, when it names someone who can act (not "the killing of a fisherman by the river").
            if (subject < 0 && tokens[trigger].Upos == "NOUN" && obj >= 0 && tokens[obj].Head == trigger && tokens[obj].DepRel == "nmod"
                && children[obj].FirstOrDefault(c => tokens[c].DepRel == "nmod" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("by", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var doer
                && (phrases.CodeOf(doer) is not null || AgentDictionary.Default.SectorOf(tokens[doer].Lemma) is not null))
                subject = doer;
        }

        /// <summary>
        /// "Amnesty International accused Mozambican soldiers of beating displaced men", with "beating" hung on the
        /// soldiers: an act someone is accused or suspected of is theirs (alleged), wherever the parser hung it.
        /// </summary>
        private void WhoIsAccusedOfIt(int controlled)
        {
            // (Not a finite verb coordinated after the charge: "accused Moscow of deliberately targeting civilian
            // infrastructure and called on Western allies" is the accusers' call.)
            if (subject >= 0 || trigger != controlled && tokens[trigger].Xpos != "VBG" || tokens[controlled].DepRel != "acl" || tokens[controlled].Head is not (>= 0 and var charged) || tokens[charged].DepRel != "obj"
                || tokens[charged].Upos is not ("NOUN" or "PROPN" or "PRON") || tokens[charged].Head is not (>= 0 and var accusing)
                || tokens[accusing].Lemma is not ("accuse" or "suspect")
                || !ChargeOf(controlled)) return;
            subject = charged;
        }

        /// <summary>Whether a clause is opened by "of", as what someone is accused or suspected of ("of beating").</summary>
        private bool ChargeOf(int clause) => children[clause].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.Equals("of", StringComparison.OrdinalIgnoreCase));

        /// <summary>A controlled, purpose or participle clause takes the subject of the verb above it (or the object of a verb that makes someone act).</summary>
        /// <summary>
        /// "security forces ended the siege early Monday, killing all four attackers": the killing that ends a siege or a
        /// standoff is the act of those who end it (no toll of the siege's attack: its dead are the attackers).
        /// </summary>
        /// <summary>
        /// "The attackers overpowered a security guard ..., shooting him dead": a past tense with a subject and an object that
        /// no pattern codes (and that reports nothing) leaves no act for the participle's toll to fold into, so the participle
        /// is the subject's own act (so does a pattern that needs a preposition the verb lacks: "A suicide bomber drove an
        /// explosives-laden car into a checkpoint ..., killing at least six soldiers" is no "drove ... out of"; nor one whose words
        /// around the verb are not there: it is no "drove police from").
        /// </summary>
        /// <remarks>
        /// (Its past or its perfect, "had caught up with the assailants near Koro ..., killing 12 of them", the people met after
        /// "with" as good as an object.)
        /// </remarks>
        private bool NamesNoEvent(int verb) =>
            verb >= 0 && (tokens[verb].Xpos == "VBD" || tokens[verb].Xpos == "VBN" && children[verb].Any(c => tokens[c].DepRel == "aux" && tokens[c].Lemma == "have"))
            && tokens[verb].Lemma is { } lemma
            && EventLexicon.Default.PatternsFor(lemma).All(p => p.Preposition is { } preposition ? PrepositionalTarget(tokens, children, verb, preposition) < 0
                : p.Context is { } context && ContextMatcher.Match(context, tokens, verb, document.SentenceOf(verb).FirstToken, document.SentenceOf(verb).EndToken, t => phrases.At(t)) is null)
            && !EventLexicon.Default.ReportingVerbs.Contains(lemma)
            && children[verb].Any(c => tokens[c].Upos == "NOUN" && (tokens[c].DepRel == "obj"
                || tokens[c].DepRel == "obl" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("with", StringComparison.OrdinalIgnoreCase))))
            && children[verb].Any(c => tokens[c].DepRel == "nsubj" && tokens[c].Upos == "NOUN");

        private bool EndsASiege(int verb) =>
            verb >= 0 && tokens[verb].Lemma is "end" or "conclude" or "break"
            && children[verb].Any(c => tokens[c].DepRel == "obj" && tokens[c].Lemma is "siege" or "standoff" or "stand-off" or "occupation");

        private void SubjectOfTheGoverningVerb(int controlled)
        {
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
                                                              || children[governed].Any(c => tokens[c].DepRel == "mark") || EndsASiege(tokens[governed].Head)
                                                              || NamesNoEvent(tokens[governed].Head))
                         || IsUnmarkedPastTense(tokens, children, governed))); depth++)
            {
                // ("an attack that led Sunni lawmakers to accuse ...", with the infinitive read as an adverbial: a complement still.)
                bool complement = tokens[governed].DepRel == "xcomp" || tokens[governed].DepRel == "advcl" && tokens[governed].Xpos == "VB"
                                  && children[governed].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.Equals("to", StringComparison.OrdinalIgnoreCase));
                bool chargedOf = governed == trigger && ChargeOf(governed);
                governed = tokens[governed].Head;
                // ("Rights groups have accused the army ... of killing hundreds of civilians": the accused are
                // who did what they are accused of, not the accusers; not a verb coordinated after the charge,
                // "accused Israel of violating the truce and called on Egypt", which is the accusers' own.)
                if (chargedOf && tokens[governed].Lemma is "accuse" or "suspect"
                    && children[governed].FirstOrDefault(c => tokens[c].DepRel == "obj" && tokens[c].Upos is "NOUN" or "PROPN" or "PRON", -1) is >= 0 and var accused)
                {
                    subject = accused;
                    break;
                }
                // ("prompting teachers to stage protests": verbs that make someone act control their object.)
                if (complement && tokens[governed].Lemma is "prompt" or "force" or "cause" or "lead" or "push" or "drive" or "spur" or "compel" or "encourage" or "inspire" or "persuade"
                    && children[governed].FirstOrDefault(c => tokens[c].DepRel == "obj" && tokens[c].Upos is "NOUN" or "PROPN", -1) is >= 0 and var madeToAct)
                {
                    subject = madeToAct;
                    break;
                }
                // ("..., residents and a Pa-O resistance group said, as fighting in southern Shan State edged closer": who reports
                // is no side of a fight told beside the report.)
                if (pattern.PloverType == "ASSAULT" && tokens[governed].Lemma is "say" or "tell") break;
                subject = children[governed].FirstOrDefault(c => tokens[c].DepRel is "nsubj" or "nsubj:pass", -1);
                // ("Thousands of people are believed to have been killed": the subject of a passive complement is acted on.)
                // (UndergoerOfAPassiveComplement makes it the object.)
                if (subject >= 0 && complement && governed == tokens[controlled].Head && IsPassiveComplement(tokens, controlled))
                {
                    subject = -1;
                    break;
                }
                if (subject < 0 && ActorSent(governed) is >= 0 and var sent) subject = sent;
                // ("went from house to house and abducted six women before withdrawing": the governor shares the
                // subject of the verb it is coordinated with.)
                if (subject < 0 && tokens[governed].DepRel == "conj" && CoordinatedVerb(tokens, governed) is >= 0 and var sharedWith)
                    subject = children[sharedWith].FirstOrDefault(c => tokens[c].DepRel is "nsubj" or "nsubj:pass", -1);
            }
        }

        /// <summary>
        /// "Soldiers sent to disarm a self-defense group": the actor a passive participle with no object of its own
        /// modifies, whose mission the participle's clause is. Not a participle that makes someone else act ("called
        /// on the government to withdraw"), nor a thing ("any house used to fire on troops"). (Not an attempt either:
        /// "protesters trying to storm the headquarters" would need a modality of its own.)
        /// </summary>
        private int ActorSent(int participle)
        {
            if (tokens[participle].DepRel != "acl" || tokens[participle].Head is not (>= 0 and var modified)
                || tokens[modified].Upos is not ("NOUN" or "PROPN") || phrases.CodeOf(modified) is null) return -1;
            bool sent = tokens[participle].Xpos == "VBN" && !children[participle].Any(c => tokens[c].DepRel == "obj"
                || tokens[c].DepRel == "obl" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("on", StringComparison.OrdinalIgnoreCase)));
            return sent ? modified : -1;
        }

        /// <summary>A statement in the past tense opened by "and" that found no subject takes the subject of the nearest finite verb above it.</summary>
        private void SubjectOfAStatementAbove()
        {
            // "accused Moscow of deliberately targeting civilian infrastructure and called on Western allies",
            // with "called" hung on "targeting"; "The U.N. mission in Congo, known as MONUSCO, called on ...",
            // with "called" hung on "known": a statement in the past tense opened by "and" (or a conjunct) that
            // found no subject belongs to the nearest finite verb above it that has one, or to a noun the parser
            // made the root. (Not an act of force: "Survivors said the attackers went from hut to hut and hacked
            // ...", with the attackers misparsed, is not the survivors' act.)
            if (subject < 0 && IsCoordinated && !HasOwnPassiveSubject && tokens[trigger].Xpos is "VBD" or "VBN" && CameoOntology.IsVerbalAct(pattern.Cameo)
                && !children[trigger].Any(c => tokens[c].DepRel is "aux" or "aux:pass"))
            {
                for (int above = tokens[trigger].Head, depth = 0; subject < 0 && above >= 0 && depth < 6; above = tokens[above].Head, depth++)
                {
                    if (tokens[above].Xpos is "VBD" or "VBZ" or "VBP")
                        subject = children[above].FirstOrDefault(c => tokens[c].DepRel == "nsubj" && !IsPronounIt(tokens[c]), -1);
                    else if (tokens[above].DepRel == "root" && tokens[above].Upos is "NOUN" or "PROPN") subject = above;
                }
            }
        }

        /// <summary>An event noun under a verb: done by the verb's subject (an adjunct fight, a response, a light verb), or to a passive's subject (and a passive complement, too).</summary>
        public void ActorsOfAnEventNounUnderAVerb()
        {
            FighterOfAnAdjunct();
            ResponderWithAnAct();
            UndergoerOfAPassive();
            UndergoerOfAPassiveComplement();
            DoerUnderALightVerb();
        }

        /// <summary>A fight, a visit or a protest in a verb's adjunct is its subject's.</summary>
        private void FighterOfAnAdjunct()
        {
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
        }

        /// <summary>An act a verb's subject responds or retaliates with is that subject's.</summary>
        private void ResponderWithAnAct()
        {
            // "The forces responded on Tuesday with drone strikes on militant hideouts": an act a verb's subject
            // responds or retaliates with is that subject's.
            if (subject < 0 && tokens[trigger].Upos == "NOUN" && tokens[trigger].DepRel == "obl" && tokens[trigger].Head is >= 0 and var responded
                && tokens[responded].Lemma is "respond" or "retaliate" or "react" or "hit"
                && children[trigger].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.Equals("with", StringComparison.OrdinalIgnoreCase)))
                subject = children[responded].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
        }

        /// <summary>A light verb's event noun is done by the light verb's subject.</summary>
        private void DoerUnderALightVerb()
        {
            // "went on an indefinite hunger strike", "staged a protest", "held a rally": an event noun under a
            // light verb is done by that verb's subject.
            if (subject < 0 && tokens[trigger].Upos == "NOUN" && tokens[trigger].Head is >= 0 and var light
                && LightVerbs.Contains(tokens[light].Lemma ?? "") && tokens[trigger].DepRel is "obj" or "obl")
                subject = children[light].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
        }

        /// <summary>The subject's last refinements: not an absolute "with", who it is identified as, the owner of a weapon or an act, a message's sender.</summary>
        public void WhatTheSubjectStandsFor()
        {
            NoSubjectOfAnAbsoluteWith();
            NounBeforeWhoseMembers();
            IdentityOfTheSubject();
            PhraseBeforeManyOfThem();
            MembersOfAQuantifierSubject();
            ObjectThatIsAShareOfThem();
            LauncherOfAWeapon();
            ReporterOfItsWeapons();
            OwnerOfTheAct();
            SidesTheClauseAboveNamed();
            NoSubjectThatNamesNoActor();
            LeaderOfTheAct();
            SenderOfAMessage();
            GroupTheSubjectNamesBack();
        }

        /// <summary>
        /// "The RSF denied targeting civilians ... The group threatened to strike more power stations": "the group" (or "the militia",
        /// "the faction", "the movement", "the organisation") as the subject names back the last organisation a subject named, in its
        /// sentence or the three before.
        /// </summary>
        private void GroupTheSubjectNamesBack()
        {
            if (subject < 1 || actorTargetsOnly || tokens[subject].Upos != "NOUN"
                || tokens[subject].Lemma is not ("group" or "militia" or "faction" or "movement" or "organisation" or "organization")
                || !children[subject].Any(c => tokens[c].DepRel == "det" && tokens[c].Form.Equals("the", StringComparison.OrdinalIgnoreCase))
                || children[subject].Any(c => tokens[c].DepRel is not ("det" or "punct"))) return;
            int first = document.Sentences[Math.Max(0, tokens[subject].Sentence - 3)].FirstToken;
            for (int t = subject - 1; t >= first; t--)
            {
                // (Or a short form an organisation was called, which the recognizer did not tag again: "The RSF denied".)
                if (tokens[t].Upos is not ("PROPN" or "NOUN") || tokens[t].DepRel is not ("nsubj" or "nsubj:pass")
                    || EntityAt(document, t)?.Label != "ORG" && !document.Entities.Any(e => e.Label == "ORG" && e.Mentions.Any(m => m.Text == tokens[t].Form))) continue;
                subject = t;
                return;
            }
        }

        /// <summary>A participle after "with" right after a noun is a bare toll, with no subject.</summary>
        private void NoSubjectOfAnAbsoluteWith()
        {
            // "near the border with Burkina Faso, killing several terrorists", parsed as an absolute "with X
            // killing": a "with" right after a noun belongs to that noun, and the participle is a bare toll.
            if (subject >= 0 && tokens[trigger].Xpos == "VBG" && children[trigger].FirstOrDefault(c => tokens[c].DepRel == "mark"
                    && tokens[c].Form.Equals("with", StringComparison.OrdinalIgnoreCase), -1) is > 0 and var withMark && tokens[withMark - 1].Upos == "NOUN")
                subject = -1;
        }

        /// <summary>Who a subject identified "as" someone says (or is said) to be.</summary>
        private void IdentityOfTheSubject()
        {
            // "a man who identified himself as a Gran Grif leader threatened residents": who he says he is.
            // ("a man identified by police as the gang's leader": or named so by others; the "as" phrase may hang on the man.)
            if (subject >= 0 && !actorTargetsOnly && children[subject].FirstOrDefault(c => tokens[c].DepRel is "acl:relcl" or "acl" && tokens[c].Lemma is "identify" or "describe" or "present", -1) is >= 0 and var identified
                && children[identified].Concat(children[subject]).FirstOrDefault(c => tokens[c].DepRel is "obl" or "xcomp" or "nmod" && tokens[c].Upos is "NOUN" or "PROPN"
                       && children[c].Any(g => tokens[g].DepRel is "case" or "mark" && tokens[g].Form.Equals("as", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var identity)
                subject = identity;
        }

        /// <summary>A weapon or a thing thrown, launched by someone, is that someone's act.</summary>
        private void LauncherOfAWeapon()
        {
            // "Drones launched by the paramilitary Rapid Support Forces (RSF) struck ...": a weapon sent by
            // someone is that someone's act.
            // ("11 police officers were injured by stones thrown by protesters": and things thrown by someone.)
            if (subject >= 0 && !actorTargetsOnly && (WeaponNouns.Contains(tokens[subject].Lemma ?? "") || tokens[subject].Lemma is "stone" or "brick" or "rock" or "bottle")
                && children[subject].FirstOrDefault(c => tokens[c].DepRel == "acl" && tokens[c].Xpos == "VBN", -1) is >= 0 and var launched
                && children[launched].FirstOrDefault(c => tokens[c].DepRel == "obl:agent", -1) is >= 0 and var launcher)
                subject = launcher;
        }

        /// <summary>
        /// "The protests, led mostly by young people, began last month": an act noun led, organised or staged by
        /// someone is theirs (not their target).
        /// </summary>
        private void LeaderOfTheAct()
        {
            if (subject >= 0 || actorTargetsOnly || tokens[trigger].Upos != "NOUN"
                || children[trigger].FirstOrDefault(c => tokens[c].DepRel == "acl" && tokens[c].Xpos == "VBN"
                       && tokens[c].Lemma is "lead" or "organize" or "organise" or "stage" or "spearhead" or "launch", -1) is not (>= 0 and var led)
                || children[led].FirstOrDefault(c => tokens[c].DepRel == "obl:agent", -1) is not (>= 0 and var leader)) return;
            subject = leader;
            if (obj == leader) obj = -1;
        }

        /// <summary>"its" weapons in what a force reports are the reporter's; so are "its teams" of an aid body.</summary>
        private void ReporterOfItsWeapons()
        {
            // "Ukraine's navy said its sea drones had struck a Russian patrol boat": "its" weapons are the reporter's.
            // (Not "its troops", "its fighters": a force's own account of its forces' act often retells an attack.)
            // ("The Kenya Red Cross said its teams had treated 41 people": so are the teams of a body that does not fight.)
            // ("The army said its air defences shot down four other drones": and its air defences.)
            if (subject >= 0 && !actorTargetsOnly && (WeaponNouns.Contains(tokens[subject].Lemma ?? "")
                                                      || tokens[subject].Lemma?.ToLowerInvariant() is "team" or "staff" or "medic" or "volunteer" or "surgeon" or "defence" or "defense" or "defences" or "defenses")
                && children[subject].Any(c => tokens[c].DepRel == "nmod:poss" && tokens[c].Form.ToLowerInvariant() is "its" or "their")
                && ReporterOf(tokens, children, trigger) is >= 0 and var weaponsOwner)
                subject = weaponsOwner;
        }

        /// <summary>An act named with its owner, as the subject or as the trigger, is the owner's.</summary>
        private void OwnerOfTheAct()
        {
            // ("an ELN offensive against the dissidents killed more than 80 people": the side an act the subject names was against is
            // the target, the dead its toll.)
            if (subject >= 0 && source < 0 && !actorTargetsOnly && tokens[subject].Upos == "NOUN" && tokens[subject].Lemma is { } actNoun
                && (ActNouns.Contains(actNoun) || actNoun == "offensive") && tokens[trigger].Lemma is "kill" or "wound" or "injure"
                && children[subject].FirstOrDefault(c => c > subject && tokens[c].DepRel == "nmod" && phrases.CodeOf(c) is not null
                       && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("against", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var against)
                obj = against;
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
            // ("The group claimed a suicide bombing at a bank in Jalalabad that killed 11 people", "claimed responsibility for an attack
            // that killed ...": an act someone claimed is theirs.)
            if (subject >= 0 && source < 0 && !actorTargetsOnly && tokens[subject].Upos == "NOUN" && ActNouns.Contains(tokens[subject].Lemma ?? "")
                && ClaimerOf(subject) is >= 0 and var claimer)
                subject = claimer;
            // ("said an air strike it carried out on Sunday ... had killed three Islamic State militants": or whoever the
            // act's relative clause says carried it out.)
            if (subject < 0 && source < 0 && !actorTargetsOnly && tokens[trigger].Upos == "NOUN"
                && children[trigger].FirstOrDefault(c => c > trigger && tokens[c].DepRel == "acl:relcl" && tokens[c].Lemma is "carry" or "conduct" or "launch", -1) is >= 0 and var carried
                && children[carried].FirstOrDefault(c => c < carried && tokens[c].DepRel == "nsubj" && tokens[c].Xpos is not ("WDT" or "WP"), -1) is >= 0 and var carrier)
            {
                subject = carrier;
                // ("it", "he", "she" in what someone reports is that someone, as the subject of the clause the act is told in.)
                if (tokens[carrier].Form.ToLowerInvariant() is "it" or "he" or "she" && tokens[trigger].Head is >= 0 and var told && ReporterOf(tokens, children, told) is >= 0 and var reporter)
                    subject = reporter;
            }
            // ("27 civilians were killed in RSF shelling of Bara": or the act a passive was done in.)
            if (subject < 0 && source < 0 && !actorTargetsOnly && tokens[trigger].Xpos == "VBN" && children[trigger].Any(c => tokens[c].DepRel == "aux:pass")
                && children[trigger].FirstOrDefault(c => c > trigger && tokens[c].DepRel == "obl" && ActNouns.Contains(tokens[c].Lemma ?? "")
                                                        && children[c].Any(k => tokens[k].DepRel == "case" && tokens[k].Form.ToLowerInvariant() is "in" or "during"), -1) is >= 0 and var act
                && OwnerOfActOrWeapon(tokens, children, act, phrases) is >= 0 and var doer)
                subject = doer;
        }

        /// <summary>The subject of "claimed" whose object is the act, or the act "responsibility" is claimed "for"; -1 if none.</summary>
        private int ClaimerOf(int act)
        {
            int claimed = act;
            if (tokens[act].DepRel == "nmod" && tokens[act].Head is >= 0 and var responsibility && tokens[responsibility].Lemma == "responsibility") claimed = responsibility;
            if (tokens[claimed].DepRel != "obj" || tokens[claimed].Head is not (>= 0 and var claim) || tokens[claim].Lemma != "claim") return -1;
            return children[claim].FirstOrDefault(c => tokens[c].DepRel == "nsubj" && phrases.At(c) is not null || tokens[c].DepRel == "nsubj" && tokens[c].Upos == "PRON", -1);
        }

        /// <summary>"the two sides" are the sides the clause above named, its subject first.</summary>
        private void SidesTheClauseAboveNamed()
        {
            // "Soldiers later caught up with the insurgents near Mafa, and the two sides fought": "the two sides"
            // are the sides the clause above named, its subject first.
            // ("Northern Bahr el Ghazal's governor met his Warrap counterpart in Wau on Wednesday, and the two agreed to set up a joint
            // committee": or "the two", the second side the clause's object.)
            bool theTwo = subject >= 0 && tokens[subject].Form.Equals("two", StringComparison.OrdinalIgnoreCase) && tokens[subject].DepRel == "nsubj"
                          && children[subject].Any(c => tokens[c].DepRel == "det" && tokens[c].Form.Equals("the", StringComparison.OrdinalIgnoreCase));
            if (subject >= 0 && !actorTargetsOnly && (tokens[subject].Lemma == "side" && children[subject].Any(c => tokens[c].Form.ToLowerInvariant() is "two" or "both") || theTwo)
                && tokens[trigger].Head is >= 0 and var clauseAbove
                && children[clauseAbove].FirstOrDefault(c => tokens[c].DepRel == "nsubj" && c < subject, -1) is >= 0 and var firstSide)
            {
                subject = firstSide;
                if (theTwo && (obj < 0 || phrases.At(obj) is null) && children[clauseAbove].FirstOrDefault(c => tokens[c].DepRel == "obj" && c < trigger && IsNominal(tokens[c]), -1) is >= 0 and var secondSide)
                    obj = secondSide;
            }
        }

        /// <summary>No subject that is a function word or an act.</summary>
        private void NoSubjectThatNamesNoActor()
        {
            // Words that name nothing ("the number of detained": "of") are no actors.
            if (subject >= 0 && !IsNominal(tokens[subject])) subject = -1;
            // "an attack that killed at least 23 people", "the strikes killed four": an act is no actor; its toll
            // goes to the act's own event when mentions are merged.
            if (subject >= 0 && !actorTargetsOnly && (ActNouns.Contains(tokens[subject].Lemma ?? "") || ActNouns.Contains(tokens[subject].Form.ToLowerInvariant()))) subject = -1;   // (also "fighting that killed", read as a verb)
        }

        /// <summary>A sign or a message is its signer's or its speaker's.</summary>
        private void SenderOfAMessage()
        {
            // "Banners signed by the cartel and hung from bridges threatened lime growers", "a video posted by the
            // group warned": a sign or a message signed, posted or sent by someone is that someone's.
            if (subject >= 0 && !actorTargetsOnly && (MediumNouns.Contains(tokens[subject].Lemma ?? "") || tokens[subject].Lemma is "banner" or "placard" or "leaflet" or "pamphlet" or "poster" or "note" or "sign")
                && children[subject].Where(c => tokens[c].DepRel == "acl" && tokens[c].Xpos == "VBN").SelectMany(c => children[c])
                       .FirstOrDefault(c => tokens[c].DepRel == "obl:agent", -1) is >= 0 and var signer)
                subject = signer;
            // "Governor Andi Rahman, in a video message on Tuesday, called on ...", parsed with the message as the
            // subject: a statement speaks for the person named before it in the sentence, and is no actor itself.
            // (Not a body its compound names: "The city's command post also imposed a curfew".)
            if (subject >= 0 && !actorTargetsOnly && MediumNouns.Contains(tokens[subject].Lemma ?? "")
                && !children[subject].Any(c => tokens[c].DepRel == "compound" && tokens[c].Lemma is "command"))
                subject = SpeakerBefore(document, subject);
        }

        /// <summary>When nothing else found the subject: the noun phrase before a past tense, a force that reports an arrest or its air strike; the pattern's own source over all.</summary>
        public void SubjectAsALastResort()
        {
            NounPhraseBeforeAPastTense();
            ForceThatReportsAnArrest();
            MilitaryThatReportsAnAirStrike();
            if (source >= 0) subject = source;
        }

        /// <summary>A past tense left without a subject takes the noun phrase right before it.</summary>
        private void NounPhraseBeforeAPastTense()
        {
            // "a day after the U.N. special envoy for Yemen met Houthi negotiators", parsed with the envoy hung on
            // "day": a past tense left without a subject takes the noun phrase right before it.
            // (Not when the subject was an act set aside above: "Clashes between police and protesters killed 19 people".)
            if (subject < 0 && source < 0 && !actorTargetsOnly && tokens[trigger].Xpos == "VBD" && tokens[trigger].DepRel is not ("conj" or "acl:relcl")
                && !children[trigger].Any(c => tokens[c].DepRel == "nsubj" && !DateResolver.NamesATime(tokens[c].Form)) && NounPhraseBefore(tokens, trigger) is >= 0 and var before)
                subject = before;
        }

        /// <summary>An arrest with no agent, reported by a force, is that force's.</summary>
        private void ForceThatReportsAnArrest()
        {
            // "a police spokesman said 11 demonstrators were arrested": a force that reports an arrest with no
            // agent made it (ACLED's convention too); a witness reporting it does not say who did.
            if (subject < 0 && source < 0 && !actorTargetsOnly && pattern.PloverType == "COERCE" && children[trigger].Any(c => tokens[c].DepRel == "aux:pass")
                && ReporterOf(tokens, children, trigger) is >= 0 and var reportingForce && SectorCodes.FirstSectorIn(phrases.CodeOf(reportingForce) ?? "") is { } forceSector
                && SectorCodes.Armed.Contains(forceSector))
                subject = reportingForce;
        }

        /// <summary>An air or drone strike nobody is named for, reported by a military, is that military's.</summary>
        private void MilitaryThatReportsAnAirStrike()
        {
            // "The U.S. military said an air strike on Monday killed three al-Shabaab fighters": a military that reports an air
            // strike owned by no one tells its own (an enemy's it names: "said a Russian air strike killed").
            if (subject >= 0 || source >= 0 || actorTargetsOnly || pattern.PloverType != "ASSAULT") return;
            bool aerial = pattern.PloverMode == "aerial"
                          || tokens[trigger].Lemma == "strike" && children[trigger].Any(c => tokens[c].DepRel == "compound" && tokens[c].Lemma is "air" or "drone");
            if (!aerial) return;
            int clause = tokens[trigger].Upos == "NOUN" && tokens[trigger].DepRel == "nsubj" && tokens[trigger].Head >= 0 ? tokens[trigger].Head : trigger;
            if (ReporterOf(tokens, children, clause) is >= 0 and var military && SectorCodes.FirstSectorIn(phrases.CodeOf(military) ?? "") == "MIL")
                subject = military;
        }
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

    /// <summary>"... in Burkina Faso attack": a name compounded with an act the sentence puts "in" somewhere says where, not who.</summary>
    private static bool NamesWhereTheActIs(Token[] tokens, List<int>[] children, int act, int modifier) =>
        tokens[modifier].DepRel == "compound" && tokens[modifier].Upos == "PROPN"
        && children[act].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.ToLowerInvariant() is "in" or "at" or "near");

    /// <summary>
    /// The word before an act or a weapon that names whose it is ("the army's shelling", "Houthi shelling",
    /// "an Israeli air strike", "a military air strike", "RSF drones"), or -1. A time is nobody's ("Monday's attack").
    /// </summary>
    private static int OwnerOfActOrWeapon(Token[] tokens, List<int>[] children, int noun, PhraseIndex phrases)
    {
        foreach (var c in children[noun])
        {
            if (c > noun || tokens[c].DepRel is not ("nmod:poss" or "amod" or "compound") || tokens[c].Upos == "PRON" || NamesATime(tokens[c])) continue;
            // ("killed in RSF shelling of Bara": a name coded as a group of its own, not a place, says who.)
            bool namesAGroup = phrases.CodeOf(c) is { Length: > 3 };
            if (NamesWhereTheActIs(tokens, children, noun, c) && !namesAGroup || NamesTheWeaponsKind(tokens, c)) continue;
            // (A name or a country, or a word for an armed force or a government: not "a national strike".)
            if (phrases.CountryAt(c) is not null) return ForceOfTheCountry(tokens, c, noun);
            if (phrases.At(c) is { Head: var named } && named == c && phrases.CodeOf(c) is { Length: >= 3 } || NamesAForce(tokens[c]))
                return c;
        }
        return -1;
    }

    /// <summary>
    /// "A Myanmar military airstrike", "a Russian army drone strike": the force a country's word goes with,
    /// between it and the act, is the act's owner (and the country its country); else the country is.
    /// </summary>
    private static int ForceOfTheCountry(Token[] tokens, int country, int act)
    {
        for (int t = country + 1; t < act; t++)
        {
            if (NamesTheWeaponsKind(tokens, t)) continue;
            if (tokens[t].DepRel is "amod" or "compound" && NamesAForce(tokens[t]) && HangsOn(tokens, t, act)) return t;
        }
        return country;
    }

    /// <summary>
    /// "a Russian Su-34 fighter jet", "Two fighter jets bombed": a compound that the agent list says, with the
    /// word after it, names no actor ("fighter jet" ---) is the weapon's kind, not its owner.
    /// </summary>
    private static bool NamesTheWeaponsKind(Token[] tokens, int word) =>
        word + 1 < tokens.Length && Vigil.Actors.AgentDictionary.Default.Exact(tokens[word].Form.ToLowerInvariant() + " " + (tokens[word + 1].Lemma ?? tokens[word + 1].Form).ToLowerInvariant()) == "---";

    /// <summary>Whether the word hangs on the noun, directly or through the words between them.</summary>
    private static bool HangsOn(Token[] tokens, int word, int noun)
    {
        for (int t = tokens[word].Head; t >= 0 && t <= noun; t = tokens[t].Head)
        {
            if (t == noun) return true;
        }
        return false;
    }

    /// <summary>Whether a word names an armed force or a government ("military", "army", "police", "government").</summary>
    private static bool NamesAForce(in Token token) =>
        AgentDictionary.Default.Exact(token.Lemma?.ToLowerInvariant() ?? "") is { } agent
        && AgentDictionary.SectorOfCode(agent) is var sector && (SectorCodes.Armed.Contains(sector) || sector == "GOV");
}
