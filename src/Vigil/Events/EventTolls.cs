using Vigil.Documents;

namespace Vigil.Events;

/// <summary>
/// The casualty fields of an article's events once they are coded: a sentence's toll kept with the acts
/// whose clause holds it, tolls revised or stated later, and tolls that sources dispute.
/// </summary>
internal static class EventTolls
{
    /// <summary>
    /// "Separatist fighters ambushed a convoy ..., killing seven soldiers, and hours later gunmen abducted
    /// 11 students": a sentence's toll belongs to the acts whose clause holds its words, when some does,
    /// not to every act of violence in the sentence.
    /// </summary>
    public static void KeepSentenceTollsWithTheirClauses(Document document, List<int>[] children)
    {
        foreach (var group in document.Events.Where(e => e.Fatalities is not null || e.Injuries is not null).GroupBy(e => e.Sentence))
        {
            if (group.Count() < 2) continue;
            var sentence = document.Sentences[group.Key];
            foreach (var toll in group.Select(e => e.Fatalities).Concat(group.Select(e => e.Injuries)).OfType<CasualtyCount>().Distinct().ToList())
            {
                int at = document.Text.IndexOf(toll.Text, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal);
                if (at < 0) continue;
                var holding = group.Where(e => e.Fatalities == toll || e.Injuries == toll).ToList();
                var inClause = holding.Where(e => ClauseSpan(document, children, e) is var (start, end) && start <= at && at < end).ToList();
                if (inClause.Count == 0) continue;
                // ("fired tear gas at demonstrators ..., a day after a protester was shot dead": the toll of an act told as
                // another day's is that act's, and its own clause's, alone, though the clause that it dates holds it too.)
                if (inClause.Where(e => EventMentions.ToldAsAnEarlierDay(document, e)).Select(e => ClauseSpan(document, children, e)).ToList() is { Count: > 0 } earlier)
                    inClause = inClause.Where(e => ClauseSpan(document, children, e) is var (start, end) && earlier.Any(d => d.Start <= start && end <= d.End)).ToList();
                foreach (var e in holding.Except(inClause))
                {
                    if (e.Fatalities == toll) e.Fatalities = null;
                    if (e.Injuries == toll) e.Injuries = null;
                }
            }
        }
    }

    /// <summary>
    /// "Police said one protester had died and 45 officers were injured by stones": a wounding does not kill;
    /// a death toll outside its clause is another act's (the protester's death). Nor does an abduction ("nine bodies
    /// had been recovered and ... the attackers had carried off 14 people": the bodies are the raid's).
    /// </summary>
    public static void KeepDeathsOffWoundings(Document document, List<int>[] children)
    {
        foreach (var e in document.Events)
        {
            if (e.Fatalities is not { Start: int start } || !Wounds(document, e) && !e.Cameo.StartsWith("181", StringComparison.Ordinal)) continue;
            var (first, end) = ClauseSpan(document, children, e);
            if (start < first || start >= end) e.Fatalities = null;
        }
    }

    /// <summary>Whether the event is told in a relative clause on one of those "including" names ("including a police officer who was stabbed").</summary>
    private static bool ToldOfOneOfTheIncluded(Document document, Event e) =>
        document.TokenStartingAt(e.Trigger.Start) is >= 0 and var trigger && document.Tokens[trigger].DepRel == "acl:relcl" && OneOfTheIncluded(document.Tokens, trigger);

    /// <summary>Whether the relative clause's noun is introduced by "including" ("including a police officer who was stabbed").</summary>
    internal static bool OneOfTheIncluded(Token[] tokens, int relative) => IntroducedByIncluding(tokens, tokens[relative].Head);

    /// <summary>Whether the noun is one an "including" introduces ("including 32 journalists"), a part of a count named before.</summary>
    internal static bool IntroducedByIncluding(Token[] tokens, int noun)
    {
        for (int t = Math.Max(0, noun - 4); noun >= 0 && t < noun; t++)
        {
            if (tokens[t].Head == noun && tokens[t].Form.Equals("including", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool Wounds(Document document, Event e) =>
        document.TokenStartingAt(e.Trigger.Start) is >= 0 and var trigger && document.Tokens[trigger].Lemma is "wound" or "injure" or "hurt";

    /// <summary>
    /// The characters the event's trigger and its dependents cover, without a clause coordinated with it that
    /// has a subject of its own ("Protesters stormed parliament ..., and police opened fire on the crowd,
    /// killing at least five": the deaths are the police's act's, not the storming's).
    /// </summary>
    internal static (int Start, int End) ClauseSpan(Document document, List<int>[] children, Event e)
    {
        int trigger = document.TokenStartingAt(e.Trigger.Start);
        if (trigger < 0) return (e.Trigger.Start, e.Trigger.End);
        var tokens = document.Tokens;
        int first = trigger, last = trigger;
        var pending = new Stack<int>(children[trigger].Where(c => !(tokens[c].DepRel == "conj" && tokens[c].Upos == "VERB"
                                                                     && children[c].Any(g => tokens[g].DepRel is "nsubj" or "nsubj:pass"))));
        while (pending.Count > 0)
        {
            int t = pending.Pop();
            first = Math.Min(first, t);
            last = Math.Max(last, t);
            // (Nor a "where" clause on a place it names: "shot down 20 drones over the Belgorod region, where a woman was
            // killed" tells a death there, not by the shooting.)
            foreach (var c in children[t])
            {
                if (!(tokens[c].DepRel == "acl:relcl" && children[c].Any(g => tokens[g].DepRel == "advmod" && tokens[g].Form.Equals("where", StringComparison.OrdinalIgnoreCase))))
                    pending.Push(c);
            }
        }
        return (document.Tokens[first].Start, document.Tokens[last].End);
    }

    /// <summary>
    /// "The provincial police initially said five civilians had been killed. ... bringing the toll to 11":
    /// a toll revised in a later sentence (up to three after) is reported beside the first count of the last
    /// attack with a toll before it, which stays the event's (the conservative figure ACLED and the gold coders
    /// keep), unless that sentence reports a violent event of its own; so is a different toll a source gives there.
    /// </summary>
    public static void ApplyRevisedTolls(Document document)
    {
        for (int s = 1; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            // (A sentence that reports a violent act of its own tells another attack; one whose only act is a
            // wounding that holds no death, "Police said one protester had died and 45 officers were injured",
            // may still give another count of the attack, though not revise it.)
            // (Not an act told, with no toll of its own, in a relative clause on one of those "including" names: "six people
            // had died, including a police officer who was stabbed by a mob" counts the attack's dead.)
            var ownActs = document.Events.Where(e => e.Sentence == s && e.Plover.Type == "ASSAULT" && !(e.Fatalities is null && ToldOfOneOfTheIncluded(document, e))).ToList();
            bool woundingsOnly = ownActs.Count > 0 && ownActs.All(e => e.Fatalities is null && Wounds(document, e));
            if (ownActs.Count > 0 && !woundingsOnly) continue;
            // (A crackdown that killed, "fired tear gas and live ammunition at protesters, killing at least five", too.)
            // (Not the attackers' own dead, "security forces killed four attackers after a six-hour siege": a death
            // toll counts the attack's victims.)
            // ("A security source put the death toll from Sunday's attack at 22": a toll that names the attack's
            // day reaches it further back.)
            var attack = document.Events.LastOrDefault(e => e.Sentence < s && (e.Sentence >= s - 3 || NamesTheDayOf(document, sentence, e))
                                                            && e.Fatalities is not null && HurtsPeople(e)
                                                            && !TheDeadAreTheAttackers(document, e));
            if (attack is null)
            {
                if (!woundingsOnly) ReachTheStorysOneDeadlyAttack(document, s);
                continue;
            }
            // ("Haitian officials had earlier put the death toll at 20", after a massacre of 70 and a shootout that killed two
            // gang members: a figure far from the last attack's count is the count of an earlier attack of its size.)
            if (CasualtyFinder.RevisedToll(document, sentence.FirstToken, sentence.EndToken, orStated: true) is { Min: { } figure }
                && attack.Fatalities!.Min is { } counted && !OfTheSameOrder(figure, counted)
                && document.Events.LastOrDefault(e => e.Sentence < s && e.Fatalities?.Min is { } earlier && OfTheSameOrder(figure, earlier)
                                                      && HurtsPeople(e) && !TheDeadAreTheAttackers(document, e)) is { } ofItsSize)
                attack = ofItsSize;
            // A vague first count ("killing several policemen") gives way to the first figure stated after it
            // ("The Interior Ministry put the death toll at seven").
            bool vague = IsVague(attack.Fatalities!.Text);
            // "The Aamin ambulance service put the death toll at 18, and said 40 others were wounded": the
            // wounded another source counts are the attack's when it had none.
            if (CasualtyFinder.Find(document, sentence.FirstToken, sentence.EndToken).Injured is { } wounded && !NamesAKiller(document, sentence)) attack.Injuries ??= wounded;
            // The revised count is on record beside the first, which stays the event's unless it was vague (a revision, no
            // other source's count).
            if (!woundingsOnly && CasualtyFinder.RevisedToll(document, sentence.FirstToken, sentence.EndToken, orStated: vague) is { } toll)
            {
                attack.Fatalities = vague ? ReportedBeside(toll, attack.Fatalities) : ReportedBeside(attack.Fatalities, toll);
                continue;
            }
            // (A precise count stays, and another source's figure is put beside it: "put the death toll at 18".)
            if (!woundingsOnly && CasualtyFinder.RevisedToll(document, sentence.FirstToken, sentence.EndToken, orStated: true) is { } putAt
                && (putAt.Min, putAt.Max) != (attack.Fatalities.Min, attack.Fatalities.Max))
                attack.Fatalities = ReportedBeside(attack.Fatalities, putAt);
            // "Police confirmed the attack but said 12 people were killed": another source's figure is reported
            // beside the first, which stays the event's count. (The first count in the sentence not on record yet:
            // "He put the death toll at 27, but a community leader ... told The AP that 41 bodies had been recovered".)
            // ("The ombudsman's office said three men died ..., while the interior ministry said only one protester had
            // died": each source's figure, as many as the sentence gives.)
            for (int k = 0; k < 3 && AnotherSourcesCount(document, sentence, attack.Fatalities, attack) is { } stated; k++)
                attack.Fatalities = ReportedBeside(attack.Fatalities, stated);
        }
    }

    /// <summary>The first count of the dead in the sentence that a quote gives and that the toll has not on record, if not of someone's own people.</summary>
    private static CasualtyCount? AnotherSourcesCount(Document document, Sentence sentence, CasualtyCount toll, Event? attack = null)
    {
        if (NamesAKiller(document, sentence, attack)) return null;
        return CasualtyFinder.Counts(document, sentence.FirstToken, sentence.EndToken)
            .Where(c => c.Killed).Select(c => c.Count)
            .FirstOrDefault(stated => stated is { Start: int start, End: int end } && !ReportsOf(toll).Any(r => (r.Min, r.Max) == (stated.Min, stated.Max))
                                      && document.Quotes.Any(q => q.Content.Start <= start && end <= q.Content.End)
                                      && !CountsParticularPeople(document, stated) && !(attack is not null && CountsTheAttackersOwn(document, stated, attack)));
    }

    /// <summary>
    /// "Pakistani security forces killed 23 militants ... It said three soldiers were killed in an exchange of fire": dead of
    /// the attackers' own kind are the attackers' losses, not another count of their victims.
    /// </summary>
    private static bool CountsTheAttackersOwn(Document document, CasualtyCount count, Event attack)
    {
        if (attack.Actor1?.Sector is not { } attackers || count.Start is not int start || count.End is not int end) return false;
        var tokens = document.Tokens;
        for (int t = document.TokenStartingAt(start); t >= 0 && t < tokens.Length && tokens[t].Start < end; t++)
        {
            if (tokens[t].Upos != "NOUN") continue;
            return Actors.SectorCodes.FirstSectorIn(Actors.AgentDictionary.Default.CodeOf(tokens[t].Lemma) ?? "") == attackers && attack.Actor2?.Sector != attackers;
        }
        return false;
    }

    /// <summary>
    /// "... killing at least three people, local officials said, though a rights group put the death toll at
    /// five": another count stated after the act's own toll in its sentence is reported beside it.
    /// </summary>
    public static void ApplyTollsStatedLaterInTheSentence(Document document)
    {
        foreach (var attack in document.Events)
        {
            if (attack.Fatalities is not { End: int tollEnd } toll || !HurtsPeople(attack)) continue;
            var sentence = document.Sentences[attack.Sentence];
            int after = sentence.FirstToken;
            while (after < sentence.EndToken && document.Tokens[after].Start < tollEnd) after++;
            if (CasualtyFinder.RevisedToll(document, after, sentence.EndToken, orStated: true) is { } stated
                && (stated.Min, stated.Max) != (toll.Min, toll.Max) && !(toll.Reports ?? []).Any(r => r.Start == stated.Start))
                attack.Fatalities = ReportedBeside(toll, stated);
        }
    }

    /// <summary>
    /// "The Hamas-run Health Ministry said the death toll had risen to 34", five sentences after the strike
    /// that killed 30: a toll too far back for the rule above still reaches the story's one deadly attack (beside its count),
    /// when it is of its size and not conditional ("which would raise the toll to three" if a death were
    /// confirmed); another source's figure of that size is reported beside the attack's ("said the death
    /// toll could be as high as 70").
    /// </summary>
    private static void ReachTheStorysOneDeadlyAttack(Document document, int s)
    {
        var sentence = document.Sentences[s];
        if (OnlyDeadlyAttackBefore(document, s) is not { Fatalities: { Min: { } counted } first } only) return;
        if (!HasModal(document, sentence) && CasualtyFinder.RevisedToll(document, sentence.FirstToken, sentence.EndToken) is { Min: { } revised } later
            && revised >= counted && OfTheSameOrder(revised, counted))
            only.Fatalities = ReportedBeside(first, later);
        else if (CasualtyFinder.RevisedToll(document, sentence.FirstToken, sentence.EndToken, orStated: true) is { } stated
                 && (stated.Max ?? stated.Min) is { } figure && figure != counted && OfTheSameOrder(figure, counted))
            only.Fatalities = ReportedBeside(first, stated);
        // ("The U.N. mission in Haiti said Tuesday that it had received reports of at least 25 deaths": or a count of
        // the dead a source gives, of the attack's size.)
        // (Not one of another day, "Last week, ARSA and RSO fighters clashed ..., leaving two people dead"; the day it
        // was said is none, "The U.N. mission said Tuesday that ...".)
        else if (!HasModal(document, sentence) && AnotherSourcesCount(document, sentence, first, only) is { Min: { } other } count && OfTheSameOrder(other, counted)
                 && (DateResolver.Find(document, sentence.FirstToken, sentence.EndToken) is not { Value: { } day } told || day == only.Date?.Value
                     || DateResolver.IsTheDayOfATelling(document, told, sentence.FirstToken)))
            only.Fatalities = ReportedBeside(first, count);
    }

    /// <summary>The one act before sentence <paramref name="s"/> that killed people, if no other violence came after it.</summary>
    private static Event? OnlyDeadlyAttackBefore(Document document, int s)
    {
        // (The attacked side's account of the same day's fight, in which only attackers died, "the troops were
        // attacked ... and returned fire, killing two of them", is no other deadly attack.)
        var deadly = document.Events.Where(e => e.Sentence < s && e.Fatalities is not null && HurtsPeople(e)).ToList();
        // (Or the next day's, "detonated a car bomb ... on Sunday evening ... security forces ended the siege early Monday, killing
        // all four attackers".)
        if (deadly.Count > 1) deadly = deadly.Where(e => !(TheDeadAreTheAttackers(document, e) && deadly.Any(other => other != e && OfTheSameFight(other, e)))).ToList();
        if (deadly.Count != 1 || TheDeadAreTheAttackers(document, deadly[0])) return null;
        return document.Events.Any(e => e.Sentence > deadly[0].Sentence && e.Sentence < s && e.Plover.Type == "ASSAULT"
                                        && !(TheDeadAreTheAttackers(document, e) && OfTheSameFight(deadly[0], e))) ? null : deadly[0];
    }

    /// <summary>
    /// Whether the attackers killed in <paramref name="killing"/> died in the fight of <paramref name="attack"/>: on its day,
    /// or the next when they are called its attackers ("killing all four attackers" early Monday, after a siege that
    /// began on Sunday evening; not "Three gunmen were killed" in the next day's clash).
    /// </summary>
    private static bool OfTheSameFight(Event attack, Event killing)
    {
        if (attack.Date?.Value == killing.Date?.Value) return true;
        return killing.Actor2 is { } dead && EventMentions.AttackersOwnDead(dead)
               && DateOnly.TryParse(attack.Date?.Value, System.Globalization.CultureInfo.InvariantCulture, out var first)
               && DateOnly.TryParse(killing.Date?.Value, System.Globalization.CultureInfo.InvariantCulture, out var second) && first.AddDays(1) == second;
    }

    private static bool HasModal(Document document, Sentence sentence)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Tokens[t].Xpos == "MD") return true;
        }
        return false;
    }

    /// <summary>
    /// Whether two counts can be of one attack: neither more than three times the other and ten (a war's
    /// running total, "the death toll in Gaza has risen to 37,000", is not the strike's).
    /// </summary>
    private static bool OfTheSameOrder(int a, int b) => a <= 3 * b + 10 && b <= 3 * a + 10;

    /// <summary>Whether the sentence names the day of the event as the event's date was told ("Sunday's attack" after "on Sunday").</summary>
    private static bool NamesTheDayOf(Document document, Sentence sentence, Event e)
    {
        if (e.Date is not { Precision: "day", Text: { Length: > 0 } day }) return false;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Tokens[t].Form.Equals(day, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Police fired tear gas and rubber bullets at workers ..., injuring at least 40 people. One worker ...
    /// died of her injuries early on Tuesday": people who died of their wounds in a sentence with no act of
    /// its own are the dead of the nearest earlier act that wounded (three sentences at most), when it had none.
    /// </summary>
    public static void DeathsOfTheWounded(Document document)
    {
        for (int s = 1; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            if (document.Events.Any(e => e.Sentence == s && e.Plover.Type == "ASSAULT") || DiedOfWounds(document, sentence) is not { } died) continue;
            var wounding = document.Events.LastOrDefault(e => e.Sentence < s && e.Sentence >= s - 3 && e.Injuries is not null && HurtsPeople(e));
            if (wounding is not null && wounding.Fatalities is null) wounding.Fatalities = died;
        }
    }

    /// <summary>
    /// How many "died of her injuries", "succumbed to their wounds": the count the sentence gives, else one
    /// for a subject in the singular ("One worker, 22-year-old Rina Begum, died"); null when none died so.
    /// </summary>
    private static CasualtyCount? DiedOfWounds(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (int i = sentence.FirstToken; i + 2 < sentence.EndToken; i++)
        {
            if (tokens[i].Lemma is not ("die" or "succumb") || tokens[i].Upos != "VERB") continue;
            bool ofWounds = false;
            for (int j = i + 1; j < Math.Min(sentence.EndToken, i + 5); j++) ofWounds |= tokens[j].Lemma is "injury" or "wound";
            if (!ofWounds) continue;
            if (CasualtyFinder.Find(document, sentence.FirstToken, sentence.EndToken).Killed is { } counted) return counted;
            int subject = Enumerable.Range(sentence.FirstToken, i - sentence.FirstToken).FirstOrDefault(t => tokens[t].Head == i && tokens[t].DepRel == "nsubj", -1);
            if (subject < 0 || tokens[subject].Xpos is not ("NN" or "NNP")) return null;
            int first = Enumerable.Range(sentence.FirstToken, subject - sentence.FirstToken).FirstOrDefault(t => tokens[t].Head == subject && tokens[t].DepRel is "nummod" or "det", subject);
            if (tokens[first].DepRel == "nummod" && NumberWords.Value(tokens[first].Form) is not (null or 1)) return null;
            return CasualtyFinder.Counted(document, 1, 1, first, subject);
        }
        return null;
    }

    /// <summary>Whether an event can kill or wound: an assault, or a crackdown with force (175).</summary>
    internal static bool HurtsPeople(Event e) => e.Plover.Type == "ASSAULT" || e.Cameo.StartsWith("175", StringComparison.Ordinal);

    /// <summary>
    /// Whether the act's dead are its attackers: victims named so ("four attackers", "the gunmen"), or a toll the
    /// attacked took firing back ("the troops were attacked by armed men and returned fire, killing two of them").
    /// </summary>
    private static bool TheDeadAreTheAttackers(Document document, Event e) =>
        e.Actor2 is { } victims && NamesTheAttackers(victims) || e.Fatalities is { Start: int start } && KilledFiringBack(document, start);

    /// <summary>Whether the words of a toll hang, within their clause, on a verb of firing back ("returned fire, killing two").</summary>
    private static bool KilledFiringBack(Document document, int tollStart)
    {
        int token = document.TokenStartingAt(tollStart);
        for (int steps = 0; token >= 0 && steps < 6; steps++, token = document.Tokens[token].Head)
        {
            if (document.Tokens[token].Lemma is "return" or "retaliate" or "repel" or "repulse") return true;
            if (document.Tokens[token].DepRel is "root" or "ccomp" or "parataxis") return false;
        }
        return false;
    }

    /// <summary>Whether the victims are the attackers themselves ("four attackers", "the gunmen").</summary>
    private static bool NamesTheAttackers(EventActor victims) =>
        victims.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.ToLowerInvariant() is "attacker" or "attackers" or "assailant" or "assailants" or "gunmen" or "bombers");

    /// <summary>
    /// "its troops had killed 15 bandits", "revenge for the killing of one of its commanders by security forces": a
    /// toll with a killer named (the subject, or the agent after "by") is another act, not another count of the attack.
    /// </summary>
    /// <param name="attack">The attack whose count is sought: its own attackers' claim, "Al-Shabaab said ... its fighters had
    /// killed more than 30", names the attack's killers, not another act's.</param>
    private static bool NamesAKiller(Document document, Sentence sentence, Event? attack = null)
    {
        var tokens = document.Tokens;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Head < 0) continue;
            if (tokens[i].DepRel == "nsubj" && tokens[tokens[i].Head].Lemma is "kill" or "shoot" or "massacre" or "murder" or "slay" or "execute"
                && !(attack is not null && ClaimedByTheAttackers(document, attack, i))) return true;
            if (tokens[i].Form.Equals("by", StringComparison.OrdinalIgnoreCase) && tokens[i].DepRel == "case" && tokens[tokens[i].Head].Head is >= 0 and var act
                && tokens[tokens[i].Head].DepRel is "nmod" or "obl" or "obl:agent" && tokens[act].Lemma is "killing" or "kill" or "murder" or "assassination" or "execution") return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a killer ("its fighters") is the attackers' own word for themselves, in what the attack's actor says
    /// ("Al-Shabaab said ... its fighters had killed more than 30", after "Al-Shabaab militants detonated a car bomb").
    /// </summary>
    private static bool ClaimedByTheAttackers(Document document, Event attack, int killer)
    {
        var tokens = document.Tokens;
        if (attack.Actor1?.Text is not { } attackers || !Enumerable.Range(document.SentenceOf(killer).FirstToken, killer - document.SentenceOf(killer).FirstToken)
                .Any(t => tokens[t].Head == killer && tokens[t].DepRel == "nmod:poss" && tokens[t].Form.ToLowerInvariant() is "its" or "their")) return false;
        var claim = document.Quotes.FirstOrDefault(q => q.Content.Start <= tokens[killer].Start && tokens[killer].End <= q.Content.End);
        if (claim?.Source?.Text is not { } speaker) return false;
        // (The speaker's name is one of the attackers' words: "Al-Shabaab" of "Al-Shabaab militants".)
        return speaker.Split(' ').Any(w => w.Length > 2 && char.IsUpper(w[0]) && attackers.Split(' ').Contains(w));
    }

    /// <summary>
    /// Different death tolls for one incident, or an unconfirmed toll, are disputed; a disputed toll lists
    /// every count given for its incident (<see cref="CasualtyCount.Reports"/>), each with the attribution
    /// it is reported under. Tolls of other incidents (another day, another town) are no dispute.
    /// </summary>
    public static void MarkDisputedTolls(Document document)
    {
        var tolls = document.Events.Where(e => e.Fatalities is not null).ToList();
        bool unconfirmedOrDeniedInStory = document.Text.Contains("not confirmed", StringComparison.OrdinalIgnoreCase)
                           || document.Text.Contains("could not be confirmed", StringComparison.OrdinalIgnoreCase)
                           || DeniesAKilling(document);
        var attributions = new Attribution.AttributionIndex(document);
        // ("told the AP that the allegations were \"baseless\" and that no civilians had been harmed": a statement that no one
        // was harmed disputes the tolls of people who do not fight, not those of fighters, "killing four al Shabaab fighters, and
        // that no civilians were harmed".)
        bool noOneHarmed = document.Quotes.Any(q => SaysNoOneWasHarmed(document, q));
        var marked = tolls.Select(e =>
        {
            bool unconfirmedOrDenied = unconfirmedOrDeniedInStory || noOneHarmed && e.Actor2?.Sector is { } victims && EventsStage.NonCombatants.Contains(victims);
            var reports = tolls.Where(other => SameIncident(document, e, other)).SelectMany(other => ReportsOf(other.Fatalities!))
                .DistinctBy(r => (r.Min, r.Max, r.Start, r.Text)).OrderBy(r => r.Start ?? int.MaxValue).ToList();
            bool differ = reports.Select(r => (r.Min, r.Max)).Distinct().Count() > 1;
            if (!differ) return e.Fatalities! with { Disputed = e.Fatalities!.Disputed || unconfirmedOrDenied, Reports = null };
            var sourced = reports.Select(r => r with { Quote = r.Start is int start && r.End is int end ? attributions.Covering(start, end)?.Id : null }).ToList();
            // ("21" in the headline, "at least 21 worshippers" in the lead: counts that can both be true are
            // listed, but no dispute.)
            bool conflict = reports.Any(r => reports.Any(other => !CanBothBeTrue(r, other)));
            return e.Fatalities! with { Disputed = conflict || e.Fatalities!.Disputed || unconfirmedOrDenied, Reports = sourced };
        }).ToList();
        for (int i = 0; i < tolls.Count; i++) tolls[i].Fatalities = marked[i];
    }

    /// <summary>
    /// "Police ... denied that any protester was killed by police": a denial that anyone was killed disputes the
    /// story's tolls, as "not confirmed" does (not a denial of a role in the killings, nor a denunciation).
    /// </summary>
    private static bool DeniesAKilling(Document document)
    {
        var tokens = document.Tokens;
        foreach (var quote in document.Quotes)
        {
            if (quote.Cue is not { } cue || document.TokenStartingAt(cue.Start) is not (>= 0 and var deny) || tokens[deny].Lemma != "deny") continue;
            for (int t = deny + 1; t < tokens.Length && tokens[t].Start < quote.Content.End; t++)
            {
                if (tokens[t].Head == deny && tokens[t].DepRel == "ccomp" && tokens[t].Lemma is "kill" or "die" or "shoot" or "massacre") return true;
            }
        }
        return false;
    }

    /// <summary>Whether a quote's words say that no one (no civilians, nobody) was killed or harmed.</summary>
    private static bool SaysNoOneWasHarmed(Document document, Quote quote)
    {
        var tokens = document.Tokens;
        int first = document.TokenStartingAt(quote.Content.Start);
        for (int t = first; t >= 0 && t + 1 < tokens.Length && tokens[t].Start < quote.Content.End; t++)
        {
            bool none = tokens[t].Form.ToLowerInvariant() is "nobody" or "none"
                        || tokens[t].Form.Equals("no", StringComparison.OrdinalIgnoreCase) && tokens[t + 1].Form.ToLowerInvariant() is "one" or "civilians" or "civilian" or "protesters" or "people" or "casualties";
            if (!none) continue;
            for (int k = t + 1; k < tokens.Length && k <= t + 5 && tokens[k].Start < quote.Content.End; k++)
            {
                if (tokens[k].Lemma is "kill" or "harm" or "hurt" or "die" or "injure" or "shoot" || tokens[k].Form.Equals("casualties", StringComparison.OrdinalIgnoreCase) && k > t + 1) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The toll an event keeps when another mention of it, with <paramref name="other"/>, is folded into it:
    /// its own, unless that came from another sentence (folded in first) and the other lies in the event's
    /// own sentence ("fired on protesters, killing at least five" before "Three were shot dead"): the count
    /// told with the act is the act's, the other is reported beside it. A larger count another source gives
    /// of the same act ("killing at least 26 hostages, the military said ... The group said it had killed 50
    /// hostages") is reported beside it too; a smaller one is taken for a part of the dead.
    /// </summary>
    /// <param name="otherQuote">The quote the other mention was told in, if any.</param>
    internal static CasualtyCount? Folded(Document document, Event into, CasualtyCount? other, string? otherQuote = null)
    {
        if (into.Fatalities is not { } toll) return other;
        if (other is null || (toll.Min, toll.Max) == (other.Min, other.Max)) return toll;
        var sentence = document.Sentences[into.Sentence];
        bool InOwnSentence(CasualtyCount count) => count.Start is int start && start >= sentence.Start && start < sentence.End;
        if (InOwnSentence(other) && !InOwnSentence(toll)) return ReportedBeside(other, toll);
        bool anotherSource = otherQuote is not null && into.Quote is not null && otherQuote != into.Quote;
        return anotherSource && other.Min > toll.Min ? ReportedBeside(toll, other) : toll;
    }

    /// <summary>
    /// Whether a count is of particular people, someone's ("his two sons were killed", "the family's three
    /// children"), who are among an attack's dead, or of people besides those counted before ("Another 21 people
    /// were killed when shells hit the camp", "21 more", "21 others", "Two soldiers were also killed"): not another count
    /// of the same dead.
    /// </summary>
    internal static bool CountsParticularPeople(Document document, CasualtyCount count)
    {
        if (count.Start is not int start || document.TokenStartingAt(start) is not (> 0 and var first)) return false;
        var tokens = document.Tokens;
        if (tokens[first - 1].Xpos is "PRP$" or "POS" || tokens[first - 1].Form.Equals("another", StringComparison.OrdinalIgnoreCase)) return true;
        // ("Two soldiers were also killed": dead besides those counted.)
        if (tokens[first].Head is >= 0 and var counted && tokens[counted].Head is >= 0 and var verb && tokens[verb].Upos == "VERB"
            && Enumerable.Range(Math.Max(0, verb - 3), Math.Min(3, verb)).Any(t => tokens[t].Head == verb && tokens[t].Form.Equals("also", StringComparison.OrdinalIgnoreCase)))
            return true;
        return first + 1 < tokens.Length && tokens[first].Upos == "NUM" && tokens[first + 1].Form.ToLowerInvariant() is "more" or "other" or "others";
    }

    /// <summary>
    /// Whether two counts agree: the same figure ("21" and "at least 21"), or a vague one whose range holds the
    /// other ("dozens" and "at least 33"); "at least two" and "four", "at least five" and "one" disagree.
    /// </summary>
    private static bool CanBothBeTrue(CasualtyReport a, CasualtyReport b)
    {
        if (a.Min == b.Min) return true;
        bool vague = IsVague(a.Text) || IsVague(b.Text);
        return vague && (a.Min ?? 0) <= (b.Max ?? int.MaxValue) && (b.Min ?? 0) <= (a.Max ?? int.MaxValue);
    }

    /// <summary>Whether a count's words give no figure ("several policemen", "dozens").</summary>
    private static bool IsVague(string words) => words.Split(' ').Any(w => NumberWords.Vague(w) is not null);

    /// <summary>
    /// The count that stays the event's, with another count of the same incident on record beside it (the
    /// reports are put in order and sourced by <see cref="MarkDisputedTolls"/>).
    /// </summary>
    internal static CasualtyCount ReportedBeside(CasualtyCount kept, CasualtyCount other) => kept with { Reports = [.. ReportsOf(kept), .. ReportsOf(other)] };

    private static IReadOnlyList<CasualtyReport> ReportsOf(CasualtyCount count) => count.Reports ?? [ReportOf(count)];

    private static CasualtyReport ReportOf(CasualtyCount count) => new(count.Min, count.Max, count.Text, count.Start, count.End, null);

    /// <summary>
    /// Two tolls count the same incident unless their dates differ, they happened in different towns or
    /// countries, or different sides did the killing ("Taliban forces later raided a hideout and killed three
    /// militants" after a suicide bombing).
    /// </summary>
    private static bool SameIncident(Document document, Event a, Event b)
    {
        if (a == b) return true;
        if (a.Actor1?.Code is { } killer1 && b.Actor1?.Code is { } killer2 && killer1 != killer2) return false;
        if (a.Date?.Value is { } d1 && b.Date?.Value is { } d2 && d1 != d2) return false;
        // ("Clashes there ... in the summer of 2023 killed at least 30 people": an act dated long before the story is not
        // the story's undated one.)
        if (LongBefore(document, a) != LongBefore(document, b)) return false;
        if (a.Place is { } p1 && b.Place is { } p2 && p1.GeonamesId != p2.GeonamesId && p1.Precision == "town" && p2.Precision == "town") return false;
        // ("drones slammed into an apartment building in ... Kharkiv" and "the Belgorod region, where a woman was killed").
        if (CountryOf(document, a.Place) is { } country1 && CountryOf(document, b.Place) is { } country2 && country1 != country2) return false;
        // ("at least 31 soldiers ... had been killed" and "the attackers shot dead six civilians": counts of different
        // victims, soldiers and civilians, are two counts, not two reports of one; not a clash's other side, "clashed
        // with the rival Sabriya Brigade", which counts no one.)
        if (CountedVictims(a) is { } victims1 && CountedVictims(b) is { } victims2 && victims1 != victims2) return false;
        // ("Hours later, Israeli troops opened fire on a crowd waiting for aid trucks ..., killing four people", after an air
        // strike that killed 22: an act told as happening later is another incident.)
        if (a.Sentence != b.Sentence && ToldAsLater(document, Math.Max(a.Sentence, b.Sentence))) return false;
        // ("He said two of the attackers were killed when police returned fire", after an ambush that killed six officers:
        // the attackers' own dead are no count of the attack's victims.)
        if (TheDeadAreTheAttackers(document, a) != TheDeadAreTheAttackers(document, b)) return false;
        return true;
    }

    /// <summary>Whether the event is dated more than a month before the story was published.</summary>
    private static bool LongBefore(Document document, Event e) =>
        document.Published is { } published && e.Date?.Value is { } value && DateOnly.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var day)
        && day.AddDays(31) < published;

    /// <summary>Whether the sentence opens with a time after the one told before ("Hours later", "Later that day", "The next day").</summary>
    private static bool ToldAsLater(Document document, int s)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[s];
        for (int t = sentence.FirstToken; t < Math.Min(sentence.EndToken, sentence.FirstToken + 4); t++)
        {
            if (tokens[t].Form == ",") return false;
            if (tokens[t].Form.Equals("later", StringComparison.OrdinalIgnoreCase)
                || tokens[t].Form.Equals("next", StringComparison.OrdinalIgnoreCase) && t + 1 < sentence.EndToken && tokens[t + 1].Form.ToLowerInvariant() is "day" or "morning")
                return true;
        }
        return false;
    }

    private static string? CountryOf(Document document, EventPlace? place) =>
        place is null ? null : document.Places.FirstOrDefault(p => p.Start == place.Start && p.End == place.End)?.Country;

    /// <summary>The sector of an act's victims when they are counted ("31 soldiers", "six civilians"), else null.</summary>
    private static string? CountedVictims(Event e) =>
        e.Actor2 is { Sector: { } sector } victims && victims.Text.Split(' ').Any(w => NumberWords.Value(w) is not null) ? sector : null;
}
