using Vigil.Documents;

namespace Vigil.Events;

/// <summary>
/// Finds counts of killed and injured people in a sentence: a number (digits or words, a range such as
/// "between 60-80", a bound such as "at least" or "more than", or a vague "dozens") tied to a casualty
/// word ("killed", "dead", "killing", "wounded", "injured"), before it ("four people were killed",
/// "two dead") or after it ("killing at least two").
/// </summary>
public static class CasualtyFinder
{
    private static readonly HashSet<string> KilledWords = new(StringComparer.OrdinalIgnoreCase) { "kill", "dead", "die", "died", "death", "body", "fatality", "killed", "killing",
        "lynch", "lynched", "behead", "beheaded", "massacre", "massacred", "murder", "murdered", "slay", "slain", "slaughter",
        "slaughtered", "execute", "executed",
        // (The Sahel's armies' word for the enemies they kill: "troops had 'neutralised' 17 terrorists", counted only.)
        "neutralise", "neutralize", "neutralised", "neutralized" };
    private static readonly HashSet<string> InjuredWords = new(StringComparer.OrdinalIgnoreCase) { "wound", "injure", "hurt", "wounded", "injured" };

    /// <summary>The first count of the killed and the first of the injured in the tokens.</summary>
    public static (CasualtyCount? Killed, CasualtyCount? Injured) Find(Document document, int firstToken, int endToken)
    {
        CasualtyCount? killed = null, injured = null;
        foreach (var (count, isKilled) in Counts(document, firstToken, endToken))
        {
            if (isKilled) killed ??= count;
            else injured ??= count;
        }
        return (killed, injured);
    }

    /// <summary>Every count of the killed or the injured in the tokens, in text order.</summary>
    public static IEnumerable<(CasualtyCount Count, bool Killed)> Counts(Document document, int firstToken, int endToken)
    {
        var tokens = document.Tokens;
        for (int i = firstToken; i < endToken; i++)
        {
            var lemma = tokens[i].Lemma ?? tokens[i].Form;
            bool isKilled = KilledWords.Contains(lemma) || KilledWords.Contains(tokens[i].Form) || LosesItsPeople(tokens, i);
            bool isInjured = !isKilled && (InjuredWords.Contains(lemma) || InjuredWords.Contains(tokens[i].Form));
            if (!isKilled && !isInjured) continue;
            // ("three men died of gunshot wounds": the wounds killed them; they are no count of the injured.)
            if (isInjured && tokens[i].Upos == "NOUN" && tokens[i].Head is >= 0 and var cause && tokens[cause].Lemma is "die" or "succumb") continue;
            if (CountsSinceLongAgo(document, i, firstToken, endToken) || CountsOverAPeriod(document, i)) continue;
            // ("had seized more than 100 people and would kill them unless ...": a killing threatened or intended counts no one.)
            if (tokens[i].Xpos == "VB" && IsThreatenedOrIntended(tokens, i)) continue;
            // ("the dead included two women", "the wounded include children": who among the counted, no count of its own.)
            if (tokens[i].DepRel is "nsubj" && tokens[i].Head is >= 0 and var verb && tokens[verb].Lemma == "include") continue;
            // ("Among the dead were six children and three women": nor are those named among them.)
            if (i >= 2 && tokens[i - 1].Lemma == "the" && tokens[i - 2].Form.Equals("among", StringComparison.OrdinalIgnoreCase)) continue;
            bool countedOnly = lemma.StartsWith("neutrali", StringComparison.OrdinalIgnoreCase);
            if ((CountNear(document, i, firstToken, endToken) ?? (countedOnly ? null : OneVictim(document, i))) is { } count) yield return (count, isKilled);
        }
    }

    private static readonly HashSet<string> LostPeople = new(StringComparer.OrdinalIgnoreCase)
        { "man", "soldier", "fighter", "troop", "officer", "policeman", "member", "guard", "volunteer", "militiaman", "comrade" };

    /// <summary>
    /// "the guards had clashed with the attackers ..., losing two men": a side that loses a count of its men or soldiers in a fight
    /// has that many dead (not "lost control", "lost 40 percent", "lost their homes").
    /// </summary>
    private static bool LosesItsPeople(Token[] tokens, int verb)
    {
        if (tokens[verb].Lemma != "lose" || tokens[verb].Upos != "VERB") return false;
        for (int t = verb + 1; t < tokens.Length && t <= verb + 4; t++)
        {
            if (tokens[t].Head == verb && tokens[t].DepRel == "obj")
                return LostPeople.Contains(tokens[t].Lemma ?? tokens[t].Form) && tokens[t - 1].Upos == "NUM";
        }
        return false;
    }

    /// <summary>Whether the count is of a side's own men lost ("losing four soldiers"), none of whom it killed.</summary>
    public static bool IsALoss(Document document, CasualtyCount count) =>
        count.Start is int start && document.TokenStartingAt(start) is >= 1 and var first
        && (document.Tokens[first - 1].Lemma == "lose" || first >= 2 && document.Tokens[first - 2].Lemma == "lose" && document.Tokens[first - 1].Upos == "ADV");

    /// <summary>Whether a bare verb has a modal or "to" of what may yet be done ("would kill", "threatened to kill").</summary>
    private static bool IsThreatenedOrIntended(Token[] tokens, int verb)
    {
        for (int t = Math.Max(0, verb - 3); t < verb; t++)
        {
            if (tokens[t].Head == verb && (tokens[t].Xpos == "MD" && tokens[t].DepRel == "aux" || tokens[t].Xpos == "TO" && tokens[t].DepRel == "mark")) return true;
        }
        return false;
    }

    private static readonly HashSet<string> MeasureNouns = new(StringComparer.OrdinalIgnoreCase)
        { "kilometre", "kilometer", "km", "mile", "metre", "meter", "kilogram", "kg", "tonne", "ton", "hectare", "acre", "percent", "%",
          // ("two days before the massacre": a span of time counts no one either.)
          "minute", "hour", "day", "week", "month", "year" };

    /// <summary>Subjects whose toll is a running total, not an incident's: "The war has killed more than 150,000 people".</summary>
    private static readonly HashSet<string> LongRunningCauses = new(StringComparer.Ordinal) { "war", "conflict", "insurgency", "rebellion", "crisis", "pandemic", "epidemic" };

    /// <summary>Words that, after "since", date a running total from a war's start: "since the war began", "since the start of the conflict".</summary>
    private static readonly HashSet<string> StartsOfWars = new(StringComparer.Ordinal) { "war", "conflict", "insurgency", "start", "beginning", "outbreak", "begin" };

    /// <summary>Whether a killing or wounding word counts a running total ("The conflict has killed more than 6,000 people since 2017").</summary>
    public static bool IsRunningTotal(Document document, int word)
    {
        var token = document.Tokens[word];
        if (!KilledWords.Contains(token.Lemma ?? token.Form) && !InjuredWords.Contains(token.Lemma ?? token.Form)) return false;
        var sentence = document.Sentences[token.Sentence];
        return CountsSinceLongAgo(document, word, sentence.FirstToken, sentence.EndToken) || CountsOverAPeriod(document, word);
    }

    /// <summary>
    /// "At least 30 people have been killed in clashes between the groups this year", "have died in recent
    /// months": a perfect tense over a period that runs to now ("this year", "so far", "the past two years",
    /// "recent months") or over acts of a kind ("in such strikes") counts many incidents, not one.
    /// </summary>
    private static bool CountsOverAPeriod(Document document, int word)
    {
        var tokens = document.Tokens;
        int verb = tokens[word].Upos == "VERB" ? word : tokens[word].Head;
        if (verb < 0) return false;
        var sentence = document.SentenceOf(verb);
        if (!HasPresentPerfect(tokens, verb, sentence.FirstToken)) return false;
        for (int i = verb + 1; i < sentence.EndToken; i++)
        {
            if (tokens[i].Lemma is not ("year" or "month" or "week") || !HangsWithin(tokens, i, verb)) continue;
            // ("this year", "the past two years", "recent months"; not "last year", a past period's own toll.)
            for (int k = Math.Max(sentence.FirstToken, i - 3); k < i; k++)
            {
                if (tokens[k].Form.ToLowerInvariant() is "this" or "past" or "recent") return true;
            }
        }
        for (int i = verb + 1; i + 1 < sentence.EndToken; i++)
        {
            if (tokens[i].Form.Equals("so", StringComparison.OrdinalIgnoreCase) && tokens[i + 1].Form.Equals("far", StringComparison.OrdinalIgnoreCase)) return true;
            // ("have been killed in such strikes since the truce": a kind of act, many of them.)
            if (tokens[i].Form.Equals("such", StringComparison.OrdinalIgnoreCase) && tokens[i + 1].Xpos == "NNS" && HangsWithin(tokens, i + 1, verb)) return true;
        }
        return false;
    }

    /// <summary>Whether a word hangs on the verb through at most two words ("in clashes ... this year", "over the past two years").</summary>
    private static bool HangsWithin(Token[] tokens, int word, int verb)
    {
        for (int t = tokens[word].Head, steps = 0; t >= 0 && steps < 3; t = tokens[t].Head, steps++)
        {
            if (t == verb) return true;
        }
        return false;
    }

    /// <summary>
    /// "have been killed in the insurgency since 1989", "The war has killed more than 150,000 people": a
    /// running total of a war or of years is background, not the toll of the incident the article reports.
    /// (Only "since" in the casualty word's own clause: "the deadliest attack since 2019" compares an
    /// attack whose toll stands.)
    /// </summary>
    private static bool CountsSinceLongAgo(Document document, int word, int firstToken, int endToken)
    {
        var tokens = document.Tokens;
        int verb = tokens[word].Upos == "VERB" ? word : tokens[word].Head;
        for (int i = firstToken; i < endToken; i++)
        {
            if (verb >= 0 && tokens[i].Head == verb && tokens[i].DepRel is "nsubj" && LongRunningCauses.Contains(tokens[i].Lemma ?? "")) return true;
            // ("the insurgency, which has killed thousands of people": the relative's antecedent.)
            if (verb >= 0 && tokens[i].Head == verb && tokens[i].DepRel is "nsubj" && tokens[i].Form.ToLowerInvariant() is "which" or "that"
                && tokens[verb].DepRel == "acl:relcl" && tokens[verb].Head >= 0 && LongRunningCauses.Contains(tokens[tokens[verb].Head].Lemma ?? "")) return true;
            if (!tokens[i].Form.Equals("since", StringComparison.OrdinalIgnoreCase) || tokens[i].Head is not (>= 0 and var since)) continue;
            // ("The fighting in El Fasher has killed hundreds of people since May": or a month, after a perfect tense.)
            bool longAgo = tokens[since].Form is { Length: 4 } year && year.All(char.IsAsciiDigit) || StartsOfWars.Contains(tokens[since].Lemma ?? "")
                           || char.IsUpper(tokens[since].Form[0]) && DateResolver.NamesAMonth(tokens[since].Form) && verb >= 0 && HasPresentPerfect(tokens, verb, firstToken);
            if (!longAgo || tokens[since].Head is not (>= 0 and var holder)) continue;
            // The casualty word itself, its verb, or the people it counts ("killed more than 150,000 people since 2015").
            if (holder == word || holder == verb || tokens[holder].Head == verb && tokens[holder].DepRel is "obj" or "nsubj:pass" or "nsubj") return true;
        }
        return false;
    }

    /// <summary>Whether the verb has "has", "have" or "'ve" for its auxiliary (a count that runs to now), looking from the sentence's first token.</summary>
    private static bool HasPresentPerfect(Token[] tokens, int verb, int firstToken)
    {
        for (int t = firstToken; t < verb; t++)
        {
            if (tokens[t].Head == verb && tokens[t].DepRel == "aux" && tokens[t].Form.ToLowerInvariant() is "has" or "have" or "'ve") return true;
        }
        return false;
    }

    /// <summary>
    /// A death toll revised in the sentence: "bringing the toll to 11", "raised the death toll to four",
    /// "the toll rose to 30"; null when there is none. ("Officials put the death toll at 68" is one
    /// source's figure, which may compete with others', not a revision.)
    /// </summary>
    /// <param name="orStated">Also a toll put "at" a number ("put the death toll at seven").</param>
    public static CasualtyCount? RevisedToll(Document document, int firstToken, int endToken, bool orStated = false)
    {
        var tokens = document.Tokens;
        for (int i = firstToken; i < endToken; i++)
        {
            if (tokens[i].Lemma != "toll") continue;
            for (int j = i + 1; j < Math.Min(endToken, i + 9); j++)
            {
                if (tokens[j].Form is "," or ";" or ".") break;
                // A revision follows the toll closely ("the toll had risen to nine"; "raising the death toll from
                // the unrest to four" counts the unrest, not the act before); a stated figure may come after what
                // the toll is of ("put the death toll from Sunday's attack at 22").
                bool revised = j < i + 4 && tokens[j].Form.Equals("to", StringComparison.OrdinalIgnoreCase);
                // ("said the death toll could be as high as 70": a figure stated as a bound.)
                int asHighAs = j + 2 < endToken && tokens[j].Form.Equals("as", StringComparison.OrdinalIgnoreCase)
                               && tokens[j + 1].Form.ToLowerInvariant() is "high" or "many" && tokens[j + 2].Form.Equals("as", StringComparison.OrdinalIgnoreCase) ? j + 2 : -1;
                if (!revised && !(orStated && (tokens[j].Form.Equals("at", StringComparison.OrdinalIgnoreCase) || asHighAs >= 0))) continue;
                if (CountAfter(document, Math.Max(j, asHighAs), endToken) is not { } count) continue;
                // (A bound reads as "up to" does: at most the figure.)
                return asHighAs < 0 ? count
                    : count with { Min = 0, Text = document.Slice(tokens[j].Start, count.End ?? tokens[asHighAs].End), Start = tokens[j].Start };
            }
        }
        return null;
    }

    /// <summary>
    /// The number closest before the casualty word (within six tokens), else right after it ("killing
    /// two"). A participle or an active past counts its object first: in "opened fire in several cities,
    /// killing at least 38", the 38 were killed, not the several.
    /// </summary>
    private static CasualtyCount? CountNear(Document document, int word, int firstToken, int endToken)
    {
        // (So does an active past: "twin car bombs outside two Sunni mosques killed 42 worshippers".)
        if (document.Tokens[word].Xpos is "VBG" or "VBD") return CountAfter(document, word, endToken) ?? CountBefore(document, word, firstToken);
        // ("two gunmen on a motorcycle shot dead Malik Sher Afzal Khan": "dead" completing an active past counts what comes after it,
        // never the doers before it.)
        if (VerbDeadCompletes(document.Tokens, word) is >= 0 and var shot && document.Tokens[shot].Xpos == "VBD") return CountAfter(document, word, endToken);
        return CountBefore(document, word, firstToken) ?? CountOfTheSubject(document, word, firstToken) ?? CountAfter(document, word, endToken);
    }

    /// <summary>
    /// "nine people, including two lawmakers and a police officer, were killed and 23 others wounded": a passive's
    /// subject too far before it for the window is still the count of its victims (the number after it counts the
    /// wounded).
    /// </summary>
    private static CasualtyCount? CountOfTheSubject(Document document, int word, int firstToken)
    {
        var tokens = document.Tokens;
        // ("Two of Mondlane's aides, a lawyer and a party official, were shot dead": through "dead" to the passive it completes.)
        if (VerbDeadCompletes(tokens, word) is >= 0 and var shot) word = shot;
        if (tokens[word].Xpos != "VBN") return null;
        for (int s = firstToken; s < word; s++)
        {
            if (tokens[s].Head != word || tokens[s].DepRel != "nsubj:pass") continue;
            for (int n = Math.Max(firstToken, s - 4); n <= s; n++)
            {
                if ((n == s || tokens[n].Head == s && tokens[n].DepRel == "nummod") && Count(document, n, firstToken, word) is { } count) return count;
            }
            // ("Four gunmen who tried to storm the compound battled police ... before they were killed": "they" in a clause of time
            // are the counted subject of the verb the clause is on.)
            if (tokens[s].Form.Equals("they", StringComparison.OrdinalIgnoreCase) && tokens[word].DepRel == "advcl" && tokens[word].Head is >= 0 and var main
                && SubjectOf(tokens, main, firstToken) is >= 0 and var counted)
            {
                for (int n = Math.Max(firstToken, counted - 3); n < counted; n++)
                {
                    if (tokens[n].Head == counted && tokens[n].DepRel == "nummod" && Count(document, n, firstToken, counted) is { } count) return count;
                }
            }
            // ("a soldier was killed and three others wounded": one person, whatever count the wounded after it have.)
            for (int n = Math.Max(firstToken, s - 3); n < s; n++)
            {
                if (tokens[n].Head == s && tokens[n].DepRel == "det" && tokens[n].Form.ToLowerInvariant() is "a" or "an" && tokens[s].Xpos == "NN" && tokens[s].Upos == "NOUN")
                    return Counted(document, 1, 1, n, s);
            }
        }
        return null;
    }

    /// <summary>The verb's subject before it (from the sentence's start), or -1.</summary>
    private static int SubjectOf(Token[] tokens, int verb, int firstToken)
    {
        for (int t = firstToken; t < verb; t++)
        {
            if (tokens[t].Head == verb && tokens[t].DepRel == "nsubj") return t;
        }
        return -1;
    }

    private static CasualtyCount? CountBefore(Document document, int word, int firstToken)
    {
        var tokens = document.Tokens;
        for (int j = word - 1; j >= Math.Max(firstToken, word - 6); j--)
        {
            if (tokens[j].Form is "." or ";") break;
            // ("ambushed a truck near Likasi, about 140 kilometres east of Kolwezi, killing its driver": a participle after a comma
            // counts no number before the comma, and a distance or a span counts no one.)
            if (tokens[j].Form == "," && tokens[word].Xpos == "VBG") break;
            if (j + 1 < word && MeasureNouns.Contains(tokens[j + 1].Lemma ?? "")) continue;
            // ("58 people, including 32 journalists, were massacred": a part the total includes is no count of its own.)
            if (tokens[j].DepRel == "nummod" && tokens[j].Head is > 0 and var part && EventTolls.IntroducedByIncluding(tokens, part)) continue;
            // "three of the dead were shot in the head": a part of the dead, not their number ("ten of them were
            // killed", "dozens of wounded" are counts).
            if (j + 1 < word && tokens[j + 1].Form.Equals("of", StringComparison.OrdinalIgnoreCase)
                && j + 3 == word && tokens[j + 2].Form.ToLowerInvariant() is "the" or "those" or "these") return null;
            if (Count(document, j, firstToken, word) is { } c) return WithEarlierCoordinatedCount(document, c, j, firstToken);
        }
        return null;
    }

    /// <summary>
    /// "leaving two soldiers and three militants dead": a count right after "and" whose people are coordinated with
    /// counted ones before adds their count.
    /// </summary>
    private static CasualtyCount WithEarlierCoordinatedCount(Document document, CasualtyCount count, int number, int firstToken)
    {
        var tokens = document.Tokens;
        if (number < 1 || !tokens[number - 1].Form.Equals("and", StringComparison.OrdinalIgnoreCase) || tokens[number].DepRel != "nummod"
            || tokens[number].Head is not (> 0 and var counted) || tokens[counted].DepRel != "conj" || tokens[counted].Head is not (>= 0 and var first)
            || count.Min is not { } min || count.End is not { } end) return count;
        for (int k = Math.Max(firstToken, first - 3); k < first; k++)
        {
            if (tokens[k].Head != first || tokens[k].DepRel != "nummod" || NumberWords.Value(tokens[k].Form) is not { } added) continue;
            return Counted(document, min + added, count.Max + added, k, document.TokenEndingAt(end));
        }
        return count;
    }

    private static CasualtyCount? CountAfter(Document document, int word, int endToken)
    {
        // (A quotation mark does not count: 'killing "more than 60 terrorists"'.)
        int reach = word + 1 < endToken && document.Tokens[word + 1].Xpos is "``" or "''" ? 5 : 4;
        for (int j = word + 1; j < Math.Min(endToken, word + reach); j++)
        {
            if (Count(document, j, word + 1, LastCountedWord(document, j, endToken)) is not { } c) continue;
            c = WithCoordinatedCounts(document, c, j, endToken);
            // ("killing him and two of his aides": the one named by a pronoun before "and" counts too.)
            var tokens = document.Tokens;
            if (j - 2 > word - 1 && tokens[j - 1].Form.Equals("and", StringComparison.OrdinalIgnoreCase) && tokens[j - 2].Form.ToLowerInvariant() is "him" or "her"
                && tokens[j - 2].Head == word && c.Min is { } min && c.End is { } end)
                return Counted(document, min + 1, c.Max + 1, j - 2, document.TokenEndingAt(end));
            return c;
        }
        return null;
    }

    /// <summary>
    /// "killing at least eight soldiers and two civilians": counts of people coordinated with the counted ones add to
    /// the count (not a coordinated act's, "killing eight soldiers and wounding two").
    /// </summary>
    private static CasualtyCount WithCoordinatedCounts(Document document, CasualtyCount count, int number, int endToken)
    {
        var tokens = document.Tokens;
        if (tokens[number].DepRel != "nummod" || tokens[number].Head is not (> 0 and var counted) || count.Min is not { } min || count.Start is not { } start) return count;
        // ("killing two police officers and a nine-year-old girl", with "two" hung on "police": the people are the compound's noun.)
        if (tokens[counted].DepRel == "compound" && tokens[counted].Head is > 0 and var whole && whole > counted) counted = whole;
        int? max = count.Max;
        int last = -1;
        for (int c = counted + 1; c < endToken; c++)
        {
            if (tokens[c].Head != counted || tokens[c].DepRel != "conj" || tokens[c].Upos != "NOUN") continue;
            // (Right after "and", with no comma between: not "at least 11 people, including four children" nor "23 soldiers
            // ..., according to two security sources", however parsed.)
            // ("killing four soldiers and a civilian driver": one person named with an article counts one; not "and an
            // unknown number of gunmen".)
            int more = -1;
            bool apart = false;
            for (int k = counted + 1; k < c; k++)
            {
                if (tokens[k].Head == c && (tokens[k].DepRel == "nummod" || tokens[k].DepRel == "det" && tokens[c].Xpos == "NN" && tokens[k].Form.ToLowerInvariant() is "a" or "an"
                                                                   && tokens[c].Lemma is not ("number" or "dozen" or "handful" or "score"))) more = k;
                apart |= tokens[k].Form is "," or ";" || tokens[k].Form.Equals("including", StringComparison.OrdinalIgnoreCase);
            }
            if (apart || more < 1 || !tokens[more - 1].Form.Equals("and", StringComparison.OrdinalIgnoreCase)
                || (tokens[more].DepRel == "det" ? 1 : NumberWords.Value(tokens[more].Form)) is not { } added) continue;
            min += added;
            max += added;
            last = c;
        }
        return last < 0 ? count : Counted(document, min, max, document.TokenStartingAt(start), last);
    }

    /// <summary>
    /// Where the words of a count after its casualty word end: with the people counted ("killing at least 21
    /// worshippers", through "of": "killed five of its members"), not with a preposition ("17 in Gaza") or the
    /// next sentence.
    /// </summary>
    private static int LastCountedWord(Document document, int number, int endToken)
    {
        var tokens = document.Tokens;
        if (number + 1 >= endToken) return number;
        var next = tokens[number + 1];
        if (next.Form.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            for (int k = number + 2; k < Math.Min(endToken, number + 5); k++)
            {
                if (tokens[k].Upos is "NOUN" or "PROPN") return k;
            }
            return number + 1;
        }
        return next.Upos is "NOUN" or "PROPN" or "ADJ" || next.Upos is null && char.IsLetter(next.Form[0]) ? number + 1 : number;
    }

    private static CasualtyCount? Count(Document document, int j, int firstToken, int casualtyWord)
    {
        var tokens = document.Tokens;
        var form = tokens[j].Form;
        int? value = NumberWords.Value(form);
        if (value is null && NumberWords.Vague(form) is { } vague)
        {
            // ("several dozen terrorists": several of a dozen, a hundred, a thousand.)
            if (form.Equals("several", StringComparison.OrdinalIgnoreCase) && j + 1 < tokens.Length
                && tokens[j + 1].Form.ToLowerInvariant() switch { "dozen" => 12, "hundred" => 100, "thousand" => 1000, _ => 0 } is var unit and > 0)
                return Counted(document, 3 * unit, null, j, Math.Max(casualtyWord, j + 1));
            return Counted(document, vague.Min, vague.Max, j, casualtyWord);
        }
        if (value is null || tokens[j].Upos is not (null or "NUM")) return null;
        // "shooting dead a 19-year-old man": an age is no toll.
        if (j + 2 < tokens.Length && tokens[j + 1].Form == "-" && tokens[j + 2].Form.ToLowerInvariant() is "year" or "years" or "month" or "months") return null;
        // "In November 2017, militants killed at least 305": a year or a day of a month is no toll.
        if (form.Length == 4 && form.All(char.IsAsciiDigit) && value is >= 1900 and <= 2100) return null;
        // (A day in digits after a month or a time word; "Last year three rebels were killed" counts.)
        if (j > 0 && form.Any(char.IsAsciiDigit) && DateResolver.NamesATime(tokens[j - 1].Form.TrimEnd('.'))) return null;
        // ("killed them one by one", "two by two": a manner, no toll.)
        if (j + 2 < tokens.Length && tokens[j + 1].Form.Equals("by", StringComparison.OrdinalIgnoreCase) && NumberWords.Value(tokens[j + 2].Form) is not null) return null;
        // ("arrived around 3 a.m.": a clock time is no toll.)
        if (j + 1 < tokens.Length && tokens[j + 1].Form.ToLowerInvariant() is "a.m." or "p.m." or "am" or "pm" or "a.m" or "p.m" or "o'clock") return null;
        // "Barrio 18 members", "Route 9": digits right after a name are part of the name.
        if (j > 0 && tokens[j - 1].Upos == "PROPN" && form.All(char.IsAsciiDigit) && tokens[j - 1].Sentence == tokens[j].Sentence
            && tokens[j - 1].Start > document.SentenceOf(j).Start) return null;
        // A range "60 - 80" or "60 to 80": this is the upper number if a number and a dash precede it.
        int start = j;
        int min = value.Value;
        int? max = value;
        // ("killing between 40 and 60 people": so is "between" one number "and" another.)
        bool RangeBetween(int separator, int low) =>
            tokens[separator].Form is "-" or "to" or "–"
            || tokens[separator].Form == "and" && low - 1 >= firstToken && tokens[low - 1].Form.Equals("between", StringComparison.OrdinalIgnoreCase);
        if (j - 2 >= firstToken && RangeBetween(j - 1, j - 2) && NumberWords.Value(tokens[j - 2].Form) is { } low)
        {
            min = low;
            start = j - 2;
        }
        else if (j + 2 < tokens.Length && RangeBetween(j + 1, j) && NumberWords.Value(tokens[j + 2].Form) is { } high)
        {
            max = high;
            // (The upper number after "and" belongs to the count's words.)
            if (tokens[j + 1].Form == "and") casualtyWord = Math.Max(casualtyWord, j + 2);
        }
        // Bounds before the number: "at least", "more than", "up to", "about", "between".
        if (start - 2 >= firstToken)
        {
            var before = (tokens[start - 2].Form.ToLowerInvariant(), tokens[start - 1].Form.ToLowerInvariant());
            switch (before)
            {
                case ("at", "least"): max = null; start -= 2; break;
                // ("killed more than 300 people": the figure told, as coders and ACLED count it, not one more.)
                case ("more", "than"): max = null; start -= 2; break;
                case ("up", "to"): min = 0; start -= 2; break;
            }
        }
        if (start - 1 >= firstToken && tokens[start - 1].Form.ToLowerInvariant() is "between" or "about" or "some" or "nearly") start--;
        return Counted(document, min, max, start, Math.Max(casualtyWord, j));
    }

    /// <summary>The verb "dead" completes ("shooting him dead", "were shot dead"), or -1.</summary>
    private static int VerbDeadCompletes(Token[] tokens, int word) =>
        tokens[word].Form.Equals("dead", StringComparison.OrdinalIgnoreCase) && tokens[word].DepRel == "xcomp" && tokens[word].Head is >= 0 and var verb
        && tokens[verb].Upos == "VERB" ? verb : -1;

    /// <summary>
    /// "an Aipaka man was hacked to death", "killed a police officer", "wounding a 17-year-old boy": one victim named by a singular noun
    /// with "a" or "an", the passive subject or the object of the killing verb (or of the verb "to death" ends), or by "him" or "her".
    /// </summary>
    private static CasualtyCount? OneVictim(Document document, int word)
    {
        var tokens = document.Tokens;
        int verb = tokens[word].Upos == "VERB" ? word : tokens[word].Lemma == "death" && tokens[word].Head is >= 0 and var h && tokens[h].Upos == "VERB" ? h
            // ("shot dead a herder", with "dead" read as the herder's adjective.)
            : tokens[word].Form.Equals("dead", StringComparison.OrdinalIgnoreCase) && word > 0 && tokens[word - 1].Upos == "VERB" ? word - 1
            // ("shooting him dead": or the verb "dead" completes.)
            : VerbDeadCompletes(tokens, word);
        if (verb < 0) return null;
        int sentenceStart = document.SentenceOf(verb).FirstToken, sentenceEnd = document.SentenceOf(verb).EndToken;
        for (int v = sentenceStart; v < sentenceEnd; v++)
        {
            // ("overpowered a security guard ..., shooting him dead": "him" or "her" is one.)
            // (Only "dead": a pronoun after a bare "killed" retells someone already counted, "They killed him anyway".)
            if (tokens[v].Head == verb && tokens[v].DepRel == "obj" && tokens[v].Form.ToLowerInvariant() is "him" or "her" && word != verb) return Counted(document, 1, 1, v, word);
            // ("pulled nine passengers off a bus and shot them dead": "them" are the counted object of the verb it is coordinated with.)
            if (tokens[v].Head == verb && tokens[v].DepRel == "obj" && tokens[v].Form.Equals("them", StringComparison.OrdinalIgnoreCase) && word != verb
                && tokens[verb].DepRel == "conj" && tokens[verb].Head is >= 0 and var before)
            {
                for (int o = sentenceStart; o < verb; o++)
                {
                    if (tokens[o].Head != before || tokens[o].DepRel != "obj") continue;
                    for (int n = Math.Max(sentenceStart, o - 4); n < o; n++)
                    {
                        if (tokens[n].Head == o && tokens[n].DepRel == "nummod" && NumberWords.Value(tokens[n].Form) is { } many) return Counted(document, many, many, n, o);
                    }
                }
            }
            if (tokens[v].Head != verb || tokens[v].DepRel is not ("nsubj:pass" or "obj")) continue;
            // ("killing its driver", "killing the driver and two passengers", "shot dead community leader Ramon Ortiz": the
            // object of a killing participle or of "shot dead", with "the" or a possessive, or a name, is one too; not the
            // subject of a passive, which retells someone counted before, "The driver was killed instantly".)
            bool particular = tokens[v].DepRel == "obj" && (tokens[verb].Xpos == "VBG" || word != verb)
                              && (tokens[v].Xpos == "NNP" || tokens[v].Xpos == "NN" && Enumerable.Range(Math.Max(sentenceStart, v - 6), v - Math.Max(sentenceStart, v - 6))
                                      .Any(d => tokens[d].Head == v && (tokens[d].DepRel == "nmod:poss" || tokens[d].DepRel == "det" && tokens[d].Form.Equals("the", StringComparison.OrdinalIgnoreCase))));
            // ("Luuq's deputy district commissioner was shot dead": a passive's subject that a name's possessive makes one
            // place's or body's official is one too, told as new.)
            particular = particular || tokens[v].DepRel == "nsubj:pass" && tokens[v].Xpos == "NN"
                         && Enumerable.Range(Math.Max(sentenceStart, v - 6), v - Math.Max(sentenceStart, v - 6))
                             .Any(d => tokens[d].Head == v && tokens[d].DepRel == "nmod:poss" && tokens[d].Xpos == "NNP");
            if (particular) return WithItsConjuncts(document, v, v, sentenceEnd);
            if (tokens[v].Xpos != "NN") continue;
            for (int d = sentenceStart; d < v; d++)
            {
                // ("one protester, a 19-year-old student, was shot dead": "one" too, however far the apposition puts it.)
                // (Or "a" right before the noun, whatever the parser hung it on: "a woman fetching water was shot dead".)
                if (tokens[d].Head == v && (tokens[d].DepRel == "det" && tokens[d].Form.ToLowerInvariant() is "a" or "an"
                                            || tokens[d].DepRel == "nummod" && tokens[d].Form.Equals("one", StringComparison.OrdinalIgnoreCase))
                    || d == v - 1 && tokens[d].Form.ToLowerInvariant() is "a" or "an")
                    return WithItsConjuncts(document, v, d, sentenceEnd);
            }
        }
        return null;
    }

    /// <summary>
    /// One victim at <paramref name="victim"/> (its words from <paramref name="first"/>) and each one coordinated with it
    /// ("shot dead a senior security officer and his bodyguard"), "and four of his fighters" as many as it counts.
    /// </summary>
    private static CasualtyCount WithItsConjuncts(Document document, int victim, int first, int sentenceEnd)
    {
        var tokens = document.Tokens;
        int more = 0, end = victim;
        for (int c = victim + 1; c < sentenceEnd; c++)
        {
            if (tokens[c].Head != victim || tokens[c].DepRel != "conj") continue;
            int counted = tokens[c].Upos == "NUM" && NumberWords.Value(tokens[c].Form) is { } number ? number
                : tokens[c].Xpos is "NN" or "NNP" ? 1
                : tokens[c].Xpos == "NNS" && Enumerable.Range(victim + 1, c - victim - 1).FirstOrDefault(n => tokens[n].Head == c && tokens[n].DepRel == "nummod", -1) is >= 0 and var nummod
                  && NumberWords.Value(tokens[nummod].Form) is { } many ? many : 0;
            if (counted == 0) continue;
            more += counted;
            end = c;
        }
        return Counted(document, 1 + more, 1 + more, first, end);
    }

    /// <summary>A count and the words from token <paramref name="first"/> to <paramref name="last"/> (either order) that give it.</summary>
    internal static CasualtyCount Counted(Document document, int? min, int? max, int first, int last)
    {
        int start = document.Tokens[Math.Min(first, last)].Start, end = document.Tokens[Math.Max(first, last)].End;
        return new CasualtyCount(min, max, document.Slice(start, end), Disputed: false) { Start = start, End = end };
    }
}
