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
public sealed partial class EventsStage : IPipelineStage
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
        var places = EventPlaces.Candidates(document, _gazetteer);
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
                // ("blocked the highway with tree trunks and burning tires": nor one coordinated with what a "with" phrase names.)
                if (!_petrarchConventions && token.Xpos == "VBG" && token.DepRel == "conj" && token.Head >= 0 && document.Tokens[token.Head].Upos == "NOUN"
                    && children[token.Head].Any(c => document.Tokens[c].DepRel == "case" && document.Tokens[c].Form.Equals("with", StringComparison.OrdinalIgnoreCase))) continue;
                if (!_petrarchConventions && token.Xpos == "VBG" && (token.DepRel == "amod" && token.Head > i
                        || token.Lemma == "strike" && i + 1 < sentence.EndToken && document.Tokens[i + 1].Xpos is "NNS" or "NN")) continue;
                var match = Match(document, children, i, sentence, Phrases);
                // ("a roadside bomb planted by suspected al Shabaab militants tore through a minibus": a verb whose only pattern is an
                // explosive's, with an explosive subject however far from it, is that bombing.)
                // (Not one a participle of the explosive already tells: "explosives dropped from a drone had hit an army base".)
                if (match is null && !_petrarchConventions && token.Upos == "VERB" && ExplosiveSubject(document.Tokens, children, i)
                    && !children[i].Where(c => document.Tokens[c].DepRel == "nsubj").SelectMany(c => children[c])
                           .Any(c => document.Tokens[c].DepRel == "acl" && _lexicon.PatternsFor(document.Tokens[c].Lemma ?? "").Any(p => p.Cameo is not null))
                    && _lexicon.PatternsFor(token.Lemma ?? "").FirstOrDefault(p => p.Cameo == "183") is { } explosion)
                    match = (explosion, -1, -1);
                if (match is null) continue;
                var (pattern, target, source) = match.Value;
                // ("a bomb hidden in a motorcycle killed three people": a killing or wounding whose subject is an explosive is a bombing,
                // however far the explosive stands from the verb, as "a roadside bomb killed" is.)
                // ("a soldier was killed by a landmine planted on a path": or whose passive's agent is one, not shells fired at people.)
                if (!_petrarchConventions && pattern.Cameo == "190" && pattern.Context is null
                    && (ExplosiveSubject(document.Tokens, children, i) || ExplosiveAgent(document.Tokens, children, i))
                    && _lexicon.PatternsFor(token.Lemma ?? "").FirstOrDefault(p => p.Cameo == "183") is { } bombing)
                    pattern = bombing;
                if (pattern.Cameo is null || pattern.PloverType is null && !_petrarchConventions) continue;
                if (!_petrarchConventions && NamesNoEventOfItsOwn(document.Tokens, children, i, pattern)) continue;
                // "The conflict has killed more than 6,000 people since 2017", "attacks have killed dozens of soldiers
                // since 2021": a war's running total is background, no incident.
                if (!_petrarchConventions && (CasualtyFinder.IsRunningTotal(document, i) || token.Upos == "NOUN" && token.Head >= 0 && CasualtyFinder.IsRunningTotal(document, token.Head))) continue;
                var phrases = Phrases();
                if (facts is null)
                {
                    var tolls = CasualtyFinder.Find(document, sentence.FirstToken, sentence.EndToken);
                    facts = (DateResolver.Find(document, sentence.FirstToken, sentence.EndToken), tolls.Killed, tolls.Injured);
                }
                var (date, killed, injured) = facts.Value;
                int clauseEnd = Math.Min(sentence.EndToken, SubtreeEnd(children, i) + 1);
                // ("killed three suspected militants ..., a week after an attack on tourists killed 26 people": of a sentence's
                // counts of the dead, the one in the act's own clause, when the first is not.)
                if (killed is { } first && SubtreeStart(children, i) is var clauseStart
                    && !(document.Tokens[clauseStart].Start <= first.Start && first.Start < document.Tokens[clauseEnd - 1].End)
                    && CasualtyFinder.Counts(document, clauseStart, clauseEnd).FirstOrDefault(c => c.Killed).Count is { } own)
                    killed = own;
                // "blocked the coastal highway on Saturday and rallied outside City Hall on Monday": a coordinated
                // verb with a day of its own happened on that day; so did the act of a relative clause on the subject
                // ("Tom Barrack, who visited Hasakah last month, urged both sides on Wednesday").
                // ("..., and in February a bus driver was shot dead", with "and" hung on the day: a clause after "and", however hung.)
                int opening = SubtreeStart(children, i);
                // (", and last week soldiers and police raided homes", hung as a parataxis.)
                bool afterAnd = token.DepRel == "conj" || token.DepRel is "advcl" or "parataxis"
                    && OpensWithAnd(document.Tokens, opening, i);
                // ("Last month, gunmen abducted 19 passengers ...; the passengers were freed on Sept. 5": so the clause after a semicolon.)
                // ("... abducted three employees ...; they were freed unharmed on Monday", hung as a complement.)
                bool afterSemicolon = token.DepRel is "parataxis" or "conj" or "ccomp" && opening < i && document.Tokens[opening].Form == ";";
                // ("The army sent reinforcements on Wednesday, a military source said, while the senior divisional officer met traditional
                // rulers in the town on Thursday": so the clause of "while" that tells its own day.)
                bool whileClause = token.DepRel == "advcl" && children[i].Any(c => c < i && document.Tokens[c].DepRel == "mark" && document.Tokens[c].Form.Equals("while", StringComparison.OrdinalIgnoreCase));
                // ("On Monday, the WFP airlifted ..., and MSF said its team ... treated 26 wounded on Tuesday night": so what a reporter
                // after "and" says, told with its own day.)
                bool reportedAfterAnd = token.DepRel == "ccomp" && token.Head is >= 0 and var reporter
                    && (document.Tokens[reporter].DepRel == "conj" || document.Tokens[reporter].DepRel is "advcl" or "parataxis"
                        && OpensWithAnd(document.Tokens, SubtreeStart(children, reporter), reporter));
                if ((afterAnd || afterSemicolon || whileClause || reportedAfterAnd || token.DepRel == "acl:relcl" && token.Head >= 0)
                    && token.Upos == "VERB" && OwnDay(document, i, clauseEnd, afterAnd ? opening : null) is { } ownDate) date = ownDate;
                // ("..., and in August militants attacked a Frontier Corps camp in Panjgur, killing three soldiers": a participle of such a
                // clause takes the clause's day.)
                else if (token.Xpos == "VBG" && token.DepRel == "advcl" && token.Head is >= 0 and var governing && document.Tokens[governing].DepRel == "conj"
                         && document.Tokens[governing].Upos == "VERB" && SubtreeStart(children, governing) is var governingStart && governingStart < governing
                         && document.Tokens[governingStart].Form is "and" or ","
                         && OwnDay(document, governing, Math.Min(sentence.EndToken, SubtreeEnd(children, governing) + 1), governingStart) is { } clausesDay) date = clausesDay;
                // ("Four soldiers were killed by gunmen who ambushed an army convoy ... on Monday": a passive act whose agent's relative
                // clause tells a day of its own happened that day.)
                else if (!_petrarchConventions && token.Xpos == "VBN" && AgentsRelativeClause(document.Tokens, children, i) is >= 0 and var agentsAct
                         && OwnDay(document, agentsAct, Math.Min(sentence.EndToken, SubtreeEnd(children, agentsAct) + 1)) is { Precision: "day" } agentsDay) date = agentsDay;
                // ("demanded on Wednesday that ..., after a shooting attack on Monday wounded an Israeli motorist": a past act of an
                // "after" or "since" clause with a day of its own happened on that day.)
                else if (!_petrarchConventions && token.Xpos == "VBD" && DayOfItsAfterClause(document, children, i) is { } earlier) date = earlier;
                // ("and that air strikes near the Niger border on Monday had \"neutralised\" dozens": an act noun with its own weekday.)
                else if (!_petrarchConventions && token.Upos == "NOUN" && NounsOwnWeekday(document, children, i) is { } nounsDay) date = nounsDay;
                // ("Friday's bombing came two days after a rubber plantation owner was shot dead ..., and a day after the governor
                // imposed a curfew": an act told so many days after or before the sentence's day is dated from it.)
                else if (!_petrarchConventions && date is { Precision: "day", Value: { } told } && (DaysFromTheSentencesDay(document, children, i) ?? TheFollowingDay(document, children, i)) is var (days, phrase)
                         && DateOnly.TryParse(told, System.Globalization.CultureInfo.InvariantCulture, out var anchor))
                    date = new EventDate(anchor.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "day", phrase);
                // ("The junta, which seized power in July 2023, expelled French troops": the month or year of a relative clause
                // on the subject is the subject's story, not the act's; a day is mostly the act's too: "Home Minister Amit Shah,
                // who flew to Srinagar on Wednesday, met army and police commanders".)
                // ("freed four Indian farmers it had detained last week": so is one on the object, the object's story; "demanded that the
                // government resume the peace talks it suspended in January": or on one of the clause the act says or asks.)
                else if (!_petrarchConventions && date is { Precision: not "day" } && InARelativeClauseOn(document, date, i, IsSubjectOrObject, orInAClauseBelow: true)) date = null;
                // ("11 people kidnapped in December near Mokolo were freed on Saturday": the time of a participle on the subject is the
                // subject's story; the verb's own day is the act's.)
                else if (!_petrarchConventions && date is not null && InARelativeClauseOn(document, date, i, IsSubjectOrObject, orAParticiple: true)
                         && OwnDay(document, i, clauseEnd) is { } ownDay) date = ownDay;
                // ("Police arrested 50 people, according to the Law Society, which accused officers of abducting activists on
                // Monday night": the day of a relative clause on the act's "according to" source is the source's story.)
                else if (!_petrarchConventions && date is not null && InARelativeClauseOn(document, date, i, IsAnAccordingToSource)) date = null;
                // ("In the same post, the group accused soldiers of beating Bawm villagers during searches near Ruma last week": the time of
                // what an accusation charges is the charge's, not the accusation's; a day may be the accusation's, however hung: "accused the
                // KIA of using civilians as human shields in remarks carried by state media on Wednesday".)
                else if (!_petrarchConventions && date is { Precision: not "day" } && pattern.PloverType == "ACCUSE" && InTheCharge(document, date, i)) date = null;
                // ("Hours later, troops killed four suspected bandits ..., without saying whether they had taken part in Saturday's attack":
                // a day that names another act by its day is that act's, not this one's.)
                if (!_petrarchConventions && date is not null && PossessiveDayOfAnotherAct(document, date, i, sentence.Start, sentence.End)) date = null;
                // ("Two days before the bus attack, gunmen shot dead a motorcycle taxi rider in Maracha, and last week the army said it had
                // killed two suspected gunmen": a time told in a later clause after "and", with a subject of its own, is that clause's.)
                if (!_petrarchConventions && date is not null && token.Upos == "VERB" && InALaterClauseOfItsOwn(document, children, date, i, sentence.Start, sentence.End)) date = null;
                // ("deployed 1,200 soldiers to the Catatumbo region, where fighting ... has displaced 50,000 people since
                // January": the time of a "where" clause on a place is the place's story, not the act's.)
                if (!_petrarchConventions && date is not null && DateResolver.InAWhereClauseWithout(document, date, sentence.FirstToken, i)) date = null;
                var (subjects, objects) = Actors(document, children, i, pattern, target, source, phrases, clauseEnd, _petrarchConventions);
                // (An antecedent the object rules found in the sentence before was taken for people there: "freed 19 of them".)
                // ("The son was released on Tuesday": or a relative the release itself names.)
                bool NamesPeople(int head) => phrases.CodeOf(head) is not null || document.Tokens[head].Upos == "PROPN" || IsAPersonalPronoun(document.Tokens[head])
                                              || document.Tokens[head].Sentence != document.Tokens[i].Sentence
                                              || document.Tokens[head].Head == i && PeopleSpokenOf.ContainsKey(document.Tokens[head].Lemma ?? "");
                // "The officer was freed unharmed", "released 11 detainees", "He was freed on bail", "14 people, who were freed
                // without charge": people freed are released; a thing "released" (a statement, a video, figures, "it") is no release.
                if (!_petrarchConventions && pattern.Context is null && pattern.ObjectLemma is null && token.Lemma is "free" or "release"
                    && objects.All(o => o.Head < 0 || !NamesPeople(o.Head) && !(CountOf(document.Tokens, children, o.Head) is >= 0 and var counted && NamesPeople(counted)))
                    && !ReleasedFromCustody(document.Tokens, children, i)) continue;
                // "warning that its stocks would run out": a warning of what no actor will do, aimed at no one, is a
                // statement, not a threat ("warned that Thailand would respond", "warned of consequences" are).
                if (!_petrarchConventions && token.Lemma == "warn" && objects.All(o => o.Head < 0) && WarnsOfNoActor(document.Tokens, children, i, phrases)) continue;
                var context = new ActorContext(document, children, phrases, country);
                var quoted = _petrarchConventions ? null : attributions.Covering(token.Start, token.End);
                // ("“Our soldiers were ambushed,” the minister told reporters on Wednesday": a witness's or a speaker's
                // own words are not dated by the day they were told; the story's day may be carried to them later.)
                if (quoted is { Direct: true } && date is not null && DateResolver.IsTheDayOfATelling(document, date, sentence.FirstToken))
                    date = null;
                // ("Amnesty International said more than 1,300 people had been killed ... since December 2023 and accused the
                // authorities of failing to protect villagers": where a running count starts is no day of a statement.)
                // (Not one in the act's own clause: "have demanded his release since Monday"; nor in that of the act it is the purpose
                // of: "have blockaded the main highway since Monday to demand that the government free ...".)
                if (!_petrarchConventions && date is not null && SaysSomething(pattern.Cameo) && DateResolver.StartsAPeriod(document, date, sentence.FirstToken)
                    && OwnDay(document, i, clauseEnd) is null && !IsThePurposeOfAnActWithItsOwnDay(document, children, i, sentence.EndToken))
                    date = null;
                foreach (var (subject, obj) in Pairs(subjects, objects, pattern, bothDirections: _petrarchConventions))
                {
                    foreach (var actor1 in EachActor(SpeakersOwn(context, SourceAt(context, subject), quoted, doer: true)))
                    {
                        foreach (var actor2 in EachActor(SpeakersOwn(context, ActorAt(context, obj), quoted, doer: false)))
                        {
                            AddEvent(document, s, token, pattern, pattern.Cameo, actor1, actor2, date, killed, injured, attributions, children, i, places);
                            if (pattern.PairedCameo is { } paired)
                                AddEvent(document, s, token, pattern, paired, actor2, actor1, date, killed, injured, attributions, children, i, places);
                        }
                    }
                }
            }
        }
        EventTolls.KeepSentenceTollsWithTheirClauses(document, children);
        EventTolls.KeepDeathsOffWoundings(document, children);
        EventMentions.Merge(document, keepFirstOfCoordinated: !_petrarchConventions);
        if (!_petrarchConventions) RecodeMergedAttacks(document);
        // ("had 'neutralised' 17 terrorists ... and had arrested 23 suspects": an arrest kills no one, whatever toll a
        // coordinated killing lent it.)
        foreach (var e in document.Events.Where(e => e.Cameo.StartsWith("173", StringComparison.Ordinal))) e.Fatalities = null;
        StoryDates.Inherit(document);
        // An actor does not act on itself: the same code on both sides (also after merging) is a misreading.
        // An event with neither actor nor casualties ("a rally turned into a riot", "explosions were heard")
        // says that something happened, not who did what to whom: no row of an event data set (EventRows).
        var noRows = _petrarchConventions ? [] : EventRows.NoRows(document);
        if (document.Events.RemoveAll(e => e.Actor1?.Code is { } c1 && c1 == e.Actor2?.Code && SamePhrase(e.Actor1, e.Actor2!) || noRows.Contains(e)) > 0)
            for (int i = 0; i < document.Events.Count; i++) document.Events[i] = EventMentions.Renumbered(document.Events[i], i);
        EventTolls.ApplyTollsStatedLaterInTheSentence(document);
        EventTolls.ApplyRevisedTolls(document);
        EventTolls.DeathsOfTheWounded(document);
        EventTolls.MarkDisputedTolls(document);
    }

    /// <summary>Whether a verb is a simple past, or a participle with a past auxiliary and no modal ("fired", "were killed").</summary>
    private static bool ToldInThePast(Token[] tokens, List<int>[] children, int verb) =>
        !children[verb].Any(c => tokens[c].DepRel is "aux" or "aux:pass" && tokens[c].Xpos == "MD")
        && (tokens[verb].Xpos == "VBD" || tokens[verb].Xpos == "VBN" && children[verb].Any(c => tokens[c].DepRel is "aux" or "aux:pass" && tokens[c].Xpos == "VBD"));

    /// <summary>Whether the act is one of words (CAMEO 01-05, 09-13), not of material cooperation ("withdrew", "handed out").</summary>
    private static bool SaysSomething(string cameo) =>
        CameoOntology.IsVerbalAct(cameo) && cameo[..2] is not ("06" or "07" or "08");

    /// <summary>Whether "after" or "since" opens the word's phrase or clause (as its preposition or its subordinator).</summary>
    private static bool OpenedByAfterOrSince(Token[] tokens, List<int>[] children, int word) =>
        children[word].Any(c => c < word && tokens[c].DepRel is "case" or "mark" && tokens[c].Form.ToLowerInvariant() is "after" or "since");

    /// <summary>Whether "until" opens the word's clause ("until police fired tear gas").</summary>
    private static bool OpenedByUntil(Token[] tokens, List<int>[] children, int word) =>
        children[word].Any(c => c < word && tokens[c].DepRel == "mark" && tokens[c].Form.Equals("until", StringComparison.OrdinalIgnoreCase));

    /// <summary>The day told inside the "after" or "since" clause (the act, or a word up to two above it, opened by one) that holds the act.</summary>
    private static EventDate? DayOfItsAfterClause(Document document, List<int>[] children, int act)
    {
        var tokens = document.Tokens;
        for (int clause = act, depth = 0; clause >= 0 && depth < 3; clause = tokens[clause].Head, depth++)
        {
            if (!OpenedByAfterOrSince(tokens, children, clause)) continue;
            // (Not a day of a relative clause on what the act took: "after the RSF handed over 23 farmers ... whom its fighters had
            // abducted ... in September".)
            int end = FirstRelativeClauseAfter(tokens, children, clause, SubtreeEnd(children, clause) + 1, pastTheAgents: true);
            return DateResolver.Find(document, SubtreeStart(children, clause), end) is { Value: not null } day ? day : null;
        }
        return null;
    }

    /// <summary>
    /// For an act coordinated with the sentence's first and dated "the following day" or "the next day" in its own words ("police
    /// arrested 11 men last Thursday, and a magistrate remanded the suspects the following day"): one day on, and the words; or
    /// "two days later", so many days on.
    /// </summary>
    private static (int Days, string Phrase)? TheFollowingDay(Document document, List<int>[] children, int act)
    {
        var tokens = document.Tokens;
        if (tokens[act].DepRel != "conj") return null;
        foreach (int day in children[act])
        {
            if (day < act || tokens[day].Lemma != "day" || tokens[day].DepRel is not ("obl" or "obl:unmarked" or "obl:tmod")) continue;
            int modifier = children[day].FirstOrDefault(c => c < day && tokens[c].Form.ToLowerInvariant() is "following" or "next", -1);
            if (modifier < 0 || !children[day].Any(c => c < modifier && tokens[c].Form.Equals("the", StringComparison.OrdinalIgnoreCase))) continue;
            return (1, document.Text[tokens[modifier - 1].Start..tokens[day].End]);
        }
        // ("imposed a dusk-to-dawn curfew on Chepareria that night and lifted it two days later": or so many days later.)
        foreach (int later in children[act])
        {
            if (later < act || !tokens[later].Form.Equals("later", StringComparison.OrdinalIgnoreCase)) continue;
            int span = children[later].FirstOrDefault(c => c < later && tokens[c].Lemma is "day" or "week", -1);
            if (span < 0 || children[span].FirstOrDefault(c => tokens[c].DepRel is "nummod" or "det", -1) is not (>= 0 and var count)
                || StoryDates.DaysIn(tokens[count].Form, tokens[span].Form) is not { } days) continue;
            return (days, document.Text[tokens[count].Start..tokens[later].End]);
        }
        return null;
    }

    /// <summary>
    /// For an act in a clause opened by "after" or "before" with a count of days or weeks right before it ("two days after
    /// a ... owner was shot dead"): how many days the act is from the day the sentence tells (negative after), and the
    /// words that say so; null otherwise.
    /// </summary>
    private static (int Days, string Phrase)? DaysFromTheSentencesDay(Document document, List<int>[] children, int act)
    {
        var tokens = document.Tokens;
        // ("came a day after the governor imposed a curfew", with "after" read as the governor's case: the words are enough.)
        int nearest = -1;
        for (int t = act - 1; t >= 0 && t >= act - 8 && tokens[t].Sentence == tokens[act].Sentence && tokens[t].Upos is not ("VERB" or "PUNCT"); t--)
        {
            if (tokens[t].Form.ToLowerInvariant() is not ("after" or "before")) continue;
            nearest = t;
            break;
        }
        for (int clause = act, depth = 0; clause >= 0 && depth < 3; clause = tokens[clause].Head, depth++)
        {
            int marker = children[clause].FirstOrDefault(c => c < clause && tokens[c].DepRel is "mark" or "case" && tokens[c].Form.ToLowerInvariant() is "after" or "before", -1);
            if (marker < 0 && depth == 0) marker = nearest;
            if (marker < 0) continue;
            if (marker < 2 || tokens[marker - 1].Form.ToLowerInvariant() is not ("day" or "days" or "week" or "weeks")) return null;
            int? count = tokens[marker - 2].Form.ToLowerInvariant() is "a" or "one" ? 1 : NumberWords.Value(tokens[marker - 2].Form);
            if (count is not (> 0 and < 60)) return null;
            int days = count.Value * (tokens[marker - 1].Form.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 : 1);
            // (The day the sentence tells must not be the act's own: "two days after al-Shabaab fighters stormed an army base
            // ... on Saturday night", wherever the parser hung the day.)
            // (Not a day told in a relative clause on what the act took: "a day after the RSF handed over 23 farmers ... whom its
            // fighters had abducted ... in September".)
            int sentenceEnd = document.Sentences[tokens[act].Sentence].EndToken;
            if (DateResolver.Find(document, marker, FirstRelativeClauseAfter(tokens, children, act, sentenceEnd, pastTheAgents: true)) is { Value: not null }) return null;
            return (tokens[marker].Form.Equals("after", StringComparison.OrdinalIgnoreCase) ? -days : days, document.Slice(tokens[marker - 2].Start, tokens[marker].End));
        }
        return null;
    }

    /// <summary>
    /// The day told in a verb's own words, not in a clause below it ("threatened to cancel the contracts of
    /// firms whose employees did not return by Friday": the deadline is no day of the threat); after the verb, or right before it.
    /// </summary>
    /// <param name="clauseStart">Where the verb's clause starts, when the day may open it; else only the three words before the verb are looked at.</param>
    private static EventDate? OwnDay(Document document, int verb, int clauseEnd, int? clauseStart = null)
    {
        // ("..., and the World Food Programme on Monday urged donors": or a day right before the verb, after its subject.)
        // ("..., and in February a bus driver was shot dead": or opening the verb's clause after its "and"; not a day before the
        // "and", which the parser may hang on the verb: "deployed ... on Monday, and army commanders met ...".)
        int opening = verb - 3;
        for (int t = verb - 1; clauseStart is { } start && t >= start; t--)
        {
            if (!document.Tokens[t].Form.Equals("and", StringComparison.OrdinalIgnoreCase)) continue;
            opening = t + 1;
            break;
        }
        for (int t = verb - 1; t >= 0 && t >= Math.Min(verb - 3, opening) && document.Tokens[t].Sentence == document.Tokens[verb].Sentence; t--)
        {
            // (From its preposition: "in February" is a month where "February" alone may be a name.)
            // ("..., and in 2022 a well-known radio host was shot dead": or a year.)
            // ("..., and on Thursday morning police arrested": from the first word of its phrase.)
            // ("and gendarmes on Tuesday arrested two traders": or, in a clause after "and", a day the parser hung on the subject right
            // before the verb.)
            bool onTheSubject = clauseStart is not null && document.Tokens[t].DepRel == "nmod" && document.Tokens[t].Head is >= 0 and var subject && subject < t
                                && document.Tokens[subject].Head == verb && document.Tokens[subject].DepRel == "nsubj";
            if ((document.Tokens[t].Head != verb || document.Tokens[t].DepRel is not ("obl" or "obl:unmarked")) && !onTheSubject
                || !DateResolver.NamesATime(document.Tokens[t].Form) && !DateResolver.IsYear(document.Tokens[t].Form)) continue;
            int phrase = t;
            while (phrase > 0 && document.Tokens[phrase - 1].Head == t) phrase--;
            // ("in March last year fighters stormed": an unmarked time that ends a longer one is read with it, from its start.)
            if (document.Tokens[t].DepRel == "obl:unmarked" && phrase > 0 && DateResolver.NamesATime(document.Tokens[phrase - 1].Form)) continue;
            if (DateResolver.Find(document, phrase, verb) is { Value: not null } before) return before;
        }
        if (DateResolver.Find(document, verb + 1, clauseEnd) is not { Value: not null } day) return null;
        int offset = document.Text.IndexOf(day.Text, document.Tokens[verb].End, StringComparison.Ordinal);
        int word = offset < 0 ? -1 : document.TokenStartingAt(offset);
        if (word < 0) return null;
        for (int t = document.Tokens[word].Head, depth = 0; t >= 0 && depth < 8; t = document.Tokens[t].Head, depth++)
        {
            if (t == verb) return day;
            if (document.Tokens[t].Upos is "VERB" or "AUX") return null;
        }
        return null;
    }

    /// <summary>The verb of a relative clause on the passive verb's agent ("killed by gunmen who ambushed ..."), or -1.</summary>
    private static int AgentsRelativeClause(Token[] tokens, List<int>[] children, int verb)
    {
        foreach (var agent in children[verb])
        {
            if (tokens[agent].DepRel != "obl:agent") continue;
            foreach (var clause in children[agent])
            {
                if (tokens[clause].DepRel == "acl:relcl" && tokens[clause].Upos == "VERB") return clause;
            }
        }
        return -1;
    }

    /// <summary>The weekday an act noun's own "on" phrase names ("air strikes near the Niger border on Monday"), or null.</summary>
    private static EventDate? NounsOwnWeekday(Document document, List<int>[] children, int noun)
    {
        var tokens = document.Tokens;
        foreach (int c in children[noun])
        {
            if (c < noun || tokens[c].DepRel != "nmod" || !DateResolver.NamesAWeekday(tokens[c].Form)
                || !children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("on", StringComparison.OrdinalIgnoreCase))) continue;
            return DateResolver.Find(document, c - 1, Math.Min(document.SentenceOf(noun).EndToken, SubtreeEnd(children, c) + 1));
        }
        return null;
    }

    /// <summary>Whether the verb is the purpose infinitive ("to demand") of an act before it whose own words hold a day.</summary>
    private static bool IsThePurposeOfAnActWithItsOwnDay(Document document, List<int>[] children, int verb, int sentenceEnd) =>
        document.Tokens[verb].DepRel is "advcl" or "xcomp" && document.Tokens[verb].Head is >= 0 and var act && act < verb
        && IsPurposeInfinitive(document.Tokens, children, verb) && OwnDay(document, act, Math.Min(sentenceEnd, SubtreeEnd(children, act) + 1)) is not null;

    /// <summary>Whether the day's words stand in a relative clause (or, with <paramref name="orAParticiple"/>, a participle) on a noun of the verb that <paramref name="isOnWhat"/> accepts.</summary>
    private static bool InARelativeClauseOn(Document document, EventDate day, int verb, Func<Token[], int, bool> isOnWhat, bool orInAClauseBelow = false, bool orAParticiple = false)
    {
        var tokens = document.Tokens;
        var sentence = document.SentenceOf(verb);
        if (TokenOfTheDate(document, day, sentence.Start, sentence.End) is not (>= 0 and var word)) return false;
        for (int t = word, depth = 0; t >= 0 && depth < 10; t = tokens[t].Head, depth++)
        {
            if (t == verb) return false;
            if ((tokens[t].DepRel == "acl:relcl" || orAParticiple && tokens[t].DepRel == "acl" && tokens[t].Xpos == "VBN") && tokens[t].Head is >= 0 and var described && NounAnAppositionDescribes(tokens, described) is var noun
                && isOnWhat(tokens, noun) && (tokens[noun].Head == verb || orInAClauseBelow && tokens[noun].Head is >= 0 and var clause && tokens[clause].DepRel is "ccomp" or "xcomp" && tokens[clause].Head == verb
                                              // ("demanded the release of ... members whom police detained ... last month, and threatened": or on the
                                              // verb's first conjunct, whose story it does not tell either.)
                                              || tokens[verb].DepRel == "conj" && tokens[noun].Head == tokens[verb].Head && tokens[noun].Head < verb))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The noun an apposition stands beside ("The MLCJ, a former rebel group that signed ...": the MLCJ), up through the phrases of
    /// a name the parser split ("The Movement of Central African Liberators ..., a former rebel group": the Movement), or whose phrases
    /// hold the noun; else the noun itself.
    /// </summary>
    private static int NounAnAppositionDescribes(Token[] tokens, int noun)
    {
        // ("demanded the release of 12 relatives of gang members whom police detained in raids last month": or the noun whose "of"
        // phrases hold it.)
        if (tokens[noun].DepRel is not ("appos" or "nmod")) return noun;
        int described = tokens[noun].Head;
        for (int steps = 0; described >= 0 && tokens[described].DepRel is "nmod" or "appos" && tokens[described].Head >= 0 && steps < 3; steps++) described = tokens[described].Head;
        return described < 0 ? noun : described;
    }

    /// <summary>Whether the verb's subject is an explosive of the patterns' word set ("a bomb", "an explosive device", "a landmine").</summary>
    private bool ExplosiveSubject(Token[] tokens, List<int>[] children, int verb) =>
        children[verb].Any(c => tokens[c].DepRel == "nsubj" && tokens[c].Lemma is { } lemma && _lexicon.InWordSet("&EXPLOSIVE", lemma));

    /// <summary>
    /// Whether the passive verb's agent ("by" phrase, however hung) is such an explosive with no compound before it ("killed by a
    /// landmine"; not "by mortar bombs", shells fired).
    /// </summary>
    private bool ExplosiveAgent(Token[] tokens, List<int>[] children, int verb) =>
        children[verb].Any(c => tokens[c].DepRel == "aux:pass")
        && children[verb].Any(c => tokens[c].DepRel is "obl" or "obl:agent" && tokens[c].Lemma is { } lemma && _lexicon.InWordSet("&EXPLOSIVE", lemma)
                                   && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("by", StringComparison.OrdinalIgnoreCase))
                                   && !children[c].Any(g => g < c && tokens[g].DepRel == "compound" && tokens[g].Upos == "NOUN"));

    /// <summary>
    /// Whether the date is a weekday's possessive ("Saturday's attack") on a noun in a clause of its own, away from the act ("killed four
    /// suspected bandits in a gunfight ..., without saying whether they had taken part in Saturday's attack"); "In Sunday's attack, gunmen
    /// opened fire" names the act's own day.
    /// </summary>
    private static bool PossessiveDayOfAnotherAct(Document document, EventDate date, int act, int sentenceStart, int sentenceEnd)
    {
        var tokens = document.Tokens;
        if (TokenOfTheDate(document, date, sentenceStart, sentenceEnd) is not (>= 0 and var day) || day + 1 >= tokens.Length
            || tokens[day + 1].Form is not ("'s" or "\u2019s") || tokens[day].Head is not (>= 0 and var named)) return false;
        if (named == act) return false;
        // (Only in a clause of its own, whose verb is neither the act's nor above it: "responded to Friday's operation by setting fire"
        // is on Friday.)
        int verb = tokens[named].Head;
        for (int steps = 0; verb >= 0 && tokens[verb].Upos != "VERB" && steps < 12; steps++) verb = tokens[verb].Head;
        if (verb < 0 || tokens[verb].Upos != "VERB" || verb == act) return false;
        for (int t = act, steps = 0; t >= 0 && steps < 24; t = tokens[t].Head, steps++)
        {
            if (t == verb) return false;
        }
        return true;
    }

    /// <summary>Whether the date is told in a clause coordinated after the act's by "and", with a subject of its own.</summary>
    private static bool InALaterClauseOfItsOwn(Document document, List<int>[] children, EventDate date, int act, int sentenceStart, int sentenceEnd)
    {
        var tokens = document.Tokens;
        if (TokenOfTheDate(document, date, sentenceStart, sentenceEnd) is not (>= 0 and var word) || word < act) return false;
        foreach (int clause in children[act])
        {
            if (clause < act || tokens[clause].DepRel is not ("conj" or "parataxis") || tokens[clause].Upos != "VERB"
                || !children[clause].Any(c => tokens[c].DepRel is "nsubj" or "nsubj:pass")) continue;
            int opening = SubtreeStart(children, clause);
            if (opening > word || word > SubtreeEnd(children, clause)) continue;
            // (The clause's own time, hung on its verb: not one of a participle the parser hung below it.)
            int verb = tokens[word].Head;
            while (verb >= 0 && tokens[verb].Upos != "VERB") verb = tokens[verb].Head;
            if (verb == clause && OpensWithAnd(tokens, opening, clause)) return true;
        }
        return false;
    }

    /// <summary>Whether a clause's words, from <paramref name="opening"/>, start with "and" (or a comma and "and") before its verb.</summary>
    private static bool OpensWithAnd(Token[] tokens, int opening, int verb) =>
        tokens[opening].Form == "and" || tokens[opening].Form == "," && opening + 1 < verb && tokens[opening + 1].Form == "and";

    /// <summary>Whether the date is told inside what an accusation charges, a gerund opened by "of" below the accusing verb.</summary>
    private static bool InTheCharge(Document document, EventDate date, int accusation)
    {
        var tokens = document.Tokens;
        var sentence = document.SentenceOf(accusation);
        if (TokenOfTheDate(document, date, sentence.Start, sentence.End) is not (>= 0 and var word)) return false;
        for (int t = tokens[word].Head, depth = 0; t >= 0 && t != accusation && depth < 8; t = tokens[t].Head, depth++)
        {
            if (tokens[t].Xpos == "VBG" && t > accusation && t > 0 && tokens[t - 1].Form.Equals("of", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>The token where the date's words start in the sentence (between the two offsets), or -1.</summary>
    private static int TokenOfTheDate(Document document, EventDate date, int sentenceStart, int sentenceEnd)
    {
        int offset = document.Text.IndexOf(date.Text, sentenceStart, sentenceEnd - sentenceStart, StringComparison.Ordinal);
        return offset < 0 ? -1 : document.TokenStartingAt(offset);
    }

    private static bool IsSubject(Token[] tokens, int noun) => tokens[noun].DepRel is "nsubj" or "nsubj:pass";

    private static bool IsSubjectOrObject(Token[] tokens, int noun) => IsSubject(tokens, noun) || tokens[noun].DepRel == "obj";

    private static bool IsAnAccordingToSource(Token[] tokens, int noun)
    {
        if (tokens[noun].DepRel != "obl") return false;
        for (int t = noun - 1; t >= 0 && noun - t <= 8; t--)
        {
            if (tokens[t].Head == noun && tokens[t].DepRel == "case") return tokens[t].Form.Equals("according", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>One person named: "a senior security officer", "Luis Andrade" (not "two officers", "residents").</summary>
    private static bool IsOnePerson(EventActor actor)
    {
        // (The name before an apposition: "Malik Sher Afzal Khan, a tribal elder who led a government-backed peace committee".)
        var words = actor.Text.Split(',')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // (A plural, also a capitalised one that names a kind of actor: "Carabineros".)
        if (words.Length == 0 || words[^1].EndsWith('s') && (!char.IsUpper(words[^1][0]) || AgentDictionary.Default.SectorOf(words[^1]) is not null)) return false;
        // ("Two Carabineros": a count of more than one names no one person, whatever the capitals.)
        if (words.Length > 1 && (NumberWords.Value(words[0]) is > 1 || NumberWords.Vague(words[0]) is not null)) return false;
        // ("Luuq's deputy district commissioner": a place's or a body's one official, named by its possessive.)
        return words[0].ToLowerInvariant() is "a" or "an" or "his" or "her" || words.All(w => char.IsUpper(w[0]))
               || words.Length > 1 && char.IsUpper(words[0][0]) && (words[0].EndsWith("'s", StringComparison.Ordinal) || words[0].EndsWith("’s", StringComparison.Ordinal));
    }

    internal static readonly HashSet<string> PlacesOn = new(StringComparer.Ordinal)
        { "edge", "outskirts", "border", "road", "highway", "street", "coast", "bank", "island", "frontline", "front", "hill", "hillside", "outskirt", "way", "route", "shore", "shores", "banks", "coastline", "slopes", "slope" };

    /// <summary>
    /// Verbs that name no event and relate one to another, so that their object is an event of its own:
    /// "sparking clashes between gunmen and PA forces", "The bombing followed the abduction of four fishermen".
    /// </summary>
    private static bool RelatesEvents(in Token verb) => verb.Lemma is "spark" or "trigger" or "provoke" or "prompt" or "ignite" or "follow" or "precede";

    /// <summary>
    /// Whether what a warning says will happen has no actor behind it ("warned that its stocks would run out"), so that the
    /// warning is a statement, not a threat.
    /// </summary>
    private static bool WarnsOfNoActor(Token[] tokens, List<int>[] children, int warn, PhraseIndex phrases)
    {
        if (children[warn].FirstOrDefault(c => tokens[c].DepRel == "ccomp", -1) is not (>= 0 and var warned)) return false;
        // ("warned ... that his men would storm any village": or the armed men of one; not "its stocks would run out".)
        if (children[warned].Any(c => tokens[c].DepRel is "nsubj" or "nsubj:pass"
                && (phrases.At(c) is not null || tokens[c].Form.ToLowerInvariant() is "they" or "he" or "she" or "we" or "i"
                    || tokens[c].Lemma is "man" or "fighter" or "force" or "troop" or "soldier" or "member" or "unit"
                       && children[c].Any(p => tokens[p].DepRel == "nmod:poss" && tokens[p].Upos == "PRON")))) return false;
        // ("The military, for its part, warned that it would act \"with full force\"": "it" is a body that warns of itself.)
        bool warnerIsABody = children[warn].Any(c => tokens[c].DepRel == "nsubj" && tokens[c].Upos is "NOUN" or "PROPN" && phrases.At(c) is not null);
        if (warnerIsABody && children[warned].Any(c => tokens[c].DepRel == "nsubj" && tokens[c].Form.Equals("it", StringComparison.OrdinalIgnoreCase))) return false;
        // ("warned that anyone taking part in \"illegal road closures\" would be charged with terrorism", "that the killings \"will not
        // pass without a response\"": a punishment or a response the warner stands for.)
        return !(tokens[warned].Lemma is "charge" or "punish" or "prosecute" or "arrest" or "detain" or "deal" or "target" or "shoot" or "kill"
                 && children[warned].Any(c => tokens[c].DepRel == "aux:pass")
                 || children[warned].Any(c => tokens[c].DepRel is "obl" or "obj" && tokens[c].Lemma is "response" or "retaliation" or "reprisal" or "revenge" or "consequence"));
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

    /// <summary>Words for crowds in protest: "protesters", "demonstrators", "rioters", "a mob".</summary>
    private static readonly HashSet<string> ProtesterWords = new(StringComparer.OrdinalIgnoreCase)
        { "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "rioter", "rioters", "mob", "mobs" };

    private static bool NamesProtesters(string phrase) => phrase.Split(' ').Any(ProtesterWords.Contains);

    private static bool NamesAMob(string phrase) => phrase.Split(' ').Any(w => w.Equals("mob", StringComparison.OrdinalIgnoreCase) || w.Equals("mobs", StringComparison.OrdinalIgnoreCase));

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
        // "Gunmen seized two teachers", "militants captured 11 students": armed men who are no authority taking
        // people who do not fight abduct them (181), where an authority's capture is an arrest.
        // (Not "the rebels detained 40 young men": a group that holds a town detains, as coders code it.)
        // ("The officers had been seized by ELN fighters at a roadblock", "dissidents captured two soldiers": officers and
        // soldiers they take are hostages too, and so are chiefs and elders.)
        if (cameo.StartsWith("173", StringComparison.Ordinal) && !targetIsPlace && triggerLemma is "seize" or "capture" or "grab"
            && actor1?.Sector is "UAF" or "INS" or "CRM" or "REB" or "SEP" && actor2?.Sector is { } taken && (NonCombatants.Contains(taken) || taken is "COP" or "MIL" or "GOV" or "JUD" or "ELI"))
            return "181";
        // ("The seven passengers had been seized from a bus near Kolito last month": people seized by no one named were taken, as
        // hostages are; an authority's arrest names its verb or its officers.)
        if (cameo.StartsWith("173", StringComparison.Ordinal) && !targetIsPlace && triggerLemma is "seize" or "grab" && actor1 is null
            && actor2?.Sector is { } seized && NonCombatants.Contains(seized))
            return "181";
        // ("protesters seized two police officers at a roadblock ... and held them for several hours": so do civilians taking
        // officers, soldiers or officials, who have no authority to detain them: hostages.)
        if (cameo.StartsWith("173", StringComparison.Ordinal) && !targetIsPlace && triggerLemma is "seize" or "capture" or "grab"
            && actor1?.Sector is "CVL" or "AGR" or "LAB" or "EDU" or "OPP" && actor2?.Sector is "COP" or "MIL" or "GOV" or "JUD") return "181";
        // "Troops fired tear gas and beat migrants with batons": police or soldiers beating civilians repress
        // them (175), as coders count it; gunmen beating someone assault him (182).
        if (cameo.StartsWith("182", StringComparison.Ordinal) && killed is null && actor1?.Sector is "COP" or "MIL" && actor2?.Sector is "CVL" or "LAB" or "EDU" or "REF") return "175";
        // "Protesters have occupied the international bridge at Desaguadero": civilians occupying a place
        // obstruct it (144), a protest; armed forces occupy territory (192).
        if (cameo.StartsWith("192", StringComparison.Ordinal) && triggerLemma is "occupy" && actor1?.Sector is "CVL" or "LAB" or "EDU" or "AGR") return "144";
        // "armed men looted a warehouse of the World Food Programme": armed men looting seize property (171);
        // crowds looting riot (145).
        if (cameo.StartsWith("145", StringComparison.Ordinal) && triggerLemma is "loot" or "ransack" or "plunder" && actor1?.Sector is "MIL" or "REB" or "SEP" or "UAF" or "INS") return "171";
        // Hundreds of civilians killed in one attack is mass violence (CAMEO 20: "mass killings", 202).
        // (Not an abduction told beside the killing: "killing around 1,200 people and taking about 250 hostages".)
        if (cameo[..2] is "18" or "19" && !cameo.StartsWith("181", StringComparison.Ordinal) && killed?.Min >= 100 && actor2?.Sector == "CVL") return "202";
        if (cameo.StartsWith("144", StringComparison.Ordinal) && actor1?.Sector is "MIL" or "REB" or "SEP" or "INS" or "UAF") return "191";
        // ("a drone loaded with explosives struck an army base": an aircraft that strikes with its load is a drone or air strike, 195.)
        if (cameo.StartsWith("183", StringComparison.Ordinal) && triggerLemma is "strike" or "hit" && actor1?.Text.Split(' ')[^1].ToLowerInvariant() is "drone" or "drones"
                or "aircraft" or "warplane" or "warplanes" or "helicopter" or "helicopters" or "jet" or "jets") return "195";
        // "Ukrainian forces said they had blown up a Russian ammunition depot": armed forces blowing something up use
        // conventional force (19); a bomb set off by gunmen or insurgents stays a bombing (183).
        if (cameo.StartsWith("183", StringComparison.Ordinal) && triggerLemma is "blow" && actor1?.Sector is "MIL") return "190";
        // Protesters who burn things riot (145); gunmen who do attack (180). (Civilians who kill someone,
        // "hacked to death by youths", assault him: 180.)
        if (cameo == "180" && actor1?.Sector is "CVL" or "LAB" && killed is null) return "145";
        // "Troops also torched about 200 houses": soldiers or police who burn people's homes repress them (175), as the
        // coders code it; killing people as they do ("raided villages ... and set fire to dozens of homes, killing at
        // least six people"), they use armed force (190).
        if (cameo == "180" && actor1?.Sector is "MIL" or "COP" && triggerLemma is "set" or "torch" or "burn" or "raze" or "raid")
            return killed is null ? "175" : "190";
        // ("protesters in Kinshasa attacked the embassies of Rwanda, France and the United States": so do
        // protesters who attack without killing; ACLED's violent demonstration.)
        // (Not a mob that attacks people: "A mob attacked Coptic Christians in a village" assaults them, 180 below.)
        if (cameo == "190" && !fight && killed is null && actor1 is { Sector: "CVL" or "LAB" } crowd && NamesProtesters(crowd.Text)
            && !(NamesAMob(crowd.Text) && actor2?.Sector is { } attacked && NonCombatants.Contains(attacked))) return "145";
        // ("hundreds of students stormed a convention hall where more than 130 Rohingya were sheltering": and so do students,
        // workers or residents who storm a building without killing.)
        if (cameo == "190" && triggerLemma == "storm" && killed is null && actor1?.Sector is "CVL" or "LAB" or "EDU" or "AGR") return "145";
        // Killing or attacking civilians is "unconventional violence" (18) when gunmen, insurgents or
        // criminals do it; CAMEO keeps "conventional military force" (19) for armed forces and fights.
        // (A fight is two-sided whoever the sides are: "gang members clashed with rival inmates" stays 190.)
        if (cameo == "190" && !fight && actor1?.Sector is "UAF" or "INS" or "CRM" or "REB" or "SEP" && actor2?.Sector is { } victims && NonCombatants.Contains(victims)) return "180";
        // "Gunmen shot dead a senior security officer", "bandits shot dead a village councillor": unidentified
        // armed men killing one person who does not fight (an official, an officer off the battlefield, a
        // leader) assassinate (unconventional violence, 18), as coders code it.
        // ("Luuq's deputy district commissioner was shot dead by al Shabaab gunmen": so do insurgents' or rebels' gunmen.)
        // ("dissidents shot and killed an Indigenous governor": or dissidents, whom the agent nouns file as opposition.)
        if (cameo == "190" && !fight && actor1?.Sector is "UAF" or "CRM" or "INS" or "REB" or "OPP" && actor2 is { } person && actor2.Sector is not ("MIL" or "REB" or "SEP" or "INS" or "UAF" or "CRM")
            && triggerLemma is "shoot" or "kill" or "gun" or "stab" or "hack" && IsOnePerson(person)) return "180";
        // ("Israeli settlers attacked Palestinian farmers near Ya'bad, wounding three": so is violence that
        // non-combatants do to non-combatants, as the coders code settlers' and herders' attacks.)
        if (cameo == "190" && !fight && actor1?.Sector is { } doers && NonCombatants.Contains(doers) && actor2?.Sector is { } others && NonCombatants.Contains(others)) return "180";
        if (cameo.StartsWith("172", StringComparison.Ordinal) && actor1 is { Country: { } state, Sector: null or "GOV" } && actor2?.Country is { } foreign && foreign != state)
            return "163";
        return null;
    }

    /// <summary>
    /// Merging can name the people an attack killed as its target ("Gunmen attacked an encampment ...,
    /// killing three people": the people, not the encampment), and the target decides between an attack
    /// on civilians by gunmen (180) and armed force (190).
    /// </summary>
    private void RecodeMergedAttacks(Document document)
    {
        foreach (var e in document.Events)
        {
            if (e.Cameo != "190") continue;
            var lemma = document.Tokens[document.TokenStartingAt(e.Trigger.Start)].Lemma;
            bool fight = lemma is not null && TwoSided(lemma) && _lexicon.PatternsFor(lemma).Any(p => p.Cameo == "190" && p.AcledType == "Battles");
            // ("Two people were killed in the attack", "seven people were shot dead": people who do not fight,
            // killed by no one named once every telling is merged, are victims of violence against civilians,
            // as coders code it; not by shelling or air strikes, which are fighting.)
            // ("A municipal councillor was shot dead outside his home": so is one official killed by no one named, an assassination.)
            bool victimsOrOfficial = e.Actor2?.Sector is { } victims && (NonCombatants.Contains(victims)
                || victims is "GOV" or "LEG" or "JUD" or "ELI" or "OPP" && IsOnePerson(e.Actor2) && lemma is "shoot" or "kill" or "stab" or "gun" or "hack");
            string? unattributed = e.Actor1 is null && (!fight || lemma == "shoot") && victimsOrOfficial
                                   && e.Plover.Mode is null or "" or "-" or "firearms" && !KilledByRemoteFire(document, e) ? "180" : null;
            if ((unattributed ?? RecodedByActors(e.Cameo, e.Actor1, e.Actor2, e.Fatalities, fight, lemma)) is not { } recoded
                || _lexicon.Ontology.Categorize(recoded) is not { } categories) continue;
            e.Cameo = recoded;
            e.Plover = new PloverCode(categories.PloverType ?? "", categories.PloverMode);
            e.Acled = AcledByActors(categories.AcledType is null ? null : new AcledCode(categories.AcledType, categories.AcledSubType), e.Actor1, e.Actor2);
        }
    }

    /// <summary>"Shelling killed four civilians", "an air strike killed ...": the act that killed is remote fire.</summary>
    private static bool KilledByRemoteFire(Document document, Event e)
    {
        int trigger = document.TokenStartingAt(e.Trigger.Start);
        var sentence = document.Sentences[e.Sentence];
        for (int t = sentence.FirstToken; trigger >= 0 && t < sentence.EndToken; t++)
        {
            if (document.Tokens[t].Head == trigger && document.Tokens[t].DepRel is "nsubj" or "obl"
                && document.Tokens[t].Lemma is "shelling" or "strike" or "airstrike" or "bombardment" or "shell" or "missile" or "rocket" or "drone" or "mortar" or "bombing")
                return true;
        }
        return false;
    }

    /// <summary>ACLED's type for the event's actors: direct violence by its target, territory taken by who takes it.</summary>
    internal static AcledCode? AcledByActors(AcledCode? acled, EventActor? doer, EventActor? target) =>
        AcledByTaker(AcledByTarget(acled, target), doer, target);

    /// <summary>
    /// "The base was seized by government forces from the militants": territory a government's own forces take
    /// back from armed groups of their country is "Government regains territory"; a foreign state's forces, or
    /// forces whose opponent is unknown, take it as ACLED's "Non-state actor overtakes territory" does (which
    /// covers foreign state forces too).
    /// </summary>
    private static AcledCode? AcledByTaker(AcledCode? acled, EventActor? doer, EventActor? target)
    {
        if (acled is not { EventType: "Battles", SubEventType: "Non-state actor overtakes territory" } || doer?.Sector is not ("MIL" or "GOV" or "COP")
            || target?.Sector is not { } held) return acled;
        bool fromTheirOwnRebels = held is "REB" or "INS" or "UAF" or "CRM" or "SEP" && (doer.Country is null || target.Country is null || doer.Country == target.Country);
        return fromTheirOwnRebels ? new AcledCode("Battles", "Government regains territory") : acled;
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

    /// <summary>What a count counts: "them" of "19 of them", "the detainees" of "five of the detainees"; -1 if the word is no such count.</summary>
    private static int CountOf(Token[] tokens, List<int>[] children, int count) =>
        tokens[count].Upos != "NUM" ? -1
        : children[count].FirstOrDefault(c => tokens[c].DepRel == "nmod" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase)), -1);

    /// <summary>Whether the word is a pronoun that stands for people ("he", "them", "who"), not for things ("it", "which").</summary>
    private static bool IsAPersonalPronoun(in Token token) =>
        token.Upos == "PRON" && token.Form.ToLowerInvariant() is "he" or "she" or "they" or "him" or "her" or "them" or "who" or "whom";

    /// <summary>Whether the actor is a place entity the places stage resolved as a whole ("Goma"; not "Salem Abushaala").</summary>
    private static bool NamesAPlace(Document document, EventActor? actor)
    {
        // ("seized several rebel bases": a position held is a place whoever holds it.)
        if (actor is not null && document.TokenEndingAt(actor.End) is >= 0 and var last && HeldPlaceNouns.Contains(document.Tokens[last].Lemma ?? "")) return true;
        // ("captured Falam": a bare place name the places stage resolved, whatever label the recognizer gave it.)
        if (actor is not null && document.Places.Any(p => p.Start == actor.Start && p.End == actor.End)) return true;
        if (actor?.Entity is not { } id || document.Entities.FirstOrDefault(x => x.Id == id) is not { Label: "LOC" } entity) return false;
        var mention = entity.Mentions.FirstOrDefault(m => m.Start >= actor.Start && m.End <= actor.End);
        // (A bare name the recognizer calls a location is one even where no gazetteer entry was chosen for it.)
        return mention is not null && (document.Places.Any(p => p.Start == mention.Start && p.End == mention.End)
                                       || mention.Start == actor.Start && mention.End == actor.End);
    }

    private static readonly HashSet<string> HeldPlaceNouns = new(StringComparer.Ordinal)
        { "base", "basis", "position", "post", "outpost", "checkpoint", "barracks", "garrison", "camp", "stronghold", "hideout" };

    private void AddEvent(Document document, int s, Token token, EventPattern pattern, string cameo, EventActor? actor1, EventActor? actor2,
        EventDate? date, CasualtyCount? killed, CasualtyCount? injured, Attribution.AttributionIndex attributions, List<int>[] children, int trigger,
        IReadOnlyList<Place> places)
    {
        // "Police seized more than four tonnes of cocaine": an authority seizing things, not people, confiscates
        // property (1711; ACLED records no such event). Who held the things is no actor of the event.
        if (cameo.StartsWith("173", StringComparison.Ordinal) && token.Lemma == "seize" && actor1?.Sector is "COP" or "MIL" or "GOV" or "JUD"
            && actor2 is not { Sector: not null } && actor2?.Entity is null && !NamesAPlace(document, actor2)
            && _lexicon.Ontology.Categorize("1711") is { } confiscation)
        {
            cameo = "1711";
            actor2 = null;
            pattern = pattern with { PloverType = confiscation.PloverType, PloverMode = confiscation.PloverMode, AcledType = confiscation.AcledType, AcledSubType = confiscation.AcledSubType };
        }
        // ("Sudan's RSF shells displacement camp near El Fasher, dozens killed", a headline parsed with El Fasher as the killer:
        // a town does not kill; its name as the doer of violence is no actor.)
        if (!_petrarchConventions && pattern.PloverType == "ASSAULT" && actor1 is not null
            && document.Places.FirstOrDefault(p => p.Start == actor1.Start && p.End == actor1.End) is { Feature: { } feature } && feature.StartsWith("PPL", StringComparison.Ordinal)
            && feature is not "PPLC")
            actor1 = null;
        if (!_petrarchConventions)
        {
            actor1 = AnEmbassysGovernment(document, actor1);
            actor2 = AnEmbassysGovernment(document, actor2);
        }
        // ("An Israeli airstrike hit a school", "Turkish shelling": a country's air strikes and shelling are its armed
        // forces' acts, as ACLED codes them; PETRARCH's convention keeps the bare country.)
        if (!_petrarchConventions && pattern.PloverMode is "aerial" or "artillery" && actor1 is { Sector: null, Code: { Length: 3 } country }
            && Vigil.Actors.SectorCodes.CountryIn(country) == country)
            actor1 = actor1 with { Code = country + "MIL", Country = country, Sector = "MIL" };
        if (RecodedByActors(cameo, actor1, actor2, killed, fight: pattern.AcledType == "Battles" && TwoSided(token.Lemma), token.Lemma,
                targetIsPlace: NamesAPlace(document, actor2)) is { } recoded && _lexicon.Ontology.Categorize(recoded) is { } categories)
        {
            cameo = recoded;
            pattern = pattern with { PloverType = categories.PloverType, PloverMode = categories.PloverMode, AcledType = categories.AcledType, AcledSubType = categories.AcledSubType };
        }
        // A toll is an assault's, or a crackdown's when its own participle or adverbial clause tells it ("fired tear gas and live
        // bullets at thousands of protesters ..., leaving at least eight people dead"; not one of a clause coordinated with it,
        // "security forces fired tear gas at hundreds of residents ..., and two demonstrators were shot dead by armed men").
        var toll = pattern.PloverType == "ASSAULT"
                   || pattern.PloverMode == "crowd-control" && (killed is not { Start: int tollStart } || TollOfTheAct(document.Tokens, document.TokenStartingAt(tollStart), trigger))
            ? killed : null;
        // (So are the injured: "fired tear gas ..., leaving at least one worker dead and more than 50 injured".)
        var hurt = pattern.PloverType == "ASSAULT"
                   || pattern.PloverMode == "crowd-control" && injured is { Start: int hurtStart } && document.TokenStartingAt(hurtStart) is var hurtCount
                      && TollOfTheAct(document.Tokens, hurtCount, trigger) && ToldByAParticiple(document.Tokens, hurtCount, trigger)
            ? injured : null;
        var @event = new Event
        {
            Id = "V" + (document.Events.Count + 1),
            Sentence = s,
            Trigger = new SpanRef(token.Start, token.End, token.Form),
            Cameo = cameo,
            Plover = new PloverCode(pattern.PloverType ?? "", pattern.PloverMode),
            Acled = AcledByActors(pattern.AcledType is null ? null : new AcledCode(pattern.AcledType, pattern.AcledSubType), actor1, actor2),
            Actor1 = actor1,
            Actor2 = actor2,
            Date = date,
            Fatalities = toll,
            Injuries = hurt,
            // (Only violence, and only the doer: a statement or an aid delivery is placed with the actor that names a
            // place, and a town captured or shelled is where the attack happened.)
            Place = EventPlaces.For(document, places, document.Sentences[s], trigger, doer: pattern.PloverType == "ASSAULT" ? actor1 : null,
                                    incident: StoryDates.IsIncident(pattern.PloverType)),
        };
        // ("said ... six people had died, including a police officer who was stabbed by a mob in Nakuru": an act told in a
        // relative clause on one of those "including" names is not what the count counts.)
        if (!_petrarchConventions && token.DepRel == "acl:relcl" && @event.Fatalities is { Start: int countStart } && EventTolls.OneOfTheIncluded(document.Tokens, trigger)
            && EventTolls.ClauseSpan(document, children, @event) is var (from, to) && (countStart < from || countStart >= to))
            @event.Fatalities = null;
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
        // ("Garre and Degodia clan militias" against "Degodia clan militias": one head, two names before it.)
        return HeadWord(a.Text) == HeadWord(b.Text) && FirstWord(a.Text) == FirstWord(b.Text);
    }

    /// <summary>The first word of a phrase after any determiner ("the army" and "army" both start "army").</summary>
    private static string FirstWord(string? text) =>
        (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => w.ToLowerInvariant() is not ("the" or "a" or "an" or "its" or "their" or "his" or "her"))?.ToLowerInvariant() ?? "";

    /// <summary>
    /// Whether the act is a fight whoever its target: "storm" is listed as a battle (storming a base), but
    /// gunmen storming a village to kill its farmers attack civilians (180), as the blind coders code it.
    /// </summary>
    private static bool TwoSided(string? lemma) => lemma is not "storm";

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
        // ("sparking clashes between gunmen and PA forces": the object of a verb that names no event is one.)
        if (tokens[trigger].Upos == "NOUN" && (tokens[trigger].DepRel == "compound"
                || tokens[trigger].DepRel == "obj" && (_petrarchConventions || !RelatesEvents(tokens[tokens[trigger].Head])))) return null;
        // A participle modifying a noun ("banned nets", "wounded soldiers") describes it; it is no act here.
        if (tokens[trigger].Upos == "VERB" && tokens[trigger].DepRel == "amod") return null;
        // A participle used as a noun ("the number of detained", "the wounded") names people, not an act.
        if (tokens[trigger].DepRel == "acl" && tokens[trigger].Head >= 0 && tokens[tokens[trigger].Head].Upos is "ADP" or "DET") return null;
        int clauseEnd = Math.Min(sentence.EndToken, SubtreeEnd(children, trigger) + 1);
        // ("flew to Choluteca on Monday and met ... police chiefs": a coordinated verb's words are its own clause's.)
        // (PETRARCH's own matcher reads on through the whole verb phrase.)
        int coordinated = _petrarchConventions ? -1 : children[trigger].FirstOrDefault(c => c > trigger && tokens[c].DepRel == "conj" && tokens[c].Upos == "VERB", -1);
        int contextEnd = coordinated < 0 ? clauseEnd : children[coordinated].Where(c => c < coordinated).Append(coordinated).Min();
        // ("flew medical supplies to the general hospital ..., where 23 wounded soldiers were being treated": nor are a relative
        // clause's words, which tell of a noun, not of what was flown.)
        if (!_petrarchConventions) contextEnd = Math.Min(contextEnd, FirstRelativeClauseAfter(tokens, children, trigger, contextEnd));
        // Patterns listed for the word form come first ("left" is not coded as "leave"), then those of the lemma.
        var form = tokens[trigger].Form.ToLowerInvariant();
        var candidates = form == tokens[trigger].Lemma ? _lexicon.PatternsFor(form) : _lexicon.PatternsFor(form).Concat(_lexicon.PatternsFor(tokens[trigger].Lemma!));
        foreach (var pattern in candidates)
        {
            if (pattern.VerbOnly && tokens[trigger].Upos != "VERB") continue;
            // (The object may be the passive's subject: "a ceasefire was declared", "a sit-in was staged".)
            // (Or a bare oblique the parser made of it: "police fired tear gas and rubber bullets at ...".)
            if (pattern.ObjectLemma is not null && !children[trigger].Any(c => (tokens[c].DepRel is "obj" or "nsubj:pass"
                        || tokens[c].DepRel == "obl" && !_petrarchConventions && !children[c].Any(g => tokens[g].DepRel == "case") && !DateResolver.NamesATime(tokens[c].Form))
                    && ObjectNames(tokens, children, c, pattern.ObjectLemma)))
                continue;
            int target = -1, source = -1;
            if (pattern.Preposition is not null)
            {
                target = PrepositionalTarget(tokens, children, trigger, pattern.Preposition);
                if (target < 0) continue;
                // ("fired an anti-tank missile at an Israeli army patrol on the city's eastern edge": a place
                // "on" which something happened is no target of "fire on".)
                if (!_petrarchConventions && pattern.Preposition == "on" && pattern.PloverType == "ASSAULT" && tokens[target].Lemma is { } where && PlacesOn.Contains(where)) continue;
                // A particle ("stepped down", "shot down two warplanes") completes the verb and names no target; nor does the
                // place forces were driven "out" of, where the verb has an object ("pushed the RSF out of Khartoum"; "out of
                // business" or "out of office" is no fight at all).
                if (pattern.Preposition == "out" && tokens[target].Lemma is "business" or "office" or "power" or "job" or "market" or "race") continue;
                if (tokens[target].DepRel is "compound:prt" or "advmod" || pattern.Preposition == "out" && children[trigger].Any(c => tokens[c].DepRel == "obj")) target = -1;
            }
            if (pattern.Context is not null)
            {
                // A discard looks at the whole sentence: "who asked not to be named" may be parsed with "named"
                // outside the clause of "asked".
                var found = ContextMatcher.Match(pattern.Context, tokens, trigger, sentence.FirstToken, pattern.Cameo == "---" ? sentence.EndToken : contextEnd, t => phrases().At(t));
                if (found is null) continue;
                if (found.Value.Target >= 0) target = found.Value.Target;
                source = found.Value.Source;
            }
            return (pattern, target, source);
        }
        return null;
    }

    /// <summary>Where the first relative clause after the trigger and before <paramref name="end"/> starts (with its comma), or <paramref name="end"/>.</summary>
    /// <param name="pastTheAgents">Whether a relative clause on a passive's agent stays in ("was abducted by armed men who stormed his home
    /// late Saturday": the agent's clause tells the act).</param>
    private static int FirstRelativeClauseAfter(Token[] tokens, List<int>[] children, int trigger, int end, bool pastTheAgents = false)
    {
        for (int t = trigger + 1; t < end; t++)
        {
            if (tokens[t].DepRel != "acl:relcl" || tokens[t].Head < trigger || pastTheAgents && tokens[tokens[t].Head].DepRel == "obl:agent") continue;
            int start = SubtreeStart(children, t);
            return start > trigger ? start : end;
        }
        return end;
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
            // (The parser may leave the particle an adverb: "had beaten back/RB 11 attacks".)
            if ((tokens[c].DepRel is "compound:prt" || tokens[c].DepRel is "advmod" && tokens[c].Xpos is "RP" or "RB") && tokens[c].Form.Equals(preposition, StringComparison.OrdinalIgnoreCase)) return c;
            if (tokens[c].DepRel is not ("obl" or "nmod" or "obl:npmod" or "advcl") && !(tokens[c].DepRel ?? "").StartsWith("obl", StringComparison.Ordinal)) continue;
            // "struck a school on Saturday", "dropped bombs at about 10 a.m.": a time is not a target.
            if (NamesATime(tokens[c]) || IsAClockTime(tokens, c)) continue;
            if (children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals(preposition, StringComparison.OrdinalIgnoreCase))) return c;
        }
        // "opened fire on X": the preposition's phrase may hang off the object noun, or off the last of
        // coordinated objects ("handed out water and hot meals to residents").
        // (Or off an object the parser left as a bare oblique: "fired tear gas and rubber bullets at hundreds".)
        bool BareOblique(int w) => tokens[w].DepRel == "obl" && !children[w].Any(g => tokens[g].DepRel == "case") && !NamesATime(tokens[w]);
        foreach (var c in children[head].Where(c => tokens[c].DepRel == "obj" || BareOblique(c) || tokens[c].DepRel == "conj" && (tokens[head].DepRel == "obj" || BareOblique(head))))
        {
            int nested = PrepositionalTarget(tokens, children, c, preposition);
            if (nested >= 0) return nested;
        }
        return -1;
    }

    /// <summary>Whether a count hangs on the act through a participle or an adverbial clause ("fired ..., leaving ... 50 injured").</summary>
    private static bool ToldByAParticiple(Token[] tokens, int toll, int act)
    {
        for (int t = tokens[toll].Head, steps = 0; t >= 0 && t != act && steps < 12; t = tokens[t].Head, steps++)
        {
            if (tokens[t].Xpos == "VBG" || tokens[t].DepRel == "advcl") return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the toll's words hang under the act through participles, adverbial and relative clauses only ("fired tear
    /// gas ... as demonstrations ... turned violent, leaving at least eight people dead", "in an operation that left at
    /// least two protesters dead"), not through a clause of its own.
    /// </summary>
    private static bool TollOfTheAct(Token[] tokens, int toll, int act)
    {
        for (int t = toll, steps = 0; t >= 0 && steps < 12; t = tokens[t].Head, steps++)
        {
            if (t == act) return true;
            if (t != toll && tokens[t].Upos == "VERB" && tokens[t].Xpos != "VBG" && tokens[t].DepRel is not ("advcl" or "acl:relcl")) return false;
        }
        return false;
    }

    /// <summary>A participle of what an act led to (", prompting a two-day strike", ", forcing thousands to flee").</summary>
    private static bool ResultOfTheAct(in Token participle) =>
        participle.DepRel == "advcl" && participle.Xpos == "VBG" && participle.Lemma is "prompt" or "spark" or "trigger" or "force" or "cause";

    private string Modality(Document document, List<int>[] children, int trigger, Event @event)
    {
        var tokens = document.Tokens;
        foreach (var c in children[trigger])
        {
            var form = tokens[c].Form.ToLowerInvariant();
            if (tokens[c].DepRel is "advmod" && form is "not" or "n't" or "never") return Modalities.Negated;
            // ("accused the police of working with a rival faction, without offering evidence": what was done "without" is not done.)
            if (tokens[c].DepRel == "mark" && form == "without" && c < trigger && tokens[trigger].Xpos == "VBG") return Modalities.Negated;
            if (tokens[c].DepRel is "aux" or "aux:pass" && _lexicon.Future.Contains(form)) return Modalities.Future;
            if (tokens[c].DepRel is "aux" && _lexicon.Hypothetical.Contains(form)) return Modalities.Hypothetical;
            // "Each time the talks are suspended, ...": what happens every time is a habit, not an event.
            if (tokens[c].Lemma == "time" && children[c].Any(d => tokens[d].DepRel == "det" && tokens[d].Form.ToLowerInvariant() is "each" or "every")) return Modalities.Hypothetical;
        }
        // "attacks on civilians must stop": acts named as the subject of what must, should or could happen
        // are acts in general, not an incident.
        if (tokens[trigger].Upos == "NOUN" && tokens[trigger].DepRel is "nsubj" or "nsubj:pass" && tokens[trigger].Head is >= 0 and var predicate
            && children[predicate].Any(c => tokens[c].DepRel == "aux" && tokens[c].Form.ToLowerInvariant() is "must" or "should" or "could" or "might" or "may" or "would"))
            return Modalities.Hypothetical;
        // "The ADF can move in small units and strike soft targets": a verb coordinated without a subject of
        // its own shares its first verb's modal.
        if (tokens[trigger].DepRel == "conj" && tokens[trigger].Head is >= 0 and var first
            && !children[trigger].Any(c => tokens[c].DepRel is { } rel && (rel.StartsWith("nsubj", StringComparison.Ordinal) || rel is "aux" or "aux:pass")))
        {
            foreach (var c in children[first])
            {
                if (tokens[c].DepRel is not "aux") continue;
                var form = tokens[c].Form.ToLowerInvariant();
                if (_lexicon.Future.Contains(form)) return Modalities.Future;
                if (_lexicon.Hypothetical.Contains(form)) return Modalities.Hypothetical;
            }
        }
        // "Every few months they fight", "rival groups battle for control of the routes": violence told in the
        // simple present is a habit or a state of affairs, not an event that happened. (Not in a headline,
        // which tells past events in the present and ends without a full stop: "Gunmen kill 12 in Zamfara".)
        // (Nor a past that is spelt as the present, "Last week, settlers beat an elderly farmer", in a sentence
        // that tells when it happened.)
        if (@event.Plover.Type == "ASSAULT" && tokens[trigger].Xpos is "VBP" or "VBZ" && EndsWithAFullStop(document, document.Sentences[@event.Sentence])
            && !(tokens[trigger].Form.ToLowerInvariant() is "beat" or "hit" or "cut" or "shut" or "hurt" or "burst" && @event.Date?.Value is not null))
            return Modalities.Hypothetical;
        // ("armed gangs ... who raid villages, kidnap/VB for ransom and impose levies": so is a base form whose subject is a relative
        // pronoun, with no auxiliary or "to", the present the tagger read as one.)
        if (@event.Plover.Type == "ASSAULT" && tokens[trigger].Xpos == "VB" && EndsWithAFullStop(document, document.Sentences[@event.Sentence])
            && children[trigger].Any(c => tokens[c].DepRel == "nsubj" && tokens[c].Xpos is "WP" or "WDT")
            && !children[trigger].Any(c => tokens[c].DepRel is "aux" or "aux:pass" or "mark"))
            return Modalities.Hypothetical;
        // ("Our people are being slaughtered while the state watches", "while Lebanese were being killed on their
        // own land": violence suffered as it goes on is a complaint about a state of affairs, not an incident.)
        if (@event.Plover.Type == "ASSAULT" && tokens[trigger].Xpos == "VBN"
            && children[trigger].Any(c => tokens[c].DepRel == "aux:pass" && tokens[c].Form.Equals("being", StringComparison.OrdinalIgnoreCase)))
            return Modalities.Hypothetical;
        // "would continue until the faction's leaders were captured", "unless they withdrew": a condition, not a fact.
        // (A verb coordinated with such a clause's verb shares it: "until the leaders were captured or killed".)
        // ("... if attacks on Russian vessels continued": or the clause whose subject the act is.)
        int condition = tokens[trigger].DepRel is "conj" or "nsubj" or "nsubj:pass" && tokens[trigger].Head >= 0 ? tokens[trigger].Head : trigger;
        // ('"As long as soldiers burn our homes, no military truck will pass"': so is "as long as".)
        if (tokens[condition].DepRel == "advcl" && children[condition].Any(c => tokens[c].DepRel == "mark" && (tokens[c].Form.ToLowerInvariant() is "until" or "unless" or "if"
                || c >= 2 && tokens[c].Form.Equals("as", StringComparison.OrdinalIgnoreCase) && tokens[c - 1].Form.Equals("long", StringComparison.OrdinalIgnoreCase)))
            // ("blocked the highway ..., demanding protection, until police fired tear gas to disperse them": a past that ended a past,
            // or the participle of one, is a fact.)
            && !(OpenedByUntil(tokens, children, condition) && ToldInThePast(tokens, children, condition) && tokens[condition].Head is >= 0 and var ended
                 && ToldInThePast(tokens, children, tokens[ended] is { Xpos: "VBG", DepRel: "advcl", Head: >= 0 and var participles } ? participles : ended)))
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
        if (ChargedByAnAccusation(tokens, children, trigger, document.Sentences[@event.Sentence].FirstToken)) return Modalities.Hypothetical;
        // Walk up the clauses: under "demanded that ...", "plan to ...", or "X said ...". A verb coordinated
        // with another is not under it ("denied any role and accused the army"), and a noun is no reporting
        // verb ("denied reports that a checkpoint had been overrun" is a denial).
        bool chargedOf = false;
        // ("demanded that Jakarta withdraw its troops ..., and they have threatened to kill him", with
        // "threatened" hung on "withdraw": a conjunct with a subject and a tense of its own is no part of
        // what is demanded.)
        bool ownFiniteClause = false;
        for (int child = trigger, head = tokens[trigger].Head, depth = 0; head >= 0 && depth < 4; child = head, head = tokens[head].Head, depth++)
        {
            if (tokens[child].DepRel == "conj")
            {
                ownFiniteClause |= children[child].Any(c => tokens[c].DepRel == "nsubj")
                                   && (tokens[child].Xpos is "VBD" or "VBZ" or "VBP" || children[child].Any(c => tokens[c].DepRel == "aux" && tokens[c].Xpos is "VBD" or "VBZ" or "VBP"));
                continue;
            }
            // ("to demand the release of Mamadou Saliou Barry, who was arrested by gendarmes last month": a
            // relative clause tells a fact about its noun, whatever is done with the noun; only a report covers it.)
            // (So does a passive participle on a noun with an article or a count: "demanding the release of a rubber tapper arrested
            // after an earlier bombing"; not people in general, "to demand news of relatives detained since January".)
            if (tokens[child].DepRel == "acl:relcl" || child == trigger && tokens[child].DepRel == "acl" && tokens[child].Xpos == "VBN"
                && children[head].Any(c => tokens[c].DepRel == "nummod" || tokens[c].DepRel == "det" && tokens[c].Form.ToLowerInvariant() is "a" or "an" or "the"))
                ownFiniteClause = true;
            // ("demanded that the government launch an operation ..., after a shooting attack on Monday wounded an Israeli motorist":
            // what a past act told after "after" or "since" did is what happened before the demand, no part of it; "demanding protection,
            // until police fired tear gas" is what ended it.)
            if (tokens[trigger].Xpos == "VBD" && (OpenedByAfterOrSince(tokens, children, child) || OpenedByUntil(tokens, children, child)))
                ownFiniteClause = true;
            var lemma = tokens[head].Lemma ?? "";
            // ("called for restraint during a visit to Beirut": an adjunct of the demand is no part of what it demands.)
            if (_lexicon.Demand.Contains(lemma) && !ownFiniteClause && @event.Plover.Type != "REQUEST" && !IsAdjunct(tokens, children, child) && !Names(tokens, children, head))
                return Modalities.Demanded;
            // ('"But people want to be asked, not ordered."': an appeal wished for is none made.)
            if (lemma is "want" or "wish" or "hope" && tokens[child].DepRel == "xcomp" && @event.Plover.Type == "REQUEST") return Modalities.Hypothetical;
            // ("was dismissed in March after his office opened an inquiry": what happened before or while someone
            // denied or dismissed, an adjunct of the verb, is not what was denied.)
            if (_lexicon.Denial.Contains(lemma) && !IsAdjunct(tokens, children, child)) return Modalities.Negated;
            if (_lexicon.Failure.Contains(lemma) && tokens[child].DepRel == "xcomp") return Modalities.Negated;
            // ("said the government would not allow any group to take control": what a verb with a modal lets, makes or has
            // someone do is no more done than the verb.)
            if (tokens[child].DepRel == "xcomp" && !ownFiniteClause && tokens[head].Upos == "VERB" && children[head].FirstOrDefault(c => tokens[c].DepRel == "aux", -1) is >= 0 and var modal)
            {
                var form = tokens[modal].Form.ToLowerInvariant();
                if (_lexicon.Future.Contains(form)) return Modalities.Future;
                if (_lexicon.Hypothetical.Contains(form)) return Modalities.Hypothetical;
            }
            // ("two joint brigades to patrol the area, but they have yet to be deployed": what is yet to be done is not done.)
            if (lemma == "have" && tokens[child].DepRel == "xcomp" && children[head].Any(c => tokens[c].DepRel == "advmod" && tokens[c].Form.Equals("yet", StringComparison.OrdinalIgnoreCase)))
                return Modalities.Future;
            // ("which has not been able to send rice convoys", "were unable to reach the village": an act one could not do.)
            if (tokens[child].DepRel == "xcomp" && (lemma == "unable" || lemma == "able" && children[head].Any(c => tokens[c].DepRel == "advmod" && tokens[c].Form.ToLowerInvariant() is "not" or "n't" or "never")))
                return Modalities.Negated;
            // "arrested 37 people on charges of vandalism and assaulting officers": an act charged or
            // suspected is alleged, not established.
            if (tokens[head].Upos == "NOUN" && AllegationNouns.Contains(lemma)) return Modalities.Hypothetical;
            // "accused provocateurs of hijacking a peaceful protest": what an accusation charges is alleged, too.
            // (The parser may hang the charge on the accused: "accused provocateurs of hijacking".)
            chargedOf |= children[child].Any(c => tokens[c].DepRel is "mark" or "case" && tokens[c].Form.Equals("of", StringComparison.OrdinalIgnoreCase));
            // (Not in the accuser's words: "The Movement of Central African Liberators for Justice (MLCJ), a former rebel group that
            // signed a peace deal ..., accused", with "of" in its name.)
            if (lemma is "accuse" or "suspect" && tokens[head].Upos == "VERB" && chargedOf && !IsSubject(tokens, child)) return Modalities.Hypothetical;
            // (Not a participle of what the threat led to: "threatened to kill drivers ..., prompting a two-day strike".)
            if (_lexicon.Future.Contains(lemma) && !ResultOfTheAct(tokens[child]) || _lexicon.Promise.Contains(lemma) && tokens[child].DepRel is "xcomp" or "ccomp") return Modalities.Future;
            if (_lexicon.ReportingVerbs.Contains(lemma) && tokens[head].Upos != "NOUN") return Modalities.Reported;
        }
        var sentence = document.Sentences[@event.Sentence];
        for (int i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
        {
            if (tokens[i].Form.Equals("according", StringComparison.OrdinalIgnoreCase) && tokens[i + 1].Form == "to") return Modalities.Reported;
        }
        return Modalities.Asserted;
    }

    /// <summary>
    /// "accused Burkinabe soldiers and the Volunteers for the Defence of the Homeland (VDP) of executing at
    /// least 18 civilians", with "of executing" hung on the last of the accused (or "accused" read as the
    /// soldiers' modifier): an act after "of" whose nearest verb before it (past the participles of the
    /// accused's phrase) is one of accusing is what the accusation charges, however long the list of the accused.
    /// </summary>
    private static bool ChargedByAnAccusation(Token[] tokens, List<int>[] children, int trigger, int sentenceStart)
    {
        int of = children[trigger].FirstOrDefault(c => c < trigger && tokens[c].DepRel is "mark" or "case" && tokens[c].Form.Equals("of", StringComparison.OrdinalIgnoreCase), -1);
        for (int i = of - 1; of >= 0 && i >= sentenceStart && i >= of - 25; i--)
        {
            if (tokens[i].Upos is not ("VERB" or "AUX")) continue;
            if (tokens[i].Lemma is "accuse" or "suspect") return true;
            // (Participles and verbs read into the list of the accused do not end it: "foreign fighters working
            // alongside them", "the army and allied/VBD Russian fighters".)
            if (tokens[i].Xpos is not ("VBG" or "VBN") && tokens[i].DepRel is not ("acl" or "amod" or "conj")) return false;
        }
        return false;
    }

    internal static bool EndsWithAFullStop(Document document, Sentence sentence)
    {
        for (int i = sentence.EndToken - 1; i >= sentence.FirstToken && i >= sentence.EndToken - 2; i--)
        {
            if (document.Tokens[i].Form is "." or "!" or "?") return true;
        }
        return false;
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

    /// <summary>
    /// "The U.S. Embassy in Nairobi urged all sides to avoid violence", "The British embassy": an embassy or consulate is its
    /// country's government abroad (USAGOV, GBRGOV), named by the country or the nationality its words hold. (PETRARCH's
    /// dictionaries code embassies otherwise, so the agent list leaves them out.)
    /// </summary>
    private EventActor? AnEmbassysGovernment(Document document, EventActor? actor)
    {
        if (actor is null || actor.Sector is not null || document.TokenEndingAt(actor.End) is not (>= 0 and var last)
            || document.Tokens[last].Lemma?.ToLowerInvariant() is not ("embassy" or "consulate")) return actor;
        string? country = actor.Code is { Length: 3 } bare ? bare : null;
        country ??= document.Places.Where(p => p.Start >= actor.Start && p.End <= actor.End && p.Feature == "PCLI" && p.Country is not null)
            .Select(p => _lexicon.Alpha3.TryGetValue(p.Country!, out var alpha3) ? alpha3 : null).FirstOrDefault(c => c is not null);
        return country is null ? actor : actor with { Code = country + "GOV", Country = country, Sector = "GOV" };
    }

    /// <summary>The country most of the document's places are in (alpha-3), for actors with no country of their own.</summary>
    private string? DominantCountry(Document document) =>
        Places.DominantCountry.Of(document) is { } alpha2 && _lexicon.Alpha3.TryGetValue(alpha2, out var alpha3) ? alpha3 : null;

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
