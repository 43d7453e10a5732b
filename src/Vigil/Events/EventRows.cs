using Vigil.Documents;

namespace Vigil.Events;

/// <summary>
/// Coded events that are no rows of an event data set: violence that retells a nearby attack, things
/// exploding, a witness's quoted account, acts of a speaker's "we" or of nobody in particular.
/// </summary>
internal static class EventRows
{
    /// <summary>
    /// The events that are no rows: nobody and no toll, a retold attack, a thing exploding, a conflict's
    /// running toll, a speaker's "we". Decided over the whole list before anything is removed, and a
    /// retold toll is handed to its attack on the way (when the attack has none of its own).
    /// </summary>
    public static HashSet<Event> NoRows(Document document)
    {
        var noRows = new HashSet<Event>();
        // (Read once: the quotation rules ask for every event.)
        var quotations = Attribution.AttributionStage.QuotationSpans(document.Text).ToList();
        foreach (var e in document.Events)
        {
            // (A curfew imposed is one whoever imposed it: "A dusk-to-dawn curfew was imposed on Tuesday night on three wards".)
            bool noRow = e.Actor1 is null && (e.Actor2 is null || ProtestAgainstAnIssue(e)) && e.Fatalities is null && e.Injuries is null && !e.Cameo.StartsWith("1723", StringComparison.Ordinal);
            if (!noRow && (RetoldAttack(document, e) ?? AttackFiredBack(document, e)) is { } attack)
            {
                attack.Fatalities ??= e.Fatalities;
                attack.Injuries ??= e.Injuries;
                noRow = true;
            }
            noRow = noRow || ExplosionOfAThing(document, e) || ConflictsToll(document, e) || WitnessesAccount(document, e, quotations) || SeizedAThing(document, e)
                    || DetailOfTheAttack(document, e) || RetreatFromNowhere(document, e) || RepelledTheAttackTold(document, e)
                    || NeighboursHelp(document, e) || SaidByASign(document, e) || QuotedRetelling(document, e, quotations) || StruckByAProjectile(document, e) || WhoSomeoneNamedIs(document, e)
                    || e.Actor1 is { } speaker && UnresolvedPeople.Contains(speaker.Text.ToLowerInvariant());
            if (noRow) noRows.Add(e);
        }
        return noRows;
    }

    /// <summary>
    /// "A rally against fuel prices turned into a riot": what a protest nobody is named for is against, when no
    /// actor can be coded from it and it names no entity, is its issue, not a side: the event still has nobody.
    /// </summary>
    private static bool ProtestAgainstAnIssue(Event e) =>
        e.Plover.Type == "PROTEST" && e.Actor2 is { Code: null or "", Entity: null };

    /// <summary>
    /// "said its troops had repelled the assault": repelling the attack the story has told is the other
    /// side of that fight, which is coded once, as the attack ("repelled an attack by militants on a
    /// checkpoint", told for the first time, stays; so does a repulse that killed attackers, "repelled the
    /// assault, killing 12 of the assailants", the defenders' own violence, as coders code it; not one that lost
    /// the defenders' men: "repulsed the assault ..., losing four soldiers").
    /// </summary>
    private static bool RepelledTheAttackTold(Document document, Event e)
    {
        if (e.Fatalities is { } toll && !CasualtyFinder.IsALoss(document, toll) || document.TokenStartingAt(e.Trigger.Start) is not (>= 0 and var trigger)
            || document.Tokens[trigger].Lemma is not ("repel" or "repulse")) return false;
        var tokens = document.Tokens;
        return DependentsOf(document, trigger).Any(act => act > trigger && tokens[act].DepRel == "obj"
            && tokens[act].Lemma is "attack" or "assault" or "offensive" or "raid" or "incursion"
            && DependentsOf(document, act).Any(d => d < act && tokens[d].DepRel is "det" or "nmod:poss" && tokens[d].Form.ToLowerInvariant() is "the" or "that" or "this" or "its" or "their"));
    }

    /// <summary>
    /// "The attackers withdrew before reinforcements arrived", "a column of retreating fighters": a retreat
    /// from nowhere named is how a fight ended, part of its story; forces withdrawing from a place ("withdrew
    /// from Kherson") or withdrawing troops de-escalate (087), as coders code it.
    /// </summary>
    private static bool RetreatFromNowhere(Document document, Event e)
    {
        if (!e.Cameo.StartsWith("087", StringComparison.Ordinal) || document.TokenStartingAt(e.Trigger.Start) is not (>= 0 and var trigger)
            || document.Tokens[trigger].Lemma is not ("withdraw" or "retreat")) return false;
        var tokens = document.Tokens;
        return !DependentsOf(document, trigger).Any(t => tokens[t].DepRel == "obj" || tokens[t].DepRel is "obl" or "obl:arg" && HasCase(document, t, "from"));
    }

    private static bool HasCase(Document document, int noun, string preposition) =>
        DependentsOf(document, noun).Any(t => t < noun && document.Tokens[t].DepRel == "case" && document.Tokens[t].Form.Equals(preposition, StringComparison.OrdinalIgnoreCase));

    /// <summary>The words of the token's sentence that hang on it, in reading order.</summary>
    private static IEnumerable<int> DependentsOf(Document document, int token)
    {
        var sentence = document.SentenceOf(token);
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Tokens[t].Head == token) yield return t;
        }
    }

    /// <summary>
    /// "gunmen ambushed a state police patrol ... One of the attackers was killed when police returned fire":
    /// the attacked returning fire fight the same fight, the attack of the sentence or the two before
    /// whose target they are (its toll is handed over). Forces who return fire on gunmen attacking a village
    /// fight a clash of their own.
    /// </summary>
    private static Event? AttackFiredBack(Document document, Event e)
    {
        if (e.Actor1?.Code is not { } returners || document.TokenStartingAt(e.Trigger.Start) is not (>= 0 and var trigger)
            || document.Tokens[trigger].Lemma != "return") return null;
        // ("Troops returned fire, killing three of the attackers": fire returned that its own participle says killed is the
        // defenders' own violence, as a repulse that killed is; not "One of the attackers was killed when police returned fire".)
        if (e.Fatalities is not null && DependentsOf(document, trigger).Any(d => document.Tokens[d].Xpos == "VBG" && document.Tokens[d].DepRel == "advcl")) return null;
        return document.Events.LastOrDefault(a => a != e && a.Plover.Type == "ASSAULT" && a.Sentence <= e.Sentence && a.Sentence >= e.Sentence - 2
                                                  && a.Trigger.Start < e.Trigger.Start && a.Actor2?.Code == returners);
    }

    /// <summary>
    /// "Two marines were wounded", "31 soldiers had been killed", written near an attack whose attacker is
    /// named: violence with no attacker of its own, within three sentences after (or in the sentence of) an
    /// attack by someone, retells that attack (returned) or counts its toll, and is no event of its own.
    /// Violence by no one named and near no such attack ("A community leader was shot dead") stays.
    /// </summary>
    private static Event? RetoldAttack(Document document, Event e)
    {
        if (e.Actor1 is not null || e.Plover.Type != "ASSAULT") return null;
        // ("Four other officers were wounded in the assault, ... Governor X told reporters on Wednesday": an act
        // the words name as the one told, whatever day the teller speaks.)
        int trigger = document.TokenStartingAt(e.Trigger.Start);
        bool namesTheAttack = trigger >= 0 && InTheAttack(document, trigger);
        // ("saying the men were being questioned over the attack": "the attack" with nothing to tell which is
        // the one the story has told, however far back.)
        bool bareDefinite = trigger >= 0 && IsBareDefiniteAct(document, trigger);
        // (Not one on another day: "In October, the mayor was killed".)
        // (Nor an abduction after a killing: "Eleven children and four women were abducted during the raid".)
        // (Nor the war a clause of time puts around it: "A drone strike ... killed at least 30 people ..., as fighting between
        // federal troops and Fano militiamen intensified".)
        // (Nor an attack that did not happen: "Hezbollah has not fired at Israel since Monday".)
        return document.Events.LastOrDefault(a => a != e && a.Actor1 is not null && a.Plover.Type == "ASSAULT" && a.Modality != Modalities.Negated && a.Sentence <= e.Sentence && (e.Sentence - a.Sentence <= 3 || bareDefinite || namesTheAttack)
                                                  && !EventMentions.TheWarAroundIt(document, a, e)
                                                  // ("a police sergeant was shot ..., and in March last year two Carabineros were killed by gunmen":
                                                  // another passive with a subject of its own tells another attack.)
                                                  && !(a.Sentence == e.Sentence && EventMentions.TwoPassivesOfTheirOwn(document, a, e))
                                                  && (namesTheAttack || bareDefinite || e.Date?.Value is null || a.Date?.Value is null || e.Date.Value == a.Date.Value)
                                                  && (a.Cameo.StartsWith("181", StringComparison.Ordinal) == e.Cameo.StartsWith("181", StringComparison.Ordinal)));
    }

    /// <summary>"the attack", "the raid": an act noun with "the" and nothing else of its own.</summary>
    private static bool IsBareDefiniteAct(Document document, int trigger)
    {
        var tokens = document.Tokens;
        if (tokens[trigger].Upos != "NOUN" || trigger == 0 || !tokens[trigger - 1].Form.Equals("the", StringComparison.OrdinalIgnoreCase)) return false;
        // (What tells which act it is: a modifier, a number, an owner, a clause, or an "of", "on", "by",
        // "between" or "against" phrase; "captured during the fighting to the ICRC" is still the fighting.)
        return !DependentsOf(document, trigger).Any(t => tokens[t].DepRel is "amod" or "compound" or "nummod" or "nmod:poss" or "acl" or "acl:relcl"
            || tokens[t].DepRel == "nmod" && DependentsOf(document, t).Any(g => tokens[g].DepRel == "case" && tokens[g].Form.ToLowerInvariant() is "of" or "on" or "by" or "between" or "against"));
    }

    /// <summary>
    /// "Gunmen on motorcycles opened fire on a bus ... [two sentences later] Two gunmen opened fire on the bus
    /// as it slowed": violence by the same attacker within two sentences after an attack, on the same day
    /// (or none told) and with no toll of its own, is that attack told in detail, not another one. Not one its verb
    /// tells as another ("Residents said soldiers later burned several houses in the town in reprisal", after "troops
    /// killed three of the attackers").
    /// </summary>
    private static bool DetailOfTheAttack(Document document, Event e)
    {
        if (e.Plover.Type != "ASSAULT" || e.Cameo.StartsWith("181", StringComparison.Ordinal) || e.Actor1?.Code is not { } attacker || e.Fatalities is not null || e.Injuries is not null   // (an abduction is an act of its own)
            || EventMentions.ToldAsAnotherAct(document, e)) return false;
        return document.Events.Any(a => a != e && a.Plover.Type == "ASSAULT" && a.Sentence < e.Sentence && e.Sentence - a.Sentence <= 2
                                        && a.Actor1?.Code == attacker && (a.Fatalities is not null || a.Injuries is not null)
                                        && (e.Date?.Value is null || e.Date.Value == a.Date?.Value) && !RepelledAnotherSidesAttack(document, a, e));
    }

    /// <summary>
    /// "shelled the Abu Shouk displacement camp, killing at least 14 civilians ... said its fighters had repelled an
    /// army offensive": an attack by armed forces that the same group says it repelled, after its own attack on people
    /// who do not fight or on a place ("stormed the Abu Shouk camp"), is another fight, not that attack told in detail.
    /// </summary>
    internal static bool RepelledAnotherSidesAttack(Document document, Event first, Event later) =>
        document.TokenStartingAt(later.Trigger.Start) is >= 0 and var trigger && document.Tokens[trigger].Lemma is "repel" or "repulse"
        && !(first.Actor2?.Sector is { } victims && Actors.SectorCodes.Armed.Contains(victims))
        && later.Actor2?.Sector is { } forces && Actors.SectorCodes.Armed.Contains(forces);

    /// <summary>"wounded in the assault", "killed in the attack": the verb's "in the" phrase names an act.</summary>
    private static bool InTheAttack(Document document, int trigger)
    {
        var tokens = document.Tokens;
        for (int t = trigger + 1; t < tokens.Length && t <= trigger + 4 && tokens[t].Sentence == tokens[trigger].Sentence; t++)
        {
            if (tokens[t].Lemma is "attack" or "assault" or "ambush" or "raid" or "strike" or "bombing" or "shelling" or "blast" or "explosion")
                return tokens[t - 1].Form.Equals("the", StringComparison.OrdinalIgnoreCase) && t >= 2 && tokens[t - 2].Form is "in" or "during";
        }
        return false;
    }

    /// <summary>
    /// "“They were shooting at anyone who moved,” said a resident": shooting at no one named, with no toll,
    /// in a witness's quoted words after an attack the story has told, is the witness's account of that
    /// attack, not another one.
    /// </summary>
    private static bool WitnessesAccount(Document document, Event e, List<(int Start, int End)> quotations)
    {
        // ("They were beating everyone": or at everyone; after tear gas fired, too.)
        // (Or at a place or a thing: "fired rocket-propelled grenades at the post and then stormed it".)
        if (e.Plover.Type != "ASSAULT" || e.Actor2 is { Code: not null } && e.Actor2.Text.ToLowerInvariant() is not ("everyone" or "anyone" or "us" or "them" or "people")
            || e.Fatalities is not null || e.Injuries is not null) return false;
        if (!quotations.Any(q => q.Start <= e.Trigger.Start && e.Trigger.End <= q.End)) return false;
        return document.Events.Any(a => a != e && (a.Plover.Type == "ASSAULT" || a.Cameo.StartsWith("175", StringComparison.Ordinal)) && a.Actor1 is not null && a.Sentence < e.Sentence);
    }

    /// <summary>
    /// "saying her client had been \"arrested for his advocacy, not for any crime\"", "“They were shooting at children who were only
    /// throwing stones,” said ...": an act with no doer of the kind the story has told already, or one in a relative clause that
    /// tells who someone was, in quoted words is the speaker's account, not another act.
    /// </summary>
    private static bool QuotedRetelling(Document document, Event e, List<(int Start, int End)> quotations)
    {
        if (e.Fatalities is not null || e.Injuries is not null || CameoOntology.IsVerbalAct(e.Cameo)
            || !quotations.Any(q => q.Start <= e.Trigger.Start && e.Trigger.End <= q.End && document.Text.AsSpan(q.Start, q.End - q.Start).Contains(' '))) return false;
        // (Not a word in scare quotes, the writer's: "troops ... had \"neutralised\" 17 terrorists".)
        // (An act with its doer in the quotation may be the speaker's news: "\"Our soldiers were ambushed by violent groups,\" the minister said".)
        bool toldBefore = e.Actor1 is null && document.Events.Any(a => a != e && a.Sentence < e.Sentence && a.Cameo[..2] == e.Cameo[..2]);
        bool describesSomeone = document.TokenStartingAt(e.Trigger.Start) is >= 0 and var trigger && document.Tokens[trigger].DepRel == "acl:relcl";
        return toldBefore || describesSomeone;
    }

    /// <summary>
    /// "said Ayen Makuei, a 19-year-old herder who was shot in the leg and carried to Tonj's hospital": what was done to someone,
    /// told in a relative clause on the apposition that says who a named person is, with no doer, is who they are, an act the
    /// story tells elsewhere.
    /// </summary>
    private static bool WhoSomeoneNamedIs(Document document, Event e)
    {
        if (e.Plover.Type != "ASSAULT" || e.Actor1 is not null || e.Fatalities is not null
            || document.TokenStartingAt(e.Trigger.Start) is not (>= 0 and var trigger)) return false;
        var tokens = document.Tokens;
        return tokens[trigger].DepRel == "acl:relcl" && tokens[trigger].Head is >= 0 and var described && tokens[described].DepRel == "appos"
               && tokens[described].Head is >= 0 and var named && tokens[named].Upos == "PROPN"
               && DependentsOf(document, trigger).Any(d => tokens[d].DepRel == "aux:pass");
    }

    /// <summary>
    /// "was struck by bomb splinters as he tried to close his stall", "was struck in the head by a tear gas canister": someone
    /// hit by what another act threw is how that act hurt them, not an attack by the thing.
    /// </summary>
    private static bool StruckByAProjectile(Document document, Event e) =>
        e.Plover.Type == "ASSAULT" && e.Actor1 is { Code: null, Entity: null } thing
        && document.TokenStartingAt(e.Trigger.Start) is >= 0 and var trigger && document.Tokens[trigger].Lemma is "strike" or "hit"
        && document.TokenEndingAt(thing.End) is >= 0 and var head && document.Tokens[head].Lemma is "splinter" or "shrapnel" or "fragment" or "canister"
            or "pellet" or "debris" or "stone" or "rock" or "cartridge" or "projectile";

    /// <summary>
    /// "marched ... carrying placards that called for the hostages' release": what a placard or a banner says
    /// is the protest's aim, not an appeal of its own.
    /// </summary>
    private static bool SaidByASign(Document document, Event e) =>
        CameoOntology.IsVerbalAct(e.Cameo) && e.Actor1 is { } sign && document.TokenEndingAt(sign.End) is >= 0 and var head
        && document.Tokens[head].Lemma is "placard" or "banner" or "sign" or "poster" or "slogan" or "leaflet" or "pamphlet" or "graffiti" or "flag";

    /// <summary>
    /// "a resident who helped pull bodies from the rubble", "traders who rushed to help the wounded":
    /// bystanders helping are part of the story, not aid (07) an event data set records.
    /// </summary>
    private static bool NeighboursHelp(Document document, Event e) =>
        // (A named one too: "Okot Denis, a motorcycle taxi rider who said he helped carry the student".)
        e.Cameo.StartsWith("07", StringComparison.Ordinal) && e.Actor1 is { } helper && (helper.Entity is null || helper.Code is null)
        && helper.Sector is null or "CVL" or "BUS" or "AGR" or "LAB"
        && document.TokenStartingAt(e.Trigger.Start) is >= 0 and var trigger && document.Tokens[trigger].Lemma == "help";

    /// <summary>
    /// "seized two teachers" takes people; "seized power", "the assailants seized weapons" take things or
    /// nothing named: what is seized must be people (places have patterns of their own). An authority's
    /// confiscation (1711) is an event of its own only where the sentence tells no other act of the same
    /// actor it was part of ("arrested three suspects and seized two rifles" is the arrest; "raided a camp,
    /// killing two fighters and seizing a rifle" the raid; "had killed five soldiers and seized several rifles" the killing),
    /// and not power or control ("any attempt to seize power" is no confiscation).
    /// </summary>
    private static bool SeizedAThing(Document document, Event e)
    {
        if (!e.Cameo.StartsWith("17", StringComparison.Ordinal) || e.Actor2?.Sector is not null
            || document.TokenStartingAt(e.Trigger.Start) is not (>= 0 and var trigger) || document.Tokens[trigger].Lemma != "seize") return false;
        if (e.Cameo != "1711") return true;
        int thing = DependentsOf(document, trigger).LastOrDefault(t => t > trigger && document.Tokens[t].DepRel == "obj", -1);
        bool seizesAThing = thing >= 0 && document.Tokens[thing].Lemma is not ("power" or "control");
        // ("said that its fighters had killed five soldiers and seized several rifles": nor where it is coordinated with an act of
        // violence, whose event may have been told before.)
        var tokens = document.Tokens;
        bool spoilsOfViolence = tokens[trigger].DepRel == "conj" && tokens[trigger].Head >= 0
                                && tokens[tokens[trigger].Head].Lemma is "kill" or "attack" or "ambush" or "raid" or "storm" or "overrun" or "capture";
        return !seizesAThing || spoilsOfViolence || document.Events.Any(other => other != e && other.Sentence == e.Sentence
            && (other.Cameo.StartsWith("17", StringComparison.Ordinal) || other.Actor1 is { } doer && doer.Text == e.Actor1?.Text));
    }

    /// <summary>
    /// "The windows on the bridge exploded": something that is not a weapon exploding, with nobody named
    /// and no casualties, is a detail of a story, not an attack.
    /// </summary>
    private static bool ExplosionOfAThing(Document document, Event e)
    {
        if (e.Plover.Mode != "explosives" || e.Actor1 is not { Code: null, Entity: null } thing || e.Actor2 is not null || e.Fatalities is not null || e.Injuries is not null
            || document.TokenEndingAt(thing.End) is not (>= 0 and var head)) return false;
        return document.Tokens[head].Upos == "NOUN" && !ExplosiveThings.Contains(document.Tokens[head].Lemma ?? "");
    }

    private static readonly HashSet<string> ExplosiveThings = new(StringComparer.Ordinal)
        { "bomb", "explosive", "device", "ied", "mine", "landmine", "grenade", "missile", "rocket", "shell", "mortar", "vest", "car", "vehicle", "truck", "motorcycle", "drone", "charge" };

    /// <summary>
    /// "“We asked them to leave,” she said", "Everyone is asking ...": a speaker's "we" or "I", or nobody in
    /// particular, names no actor the article identifies; such an event is no row.
    /// </summary>
    private static readonly HashSet<string> UnresolvedPeople = new(StringComparer.Ordinal)
        { "we", "i", "you", "everyone", "everybody", "anyone", "anybody", "nobody", "no one", "someone", "somebody" };

    /// <summary>
    /// "The insurgency has killed more than 7,000 people since 2004", "the conflict, which has killed
    /// 3,000 people": a conflict's running toll is background, not an attack.
    /// </summary>
    private static bool ConflictsToll(Document document, Event e)
    {
        // ("Thousands of people are believed to have been killed in the violence since the early 1990s": and so is a count
        // with no number, killed by no one named, in the present perfect.)
        if (e.Plover.Type == "ASSAULT" && e.Fatalities is null && e.Actor1 is null
            && e.Actor2?.Text.Split(' ')[0].ToLowerInvariant() is "thousands" or "hundreds" or "dozens" or "scores" or "tens") return RunningCount(document, e);
        // ("the rebels say strikes on areas under their control have killed more than 200 people since then": acts in the plural
        // whose killing runs in the present perfect are a campaign's running count, too.)
        if (e.Plover.Type == "ASSAULT" && document.TokenStartingAt(e.Trigger.Start) is >= 0 and var act && document.Tokens[act] is { Xpos: "NNS", DepRel: "nsubj" } acts
            && acts.Head >= 0 && document.Tokens[acts.Head].Lemma == "kill" && RunningCount(document, e)) return true;
        if (e.Plover.Type != "ASSAULT" || e.Fatalities is null) return false;
        var attacker = e.Actor1?.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant();
        bool nobody = attacker is null or "that" or "which" || ConflictNouns.Contains(attacker);
        // ("jihadist attacks there have killed dozens of soldiers and civilians": a toll told in the present
        // perfect by no attacker, or by a place, "The Casamance conflict, one of Africa's longest, has killed
        // thousands", is a running count, whatever its size.)
        return nobody && e.Fatalities.Min >= 100 || (nobody || e.Actor1?.Sector is null && e.Actor1?.Entity is null) && RunningCount(document, e);
    }

    private static bool RunningCount(Document document, Event e)
    {
        var sentence = document.Sentences[e.Sentence];
        var tokens = document.Tokens;
        for (int i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            // ("had been killed in Guatemala so far this year": a count "so far".)
            if (tokens[i].Form.Equals("far", StringComparison.OrdinalIgnoreCase) && tokens[i - 1].Form.Equals("so", StringComparison.OrdinalIgnoreCase)) return true;
            if (tokens[i].Lemma is "kill" && (tokens[i - 1].Form.ToLowerInvariant() is "have" or "has"
                                              || i > sentence.FirstToken + 1 && tokens[i - 1].Form == "been" && tokens[i - 2].Form.ToLowerInvariant() is "have" or "has")) return true;
        }
        return false;
    }

    private static readonly HashSet<string> ConflictNouns = new(StringComparer.Ordinal)
        { "conflict", "insurgency", "war", "violence", "unrest", "fighting", "crisis", "rebellion", "uprising", "tense" };
}
