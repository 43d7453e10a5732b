using System.Globalization;
using Vigil.Documents;

namespace Vigil.Events;

/// <summary>
/// Finds a time expression among a sentence's tokens and resolves it against the publication date:
/// weekdays ("on Monday night": the most recent Monday on or before publication), "yesterday",
/// "today", "last week", "over the weekend", "last month", "a month ago", "last year", month-day
/// dates ("on Jan. 12", "January 12") and months ("in October", "in January 2024"). Without a publication date the text is kept and the value is null.
/// </summary>
public static class DateResolver
{
    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Nouns that name a stretch of time rather than a thing.</summary>
    private static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "day", "night", "morning", "evening", "afternoon", "week", "weekend", "month", "year", "hour", "dawn", "midnight", "midday", "noon", "dusk", "nightfall", "daybreak",
    };

    /// <summary>Whether a word names a month ("May", "Sept.").</summary>
    public static bool NamesAMonth(string word) => MonthIndex(word.ToLowerInvariant()) >= 0;

    /// <summary>Whether a word names a weekday ("Thursday", as in "Thursday's fighting"), in any case.</summary>
    public static bool NamesAWeekday(string word)
    {
        foreach (var day in Weekdays)
        {
            if (word.Equals(day, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Whether a word names a time: a weekday, a month, or a noun such as "night" or "weekend".</summary>
    public static bool NamesATime(string word)
    {
        var lower = word.ToLowerInvariant();
        return Array.IndexOf(Weekdays, lower) >= 0 || MonthIndex(lower) >= 0 || TimeNouns.Contains(lower);
    }

    /// <summary>
    /// The sentence's date: its first time expression, unless that one sits in a relative clause ("fighters
    /// of the Africa Corps, which replaced the Wagner group last year, clashed with rebels on Monday night")
    /// or a participle on an apposition ("a retired general appointed in November") and a later one does not.
    /// </summary>
    public static EventDate? Find(Document document, int firstToken, int endToken)
    {
        var first = FindFrom(document, firstToken, endToken);
        if (first is not null && DayTheActIsToldOn(document, first, firstToken, endToken) is { } told) return told;
        // ("condemned Sunday's attack in a statement on Tuesday": a day owning an act noun is that act's; a later day is the sentence's.)
        bool owning = first is not null && TokenOf(document, first, firstToken) is >= 0 and var day && day + 1 < endToken
                      && document.Tokens[day + 1].Form is "'s" or "’s" && NamesAWeekday(document.Tokens[day].Form);
        if (first is null || !owning && !InRelativeClause(document, TokenOf(document, first, firstToken), firstToken)) return first;
        for (int from = TokenOf(document, first, firstToken) + 1; from < endToken;)
        {
            var later = FindFrom(document, from, endToken);
            if (later is null) break;
            int at = TokenOf(document, later, from);
            if (at < 0) break;
            // (Not the day of the telling: "..., residents said Tuesday".)
            if (!InRelativeClause(document, at, firstToken) && !OfATelling(document, at)) return later;
            from = at + 1;
        }
        return first;
    }

    /// <summary>
    /// Whether the time word belongs to a clause about what is yet to come: its verb has "will", "would", "'ll" or
    /// "shall" ("would hold another rally on Friday"), or is planned, due or expected ("plan to march on Monday",
    /// "are due to meet on Friday"), or the word follows "next" ("next Tuesday") or "for" ("a strike for Sunday").
    /// </summary>
    private static bool Ahead(Document document, int word)
    {
        var tokens = document.Tokens;
        if (word > 0 && tokens[word - 1].Form.Equals("next", StringComparison.OrdinalIgnoreCase)) return true;
        // ("called a nationwide strike for Sunday", "a rally planned for Friday": the day something is set for.)
        if (word > 0 && tokens[word - 1].Form.Equals("for", StringComparison.OrdinalIgnoreCase) && tokens[word - 1].Head == word) return true;
        // ("urged factory owners to pay wages by Friday": a deadline for what is yet to be done.)
        // ("threatened a citywide strike ... if the officers were not arrested by Monday": or for a condition's.)
        // ("demanded that the families leave/VBP the estate by Friday": or for what a demand asks, its verb read as a present.)
        if (word > 0 && tokens[word - 1].Form.Equals("by", StringComparison.OrdinalIgnoreCase) && tokens[word - 1].Head == word && tokens[word].Head is >= 0 and var deadlineOf
            && (tokens[deadlineOf].Xpos == "VB" || IsConditional(tokens, deadlineOf)
                || tokens[deadlineOf].Xpos == "VBP" && tokens[deadlineOf].DepRel == "ccomp" && tokens[deadlineOf].Head is >= 0 and var asking
                   && tokens[asking].Lemma?.ToLowerInvariant() is "demand" or "insist" or "ask" or "urge" or "order")) return true;
        // (The verb the time word hangs on, itself or through "night" or "morning": not through another noun, where
        // the parser often misplaces it, "warned transport companies on Sunday that trucks ... would be treated".)
        int verb = tokens[word].Head;
        if (verb >= 0 && TimeNouns.Contains(tokens[verb].Form)) verb = tokens[verb].Head;
        if (verb < 0 || tokens[verb].Upos is not ("VERB" or "AUX")) return false;
        for (int t = Math.Max(0, verb - 4); t < verb; t++)
        {
            if (tokens[t].Head == verb && tokens[t].DepRel == "aux" && tokens[t].Form.ToLowerInvariant() is "will" or "would" or "'ll" or "shall" or "wo") return true;
        }
        int governor = tokens[verb].DepRel == "xcomp" ? tokens[verb].Head : -1;
        return governor >= 0 && tokens[governor].Lemma?.ToLowerInvariant() is "plan" or "due" or "schedule" or "expect" or "set" or "intend" or "vow" or "threaten" or "pledge";
    }

    /// <summary>Whether the verb's clause opens with "if" or "unless".</summary>
    private static bool IsConditional(Token[] tokens, int verb)
    {
        for (int t = Math.Max(0, verb - 8); t < verb; t++)
        {
            if (tokens[t].Head == verb && tokens[t].DepRel == "mark" && tokens[t].Form.ToLowerInvariant() is "if" or "unless") return true;
        }
        return false;
    }

    /// <summary>Whether a date found from <paramref name="firstToken"/> on is the day of a telling ("..., she told reporters on Wednesday").</summary>
    public static bool IsTheDayOfATelling(Document document, EventDate date, int firstToken) =>
        TokenOf(document, date, firstToken) is >= 0 and var token && OfATelling(document, token);

    private static int TokenOf(Document document, EventDate date, int fromToken)
    {
        int offset = document.Text.IndexOf(date.Text, document.Tokens[fromToken].Start, StringComparison.Ordinal);
        return offset < 0 ? -1 : document.TokenStartingAt(offset);
    }

    /// <summary>
    /// "The army said in a statement on Thursday that its aircraft had struck a hideout ... on Wednesday evening": when the
    /// sentence's first date is the day of a telling, the later date of what is told, if no later than the telling and not in a
    /// relative clause; null otherwise.
    /// </summary>
    private static EventDate? DayTheActIsToldOn(Document document, EventDate telling, int firstToken, int endToken)
    {
        int told = TokenOf(document, telling, firstToken);
        if (told < 0 || !OfATelling(document, told) && !OfAStatement(document, told) || telling.Value is not { } tellingDay) return null;
        if (FindFrom(document, told + 1, endToken) is not { Value: { } actsDay } acts || string.CompareOrdinal(actsDay, tellingDay) > 0) return null;
        int at = TokenOf(document, acts, told + 1);
        return at >= 0 && !OfATelling(document, at) && !InRelativeClause(document, at, firstToken) ? acts : null;
    }

    /// <summary>Whether the time word hangs on the statement a telling is made in ("said in a statement on Thursday", "told a news conference on Monday").</summary>
    private static bool OfAStatement(Document document, int token)
    {
        var tokens = document.Tokens;
        int head = tokens[token].Head;
        return head >= 0 && tokens[head].Lemma is "statement" or "conference" or "briefing" or "interview" or "address" or "broadcast" && tokens[head].Head >= 0
               && OfATelling(document, head);
    }

    private static bool OfATelling(Document document, int token)
    {
        var tokens = document.Tokens;
        int head = tokens[token].Head;
        if (head >= 0 && tokens[head].Upos is "NOUN" or "PROPN" && tokens[head].Head >= 0 && tokens[token].DepRel is "compound" or "amod") head = tokens[head].Head;
        return head >= 0 && tokens[head].Lemma is "say" or "tell" or "report" or "add" or "announce" or "confirm" or "state" or "write";
    }

    /// <summary>Whether a date found from <paramref name="firstToken"/> on follows "since" ("since December 2023", "since early 2023", "since a ceasefire in November 2024").</summary>
    public static bool StartsAPeriod(Document document, EventDate date, int firstToken)
    {
        int token = TokenOf(document, date, firstToken);
        var tokens = document.Tokens;
        // (Or opening the phrase the date is in: "since a ceasefire in November 2024", up to a verb or a comma.)
        for (int t = token - 1; token >= 0 && t >= Math.Max(firstToken, token - 6); t--)
        {
            if (tokens[t].Form.Equals("since", StringComparison.OrdinalIgnoreCase)) return true;
            if (tokens[t].Upos is "VERB" or "AUX" || tokens[t].Form == ",") return false;
        }
        return false;
    }

    /// <summary>
    /// Whether a date found from <paramref name="firstToken"/> on lies in a "where" clause on a place that does not hold
    /// the word <paramref name="act"/> ("to the Catatumbo region, where fighting has displaced 50,000 people since January"),
    /// or in a "whose" clause, which tells of a state of its noun ("abducted the driver and his assistant, whose whereabouts
    /// remained unknown late Tuesday").
    /// </summary>
    public static bool InAWhereClauseWithout(Document document, EventDate date, int firstToken, int act)
    {
        var tokens = document.Tokens;
        int token = TokenOf(document, date, firstToken);
        for (int t = token, depth = 0; t >= firstToken && depth < 12; t = tokens[t].Head, depth++)
        {
            if (t == act) return false;
            // (However the parser hung the "whose" clause.)
            for (int w = firstToken; w < t; w++)
            {
                if (tokens[w].Form.Equals("whose", StringComparison.OrdinalIgnoreCase) && tokens[w].Head is >= 0 and var owner && tokens[owner].Head == t
                    && tokens[owner].DepRel is "nsubj" or "nsubj:pass") return !Dominates(tokens, t, act);
            }
            if (tokens[t].DepRel == "acl:relcl")
            {
                for (int w = firstToken; w < t; w++)
                {
                    if (tokens[w].Head == t && tokens[w].Form.Equals("where", StringComparison.OrdinalIgnoreCase))
                        return !Dominates(tokens, t, act);
                }
                return false;
            }
            if (tokens[t].Head < 0) break;
        }
        return false;
    }

    private static bool Dominates(Token[] tokens, int ancestor, int word)
    {
        for (int steps = 0; word >= 0 && steps < tokens.Length; steps++, word = tokens[word].Head)
        {
            if (word == ancestor) return true;
        }
        return false;
    }

    private static bool InRelativeClause(Document document, int token, int sentenceStart)
    {
        var tokens = document.Tokens;
        for (int t = token, depth = 0; t >= sentenceStart && depth < 12; t = tokens[t].Head, depth++)
        {
            if (tokens[t].DepRel == "acl:relcl") return true;
            // ("The governor, a retired general appointed in November, imposed a curfew ... on Wednesday": so is a participle's
            // on an apposition, which tells who the noun is.)
            if (tokens[t].DepRel == "acl" && tokens[t].Xpos == "VBN" && tokens[t].Head is >= 0 and var noun && tokens[noun].DepRel == "appos") return true;
            if (tokens[t].Head < 0) break;
        }
        return false;
    }

    private static EventDate? FindFrom(Document document, int firstToken, int endToken)
    {
        var tokens = document.Tokens;
        var published = document.Published;
        for (int i = firstToken; i < endToken; i++)
        {
            var word = tokens[i].Form.ToLowerInvariant();
            string? next = i + 1 < endToken ? tokens[i + 1].Form.ToLowerInvariant() : null;
            string? previous = i > firstToken ? tokens[i - 1].Form.ToLowerInvariant() : null;
            int weekday = Array.IndexOf(Weekdays, word);
            if (weekday >= 0)
            {
                int end = next is "night" or "morning" or "afternoon" or "evening" ? i + 1 : i;
                // ("had blocked the road ... on Tuesday last week", "on Friday of last week": that weekday in the week before the story's.)
                int lastWeek = end + 1 < endToken && tokens[end + 1].Form.Equals("last", StringComparison.OrdinalIgnoreCase) ? end + 1
                    : end + 2 < endToken && tokens[end + 1].Form.Equals("of", StringComparison.OrdinalIgnoreCase) && tokens[end + 2].Form.Equals("last", StringComparison.OrdinalIgnoreCase) ? end + 2 : -1;
                if (lastWeek > 0 && lastWeek + 1 < endToken && tokens[lastWeek + 1].Form.Equals("week", StringComparison.OrdinalIgnoreCase))
                {
                    var lastWeekText = document.Slice(tokens[i].Start, tokens[lastWeek + 1].End);
                    return Make(published is { } storyDay ? StartOfWeek(storyDay.AddDays(-7)).AddDays((weekday + 6) % 7) : null, "day", lastWeekText);
                }
                var text = document.Slice(tokens[i].Start, tokens[end].End);
                // ("said his coalition would hold another rally on Friday": a day yet to come is the next one on or after publication.)
                // ("delivered 40 tonnes of wheat last Thursday", in a story of a Thursday: "last" names the week before.)
                int back = ((int)(published?.DayOfWeek ?? 0) - weekday + 7) % 7;
                if (back == 0 && previous == "last") back = 7;
                DateOnly? value = published is not { } p ? null
                    : Ahead(document, i) ? p.AddDays((weekday - (int)p.DayOfWeek + 7) % 7)
                    : p.AddDays(-back);
                return Make(value, "day", text);
            }
            if (word is "yesterday" or "today" or "tonight")
                return Make(published?.AddDays(word == "yesterday" ? -1 : 0), "day", tokens[i].Form);
            if (word == "weekend" && previous is "the" && i >= firstToken + 2)
            {
                // "over the weekend", "this weekend": the Saturday of the last weekend on or before publication.
                var text = document.Slice(tokens[i - 2].Start, tokens[i].End);
                DateOnly? value = published is { } p ? p.AddDays(-(((int)p.DayOfWeek - 6 + 7) % 7)) : null;
                return Make(value, "week", text);
            }
            if (word is "week" or "month" or "year" && previous is "last")
            {
                var text = document.Slice(tokens[i - 1].Start, tokens[i].End);
                DateOnly? value = published is { } p ? word switch
                {
                    "week" => StartOfWeek(p.AddDays(-7)),
                    "month" => new DateOnly(p.Year, p.Month, 1).AddMonths(-1),
                    _ => new DateOnly(p.Year - 1, 1, 1),
                } : null;
                return Make(value, word, text);
            }
            if (word is "week" or "month" or "year" or "weeks" or "months" or "years" && next == "ago" && i > firstToken)
            {
                int count = previous is "a" or "one" ? 1 : int.TryParse(previous, out var n) ? n : NumberWords.Value(previous) ?? -1;
                if (count < 0) continue;
                var text = document.Slice(tokens[i - 1].Start, tokens[i + 1].End);
                DateOnly? value = published is { } p ? word.StartsWith("week") ? p.AddDays(-7 * count)
                    : word.StartsWith("month") ? p.AddMonths(-count) : p.AddYears(-count) : null;
                return Make(value, word.TrimEnd('s'), text);
            }
            // "It briefly seized Goma in 2012", "In 2014, Boko Haram militants seized 276 schoolgirls": a year alone.
            // ("in the summer of 2023": so is a season's or a part's year.)
            if ((previous == "in" || previous == "of" && i >= firstToken + 2 && tokens[i - 2].Form.ToLowerInvariant() is "summer" or "winter" or "spring" or "autumn" or "fall" or "end" or "start" or "beginning" or "middle")
                && IsYear(word))
                return Make(new DateOnly(int.Parse(word, CultureInfo.InvariantCulture), 1, 1), "year", document.Slice(tokens[i - 1].Start, tokens[i].End));
            int month = MonthIndex(word);
            if (month >= 0 && next is not null && int.TryParse(next, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
            {
                // "On Sept. 30, 2022": the year written after the day.
                int yearToken = i + 2 < endToken && tokens[i + 2].Form == "," && i + 3 < endToken && IsYear(tokens[i + 3].Form) ? i + 3
                    : i + 2 < endToken && IsYear(tokens[i + 2].Form) ? i + 2 : -1;
                var text = document.Slice(tokens[i].Start, tokens[yearToken >= 0 ? yearToken : i + 1].End);
                DateOnly? value = null;
                if (yearToken >= 0)
                {
                    int year = int.Parse(tokens[yearToken].Form, CultureInfo.InvariantCulture);
                    if (day <= DateTime.DaysInMonth(year, month + 1)) value = new DateOnly(year, month + 1, day);
                }
                else if (published is { } p)
                {
                    int year = p.Year;
                    // A date after publication belongs to the previous year ("on Dec. 30" in a January story).
                    if (month + 1 > p.Month || month + 1 == p.Month && day > p.Day) year--;
                    // ("on March 5 last year": the year before the story's.)
                    if (LastYearAfter(tokens, i + 2, endToken) is > 0 and var lastYear)
                    {
                        year = p.Year - 1;
                        text = document.Slice(tokens[i].Start, tokens[lastYear].End);
                    }
                    if (day <= DateTime.DaysInMonth(year, month + 1)) value = new DateOnly(year, month + 1, day);
                }
                return Make(value, "day", text);
            }
            // "In October", "last October", "in January 2024": the month (the latest on or before publication
            // unless a year is given). Only a capitalised month after a preposition or before a year: "may"
            // and "march" are verbs too.
            if (month >= 0 && char.IsUpper(tokens[i].Form[0]) && (previous is "in" or "last" or "early" or "late" or "mid" or "since" or "until" or "during" or "of" || IsYear(next)))
            {
                // ("In March last year", "in March of last year": that month of the year before the story's.)
                int lastYear = IsYear(next) ? -1 : LastYearAfter(tokens, i + 1, endToken);
                int end = IsYear(next) ? i + 1 : lastYear > 0 ? lastYear : i;
                var text = document.Slice(tokens[previous is "last" or "early" or "late" or "mid" ? i - 1 : i].Start, tokens[end].End);
                DateOnly? value = null;
                if (IsYear(next)) value = new DateOnly(int.Parse(next!, CultureInfo.InvariantCulture), month + 1, 1);
                else if (published is { } p)
                    value = new DateOnly(lastYear > 0 || month + 1 > p.Month || previous == "last" && month + 1 == p.Month ? p.Year - 1 : p.Year, month + 1, 1);
                return Make(value, "month", text);
            }
        }
        return null;
    }

    /// <summary>The token of "year" in "last year" or "of last year" starting at <paramref name="from"/>, or -1.</summary>
    private static int LastYearAfter(Token[] tokens, int from, int endToken)
    {
        int last = from < endToken && tokens[from].Form.Equals("of", StringComparison.OrdinalIgnoreCase) ? from + 1 : from;
        return last + 1 < endToken && tokens[last].Form.Equals("last", StringComparison.OrdinalIgnoreCase)
               && tokens[last + 1].Form.Equals("year", StringComparison.OrdinalIgnoreCase) ? last + 1 : -1;
    }

    /// <summary>Whether a word is a year of news ("2022", from 1900 to 2100).</summary>
    public static bool IsYear(string? word) =>
        word is { Length: 4 } && word.All(char.IsAsciiDigit) && int.Parse(word, CultureInfo.InvariantCulture) is >= 1900 and <= 2100;

    private static int MonthIndex(string word)
    {
        var w = word.TrimEnd('.');
        if (w.Length < 3) return -1;
        for (int m = 0; m < Months.Length; m++)
        {
            if (w.StartsWith(Months[m], StringComparison.Ordinal) && (w.Length <= 4 || CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m + 1).Equals(w, StringComparison.OrdinalIgnoreCase)))
                return m;
        }
        return -1;
    }

    private static DateOnly StartOfWeek(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static EventDate Make(DateOnly? value, string precision, string text) =>
        new(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), precision, text);
}
