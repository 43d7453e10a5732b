using Vigil.Actors;
using Vigil.Documents;
using Vigil.Pipeline;

namespace Vigil.Events;

/// <summary>
/// Pipeline stage: events from verbs and event nouns that match the lexicon's patterns, with actors from
/// the dependency parse (subject and object in active voice; agent and subject in passive voice; the
/// target of a pattern's preposition), coded in CAMEO, PLOVER and ACLED terms, with modality, date,
/// casualties, place and a confidence. Needs tags and the parse; uses entities and places when present.
/// </summary>
public sealed class EventsStage : IPipelineStage
{
    private readonly EventLexicon _lexicon;
    private readonly ActorPhraseCoder _phraseCoder;
    private readonly bool _petrarchConventions;
    private readonly Places.Gazetteer? _gazetteer;

    /// <param name="lexicon">Event patterns and word lists; the built-in ones by default.</param>
    /// <param name="phraseCoder">Codes noun phrases from actor and agent dictionaries; the built-in ones by default.</param>
    /// <param name="petrarchConventions">
    /// Code as PETRARCH does, for `vigil eval petrarch`: keep events PLOVER has no category for (CAMEO 01),
    /// and let an object that names no actor give way to the first actor later in the clause (PETRARCH's
    /// targets are always actors; in news, "bombed a market" has the market as its target).
    /// </param>
    /// <param name="gazetteer">Tells a capital that the resolver read as its division ("Moscow") as the capital; optional.</param>
    public EventsStage(EventLexicon? lexicon = null, ActorPhraseCoder? phraseCoder = null, bool petrarchConventions = false, Places.Gazetteer? gazetteer = null)
    {
        _gazetteer = gazetteer;
        _lexicon = lexicon ?? EventLexicon.Default;
        _phraseCoder = phraseCoder ?? new ActorPhraseCoder(ActorDictionary.Default, AgentDictionary.Default);
        _petrarchConventions = petrarchConventions;
    }

    public string Name => "events";

    public void Process(Document document)
    {
        document.Events.Clear();
        if (document.Tokens.Length == 0 || document.Tokens[0].Upos is null) return;
        var country = DominantCountry(document);
        var attributions = new Attribution.AttributionIndex(document);
        var children = ChildrenOf(document.Tokens);
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            // Most sentences of an article name no event: skip them before finding their phrases, dates and tolls.
            if (!HasCandidateTrigger(document.Tokens, sentence)) continue;
            // The sentence's actor phrases, date and tolls are found once a trigger matches: most candidate
            // words ("take", "use", "hold") match no pattern in their sentence.
            PhraseIndex? sentencePhrases = null;
            PhraseIndex Phrases() => sentencePhrases ??= new PhraseIndex(document, sentence, _phraseCoder.Find(document, sentence.FirstToken, sentence.EndToken), _lexicon.Alpha3);
            (EventDate? Date, CasualtyCount? Killed, CasualtyCount? Injured)? facts = null;
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = document.Tokens[i];
                if (token.Upos is not ("VERB" or "NOUN") || token.Lemma is null) continue;
                // "thousands of striking garment workers": a participle describing a noun names no act of its own
                // (and "striking workers", however parsed, are on strike, not hitting anyone).
                if (!_petrarchConventions && token.Xpos == "VBG" && (token.DepRel == "amod" && token.Head > i
                        || token.Lemma == "strike" && i + 1 < sentence.EndToken && document.Tokens[i + 1].Xpos is "NNS" or "NN")) continue;
                var match = Match(document, children, i, sentence, Phrases);
                if (match is null) continue;
                var (pattern, target, source) = match.Value;
                if (pattern.Cameo is null || pattern.PloverType is null && !_petrarchConventions) continue;
                var phrases = Phrases();
                if (facts is null)
                {
                    var tolls = CasualtyFinder.Find(document, sentence.FirstToken, sentence.EndToken);
                    facts = (DateResolver.Find(document, sentence.FirstToken, sentence.EndToken), tolls.Killed, tolls.Injured);
                }
                var (date, killed, injured) = facts.Value;
                int clauseEnd = Math.Min(sentence.EndToken, SubtreeEnd(children, i) + 1);
                var (subjects, objects) = Actors(document, children, i, pattern, target, source, phrases, clauseEnd, _petrarchConventions);
                var context = new ActorContext(document, children, phrases, country);
                foreach (var (subject, obj) in Pairs(subjects, objects, pattern))
                {
                    foreach (var actor1 in EachActor(ActorAt(context, subject)))
                    {
                        foreach (var actor2 in EachActor(ActorAt(context, obj)))
                        {
                            AddEvent(document, s, token, pattern, pattern.Cameo, actor1, actor2, date, killed, injured, attributions, children, i);
                            if (pattern.PairedCameo is { } paired)
                                AddEvent(document, s, token, pattern, paired, actor2, actor1, date, killed, injured, attributions, children, i);
                        }
                    }
                }
            }
        }
        EventTolls.KeepSentenceTollsWithTheirClauses(document, children);
        EventMentions.Merge(document, keepFirstOfCoordinated: !_petrarchConventions);
        StoryDates.Inherit(document);
        // An actor does not act on itself: the same code on both sides (also after merging) is a misreading.
        // An event with neither actor nor casualties ("a rally turned into a riot", "explosions were heard")
        // says that something happened, not who did what to whom: no row of an event data set (EventRows).
        var noRows = _petrarchConventions ? [] : EventRows.NoRows(document);
        if (document.Events.RemoveAll(e => e.Actor1?.Code is { } c1 && c1 == e.Actor2?.Code && SamePhrase(e.Actor1, e.Actor2!) || noRows.Contains(e)) > 0)
            for (int i = 0; i < document.Events.Count; i++) document.Events[i] = EventMentions.Renumbered(document.Events[i], i);
        EventTolls.ApplyRevisedTolls(document);
        EventTolls.MarkDisputedTolls(document);
    }

    private bool HasCandidateTrigger(Token[] tokens, Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            if (token.Upos is not ("VERB" or "NOUN") || token.Lemma is null) continue;
            if (_lexicon.PatternsFor(token.Lemma).Count > 0 || _lexicon.PatternsFor(token.Form.ToLowerInvariant()).Count > 0) return true;
        }
        return false;
    }

    /// <summary>
    /// An actor whose name stands for several at once (a dictionary code "FRO/BIL/SAM": "The Shire" is
    /// Frodo, Bilbo and Sam) takes part as each of them; every other actor as itself.
    /// </summary>
    private static IEnumerable<EventActor?> EachActor(EventActor? actor)
    {
        if (actor?.Code is not { } code || !code.Contains('/'))
        {
            yield return actor;
            yield break;
        }
        foreach (var part in code.Split('/', StringSplitOptions.RemoveEmptyEntries))
            yield return actor with { Code = part, Country = SectorCodes.CountryIn(part) ?? actor.Country, Sector = SectorCodes.FirstSectorIn(part) ?? actor.Sector };
    }

    /// <summary>
    /// Codes that CAMEO splits by who acts on whom, where one verb serves both: a protest that obstructs
    /// passage (144) against a blockade by armed forces (191); a ban on one's own people (172, an
    /// administrative sanction) against a ban a state imposes on another country's people (163, a
    /// sanction); violence against civilians by gunmen (180) against armed force (190); mass killings (202).
    /// Null when the pattern's code stands.
    /// </summary>
    private static string? RecodedByActors(string cameo, EventActor? actor1, EventActor? actor2, CasualtyCount? killed, bool fight, string? triggerLemma = null,
        bool targetIsPlace = false)
    {
        // "The M23 captured Goma, the largest city in eastern Congo": a place captured is taken (192), not arrested.
        if (cameo.StartsWith("173", StringComparison.Ordinal) && triggerLemma is "capture" or "seize" or "take" && targetIsPlace) return "192";
        // "Workers at the mine began a strike": a strike by workers, teachers or doctors is a labour protest (143).
        if (cameo.StartsWith("19", StringComparison.Ordinal) && triggerLemma == "strike" && actor1?.Sector is "LAB" or "EDU" or "HLH" or "CVL") return "143";
        // Hundreds of civilians killed in one attack is mass violence (CAMEO 20: "mass killings", 202).
        if (cameo[..2] is "18" or "19" && killed?.Min >= 100 && actor2?.Sector == "CVL") return "202";
        if (cameo.StartsWith("144", StringComparison.Ordinal) && actor1?.Sector is "MIL" or "REB" or "INS" or "UAF") return "191";
        // Protesters who burn things riot (145); gunmen who do attack (180).
        if (cameo == "180" && actor1?.Sector == "CVL") return "145";
        // Killing or attacking civilians is "unconventional violence" (18) when gunmen, insurgents or
        // criminals do it; CAMEO keeps "conventional military force" (19) for armed forces and fights.
        // (A fight is two-sided whoever the sides are: "gang members clashed with rival inmates" stays 190.)
        if (cameo == "190" && !fight && actor1?.Sector is "UAF" or "INS" or "CRM" && actor2?.Sector is { } victims && NonCombatants.Contains(victims)) return "180";
        if (cameo.StartsWith("172", StringComparison.Ordinal) && actor1 is { Country: { } state, Sector: null or "GOV" } && actor2?.Country is { } foreign && foreign != state)
            return "163";
        return null;
    }

    /// <summary>
    /// ACLED splits direct violence by its target, where CAMEO splits it by its author: an attack on an
    /// armed group (an army post, a police patrol) is a battle ("Armed clash"), an attack on
    /// non-combatants is violence against civilians, whoever carries it out. Remote violence (shelling,
    /// air strikes, bombs) keeps its type; so does an attack whose target is unknown.
    /// </summary>
    internal static AcledCode? AcledByTarget(AcledCode? acled, EventActor? target)
    {
        if (acled is null || target?.Sector is not { } sector) return acled;
        bool direct = acled is { EventType: "Battles", SubEventType: "Armed clash" } or { EventType: "Violence against civilians", SubEventType: "Attack" };
        if (!direct) return acled;
        if (SectorCodes.Armed.Contains(sector)) return new AcledCode("Battles", "Armed clash");
        if (NonCombatants.Contains(sector)) return new AcledCode("Violence against civilians", "Attack");
        return acled;
    }

    /// <summary>Whether the actor is a place entity the places stage resolved as a whole ("Goma"; not "Salem Abushaala").</summary>
    private static bool NamesAPlace(Document document, EventActor? actor)
    {
        if (actor?.Entity is not { } id || document.Entities.FirstOrDefault(x => x.Id == id) is not { Label: "LOC" } entity) return false;
        var mention = entity.Mentions.FirstOrDefault(m => m.Start >= actor.Start && m.End <= actor.End);
        return mention is not null && document.Places.Any(p => p.Start == mention.Start && p.End == mention.End);
    }

    private void AddEvent(Document document, int s, Token token, EventPattern pattern, string cameo, EventActor? actor1, EventActor? actor2,
        EventDate? date, CasualtyCount? killed, CasualtyCount? injured, Attribution.AttributionIndex attributions, List<int>[] children, int trigger)
    {
        if (RecodedByActors(cameo, actor1, actor2, killed, fight: pattern.AcledType == "Battles", token.Lemma,
                targetIsPlace: NamesAPlace(document, actor2)) is { } recoded && _lexicon.Ontology.Categorize(recoded) is { } categories)
        {
            cameo = recoded;
            pattern = pattern with { PloverType = categories.PloverType, PloverMode = categories.PloverMode, AcledType = categories.AcledType, AcledSubType = categories.AcledSubType };
        }
        var @event = new Event
        {
            Id = "V" + (document.Events.Count + 1),
            Sentence = s,
            Trigger = new SpanRef(token.Start, token.End, token.Form),
            Cameo = cameo,
            Plover = new PloverCode(pattern.PloverType ?? "", pattern.PloverMode),
            Acled = AcledByTarget(pattern.AcledType is null ? null : new AcledCode(pattern.AcledType, pattern.AcledSubType), actor2),
            Actor1 = actor1,
            Actor2 = actor2,
            Date = date,
            Fatalities = pattern.PloverType == "ASSAULT" ? killed : null,
            Injuries = pattern.PloverType == "ASSAULT" ? injured : null,
            Place = EventPlaces.For(document, document.Sentences[s]),
        };
        @event.Modality = Modality(document, children, trigger, @event);
        // Under an attribution, a fact is reported, and the event links the quote it comes from.
        if (attributions.Covering(token.Start, token.End) is { } quote)
        {
            @event.Quote = quote.Id;
            if (@event.Modality == Modalities.Asserted) @event.Modality = Modalities.Reported;
        }
        @event.Confidence = Confidence(@event);
        document.Events.Add(@event);
    }

    /// <summary>
    /// Whether two actors with one code are the same actor read twice. Two different names ("the army"
    /// and "the Rapid Support Forces", both Sudanese military) are rivals; the same name, or the same
    /// entity, is a misreading. PETRARCH's coding (no entities) keeps the code test alone.
    /// </summary>
    private bool SamePhrase(EventActor a, EventActor b)
    {
        if (_petrarchConventions) return true;
        if (a.Entity is not null && b.Entity is not null) return a.Entity == b.Entity;
        return HeadWord(a.Text) == HeadWord(b.Text);
    }

    /// <summary>The phrase's noun: its last word, or the last before "of" ("a convoy of ... fighters": convoy).</summary>
    private static string HeadWord(string? text)
    {
        var words = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int of = Array.FindIndex(words, w => w.Equals("of", StringComparison.OrdinalIgnoreCase));
        return (of > 0 ? words[of - 1] : words.LastOrDefault() ?? "").ToLowerInvariant();
    }

    /// <summary>
    /// The most specific pattern the trigger satisfies, the token its preposition or context names as the
    /// target, and the source its context names (-1 where none).
    /// </summary>
    private (EventPattern Pattern, int Target, int Source)? Match(Document document, List<int>[] children, int trigger, Sentence sentence, Func<PhraseIndex> phrases)
    {
        var tokens = document.Tokens;
        // Event nouns only as the head of a noun phrase that is not an actor ("the clash came", "gun battles"),
        // and not as the object of a verb that is itself coded ("fought gun battles").
        if (tokens[trigger].Upos == "NOUN" && tokens[trigger].DepRel is "compound" or "obj") return null;
        // A participle modifying a noun ("banned nets", "wounded soldiers") describes it; it is no act here.
        if (tokens[trigger].Upos == "VERB" && tokens[trigger].DepRel == "amod") return null;
        // A participle used as a noun ("the number of detained", "the wounded") names people, not an act.
        if (tokens[trigger].DepRel == "acl" && tokens[trigger].Head >= 0 && tokens[tokens[trigger].Head].Upos is "ADP" or "DET") return null;
        int clauseEnd = Math.Min(sentence.EndToken, SubtreeEnd(children, trigger) + 1);
        // Patterns listed for the word form come first ("left" is not coded as "leave"), then those of the lemma.
        var form = tokens[trigger].Form.ToLowerInvariant();
        var candidates = form == tokens[trigger].Lemma ? _lexicon.PatternsFor(form) : _lexicon.PatternsFor(form).Concat(_lexicon.PatternsFor(tokens[trigger].Lemma!));
        foreach (var pattern in candidates)
        {
            if (pattern.VerbOnly && tokens[trigger].Upos != "VERB") continue;
            if (pattern.ObjectLemma is not null && !children[trigger].Any(c => tokens[c].DepRel is "obj" && ObjectNames(tokens, children, c, pattern.ObjectLemma)))
                continue;
            int target = -1, source = -1;
            if (pattern.Preposition is not null)
            {
                target = PrepositionalTarget(tokens, children, trigger, pattern.Preposition);
                if (target < 0) continue;
                // A particle ("stepped down", "shot down two warplanes") completes the verb and names no target.
                if (tokens[target].DepRel == "compound:prt") target = -1;
            }
            if (pattern.Context is not null)
            {
                // A discard looks at the whole sentence: "who asked not to be named" may be parsed with "named"
                // outside the clause of "asked".
                var found = ContextMatcher.Match(pattern.Context, tokens, trigger, sentence.FirstToken, pattern.Cameo == "---" ? sentence.EndToken : clauseEnd, t => phrases().At(t));
                if (found is null) continue;
                if (found.Value.Target >= 0) target = found.Value.Target;
                source = found.Value.Source;
            }
            return (pattern, target, source);
        }
        return null;
    }

    private static int SubtreeEnd(List<int>[] children, int token)
    {
        int end = token;
        foreach (var c in children[token]) end = Math.Max(end, SubtreeEnd(children, c));
        return end;
    }

    /// <summary>The dependent introduced by the preposition: "fire on [townspeople]", "meet with [rebels]".</summary>
    private static int PrepositionalTarget(Token[] tokens, List<int>[] children, int head, string preposition)
    {
        foreach (var c in children[head])
        {
            if (tokens[c].DepRel is "compound:prt" && tokens[c].Form.Equals(preposition, StringComparison.OrdinalIgnoreCase)) return c;
            if (tokens[c].DepRel is not ("obl" or "nmod" or "obl:npmod" or "advcl") && !(tokens[c].DepRel ?? "").StartsWith("obl", StringComparison.Ordinal)) continue;
            // "struck a school on Saturday": a time is not a target.
            if (NamesATime(tokens[c])) continue;
            if (children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals(preposition, StringComparison.OrdinalIgnoreCase))) return c;
        }
        // "opened fire on X": the preposition's phrase may hang off the object noun, or off the last of
        // coordinated objects ("handed out water and hot meals to residents").
        foreach (var c in children[head].Where(c => tokens[c].DepRel == "obj" || tokens[c].DepRel == "conj" && tokens[head].DepRel == "obj"))
        {
            int nested = PrepositionalTarget(tokens, children, c, preposition);
            if (nested >= 0) return nested;
        }
        return -1;
    }

    /// <summary>
    /// The heads of the event's source and target phrases, each with its coordinated phrases ("the
    /// Philippines and France": two targets, so two events); a list holds -1 when there is no such actor.
    /// </summary>
    private static (List<ActorSlot> Subjects, List<ActorSlot> Objects) Actors(Document document, List<int>[] children, int trigger, EventPattern pattern,
        int target, int source, PhraseIndex phrases, int clauseEnd, bool actorTargetsOnly)
    {
        var tokens = document.Tokens;
        int subject = -1, obj = -1;
        foreach (var c in children[trigger])
        {
            var rel = tokens[c].DepRel ?? "";
            // (A time the parser made a subject, "late Tuesday ... Luis Andrade was shot", is neither.)
            if (rel is "nsubj" or "nsubj:pass" && DateResolver.NamesATime(tokens[c].Form)) continue;
            if (rel is "nsubj" && subject < 0) subject = c;
            else if (rel is "nsubj:pass" && obj < 0) obj = c;
            else if (rel is "obj" && obj < 0 && pattern.ObjectLemma is null) obj = c;
            // ("By Saturday afternoon, volunteers were handing out ...": a time is no agent.)
            else if (rel.StartsWith("obl", StringComparison.Ordinal) && children[c].Any(g => tokens[g].Form.Equals("by", StringComparison.OrdinalIgnoreCase) && tokens[g].DepRel == "case") && subject < 0
                     && !NamesATime(tokens[c]) && !MediumNouns.Contains(tokens[c].Lemma ?? "")) subject = c;   // ("speaking by telephone")
            else if (rel == "nmod" && tokens[trigger].Upos == "NOUN" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form is "against") && obj < 0)
            {
                // "protests against tax increases", "the attack against the convoy": the target.
                obj = c;
            }
            else if (rel == "nmod" && tokens[trigger].Upos == "NOUN" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form is "between" or "by" or "of"))
            {
                if (subject < 0) subject = c;
                else if (obj < 0) obj = c;
            }
        }
        // A participle or relative clause: "soldiers sent to disarm" → the noun it modifies is the subject.
        // Not a bare participle of violence ("drone strikes near the border with Burkina Faso, killing several
        // terrorists", parsed as if the country killed): that is a toll, which folding gives to its cause.
        bool tollParticiple = tokens[trigger].DepRel == "acl" && tokens[trigger].Xpos == "VBG" && pattern.PloverType == "ASSAULT";
        if (subject < 0 && !tollParticiple && tokens[trigger].DepRel is "acl" or "acl:relcl" && tokens[trigger].Head >= 0 && IsNominal(tokens[tokens[trigger].Head]))
        {
            int noun = tokens[trigger].Head;
            // "a village councilor who had been abducted": the noun of a passive relative clause is its target.
            if (obj < 0 && children[trigger].Any(c => tokens[c].DepRel == "aux:pass")) obj = noun;
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
        for (int governed = controlled, depth = 0; subject < 0 && tokens[governed].Head >= 0 && depth < 3
             && (tokens[governed].DepRel == "xcomp" || tokens[governed].DepRel == "advcl"
                 && (IsPurposeInfinitive(tokens, children, governed)
                     || tokens[governed].Xpos == "VBG" && (pattern.PloverType != "ASSAULT" || children[governed].Any(c => tokens[c].DepRel == "mark"))
                     || IsUnmarkedPastTense(tokens, children, governed))); depth++)
        {
            governed = tokens[governed].Head;
            subject = children[governed].FirstOrDefault(c => tokens[c].DepRel is "nsubj" or "nsubj:pass", -1);
            // ("went from house to house and abducted six women before withdrawing": the governor shares the
            // subject of the verb it is coordinated with.)
            if (subject < 0 && tokens[governed].DepRel == "conj" && CoordinatedVerb(tokens, governed) is >= 0 and var sharedWith)
                subject = children[sharedWith].FirstOrDefault(c => tokens[c].DepRel is "nsubj" or "nsubj:pass", -1);
        }
        // "rescued 180 students after a gun battle with the kidnappers": a fight with someone, in the adjunct
        // of a verb, is fought by that verb's subject (the adjunct may hang off the verb's object instead).
        // So is a visit or a meeting in its adjunct ("called for restraint during a visit to Beirut").
        if (subject < 0 && tokens[trigger].Upos == "NOUN"
            && (PrepositionalTarget(tokens, children, trigger, "with") >= 0 || pattern.PloverType == "CONSULT" && IsAdjunct(tokens, children, trigger))
            && GoverningVerb(tokens, trigger) is >= 0 and var governor)
            subject = children[governor].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
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
        }
        // "clashed with self-defense groups", "fought against the army": the other side of a symmetric event.
        if (obj < 0 && pattern.PloverType is "ASSAULT" or "CONSULT")
            obj = PrepositionalTarget(tokens, children, trigger, "with") is >= 0 and var with ? with : PrepositionalTarget(tokens, children, trigger, "against");
        if (subject >= 0 && tokens[subject].Upos is "PRON")
        {
            // "townspeople who had blocked": a relative pronoun stands for the noun the clause modifies.
            if (tokens[subject].Form.ToLowerInvariant() is "who" or "which" or "that" && tokens[trigger].DepRel == "acl:relcl" && tokens[trigger].Head >= 0)
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
            else if (tokens[subject].Form.ToLowerInvariant() is "it" or "he" or "she" && ReporterOf(tokens, children, PronounsClause(tokens, subject, trigger)) is >= 0 and var reporter
                     && !InsideQuotation(document, trigger))
                subject = reporter;
            // "Security forces said they killed four militants": armed forces and governments report their own
            // acts, so their "they" is themselves; a witness's "they" is someone else.
            else if (tokens[subject].Form.ToLowerInvariant() == "they" && ReporterOf(tokens, children, PronounsClause(tokens, subject, trigger)) is >= 0 and var plural
                     && !InsideQuotation(document, trigger) && SectorCodes.FirstSectorIn(phrases.CodeOf(plural) ?? "") is { } sector
                     && (SectorCodes.Armed.Contains(sector) || sector == "GOV"))
                subject = plural;
            else if (tokens[subject].Form.ToLowerInvariant() is "he" or "she" && ResolvePronoun(document, subject) is { } antecedent)
                subject = antecedent;
        }
        // "pulled nine passengers off a bus and shot them dead": "them" is the first verb's object.
        // So is it after a participle of that verb ("expelled two journalists, accusing them of ...").
        if (obj >= 0 && tokens[obj].Form.Equals("them", StringComparison.OrdinalIgnoreCase)
            && (tokens[trigger].DepRel == "conj" || tokens[trigger].DepRel == "advcl" && tokens[trigger].Xpos == "VBG")
            && CoordinatedVerb(tokens, trigger) is >= 0 and var firstVerb
            && children[firstVerb].FirstOrDefault(c => tokens[c].DepRel == "obj" && tokens[c].Xpos is "NNS" or "NNPS", -1) is >= 0 and var firstObject)
            obj = firstObject;
        // "imposed a curfew" under "impose * curfew": the curfew is the event's wording, not its target.
        if (obj >= 0 && !actorTargetsOnly && pattern.Context is { } wording && children[obj].Append(obj).Any(t => wording.Names(tokens[t].Form, tokens[t].Lemma))) obj = -1;
        // "signed a peace agreement with the government": an agreement is made with the "with" phrase.
        if (obj >= 0 && !actorTargetsOnly && pattern.PloverType is "AGREE" or "COOPERATE" && pattern.Context is { } accord && accord.Mentions(tokens[obj].Form, tokens[obj].Lemma))
            obj = PrepositionalTarget(tokens, children, trigger, "with");
        // "threatened to censure him": a threat's target is the person or name what it threatens is done to
        // (not a thing: "threatened to block all roads").
        if (obj < 0 && pattern.PloverType == "THREATEN" && !actorTargetsOnly
            && children[trigger].FirstOrDefault(c => tokens[c].DepRel == "xcomp", -1) is >= 0 and var threatened
            && children[threatened].FirstOrDefault(c => tokens[c].DepRel == "obj"
                   && (tokens[c].Form.ToLowerInvariant() is "him" or "her" or "them" || tokens[c].Upos == "PROPN"), -1) is >= 0 and var threatenedObject)
            obj = threatenedObject;
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
        // "demanded that the government post troops", parsed with "that" as the object: the clause's subject.
        if (obj >= 0 && tokens[obj].Upos == "SCONJ")
            obj = children[obj].FirstOrDefault(c => IsNominal(tokens[c]), -1);
        // "Police fired tear gas to scatter the youths": the crowd is in the purpose clause.
        if (obj < 0 && pattern.PloverMode == "crowd-control" && !actorTargetsOnly
            && children[trigger].FirstOrDefault(c => tokens[c].DepRel is "advcl" or "xcomp" && IsPurposeInfinitive(tokens, children, c), -1) is >= 0 and var purpose)
            obj = children[purpose].FirstOrDefault(c => tokens[c].DepRel == "obj" && tokens[c].Upos is "NOUN" or "PROPN", -1);
        // "urged security agencies to go after ...", with the agencies parsed as a bare oblique.
        if (obj < 0 && pattern.PloverType == "REQUEST" && !actorTargetsOnly)
            obj = children[trigger].FirstOrDefault(c => tokens[c].DepRel == "obl" && tokens[c].Upos is "NOUN" or "PROPN" && !children[c].Any(g => tokens[g].DepRel == "case"), -1);
        // "demanding that the federal government protect farming communities", "urged security agencies to go
        // after the perpetrators" (with the agencies parsed as the clause's subject): a demand is made of the
        // subject of what it demands.
        if (obj < 0 && pattern.PloverType == "REQUEST" && !actorTargetsOnly
            && children[trigger].FirstOrDefault(c => tokens[c].DepRel is "ccomp" or "xcomp", -1) is >= 0 and var demanded
            && children[demanded].FirstOrDefault(c => tokens[c].DepRel is "nsubj" or "nsubj:pass" && tokens[c].Upos is "NOUN" or "PROPN", -1) is >= 0 and var addressee)
            obj = addressee;
        // "Aid workers handed food rations to displaced families": aid goes to the "to" phrase; the object is
        // what is given.
        if (pattern.PloverType == "AID" && !actorTargetsOnly && AidRecipient(tokens, children, trigger) is >= 0 and var recipient
            && tokens[recipient].Upos is "NOUN" or "PROPN")
            obj = recipient;
        // "accused the RSF of genocide", "accused the state government of ignoring requests", parsed with the
        // accused inside the "of" phrase or its clause: "accuse X of" names X right before "of".
        if (obj < 0 && tokens[trigger].Lemma == "accuse" && !actorTargetsOnly && AccusedBeforeOf(tokens, trigger) is >= 0 and var accused)
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
        // "Hundreds of protesters, many of them displaced from Djugu, rallied": "many of them" stands for the
        // phrase before it.
        if (subject >= 2 && tokens[subject].Form.ToLowerInvariant() is "many" or "some" or "most" or "several" or "all" or "both"
            && tokens[subject - 1].Form == "," && tokens[subject - 2].Upos is "NOUN" or "PROPN")
            subject = PhraseHead(tokens, subject - 2);
        // Words that name nothing ("the number of detained": "of") are no actors.
        if (subject >= 0 && !IsNominal(tokens[subject])) subject = -1;
        // "an attack that killed at least 23 people", "the strikes killed four": an act is no actor; its toll
        // goes to the act's own event when mentions are merged.
        if (subject >= 0 && !actorTargetsOnly && ActNouns.Contains(tokens[subject].Lemma ?? "")) subject = -1;
        // "Governor Andi Rahman, in a video message on Tuesday, called on ...", parsed with the message as the
        // subject: a statement speaks for the person named before it in the sentence, and is no actor itself.
        if (subject >= 0 && !actorTargetsOnly && MediumNouns.Contains(tokens[subject].Lemma ?? ""))
            subject = SpeakerBefore(document, subject);
        if (obj >= 0 && !actorTargetsOnly && tokens[obj].Form.Equals("what", StringComparison.OrdinalIgnoreCase) && NamedByWhat(tokens, children, obj) is >= 0 and var named)
            obj = named;
        // "deployed 1,500 troops and military police officers to patrol the city": forces shown are the
        // actor's own, not a target.
        // ("The president sends 1,000 soldiers", under "send +obj:soldier": the soldiers are the act's wording too.)
        bool shownForce = !actorTargetsOnly && pattern.PloverType == "MOBILIZE"
                          && (pattern.ObjectLemma is not null || obj >= 0 && phrases.CodeOf(obj) is { } shown && SectorCodes.FirstSectorIn(shown) is { } force && SectorCodes.Armed.Contains(force));
        if (shownForce) obj = -1;
        // "offered Honduran authorities FBI assistance": an offer or aid goes to the indirect object.
        if (!actorTargetsOnly && pattern.PloverType is "AGREE" or "AID" && children[trigger].FirstOrDefault(c => tokens[c].DepRel == "iobj", -1) is >= 0 and var recipientObject)
            obj = recipientObject;
        // "repelled the assault, killing 12 of the assailants": nor is an act a target; the clause's actors are.
        if (obj >= 0 && obj != target && !actorTargetsOnly && ActNouns.Contains(tokens[obj].Lemma ?? "")) obj = -1;
        // "a day after the U.N. special envoy for Yemen met Houthi negotiators", parsed with the envoy hung on
        // "day": a past tense left without a subject takes the noun phrase right before it.
        if (subject < 0 && source < 0 && !actorTargetsOnly && tokens[trigger].Xpos == "VBD" && tokens[trigger].DepRel is not ("conj" or "acl:relcl")
            && NounPhraseBefore(tokens, trigger) is >= 0 and var before)
            subject = before;
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
                // "marched in Bogota and Cali": where the event happened is not whom it was aimed at.
                if (!actorTargetsOnly && IsLocative(tokens, children, phrase.Head)) continue;
                // "fought alongside the army against the militants": an ally is not the target.
                if (!actorTargetsOnly && children[phrase.Head].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.Equals("alongside", StringComparison.OrdinalIgnoreCase))) continue;
                obj = phrase.Head;
                break;
            }
        }
        // "rallied outside the regional administration building", "gathered near the police station": a
        // protest at an authority's building is aimed at that authority.
        if (obj < 0 && target < 0 && !actorTargetsOnly && pattern.PloverType == "PROTEST"
            && children[trigger].FirstOrDefault(c => (tokens[c].DepRel ?? "").StartsWith("obl", StringComparison.Ordinal)
                   && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.ToLowerInvariant() is "outside" or "at" or "near" or "before")
                   && SectorCodes.FirstSectorIn(phrases.CodeOf(c) ?? "") is "GOV" or "COP" or "MIL" or "LEG" or "JUD", -1) is >= 0 and var authority)
            obj = authority;
        var subjects = WithConjuncts(tokens, children, subject, phrases);
        if (source < 0 && subject >= 0 && tokens[subject].DepRel == "nsubj" && tokens[subject].Head == trigger)
        {
            // Two subjects of one verb are either a coordination the parser split ("Mordor, Rohan, Fornost and
            // Bree welcomed") or one name it split ("Bree Prime Minister Romendacil"): with no comma or
            // conjunction between them, the later one heads the phrase and stands for it.
            var split = new List<int>();
            foreach (var s in children[trigger].Where(c => tokens[c].DepRel == "nsubj"))
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
    private static int CoordinatedVerb(Token[] tokens, int conjunct)
    {
        int head = tokens[conjunct].Head;
        for (int depth = 0; head >= 0 && depth < 8; depth++, head = tokens[head].Head)
        {
            if (tokens[head].Upos == "VERB") return head;
        }
        return -1;
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
    private static IEnumerable<(ActorSlot Subject, ActorSlot Object)> Pairs(List<ActorSlot> subjects, List<ActorSlot> objects, EventPattern pattern)
    {
        // "Mozambican and Rwandan troops regained control of the town": one noun with coordinated countries
        // is allies acting together, unless the act is one two parties do to each other (meet, agree, clash).
        bool allies = subjects.All(s => s.OwnerModifies) && !MutualActs.Contains(pattern.PloverType ?? "") && pattern.AcledSubType != "Armed clash";
        if (objects is [{ Head: < 0 }] && subjects.Count >= 2 && subjects.All(s => s.Head >= 0) && !allies)
        {
            // "Gunmen from the cartel and self-defense groups fought": one role with two owners is read as
            // two sides, the role of the first and the second owner itself (the bracketing that gives the
            // act its two parties).
            if (subjects.All(s => s.Head == subjects[0].Head && s.Owner >= 0 && !s.OwnerModifies))
                subjects = [subjects[0], .. subjects.Skip(1).Select(s => new ActorSlot(s.Owner, -1))];
            foreach (var a in subjects)
                foreach (var b in subjects.Where(b => b != a)) yield return (a, b);
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
            int examples = children[heads[k]].Where(c => tokens[c].DepRel == "conj"
                    && (children[c].Any(g => IntroducesExamples(tokens, g)) || children[c].Any(m => m < c && children[m].Any(g => g < m && IntroducesExamples(tokens, g)))))
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

    /// <summary>Buildings named by their owner ("the offices of the electoral commission").</summary>
    private static readonly HashSet<string> OwnedPlaceNouns = new(StringComparer.Ordinal)
        { "office", "headquarters", "home", "house", "residence", "compound", "premises", "branch", "embassy", "consulate", "property" };

    /// <summary>PLOVER types of acts that two coordinated parties do to each other ("Israeli and Palestinian leaders met").</summary>
    private static readonly HashSet<string> MutualActs = new(StringComparer.Ordinal) { "CONSULT", "AGREE", "COOPERATE" };

    private static readonly string[] AimedTargets = ["on", "against", "at", "into"];

    private static readonly string[] ReducedRelationsTargets = ["on", "against", "to", "from", "in"];

    /// <summary>Sectors of people who do not fight: civilians, journalists, teachers, doctors, clergy, workers, refugees, aid workers.</summary>
    private static readonly HashSet<string> NonCombatants = new(StringComparer.Ordinal) { "CVL", "MED", "EDU", "HLH", "REL", "LAB", "REF", "HRI", "NGO" };

    private static readonly HashSet<string> ActNouns = new(StringComparer.Ordinal)
        { "attack", "strike", "airstrike", "bombing", "blast", "explosion", "raid", "assault", "shelling", "fighting", "clash", "violence", "ambush" };

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

    /// <summary>Not a function word: a noun, a name, a number, or a word the tagger mistook ("fighters/VERB" as a subject).</summary>
    private static bool IsNominal(Token token) => token.Upos is not ("ADP" or "SCONJ" or "CCONJ" or "DET" or "PUNCT" or "PART" or "AUX" or "INTJ" or "SYM");

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
    private static int AidRecipient(Token[] tokens, List<int>[] children, int trigger)
    {
        int recipient = PrepositionalTarget(tokens, children, trigger, "to");
        if (recipient >= 0) return recipient;
        return children[trigger].Where(c => tokens[c].DepRel == "obj").SelectMany(c => children[c]).Where(c => tokens[c].DepRel == "nmod")
            .Select(c => PrepositionalTarget(tokens, children, c, "to")).FirstOrDefault(t => t >= 0, -1);
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

    /// <summary>What coding an actor phrase needs beyond its head: the parse, the sentence's coded phrases, the document's country.</summary>
    private sealed record ActorContext(Document Document, List<int>[] Children, PhraseIndex Phrases, string? Country);

    private EventActor? ActorAt(ActorContext context, ActorSlot slot)
    {
        var (head, owner) = (slot.Head, slot.Owner);
        if (head < 0) return null;
        var (document, children) = (context.Document, context.Children);
        var tokens = document.Tokens;
        // "By Saturday afternoon, volunteers were handing out ...", parsed with the time as the subject: a
        // time is never an actor. (PETRARCH's records code the names such a misparse hangs on a time: "fired
        // two artillery shells at New Zealand on Thursday", with "Thursday" heading "New Zealand".)
        if (!_petrarchConventions && NamesATime(tokens[head])) return null;
        // "Thousands of protesters", "a convoy of soldiers": the actor is the group's members, the phrase both.
        int collective = head;
        // Nested counts: "tens of thousands of Colombians".
        for (int depth = 0; depth < 3 && (_lexicon.Collectives.Contains(tokens[head].Lemma?.ToLowerInvariant() ?? "") || tokens[head].Upos == "NUM")
             && children[head].FirstOrDefault(c => tokens[c].DepRel == "nmod" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var members; depth++)
            head = members;
        // "to break up a blockade by truck drivers", "a rally by protesters": a gathering's actors are its people.
        if (head == collective && GatheringNouns.Contains(tokens[head].Lemma ?? "")
            && children[head].FirstOrDefault(c => tokens[c].DepRel == "nmod" && tokens[c].Upos is "NOUN" or "PROPN"
                   && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("by", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var people)
            head = people;
        // "torched a branch office of the ruling CCM party": an attack on a building is aimed at its owner.
        if (head == collective && OwnedPlaceNouns.Contains(tokens[head].Lemma ?? "")
            && children[head].FirstOrDefault(c => tokens[c].DepRel == "nmod" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase))
                   && context.Phrases.At(c) is not null, -1) is >= 0 and var buildingOwner)
            head = collective = buildingOwner;
        // The phrase: the head with its compounds, modifiers, determiners, names and numbers.
        int first = Math.Min(head, collective), last = head;
        foreach (var c in children[collective])
        {
            if (collective != head && tokens[c].DepRel is "det" or "amod" or "nummod") first = Math.Min(first, c);
        }
        foreach (var c in children[head])
        {
            if (tokens[c].DepRel is "compound" or "amod" or "det" or "flat" or "nummod" or "nmod:poss" or "flat:name" or "det:poss"
                && !(c < head && DateResolver.NamesATime(tokens[c].Form))   // "last month gunmen abducted": the time is no part of the actor
                && !(c > head && tokens[c].DepRel == "amod")   // "Gunmen armed with rifles": a modifier after the noun is a clause of its own
                && tokens[c].Upos != "ADV"   // "hours later gunmen abducted", with "later" parsed as the gunmen's modifier
                && tokens[c].Form.ToLowerInvariant() is not ("dead" or "alive"))   // "shot dead a community leader"
            {
                first = Math.Min(first, c);
                // ("Sinaloa Gov. Elena Barraza", parsed as a chain of flat names: the whole chain.)
                last = Math.Max(last, tokens[c].DepRel is "flat" or "flat:name" ? SubtreeEnd(children, c) : c);
            }
        }
        // "Tumaco Mayor Jhon Jairo Cortes", parsed with the name as a modifier of the town: a run of proper
        // nouns after a proper-noun head is one name with it.
        if (tokens[head].Upos == "PROPN")
        {
            foreach (var c in children[head].Where(c => c > last && tokens[c].DepRel == "nmod" && tokens[c].Upos == "PROPN" && !children[c].Any(g => tokens[g].DepRel == "case")))
            {
                int nameEnd = SubtreeEnd(children, c);
                if (Enumerable.Range(head + 1, nameEnd - head).All(t => tokens[t].Upos == "PROPN")) last = Math.Max(last, nameEnd);
            }
        }
        // "the Group for the Support of Islam and Muslims": a name goes on through "of" and "for" while its
        // words are capitalised (function words aside).
        if (tokens[head].Upos == "PROPN" || tokens[head].Xpos == "NNP")
        {
            foreach (var c in children[head].Where(c => c > last && tokens[c].DepRel == "nmod" && tokens[c].Upos == "PROPN"
                         && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form is "of" or "for")))
            {
                int nameEnd = SubtreeEnd(children, c);
                if (Enumerable.Range(last + 1, nameEnd - last).All(t => tokens[t].Upos is "PROPN" or "DET" or "ADP" or "CCONJ" && (tokens[t].Upos != "PROPN" || char.IsUpper(tokens[t].Form[0]))))
                    last = nameEnd;
            }
        }
        // (Whatever the parse made of it, "for the Support ..." hung on the verb: the capitalised run itself.)
        if (tokens[head].Upos == "PROPN" && last + 2 < tokens.Length && tokens[last + 1].Form is "of" or "for")
        {
            int runEnd = last, t = last + 1;
            while (t < tokens.Length && (tokens[t].Form is "of" or "for" or "the" or "and" || tokens[t].Upos is "PROPN" or "NOUN" && char.IsUpper(tokens[t].Form[0])))
            {
                if (char.IsUpper(tokens[t].Form[0])) runEnd = t;
                t++;
            }
            if (runEnd > last + 1 && tokens[runEnd].Sentence == tokens[head].Sentence) last = runEnd;
        }
        // "the Allied Democratic Forces (ADF)": an acronym in brackets right after the name is part of it.
        if (last + 3 < tokens.Length && tokens[last + 1].Form == "(" && tokens[last + 3].Form == ")" && tokens[last + 2].Form.All(char.IsUpper))
            last += 3;
        // "Pakistan's prime minister, Imran Khan": the name in apposition is part of the actor, and its entity.
        int name = children[head].FirstOrDefault(c => tokens[c].DepRel == "appos" && tokens[c].Upos == "PROPN" && c > head, -1);
        if (name >= 0) last = Math.Max(last, SubtreeEnd(children, name));
        // "Ernesto Villalobos, the mayor of nearby Chilapa": so is a role in apposition to a name, which gives
        // the sector when the name has none.
        int role = tokens[head].Upos == "PROPN" ? children[head].FirstOrDefault(c => tokens[c].DepRel == "appos" && tokens[c].Upos == "NOUN" && c > head, -1) : -1;
        if (role >= 0) last = Math.Max(last, SubtreeEnd(children, role));
        while (last > first && tokens[last].Upos == "PUNCT") last--;
        // "The National Commission on Human Rights (Komnas HAM)": a bracket opened in the phrase closes in it.
        for (int k = first + 1; k < last; k++)
        {
            if (tokens[k].Form != "(") continue;
            if (last + 1 < tokens.Length && tokens[last + 1].Form == ")" && !Enumerable.Range(k + 1, last - k).Any(j => tokens[j].Form == ")")) last++;
            break;
        }
        int start = tokens[first].Start, end = tokens[last].End;
        var entity = EntityAt(document, head) ?? (name >= 0 ? EntityAt(document, name) : null);
        // A named entity's code first, then the dictionaries' code for the phrase, then the head noun as an agent.
        string? code = entity?.Actor?.Code ?? context.Phrases.CodeOf(head) ?? CountryNamedBy(document, head);
        string? sector = code is not null ? SectorCodes.FirstSectorIn(code)
            : _lexicon.AgentSectors.GetValueOrDefault(tokens[head].Lemma ?? "") is { } agent ? AgentDictionary.SectorOfCode(agent)
            : role >= 0 && _lexicon.AgentSectors.GetValueOrDefault(tokens[role].Lemma ?? "") is { } roleAgent ? AgentDictionary.SectorOfCode(roleAgent) : null;
        // A coordinated modifier's country may also come from the places ("Palestinian"), a role owner's from the dictionaries.
        string? ownerCountry = owner < 0 ? null : slot.OwnerModifies ? context.Phrases.CountryAt(owner) : SectorCodes.CountryIn(context.Phrases.CodeOf(owner));
        string? actorCountry = entity?.Actor?.Country ?? SectorCodes.CountryIn(code) ?? ownerCountry ?? CountryOfModifier(document, children, head)
                               ?? PossessorsCountry(context, head) ?? context.Country;
        if (slot.OwnerModifies && ownerCountry is not null)
        {
            // The coordinated modifier is this actor's country ("Palestinian" in "Israeli and Palestinian leaders").
            actorCountry = ownerCountry;
            if (SectorCodes.CountryIn(code) is not null) code = code!.Length > 3 ? code[3..] : null;
            code ??= sector is null ? ownerCountry : null;
        }
        if (code is null && sector is not null) code = (actorCountry ?? "") + sector;
        else if (code is not null && SectorCodes.RolesOnly(code) && actorCountry is not null) code = actorCountry + code;
        return new EventActor(start, end, document.Slice(start, end), entity?.Id, code, sector is null && SectorCodes.CountryIn(code) is null ? null : actorCountry, sector);
    }

    private static Entity? EntityAt(Document document, int token) =>
        document.Entities.FirstOrDefault(e => e.Mentions.Any(m => m.Start <= document.Tokens[token].Start && document.Tokens[token].End <= m.End));

    /// <summary>
    /// A bare country or capital as the actor ("Kyiv accused Moscow"), resolved by the places stage when the
    /// recognizer did not make it an entity: the country's code, by the rule the actors stage codes entities with.
    /// </summary>
    private string? CountryNamedBy(Document document, int head)
    {
        var token = document.Tokens[head];
        if (token.Upos != "PROPN") return null;
        var place = document.Places.FirstOrDefault(p => p.Start <= token.Start && token.End <= p.End);
        return place is not null && CountryStandIn.CountryOf(place, _gazetteer) is { } country ? _lexicon.Alpha3.GetValueOrDefault(country) : null;
    }

    /// <summary>
    /// "The Royal Thai Army said that its troops had responded": "its" or "their" is the nearest actor
    /// before it in the sentence with a country, and gives the phrase that country.
    /// </summary>
    private static string? PossessorsCountry(ActorContext context, int head)
    {
        var (document, children) = (context.Document, context.Children);
        var tokens = document.Tokens;
        int possessive = children[head].FirstOrDefault(c => tokens[c].DepRel is "nmod:poss" or "det:poss" && tokens[c].Form.ToLowerInvariant() is "its" or "their", -1);
        if (possessive < 0) return null;
        int sentenceStart = document.Sentences[tokens[head].Sentence].FirstToken;
        for (int t = possessive - 1; t >= sentenceStart; t--)
        {
            if ((EntityAt(document, t)?.Actor?.Country ?? context.Phrases.CountryAt(t)) is { } country) return country;
        }
        return null;
    }

    /// <summary>A nationality adjective on the actor ("Mexican soldiers") gives its country.</summary>
    private string? CountryOfModifier(Document document, List<int>[] children, int head)
    {
        foreach (var c in children[head])
        {
            var place = document.Places.FirstOrDefault(p => p.Start == document.Tokens[c].Start && p.Feature == "PCLI");
            if (place?.Country is { } alpha2 && _lexicon.Alpha3.TryGetValue(alpha2, out var alpha3)) return alpha3;
        }
        return null;
    }

    private string Modality(Document document, List<int>[] children, int trigger, Event @event)
    {
        var tokens = document.Tokens;
        foreach (var c in children[trigger])
        {
            var form = tokens[c].Form.ToLowerInvariant();
            if (tokens[c].DepRel is "advmod" && form is "not" or "n't" or "never") return Modalities.Negated;
            if (tokens[c].DepRel is "aux" or "aux:pass" && _lexicon.Future.Contains(form)) return Modalities.Future;
            if (tokens[c].DepRel is "aux" && _lexicon.Hypothetical.Contains(form)) return Modalities.Hypothetical;
        }
        // "would continue until the faction's leaders were captured", "unless they withdrew": a condition, not a fact.
        // (A verb coordinated with such a clause's verb shares it: "until the leaders were captured or killed".)
        int condition = tokens[trigger].DepRel == "conj" && tokens[trigger].Head >= 0 ? tokens[trigger].Head : trigger;
        if (tokens[condition].DepRel == "advcl" && children[condition].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.ToLowerInvariant() is "until" or "unless" or "if"))
            return Modalities.Hypothetical;
        // "an investigation into whether guards helped the inmates escape": a question, not a fact.
        if (children[condition].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.Equals("whether", StringComparison.OrdinalIgnoreCase)))
            return Modalities.Hypothetical;
        // "Soldiers sent to disarm a self-defense group": the mission is intended, not (yet) done. (An
        // investigation is under way once its team is sent: "sent a team to Makassar to investigate".)
        if (@event.Plover.Mode != "investigate" && tokens[trigger].DepRel is "xcomp" or "advcl" or "acl" && tokens[trigger].Head is >= 0 and var sender
            && (_lexicon.Mission.Contains(tokens[sender].Lemma ?? "")
                // "deployed 800 soldiers and police officers to retake control", hung on the officers.
                || tokens[trigger].DepRel == "acl" && SentBy(tokens, sender) is >= 0 and var senderVerb && _lexicon.Mission.Contains(tokens[senderVerb].Lemma ?? ""))
            && children[trigger].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.Equals("to", StringComparison.OrdinalIgnoreCase)))
            return Modalities.Future;
        // ("on charges of vandalism and assaulting officers", whatever the parse made of it.)
        for (int i = trigger - 1; i > document.Sentences[@event.Sentence].FirstToken && i >= trigger - 5; i--)
        {
            if (tokens[i].Form.Equals("of", StringComparison.OrdinalIgnoreCase) && AllegationNouns.Contains(tokens[i - 1].Lemma ?? "")) return Modalities.Hypothetical;
        }
        // Walk up the clauses: under "demanded that ...", "plan to ...", or "X said ...". A verb coordinated
        // with another is not under it ("denied any role and accused the army"), and a noun is no reporting
        // verb ("denied reports that a checkpoint had been overrun" is a denial).
        for (int child = trigger, head = tokens[trigger].Head, depth = 0; head >= 0 && depth < 4; child = head, head = tokens[head].Head, depth++)
        {
            if (tokens[child].DepRel == "conj") continue;
            var lemma = tokens[head].Lemma ?? "";
            // ("called for restraint during a visit to Beirut": an adjunct of the demand is no part of what it demands.)
            if (_lexicon.Demand.Contains(lemma) && @event.Plover.Type != "REQUEST" && !IsAdjunct(tokens, children, child) && !Names(tokens, children, head))
                return Modalities.Demanded;
            if (_lexicon.Denial.Contains(lemma)) return Modalities.Negated;
            if (_lexicon.Failure.Contains(lemma) && tokens[child].DepRel == "xcomp") return Modalities.Negated;
            // "arrested 37 people on charges of vandalism and assaulting officers": an act charged or
            // suspected is alleged, not established.
            if (tokens[head].Upos == "NOUN" && AllegationNouns.Contains(lemma)) return Modalities.Hypothetical;
            if (_lexicon.Future.Contains(lemma)) return Modalities.Future;
            if (_lexicon.ReportingVerbs.Contains(lemma) && tokens[head].Upos != "NOUN") return Modalities.Reported;
        }
        var sentence = document.Sentences[@event.Sentence];
        for (int i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
        {
            if (tokens[i].Form.Equals("according", StringComparison.OrdinalIgnoreCase) && tokens[i + 1].Form == "to") return Modalities.Reported;
        }
        return Modalities.Asserted;
    }

    private static double Confidence(Event e)
    {
        double confidence = 0.45;
        if (e.Actor1 is not null) confidence += 0.15;
        if (e.Actor2 is not null) confidence += 0.1;
        if (e.Actor1?.Code is not null) confidence += 0.05;
        if (e.Place is not null) confidence += 0.1;
        if (e.Date is not null) confidence += 0.1;
        return Math.Round(Math.Min(0.95, confidence), 2);
    }

    /// <summary>The country most of the document's places are in (alpha-3), for actors with no country of their own.</summary>
    private string? DominantCountry(Document document)
    {
        var top = document.Places.Where(p => p.Country is { Length: 2 }).GroupBy(p => p.Country!).OrderByDescending(g => g.Count()).FirstOrDefault();
        return top is not null && _lexicon.Alpha3.TryGetValue(top.Key, out var alpha3) ? alpha3 : null;
    }

    private static List<int>[] ChildrenOf(Token[] tokens)
    {
        var children = new List<int>[tokens.Length];
        for (int i = 0; i < tokens.Length; i++) children[i] = [];
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Head >= 0) children[tokens[i].Head].Add(i);
        }
        return children;
    }
}
