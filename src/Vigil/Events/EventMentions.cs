using Vigil.Documents;

namespace Vigil.Events;

/// <summary>
/// One event, several mentions: tolls folded into their cause, later mentions of a coded event dropped,
/// and mentions of one event merged, keeping the best evidence of each.
/// </summary>
internal static class EventMentions
{
    /// <summary>
    /// One event mentioned twice is one event: in one sentence ("opened fire ..., killing two") two
    /// events with the same CAMEO root and no conflicting actors merge; across sentences they merge when
    /// both actors and the date agree. The first mention keeps its id; missing fields come from the other.
    /// </summary>
    /// <param name="keepFirstOfCoordinated">Whether coordinated targets of one verb, merged, keep the first
    /// named; PETRARCH's conventions keep the one its dictionaries know.</param>
    public static void Merge(Document document, bool keepFirstOfCoordinated = true)
    {
        var events = document.Events;
        DropBurningsToldAfterAnAttack(document, events);
        FoldCoordinatedConsequences(document, events);
        DropTheFightingAClashWasIn(document, events);
        DropRaidsThatAnArrestWasMadeIn(document, events);
        ResolveAttackersCalledThey(events);
        ResolveTheTwoSides(events);
        FoldActorlessConsequences(document, events);
        DropLaterMentions(document, events);
        NameTheAuthorsOfAnAttackTold(document, events);
        MergeDefiniteRetellings(document, events);
        MergeArrestsOfACountToldBack(events);
        DropClaimsOfAnAttackTold(document, events);
        for (int a = 0; a < events.Count; a++)
        {
            for (int b = a + 1; b < events.Count; b++)
            {
                var first = events[a];
                var second = events[b];
                // "was killed [19] and beheaded [18]": one killing, the more specific (unconventional) reading.
                bool oneKilling = first.Cameo[..2] is "18" or "19" && second.Cameo[..2] is "18" or "19" && first.Cameo[..2] != second.Cameo[..2]
                                  && (ViolentClauseOf(document, first, second) || ViolentClauseOf(document, second, first)) && !KilledSomeAndTookOthers(document, first, second);
                bool retold = RetoldByItsAttackers(first, second);
                // ("gunmen shot dead a polio vaccinator [180] and the policeman [190] escorting him": one act on coordinated
                // targets, whatever code each target gives it.)
                bool oneActOnTwo = keepFirstOfCoordinated && first.Trigger.Start == second.Trigger.Start && first.Cameo[..2] is "18" or "19" && second.Cameo[..2] is "18" or "19";
                if (first.Cameo[..2] != second.Cameo[..2] && !oneKilling && !retold && !oneActOnTwo || first.Modality != second.Modality) continue;
                bool sameSentence = first.Sentence == second.Sentence;
                // "used water cannon to break up a rally [175] ... and detained 38 people [173]": two acts of one
                // root with different specific codes are two events, unless both are violence ("ambushed [190]
                // ..., killing [190]" and "bombed [195] ..., killing [190]" tell one attack) or protest
                // ("blocked the road [144] to protest [141]").
                // ("fought the attackers for two hours ... and killed six suspected cartel gunmen": the dead of the side fought are the fight's toll.)
                bool fightsToll = sameSentence && (TollOfTheSideFought(document, first, second) || TollOfTheSideFought(document, second, first));
                if (sameSentence && (!SameAct(first, second) || !fightsToll && DistinctVictims(document, first, second) || AbductionBesideADeedOnThings(document, first, second)
                                     || DistinctAddressees(first, second) || TwoMeasuresOfCoordinatedVerbs(document, first, second))) continue;
                // ("Police fired tear gas at demonstrators [175] ... Police arrested 43 people [173]": nor across sentences.)
                if (!sameSentence && !SameAct(first, second)) continue;
                // "Soldiers and militants clashed": the two directions of one fight between two sides, each
                // side's own; merged, both would end as the better-coded side.
                if (sameSentence && Swapped(first, second)) continue;
                // ("shot down 20 drones over the Belgorod region, where a woman was killed": the death is its own.)
                if (InterceptionBeforeAnotherPlacesToll(document, first, second) || InterceptionBeforeAnotherPlacesToll(document, second, first)) continue;
                // ("blocked the coastal highway on Saturday and rallied outside City Hall on Monday": acts told on
                // two days are two events.)
                // (Not an act noun that is the other's object: "imposed a night-time curfew and a ban on motorcycle traffic ... on Monday".)
                if (sameSentence && first.Date?.Value is { } day && second.Date?.Value is { } otherDay && day != otherDay
                    && !ObjectOfTheOther(document, first, second) && !ObjectOfTheOther(document, second, first)) continue;
                // ("..., officials said, a day after a young driver was stabbed to death": nor an act told as the time before another.)
                if (sameSentence && ToldAsAnEarlierDay(document, first) != ToldAsAnEarlierDay(document, second)) continue;
                // "raided a militant hideout ... and killed eight insurgents": one attack on the people of the place.
                bool placeAndItsPeople = sameSentence && first.Plover.Type == "ASSAULT"
                    && (PlaceAndItsPeople(document, first.Actor2, second.Actor2) || PlaceAndItsPeople(document, second.Actor2, first.Actor2));
                // ("Police detained the prison director and four guards", "The provincial government and the Red
                // Cross handed out rice": one act on coordinated targets, or by coordinated doers, is one event, the
                // others its associated actors, as ACLED keeps them. The two sides of a mutual act were kept
                // apart above.)
                bool sameWords = keepFirstOfCoordinated && first.Trigger.Start == second.Trigger.Start;
                bool coordinatedTargets = sameWords && !Compatible(first.Actor2, second.Actor2);
                bool coordinatedDoers = sameWords && !Compatible(first.Actor1, second.Actor1) && Compatible(first.Actor2, second.Actor2);
                // ("Traders and residents blocked the road, burning tyres and demanding ...": the second doer of an act merged into
                // one told beside it, already one of its doers.)
                bool associatedDoer = sameSentence && second.Actor1 is { } doer && first.Actor1Associated.Any(a => Overlap(a, doer));
                bool compatible = sameSentence
                    ? (Compatible(first.Actor1, second.Actor1) || coordinatedDoers || associatedDoer) && (placeAndItsPeople || coordinatedTargets || fightsToll || Compatible(first.Actor2, second.Actor2))
                    : first.Actor1?.Code is { } c1 && c1 == second.Actor1?.Code && first.Actor2?.Code is { } c2 && c2 == second.Actor2?.Code
                      && (first.Date?.Value is { } d && d == second.Date?.Value || retold) && !TownsApart(first.Place, second.Place);
                if (!compatible) continue;
                // ("The office called for an investigation, while the embassy of India urged restraint": two
                // speakers' statements are two events, whatever either is coded.)
                // (Nor across sentences when the speakers differ: "Barranquilla's mayor urged the national government ..." and "The
                // national Ombudsman's Office ... called on authorities", both COLGOV to COLGOV on one day.)
                if (first.Trigger.Start != second.Trigger.Start && CameoOntology.IsVerbalAct(first.Cameo) && CameoOntology.IsVerbalAct(second.Cameo)
                    && first.Actor1 is { } speaker && second.Actor1 is { } other
                    && (sameSentence ? !Overlap(speaker, other) : TwoSpeakers(document, speaker, other))) continue;
                if (placeAndItsPeople && PlaceAndItsPeople(document, first.Actor2, second.Actor2)) first.Actor2 = second.Actor2;
                if (oneKilling && second.Cameo.StartsWith("18", StringComparison.Ordinal)) RecodeAs(first, second);
                // ("The prison director and four guards were detained": coordinated targets of one verb, merged,
                // keep the first named.)
                bool coordinated = keepFirstOfCoordinated && first.Trigger.Start == second.Trigger.Start;
                // (The first named, with the code it gives the act: "shot dead a polio vaccinator and the policeman escorting him" is 180.)
                if (oneActOnTwo && first.Actor2 is { } kept && second.Actor2 is { } earlier && earlier.Start < kept.Start) RecodeAs(first, second);
                first.Actor1 = coordinated ? FirstNamed(first.Actor1, second.Actor1) : associatedDoer ? first.Actor1 ?? second.Actor1 : Better(first.Actor1, second.Actor1);
                first.Actor2 = coordinated ? FirstNamed(first.Actor2, second.Actor2) : PeopleOfTheGroup(first, second) ?? Better(first.Actor2, second.Actor2);
                if (coordinated)
                {
                    AddAssociated(first.Actor1Associated, first.Actor1, [second.Actor1, .. second.Actor1Associated]);
                    AddAssociated(first.Actor2Associated, first.Actor2, [second.Actor2, .. second.Actor2Associated]);
                }
                first.Fatalities = EventTolls.Folded(document, first, second.Fatalities, second.Quote);
                first.Injuries ??= second.Injuries;
                // ("“... then they started shooting at the children,” said Yorgelis Briceño, a 27-year-old Venezuelan who reached Metetí on
                // Tuesday": a witness's words that retell the attack lend it no place or day told of the witness.)
                bool speakersStory = retold && SpeakersOwnStory(document, second);
                if (!speakersStory) first.Place ??= second.Place;
                // (The gunmen's attack "in Kwatandashi village near the town of Gwoza" places the lead's "village in Borno state".)
                if (retold && second.Place is { } scene && NamesTheSceneBetter(document, first, second) && ATownOfTheDivision(document, first.Place, scene)) first.Place = scene;
                if (!speakersStory) first.Date ??= second.Date;
                first.Quote ??= second.Quote;
                first.Confidence = Math.Max(first.Confidence, second.Confidence);
                events.RemoveAt(b);
                b--;
            }
        }
        FoldTheHeadlineIntoTheStory(document, events);
        ResolveAttackersHitBack(events);
        TargetWhoFiredFirst(document, events);
        TargetTheAuthorsOfNamedEvents(document, events);
        // (After the reactions found the attack they name: "condemned the attack" right after the retelling.)
        MergeRetellingsNamedByTheirDay(document, events);
        ShareTargetsOfCoordinatedReactions(document, events);
        for (int i = 0; i < events.Count; i++) events[i] = Renumbered(events[i], i);
    }

    /// <summary>Whether the event is told in a direct quotation and its place or day is told outside the quotation's words.</summary>
    private static bool SpeakersOwnStory(Document document, Event e)
    {
        if (e.Quote is not { } id || document.Quotes.FirstOrDefault(q => q.Id == id) is not { Direct: true } quote) return false;
        // (Of a quotation its attribution interrupts, outside every quoted piece.)
        bool Outside(int start) => quote.Parts is { } pieces ? pieces.All(p => start < p.Start || start >= p.End) : start < quote.Content.Start || start >= quote.Content.End;
        return e.Place is { } place && Outside(place.Start) || DateWord(document, e) is >= 0 and var day && Outside(document.Tokens[day].Start);
    }

    /// <summary>
    /// Adds the actors the list and the main actor do not already name. (One phrase may name two actors:
    /// "Israeli and Palestinian leaders" are Israel's and the Palestinians', the same words coded twice.)
    /// </summary>
    private static void AddAssociated(List<EventActor> associated, EventActor? main, IEnumerable<EventActor?> others)
    {
        static bool Same(EventActor a, EventActor b) => Overlap(a, b) && a.Code == b.Code;
        foreach (var other in others)
        {
            if (other is null || main is not null && Same(main, other) || associated.Any(a => Same(a, other))) continue;
            associated.Add(other);
        }
    }

    /// <summary>
    /// "an ambush on an army patrol outside Tera killed 11 soldiers": of two tellings of one attack, the one
    /// that names the group's people it killed names the target (the session-7 convention), not the patrol.
    /// </summary>
    private static EventActor? PeopleOfTheGroup(Event first, Event second) =>
        first.Actor2 is { } group && second.Actor2 is { Sector: not null } people && group.Code == people.Code
        && NamesArmedGroup(group.Text) && !NamesArmedGroup(people.Text) && (second.Fatalities ?? second.Injuries) is not null && !AttackersOwnDead(people)
            ? people : null;

    private static bool Swapped(Event first, Event second) =>
        first.Actor1 is { } a1 && first.Actor2 is { } a2 && second.Actor1 is { } b1 && second.Actor2 is { } b2
        && a1.Start == b2.Start && a2.Start == b1.Start && a1.Start != a2.Start;

    /// <summary>
    /// "Lithuania imposed entry bans on 11 Georgian officials ... Georgia's Foreign Ministry condemned the
    /// move": a reaction (accusing, rejecting, threatening) whose target is a definite phrase naming an
    /// earlier event of the three sentences before is aimed at that event's author. The noun says which
    /// event: "the bombing" the last bombing, "the arrests" the last arrests, "the move" the last act;
    /// when that event has no known author the target stays as written, unless it is a violent act (an act
    /// is no actor, and "condemned the killing" has no target the story names).
    /// </summary>
    private static void TargetTheAuthorsOfNamedEvents(Document document, List<Event> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var reaction = events[i];
            if (reaction.Plover.Type is not ("ACCUSE" or "REJECT" or "THREATEN") || reaction.Actor2 is not { } target || !IsDefinite(document, target)
                || !NamedEvents.TryGetValue(HeadLemma(document, target) ?? "", out var kind)) continue;
            // ("The commission rejected the opposition's demand": a possessor that is a noun names the author itself.)
            if (NamesItsAuthor(document, target)) continue;
            // A factual act; "the move" is the last act someone is named for.
            var named = kind == "massacre"
                ? Massacre(events.Take(i).Where(e => e.Sentence < reaction.Sentence))
                : events.Take(i).LastOrDefault(e => e.Sentence < reaction.Sentence && reaction.Sentence - e.Sentence <= 3 && IsKind(e, kind)
                    && Modalities.IsFactual(e.Modality) && (kind != "any" || e.Actor1 is { } a && !NamesNoActor(a)));
            // ("Fighters attacked an army post on Sunday ... [four sentences] ... Last month, the group killed 20 civilians
            // ... The junta leader condemned the attack": when the nearest act is told of another time than a day, the act
            // told with the noun's own verb on a day, however far back in the story.)
            var noun = HeadLemma(document, target);
            var sameWord = kind == "massacre" || named?.Date?.Precision is "day" ? null
                : events.Take(i).LastOrDefault(e => e.Sentence < reaction.Sentence && reaction.Sentence - e.Sentence <= 12 && IsKind(e, kind)
                    && Modalities.IsFactual(e.Modality) && e.Date?.Precision == "day" && TriggerLemma(document, e) == noun && e.Actor1 is { } doer && !NamesNoActor(doer));
            named = sameWord ?? named;
            // ("Yemen's Houthi rebels said ... they had fired two anti-ship missiles at a ... cargo vessel ... [five sentences]
            // ... The United States condemned the attack": with none told near it, the attack the story's lead tells.)
            // (Not another act of the lead when the lead's first names no author: "Police officers fought the attackers".)
            if (named is null && events.Take(i).FirstOrDefault(e => e.Sentence <= LeadEnd && e.Sentence < reaction.Sentence && IsKind(e, kind) && Modalities.IsFactual(e.Modality))
                    is { Actor1: { } leadAuthor } lead && !NamesNoActor(leadAuthor))
                named = lead;
            // ("Somaliland forces shelled the eastern outskirts of Las Anod ... [ten sentences, an ambush by gunmen] ... Somalia's
            // federal government condemned the shelling": the story's last shelling by someone named, however far back.)
            if (noun == "shelling" && named?.Plover.Mode != "artillery"
                && events.Take(i).LastOrDefault(e => e.Sentence < reaction.Sentence && e.Plover.Mode == "artillery" && Modalities.IsFactual(e.Modality)
                                                     && e.Actor1 is { } shooter && !NamesNoActor(shooter)) is { } shelling)
                named = shelling;
            // ("Gunmen ... opened fire on workers and customers, killing seven people. ... [four sentences of
            // background and witnesses] ... The governor condemned the killings": further back, the story's
            // deadliest killing of people who do not fight whose authors it names, as for "the massacre".)
            // (Or when the act found nearer names no author: "'They just started shooting,' she said".)
            // (Nor a fight with armed men: "troops killed six of the attackers. ... A rights group condemned the
            // killings" condemns the killing of the farmers before.)
            if (kind == "ASSAULT" && sameWord is null && (named?.Actor1 is not { } nearAuthor || NamesNoActor(nearAuthor)
                                      || named.Actor2 is { Sector: { } victims } && Actors.SectorCodes.Armed.Contains(victims)))
                named = Massacre(events.Take(i).Where(e => e.Sentence < reaction.Sentence && e.Actor1 is { } a && !NamesNoActor(a))) ?? named;
            if (named?.Actor1 is { } author && !NamesNoActor(author) && author.Code != reaction.Actor1?.Code) reaction.Actor2 = author;
            // (A violent act whose authors the story does not tell is no target: the reaction has none.)
            else if (kind is "ASSAULT" or "bombing" or "massacre" && NamesNoActor(target)) reaction.Actor2 = null;
        }
    }

    /// <summary>
    /// "condemned the move as open blackmail and threatened to respond": a reaction with no target of its
    /// own, coordinated with another reaction of the same actor, is aimed at that one's target.
    /// </summary>
    private static void ShareTargetsOfCoordinatedReactions(Document document, List<Event> events)
    {
        var tokens = document.Tokens;
        foreach (var e in events)
        {
            if (e.Actor2 is not null || !IsReaction(e)) continue;
            int trigger = document.TokenStartingAt(e.Trigger.Start);
            if (trigger < 0 || tokens[trigger].DepRel != "conj" || tokens[trigger].Head < 0) continue;
            int head = tokens[trigger].Head;
            var first = events.FirstOrDefault(o => o != e && IsReaction(o) && o.Actor2 is not null && document.TokenStartingAt(o.Trigger.Start) == head
                && o.Actor1?.Text == e.Actor1?.Text);
            if (first is not null) e.Actor2 = first.Actor2;
        }
    }

    /// <summary>
    /// "condemned the massacre": the deadliest killing of people who do not fight told before, however far
    /// back (a story's later clashes between the police and the killers are not the massacre).
    /// </summary>
    private static Event? Massacre(IEnumerable<Event> before) =>
        before.Where(e => e.Plover.Type == "ASSAULT" && Modalities.IsFactual(e.Modality) && e.Fatalities?.Min is > 0
                          && e.Actor2 is { Sector: { } sector } && !Actors.SectorCodes.Armed.Contains(sector))
            .MaxBy(e => e.Fatalities!.Min);

    private static bool IsReaction(Event e) => e.Plover.Type is "ACCUSE" or "REJECT" or "THREATEN" or "REQUEST" or "SANCTION";

    private static bool IsKind(Event e, string kind) => kind switch
    {
        "bombing" => e.Cameo.StartsWith("183", StringComparison.Ordinal) || e.Plover.Mode == "explosives",
        "any" => true,
        _ => e.Plover.Type == kind,
    };

    /// <summary>Nouns that name an act rather than an actor, with the kind of event they name (a PLOVER type, "bombing", or "any").</summary>
    private static readonly Dictionary<string, string> NamedEvents = new(StringComparer.Ordinal)
    {
        ["move"] = "any", ["decision"] = "any", ["step"] = "any", ["measure"] = "any", ["action"] = "any", ["act"] = "any",
        ["bombing"] = "bombing", ["blast"] = "bombing", ["explosion"] = "bombing",
        ["attack"] = "ASSAULT", ["killing"] = "ASSAULT", ["killings"] = "ASSAULT", ["massacre"] = "massacre", ["raid"] = "ASSAULT",
        ["strike"] = "ASSAULT", ["shelling"] = "ASSAULT", ["invasion"] = "ASSAULT", ["incursion"] = "ASSAULT", ["ambush"] = "ASSAULT",
        ["assassination"] = "ASSAULT", ["violence"] = "ASSAULT",
        ["arrest"] = "COERCE", ["arrests"] = "COERCE", ["detention"] = "COERCE", ["crackdown"] = "COERCE", ["execution"] = "COERCE",
        ["ban"] = "COERCE", ["expulsion"] = "SANCTION", ["sanction"] = "SANCTION", ["sanctions"] = "SANCTION",
        // "Opposition lawmakers called for an independent inquiry ... The minister rejected the demand."
        ["demand"] = "REQUEST", ["demands"] = "REQUEST", ["call"] = "REQUEST", ["calls"] = "REQUEST", ["request"] = "REQUEST", ["appeal"] = "REQUEST",
        ["accusation"] = "ACCUSE", ["accusations"] = "ACCUSE", ["allegation"] = "ACCUSE", ["allegations"] = "ACCUSE",
    };

    /// <summary>
    /// "Aircraft bombed a market, killing 14 civilians"; "Soldiers fired on the crowd and 12 people were
    /// killed": in one sentence, an event of the same CAMEO root with no actor of its own is the
    /// consequence of the one that has an actor, and gives it its casualties instead of standing alone.
    /// A casualty report without an actor in the three sentences after an attack ("Gangs attacked the
    /// prison. At least 12 people were killed.") is that attack's toll.
    /// </summary>
    private static void FoldActorlessConsequences(Document document, List<Event> events)
    {
        // ("attacked a grain terminal ..., killing a security guard and wounding two workers": the wounded,
        // folded first, give way to the dead as the attack's target.)
        var targetOfTheWounded = new HashSet<Event>();
        // ("killing 14 soldiers and volunteer fighters": of coordinated victims, folded last first, the first named.)
        var targetFromToll = new Dictionary<Event, int>();
        for (int b = events.Count - 1; b >= 0; b--)
        {
            var consequence = events[b];
            // ("Soldiers raided homes ..., detaining 23 young men", the participle sharing the raid's subject.)
            if (consequence.Actor1 is { } detainers && events.FirstOrDefault(e => e != consequence && e.Actor1?.Start == detainers.Start
                    && RaidThatDetained(document, e, consequence)) is { } raid)
            {
                RecodeAs(raid, consequence);
                raid.Actor2 = consequence.Actor2;
                events.RemoveAt(b);
                continue;
            }
            if (consequence.Actor1 is not null || ToldAsAnEarlierDay(document, consequence)) continue;
            // The cause is in the same sentence, or (for a casualty report: "At least 12 people were killed in
            // the fighting") in the sentence just before.
            bool countsCasualties = consequence.Fatalities is not null || consequence.Injuries is not null;
            // Across sentences the report must not place itself elsewhere ("... in Nairobi. Six were shot dead in Kisumu").
            // A toll belongs to any violent cause ("a roadside bomb struck a vehicle [183], killing five [190]").
            // An event with a target of its own is another one's consequence only as part of its clause
            // ("launched an offensive, shelling the capital"), not beside it ("said it shot down two
            // warplanes, a day after Indian jets struck a camp").
            bool ownTarget = !countsCasualties && consequence.Actor2 is not null;
            // "A drone strike on a minibus ... killed at least five passengers": a toll whose own sentence names
            // an act of violence is that act's, however near an earlier attack is.
            bool ActOfItsOwnSentence(Event toll) => events.Any(o => o.Trigger.Start != toll.Trigger.Start && o.Sentence == toll.Sentence && o.Plover.Type == "ASSAULT"
                && document.TokenStartingAt(o.Trigger.Start) is >= 0 and var act && document.Tokens[act].Upos == "NOUN");
            // A toll can come a few sentences after its cause ("A suicide bomber killed at least 11 people ...
            // The bomber detonated his explosives ... More than 30 people were wounded, he said."), and a
            // crackdown ("used water cannon to break up a rally") has casualties too: the nearest cause wins.
            // (Not a blockade, which kills no one: "a report of armed men blocking the road ... two of the attackers were killed".)
            // (Nor an act that did not happen: "Hezbollah has not fired at Israel since the ceasefire".)
            // ("A drone strike on a crowded livestock market ... killed at least 11 civilians ... By Wednesday morning the toll had risen to 17, ...,
            // with more than 30 people wounded": a toll in a later sentence is that of an attack told before, whoever its doer, when no
            // cause with a doer is found.)
            bool CanCause(Event e) => CanCauseByAnyDoer(e, anyDoer: false);
            bool CanCauseByAnyDoer(Event e, bool anyDoer) => e != consequence
                                                   && (e.Actor1 is not null || anyDoer && countsCasualties && e.Plover.Type == "ASSAULT" && e.Sentence < consequence.Sentence)
                                                   && e.Modality != Modalities.Negated && !InterceptionBeforeAnotherPlacesToll(document, e, consequence)
                                                   && !(countsCasualties && e.Cameo.StartsWith("191", StringComparison.Ordinal))
                                                   && !TheWarAroundIt(document, e, consequence)
                                                   // ("Last month, gunmen killed five men ..., and in February a bus driver was shot dead": a toll told on another day.)
                                                   // (Not an act noun on the verb itself, whatever day the sentence's opening lent it: "..., and in September
                                                   // soldiers battled raiders ... in a fight that left two soldiers dead".)
                                                   // (Nor a participle of the act's own: "attacked a police station in Maubin with drones last Thursday, wounding
                                                   // three officers", its day the sentence's other one.)
                                                   && !(e.Date?.Value is { } day && consequence.Date?.Value is { } otherDay && day != otherDay && e.Sentence == consequence.Sentence
                                                        && !OnItsVerb(document, e, consequence) && !ParticipleOf(document, e, consequence))
                                                   // ("... abducted a Brazilian cattle rancher ... on Sunday ... and in 2022 a well-known radio host was shot dead":
                                                   // nor, across sentences, a toll told in another year.)
                                                   && !(e.Sentence != consequence.Sentence && e.Date?.Value is { Length: >= 4 } year && consequence.Date?.Value is { Length: >= 4 } otherYear
                                                        && year[..4] != otherYear[..4])
                                                   && (!ownTarget || Governs(document, e, consequence) || RaidThatDetained(document, e, consequence))
                                                   // ("Police fired tear gas ..., and 31 people were arrested": an arrest told by its verb is an act of its own, no
                                                   // consequence of the crowd control beside it; "after the arrest of a Serb man" is told again later.)
                                                   && (e.Cameo[..2] == consequence.Cameo[..2] && !(consequence.Plover.Mode == "arrest" && e.Plover.Mode == "crowd-control" && IsAVerb(document, consequence))
                                                       || countsCasualties && EventTolls.HurtsPeople(e) && consequence.Plover.Type == "ASSAULT"
                                                       || ViolentClauseOf(document, e, consequence) || RaidThatDetained(document, e, consequence))
                                                   && (e.Sentence == consequence.Sentence
                                                       || countsCasualties && e.Sentence < consequence.Sentence && e.Sentence >= consequence.Sentence - 3
                                                          && (SamePlaceOrNone(document, e, consequence) || SameVictims(e, consequence)) && !ActOfItsOwnSentence(consequence));
            // ("ambushed a convoy ..., killing seven soldiers, and hours later gunmen abducted 11 students": the
            // verb a participle hangs on is its cause before any later event of the sentence.)
            // (A later sentence's toll is not that of an act told as another's time, "days after insurgents ambushed a convoy",
            // when one is told for itself.)
            var cause = events.LastOrDefault(e => CanCause(e) && e.Sentence == consequence.Sentence && Governs(document, e, consequence))
                        ?? events.LastOrDefault(e => CanCause(e) && (e.Sentence == consequence.Sentence || !ToldInAnAdverbialClause(document, e)))
                        ?? events.LastOrDefault(CanCause)
                        ?? events.LastOrDefault(e => CanCauseByAnyDoer(e, anyDoer: true));
            if (cause is null) continue;
            // ("Police fired ... live rounds at thousands of students ..., killing at least 14 people ... Protesters ... clashed
            // with members of the ruling party's student wing ... The opposition ... said at least 30 of its supporters had
            // been killed": a later count of the dead is the deadly act's, counted in its own sentence, not that of a fight
            // that counted none, unless it names one of that fight's sides, "Three soldiers were killed".)
            // (The deadly act's own toll may not be folded yet: the loop runs from the last event.)
            bool Deadly(Event e) => e.Fatalities is not null
                                    || events.Any(o => o.Actor1 is null && o.Sentence == e.Sentence && o.Fatalities is not null && Governs(document, e, o));
            if (countsCasualties && cause.Sentence != consequence.Sentence && consequence.Fatalities is not null && !Deadly(cause)
                && !NamesASideOf(cause, consequence.Actor2)
                && events.LastOrDefault(e => CanCause(e) && e.Sentence < cause.Sentence && Deadly(e)) is { } deadly)
                cause = deadly;
            // ("Bandits stormed a village, killing at least 12 people ... “They were shooting everyone they saw,” a
            // farmer said. ... Police said nine people had been killed": a witness's words that retell the attack,
            // their "they" taken for its attackers, are not the act a later toll counts; the attack told is.)
            // (Of an attack told as killing some and taking others, the killing.)
            bool Retold(Event e) => e != cause && e.Actor1 == cause.Actor1 && e.Sentence < cause.Sentence && e.Plover.Type == "ASSAULT";
            if (countsCasualties && cause.Sentence != consequence.Sentence && TellsAgainInAQuotation(document, cause)
                && (events.LastOrDefault(e => Retold(e) && !e.Cameo.StartsWith("181", StringComparison.Ordinal)) ?? events.LastOrDefault(Retold)) is { } told)
                cause = told;
            // ("stormed the village, killing 30 people and abducting dozens of women. ... Police said 12 people
            // were killed": a later toll is the attack's, not the abduction's told beside it.)
            if (countsCasualties && cause.Sentence != consequence.Sentence && cause.Cameo.StartsWith("181", StringComparison.Ordinal)
                && events.LastOrDefault(e => CanCause(e) && e.Sentence == cause.Sentence && !e.Cameo.StartsWith("181", StringComparison.Ordinal)) is { } attack)
                cause = attack;
            // ("detonated a car bomb at the gate of a hotel ... security forces ended the siege, killing all four
            // attackers. He said nine people were killed": a later toll of people is the attack's, not the count of
            // the attackers killed in ending it.)
            static bool KilledTheAttackers(Event e) => e.Actor2 is { } dead && AttackersOwnDead(dead);
            if (countsCasualties && cause.Sentence != consequence.Sentence && KilledTheAttackers(cause) && !KilledTheAttackers(consequence)
                && events.LastOrDefault(e => CanCause(e) && e.Sentence < cause.Sentence && !KilledTheAttackers(e)) is { } attacked)
                cause = attacked;
            // "stormed a market neighborhood ..., killing at least 31 civilians", "attacked a hotel, killing five
            // people": an attack on a place or a thing is an attack on the people it killed (CAMEO's targets
            // are actors). A convoy or a patrol is the armed group it carries, and stays the target unless the
            // dead are that group's soldiers or police.
            // An attack on a base, a convoy or a patrol that killed soldiers or police targets them too.
            // (Not the people an abduction took: "abducted six Chinese nationals ..., killing a security guard".)
            // (Whether the raid detained people is decided on the raid as told, before its target becomes them.)
            bool raidThatDetained = RaidThatDetained(document, cause, consequence);
            // ("gunmen from the Bani Malik tribe clashed with members of a rival clan": the other side of a
            // clash stays its target, whoever died.)
            // (Nor a gang's name the dictionaries lack: "clashes between the Metros and the Scorpions ... killed at least 11 people".)
            bool clashWithASide = cause.Actor2 is { } side && (!NamesAPlaceOrThing(document, side) || HeadLemma(document, side) is "member" or "fighter" or "supporter" or "unit"
                                                                || document.TokenEndingAt(side.End) is >= 0 and var sidesLast && char.IsUpper(document.Tokens[sidesLast].Form[0]))
                                  && document.TokenStartingAt(cause.Trigger.Start) is >= 0 and var clashWord && document.Tokens[clashWord].Lemma is "clash" or "fight" or "battle";
            // (People named by their nation are people too: "killing at least seven Palestinians".)
            // (Nor the crowd of a protest told before, which crowd control acted on: "about 600 MST members blocked the highway ...
            // Military police fired tear gas ... to clear them from the road ..., wounding at least seven protesters".)
            bool crowdOfAProtest = cause.Plover.Mode == "crowd-control" && cause.Actor2 is { } crowd
                                   && events.Any(e => e.Plover.Type == "PROTEST" && e.Actor1 is { } protesters && protesters.Start == crowd.Start);
            if (cause.Sentence == consequence.Sentence && !clashWithASide && !crowdOfAProtest && consequence.Actor2 is { } victims && (victims.Sector is not null || victims.Code is not null && !NamesAPlaceOrThing(document, victims))
                && !cause.Cameo.StartsWith("181", StringComparison.Ordinal)
                && (cause.Actor2 is null || consequence.Fatalities is not null && targetOfTheWounded.Contains(cause)
                    || targetFromToll.TryGetValue(cause, out var tollTrigger) && tollTrigger == consequence.Trigger.Start && victims.Start < cause.Actor2.Start
                    // ("ambushed an aid convoy ..., killing two drivers": a convoy of people who do not fight is its people.)
                    || (NamesArmedGroup(cause.Actor2.Text) && cause.Actor2.Sector is not ("NGO" or "CVL" or "IGO" or "HLH" or "BUS")
                        // (Soldiers or police of the convoy; not "terrorists" an army says it "neutralised" in a column of fighters,
                        // the column's men as the army names them.)
                        // (Not the wounded of a force the words name: "gunmen ambushed a state police patrol ..., wounding two officers"
                        // attacked the police; "a ranger checkpoint", whose force is no code, is its rangers.)
                        ? victims.Sector is { } victimsSector && Actors.SectorCodes.Armed.Contains(victimsSector) && !AttackersOwnDead(victims)
                          && !(consequence.Fatalities is null && consequence.Injuries is not null && cause.Actor2.Sector is not null)
                          && !(victimsSector == "UAF" && cause.Actor2.Sector is "REB" or "SEP" or "INS")
                        : (cause.Actor2.Code is null || NamesAPlaceOrThing(document, cause.Actor2) || NamesArmedGroup(cause.Actor2.Text))
                          && !WoundedAtAForcesPost(document, cause, consequence))))
            {
                // ("Soldiers and police raided a TPNPB camp ..., killing two fighters": each coordinated attacker's;
                // "stormed Bokkos and nearby Mangu villages, killing ...": each coordinated place's.)
                foreach (var sibling in events.Where(e => e != cause && e != consequence && e.Trigger.Start == cause.Trigger.Start
                                                          && (e.Actor2 == cause.Actor2 || e.Actor1 == cause.Actor1 && e.Actor2 is { } place && IsAPlace(document, place))))
                    sibling.Actor2 = victims;
                cause.Actor2 = victims;
                targetFromToll[cause] = consequence.Trigger.Start;
                if (consequence.Fatalities is null) targetOfTheWounded.Add(cause);
                else targetOfTheWounded.Remove(cause);
            }
            // "soldiers raided homes ..., detaining at least 23 young men": a raid that detained people is
            // their arrest (17), as coders count a security raid.
            if (raidThatDetained)
            {
                RecodeAs(cause, consequence);
                cause.Actor2 = consequence.Actor2;
            }
            // "raided the town ..., beheading civilians": the raid is the beheading's assault (18) on them.
            if (ViolentClauseOf(document, cause, consequence) && cause.Cameo.StartsWith("19", StringComparison.Ordinal) && consequence.Cameo.StartsWith("18", StringComparison.Ordinal)
                && cause.Actor2 == consequence.Actor2)
                RecodeAs(cause, consequence);
            // (A later sentence's different toll for an attack that has one is another report of it, kept beside the first.)
            // (Not a count of particular people, "My brother and his two sons were killed": they are among the dead; nor the
            // attackers' own dead, "three soldiers were killed in an exchange of fire" after soldiers killed 23 militants.)
            if (cause.Fatalities is { } toll && consequence.Fatalities is { } other && cause.Sentence != consequence.Sentence && (toll.Min, toll.Max) != (other.Min, other.Max)
                && !EventTolls.CountsParticularPeople(document, other) && !(consequence.Actor2?.Code is { } dead && dead == cause.Actor1?.Code))
                cause.Fatalities = EventTolls.ReportedBeside(toll, other);
            cause.Fatalities = EventTolls.Folded(document, cause, consequence.Fatalities);
            cause.Injuries ??= consequence.Injuries;
            cause.Quote ??= consequence.Quote;
            // ("Two days before the bus attack, gunmen shot dead ...": the attack another act is dated from lends it no day.)
            if (!NamesTheDayCountedFrom(document, consequence)) cause.Date ??= consequence.Date;
            cause.Place ??= consequence.Place;
            events.RemoveAt(b);
        }
    }

    /// <summary>
    /// "raided a militant hideout": a phrase whose own noun names no actor is a place or a thing, even when
    /// a modifier gives it a code ("militant"); its last word is its noun.
    /// </summary>
    private static bool NamesAPlaceOrThing(Document document, EventActor actor)
    {
        if (actor.Entity is not null || document.TokenEndingAt(actor.End) is not (>= 0 and var last)) return false;
        // ("killing at least 12 people and abducting more than 40 others": "others" are people.)
        if (document.Tokens[last].Form.Equals("others", StringComparison.OrdinalIgnoreCase)) return false;
        // ("ambushed a convoy of an aid group ..., killing two drivers": a vehicle of someone's is a thing, whoever owns it.)
        if (HeadToken(document, actor) is >= 0 and var head && head != last
            && document.Tokens[head].Lemma is "convoy" or "vehicle" or "bus" or "truck" or "lorry" or "car" or "boat" or "motorcade") return true;
        var agents = Actors.AgentDictionary.Default;
        // ("a village chief and his driver": a compound the agent list knows, "village chief", names people, not the village.)
        if (last > 0 && document.Tokens[last - 1].DepRel == "compound" && document.Tokens[last - 1].End > actor.Start
            && agents.CodeOf(document.Tokens[last - 1].Form.ToLowerInvariant() + " " + document.Tokens[last].Lemma) is { } code && code != "---") return false;
        return document.Tokens[last].Upos == "NOUN" && agents.CodeOf(document.Tokens[last].Lemma) is null;
    }

    /// <summary>Whether an actor's words are a place the story names ("Bokkos", "nearby Mangu villages").</summary>
    private static bool IsAPlace(Document document, EventActor actor) =>
        actor.Code is null && (NamesAPlaceOrThing(document, actor) || document.Places.Any(p => p.Start >= actor.Start && p.End <= actor.End));

    /// <summary>Nouns for groups of armed people that read as things: an attack on them targets the group.</summary>
    internal static readonly HashSet<string> ArmedGroupNouns = new(StringComparer.OrdinalIgnoreCase)
        { "convoy", "convoys", "patrol", "patrols", "column", "columns", "unit", "units", "checkpoint", "checkpoints", "post", "posts",
          "base", "bases", "position", "positions", "outpost", "outposts", "garrison", "barracks" };

    /// <summary>"ambushed a patrol ..., killing one assailant": the attackers' own dead are not the patrol's people.</summary>
    internal static bool AttackersOwnDead(EventActor victims) =>
        victims.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.ToLowerInvariant() is "assailant" or "assailants" or "attacker" or "attackers");

    private static bool NamesArmedGroup(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // ("ambushed a convoy of supply trucks ..., killing seven drivers": a convoy of goods or travellers carries
        // no armed group; its dead are its people.)
        int of = Array.FindIndex(words, w => w.Equals("of", StringComparison.OrdinalIgnoreCase));
        if (of > 0 && words[of - 1].StartsWith("convoy", StringComparison.OrdinalIgnoreCase) && words.Skip(of + 1).Take(3).Any(CivilianCargo.Contains)) return false;
        return words.Any(ArmedGroupNouns.Contains);
    }

    private static readonly HashSet<string> CivilianCargo = new(StringComparer.OrdinalIgnoreCase)
        { "truck", "trucks", "lorry", "lorries", "bus", "buses", "car", "cars", "vehicles", "tankers", "supply", "supplies", "food", "fuel",
          "goods", "aid", "civilians", "passengers", "pilgrims", "traders", "travellers", "travelers", "refugees" };

    /// <summary>
    /// "Soldiers opened fire on townspeople ... “They fired into the crowd without warning,” said a witness":
    /// an attack by an uncoded "they" continues the last armed attacker of the article's previous three
    /// sentences, whose actor it takes. ("They" alone says nothing; an attack's "they" is rarely the victims.)
    /// </summary>
    private static void ResolveAttackersCalledThey(List<Event> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Plover.Type != "ASSAULT" || e.Actor1 is not { } doer) continue;
            bool they = doer.Code is null && doer.Text.Equals("they", StringComparison.OrdinalIgnoreCase);
            // ("Boko Haram fighters stormed a village ... The gunmen arrived on motorcycles": so do "the gunmen", "the
            // attackers", whom the words alone code as unidentified, when a group was named.)
            bool theGunmen = doer.Sector == "UAF" && StoryDates.NamesTheAttackersBack(doer);
            if (!they && !theGunmen) continue;
            var attacker = events.Take(i).LastOrDefault(p => p.Plover.Type == "ASSAULT" && p.Sentence < e.Sentence && e.Sentence - p.Sentence <= 3
                                                              && p.Actor1?.Sector is { } sector && (theGunmen ? sector is "REB" or "SEP" or "INS" or "CRM" : Actors.SectorCodes.Armed.Contains(sector)))?.Actor1;
            // (The gunmen keep their own words, which say who they are and date the act as the attack told before; the
            // group's code and entity are theirs. The state's forces are never "the gunmen".)
            if (attacker is not null) e.Actor1 = they ? attacker : doer with { Entity = attacker.Entity, Code = attacker.Code, Country = attacker.Country, Sector = attacker.Sector };
        }
    }

    /// <summary>
    /// "Separatist fighters ambushed a military patrol ... troops killed three of the attackers": the attackers the
    /// other side hits, named back, are the group whose attack the three sentences before told, in their own words
    /// (after the merges, which leave the first telling of that attack).
    /// </summary>
    private static void ResolveAttackersHitBack(List<Event> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Plover.Type != "ASSAULT" || e.Actor2 is not { Sector: null or "UAF" } target || !NamesTheAttackersOrSomeOfThem(target)) continue;
            var attacker = events.Take(i).LastOrDefault(p => p.Plover.Type == "ASSAULT" && p.Sentence < e.Sentence && e.Sentence - p.Sentence <= 3
                                                              && p.Actor1?.Sector is "REB" or "INS" or "SEP" or "CRM" && p.Actor1.Code != e.Actor1?.Code)?.Actor1;
            if (attacker is not null) e.Actor2 = target with { Entity = attacker.Entity, Code = attacker.Code, Country = attacker.Country, Sector = attacker.Sector };
        }
    }

    /// <summary>
    /// "Suspected militants firing from the surrounding hills killed three villagers ... Police and Assam Rifles troops
    /// returned fire": fire returned at no one named is aimed at the doers of the last attack told in the two sentences
    /// before or in its own, by another side.
    /// </summary>
    private static void TargetWhoFiredFirst(Document document, List<Event> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Plover.Type != "ASSAULT" || e.Actor2 is not null || e.Actor1 is not { } defenders
                || document.TokenStartingAt(e.Trigger.Start) is not (>= 0 and var trigger) || document.Tokens[trigger].Lemma != "return") continue;
            var firstFire = events.Take(i).LastOrDefault(p => p.Plover.Type == "ASSAULT" && e.Sentence - p.Sentence is >= 0 and <= 2 && p.Actor1 is { } attackers
                                                            && !Overlap(attackers, defenders) && (attackers.Code is null || attackers.Code != defenders.Code));
            if (firstFire is not null) e.Actor2 = firstFire.Actor1;
        }
    }

    /// <summary>
    /// "the attackers", "three of the attackers", "one of the gunmen": the attackers of an attack told, or some of them, named
    /// back as the other side's target (<see cref="StoryDates.NamesTheAttackersBack"/> is the wider list of doers named back).
    /// </summary>
    private static bool NamesTheAttackersOrSomeOfThem(EventActor actor)
    {
        var words = actor.Text.Split(' ');
        int the = words.Length >= 4 && words[1] == "of" ? 2 : 0;
        return words.Length == the + 2 && words[the].Equals("the", StringComparison.OrdinalIgnoreCase)
               && words[the + 1].ToLowerInvariant() is "attackers" or "assailants" or "gunmen" or "raiders";
    }

    /// <summary>
    /// "Boko Haram fighters stormed a village ..., killing at least 22 farmers ... The gunmen arrived on motorcycles
    /// ... and opened fire on farmers": an attack told with no day of its own by the attackers named back, on the
    /// same people within three sentences, tells the attack again.
    /// </summary>
    private static bool RetoldByItsAttackers(Event first, Event second) =>
        first.Plover.Type == "ASSAULT" && second.Plover.Type == "ASSAULT" && first.Date is not null && second.Date is null && second.Sentence - first.Sentence is > 0 and <= 3
        && StoryDates.NamesTheAttackersBack(second.Actor1);

    /// <summary>
    /// "Polish Prime Minister Donald Tusk met Lithuanian President Gitanas Nauseda ... and the two leaders signed an
    /// agreement": "the two leaders", "both sides" with no code of their own are the two actors of the last talks or other
    /// cooperation between actors of two countries told in the sentence or the one before, one the doer and the other the
    /// partner.
    /// </summary>
    private static void ResolveTheTwoSides(List<Event> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Actor1 is not { Code: null } both || !TheTwoSides.Contains(both.Text.ToLowerInvariant()) || e.Actor2 is { Code: not null }) continue;
            // (Of talks or other cooperation, codes 01 to 08: the two sides of a clash are no signatories.)
            var pair = events.Take(i).LastOrDefault(p => e.Sentence - p.Sentence is >= 0 and <= 1 && string.CompareOrdinal(p.Cameo[..2], "09") < 0
                                                         && p.Actor1?.Country is { } one && p.Actor2?.Country is { } other && one != other);
            if (pair is null) continue;
            e.Actor1 = pair.Actor1;
            e.Actor2 = pair.Actor2;
        }
    }

    private static readonly HashSet<string> TheTwoSides = new(StringComparer.Ordinal)
        { "the two leaders", "both leaders", "the two sides", "both sides", "the two presidents", "the two ministers", "the two men", "the two countries", "both countries", "the two governments" };

    /// <summary>Whether an event is told in a direct quotation (a witness's or a speaker's own words).</summary>
    private static bool TellsAgainInAQuotation(Document document, Event e) =>
        e.Quote is { } id && document.Quotes.FirstOrDefault(q => q.Id == id) is { Direct: true };

    /// <summary>
    /// "raided the town of Macomia ..., beheading civilians": violence in a participle or clause of another
    /// act of violence is part of that act, whatever its own code.
    /// </summary>
    private static bool ViolentClauseOf(Document document, Event cause, Event consequence) =>
        cause.Plover.Type == "ASSAULT" && consequence.Plover.Type == "ASSAULT" && cause.Sentence == consequence.Sentence && Governs(document, cause, consequence);

    private static bool RaidThatDetained(Document document, Event raid, Event detention) =>
        raid.Plover.Type == "ASSAULT" && detention.Cameo.StartsWith("173", StringComparison.Ordinal) && detention.Actor2 is { } held && !FendsOffAnAttack(document, raid)
        && (held.Sector is not null || document.Tokens[document.TokenStartingAt(detention.Trigger.Start)].Lemma != "seize")   // (not "seizing a rifle")
        && raid.Sentence == detention.Sentence && (raid.Actor2 is null || NamesAPlaceOrThing(document, raid.Actor2))
        // (Not a fight: "Soldiers clashed with members of the front ..., killing one fighter and capturing two others" is a clash and a capture.)
        && document.Tokens[document.TokenStartingAt(raid.Trigger.Start)].Lemma is not ("clash" or "fight" or "battle")
        && (Governs(document, raid, detention) || ParticipleAfter(document, raid, detention));

    /// <summary>
    /// "officers had repelled a second attack on Saturday and arrested three suspects": an act whose object is an
    /// attack fends it off; the arrests after it are acts of their own, not what a raid was for.
    /// </summary>
    private static bool FendsOffAnAttack(Document document, Event act)
    {
        int trigger = document.TokenStartingAt(act.Trigger.Start);
        var tokens = document.Tokens;
        for (int t = trigger + 1; trigger >= 0 && t < tokens.Length && t <= trigger + 6; t++)
        {
            if (tokens[t].Head == trigger && tokens[t].DepRel == "obj")
                return tokens[t].Lemma is "attack" or "assault" or "offensive" or "ambush" or "raid" or "incursion" or "advance" or "attempt";
        }
        return false;
    }

    /// <summary>Whether the event's trigger is a verb.</summary>
    private static bool IsAVerb(Document document, Event e) => document.TokenStartingAt(e.Trigger.Start) is >= 0 and var word && document.Tokens[word].Upos == "VERB";

    /// <summary>
    /// "raided homes in Ntarinkon on Monday afternoon, detaining 23 young men", the participle hung elsewhere
    /// by the parser: a participle after a comma with no verb between it and the event before it.
    /// </summary>
    private static bool ParticipleAfter(Document document, Event before, Event participle)
    {
        int from = document.TokenStartingAt(before.Trigger.Start), to = document.TokenStartingAt(participle.Trigger.Start);
        if (from < 0 || to <= from + 1 || document.Tokens[to].Xpos != "VBG" || document.Tokens[to - 1].Form != ",") return false;
        for (int t = from + 1; t < to; t++)
        {
            // (A participle, "neighboring Mankon", is no verb of its own.)
            if (document.Tokens[t].Upos is "VERB" or "AUX" && document.Tokens[t].Xpos is not ("VBG" or "VBN")) return false;
        }
        return true;
    }

    /// <summary>Of two actors of one act, the one the text names first (either, when one is missing).</summary>
    private static EventActor? FirstNamed(EventActor? x, EventActor? y) => x is null ? y : y is null || x.Start <= y.Start ? x : y;

    private static void RecodeAs(Event cause, Event consequence)
    {
        cause.Cameo = consequence.Cameo;
        cause.Plover = consequence.Plover;
        cause.Acled = consequence.Acled;
    }

    /// <summary>
    /// "A drone strike on a busy market ... killed at least 30 people on Sunday, residents said, as fighting between federal
    /// troops and Fano militiamen intensified": fighting that a clause of time ("as", "while") says grew or went on, the
    /// act not in that clause, is the war around the act, not the act nor what caused its deaths.
    /// </summary>
    internal static bool TheWarAroundIt(Document document, Event war, Event act)
    {
        var tokens = document.Tokens;
        if (war.Sentence != act.Sentence || document.TokenStartingAt(war.Trigger.Start) is not (>= 0 and var fighting)
            || document.TokenStartingAt(act.Trigger.Start) is not (>= 0 and var told)) return false;
        // ("..., according to residents and a local health official, as fighting between federal troops and Fano militiamen
        // intensified around the town", parsed with "as fighting" a phrase of the officials: the words are enough, "as" or
        // "while" right before the fighting, a verb of growing after it, and the act told before them.)
        if (fighting > 0 && told < fighting && tokens[fighting - 1].Form.ToLowerInvariant() is "as" or "while"
            && Enumerable.Range(fighting + 1, Math.Min(12, document.SentenceOf(fighting).EndToken - fighting - 1)).Any(t => tokens[t].Lemma is "intensify" or "escalate" or "rage" or "spread" or "flare" or "worsen"))
            return true;
        // The fighting is the subject of a verb of growing or going on, in a clause opened by "as" or "while".
        if (tokens[fighting].DepRel is not ("nsubj" or "nsubj:pass") || tokens[fighting].Head is not (>= 0 and var grew)
            || tokens[grew].Lemma is not ("intensify" or "escalate" or "continue" or "rage" or "grow" or "spread" or "flare" or "mount" or "worsen" or "erupt")
            || tokens[grew].DepRel != "advcl") return false;
        int first = document.SentenceOf(grew).FirstToken;
        if (!Enumerable.Range(first, grew - first).Any(m => tokens[m].Head == grew && tokens[m].DepRel == "mark" && tokens[m].Form.ToLowerInvariant() is "as" or "while"))
            return false;
        for (int t = told, steps = 0; t >= 0 && steps < 64; t = tokens[t].Head, steps++)
        {
            if (t == grew) return false;
        }
        return true;
    }

    /// <summary>
    /// "air defenses had shot down 20 Ukrainian drones over the Belgorod region, where a woman was killed when a drone
    /// hit her car": drones shot down kill no one where a relative clause tells of a death; that death is its own event.
    /// </summary>
    private static bool InterceptionBeforeAnotherPlacesToll(Document document, Event cause, Event consequence)
    {
        var tokens = document.Tokens;
        if (document.TokenStartingAt(cause.Trigger.Start) is not (>= 0 and var shot) || document.TokenStartingAt(consequence.Trigger.Start) is not (>= 0 and var killed)
            || cause.Sentence != consequence.Sentence) return false;
        bool interception = tokens[shot].Lemma is "intercept" or "down"
                            || tokens[shot].Lemma == "shoot" && Enumerable.Range(shot + 1, Math.Min(2, tokens.Length - shot - 1)).Any(t => tokens[t].Head == shot && tokens[t].Form.Equals("down", StringComparison.OrdinalIgnoreCase));
        if (!interception) return false;
        // (The act itself or one in its clause, "where a woman was killed when a drone hit her car".)
        int first = document.SentenceOf(killed).FirstToken;
        for (int clause = killed, steps = 0; clause >= 0 && clause != shot && steps < 4; clause = tokens[clause].Head, steps++)
        {
            int relative = clause;
            if (tokens[clause].DepRel == "acl:relcl" && Enumerable.Range(first, clause - first).Any(t => tokens[t].Head == relative && tokens[t].Form.Equals("where", StringComparison.OrdinalIgnoreCase)))
                return true;
        }
        return false;
    }

    /// <summary>Whether the cause's trigger is an ancestor of the consequence's within a few clauses.</summary>
    private static bool Governs(Document document, Event cause, Event consequence)
    {
        int governor = document.TokenStartingAt(cause.Trigger.Start), t = document.TokenStartingAt(consequence.Trigger.Start);
        for (int depth = 0; t >= 0 && governor >= 0 && depth < 3; depth++)
        {
            t = document.Tokens[t].Head;
            if (t == governor) return true;
        }
        return false;
    }

    /// <summary>
    /// "The clash came after police arrested ...", "No group has claimed responsibility for either attack":
    /// a definite event noun with no actors and no toll of its own names an event already coded earlier
    /// in the article (same CAMEO root), not a new one.
    /// </summary>
    private static void DropLaterMentions(Document document, List<Event> events)
    {
        var tokens = document.Tokens;
        for (int b = events.Count - 1; b >= 0; b--)
        {
            var mention = events[b];
            if (mention.Actor1 is not null || mention.Actor2 is not null || mention.Fatalities is not null || mention.Injuries is not null) continue;
            int trigger = document.TokenStartingAt(mention.Trigger.Start);
            if (trigger < 1 || tokens[trigger].Upos != "NOUN") continue;
            bool definite = Enumerable.Range(Math.Max(0, trigger - 3), trigger - Math.Max(0, trigger - 3))
                .Any(i => tokens[i].Head == trigger && tokens[i].DepRel is "det" or "cc:preconj" && tokens[i].Form.ToLowerInvariant() is "the" or "this" or "that" or "these" or "those" or "either" or "both" or "each");
            // ("Investigators have not said which group was behind the massacre": violence named again may
            // carry another violent root than its first telling.)
            // ("... killed 23 militants ..., days after insurgents ambushed a convoy ... The raids took place Saturday": the act
            // told as another's time is not the one told again, when there is one told for itself.)
            bool Earlier(Event e) => e.Sentence < mention.Sentence && (e.Cameo[..2] == mention.Cameo[..2] || Violent(e) && Violent(mention));
            if (!definite || (events.Take(b).LastOrDefault(e => Earlier(e) && !ToldInAnAdverbialClause(document, e)) ?? events.Take(b).LastOrDefault(Earlier)) is not { } told) continue;
            // ("The attack on the base in the town of Tibu lasted nearly three hours", after a lead that placed it in the
            // province: a town of that province it names in its own sentence places the act told.)
            if (NamesTheSceneBetter(document, told, mention) && ATownOfTheDivision(document, told.Place, mention.Place!)) told.Place = mention.Place;
            // ("..., the military said Sunday. The raids took place Saturday in the North Waziristan and Bannu districts": where
            // and when the act told is said to have taken place.)
            else if (PlacesItMoreNarrowly(document, told, mention)) told.Place = mention.Place;
            if (SaidToHaveTakenPlace(document, mention) && mention.Date is { Precision: "day" } && DatedByItsAct(document, mention) && (told.Date is null || DatedByItsReport(document, told)))
                told.Date = mention.Date;
            events.RemoveAt(b);
        }
    }

    private static bool Violent(Event e) => e.Cameo[..2] is "18" or "19" or "20";

    /// <summary>Whether the event is a violent act its word at <paramref name="word"/> tells.</summary>
    private static bool ViolentActTold(Document document, Event e, int word) => Violent(e) && document.TokenStartingAt(e.Trigger.Start) == word;

    /// <summary>
    /// "Al-Shabaab said its fighters had killed 30 'apostate soldiers'", "the commander said his men killed 20
    /// government soldiers": a side's claim of the dead for its own fighters, in a report, after an attack
    /// already told, is that attack's other toll (the coders keep the first telling), not an attack of its own.
    /// </summary>
    private static void DropClaimsOfAnAttackTold(Document document, List<Event> events)
    {
        for (int b = events.Count - 1; b >= 0; b--)
        {
            var claim = events[b];
            // ("Russia's Defense Ministry said its forces had struck 'military-industrial facilities' in Kharkiv", after
            // "Russian drones slammed into an apartment building in ... Kharkiv": or a strike claimed by the same side at
            // the same place.)
            var lemma = document.Tokens[document.TokenStartingAt(claim.Trigger.Start)].Lemma;
            // ("The Israeli military said its forces had detained 'several suspects'", after "Israeli troops raided the
            // village ... and detained four men": the side's own account of its detentions.)
            bool strikeClaim = lemma is "strike" or "hit" or "target" or "destroy", detentionClaim = lemma is "detain" or "arrest";
            if (!(Violent(claim) || detentionClaim && claim.Cameo.StartsWith("17", StringComparison.Ordinal))
                || claim.Modality != Modalities.Reported || claim.Actor1 is not { } claimant
                || lemma is not ("kill" or "neutralise" or "neutralize") && !strikeClaim && !detentionClaim) continue;
            // ("the ELN said its Darío Ramírez Castro front had killed nine soldiers": or one of its named units.)
            var words = claimant.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || words[0].ToLowerInvariant() is not ("its" or "his" or "their")
                || !(words.Length == 2 && OwnFighters.Contains(words[1]) || NamedUnits.Contains(words[^1]))) continue;
            var told = strikeClaim || detentionClaim
                ? events.Take(b).LastOrDefault(e => e.Sentence < claim.Sentence && claim.Sentence - e.Sentence <= 6 && e.Cameo[..2] == claim.Cameo[..2]
                                                    && e.Actor1?.Code is { } side && SameSide(side, claimant.Code) && SamePlaceOrNoneOfItsOwn(document, claim, e))
                : events.Take(b).LastOrDefault(e => Violent(e) && e.Sentence < claim.Sentence
                                                    && claim.Sentence - e.Sentence <= (ClaimsTheAttackTold(document, claim.Sentence) ? 8 : 3));
            if (told is null) continue;
            // ("..., the army said its troops had killed 15 bandits in a raid last week": a claim of a day before the
            // attack is another attack; a later day is the day of the statement.)
            if (claim.Date is { Value: { } claimed, Precision: "day" or "week" } && told.Date?.Value is { } day && string.CompareOrdinal(claimed, day) < 0) continue;
            // (Its toll is the claimant's figure, disputed at best: the first telling keeps its own, and the
            // claim's is reported beside it.)
            if (told.Fatalities is { } toll && claim.Fatalities is { } claimedToll)
                told.Fatalities = EventTolls.ReportedBeside(toll, claimedToll);
            events.RemoveAt(b);
        }
    }

    /// <summary>The men a side claims for its own acts ("its fighters", "their forces").</summary>
    private static readonly HashSet<string> OwnFighters = new(StringComparer.OrdinalIgnoreCase)
        { "fighters", "forces", "men", "troops", "soldiers", "militants", "units", "mujahideen" };

    /// <summary>A side's named units ("its Darío Ramírez Castro front").</summary>
    private static readonly HashSet<string> NamedUnits = new(StringComparer.OrdinalIgnoreCase) { "front", "unit", "brigade", "column", "battalion", "wing" };

    /// <summary>
    /// Whether the sentence says someone "claimed the ambush" (or "the attack", "the raid"), or that its fighters "carried out" one: its
    /// claim is of the act told before, however far back ("JNIM ... claimed the ambush in a statement, saying its fighters had killed 30
    /// soldiers", six sentences after the lead).
    /// </summary>
    private static bool ClaimsTheAttackTold(Document document, int sentence)
    {
        var tokens = document.Tokens;
        var words = document.Sentences[sentence];
        for (int t = words.FirstToken; t < words.EndToken; t++)
        {
            if (tokens[t].DepRel == "obj" && RetoldAttacks.Contains(tokens[t].Lemma ?? "") && tokens[t].Head is >= 0 and var verb && tokens[verb].Lemma == "claim"
                && t > 0 && tokens[t - 1].Form.Equals("the", StringComparison.OrdinalIgnoreCase)) return true;
            // ("said ... that its fighters had carried out a \"martyrdom operation\" against \"apostate\" troops": or says it carried it out.)
            if (tokens[t].Lemma == "carry" && t + 1 < words.EndToken && tokens[t + 1].Form.Equals("out", StringComparison.OrdinalIgnoreCase)
                && Enumerable.Range(words.FirstToken, t - words.FirstToken).Any(c => tokens[c].Head == t && tokens[c].DepRel == "nsubj" && OwnFighters.Contains(tokens[c].Form))) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a claimant's code is the side's: the same, or its sector alone where the words named no country ("Islamic State claimed
    /// the attack ..., saying its fighters had destroyed three vehicles": REB, after "Islamic State militants", SYRREB).
    /// </summary>
    private static bool SameSide(string side, string? claimant) =>
        claimant is not null && (side == claimant || claimant.Length == 3 && side.Length == 6 && side.EndsWith(claimant, StringComparison.Ordinal));

    /// <summary>
    /// A claimed act is told at the place of an act before it when it names that place, or names none of its own
    /// in its sentence ("its forces had struck 'energy infrastructure'", placed by the dateline) or only a country
    /// ("had detained several suspects and taken them to Israel").
    /// </summary>
    private static bool SamePlaceOrNoneOfItsOwn(Document document, Event claim, Event told)
    {
        if (claim.Place is not { } place || place.Precision == "country") return true;
        if (told.Place?.GeonamesId is { } where && where == place.GeonamesId) return true;
        var sentence = document.Sentences[claim.Sentence];
        return place.Start < sentence.Start || place.Start >= sentence.End;
    }

    /// <summary>"The gunmen also abducted the driver and his assistant": an act done "also" is another act, not the last one told again.</summary>
    private static bool DoneAlso(Document document, Event e)
    {
        int trigger = document.TokenStartingAt(e.Trigger.Start);
        if (trigger < 0) return false;
        var tokens = document.Tokens;
        var sentence = document.Sentences[tokens[trigger].Sentence];
        for (int t = sentence.FirstToken; t < trigger; t++)
        {
            if (tokens[t].Head == trigger && tokens[t].DepRel == "advmod" && tokens[t].Form.Equals("also", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Suspected jihadist fighters ambushed a military convoy ... The assailants, who arrived on
    /// motorbikes, opened fire on the convoy": an attack whose attacker is a definite phrase naming the
    /// same attacker as an attack of the two sentences before (the same head noun, or a word that only
    /// ever refers back: "the assailants", "the attackers", "the bomber") retells that attack when its
    /// target is missing, definite or a weapon. So does an attack with no attacker whose target is a
    /// definite phrase naming the earlier attack's target ("... opened fire on the convoy"). It adds
    /// what it knows to the first telling.
    /// </summary>
    private static void MergeDefiniteRetellings(Document document, List<Event> events)
    {
        for (int b = events.Count - 1; b >= 0; b--)
        {
            var retelling = events[b];
            if (retelling.Plover.Type != "ASSAULT" || DoneAlso(document, retelling)) continue;
            Func<Event, bool> samePart;
            if (retelling.Actor1 is { } attacker)
            {
                // ("Russian glide bombs slammed into a district ... Two bombs hit an apartment block": weapons no
                // one is named as firing, of the kind the attack before used, retell it, whatever building they hit.)
                // (Or aircraft: "Two fighter jets bombed Pazi Gyi village" after the air strike the lead told.)
                bool ownerlessWeapon = attacker.Code is null && HeadLemma(document, attacker) is { } arms && (IsWeapon(arms) || EventsStage.WeaponNouns.Contains(arms));
                if (!IsDefinite(document, attacker) && !ownerlessWeapon)
                {
                    // ("Jihadist fighters killed at least 50 soldiers in an attack on an army post ... Hundreds of
                    // gunmen on motorbikes stormed the base in Djibo on Sunday morning": armed men of the same kind
                    // storming "the" base, camp or post the telling before named retell that attack.)
                    if (retelling.Actor2 is { } site && IsDefinite(document, site) && MilitarySites.Contains(HeadLemma(document, site) ?? ""))
                        MergeInto(events, b, e => e.Actor1 is { } earlier && SameArmedGroupKind(earlier, attacker) && NamesAMilitarySite(document, e.Sentence), document);
                    // ("Gunmen killed seven informal gold miners ... The miners, who had been working a small dredge, were shot by about a
                    // dozen men": the victims told again before the act, its passive's subject, with their attackers told anew.)
                    // (A passive: not two sides named before their fight, "al Shabaab fighters and government soldiers fought".)
                    else if (retelling.Actor2 is { } victims && victims.Start < retelling.Trigger.Start && IsDefinite(document, victims)
                             && document.TokenStartingAt(retelling.Trigger.Start) is >= 0 and var told && document.Tokens[told].Xpos == "VBN"
                             && HeadLemma(document, victims) is { } victimsHead)
                        MergeInto(events, b, e => e.Actor2 is { } earlier && HeadLemma(document, earlier) == victimsHead, document);
                    continue;
                }
                // ("The fighters ... battled troops for nearly three hours": a target of the first telling's
                // kind, soldiers after soldiers, is its target told again.)
                // ("before the driver detonated it": a pronoun names no target.)
                bool namedTarget = retelling.Actor2 is { } target && !IsDefinite(document, target) && !IsWeapon(HeadLemma(document, target))
                                   && target.Text.ToLowerInvariant() is not ("it" or "them")
                                   && (!ownerlessWeapon || target.Code is not null && !NamesAPlaceOrThing(document, target));
                var head = HeadLemma(document, attacker);
                // ("A Myanmar military air strike on a village ... Two fighter jets bombed Pazi Gyi village": or weapons
                // no one is named as firing that strike the way the attack before struck, air or artillery.)
                samePart = e => e.Actor1 is { } earlier
                                && (HeadLemma(document, earlier) == head || RetellingAttackers.Contains(head ?? "")
                                    || SameArmedGroupKind(earlier, attacker) && (e.Cameo[..2] == retelling.Cameo[..2] || ViolenceOnTheSameScene(document, e, retelling))
                                    || ownerlessWeapon && e.Cameo == retelling.Cameo && e.Plover.Mode is "aerial" or "artillery" && e.Plover.Mode == retelling.Plover.Mode
                                       && !ToldInAnAdverbialClause(document, retelling))
                                && (!namedTarget || e.Actor2?.Sector is { } sector && sector == retelling.Actor2!.Sector && e.Cameo[..2] == retelling.Cameo[..2])
                                && !EventRows.RepelledAnotherSidesAttack(document, e, retelling)   // ("said its forces had repelled an attack by the army")
                                // ("Gunmen abducted at least 27 passengers ... The gunmen shot dead the driver of the first bus": a killing told
                                // after an abduction is an act of its own.)
                                && !(e.Cameo.StartsWith("181", StringComparison.Ordinal) && retelling.Fatalities is not null && !retelling.Cameo.StartsWith("181", StringComparison.Ordinal));
            }
            else if (retelling.Actor2 is { } target && IsDefinite(document, target))
            {
                var head = HeadLemma(document, target);
                samePart = e => e.Actor2 is { } earlier && HeadLemma(document, earlier) == head;
            }
            else continue;
            MergeInto(events, b, samePart, document);
        }
    }

    /// <summary>
    /// "Police ... detained six of the organisers ... Police said the six had been arrested under the Prevention of Terrorism
    /// Act": an arrest of "the six" (the count named back, alone or with its noun) retells an earlier arrest of that many by the
    /// same doers, and adds what it knows to it.
    /// </summary>
    private static void MergeArrestsOfACountToldBack(List<Event> events)
    {
        for (int b = events.Count - 1; b >= 0; b--)
        {
            var retelling = events[b];
            if (!retelling.Cameo.StartsWith("173", StringComparison.Ordinal) || retelling.Actor2?.Text.Split(' ') is not ["the" or "The", var count, ..] words
                || words.Length > 3 || NumberWords.Value(count) is not { } many) continue;
            var first = events.Take(b).LastOrDefault(e => e.Cameo.StartsWith("173", StringComparison.Ordinal) && e.Sentence < retelling.Sentence
                && e.Actor2?.Text.Split(' ') is [var told, ..] && NumberWords.Value(told) == many
                && (retelling.Actor1 is null || e.Actor1?.Code is { } code && code == retelling.Actor1.Code));
            if (first is null) continue;
            first.Date ??= retelling.Date;
            first.Place ??= retelling.Place;
            first.Quote ??= retelling.Quote;
            events.RemoveAt(b);
        }
    }

    /// <summary>
    /// "... two days after gunmen attacked a police post near Yazman ... In Sunday's attack, gunmen on motorcycles opened
    /// fire on a police post ..., killing two constables": an attack told in a sentence that opens with "In" and a day's
    /// attack ("In Sunday's attack,", "In Monday's ambush,") retells the story's first attack of its kind, however far
    /// back; it adds what it knows (the toll, the day its opening names) to that telling.
    /// </summary>
    private static void MergeRetellingsNamedByTheirDay(Document document, List<Event> events)
    {
        var tokens = document.Tokens;
        for (int b = events.Count - 1; b >= 0; b--)
        {
            var retelling = events[b];
            if (retelling.Plover.Type != "ASSAULT" || retelling.Cameo[..2] is not ("18" or "19")) continue;
            var sentence = document.Sentences[retelling.Sentence];
            int t = sentence.FirstToken;
            if (t + 4 >= sentence.EndToken || !tokens[t].Form.Equals("In", StringComparison.Ordinal) || !DateResolver.NamesATime(tokens[t + 1].Form)
                || tokens[t + 2].Form is not ("'s" or "’s") || !RetoldAttacks.Contains(tokens[t + 3].Lemma?.ToLowerInvariant() ?? "") || tokens[t + 4].Form != ",") continue;
            // (The same attackers, named alike or of the same armed kind, on the same kind of target when both name one.)
            var first = events.Take(b).FirstOrDefault(e => e.Plover.Type == "ASSAULT" && e.Sentence < retelling.Sentence && e.Cameo[..2] == retelling.Cameo[..2]
                                                          && !e.Cameo.StartsWith("181", StringComparison.Ordinal)
                                                          && e.Actor1 is { } earlier && retelling.Actor1 is { } attacker
                                                          && (HeadLemma(document, earlier) == HeadLemma(document, attacker) || SameArmedGroupKind(earlier, attacker))
                                                          && (e.Actor2?.Sector is not { } sector || retelling.Actor2?.Sector is not { } other || sector == other));
            if (first is null) continue;
            first.Fatalities = EventTolls.Folded(document, first, retelling.Fatalities, retelling.Quote);
            first.Injuries ??= retelling.Injuries;
            // (The day the opening names is the attack's: "In Sunday's attack" against a lead dated by another clause.)
            if (retelling.Date is { Precision: "day" } day && retelling.Date.Text.Contains(tokens[t + 1].Form, StringComparison.Ordinal)) first.Date = day;
            else first.Date ??= retelling.Date;
            first.Quote ??= retelling.Quote;
            if (NamesTheSceneBetter(document, first, retelling)) first.Place = retelling.Place;
            events.RemoveAt(b);
        }
    }

    private static readonly HashSet<string> RetoldAttacks = new(StringComparer.Ordinal)
        { "attack", "ambush", "assault", "raid", "bombing", "shooting", "strike", "massacre", "killing", "killings", "clash", "clashes" };

    /// <summary>
    /// "Gang members ... attacked the town of Mirebalais [190] ... the gunmen set fire to the police station [180]":
    /// force and unconventional violence are one attack told twice (not an abduction, which is an act of its own, nor
    /// one told as another act, on another day or "also": "The RSF also launched a drone attack on the city's main
    /// hospital on Friday").
    /// </summary>
    private static bool ViolenceOnTheSameScene(Document document, Event first, Event retelling) =>
        first.Cameo[..2] is "18" or "19" && retelling.Cameo[..2] is "18" or "19" && !retelling.Cameo.StartsWith("181", StringComparison.Ordinal)
        && (first.Date?.Value is not { } day || retelling.Date?.Value is not { } other || day == other) && !ToldAsAnotherAct(document, retelling);

    /// <summary>
    /// Whether the act's verb says it is one more ("also", "again", "later"), or its sentence opens by telling it after another
    /// ("Minutes after the blast, al Shabaab fighters and government soldiers fought a gunbattle").
    /// </summary>
    internal static bool ToldAsAnotherAct(Document document, Event e)
    {
        if (document.TokenStartingAt(e.Trigger.Start) is not (>= 0 and var trigger)) return false;
        var tokens = document.Tokens;
        var sentence = document.Sentences[e.Sentence];
        if (sentence.EndToken - sentence.FirstToken > 3 && tokens[sentence.FirstToken].Form is "Minutes" or "Moments"
            && tokens[sentence.FirstToken + 1].Form == "after") return true;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (tokens[t].Head == trigger && tokens[t].DepRel == "advmod" && tokens[t].Form.ToLowerInvariant() is "also" or "again" or "later") return true;
        }
        return false;
    }

    /// <summary>
    /// "Police fired tear gas at demonstrators ..., a day after a protester was shot dead in clashes": a clause opened by
    /// "after" or "before" a span of days or hours tells an act of another time, no consequence of the act it dates.
    /// </summary>
    internal static bool ToldAsAnEarlierDay(Document document, Event e) => EarlierDayMark(document, e) >= 0;

    /// <summary>The "after" or "before" that, right after a span of days or hours, opens the act's clause; -1 when none does.</summary>
    internal static int EarlierDayMark(Document document, Event e) =>
        document.TokenStartingAt(e.Trigger.Start) is >= 0 and var trigger && document.Tokens[trigger].DepRel == "advcl" ? AfterOrBeforeASpan(document, trigger, "mark") : -1;

    /// <summary>The "after" or "before" hung on the word by <paramref name="relation"/> right after a span of days or hours ("two days before"); -1 when none is.</summary>
    private static int AfterOrBeforeASpan(Document document, int word, string relation)
    {
        var tokens = document.Tokens;
        for (int t = Math.Max(document.SentenceOf(word).FirstToken + 1, word - 8); t < word; t++)
        {
            if (tokens[t].Head == word && tokens[t].DepRel == relation && tokens[t].Form.ToLowerInvariant() is "after" or "before")
                return tokens[t - 1].Lemma?.ToLowerInvariant() is "day" or "hour" or "week" or "month" ? t : -1;
        }
        return -1;
    }

    /// <summary>Whether the act is a noun that a span of days counts from ("two days before the bus attack").</summary>
    private static bool NamesTheDayCountedFrom(Document document, Event e) =>
        document.TokenStartingAt(e.Trigger.Start) is >= 0 and var noun && document.Tokens[noun].Upos == "NOUN" && AfterOrBeforeASpan(document, noun, "case") >= 0;

    /// <summary>"The commander died on Monday when a drone hit his car": an act told as the time or cause of another is another incident.</summary>
    private static bool ToldInAnAdverbialClause(Document document, Event e) =>
        document.TokenStartingAt(e.Trigger.Start) is >= 0 and var trigger && document.Tokens[trigger].DepRel is "advcl" or "acl:relcl" or "acl";

    /// <summary>
    /// "Airstrikes hit a crowded market ... The Syrian Observatory said the strikes were carried out by Russian
    /// warplanes": an attack "carried out", "conducted" or "launched" that is the attack told (a definite act
    /// noun, no target of its own) names its author; the attack told in the two sentences before, with no author,
    /// only its weapons or unidentified gunmen, is theirs, and the retelling no other event.
    /// </summary>
    private static void NameTheAuthorsOfAnAttackTold(Document document, List<Event> events)
    {
        var tokens = document.Tokens;
        for (int b = events.Count - 1; b >= 0; b--)
        {
            var retelling = events[b];
            // (Not an accusation: "accused the federal military of carrying out the strike" is alleged, and stays so.)
            // (An author coded, or named: "members of the Comandos de la Frontera".)
            if (retelling.Plover.Type != "ASSAULT" || retelling.Actor1 is not { } author || author.Code is null && author.Entity is null || retelling.Actor2 is { Text.Length: > 0 }
                || retelling.Modality is not ("asserted" or "reported")
                || document.TokenStartingAt(retelling.Trigger.Start) is not (>= 0 and var trigger) || tokens[trigger].Lemma is not ("carry" or "conduct" or "launch")) continue;
            bool actTold = false;
            for (int t = document.Sentences[retelling.Sentence].FirstToken; t < document.Sentences[retelling.Sentence].EndToken; t++)
            {
                if (tokens[t].Head == trigger && tokens[t].DepRel is "obj" or "nsubj:pass" && tokens[t].Upos == "NOUN" && t > 0
                    && tokens[t - 1].Form.ToLowerInvariant() is "the" or "these" or "this" or "that" or "those") actTold = true;
            }
            if (!actTold) continue;
            var told = events.Take(b).LastOrDefault(e => e.Plover.Type == "ASSAULT" && e.Sentence < retelling.Sentence && retelling.Sentence - e.Sentence <= 2
                                                          && Violent(e) == Violent(retelling));
            if (told is null) continue;
            // ("Airstrikes hit a crowded market": the strikes themselves, or their weapons, are no author; nor are
            // "gunmen" nobody named, once the author is coded.) A told attack's own author stays.
            if (told.Actor1 is not { } doer || doer.Code is null && (IsWeapon(HeadLemma(document, doer)) || IsStrike(HeadLemma(document, doer)))
                || doer.Sector == "UAF" && author.Code is not null)
                told.Actor1 = author;
            events.RemoveAt(b);
        }
    }

    /// <summary>Folds the retelling at <paramref name="b"/> into the last attack of the two sentences before it that <paramref name="samePart"/> accepts.</summary>
    private static void MergeInto(List<Event> events, int b, Func<Event, bool> samePart, Document document)
    {
        var retelling = events[b];
        // (Not an act told on another day than the first telling's own: "On Saturday, gunmen ambushed a police patrol ... its fighters
        // drove police from the Croix-des-Bouquets station in March last year".)
        bool OnAnotherDay(Event e) => retelling.Date?.Value is { } day && e.Date?.Value is { } told && day != told && !DatedByItsReport(document, e)
                                      && DatedByItsAct(document, retelling);
        var first = events.Take(b).LastOrDefault(e => e.Plover.Type == "ASSAULT" && e.Sentence < retelling.Sentence
            && retelling.Sentence - e.Sentence <= 2 && samePart(e) && !OnAnotherDay(e));
        if (first is null) return;
        first.Fatalities = EventTolls.Folded(document, first, retelling.Fatalities, retelling.Quote);
        first.Injuries ??= retelling.Injuries;
        first.Quote ??= retelling.Quote;
        // ("“... then they started shooting at the children,” said Yorgelis Briceño, a 27-year-old Venezuelan who reached Metetí on
        // Tuesday": a witness's words that retell the attack lend it no place or day told of the witness.)
        if (SpeakersOwnStory(document, retelling))
        {
            events.RemoveAt(b);
            return;
        }
        // ("killed at least 50 soldiers ..., security sources said Tuesday. ... stormed the base on Sunday
        // morning": the day the sources spoke gives way to the day the retelling gives the act; so it does for the
        // other mentions of the act in the first telling's sentence, "A ... air strike ... killed at least 21 people".)
        if (DatedByItsAct(document, retelling) && DatedByItsReport(document, first))
        {
            foreach (var mention in events.Where(e => e != first && e.Sentence == first.Sentence && e.Plover.Type == "ASSAULT" && e.Date == first.Date))
                mention.Date = retelling.Date;
            first.Date = retelling.Date;
        }
        else first.Date ??= retelling.Date;
        if (NamesTheSceneBetter(document, first, retelling) || PlacesItMoreNarrowly(document, first, retelling) || NarrowsTheCountry(document, first, retelling))
            first.Place = retelling.Place;
        events.RemoveAt(b);
    }

    /// <summary>
    /// "attacked a military post in western Niger ... The attackers ... struck the post in the Tillaberi region": a
    /// division of the first telling's country, named in the retelling's own sentence, places the act more narrowly.
    /// </summary>
    private static bool NarrowsTheCountry(Document document, Event first, Event retelling) =>
        first.Place is { Precision: "country" } country && retelling.Place is { Precision: "admin1" or "admin2" } division
        && document.SentenceAt(division.Start) == retelling.Sentence && ATownOfTheDivision(document, country, division);

    /// <summary>Whether the act is the subject of "took place", "happened" or "occurred" ("The raids took place Saturday in ...").</summary>
    private static bool SaidToHaveTakenPlace(Document document, Event e)
    {
        var tokens = document.Tokens;
        if (document.TokenStartingAt(e.Trigger.Start) is not (>= 0 and var trigger) || tokens[trigger].DepRel != "nsubj" || tokens[trigger].Head is not (>= 0 and var verb)) return false;
        if (tokens[verb].Lemma is "happen" or "occur") return true;
        return tokens[verb].Lemma == "take" && verb + 1 < tokens.Length && tokens[verb + 1].Lemma == "place" && tokens[verb + 1].Head == verb;
    }

    /// <summary>
    /// "Pakistani security forces killed 23 militants ... The raids took place Saturday in the North Waziristan and Bannu districts":
    /// where an act told again is said to have taken place, in its own sentence, places it when the first telling had only the
    /// dateline or an earlier sentence's place, or a wider one.
    /// </summary>
    private static bool PlacesItMoreNarrowly(Document document, Event first, Event retelling)
    {
        if (!SaidToHaveTakenPlace(document, retelling) || retelling.Place is not { } scene || document.SentenceAt(scene.Start) != retelling.Sentence) return false;
        return first.Place is not { } place || document.SentenceAt(place.Start) != first.Sentence || EventPlaces.PrecisionRank(scene.Precision) < EventPlaces.PrecisionRank(place.Precision);
    }

    /// <summary>Whether the event's date is the time phrase of a verb of reporting in its sentence ("said Tuesday").</summary>
    private static bool DatedByItsReport(Document document, Event e) =>
        DateWord(document, e) is >= 0 and var word && document.Tokens[word].Head is >= 0 and var head
        && head != document.TokenStartingAt(e.Trigger.Start) && EventLexicon.Default.ReportingVerbs.Contains(document.Tokens[head].Lemma ?? "");

    /// <summary>
    /// Whether the event's date hangs on its own trigger ("stormed the base ... on Sunday morning"), not on a report of it:
    /// the first verb above it is the trigger, through nouns the parser may have hung it on ("dropped two bombs on Let Yet
    /// Kone village ... on Tuesday afternoon", with the time on the village).
    /// </summary>
    private static bool DatedByItsAct(Document document, Event e)
    {
        int trigger = document.TokenStartingAt(e.Trigger.Start), word = DateWord(document, e);
        // ("The raids took place Saturday": or on the verb that says the act took place.)
        int tookPlace = SaidToHaveTakenPlace(document, e) ? document.Tokens[trigger].Head : -1;
        for (int t = word, steps = 0; t >= 0 && steps < 6; t = document.Tokens[t].Head, steps++)
        {
            if (t == trigger || t == tookPlace) return true;
            if (t != word && document.Tokens[t].Upos is "VERB" or "AUX") return false;
        }
        return false;
    }

    /// <summary>The first word of the event's date in its sentence, or -1.</summary>
    private static int DateWord(Document document, Event e)
    {
        if (e.Date?.Text is not { Length: > 0 } text) return -1;
        var firstWord = text.Split(' ')[0];
        var s = document.Sentences[e.Sentence];
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (document.Tokens[t].Form == firstWord) return t;
        }
        return -1;
    }

    private static readonly HashSet<string> MilitarySites = new(StringComparer.Ordinal)
        { "base", "post", "outpost", "camp", "garrison", "barracks", "checkpoint", "position" };

    /// <summary>Whether the sentence names a military site ("an attack on an army post").</summary>
    private static bool NamesAMilitarySite(Document document, int sentence)
    {
        var s = document.Sentences[sentence];
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            if (document.Tokens[t].Upos == "NOUN" && MilitarySites.Contains(document.Tokens[t].Lemma ?? "")) return true;
        }
        return false;
    }

    /// <summary>
    /// "OUAGADOUGOU, Burkina Faso (AP) — ... killed 14 civilians in an attack on a village in northern Burkina
    /// Faso ... The assailants arrived on motorbikes in Tin-Akoff": a retelling that names the town in its own
    /// sentence places the attack better than a first telling placed by the dateline or an earlier sentence,
    /// or by a wider division only.
    /// </summary>
    private static bool NamesTheSceneBetter(Document document, Event first, Event retelling)
    {
        if (retelling.Place is not { Precision: "town" } scene || document.SentenceAt(scene.Start) != retelling.Sentence) return false;
        return first.Place is not { } place || place.Precision != "town" || document.SentenceAt(place.Start) != first.Sentence;
    }

    /// <summary>Whether <paramref name="town"/> lies in the first-level division <paramref name="division"/> is ("Tibú" in "Norte de Santander"), or in the country it is.</summary>
    private static bool ATownOfTheDivision(Document document, EventPlace? division, EventPlace town)
    {
        if (division is null || division.Precision == "town") return false;
        var wide = document.Places.FirstOrDefault(p => p.Start == division.Start && p.End == division.End);
        var narrow = document.Places.FirstOrDefault(p => p.Start == town.Start && p.End == town.End);
        // (Or of the country: "Clashes ... in northern Bangladesh ... The clashes took place in the Gaibandha district".)
        if (wide is { Feature: "PCLI", Country: { } nation } && narrow is { Feature: not "PCLI" } && narrow.Country == nation) return true;
        return wide is { Feature: "ADM1", Name: { } name, Country: { } country } && narrow is { Admin1: { } admin1 } && narrow.Country == country
               && name.StartsWith(admin1, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Myanmar military airstrike kills 12 in Sagaing village" over a lead that tells the airstrike: a
    /// headline restates its story, so an act it names that the story tells again (the same kind of act,
    /// actors that can be one) is that act, told in the story with its date, place and sources; the headline
    /// only fills what the story leaves out.
    /// </summary>
    private static void FoldTheHeadlineIntoTheStory(Document document, List<Event> events)
    {
        if (!OpensWithAHeadline(document)) return;
        for (int h = events.Count - 1; h >= 0; h--)
        {
            var headline = events[h];
            if (headline.Sentence != 0) continue;
            // (Killing told as unconventional violence in the lead, 18, and as force in the headline, 19, is one act;
            // so is a repression that killed.)
            // (A killing with the same toll is the same act whatever its target is called: "Israeli strike on school sheltering
            // displaced families kills at least 22" over "An Israeli airstrike hit a school ..., killing at least 22 people".)
            // (So is a headline's clash of the police with a crowd the lead tells as force used to disperse it: "Bangladesh police
            // clash with garment workers" over "Police fired rubber bullets and tear gas ... to disperse thousands of garment workers".)
            var telling = events.FirstOrDefault(e => e.Sentence > 0 && e.Sentence <= LeadEnd
                                                     && (e.Cameo[..2] == headline.Cameo[..2] || BothViolent(e, headline) || headline.Cameo[..2] == "19" && e.Plover.Mode == "crowd-control")
                                                     && SameOrMoreDetailed(e.Actor1, headline.Actor1)
                                                     && (SameOrMoreDetailed(e.Actor2, headline.Actor2) || BothViolent(e, headline) && e.Fatalities?.Min is { } dead && dead == headline.Fatalities?.Min));
            if (telling is null) continue;
            telling.Actor1 = Better(telling.Actor1, headline.Actor1);
            telling.Actor2 = Better(telling.Actor2, headline.Actor2);
            telling.Fatalities ??= headline.Fatalities;
            telling.Injuries ??= headline.Injuries;
            telling.Place ??= headline.Place;
            events.RemoveAt(h);
        }
    }

    /// <summary>
    /// Whether both events are killing violence: assault or force (18, 19), or a repression that killed
    /// ("Kenyan police kill 8" over "police fired tear gas and live bullets at protesters ..., killing at least
    /// eight people", 175).
    /// </summary>
    private static bool BothViolent(Event a, Event b) => KillingViolence(a) && KillingViolence(b);

    private static bool KillingViolence(Event e) => e.Cameo[..2] is "18" or "19" || e.Cameo.StartsWith("175", StringComparison.Ordinal) && e.Fatalities?.Min > 0;

    /// <summary>The last sentence of a lead after a headline and a dateline (a headline sums up the lead, not the background).</summary>
    private const int LeadEnd = 3;

    /// <summary>Whether two readings of an actor can be one, a country's code also the same as its forces' ("IND", "INDMIL"),
    /// and the headline's unidentified gunmen the lead's named armed group ("Gunmen kill 14 villagers" over "Suspected
    /// jihadi fighters killed at least 14 civilians").</summary>
    private static bool SameOrMoreDetailed(EventActor? x, EventActor? y) =>
        Compatible(x, y) || x!.Code is { Length: >= 3 } a && y!.Code is { Length: >= 3 } b && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))
        || y is { Sector: "UAF" } && x is { Sector: "REB" or "SEP" or "INS" or "UAF" or "CRM" } && (x.Country is null || y.Country is null || x.Country == y.Country)
        // ("Myanmar junta air strike ..." over "A Myanmar military air strike ...": a state's government and its
        // armed forces, one side of the same act; "Indian police kill 3 suspected militants" over "Indian security forces
        // killed three suspected militants": its police too.)
        || x is { Country: { } country, Sector: "MIL" or "GOV" or "COP" } && y is { Sector: "MIL" or "GOV" or "COP" } && y.Country == country;

    /// <summary>Whether the first sentence is a headline: a paragraph of its own, with no full stop, not a dateline.</summary>
    private static bool OpensWithAHeadline(Document document)
    {
        if (document.Sentences.Count < 2) return false;
        var first = document.Sentences[0];
        return document.OpensParagraph(document.Sentences[1].Start) && !EventsStage.EndsWithAFullStop(document, first)
               && document.Tokens[first.EndToken - 1].Form is not ("—" or "–" or "-" or "--");
    }

    /// <summary>
    /// "The fighters" after "militants", "the gunmen" after "jihadists" or "gang members": armed groups outside the
    /// state, both (a gang's men too, told again as gunmen).
    /// </summary>
    private static bool SameArmedGroupKind(EventActor earlier, EventActor later) =>
        earlier.Sector is "REB" or "SEP" or "UAF" or "INS" or "CRM" && later.Sector is "REB" or "SEP" or "UAF" or "INS" && (earlier.Sector != "CRM" || later.Sector == "UAF");

    private static bool Overlap(EventActor x, EventActor y) => x.Start < y.End && y.Start < x.End;

    /// <summary>Whether two speakers in different sentences are different ones: two entities, or words with different heads.</summary>
    private static bool TwoSpeakers(Document document, EventActor x, EventActor y) =>
        x.Entity is not null && y.Entity is not null ? x.Entity != y.Entity : HeadLemma(document, x) is { } head && HeadLemma(document, y) is { } otherHead && head != otherHead;


    private static bool SameAct(Event x, Event y) =>
        x.Cameo.Length < 3 || y.Cameo.Length < 3 || x.Cameo[..3] == y.Cameo[..3]
        || x.Plover.Type == y.Plover.Type && x.Plover.Type is "ASSAULT" or "PROTEST"
           && (x.Cameo.StartsWith("181", StringComparison.Ordinal) == y.Cameo.StartsWith("181", StringComparison.Ordinal) || SameDoer(x, y));

    /// <summary>
    /// ("The bombing followed the abduction of four fishermen": an abduction is an act of its own, unless the
    /// same men did both: "abducted by armed men who stormed his home".)
    /// </summary>
    private static bool SameDoer(Event x, Event y) => x.Actor1 is { } a && y.Actor1 is { } b && (a.Start == b.Start || a.Text == b.Text);

    /// <summary>
    /// Whether <paramref name="toll"/> is a killing, by the fight's doers, of the side <paramref name="fight"/> (a "fight", "clash" or
    /// "battle") was with: coded alike, or one of the two an armed group of no known side of the same country ("the attackers" UAF,
    /// "cartel gunmen" CRM).
    /// </summary>
    private static bool TollOfTheSideFought(Document document, Event fight, Event toll)
    {
        if (fight.Actor2 is not { Code: { } side } foughtSide || toll.Actor2 is not { Code: { } dead } killed || !Compatible(fight.Actor1, toll.Actor1)
            || document.TokenStartingAt(fight.Trigger.Start) is not (>= 0 and var fought) || document.Tokens[fought].Lemma is not ("fight" or "clash" or "battle")
            || document.TokenStartingAt(toll.Trigger.Start) is not (>= 0 and var kill) || document.Tokens[kill].Lemma != "kill") return false;
        return side == dead || foughtSide.Country == killed.Country && (foughtSide.Sector == "UAF" || killed.Sector == "UAF");
    }

    /// <summary>
    /// "attacked a train, killing eight people and abducting more than 60": an abduction of other people than
    /// the violence's victims is an act of its own ("armed men who stormed his home" to abduct him is not).
    /// </summary>
    private static bool KilledSomeAndTookOthers(Document document, Event x, Event y) =>
        (x.Cameo.StartsWith("181", StringComparison.Ordinal) || y.Cameo.StartsWith("181", StringComparison.Ordinal))
        && x.Actor2 is { } a && y.Actor2 is { } b && a.Start != b.Start && !NamesAPlaceOrThing(document, a) && !NamesAPlaceOrThing(document, b);

    /// <summary>Whether the act noun of <paramref name="act"/> hangs right on the verb of <paramref name="verb"/> ("battled ... in a fight").</summary>
    /// <summary>Whether the act is told by a participle in "-ing" hung on the verb ("attacked a police station ..., wounding three officers").</summary>
    private static bool ParticipleOf(Document document, Event verb, Event act) =>
        document.TokenStartingAt(act.Trigger.Start) is >= 0 and var participle && document.Tokens[participle].Xpos == "VBG" && document.Tokens[participle].DepRel == "advcl"
        && document.Tokens[participle].Head == document.TokenStartingAt(verb.Trigger.Start);

    private static bool OnItsVerb(Document document, Event verb, Event act) =>
        document.TokenStartingAt(act.Trigger.Start) is >= 0 and var noun && document.Tokens[noun].Upos == "NOUN"
        && document.Tokens[noun].Head == document.TokenStartingAt(verb.Trigger.Start);

    /// <summary>
    /// "the attackers shot dead six civilians ... and abducted about 20 women": one sentence's two acts by
    /// one actor on different people, each named, are different events. (Coordinated victims of one act,
    /// "abducted a doctor and two nurses", stay one; and so do a convoy or patrol and its dead, "Four soldiers were killed by gunmen
    /// who ambushed an army convoy".)
    /// </summary>
    private static bool DistinctVictims(Document document, Event x, Event y) =>
        x.Plover.Type == "ASSAULT" && x.Trigger.Start != y.Trigger.Start
        && (x.Actor1 is not null && y.Actor1 is not null || TwoPassivesOfTheirOwn(document, x, y))
        && x.Actor2 is { Code: not null } a && y.Actor2 is { Code: not null } b && a.Start != b.Start
        && !NamesAPlaceOrThing(document, a) && !NamesAPlaceOrThing(document, b) && !GroupAndItsDead(x, y) && !GroupAndItsDead(y, x);

    /// <summary>
    /// Whether the consequence only wounded people at the force's post, patrol or convoy the cause attacked ("dropped explosives ... onto
    /// the police station in Briceño, wounding two officers"): the attack stays on the post, as coders code it when none were killed; so
    /// with peacekeepers' ("ambushed a MINUSCA patrol near Zemio, wounding two peacekeepers from Zambia").
    /// </summary>
    private static bool WoundedAtAForcesPost(Document document, Event cause, Event consequence) =>
        consequence.Fatalities is null && consequence.Injuries is not null && cause.Actor2 is { Sector: "COP" or "MIL" or "IGO" } post
        && HeadLemma(document, post) is "station" or "post" or "outpost" or "checkpoint" or "base" or "camp" or "patrol" or "convoy" or "barracks" or "position";

    /// <summary>(A group wounded only is named as the group: "their patrol was attacked", when two soldiers were wounded, targets the patrol.)</summary>
    private static bool GroupAndItsDead(Event group, Event dead) => dead.Fatalities is not null && PeopleOfTheGroup(group, dead) is not null;

    /// <summary>
    /// "urged residents not to travel after dark and asked bus operators ... to move only in convoys": one speaker's words told
    /// by two verbs to two addressees are two appeals (or demands, or threats), as coders code them.
    /// </summary>
    private static bool DistinctAddressees(Event x, Event y) =>
        x.Trigger.Start != y.Trigger.Start && x.Cameo[..2] is "02" or "10" or "11" or "12" or "13" && y.Cameo[..2] == x.Cameo[..2]
        && x.Actor2 is { } a && y.Actor2 is { } b && !Overlap(a, b) && a.Text != b.Text;

    /// <summary>Whether the act noun of <paramref name="act"/> is (or is coordinated with) the object of the verb of <paramref name="verb"/>.</summary>
    private static bool ObjectOfTheOther(Document document, Event verb, Event act)
    {
        if (document.TokenStartingAt(act.Trigger.Start) is not (>= 0 and var noun) || document.TokenStartingAt(verb.Trigger.Start) is not (>= 0 and var doing)
            || document.Tokens[noun].Upos != "NOUN") return false;
        var tokens = document.Tokens;
        for (int steps = 0; steps < 4 && tokens[noun].DepRel == "conj" && tokens[noun].Head >= 0; steps++) noun = tokens[noun].Head;
        return tokens[noun].DepRel == "obj" && tokens[noun].Head == doing;
    }

    /// <summary>
    /// "imposed a dusk-to-dawn curfew on Moundou ... and banned the carrying of weapons": two restrictions (CAMEO 172: curfews,
    /// bans, closures) told by coordinated verbs, each with an object of its own, are two measures, as coders code them.
    /// </summary>
    private static bool TwoMeasuresOfCoordinatedVerbs(Document document, Event x, Event y)
    {
        if (!x.Cameo.StartsWith("172", StringComparison.Ordinal) || !y.Cameo.StartsWith("172", StringComparison.Ordinal) || x.Trigger.Start == y.Trigger.Start
            || document.TokenStartingAt(x.Trigger.Start) is not (>= 0 and var a) || document.TokenStartingAt(y.Trigger.Start) is not (>= 0 and var b)) return false;
        var tokens = document.Tokens;
        bool coordinated = tokens[a].Head == b && tokens[a].DepRel == "conj" || tokens[b].Head == a && tokens[b].DepRel == "conj";
        return coordinated && HasObject(tokens, a) && HasObject(tokens, b);
    }

    private static bool HasObject(Token[] tokens, int verb)
    {
        for (int t = verb + 1; t < tokens.Length && tokens[t].Sentence == tokens[verb].Sentence; t++)
        {
            if (tokens[t].Head == verb && tokens[t].DepRel == "obj") return true;
        }
        return false;
    }

    /// <summary>
    /// "a police sergeant was shot and wounded in an ambush ..., and on Sunday two soldiers were killed by gunmen": two passives,
    /// each with its own subject, tell what happened to each (the doer one names is not the other's).
    /// </summary>
    internal static bool TwoPassivesOfTheirOwn(Document document, Event x, Event y)
    {
        var tokens = document.Tokens;
        int SubjectOf(Event e)
        {
            int trigger = document.TokenStartingAt(e.Trigger.Start);
            // ("a police sergeant was shot and wounded in an ambush": an act noun the passive happened in has its subject.)
            if (trigger >= 0 && tokens[trigger].Upos == "NOUN" && tokens[trigger].DepRel == "obl" && tokens[trigger].Head is >= 0 and var passive
                && tokens[passive].Upos == "VERB") trigger = passive;
            if (trigger < 0 || tokens[trigger].Upos != "VERB") return -1;
            for (int t = document.Sentences[tokens[trigger].Sentence].FirstToken; t < trigger; t++)
            {
                if (tokens[t].Head == trigger && tokens[t].DepRel == "nsubj:pass") return t;
            }
            return -1;
        }
        return SubjectOf(x) is >= 0 and var one && SubjectOf(y) is >= 0 and var other && one != other;
    }

    /// <summary>
    /// "opened fire on the convoy ... and set several tankers ablaze", "abducted three lorry drivers ... and set their
    /// vehicles ablaze": a burning of things coordinated after an act of violence on people, by the same doers, is a
    /// detail of that act, as a participle of it would be ("killing ... and setting dozens of homes ablaze"), not an
    /// event of its own.
    /// </summary>
    private static void DropBurningsToldAfterAnAttack(Document document, List<Event> events)
    {
        var tokens = document.Tokens;
        for (int b = events.Count - 1; b >= 0; b--)
        {
            var burning = events[b];
            if (burning.Cameo != "180" || burning.Actor2 is not { } things || !NamesAPlaceOrThing(document, things)) continue;
            int trigger = document.TokenStartingAt(burning.Trigger.Start);
            if (trigger < 0 || tokens[trigger].DepRel != "conj" || tokens[trigger].Head is not (>= 0 and var first) || first > trigger) continue;
            bool detail = events.Any(e => e != burning && ViolentActTold(document, e, first)
                                          && e.Actor2 is { } people && !NamesAPlaceOrThing(document, people) && Compatible(e.Actor1, burning.Actor1));
            if (detail) events.RemoveAt(b);
        }
    }

    /// <summary>
    /// "a motorcycle bomb killed a street vendor and wounded 14 people": the wounded told by a verb coordinated with a killing
    /// are the killing's (its count of the injured holds them), not a second attack. So are the dead of an attack on a place or
    /// a thing ("a drone hit a Koranic school and killed four pupils"), whom the attack targets (not an armed group's: "ambushed
    /// an army patrol ... and killed five soldiers" is told twice by the coders; nor someone shot, "shot and killed a governor").
    /// </summary>
    private static void FoldCoordinatedConsequences(Document document, List<Event> events)
    {
        var tokens = document.Tokens;
        for (int b = events.Count - 1; b >= 0; b--)
        {
            var second = events[b];
            int trigger = document.TokenStartingAt(second.Trigger.Start);
            if (trigger < 0 || tokens[trigger].Upos != "VERB" || tokens[trigger].DepRel != "conj" || tokens[trigger].Head is not (>= 0 and var first) || first > trigger) continue;
            if (tokens[trigger].Lemma is "wound" or "injure")
            {
                if (tokens[first].Lemma == "kill" && events.Any(e => e != second && ViolentActTold(document, e, first) && e.Injuries is not null
                                                                     && Compatible(e.Actor1, second.Actor1)))
                    events.RemoveAt(b);
            }
            else if (tokens[trigger].Lemma == "kill" && tokens[first].Lemma is not ("shoot" or "stab" or "beat" or "hack") && second.Actor1 is { } killers && second.Actor2 is not null
                     && events.FirstOrDefault(e => e != second && ViolentActTold(document, e, first) && e.Actor1?.Start == killers.Start
                                                   && (e.Actor2 is null || IsAPlaceAttacked(document, e.Actor2))) is { } attack)
            {
                attack.Fatalities ??= second.Fatalities;
                attack.Actor2 = second.Actor2;
                events.RemoveAt(b);
            }
        }
    }

    /// <summary>A place or a thing an attack struck, no armed group's ("a Koranic school", "a crowded market"; not "an army patrol").</summary>
    private static bool IsAPlaceAttacked(Document document, EventActor target) =>
        !NamesArmedGroup(target.Text) && (NamesAPlaceOrThing(document, target)
                                          || HeadLemma(document, target) is "school" or "market" or "hospital" or "clinic" or "mosque" or "church" or "university");

    /// <summary>
    /// "troops and CJTF members clashed with insurgents near Monguno, ..., in fighting that the army said left nine militants
    /// dead": the fighting a violent act was "in", hung on its verb, is that act, not a second fight (whose sides the parse may
    /// take from the act's coordinated doers, in either order).
    /// </summary>
    private static void DropTheFightingAClashWasIn(Document document, List<Event> events)
    {
        var tokens = document.Tokens;
        for (int b = events.Count - 1; b >= 0; b--)
        {
            var fighting = events[b];
            int trigger = document.TokenStartingAt(fighting.Trigger.Start);
            if (trigger < 1 || !tokens[trigger].Form.Equals("fighting", StringComparison.OrdinalIgnoreCase) || !tokens[trigger - 1].Form.Equals("in", StringComparison.OrdinalIgnoreCase)
                || tokens[trigger].Head is not (>= 0 and var act) || act > trigger) continue;
            if (events.Any(e => e != fighting && ViolentActTold(document, e, act))) events.RemoveAt(b);
        }
    }

    /// <summary>
    /// "Two suspects were arrested on Tuesday during raids in Ventanas": a raid or an operation named as the occasion of an
    /// arrest ("during", "in") is how the arrest was made, not an attack of its own; the arrest takes any doer the raid named.
    /// </summary>
    private static void DropRaidsThatAnArrestWasMadeIn(Document document, List<Event> events)
    {
        var tokens = document.Tokens;
        for (int b = events.Count - 1; b >= 0; b--)
        {
            var raid = events[b];
            int trigger = document.TokenStartingAt(raid.Trigger.Start);
            if (raid.Plover.Type != "ASSAULT" || trigger < 0 || tokens[trigger].Upos != "NOUN" || tokens[trigger].Lemma is not ("raid" or "operation" or "sweep")
                || !(tokens[trigger].DepRel ?? "").StartsWith("obl", StringComparison.Ordinal) || tokens[trigger].Head is not (>= 0 and var head)
                || !OpenedBy(tokens, trigger, "during", "in")) continue;
            var arrest = events.FirstOrDefault(e => e.Cameo.StartsWith("173", StringComparison.Ordinal) && document.TokenStartingAt(e.Trigger.Start) == head);
            if (arrest is null) continue;
            arrest.Actor1 ??= raid.Actor1;
            events.RemoveAt(b);
        }
    }

    /// <summary>Whether a noun's phrase is opened by one of the prepositions (its case, within the four words before it).</summary>
    private static bool OpenedBy(Token[] tokens, int noun, params string[] prepositions)
    {
        for (int t = Math.Max(0, noun - 4); t < noun; t++)
        {
            if (tokens[t].Head == noun && tokens[t].DepRel == "case" && prepositions.Contains(tokens[t].Form.ToLowerInvariant())) return true;
        }
        return false;
    }

    /// <summary>
    /// "torched dozens of homes and kidnapped at least 15 people": an abduction coordinated with a deed done to things
    /// is an act of its own (merged, the burning took the abducted for its victims). Not the means of the abduction:
    /// "abducted by armed men who stormed his home". (A burning told after the abduction is its detail, dropped before:
    /// <see cref="DropBurningsToldAfterAnAttack"/>.)
    /// </summary>
    private static bool AbductionBesideADeedOnThings(Document document, Event x, Event y)
    {
        bool xAbducts = x.Cameo.StartsWith("181", StringComparison.Ordinal);
        if (xAbducts == y.Cameo.StartsWith("181", StringComparison.Ordinal)) return false;
        var (abduction, deed) = xAbducts ? (x, y) : (y, x);
        int a = document.TokenStartingAt(x.Trigger.Start), b = document.TokenStartingAt(y.Trigger.Start);
        bool coordinated = a >= 0 && b >= 0 && (document.Tokens[b].DepRel == "conj" && document.Tokens[b].Head == a || document.Tokens[a].DepRel == "conj" && document.Tokens[a].Head == b);
        return coordinated && deed.Actor2 is { } things && NamesAPlaceOrThing(document, things)
               && abduction.Actor2 is { } people && !NamesAPlaceOrThing(document, people);
    }

    /// <summary>Nouns that refer back to an attacker already named.</summary>
    private static readonly HashSet<string> RetellingAttackers = new(StringComparer.Ordinal)
        { "assailant", "attacker", "perpetrator", "bomber", "kidnapper", "abductor", "raider", "shooter", "driver" };

    private static readonly HashSet<string> Weapons = new(StringComparer.Ordinal)
        { "bomb", "explosive", "device", "ied", "mine", "grenade", "missile", "rocket", "shell", "mortar", "gun", "rifle", "vest" };

    private static bool IsWeapon(string? lemma) => lemma is not null && Weapons.Contains(lemma);

    /// <summary>
    /// An act or a weapon standing as the subject of its own harm ("Airstrikes hit a market", "Shelling killed two", "A
    /// drone struck"), as the actor search knows them (<see cref="EventsStage.ActNouns"/>, <see cref="EventsStage.WeaponNouns"/>).
    /// (A plural opening the sentence may keep its form as its lemma: "Airstrikes".)
    /// </summary>
    private static bool IsStrike(string? lemma) => lemma is not null && (IsActOrWeapon(lemma) || lemma.EndsWith('s') && IsActOrWeapon(lemma[..^1]));

    private static bool IsActOrWeapon(string lemma) => EventsStage.ActNouns.Contains(lemma) || EventsStage.WeaponNouns.Contains(lemma) || lemma == "bombardment";

    /// <summary>The lemma of the actor phrase's head (<see cref="HeadToken"/>), lower case; null when none is found.</summary>
    private static string? HeadLemma(Document document, EventActor actor) =>
        HeadToken(document, actor) is >= 0 and var t ? (document.Tokens[t].Lemma ?? document.Tokens[t].Form).ToLowerInvariant() : null;

    /// <summary>Whether the phrase's head has a noun or a name as its possessor ("the opposition's demand"; not "its demand").</summary>
    private static bool NamesItsAuthor(Document document, EventActor actor)
    {
        int head = HeadToken(document, actor);
        if (head < 0) return false;
        var tokens = document.Tokens;
        for (int t = document.TokenStartingAt(actor.Start); t >= 0 && t < head; t++)
        {
            if (tokens[t].Head == head && tokens[t].DepRel == "nmod:poss" && tokens[t].Upos is "NOUN" or "PROPN") return true;
        }
        return false;
    }

    /// <summary>The actor phrase's head: its token whose own head lies outside the phrase; -1 if none.</summary>
    private static int HeadToken(Document document, EventActor actor)
    {
        var tokens = document.Tokens;
        for (int t = document.TokenStartingAt(actor.Start); t >= 0 && t < tokens.Length && tokens[t].End <= actor.End; t++)
        {
            int head = tokens[t].Head;
            if (head < 0 || tokens[head].Start < actor.Start || tokens[head].End > actor.End) return t;
        }
        return -1;
    }

    /// <summary>The lemma of the event's trigger ("attack" for "attacked"), lower case; null when its token is not found.</summary>
    private static string? TriggerLemma(Document document, Event e) =>
        document.TokenStartingAt(e.Trigger.Start) is >= 0 and var t ? (document.Tokens[t].Lemma ?? document.Tokens[t].Form).ToLowerInvariant() : null;

    /// <summary>Whether the phrase opens with "the", "this", "that", "these", "those" or a possessive.</summary>
    private static bool IsDefinite(Document document, EventActor actor)
    {
        int first = document.TokenStartingAt(actor.Start);
        return first >= 0 && (document.Tokens[first].Form.ToLowerInvariant() is "the" or "this" or "that" or "these" or "those" or "its" or "their"
            || document.Tokens[first].DepRel == "nmod:poss");
    }

    /// <summary>
    /// Whether the later mention names no place of its own in its sentence, or the cause's. A place taken
    /// from outside its sentence (the dateline's) is not one it names.
    /// </summary>
    private static bool SamePlaceOrNone(Document document, Event cause, Event consequence) =>
        consequence.Place is null || !Within(document.Sentences[consequence.Sentence], consequence.Place) || cause.Place is not null && cause.Place.Start == consequence.Place.Start
        || consequence.Place.GeonamesId is { } id && id == cause.Place?.GeonamesId;

    /// <summary>
    /// "... an army officer told AFP that eight soldiers had been killed, while a security source in
    /// Natitingou said ...": a later count of the same kind of victims (soldiers after an attack that killed
    /// soldiers) is that attack's toll wherever its teller is.
    /// </summary>
    /// <summary>Whether the dead are one of the act's sides by code, sector or head word ("Three soldiers" of "soldiers clashed with gunmen").</summary>
    private static bool NamesASideOf(Event act, EventActor? dead)
    {
        if (dead is null) return false;
        var word = dead.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return new[] { act.Actor1, act.Actor2 }.Any(side => side is not null && (side.Code is not null && side.Code == dead.Code
            || side.Sector is not null && side.Sector == dead.Sector || word is not null && side.Text.Split(' ').Contains(word, StringComparer.OrdinalIgnoreCase)));
    }

    private static bool SameVictims(Event cause, Event toll) =>
        cause.Actor2?.Sector is { } sector && toll.Actor2?.Sector == sector && (cause.Fatalities is not null || cause.Injuries is not null);

    private static bool Within(Sentence sentence, EventPlace place) => place.Start >= sentence.Start && place.End <= sentence.End;

    /// <summary>
    /// Whether two readings of an actor can be one: the same code or entity, or either missing or naming
    /// no actor at all ("raided a hideout and killed eight insurgents": the hideout is where, not whom).
    /// </summary>
    private static bool Compatible(EventActor? x, EventActor? y) =>
        x is null || y is null || NamesNoActor(x) || NamesNoActor(y) || x.Code is not null && x.Code == y.Code || x.Entity is not null && x.Entity == y.Entity;

    /// <remarks>
    /// A military position's people are fighters ("attacked M23 rebel positions ..., sparking hours of fighting
    /// that killed at least 11 people": the dead are not the positions' people).
    /// </remarks>
    private static bool PlaceAndItsPeople(Document document, EventActor? place, EventActor? people) =>
        place is not null && people is not null && NamesAPlaceOrThing(document, place) && !NamesNoActor(people) && !NamesAPlaceOrThing(document, people)
        && (!NamesArmedGroup(place.Text) || people.Sector is { } sector && Actors.SectorCodes.Armed.Contains(sector));

    /// <summary>
    /// "A military air strike hit a monastery on the edge of Taungoo on Wednesday ..." and, sentences on, "Troops shelled two villages
    /// outside Pyu on Wednesday": acts of the same sides on the same day placed in towns far apart (over 30 km) are two acts.
    /// </summary>
    private static bool TownsApart(EventPlace? one, EventPlace? other) =>
        one is { Precision: "town", Lat: { } lat1, Lon: { } lon1 } && other is { Precision: "town", Lat: { } lat2, Lon: { } lon2 }
        && Places.GreatCircle.DistanceKm(lat1, lon1, lat2, lon2) > 30;

    private static bool NamesNoActor(EventActor actor) => actor.Code is null && actor.Entity is null;

    /// <summary>The reading that names an actor wins over one that names none or is missing.</summary>
    private static EventActor? Better(EventActor? kept, EventActor? other) =>
        kept is null || NamesNoActor(kept) && other is not null && !NamesNoActor(other) ? other : kept;

    public static Event Renumbered(Event e, int index)
    {
        if (e.Id == "V" + (index + 1)) return e;
        return new Event
        {
            Id = "V" + (index + 1), Sentence = e.Sentence, Trigger = e.Trigger, Cameo = e.Cameo, Plover = e.Plover, Acled = e.Acled,
            Actor1 = e.Actor1, Actor2 = e.Actor2, Place = e.Place, Date = e.Date, Fatalities = e.Fatalities, Injuries = e.Injuries,
            Modality = e.Modality, Quote = e.Quote, Confidence = e.Confidence,
            Actor1Associated = e.Actor1Associated, Actor2Associated = e.Actor2Associated,
        };
    }
}
