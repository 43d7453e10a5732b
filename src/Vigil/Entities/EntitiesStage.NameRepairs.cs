using Vigil.Actors;
using Vigil.Documents;
using Vigil.Tagging;

namespace Vigil.Entities;

/// <summary>
/// Repairs of the recognizer's BIO tags in one sentence, from the parse and the words around a name: the parts
/// of one name joined, names it left out that their context makes one, titles kept out of people's names.
/// </summary>
public sealed partial class EntitiesStage
{
    /// <summary>
    /// The parse knows the parts of one name: a proper noun attached by "flat" to a word of an entity
    /// ("Miguel Angel Osorio Chong", where the recognizer saw "Miguel" and "Osorio Chong") belongs to that
    /// entity, and so does everything between them.
    /// </summary>
    internal static void JoinNameParts(Token[] tokens, Sentence sentence, string[] bio)
    {
        for (int i = 1; i < bio.Length; i++)
        {
            ref readonly var token = ref tokens[sentence.FirstToken + i];
            if (token.Upos != "PROPN" || token.DepRel is not ("flat" or "flat:name")) continue;
            int head = token.Head - sentence.FirstToken;
            if (head < 0 || head >= i || bio[head] == "O") continue;
            var type = bio[head][2..];
            // Only a run of proper nouns joins: "Miguel Angel Osorio Chong", not "Miguel, said Chong"; and
            // only into a name of the same kind: "Sinaloa Gov. Elena Barraza" is a place, a title and a person.
            bool properRun = true;
            for (int k = head + 1; k <= i; k++)
            {
                properRun &= k == i || tokens[sentence.FirstToken + k].Upos == "PROPN";
                properRun &= bio[k] == "O" || bio[k][2..] == type;
            }
            if (!properRun) continue;
            for (int k = head + 1; k <= i; k++) bio[k] = "I-" + type;
            // A following part the recognizer had started as its own entity now continues this one.
            for (int k = i + 1; k < bio.Length && bio[k].StartsWith("I-", StringComparison.Ordinal); k++) bio[k] = "I-" + type;
        }
    }

    /// <summary>
    /// The other half of <see cref="JoinNameParts"/>: a proper noun the recognizer left out whose "flat" parts
    /// right after it are one entity ("Gloria Perez Torres", where it saw only "Perez Torres") is that
    /// entity's first word.
    /// </summary>
    private static void JoinLeftOutNameHeads(Token[] tokens, Sentence sentence, string[] bio)
    {
        for (int head = 0; head + 1 < bio.Length; head++)
        {
            ref readonly var first = ref tokens[sentence.FirstToken + head];
            if (bio[head] != "O" || first.Upos != "PROPN" || !bio[head + 1].StartsWith("B-", StringComparison.Ordinal)) continue;
            ref readonly var next = ref tokens[sentence.FirstToken + head + 1];
            if (next.Upos != "PROPN" || next.DepRel is not ("flat" or "flat:name") || next.Head - sentence.FirstToken != head) continue;
            var type = bio[head + 1][2..];
            bio[head] = "B-" + type;
            bio[head + 1] = "I-" + type;
        }
    }

    /// <summary>
    /// "in the industrial suburb of Ashulia", "the village of Kimbau", "a resident of Djibo", read as a person:
    /// a name right after a word for a settlement or its people and "of" is a place (the gazetteer may not
    /// know it); so is a name right before a word for a site ("the Abu Shouk displacement camp", "the Zamzam
    /// camp"), as UNER labels such sites.
    /// </summary>
    private static void PlacesReadAsPeople(string[] forms, string?[] tags, string[] bio)
    {
        for (int i = 0; i < bio.Length; i++)
        {
            // (Or a proper noun the recognizer left out altogether: "a resident of Djibo".)
            bool leftOut = bio[i] == "O" && tags[i] is "NNP" or "NNPS" && AfterATown(forms, i);
            if (bio[i] != "B-PER" && !leftOut) continue;
            int end = i + 1;
            while (end < bio.Length && (leftOut ? bio[end] == "O" && tags[end] is "NNP" or "NNPS" : bio[end] == "I-PER")) end++;
            // ("Saint-Marc" with "Marc" taken for a person is the hyphenated name's, below.)
            if (leftOut && end < bio.Length && forms[end] == "-") continue;
            // ("the city of Saint-Marc", split as "Saint - Marc" with only "Marc" taken for a person: the whole name.)
            int named = i >= 2 && forms[i - 1] == "-" && bio[i - 2] == "O" && forms[i - 2].Length > 1 && char.IsUpper(forms[i - 2][0]) ? i - 2 : i;
            bool afterATown = AfterATown(forms, named);
            int site = end < forms.Length && forms[end] is "displacement" or "refugee" ? end + 1 : end;
            bool beforeASite = site < forms.Length && forms[site] is "camp" or "camps" or "hospital" or "market" or "mosque" or "prison";
            if (!afterATown && !beforeASite) continue;
            int start = afterATown ? named : i;
            bio[start] = "B-LOC";
            for (int k = start + 1; k < end; k++) bio[k] = "I-LOC";
        }
    }

    private static bool AfterATown(string[] forms, int named) =>
        named >= 2 && forms[named - 1] == "of" && forms[named - 2].ToLowerInvariant() is "town" or "village" or "city" or "suburb" or "district" or "hamlet"
            or "outskirts" or "resident" or "residents" or "inhabitants";

    /// <summary>
    /// "the People's Defense Force", "the People's Liberation Army", read as two organisations "People" and
    /// "Defense Force": "People's" opening a capitalised name is the name's first word.
    /// </summary>
    private static void JoinPeoplesNames(string[] forms, string[] bio)
    {
        for (int i = 0; i + 2 < bio.Length; i++)
        {
            if (forms[i] != "People" || forms[i + 1] is not ("'s" or "’s") || !char.IsUpper(forms[i + 2][0])
                || bio[i + 2] is not ("B-ORG" or "B-PER" or "B-LOC") && !(bio[i + 2] == "O" && i + 3 < bio.Length && bio[i + 3] == "B-ORG")) continue;
            bio[i] = "B-ORG";
            for (int k = i + 1; k < bio.Length && (k <= i + 2 || bio[k].StartsWith("I-", StringComparison.Ordinal) || k == i + 3 && bio[k] == "B-ORG"); k++) bio[k] = "I-ORG";
        }
    }

    /// <summary>
    /// "French Foreign Minister Jean-Noel Barrot", read as "Jean" and "Noel Barrot": a person's name that a hyphen
    /// written without spaces joins to the next person's name is one name ("Jean-Noel", as "Jean-Pierre").
    /// </summary>
    private static void JoinHyphenatedGivenNames(Token[] tokens, Sentence sentence, string[] bio)
    {
        for (int i = 1; i + 1 < bio.Length; i++)
        {
            var (before, hyphen, after) = (tokens[sentence.FirstToken + i - 1], tokens[sentence.FirstToken + i], tokens[sentence.FirstToken + i + 1]);
            if (hyphen.Form != "-" || !bio[i - 1].EndsWith("-PER", StringComparison.Ordinal) || bio[i + 1] != "B-PER"
                || before.End != hyphen.Start || hyphen.End != after.Start) continue;
            bio[i] = "I-PER";
            bio[i + 1] = "I-PER";
        }
    }

    /// <summary>
    /// 'Joaquin "El Chapo" Guzman', read as "Joaquin" and 'El Chapo" Guzman': a person's given name, a
    /// nickname in quotation marks and the family name after it are one person's name.
    /// </summary>
    private static void JoinNicknames(string[] forms, string[] bio)
    {
        for (int open = 1; open + 3 < forms.Length; open++)
        {
            if (forms[open] is not ("\"" or "“" or "``") || !bio[open - 1].EndsWith("-PER", StringComparison.Ordinal) || !InstitutionNames.IsCapitalised(forms[open + 1])) continue;
            int close = open + 2;
            while (close < forms.Length && close <= open + 4 && forms[close] is not ("\"" or "”" or "''")) close++;
            if (close + 1 >= forms.Length || close > open + 4 || !InstitutionNames.IsCapitalised(forms[close + 1])) continue;
            int last = close + 1;
            while (last + 1 < forms.Length && bio[last + 1] == "I-PER") last++;
            for (int k = open; k <= last; k++) bio[k] = "I-PER";
            open = last;
        }
    }

    /// <summary>
    /// "fighting between two factions of the Sinaloa cartel, Los Chapitos, ... and La Mayiza": a capitalised
    /// run of two words or more, wholly left out by the recognizer, that the actor dictionary lists as a body
    /// is that organisation (the recognizer learned few such names). So is one the recognizer found only a piece of ("the Clan del
    /// Golfo", with "Golfo" read as a person): whatever it made of the words inside, no name of its own goes on past the run.
    /// </summary>
    private static void KnownBodiesLeftOut(string[] forms, string[] bio)
    {
        var actors = ActorDictionary.Default;
        for (int i = 0; i + 1 < forms.Length; i++)
        {
            if (bio[i].StartsWith("I-", StringComparison.Ordinal) || !InstitutionNames.IsCapitalised(forms[i]) || !actors.MayStartWith(forms[i])) continue;
            for (int end = Math.Min(forms.Length, i + actors.MaxWords); end >= i + 2; end--)
            {
                bool run = end == forms.Length || !bio[end].StartsWith("I-", StringComparison.Ordinal);
                bool leftOut = false;
                for (int k = i; k < end && run; k++)
                {
                    run = InstitutionNames.IsCapitalised(forms[k]) || k > i && forms[k] is "of" or "-" or "del" or "de" or "la" or "los" or "las" or "el";
                    leftOut |= bio[k] == "O";
                }
                if (!leftOut) continue;
                // (Ending in a capitalised word: "Houthi-run" is no body "Houthi -".)
                if (!run || !InstitutionNames.IsCapitalised(forms[end - 1]) || !actors.NamesABody(string.Join(' ', forms[i..end]))) continue;
                bio[i] = "B-ORG";
                for (int k = i + 1; k < end; k++) bio[k] = "I-ORG";
                i = end - 1;
                break;
            }
        }
    }

    /// <summary>
    /// "Fighters of the 444 Combat Brigade", "the 36th Front": a number or an ordinal opening capitalised words that end in
    /// a word for a military unit, the number left out by the recognizer, is that unit's name (an organisation), whatever it
    /// made of the words ("Brigade" read as a person).
    /// </summary>
    private static void NumberedUnitsLeftOut(string[] forms, string[] bio)
    {
        for (int i = 0; i + 1 < forms.Length; i++)
        {
            if (bio[i] != "O" || forms[i].Length == 0 || !char.IsDigit(forms[i][0]) || !IsANumberOrOrdinal(forms[i])) continue;
            for (int end = i + 1; end < forms.Length && end <= i + 4 && InstitutionNames.IsCapitalised(forms[end]); end++)
            {
                // (A name the recognizer found running on past the unit's word is another name: "the 5th Army Group".)
                if (!UnitWords.Contains(forms[end]) || end + 1 < forms.Length && bio[end + 1].StartsWith("I-", StringComparison.Ordinal)) continue;
                bio[i] = "B-ORG";
                for (int k = i + 1; k <= end; k++) bio[k] = "I-ORG";
                i = end;
                break;
            }
        }
    }

    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal)
        { "Brigade", "Battalion", "Regiment", "Division", "Front", "Corps", "Squadron", "Army", "Infantry", "Command" };

    /// <summary>"444", "36th", "101st", "3rd", "2nd": digits, with an ordinal's ending or none.</summary>
    private static bool IsANumberOrOrdinal(string form)
    {
        int digits = 0;
        while (digits < form.Length && char.IsDigit(form[digits])) digits++;
        return form[digits..] is "" or "st" or "nd" or "rd" or "th";
    }

    /// <summary>
    /// "Army spokesman Col. Serge Mbarga", "Communication Minister Jean-Claude Mvondo", read with the title in the
    /// person's name: capitalised words that end in a title or a word for a role ("Minister", "Lieutenant
    /// General") open no name; the name is what follows (the role still codes the person, through the phrase).
    /// </summary>
    private static void TitlesLeftOutOfNames(string[] forms, string[] bio)
    {
        for (int start = 0; start < bio.Length; start++)
        {
            if (bio[start] != "B-PER") continue;
            int end = start + 1;
            while (end < bio.Length && bio[end] == "I-PER") end++;
            int lastTitle = -1;
            for (int k = start; k < end - 1 && InstitutionNames.IsCapitalised(forms[k]); k++)
            {
                if (TagRepairs.IsTitle(forms[k]) || AgentDictionary.Default.Exact(forms[k].ToLowerInvariant()) is not null) lastTitle = k;
            }
            if (lastTitle < 0) continue;
            for (int k = start; k <= lastTitle; k++) bio[k] = "O";
            bio[lastTitle + 1] = "B-PER";
            start = end - 1;
        }
    }

    /// <summary>
    /// "on its Radio Andalus station", "the state-run IRNA news agency": proper nouns the recognizer left out
    /// right before a word for a news outlet name the outlet, an organisation (a source news relays); so do
    /// proper nouns right after it, whatever the recognizer took them for ("state news agency SANA").
    /// </summary>
    private void OutletsLeftOut(string[] forms, string?[] tags, string[] bio)
    {
        for (int end = 1; end < forms.Length; end++)
        {
            var word = forms[end].ToLowerInvariant();
            bool outlet = OutletNouns.Contains(word)
                || word == "news" && end + 1 < forms.Length && forms[end + 1].ToLowerInvariant() is "agency" or "channel" or "network";
            if (!outlet) continue;
            // ("state news agency SANA", "the state broadcaster CRTV": a name right after the word is the outlet's too.)
            int after = word == "news" ? end + 2 : end + 1;
            if (after < forms.Length && IsNameWord(forms[after], tags[after]) && (bio[after] == "O" || bio[after].StartsWith("B-", StringComparison.Ordinal)))
            {
                int last = after;
                while (last + 1 < forms.Length && IsNameWord(forms[last + 1], tags[last + 1]) && (bio[last + 1] == "O" || bio[last + 1].StartsWith("I-", StringComparison.Ordinal))) last++;
                bio[after] = "B-ORG";
                for (int k = after + 1; k <= last; k++) bio[k] = "I-ORG";
            }
            int start = end;
            while (start > 0 && bio[start - 1] == "O" && tags[start - 1] is "NNP" or "NNPS") start--;
            // ("Syrian TV": a nationality alone is whose the outlet is, not its name.)
            if (start == end || end - start == 1 && gazetteer is not null && !gazetteer.LookupDemonym(forms[start]).IsEmpty) continue;
            bio[start] = "B-ORG";
            for (int k = start + 1; k < end; k++) bio[k] = "I-ORG";
        }
    }

    /// <summary>
    /// "The Movement of Central African Liberators for Justice (MLCJ)", "the Democratic Forces for the Liberation of Rwanda (FDLR)":
    /// capitalised words joined by "of", "for", "the" or "in" before capitals in brackets whose every letter is an initial of
    /// one of them (in whatever order another language spells it) are one name, an organisation's, and the capitals its
    /// acronym; what the recognizer found inside ("Rwanda", "Popular Front") is only a piece of it. (Not a name the recognizer
    /// found whole: "the Central African Republic (CAR)" stays a place.)
    /// </summary>
    private static void NamesSpelledOutBeforeTheirAcronyms(string[] forms, string[] bio)
    {
        for (int open = 2; open + 2 < forms.Length; open++)
        {
            if (forms[open] != "(" || forms[open + 2] != ")" || !InstitutionNames.IsCapitalised(forms[open - 1])) continue;
            var acronym = forms[open + 1];
            if (acronym.Length is < 3 or > 8 || !acronym.All(char.IsAsciiLetterUpper)) continue;
            int first = FirstWordOfTheNameSpelledOut(forms, open, acronym);
            if (first < 0 || WithinOneName(bio, first, open - 1)) continue;
            bio[first] = "B-ORG";
            for (int k = first + 1; k < open; k++) bio[k] = "I-ORG";
            bio[open + 1] = "B-ORG";
        }
    }

    /// <summary>
    /// Where the shortest run of capitalised words and joiners ending before the bracket starts whose initials hold every letter of the
    /// acronym, with at least three capitalised words; or -1.
    /// </summary>
    private static int FirstWordOfTheNameSpelledOut(string[] forms, int open, string acronym)
    {
        var initials = new HashSet<char>();
        int capitalised = 0;
        for (int k = open - 1; k >= 0 && open - k <= 14; k--)
        {
            if (forms[k] is "of" or "for" or "the" or "in" or "and") continue;
            if (!InstitutionNames.IsCapitalised(forms[k]) || forms[k] is "The" or "A" or "An") return -1;
            initials.Add(forms[k][0]);
            capitalised++;
            if (capitalised >= 3 && acronym.All(initials.Contains)) return k;
        }
        return -1;
    }

    /// <summary>Whether the words from <paramref name="first"/> to <paramref name="last"/> are all of one name the recognizer found.</summary>
    private static bool WithinOneName(string[] bio, int first, int last)
    {
        if (bio[first] == "O") return false;
        for (int k = first + 1; k <= last; k++)
        {
            if (!bio[k].StartsWith("I-", StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>
    /// "the Islamic State West Africa Province (ISWAP)": capitals in brackets right after a name the recognizer
    /// found are that name's acronym, a name of the same kind (the document then finds it wherever else it is
    /// written, and coreference joins it to the full name).
    /// </summary>
    private static void AcronymsInBrackets(string[] forms, string[] bio)
    {
        for (int open = 1; open + 2 < forms.Length; open++)
        {
            if (forms[open] != "(" || forms[open + 2] != ")" || bio[open + 1] != "O" || bio[open - 1] == "O") continue;
            var acronym = forms[open + 1];
            if (acronym.Count(char.IsLetter) < 2 || acronym.Any(char.IsLower) || !char.IsLetter(acronym[0])) continue;
            // (After a place, only the place's own initials are a place, "the Central African Republic (CAR)"; others
            // name a body the recognizer cut at the place in it: "Tehreek-e-Taliban Pakistan (TTP)".)
            var type = bio[open - 1][2..];
            if (type == "LOC" && acronym != InitialsOfTheNameBefore(forms, bio, open)) type = "ORG";
            bio[open + 1] = "B-" + type;
        }
    }

    /// <summary>The initials of the capitalised words of the name that ends right before <paramref name="end"/>.</summary>
    private static string InitialsOfTheNameBefore(string[] forms, string[] bio, int end)
    {
        int start = end - 1;
        while (start > 0 && bio[start].StartsWith("I-", StringComparison.Ordinal)) start--;
        return string.Concat(forms[start..end].Where(InstitutionNames.IsCapitalised).Select(w => w[0]));
    }

    /// <summary>A proper noun, or a word in capitals the tagger took for a noun ("CRTV").</summary>
    private static bool IsNameWord(string form, string? tag) =>
        tag is "NNP" or "NNPS" || tag is "NN" && form.Count(char.IsLetter) >= 2 && !form.Any(char.IsLower);
}
