using Vigil.Documents;

namespace Vigil.Events;

/// <summary>
/// Wire stories give the day once: "A suicide bomber killed at least 11 people ... on Friday. ... Hours
/// after the blast, police fired tear gas at traders ... At least 25 protesters were detained by police."
/// An act counted in days from another ("A day later", "the next day", "a day after the police chief met ...") takes
/// that day. An incident (an attack, a crackdown, a protest) whose sentence names no time takes the day of the
/// last dated event of the five sentences before it, at the same place or none, unless its sentence
/// points elsewhere in time ("earlier", "last year", "since 2021", "previously") or its verb is a
/// perfect ("had marched": before the story's day; "have fought alongside the army": background); its
/// date keeps the words that gave the day.
/// A reaction ("condemned the attack", "urged restraint") takes only the day the sentence just before it
/// names: the story seldom says when, except by telling it right after a dated one.
/// "Hours later" stays on the story's day.
/// </summary>
internal static class StoryDates
{
    private const int Window = 5;

    private static readonly HashSet<string> OtherTimes = new(StringComparer.OrdinalIgnoreCase)
    {
        "earlier", "previously", "ago", "since", "last", "recent", "recently", "already", "past", "former", "formerly", "once",
        "next", "later", "tomorrow", "upcoming", "year", "years", "month", "months", "decade", "decades", "often", "repeatedly", "routinely",
    };

    /// <summary>Whether a PLOVER type is an incident's (an attack, a crackdown or other coercion, a protest), told at one scene on one day.</summary>
    internal static bool IsIncident(string? ploverType) => ploverType is "ASSAULT" or "COERCE" or "PROTEST";

    public static void Inherit(Document document)
    {
        var events = document.Events;
        string? published = document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        bool AfterPublication(string day) => published is not null && string.CompareOrdinal(day, published) > 0;
        // A past act cannot happen after the story was published: a day yet to come in its sentence is another
        // clause's ("urged families to leave and said schools would stay closed on Monday"), and it takes none.
        foreach (var e in events)
        {
            if (e.Date?.Value is { } day && AfterPublication(day) && document.TokenStartingAt(e.Trigger.Start) is >= 0 and var trigger
                && document.Tokens[trigger].Xpos == "VBD")
                e.Date = null;
        }
        DateActsToldAsAnEarlierDay(document);
        DateClausesCountedBackFromTheirGovernor(document);
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            // ("At a news conference the same day, the minister accused ...": the story's day, as for an incident.)
            // (Told as "the same day", another place's day is this one's too: "Police in Cali arrested a man the same day".)
            bool sameDay = SaysSameDay(document, document.Sentences[e.Sentence]);
            bool incident = IsIncident(e.Plover.Type) || sameDay;
            // (However far back, and for any act, a reaction too: "A day later," counts from the story's last told day;
            // "The attack came a day after the police chief met tribal elders", from the last told incident's, the act
            // the sentence opens with.)
            bool DatedBefore(Event p) => p.Date is { Precision: "day", Value: { } day } && !AfterPublication(day) && p.Sentence < e.Sentence;
            if (e.Date is null && DaysFromAnotherDay(document, document.Sentences[e.Sentence], e) is var (offset, words, fromAnyDay, namedAct)
                && ((namedAct >= 0 ? ActNamed(document, events.Take(i).Where(DatedBefore).ToList(), namedAct) : null)
                    ?? events.Take(i).LastOrDefault(p => DatedBefore(p) && (fromAnyDay || IsIncident(p.Plover.Type)))) is { Date.Value: { } anchor })
            {
                var shifted = ShiftedDay(anchor, offset);
                // (A day after the story was published is no day of a past act: the count is from another day.)
                if (!AfterPublication(shifted)) e.Date = new EventDate(shifted, "day", words);
                continue;
            }
            // ("At the meeting, the clergy demanded ...", "In the same statement, the group threatened ...", "Addressing the
            // crowd, union leaders demanded ...": on the day of the meeting, statement or protest told before.)
            if (e.Date is null && e.Modality is "asserted" or "reported" && OccasionToldBefore(document, events, i) is { } occasion)
            {
                e.Date = occasion;
                continue;
            }
            // ("had marched from Haboubi Square earlier in the day": a perfect or an "earlier" told as the same day is the story's day.)
            // ("Police fired tear gas at protesters on Monday ... Several hundred young men had marched from Pece stadium": a protest
            // told in the pluperfect right after the incident it led to is that day's, as the march before the tear gas.)
            bool protestBefore = e.Plover.Type == "PROTEST" && e.Date is null && IsPerfect(document, e) && !PointsElsewhereInTime(document, document.Sentences[e.Sentence]);
            if (e.Date is not null || !sameDay && !protestBefore && (PointsElsewhereInTime(document, document.Sentences[e.Sentence]) || IsPerfect(document, e))) continue;
            // A reaction takes the day of the sentence just before it ("Speaking at a news conference Tuesday,
            // the governor blamed ... She urged residents ..."), and only that.
            int window = protestBefore ? 2 : incident ? Window : 1;
            // ("The attackers also kidnapped at least eight teenage boys", "troops fought the militants for four hours":
            // the attack's own people, named back, are in the attack told before, however far back and wherever.)
            bool answers = e.Plover.Type == "ASSAULT" && AnswersTheAttackTold(document, e);
            // ("Troops were sent on Tuesday. Soldiers exchanged fire with the raiders later that day": a sentence that says "that
            // day" counts from the last told day, whatever act it was, not from the attack its people are named back to.)
            bool toldBack = !sameDay && (answers || e.Plover.Type == "ASSAULT" && (NamesTheAttackersBack(e.Actor1) || NamesTheAttackersBack(e.Actor2)));
            if (toldBack) window = 3 * Window;
            // ("Hours earlier, fighters ... attacked a police outpost", six sentences after the lead's bombing: hours from the story's
            // last told day, however far back.)
            if (sameDay && window < 3 * Window && SaysHoursAway(document, document.Sentences[e.Sentence])) window = 3 * Window;
            // (Not a day yet to come: "the Cabinet secretary would visit Lamu on Wednesday" dates no later event; nor the day a
            // period began: "had blocked the highway since Monday morning" tells when the blockade started, not the story's day.)
            // (Nor the day of a perfect told as background: "The farmers ... had blocked the road ... on Tuesday last week. Police arrested 14
            // people during the operation" is the story's day again, told before the background, so looked for further back.)
            if (events.Take(i).Any(p => p.Date is { Precision: "day" } && p.Sentence < e.Sentence && e.Sentence - p.Sentence <= window && IsPerfect(document, p))) window *= 2;
            var dated = events.Take(i).LastOrDefault(p => p.Date is { Precision: "day", Value: { } day } && !AfterPublication(day)
                && !DateResolver.StartsAPeriod(document, p.Date, document.Sentences[p.Sentence].FirstToken) && !IsPerfect(document, p)
                && p.Sentence < e.Sentence && e.Sentence - p.Sentence <= window && (incident || SaysItsDay(document, p))
                && (!toldBack || p.Plover.Type == "ASSAULT") && (!protestBefore || p.Modality is "asserted" or "reported")
                && (e.Place is null || p.Place is null || e.Place.GeonamesId == p.Place.GeonamesId || sameDay || toldBack || protestBefore
                    // ("In a statement on Wednesday, the council demanded ... Its leaders also threatened to block the road ... at Meghri": a
                    // word told right after another's day is that day's, wherever the act it names would be.)
                    || !incident && e.Sentence - p.Sentence == 1));
            if (dated is not null) e.Date = sameDay && SaysAnyOf(document, document.Sentences[e.Sentence], ["the same day"]) ? LastDayToldSince(document, dated, e) ?? dated.Date : dated.Date;
            // ("Soldiers repelled the attack": where the attack was, when the sentence names no place of its own.)
            if (answers && dated is { Plover.Type: "ASSAULT", Place: { } there } && (e.Place is null || e.Place.Start < document.Sentences[e.Sentence].Start || e.Place.End > document.Sentences[e.Sentence].End))
                e.Place = there;
        }
    }

    /// <summary>
    /// "JNIM claimed the attack on Tuesday through its media arm. In an audio message released the same day, a man ... threatened":
    /// "the same day" is the last day told before it, in a sentence after the dated act's that told no act of its own.
    /// </summary>
    private static EventDate? LastDayToldSince(Document document, Event dated, Event e)
    {
        string? published = document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        for (int s = e.Sentence - 1; s > dated.Sentence; s--)
        {
            var sentence = document.Sentences[s];
            if (DateResolver.Find(document, sentence.FirstToken, sentence.EndToken) is { Precision: "day", Value: { } day } told
                && (published is null || string.CompareOrdinal(day, published) <= 0))
                return told;
        }
        return null;
    }

    /// <summary>
    /// "The army said soldiers repelled the attack and killed dozens of terrorists": an act on "the attack" (or
    /// assault, raid, ambush, offensive) answers the attack told before, at its place and on its day.
    /// </summary>
    private static bool AnswersTheAttackTold(Document document, Event e)
    {
        var tokens = document.Tokens;
        int trigger = document.TokenStartingAt(e.Trigger.Start);
        if (trigger < 0 || tokens[trigger].Upos != "VERB") return false;
        var sentence = document.Sentences[e.Sentence];
        for (int t = trigger + 1; t < sentence.EndToken && t <= trigger + 3; t++)
        {
            if (tokens[t].Head == trigger && tokens[t].DepRel == "obj")
                return tokens[t].Lemma?.ToLowerInvariant() is "attack" or "assault" or "raid" or "ambush" or "offensive" or "incursion"
                       && tokens[t - 1].Form.ToLowerInvariant() is "the" or "this" or "that";
        }
        return false;
    }

    /// <summary>
    /// How many days from another day the event's sentence puts it, and those words: from the story's last told day
    /// when the sentence opens with them ("Two days earlier, insurgents shelled ...", "A week later, ..."), from the
    /// last told incident when the act comes after "N days after" or "before" ("The attack came four days after
    /// insurgents attacked an army supply convoy": that many days before the act the sentence opens with); null
    /// when neither.
    /// </summary>
    private static (int Days, string Words, bool FromAnyDay, int NamedAct)? DaysFromAnotherDay(Document document, Sentence sentence, Event e)
    {
        var tokens = document.Tokens;
        int first = sentence.FirstToken;
        if (first + 3 < sentence.EndToken && tokens[first + 3].Form == "," && DaysIn(tokens[first].Form, tokens[first + 1].Form) is { } span
            && tokens[first + 2].Form.ToLowerInvariant() switch { "earlier" or "before" => -1, "later" or "after" => 1, _ => 0 } is var direction and not 0)
            return (span * direction, document.Slice(tokens[first].Start, tokens[first + 2].End), true, -1);
        if (NextOrPreviousDay(document, sentence) is var (shift, words)) return (shift, words, true, -1);
        int trigger = document.TokenStartingAt(e.Trigger.Start);
        // ("Leaders of the Chinland Council had met Mizoram Chief Minister Lalduhoma in the state capital a day earlier": or after the
        // act, hung on its verb.)
        for (int t = first + 2; trigger >= 0 && t < sentence.EndToken; t++)
        {
            if (tokens[t].Head != trigger || DaysIn(tokens[t - 2].Form, tokens[t - 1].Form) is not { } days) continue;
            int sign = tokens[t].Form.ToLowerInvariant() switch { "earlier" => -1, "later" => 1, _ => 0 };
            if (sign != 0) return (days * sign, document.Slice(tokens[t - 2].Start, tokens[t].End), true, -1);
        }
        // ("unidentified men abducted the imam of a mosque on the town's outskirts two days before the market attack": or after the
        // act and its words, before or after an attack the story told, however the parser hung the phrase.)
        for (int t = trigger + 3; trigger >= 0 && t + 2 < sentence.EndToken; t++)
        {
            if (tokens[t - 1].Upos is "VERB" or "AUX" || tokens[t - 1].Form == ",") break;
            int sign = tokens[t].Form.ToLowerInvariant() switch { "after" => -1, "before" => 1, _ => 0 };
            if (sign == 0 || !tokens[t + 1].Form.Equals("the", StringComparison.OrdinalIgnoreCase) || DaysIn(tokens[t - 2].Form, tokens[t - 1].Form) is not { } days) continue;
            int named = t + 2;
            while (named + 1 < sentence.EndToken && named < t + 4 && tokens[named].Upos is "NOUN" or "ADJ" && !IsAttackNoun(tokens[named].Lemma)) named++;
            if (tokens[named].Upos == "NOUN" && IsAttackNoun(tokens[named].Lemma)) return (-days * sign, document.Slice(tokens[t - 2].Start, tokens[t].End), false, named);
            break;
        }
        // ("About an hour after the bombing, gunmen opened fire ...", "Hours after the blast": the day of the act it follows;
        // "Hours before the raid, a roadside bomb struck": or precedes.)
        for (int t = first + 1; t < trigger && t <= first + 4; t++)
        {
            if ((tokens[t].Form.Equals("after", StringComparison.OrdinalIgnoreCase) || tokens[t].Form.Equals("before", StringComparison.OrdinalIgnoreCase))
                && tokens[t - 1].Form.ToLowerInvariant() is "hour" or "hours" or "minutes")
            {
                // ("Hours before the raid": the act "the raid" names.)
                int named = t + 2 < trigger && tokens[t + 1].Form.Equals("the", StringComparison.OrdinalIgnoreCase) && tokens[t + 2].Upos == "NOUN" ? t + 2 : -1;
                return (0, document.Slice(tokens[first].Start, tokens[t].End), false, named);
            }
        }
        for (int t = first + 2; t < trigger; t++)
        {
            int sign = tokens[t].Form.ToLowerInvariant() switch { "after" => -1, "before" => 1, _ => 0 };
            if (sign == 0 || DaysIn(tokens[t - 2].Form, tokens[t - 1].Form) is not { } days) continue;
            // ("Two days before the massacre, gunmen had shot dead a former FARC combatant": that many days before the act the
            // noun names, not after the last act told.)
            // (Only opening the sentence, and not a clause's subject: "two days after the air force killed three dissidents", "The attack
            // came a day after the provincial police chief, Akhtar Hayat, met tribal elders" count from the last act told; the act's own
            // subject comes after the comma.)
            if (t - 2 == first && tokens[t].DepRel == "case" && tokens[t].Head is var noun && noun > t && noun < trigger && tokens[noun].Upos == "NOUN"
                && tokens[t + 1].Form.Equals("the", StringComparison.OrdinalIgnoreCase) && SubjectAfterTheOpening(tokens, noun, trigger))
                return (-days * sign, document.Slice(tokens[t - 2].Start, tokens[t].End), false, noun);
            // ("The Tank assault came a day after a roadside bomb tore through a vehicle", "That blast, in turn, came two days after troops
            // killed 11 militants": from the act the sentence's subject names, when it names one.)
            return (days * sign, document.Slice(tokens[t - 2].Start, tokens[t].End), false, SubjectNamingAnAct(tokens, first, t - 2));
        }
        return null;
    }

    /// <summary>The noun of an act ("assault", "blast") that opens the sentence with "The", "That" or "This" as its subject, before <paramref name="end"/>; or -1.</summary>
    private static int SubjectNamingAnAct(Token[] tokens, int first, int end)
    {
        if (tokens[first].Form is not ("The" or "That" or "This")) return -1;
        for (int k = first + 1; k < end && k <= first + 3; k++)
        {
            if (tokens[k].DepRel == "nsubj" && IsAttackNoun(tokens[k].Lemma)) return k;
        }
        return -1;
    }

    private static bool IsAttackNoun(string? lemma) =>
        lemma?.ToLowerInvariant() is "attack" or "raid" or "bombing" or "blast" or "explosion" or "assault" or "ambush" or "strike" or "shooting" or "massacre" or "killing" or "killings";

    /// <summary>Whether the act's subject follows the first comma after the opening phrase's noun ("Two days before the massacre, gunmen had shot").</summary>
    private static bool SubjectAfterTheOpening(Token[] tokens, int noun, int trigger)
    {
        int comma = noun + 1;
        while (comma < trigger && tokens[comma].Form != ",") comma++;
        for (int k = comma + 1; k < trigger; k++)
        {
            if (tokens[k].Head == trigger && tokens[k].DepRel is "nsubj" or "nsubj:pass") return true;
        }
        return false;
    }

    /// <summary>
    /// The dated act told before that a definite noun names ("Hours before the bombing", after "A car bomb exploded outside a police
    /// station late on Tuesday" and Monday's clash): for an attack's noun, the story's first factual attack; otherwise the last factual
    /// incident whose sentence says the noun of its own; null when neither.
    /// </summary>
    private static Event? ActNamed(Document document, List<Event> dated, int noun)
    {
        var tokens = document.Tokens;
        var form = tokens[noun].Form;
        // (A sentence that says the noun of its own, not one dated from it in turn: "A day before the ambush, ... exchanged fire".)
        bool Says(Sentence sentence)
        {
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (tokens[t].Form.Equals(form, StringComparison.OrdinalIgnoreCase)
                    && !(t - 2 >= sentence.FirstToken && tokens[t - 1].Form.Equals("the", StringComparison.OrdinalIgnoreCase) && tokens[t - 2].Form.ToLowerInvariant() is "before" or "after"))
                    return true;
            }
            return false;
        }
        // (A factual incident: not "the governor condemned the massacre" on a later day, nor the massacre the accusation tells.)
        // (An attack's noun is the story's attack, the first told: "the market attack" is not "a separate attack on Tuesday", nor
        // the day the army said it had repelled it.)
        // ("That blast, in turn, came two days after ...": the last attack told, which "that" points back to.)
        bool pointsBack = noun > 0 && tokens[noun - 1].Form is "That" or "that" or "This" or "this" || noun > 1 && tokens[noun - 2].Form is "That" or "This" && tokens[noun - 2].Head == noun;
        if (IsAttackNoun(tokens[noun].Lemma)
            && (pointsBack ? dated.LastOrDefault(p => p.Plover.Type == "ASSAULT" && Modalities.IsFactual(p.Modality)) : dated.FirstOrDefault(p => p.Plover.Type == "ASSAULT" && Modalities.IsFactual(p.Modality))) is { } attack)
            return attack;
        return dated.LastOrDefault(p => IsIncident(p.Plover.Type) && Modalities.IsFactual(p.Modality) && Says(document.Sentences[p.Sentence]));
    }

    /// <summary>
    /// "Police fired tear gas at demonstrators on Thursday, a day after a protester was shot dead": an act in a clause
    /// opened by "after" (or "before") a count of days is that many days before (or after) the day of the act the clause
    /// dates, not on it.
    /// </summary>
    private static void DateActsToldAsAnEarlierDay(Document document)
    {
        var tokens = document.Tokens;
        foreach (var e in document.Events)
        {
            if (EventMentions.EarlierDayMark(document, e) is not (>= 0 and var mark) || mark - 2 < document.Sentences[e.Sentence].FirstToken
                || document.TokenStartingAt(e.Trigger.Start) is not (>= 0 and var trigger)) continue;
            // ("killed three suspected militants on Thursday, police said, a week after an attack on tourists killed 26 people":
            // or the act the report it hangs on tells.)
            Event? ActAt(int token) => token < 0 ? null : document.Events.FirstOrDefault(g => g != e && g.Sentence == e.Sentence && document.TokenStartingAt(g.Trigger.Start) == token);
            int governor = tokens[trigger].Head;
            var dated = ActAt(governor) ?? (governor >= 0 && tokens[governor].DepRel == "parataxis" ? ActAt(tokens[governor].Head) : null);
            if (dated?.Date is not { Precision: "day", Value: { } anchor } || e.Date?.Value is { } own && own != anchor
                || DaysIn(tokens[mark - 2].Form, tokens[mark - 1].Form) is not { } days) continue;
            int sign = tokens[mark].Form.Equals("after", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
            e.Date = new EventDate(ShiftedDay(anchor, days * sign), "day", document.Slice(tokens[mark - 2].Start, tokens[mark].End));
        }
    }

    /// <summary>
    /// "gunmen freed four loggers on Monday they had seized on a forest road two days earlier": an act whose own clause ends with a
    /// count of days "earlier" is that many days before the act its clause hangs on, not on that act's day.
    /// </summary>
    private static void DateClausesCountedBackFromTheirGovernor(Document document)
    {
        var tokens = document.Tokens;
        foreach (var e in document.Events)
        {
            if (document.TokenStartingAt(e.Trigger.Start) is not (>= 0 and var trigger) || tokens[trigger].DepRel is not ("acl:relcl" or "acl" or "conj")) continue;
            var sentence = document.Sentences[e.Sentence];
            // (Hung on the verb, or ending its clause however hung: "seized on a forest road near Batopilas two days earlier, according to".)
            int earlier = -1;
            for (int t = trigger + 3; t < sentence.EndToken && earlier < 0; t++)
            {
                if (tokens[t].Head != trigger && (tokens[t].Form == "," || tokens[t].Upos is "VERB" or "AUX")) break;
                if (tokens[t].Form.Equals("earlier", StringComparison.OrdinalIgnoreCase)) earlier = t;
            }
            if (earlier < 0 || DaysIn(tokens[earlier - 2].Form, tokens[earlier - 1].Form) is not { } days) continue;
            // (The act above: the verb the clause's noun belongs to, or the verb it is coordinated with.)
            int governor = tokens[trigger].Head;
            for (int steps = 0; governor >= 0 && tokens[governor].Upos != "VERB" && steps < 4; steps++) governor = tokens[governor].Head;
            if (governor < 0 || document.Events.FirstOrDefault(g => g != e && g.Sentence == e.Sentence && document.TokenStartingAt(g.Trigger.Start) == governor)
                    is not { Date: { Precision: "day", Value: { } anchor } } || e.Date?.Value is { } own && own != anchor) continue;
            e.Date = new EventDate(ShiftedDay(anchor, -days), "day", document.Slice(tokens[earlier - 2].Start, tokens[earlier].End));
        }
    }

    /// <summary>
    /// "The next day, government forces carried out air strikes", "imposed a curfew on the town the following day",
    /// "the day before": one day after (or before) the story's last told day, with those words; null when the
    /// sentence has none.
    /// </summary>
    private static (int Days, string Words)? NextOrPreviousDay(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (int t = sentence.FirstToken; t + 2 < sentence.EndToken; t++)
        {
            if (!tokens[t].Form.Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            string second = tokens[t + 1].Form.ToLowerInvariant(), third = tokens[t + 2].Form.ToLowerInvariant();
            // ("the day after" as a time of its own, not "the day after the attack", which counts from the attack.)
            bool alone = t + 3 >= sentence.EndToken || tokens[t + 3].Upos is "PUNCT" or "VERB" or "PRON";
            int shift = (second, third) switch
            {
                ("next" or "following", "day" or "morning" or "night" or "evening" or "afternoon") => 1,
                ("previous", "day" or "morning" or "night" or "evening" or "afternoon") => -1,
                ("day", "after") when alone => 1,
                ("day", "before") when alone => -1,
                _ => 0,
            };
            if (shift != 0) return (shift, document.Slice(tokens[t].Start, tokens[t + 2].End));
        }
        return null;
    }

    /// <summary>
    /// The day of the occasion a sentence opens with, told before: "At the meeting," "At the rally," "In the same
    /// statement," "Speaking after the meeting," "Addressing the crowd," take the day of the last dated event whose
    /// sentence names that occasion (a crowd is a protest's); null when the sentence opens with none or none was told.
    /// </summary>
    private static EventDate? OccasionToldBefore(Document document, List<Event> events, int index)
    {
        var e = events[index];
        var tokens = document.Tokens;
        var sentence = document.Sentences[e.Sentence];
        int t = sentence.FirstToken;
        if (t < sentence.EndToken && tokens[t].Form is "Speaking" or "Addressing") t++;
        if (t < sentence.EndToken && tokens[t].Form.ToLowerInvariant() is "at" or "in" or "after" or "during") t++;
        if (t >= sentence.EndToken || tokens[t].Form.ToLowerInvariant() is not ("the" or "his" or "her" or "their" or "its")) return null;
        t++;
        if (t < sentence.EndToken && tokens[t].Form.Equals("same", StringComparison.OrdinalIgnoreCase)) t++;
        if (t + 1 < sentence.EndToken && tokens[t + 1].Form is "conference") t++;
        if (t + 1 >= sentence.EndToken || tokens[t + 1].Form != ",") return null;
        string[]? stems = tokens[t].Form.ToLowerInvariant() switch
        {
            "meeting" or "talks" => ["meet", " met ", "talks"],
            "rally" or "protest" or "sit-in" or "march" or "demonstration" or "vigil" or "gathering" or "crowd" => ["rall", "protest", "sit-in", "march", "demonstrat", "vigil", "gather", "crowd"],
            "statement" or "post" or "message" => ["statement", "post", "message"],
            "conference" => ["conference"],
            // ("... told Reuters on Tuesday that its fighters had been hunting ... In the same interview, he threatened".)
            "interview" => ["interview", " told "],
            "funeral" => ["funeral"],
            _ => null,
        };
        if (stems is null) return null;
        // (The last sentence before that names the occasion, with the day of an event told in it, or else the day it names
        // itself: "The gang said in a statement on Thursday that it had carried out the attack", an attack told before.)
        for (int s = e.Sentence - 1; s >= 0; s--)
        {
            var told = document.Sentences[s];
            var text = document.Text.AsSpan(told.Start, told.End - told.Start);
            bool names = false;
            foreach (var stem in stems) names |= text.Contains(stem, StringComparison.OrdinalIgnoreCase);
            if (!names) continue;
            if (events.Take(index).LastOrDefault(p => p.Sentence == s && p.Date is { Precision: "day" }) is { Date: { } day }) return day;
            if (DateResolver.Find(document, told.FirstToken, told.EndToken) is { Precision: "day" } named) return named;
        }
        return null;
    }

    /// <summary>Whether the actor is the attackers of a told attack named back: "the attackers", "the militants", "the gunmen".</summary>
    internal static bool NamesTheAttackersBack(EventActor? actor)
    {
        if (actor?.Text is not { } text || !text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) return false;
        var words = text.Split(' ', 4);
        return words.Length > 1 && AttackersNamedBack.Contains(words[1].TrimEnd(',').ToLowerInvariant());
    }

    private static readonly HashSet<string> AttackersNamedBack = new(StringComparer.Ordinal)
    {
        "attackers", "attacker", "assailants", "assailant", "gunmen", "gunman", "militants", "insurgents", "raiders", "bandits", "jihadists",
        "kidnappers", "abductors", "bomber", "perpetrators",
    };

    /// <summary>The ISO day that many days from another.</summary>
    private static string ShiftedDay(string day, int days) =>
        DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddDays(days)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"two days", "a week": the days a count and a unit of days or weeks make (up to 31 of either); null for other words.</summary>
    internal static int? DaysIn(string count, string unit)
    {
        int? n = count.ToLowerInvariant() is "a" or "an" or "one" ? 1 : NumberWords.Value(count);
        int? perUnit = unit.ToLowerInvariant() switch { "day" or "days" => 1, "week" or "weeks" => 7, _ => null };
        return n is > 0 and <= 31 && perUnit is { } days ? n * days : null;
    }

    /// <summary>Whether the sentence tells its act as on the day told before ("the same day", "that night", "Hours later").</summary>
    private static bool SaysSameDay(Document document, Sentence sentence) => SaysAnyOf(document, sentence, SameDayWords);

    /// <summary>Whether the sentence's text holds any of the phrases, in any case.</summary>
    private static bool SaysAnyOf(Document document, Sentence sentence, ReadOnlySpan<string> phrases)
    {
        var text = document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        foreach (var words in phrases)
        {
            if (text.Contains(words, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Whether the sentence counts hours or minutes from the day told before ("Hours earlier", "Minutes later").</summary>
    private static bool SaysHoursAway(Document document, Sentence sentence) =>
        SaysAnyOf(document, sentence, ["hours later", "hours earlier", "minutes later", "moments later", "in the hours after"]);

    private static readonly string[] SameDayWords =
    [
        "same day", "that day", "same night", "same morning", "same afternoon", "same evening", "that night", "that morning", "that afternoon", "that evening",
        // ("Hours later, soldiers clashed with suspected cartel gunmen in the nearby town of Eldorado": the last told day, elsewhere too.)
        "hours later", "minutes later", "moments later", "hours earlier", "earlier in the day", "later in the day",
        // ("arrested at least 23 people in Gedaref in the hours after the strike": the day of the act told before.)
        "in the hours after",
        // ("By midday, dozens of market traders had marched to the governor's office": a time of the story's day.)
        "by midday", "by noon", "by the afternoon", "by late afternoon", "by mid-morning", "by nightfall", "by dusk", "by the evening", "by evening",
    ];

    /// <summary>Whether the event's sentence itself names its day (it was not carried over from another).</summary>
    private static bool SaysItsDay(Document document, Event e)
    {
        var sentence = document.Sentences[e.Sentence];
        return document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).Contains(e.Date!.Text.AsSpan(), StringComparison.Ordinal);
    }

    private static bool IsPerfect(Document document, Event e)
    {
        int trigger = document.TokenStartingAt(e.Trigger.Start);
        if (trigger < 0) return false;
        // Its auxiliaries are in its sentence: no need to look through the whole document.
        var sentence = document.Sentences[e.Sentence];
        // ("had blocked the highway since dawn", "had gathered outside the building since early morning": a perfect that
        // runs from earlier the same day is the story's day.)
        if (SinceEarlierTheSameDay(document, sentence)) return false;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = document.Tokens[t];
            if (token.Head == trigger && token.DepRel == "aux" && token.Form.ToLowerInvariant() is "had" or "have" or "has")
                return !(token.Form.Equals("had", StringComparison.OrdinalIgnoreCase) && ToldByAPastReport(document, trigger));
        }
        return false;
    }

    /// <summary>
    /// "The commission said 11 people had been killed ... and that 52 people had been arrested": a past perfect a past report
    /// tells is the tense shifted back for the telling, not an act before the story's day.
    /// </summary>
    private static bool ToldByAPastReport(Document document, int verb)
    {
        var tokens = document.Tokens;
        while (tokens[verb].DepRel == "conj" && tokens[verb].Head >= 0) verb = tokens[verb].Head;
        return tokens[verb].DepRel == "ccomp" && tokens[verb].Head is >= 0 and var reporter && tokens[reporter].Xpos == "VBD"
               && tokens[reporter].Lemma is "say" or "tell" or "report" or "confirm" or "announce" or "add";
    }

    /// <summary>Whether the sentence says "since dawn", "since early morning", "since the morning".</summary>
    private static bool SinceEarlierTheSameDay(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (int t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
        {
            if (!tokens[t].Form.Equals("since", StringComparison.OrdinalIgnoreCase)) continue;
            for (int k = t + 1; k < sentence.EndToken && k <= t + 3; k++)
            {
                if (tokens[k].Form.ToLowerInvariant() is "dawn" or "daybreak" or "morning" or "sunrise" or "midnight") return true;
                if (tokens[k].Form.ToLowerInvariant() is not ("early" or "the" or "this")) break;
            }
        }
        return false;
    }

    private static bool PointsElsewhereInTime(Document document, Sentence sentence)
    {
        // ("had blocked the highway since dawn": not elsewhere.)
        bool sinceToday = SinceEarlierTheSameDay(document, sentence);
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = document.Tokens[t];
            if (sinceToday && token.Form.Equals("since", StringComparison.OrdinalIgnoreCase)) continue;
            // ("Hours later, soldiers clashed ...", "later that night": the same day; "Hours earlier, fighters ... attacked a
            // police outpost": so is the day's act before.)
            bool later = token.Form.Equals("later", StringComparison.OrdinalIgnoreCase);
            if ((later || token.Form.Equals("earlier", StringComparison.OrdinalIgnoreCase))
                && (t > sentence.FirstToken && document.Tokens[t - 1].Form.ToLowerInvariant() is "hours" or "minutes" or "moments" or "shortly"
                    || later && t + 1 < sentence.EndToken && document.Tokens[t + 1].Form.ToLowerInvariant() is "that")) continue;
            // ("Troops later arrested four men at a nearby ranch", "Officers later detained at least 12 protesters": "later" right
            // before a past tense is later in the story's day.)
            if (token.Form.Equals("later", StringComparison.OrdinalIgnoreCase) && t + 1 < sentence.EndToken && document.Tokens[t + 1].Xpos == "VBD"
                && token.Head == t + 1) continue;
            // ("Later in the day, a group of men ... attacked protesters", "earlier in the evening": the same day too.)
            if (token.Form.ToLowerInvariant() is "later" or "earlier" && t + 3 < sentence.EndToken && document.Tokens[t + 1].Form.Equals("in", StringComparison.OrdinalIgnoreCase)
                && document.Tokens[t + 2].Form.Equals("the", StringComparison.OrdinalIgnoreCase)
                && document.Tokens[t + 3].Form.ToLowerInvariant() is "day" or "evening" or "afternoon" or "morning" or "night") continue;
            // ("her 10-year-old son": an age, not a time.)
            if (t > sentence.FirstToken && document.Tokens[t - 1].Form == "-") continue;
            if (OtherTimes.Contains(token.Form) || token.Upos == "NUM" && token.Form.Length == 4 && token.Form.StartsWith("19") || token.Form.StartsWith("20") && token.Form.Length == 4)
                return true;
        }
        return false;
    }
}
