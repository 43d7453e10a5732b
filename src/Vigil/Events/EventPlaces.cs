using Vigil.Documents;

namespace Vigil.Events;

/// <summary>Where an event happened: the place its sentence names, else the dateline's, with a precision.</summary>
internal static class EventPlaces
{
    /// <summary>
    /// The place named in the event's sentence (a town before a region before a country), else in the
    /// nearest earlier sentence of its paragraph, else (for an incident soon after the lead) the lead's town, else the dateline's.
    /// </summary>
    /// <param name="doer">An actor whose words are no place of the event, or null: a capital that stands for its
    /// government ("Moscow has denied striking civilian sites") says who, not where.</param>
    /// <param name="places">The places an event can be at, from <see cref="Candidates"/>.</param>
    /// <param name="incident">Whether the event is an incident (an attack, a crackdown, a protest), which a story's lead and the
    /// paragraphs right after it tell of at one scene.</param>
    public static EventPlace? For(Document document, IReadOnlyList<Place> places, Sentence sentence, int trigger, EventActor? doer = null, bool incident = false)
    {
        var dateline = Dateline(document);
        // ("young men ... blocked the road to Waspán at the northern edge of the town": where a road leads is not where on it the
        // event is when the sentence puts it at "the town".)
        var named = NamedIn(document, places, sentence, trigger, doer);
        // ("dozens of young men blocked the road to Niamey with burning tyres": nor is where the road the act is done to leads; an act
        // "on the road to Jega" is on its way there.)
        if (named is not null && IsARoutesDestination(document, named)
            && (Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken).Any(i => SaysTheTown(document.Tokens, sentence, i))
                || document.Tokens[document.TokenStartingAt(named.Start) - 2] is { DepRel: "obj" } route && route.Head == trigger))
            named = null;
        // ("sent reinforcements to the town from Garbahaarrey, the regional capital": where they came from is no place of the
        // event when the sentence sends them to the story's town.)
        if (named is not null && IsOrigin(document, named)
            && Enumerable.Range(sentence.FirstToken + 2, Math.Max(0, sentence.EndToken - sentence.FirstToken - 2))
                .Any(i => SaysTheTown(document.Tokens, sentence, i) && document.Tokens[i - 2].Form.Equals("to", StringComparison.OrdinalIgnoreCase)))
            named = null;
        var inSentence = named ?? InParagraphBefore(document, places, sentence) ?? TownReferredTo(document, sentence, dateline)
                         ?? (incident ? LeadsTownForTheParagraphsAfterIt(document, places, sentence, dateline) : null);
        // A region in the sentence that contains the dateline's town: the town is the more precise answer.
        // (Not when the sentence names a town the gazetteer lacks, "the town of Pont-Sonde in central Haiti": the
        // dateline's capital is then no nearer than the region the sentence gives.)
        bool datelineInside = inSentence is not null && dateline is not null && Rank(inSentence.Feature) > 0 && dateline.Country == inSentence.Country
                              && (Rank(inSentence.Feature) == 3 || dateline.Admin1 == inSentence.Admin1 && (Rank(inSentence.Feature) > 1 || Near(dateline, inSentence)))
                              && !NamesAnUnknownTown(document, sentence) && !(dateline.Feature == "PPLC" && QualifiedByADirection(document, inSentence));
        var place = datelineInside ? dateline : inSentence ?? StoryPlaceAbroad(document, sentence, dateline) ?? dateline;
        if (place is null) return null;
        // ("about 60 km southeast of Baidoa": measured from the place, not at it. The gazetteer entry stays the one the
        // text names, the coordinates are that far in that direction, and a distance and a bearing locate the event
        // to within a district.)
        if (place != dateline && PlaceOffsets.Offset(document, place) is { } offset)
            return new EventPlace(offset.Start, place.End, document.Text[offset.Start..place.End], place.GeonamesId, offset.Lat, offset.Lon, "admin2");
        return new EventPlace(place.Start, place.End, place.Text, place.GeonamesId, place.Lat, place.Lon, Precision(place.Feature));
    }

    /// <summary>
    /// The places an event can be at, in text order, found once per document: the document's toponyms and the capitals it
    /// refers to without naming them ("in Somalia's capital"; none without a gazetteer).
    /// </summary>
    public static IReadOnlyList<Place> Candidates(Document document, Places.Gazetteer? gazetteer)
    {
        var capitals = CapitalReferences.In(document, gazetteer);
        return capitals.Count == 0 ? document.Places : document.Places.Concat(capitals).OrderBy(p => p.Start).ToList();
    }

    /// <summary>
    /// "BANGKOK (AP) — A Myanmar military air strike on a village in the central Sagaing region killed ... Two fighter
    /// jets bombed Pazi Gyi village in Kanbalu township": a dateline whose country the story never names again
    /// reports from abroad; a sentence that names no known place is at the last place in another country named
    /// before it, not at the dateline. Null when the story is at home or names no such place before.
    /// </summary>
    /// <remarks>(With no such place, the first country named as whose its actors are: "DAKAR, Senegal (Reuters) — Burkina
    /// Faso's army executed at least 223 civilians ... in two villages" is in Burkina Faso, not in Dakar.)</remarks>
    private static Place? StoryPlaceAbroad(Document document, Sentence sentence, Place? dateline)
    {
        // (The dateline's own country, "DAKAR, Senegal (Reuters)", is no naming again.)
        if (dateline?.Country is not { } home || document.Places.Any(p => p != dateline && p.Lat is not null && p.Country == home
                && !(p.Start > dateline.End && document.Text.AsSpan(dateline.End, p.Start - dateline.End).Trim() is ",")))
            return null;
        return document.Places.LastOrDefault(p => p.End <= sentence.Start && p.Lat is not null && p.Country is { } country && country != home
                                                  && !IsActorsNationality(document, p) && !IsAnActorsHome(document, p) && !IsARoutesEnd(document, p))
               ?? document.Places.FirstOrDefault(p => p.Start < sentence.End && p.Lat is not null && p.Feature == "PCLI" && p.Country is { } country && country != home
                                                      && !ModifiesAnAgent(document, p));
    }

    /// <summary>
    /// "MOGADISHU, Somalia (Reuters) — ... stormed a military base in central Somalia": a part of the country the
    /// sentence points to ("central", "northern", "the south of"), which a capital reporting from afar is seldom in.
    /// </summary>
    private static bool QualifiedByADirection(Document document, Place place)
    {
        int name = document.TokenStartingAt(place.Start);
        if (name < 1) return false;
        var tokens = document.Tokens;
        return tokens[name - 1].Lemma?.ToLowerInvariant() is "central" or "northern" or "southern" or "eastern" or "western" or "northeastern"
            or "northwestern" or "southeastern" or "southwestern" or "north-eastern" or "north-western" or "south-eastern" or "south-western"
            || name >= 3 && tokens[name - 1].Form.Equals("of", StringComparison.OrdinalIgnoreCase)
               && tokens[name - 2].Lemma?.ToLowerInvariant() is "north" or "south" or "east" or "west" or "northeast" or "northwest" or "southeast" or "southwest" or "centre" or "center";
    }

    /// <summary>
    /// "the town of Pont-Sonde", "the village of Tin-Akoff": a town or village the sentence names that no place was
    /// resolved for; or one it does not name, "stormed a village in northeastern Nigeria's Borno state" (a village is
    /// not the state's capital the dateline names).
    /// </summary>
    private static bool NamesAnUnknownTown(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (int i = sentence.FirstToken; i + 2 < sentence.EndToken; i++)
        {
            if (i > sentence.FirstToken && tokens[i].Lemma is "village" or "hamlet" && tokens[i - 1].Upos is "DET" or "NUM" && tokens[i - 1].Lemma is not ("the" or "this" or "that")
                && tokens[i + 1].Form.ToLowerInvariant() is "in" or "near" or "outside") return true;
            if (tokens[i].Lemma is not ("town" or "village" or "hamlet") || !tokens[i + 1].Form.Equals("of", StringComparison.OrdinalIgnoreCase)
                || tokens[i + 2].Upos != "PROPN") continue;
            int name = i + 2;
            if (!document.Places.Any(p => p.Start == tokens[name].Start && p.Lat is not null)) return true;
        }
        return false;
    }

    /// <summary>
    /// "MUZAFFARABAD, Pakistan (AP) — ... in a village in Pakistan's Kotli district": a district is small, and a
    /// dateline town far from its centre (60 km) is not in it.
    /// </summary>
    private static bool Near(Place town, Place district) =>
        town.Lat is not { } lat1 || town.Lon is not { } lon1 || district.Lat is not { } lat2 || district.Lon is not { } lon2
        || Places.GreatCircle.DistanceKm(lat1, lon1, lat2, lon2) <= 60;

    /// <summary>
    /// The dateline's town: a town near the start of the text, or opening a dateline sentence of its own
    /// after a headline ("Troops fire on vigilantes\n\nANTUNEZ, Mexico (AP) —").
    /// </summary>
    private static Place? Dateline(Document document) =>
        document.Places.FirstOrDefault(p => Rank(p.Feature) == 0 && p.Lat is not null
            && (p.Start < 40 || document.SentenceAt(p.Start) is var index && IsDateline(document, index) && document.Sentences[index].Start == p.Start));

    /// <summary>Whether a sentence is a dateline of its own: among the first three, opening a paragraph, short, ending in a dash.</summary>
    private static bool IsDateline(Document document, int index)
    {
        if (index < 0 || index > 2) return false;
        var sentence = document.Sentences[index];
        if (sentence.End - sentence.Start > 60 || !document.OpensParagraph(sentence.Start)) return false;
        var last = document.Tokens[sentence.EndToken - 1].Form;
        return last is "—" or "–" or "-" or "--";
    }

    /// <param name="trigger">The event's trigger token, or -1: of two places as precise, the one in the trigger's own
    /// clause is the event's ("police arrested 14 in Morelia, and gunmen clashed with vigilantes in Paracuaro").</param>
    /// <param name="verb">The verb whose subject's relative clause names no place of it (the trigger when -1).</param>
    private static Place? NamedIn(Document document, IEnumerable<Place> places, Sentence sentence, int trigger = -1, EventActor? doer = null, int verb = -1)
    {
        var named = places.Where(p => p.Start >= sentence.Start && p.End <= sentence.End && p.Lat is not null && !IsActorsNationality(document, p) && !AcrossTheBorder(document, p)
                                      && !IsAnActorsHome(document, p) && !IsARoutesEnd(document, p)
                                      && !(doer is not null && doer.Start == p.Start && doer.End == p.End) && !InTheSubjectsRelativeClause(document, p, verb >= 0 ? verb : trigger)
                                      && !(trigger >= 0 && InAnotherClauseWithItsOwnSubject(document, p, trigger)))
            .ToList();
        // (A route's destination gives way only to a place as precise: "stranded on the road to Zakho" is still nearer than "Turkey".)
        bool DestinationBesideAnother(Place p) => IsARoutesDestination(document, p)
                                                  && named.Any(q => q != p && Rank(q.Feature) <= Rank(p.Feature) && !IsARoutesDestination(document, q));
        return named.OrderBy(p => NamesAThing(document, sentence, p) || IsOrigin(document, p) || DestinationBesideAnother(p) ? 1 : 0)
            .ThenBy(p => trigger >= 0 && InTheActsOwnPhrase(document, p, trigger) ? 0 : 1)
            .ThenBy(p => Rank(p.Feature))
            .ThenBy(p => trigger < 0 || InClauseOf(document, p, trigger) ? 0 : 1).FirstOrDefault();
    }

    /// <summary>
    /// "the arrest of Ismael Zambada in the United States": a place "in" which an act noun is told, hung on the noun
    /// or on its "of" phrase, is where that act happened, before any town the sentence names for another clause ("Culiacan has been
    /// gripped by fighting ... since the arrest ...").
    /// </summary>
    private static bool InTheActsOwnPhrase(Document document, Place place, int trigger)
    {
        var tokens = document.Tokens;
        if (tokens[trigger].Upos != "NOUN") return false;
        int t = document.TokenEndingAt(place.End);
        while (t >= 0 && tokens[t].DepRel is "flat" or "compound" && tokens[t].Head > t) t = tokens[t].Head;
        // (Or on the act's "of" phrase, where the parser often hangs it: "the arrest of Ismael Zambada in the United States".)
        bool onTheAct = tokens[t].Head == trigger || tokens[t].Head is >= 0 and var owner && tokens[owner].Head == trigger && tokens[owner].DepRel == "nmod"
                        && Enumerable.Range(trigger + 1, Math.Max(0, owner - trigger)).Any(c => tokens[c].Head == owner && tokens[c].DepRel == "case" && tokens[c].Form.Equals("of", StringComparison.OrdinalIgnoreCase));
        return t > trigger && onTheAct && tokens[t].DepRel == "nmod"
               && Enumerable.Range(trigger + 1, t - trigger).Any(c => tokens[c].Head == t && tokens[c].DepRel == "case" && tokens[c].Form.Equals("in", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "Governor Rotimi Akeredolu, who cut short a trip to the capital Abuja, ... vowed that the killers would be hunted
    /// down": a place in a relative clause on the act's subject says where the subject was, not where the act was.
    /// </summary>
    private static bool InTheSubjectsRelativeClause(Document document, Place place, int trigger)
    {
        if (trigger < 0) return false;
        var tokens = document.Tokens;
        int verb = trigger;
        while (tokens[verb].DepRel == "conj" && tokens[verb].Head >= 0) verb = tokens[verb].Head;
        int t = document.TokenEndingAt(place.End);
        for (int steps = 0; t >= 0 && steps < 8; steps++, t = tokens[t].Head)
        {
            if (tokens[t].DepRel == "acl:relcl" && tokens[t].Head is >= 0 and var noun)
            {
                // (Up the name the clause is on: "Ondo state Governor Rotimi Akeredolu, who ...", hung on "Rotimi".)
                while (tokens[noun].DepRel is "flat" or "compound" or "appos" or "nmod:desc" && tokens[noun].Head >= 0) noun = tokens[noun].Head;
                return tokens[noun].Head == verb && tokens[noun].DepRel is "nsubj" or "nsubj:pass";
            }
        }
        return false;
    }

    /// <summary>Whether the place's words hang on the trigger with no other verb between.</summary>
    private static bool InClauseOf(Document document, Place place, int trigger)
    {
        var tokens = document.Tokens;
        int t = document.TokenEndingAt(place.End);
        for (int steps = 0; t >= 0 && steps < 64; steps++, t = tokens[t].Head)
        {
            if (t == trigger) return true;
            if (tokens[t].Upos == "VERB" && steps > 0) return false;
        }
        return false;
    }

    /// <summary>
    /// "A 45-year-old tailor ... was beaten to death by a group of men near the city's vegetable market, his family said, and a second
    /// man ... died overnight in a hospital in Kathmandu": a place in a coordinated clause with its own subject, not the act's own or
    /// one above it, is that clause's, not the act's (however the parser hung the conjunct).
    /// </summary>
    private static bool InAnotherClauseWithItsOwnSubject(Document document, Place place, int trigger)
    {
        var tokens = document.Tokens;
        int verb = document.TokenEndingAt(place.End);
        for (int steps = 0; verb >= 0 && steps < 16 && tokens[verb].Upos != "VERB"; steps++) verb = tokens[verb].Head;
        if (verb < 0 || verb == trigger || tokens[verb].Upos != "VERB" || tokens[verb].DepRel != "conj" || !HasOwnSubject(document, verb)) return false;
        for (int t = trigger, steps = 0; t >= 0 && steps < 32; t = tokens[t].Head, steps++)
        {
            if (t == verb) return false;
        }
        return true;
    }

    /// <summary>Whether the verb has a subject of its own (looked for in its sentence only).</summary>
    private static bool HasOwnSubject(Document document, int verb)
    {
        var sentence = document.SentenceOf(verb);
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Tokens[t].Head == verb && document.Tokens[t].DepRel is "nsubj" or "nsubj:pass") return true;
        }
        return false;
    }

    /// <summary>
    /// "sent reinforcements by road from Ouahigouya to Djibo": where something comes from is not where the
    /// event happens when the sentence names another place.
    /// </summary>
    private static bool IsOrigin(Document document, Place place)
    {
        int before = place.Start - 1;
        while (before >= 0 && document.Text[before] == ' ') before--;
        return before >= 3 && document.Text.AsSpan(before - 3, 4).Equals("from", StringComparison.OrdinalIgnoreCase)
               && (before == 3 || !char.IsLetter(document.Text[before - 4]));
    }

    /// <summary>
    /// "In Gboko, ... hundreds of youths blocked the road to Makurdi": where a road leads or comes from (or a shipment is bound) is not
    /// where on it the event happens when the sentence names another place.
    /// </summary>
    private static bool IsARoutesDestination(Document document, Place place)
    {
        int name = document.TokenStartingAt(place.Start);
        var tokens = document.Tokens;
        // ("turning back trucks at checkpoints on the roads from Gao and Kidal": or where roads come from, and the name after "and" too.)
        int end = BeforeTheFirstOfTwoNames(tokens, name - 1, out _);
        if (end >= 1 && tokens[end].Form.Equals("from", StringComparison.OrdinalIgnoreCase) && RouteNouns.Contains(tokens[end - 1].Lemma ?? "")) return true;
        return name >= 2 && (tokens[name - 1].Form.Equals("to", StringComparison.OrdinalIgnoreCase) && RouteNouns.Contains(tokens[name - 2].Lemma ?? "")
                             // ("halting the loading of a cashew shipment bound for Asia": or where a load is bound.)
                             || tokens[name - 1].Form.Equals("for", StringComparison.OrdinalIgnoreCase) && tokens[name - 2].Form.ToLowerInvariant() is "bound" or "destined");
    }

    /// <summary>"The Britain-based Syrian Observatory for Human Rights accused ...": where an actor is based says who, not where.</summary>
    private static bool IsAnActorsHome(Document document, Place place)
    {
        var after = document.Text.AsSpan(place.End);
        return after.StartsWith("-based", StringComparison.OrdinalIgnoreCase) || after.StartsWith("-born", StringComparison.OrdinalIgnoreCase)
               || after.StartsWith("-headquartered", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "blocked the Jos-Abuja highway": a town joined to another by a dash to name a road, railway or pipeline is one
    /// end of it, not where on it the event happened.
    /// </summary>
    private static bool IsARoutesEnd(Document document, Place place)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        // ("blocked the highway linking Kaduna and Jos at Kauru": so are the towns a road is said to link.)
        // (Not "the road linking Anka to Gusau", blocked at its start, the story's town: "to" names the destination.)
        int after = document.TokenEndingAt(place.End) + 1;
        int before = BeforeTheFirstOfTwoNames(tokens, document.TokenStartingAt(place.Start) - 1, out bool second);
        if ((second || after > 0 && after < tokens.Length && tokens[after].Form is "and") && before >= 1
            && tokens[before].Form.ToLowerInvariant() is "linking" or "connecting" or "joining" && RouteNouns.Contains(tokens[before - 1].Lemma ?? ""))
            return true;
        bool joined = place.Start > 1 && text[place.Start - 1] is '-' or '–' && char.IsLetter(text[place.Start - 2])
                      || place.End + 1 < text.Length && text[place.End] is '-' or '–' && char.IsLetter(text[place.End + 1]);
        if (!joined) return false;
        int t = document.TokenEndingAt(place.End);
        for (int steps = 0; t >= 0 && steps < 4; steps++, t = tokens[t].Head)
        {
            if (tokens[t].Upos == "NOUN") return RouteNouns.Contains(tokens[t].Lemma ?? "");
        }
        return false;
    }

    /// <summary>
    /// The word before a place's name, or, when the name is the second of two ("Gao and Kidal"), the word before the first
    /// (<paramref name="second"/> says which).
    /// </summary>
    private static int BeforeTheFirstOfTwoNames(Token[] tokens, int before, out bool second)
    {
        second = before >= 3 && tokens[before].Form is "and" or "or" && tokens[before - 1].Xpos == "NNP";
        return second ? before - 2 : before;
    }

    private static readonly HashSet<string> RouteNouns = new(StringComparer.OrdinalIgnoreCase)
        { "highway", "road", "railway", "railroad", "expressway", "motorway", "route", "corridor", "pipeline", "line", "freeway" };

    /// <summary>"near the border with Cameroon": the country across a border is where the event is not.</summary>
    private static bool AcrossTheBorder(Document document, Place place)
    {
        var before = document.Text.AsSpan(0, place.Start).TrimEnd();
        return before.EndsWith("border with", StringComparison.OrdinalIgnoreCase) || before.EndsWith("frontier with", StringComparison.OrdinalIgnoreCase)
               || before.EndsWith("border with the", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "PORT SUDAN, Sudan (Reuters) — ... shelled a displacement camp on the outskirts of El Fasher ... The army said its
    /// forces had repelled an RSF attack on the city's southern defences": "the city" or "the town" with no name of its own
    /// is the town the story's lead is about, when the story never names the dateline's town again (whose city it otherwise is).
    /// So is the town of the act a sentence opens on as already told: "PORT-AU-PRINCE, Haiti (AP) — Gang members ... stormed the
    /// town of Mirebalais ... The attack was carried out by the Viv Ansanm gang coalition, according to Haiti's National Police,
    /// which said officers exchanged gunfire with the attackers".
    /// </summary>
    private static Place? TownReferredTo(Document document, Sentence sentence, Place? dateline)
    {
        var tokens = document.Tokens;
        for (int i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            bool theTown = SaysTheTown(tokens, sentence, i);
            bool theActToldBefore = i == sentence.FirstToken + 1 && tokens[i].Upos == "NOUN" && ActsToldBefore.Contains(tokens[i].Lemma ?? "");
            if (!(theTown || theActToldBefore) || !tokens[i - 1].Form.Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            // (A dateline town the story names again is the story's town, and "the city" is likely it; the act the lead
            // tells is where the lead says.)
            if (theTown && dateline is not null && document.Places.Any(p => p != dateline && p.GeonamesId == dateline.GeonamesId && p.Start > dateline.End + 40)) return null;
            if (LeadIndex(document, dateline) is not (>= 0 and var leadIndex)) return null;
            var lead = document.Sentences[leadIndex];
            // (After the dateline's dash: "MOCIMBOA DA PRAIA, Mozambique —" names no other town.)
            int dash = dateline is null ? -1 : document.Text.IndexOfAny(['—', '–'], dateline.End, Math.Min(80, document.Text.Length - dateline.End));
            int from = Math.Max(lead.Start, dash + 1);
            return lead.Start >= sentence.Start ? null
                : document.Places.FirstOrDefault(p => p.Start >= from && p.End <= lead.End && p.Lat is not null && Rank(p.Feature) == 0
                                                      && (dateline is null || p.GeonamesId != dateline.GeonamesId));
        }
        return null;
    }

    /// <summary>
    /// "AREQUIPA, Peru (Reuters) — Police fired tear gas ... on the Pan-American Highway near Cocachacra on Tuesday ...\n\nHundreds of
    /// farmers from the Tambo valley had blocked the highway since dawn": an incident in the three paragraphs after the lead, in a
    /// sentence and paragraph that name no place, is at the town the lead's clause names (not at the dateline's, from which the
    /// story is reported), or at the lead's division when the dateline's town is in another ("ABUJA ... abducted 25 schoolgirls
    /// ... in Nigeria's northwestern Kebbi state ... Parents gathered outside the school": Kebbi). Null when the lead names no such place.
    /// </summary>
    private static Place? LeadsTownForTheParagraphsAfterIt(Document document, IReadOnlyList<Place> places, Sentence sentence, Place? dateline)
    {
        if (dateline is null || LeadIndex(document, dateline) is not (>= 0 and var leadIndex) || leadIndex >= document.SentenceAt(sentence.Start)) return null;
        var lead = document.Sentences[leadIndex];
        int paragraphBreaks = document.Text.AsSpan(lead.End, sentence.Start - lead.End).Count("\n\n");
        if (paragraphBreaks is < 1 or > 3) return null;
        // ("the city" of a story that names its dateline's town again is that town: TownReferredTo.)
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (SaysTheTown(document.Tokens, sentence, i)) return null;
        }
        return NamedInItsRootsClause(document, places, lead) is { } place && place.GeonamesId != dateline.GeonamesId
               && (Rank(place.Feature) == 0 || Rank(place.Feature) is 1 or 2 && place.Country == dateline.Country && place.Admin1 != dateline.Admin1) ? place : null;
    }

    /// <summary>The index of the story's lead sentence: the dateline's, or the one after a dateline that is a sentence of its own; -1 if none.</summary>
    private static int LeadIndex(Document document, Place? dateline)
    {
        int index = dateline is null ? 0 : document.SentenceAt(dateline.End - 1);
        if (index >= 0 && IsDateline(document, index)) index++;
        return index < document.Sentences.Count ? index : -1;
    }

    /// <summary>
    /// The place a sentence names, looked at from its root, so that a place in a relative clause on its subject is passed over
    /// ("hundreds of displaced families who had fled villages around Bara protested outside the state government's offices").
    /// </summary>
    private static Place? NamedInItsRootsClause(Document document, IEnumerable<Place> places, Sentence sentence)
    {
        int root = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).FirstOrDefault(t => document.Tokens[t].Head < 0, -1);
        return NamedIn(document, places, sentence, verb: root);
    }

    /// <summary>Whether the place is where someone was moved, taken or flown to ("had been moved to Sanniquellie").</summary>
    private static bool WhereSomeoneWasMoved(Document document, Place place)
    {
        int name = document.TokenStartingAt(place.Start);
        var tokens = document.Tokens;
        return name >= 2 && tokens[name - 1].Form.Equals("to", StringComparison.OrdinalIgnoreCase) && tokens[name - 2].Xpos is "VBN" or "VBD"
               && tokens[name - 2].Lemma?.ToLowerInvariant() is "move" or "transfer" or "fly" or "evacuate" or "airlift" or "relocate" or "take" or "rush";
    }

    /// <summary>Whether token <paramref name="i"/> is "city" or "town" after "the" with no name after it ("the city's southern defences", not "the town of Sibi").</summary>
    private static bool SaysTheTown(Token[] tokens, Sentence sentence, int i) =>
        i > sentence.FirstToken && tokens[i].Lemma is "city" or "town" && tokens[i - 1].Form.Equals("the", StringComparison.OrdinalIgnoreCase)
        && !(i + 1 < sentence.EndToken && tokens[i + 1].Form.Equals("of", StringComparison.OrdinalIgnoreCase));

    /// <summary>Nouns of acts a lead tells, which a later sentence opening on "The ..." refers back to.</summary>
    private static readonly HashSet<string> ActsToldBefore = new(StringComparer.OrdinalIgnoreCase)
        { "attack", "assault", "raid", "ambush", "massacre", "bombing", "shooting", "killings", "rampage", "siege" };

    /// <summary>The place of the nearest earlier sentence in the same paragraph ("... in Guayaquil. At least 116 died."), or null.</summary>
    /// <remarks>("In a separate attack, armed men opened fire on a passenger boat ... near Lukolela ...\n\nThe attackers then seized three
    /// crew members": or of the paragraph before, for a sentence that opens on the attackers that paragraph told of.)</remarks>
    private static Place? InParagraphBefore(Document document, IEnumerable<Place> places, Sentence sentence)
    {
        int index = document.SentenceAt(sentence.Start);
        var tokens = document.Tokens;
        bool theAttackersAgain = sentence.EndToken - sentence.FirstToken > 2 && tokens[sentence.FirstToken].Form == "The"
                                 && tokens[sentence.FirstToken + 1].Form is "attackers" or "gunmen" or "assailants" or "raiders" or "kidnappers" or "abductors";
        for (int s = index - 1; s >= 0; s--)
        {
            var earlier = document.Sentences[s];
            if (document.Text.AsSpan(earlier.End, sentence.Start - earlier.End).Contains('\n') && !(theAttackersAgain && s == index - 1)) return null;
            // The dateline opens the first paragraph and is the last resort, not a paragraph's place.
            if (s == 0 && earlier.End < 60 && document.Sentences.Count > 1 || IsDateline(document, s)) return null;
            // ("The man had been moved to Sanniquellie, the county capital, hours earlier. Some in the crowd then threw stones": where
            // someone was moved to is not where the next sentence's crowd is.)
            if (NamedInItsRootsClause(document, places, earlier) is { } place) return WhereSomeoneWasMoved(document, place) ? null : place;
            sentence = earlier;
        }
        return null;
    }

    /// <summary>
    /// A place name used as a modifier of a common noun ("the Lekki toll gate in Lagos", "an Aleppo
    /// hospital") names the thing, often after a district or a namesake elsewhere; the place the clause
    /// puts the event in ("in Lagos") is the better location.
    /// </summary>
    private static bool NamesAThing(Document document, Sentence sentence, Place place)
    {
        var tokens = document.Tokens;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].End != place.End) continue;
            // ("in Russia's Volgograd region", "the Kharkiv area": a division or area word names the place itself.)
            return tokens[i].DepRel == "compound" && tokens[i].Head >= 0 && tokens[tokens[i].Head].Upos == "NOUN"
                   && !IsPlaceWord(tokens[tokens[i].Head].Form.ToLowerInvariant());
        }
        return false;
    }

    private static bool IsPlaceWord(string noun) =>
        Places.PlaceCues.Default.AfterRegion.Contains(noun) || Places.PlaceCues.Default.AfterTown.Contains(noun) || DivisionNouns.Contains(noun);

    /// <summary>Lower divisions the cue lists leave out ("in Pakistan's Kotli district": the district is the place).</summary>
    private static readonly HashSet<string> DivisionNouns = new(StringComparer.Ordinal) { "district", "county", "territory", "commune", "subdistrict", "tehsil" };

    /// <summary>
    /// A nationality that describes an actor ("Israeli warplanes struck targets in Lebanon") says who, not
    /// where; one that describes a place ("the southern Lebanese town of Khiam") still locates the event.
    /// </summary>
    private static bool IsActorsNationality(Document document, Place place)
    {
        if (IsActorsOwner(document, place) || ModifiesAnAgent(document, place) || IsAnAgent(document, place) || DescribesAnActor(document, place) || NamesACriminalGroup(document, place) || CountryAsASubject(document, place)
            || CountryAsAnAddressee(document, place) || NamesItsPeople(place)) return true;
        if (!document.Entities.Any(e => e.Label == "NORP" && e.Mentions.Any(m => m.Start == place.Start && m.End == place.End))) return false;
        int token = document.TokenStartingAt(place.Start);
        if (token < 0 || document.Tokens[token].Head is not (>= 0 and var head)) return true;
        var noun = document.Tokens[head].Lemma ?? document.Tokens[head].Form;
        return !Places.PlaceCues.Default.TownNouns.Contains(noun) && !Places.PlaceCues.Default.AppositionNouns.Contains(noun);
    }

    /// <summary>
    /// "detained 11 people, including four Colombians, on farms outside El Nula": a country's people in the
    /// plural (the mention ends in "s", the country's name does not) are who, not where.
    /// </summary>
    private static bool NamesItsPeople(Place place) =>
        place.Feature == "PCLI" && place.Name is { } name && !place.Text.Equals(name, StringComparison.OrdinalIgnoreCase)
        && place.Text.EndsWith('s') && !name.EndsWith('s') && !place.Text.Contains(' ');

    /// <summary>
    /// "The air force said Russia launched 8 missiles, of which it shot down 6": a country that is a clause's
    /// subject acts (its government or forces); it is no place of the sentence's other events.
    /// </summary>
    /// <remarks>(So is a name of more words and a conjunct of the subject: "The United States and Britain urged both
    /// sides ... Opposition leader Kalonzo Musyoka called for an inquiry"; "Egypt and Qatar condemned the strike, and
    /// Guterres called for a ceasefire".)</remarks>
    private static bool CountryAsASubject(Document document, Place place) =>
        CountrysWord(document, place) is >= 0 and var token && document.Tokens[token].DepRel is "nsubj" or "nsubj:pass";

    /// <summary>The word that names a country in its clause (the first of coordinated names, "The United States and Britain"), or -1.</summary>
    private static int CountrysWord(Document document, Place place)
    {
        if (place.Feature != "PCLI") return -1;
        var tokens = document.Tokens;
        int token = document.TokenEndingAt(place.End);
        if (token < 0 || tokens[token].Start < place.Start || tokens[token].Upos != "PROPN") return -1;
        return tokens[token].DepRel == "conj" && tokens[token].Head >= 0 ? tokens[token].Head : token;
    }

    /// <summary>
    /// "urged the United States and France ... to press Israel to stop them", "accused Rwanda of backing the rebels": a
    /// country spoken to or of, the object of a verb of appeal, blame or praise, is the government addressed, no place
    /// of the sentence's events ("invaded Ukraine" still locates one).
    /// </summary>
    /// <remarks>(So is a capital or a province that stands for its government, spoken to or told what to do: "demanded that Kabul hand
    /// over the group's leaders", "urged Kabul to act".)</remarks>
    private static bool CountryAsAnAddressee(Document document, Place place)
    {
        var tokens = document.Tokens;
        int token = CountrysWord(document, place);
        if (token < 0 && place.Feature is "PPLC" or "ADM1" && document.TokenEndingAt(place.End) is >= 0 and var capital && tokens[capital].Start == place.Start && tokens[capital].Upos == "PROPN")
        {
            if (tokens[capital].DepRel == "nsubj" && tokens[capital].Head is >= 0 and var demanded && tokens[demanded].DepRel == "ccomp"
                && tokens[demanded].Head is >= 0 and var demander && tokens[demander].Lemma is "demand" or "urge" or "ask" or "insist") return true;
            token = capital;
        }
        return token >= 0 && tokens[token].DepRel is "obj" or "iobj" && tokens[token].Head is >= 0 and var verb
               && tokens[verb].Lemma is "urge" or "ask" or "press" or "pressure" or "accuse" or "blame" or "warn" or "thank" or "praise" or "criticize" or "criticise" or "condemn"
                   or "summon" or "invite" or "implore" or "exhort";
    }

    /// <summary>
    /// "The Jalisco cartel has been fighting ...", "the Sinaloa cartel": a cartel or gang is named after where
    /// it comes from, not where it acts.
    /// </summary>
    private static bool NamesACriminalGroup(Document document, Place place)
    {
        int token = document.TokenEndingAt(place.End);
        if (token < 0 || document.Tokens[token].DepRel != "compound" || document.Tokens[token].Head is not (>= 0 and var head)) return false;
        return Actors.AgentDictionary.Default.SectorOf(document.Tokens[head].Lemma) == "CRM";
    }

    /// <summary>"the Saudi-led coalition", "Iran-backed rebels", "Moscow-allied forces": who leads, backs or sides with an actor, not where it acts.</summary>
    private static bool DescribesAnActor(Document document, Place place)
    {
        var after = document.Text.AsSpan(place.End);
        if (after.Length < 4 || after[0] != '-') return false;
        int word = 1;
        while (word < after.Length && char.IsAsciiLetterLower(after[word])) word++;
        return after[1..word] is "led" or "backed" or "run" or "allied" or "sponsored" or "supported" or "funded" or "aligned" or "controlled";
    }

    /// <summary>
    /// "Pakistan's military said two of its soldiers were killed": a place that owns an actor ("'s" on a
    /// noun of the agent list) says whose the actor is, not where the event happened. ("Mogadishu's main
    /// market" still locates it: a market is no actor.)
    /// </summary>
    private static bool IsActorsOwner(Document document, Place place)
    {
        int token = document.TokenStartingAt(place.Start);
        if (token < 0 || document.Tokens[token].DepRel != "nmod:poss" || document.Tokens[token].Head is not (>= 0 and var head)) return false;
        // ("India's deputy high commissioner": the agent may be the noun with the word before it.)
        // ("Russia's Defense Ministry", a name the parser made "Defense" with "Ministry" flat on it: the name's last word,
        // looked up as the list writes it, in lower case.)
        var tokens = document.Tokens;
        while (head + 1 < tokens.Length && tokens[head + 1].Head == head && tokens[head + 1].DepRel == "flat") head++;
        var before = head > 0 ? tokens[head - 1].Form.ToLowerInvariant() + " " : "";
        var lemma = tokens[head].Lemma?.ToLowerInvariant();
        var form = tokens[head].Form.ToLowerInvariant();   // ("charge d'affaires", whose lemma the lemmatizer makes "d'affaire")
        return Actors.AgentDictionary.Default.CodeOf(lemma, before + lemma) is not null || Actors.AgentDictionary.Default.CodeOf(form, before + form) is not null;
    }

    /// <summary>
    /// "two Oromia district officials", "accused Oromia forces of shelling", "the U.S. military's Africa command": a division,
    /// a country or a continent whose name modifies an agent noun says whose officials or forces they are, not where they act.
    /// </summary>
    private static bool ModifiesAnAgent(Document document, Place place)
    {
        if (place.Feature is not ("ADM1" or "ADM2" or "PCLI" or "CONT")) return false;
        var tokens = document.Tokens;
        int token = document.TokenEndingAt(place.End);
        if (token < 0 || tokens[token].DepRel != "compound" || tokens[token].Head is not (> 0 and var head) || head < token || tokens[head].Upos != "NOUN") return false;
        return Actors.AgentDictionary.Default.CodeOf(tokens[head].Lemma?.ToLowerInvariant(), tokens[head - 1].Form.ToLowerInvariant() + " " + tokens[head].Lemma?.ToLowerInvariant()) is not null;
    }

    /// <summary>"84 of the 112 drones launched by Russia": a place that is a passive's agent acts; it is no place of the act.</summary>
    private static bool IsAnAgent(Document document, Place place)
    {
        int token = document.TokenEndingAt(place.End);
        return token >= 0 && document.Tokens[token].DepRel == "obl:agent";
    }

    private static int Rank(string? feature) => feature switch
    {
        "PCLI" or "CONT" or "RGN" => 3,
        "ADM1" => 2,
        "ADM2" => 1,
        _ => 0,
    };

    private static string Precision(string? feature) => Rank(feature) switch { 0 => "town", 1 => "admin2", 2 => "admin1", _ => "country" };

    /// <summary>The rank of a precision <see cref="Precision"/> gives, narrowest first (town 0 ... country 3).</summary>
    internal static int PrecisionRank(string precision) => precision switch { "town" => 0, "admin2" => 1, "admin1" => 2, _ => 3 };
}
