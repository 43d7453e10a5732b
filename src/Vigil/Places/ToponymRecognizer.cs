using Vigil.Documents;

namespace Vigil.Places;

/// <summary>
/// Finds toponyms: capitalised token sequences (up to five tokens, longest first) that the gazetteer
/// knows, and demonyms ("Mexican") as evidence of a country. Guards against false places: a name
/// glued to other capitalised words is part of a longer name ("Gloria Perez Torres", "Mexican
/// Competitiveness Institute"); a name that is only a town needs a cue ("in X", "the town of X",
/// "X municipality", a dateline) unless it is a large city or was cued elsewhere in the document.
/// </summary>
public sealed class ToponymRecognizer(Gazetteer gazetteer, PlaceCues? cues = null)
{
    private const int MaxTokens = 5;
    private const long LargeCity = 100_000;
    private readonly PlaceCues _cues = cues ?? PlaceCues.Default;

    public List<ToponymCandidate> Recognize(Document document)
    {
        var found = new List<ToponymCandidate>();
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            int end = sentence.EndToken;
            for (int i = sentence.FirstToken; i < end; i++)
            {
                if (!StartsCapitalised(tokens[i])) continue;
                int matched = MatchAt(document, sentence, i, found);
                if (matched > 0) i += matched - 1;
            }
        }
        return WithoutPersonNames(document, WithoutFirstWordsOfOrganisations(document, WithoutInnerWordsOfOrganisations(document, WithoutLawmakersStates(document, WithoutSeas(document, KeepSupported(found))))));
    }

    /// <summary>
    /// "fired two missiles at a container ship in the Red Sea": "the ... Sea" is the water, not the region named after it (Sudan's
    /// Red Sea state, Egypt's Red Sea governorate), unless a word of such a region follows ("the Red Sea state").
    /// </summary>
    private static List<ToponymCandidate> WithoutSeas(Document document, List<ToponymCandidate> found) =>
        found.Where(c => !(c.Text.EndsWith(" Sea", StringComparison.Ordinal) && document.TokenStartingAt(c.Start) is >= 1 and var first
                           && document.Tokens[first - 1].Form.Equals("the", StringComparison.OrdinalIgnoreCase)
                           && !(document.TokenStartingAt(c.End + 1) is >= 0 and var after && document.Tokens[after].Lemma?.ToLowerInvariant() is "state" or "governorate" or "region" or "province"))).ToList();

    /// <summary>
    /// "Senate Majority Leader Chuck Schumer, D-N.Y.", "Sen. Susan Collins, R-Maine": the state after a party's letter is whom
    /// a lawmaker represents, not a place the story happens in.
    /// </summary>
    private static List<ToponymCandidate> WithoutLawmakersStates(Document document, List<ToponymCandidate> found) =>
        found.Where(c => document.TokenStartingAt(c.Start) is not (>= 2 and var first) || document.Tokens[first - 1].Form != "-"
                         || document.Tokens[first - 2].Form is not ("D" or "R" or "I") || document.Tokens[first - 2].End != document.Tokens[first - 1].Start
                         || document.Tokens[first - 1].End != c.Start).ToList();

    /// <summary>
    /// "Human Rights Watch called for ...": a name that can only be a town (here Uman, in Ukraine, listed as "Human"
    /// too), opening an organisation's name with nothing to say it is a place, is that name's first word. (A country or a
    /// region opening one, "Kenya Red Cross", stays the evidence of where the body is.) So is a name of several words that
    /// is the whole of an organisation's name: "the White House" (a town in Tennessee too) accused of stonewalling.
    /// </summary>
    private List<ToponymCandidate> WithoutFirstWordsOfOrganisations(Document document, List<ToponymCandidate> found)
    {
        var names = document.Entities.Where(e => e.Label == "ORG").SelectMany(e => e.Mentions).ToList();
        if (names.Count == 0) return found;
        return found.Where(c => c.Cue != PlaceCue.None || c.IsDemonym || c.Entries.Any(e => gazetteer.KindOf(e) != PlaceKind.Town)
                                || !names.Any(m => m.Start == c.Start && (c.End < m.End || c.End == m.End && m.Text.Contains(' ')))).ToList();
    }

    /// <summary>
    /// "the Government of National Unity": a place's name right after a capitalised word of an organisation's name
    /// is part of that name (here South Sudan's Unity state), unless a cue says it is a place ("the University of
    /// Nairobi", after "of", names the city, and "CTV Winnipeg", after an acronym, the city of a broadcaster's station).
    /// </summary>
    private static List<ToponymCandidate> WithoutInnerWordsOfOrganisations(Document document, List<ToponymCandidate> found)
    {
        var names = document.Entities.Where(e => e.Label == "ORG").SelectMany(e => e.Mentions).ToList();
        if (names.Count == 0) return found;
        return found.Where(c => c.Cue != PlaceCue.None || c.IsDemonym || !names.Any(m => m.Start < c.Start && c.End <= m.End && AfterACapitalisedWord(document, c.Start))).ToList();
    }

    private static bool AfterACapitalisedWord(Document document, int start)
    {
        int token = document.TokenStartingAt(start);
        return token > 0 && document.Tokens[token - 1].Form is { Length: > 1 } before && char.IsUpper(before[0]) && !Datelines.IsAllCaps(before)
               && document.Tokens[token - 1].Upos is not ("ADP" or "DET");
    }

    /// <summary>
    /// "Georgia Stevens ... Georgia's top six finish": a name the document uses for a person is not a
    /// place where nothing in the context says it is one.
    /// </summary>
    private List<ToponymCandidate> WithoutPersonNames(Document document, List<ToponymCandidate> found)
    {
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        var fullNames = new List<(int Start, int End)>();
        // Only persons the document names in full ("Georgia Stevens"): a lone "Edmonton" the recognizer
        // took for a person is more often the city, and so is a "Hong Kong" it took for one: a full name
        // that is itself a place's name is no evidence of a person.
        foreach (var person in document.Entities.Where(e => e.Label == "PER" && e.Mentions.Any(m => m.Text.Contains(' ') && gazetteer.Lookup(m.Text).IsEmpty)))
        {
            foreach (var mention in person.Mentions)
            {
                personWords.Add(NameFolding.Fold(mention.Text));
                if (mention.Text.Contains(' ')) fullNames.Add((mention.Start, mention.End));
            }
        }
        if (personWords.Count == 0) return found;
        // "gunmen abducted Salem al-Werfalli": a word of a person's full name is no place either.
        return found.Where(c => c.Cue != PlaceCue.None || c.IsDemonym
            || !(personWords.Contains(NameFolding.Fold(c.Text)) || fullNames.Any(n => n.Start <= c.Start && c.End <= n.End))).ToList();
    }

    /// <summary>Tries names of MaxTokens down to one token at <paramref name="i"/>; returns the tokens used.</summary>
    private int MatchAt(Document document, Sentence sentence, int i, List<ToponymCandidate> found)
    {
        var tokens = document.Tokens;
        for (int n = Math.Min(MaxTokens, sentence.EndToken - i); n >= 1; n--)
        {
            int last = i + n - 1;
            if (!StartsCapitalised(tokens[last]) || !InnerTokensFit(tokens, i, last)) continue;
            var text = document.Slice(tokens[i].Start, tokens[last].End);
            // "from Nov. 3 to 6": a month before a number is a date, whatever town shares its name.
            if (n == 1 && _cues.DateWords.Contains(text) && last + 1 < sentence.EndToken && tokens[last + 1].Upos == "NUM") return n;
            // A demonym ("Spanish", "Canadian", "South African") means the country, even where some hamlet shares the name.
            var entries = n <= 3 ? gazetteer.LookupDemonym(text) : [];
            bool demonym = !entries.IsEmpty;
            if (!demonym) entries = gazetteer.Lookup(text);
            // "Deir al-Balah", "Deir el-Balah": an Arabic name's article is spelt "al" or "el", and GeoNames lists the city
            // under one and the governorate under the other: the name is looked up with both.
            if (!demonym && n >= 3) entries = WithTheOtherArabicArticle(text, entries);
            if (entries.IsEmpty && n == 1 && text.Length <= 4 && Datelines.IsAllCaps(text)) entries = gazetteer.LookupCode(text);
            // "Qamishli", "Shaddadi": Arabic names are listed with their article ("Al Qāmishlī", "Ash Shaddādah").
            // (One word only, and only a proper noun: each try is a lookup.)
            if (entries.IsEmpty && !demonym && n == 1 && text.Length >= 4 && tokens[i].Upos == "PROPN") entries = WithArabicArticle(text);
            // "BOSSASO, Somalia": a name spelt with a doubled letter the gazetteer has single ("Bosaso"), where a cue (here the
            // dateline) says it is a place.
            if (entries.IsEmpty && !demonym && n == 1 && text.Length >= 5 && WithoutDoubledLetters(text) is { } single && CueFor(document, sentence, i, last) != PlaceCue.None)
                entries = gazetteer.Lookup(single);
            // "the southern Lebanese town of Bint Jbeil": a name the gazetteer spells with other vowels ("Bent Jbaïl"), where a
            // town's cue says it is one, is a town of a country the story named before it with the same consonants.
            if (entries.IsEmpty && !demonym && n <= 3 && CueFor(document, sentence, i, last) == PlaceCue.Town)
                entries = gazetteer.LookupTownByConsonants(text, CountriesNamed(found));
            // "the Syrian Democratic Forces (SDF)": an acronym is no town that only an alternate name (an airport
            // code, "SDF" for Louisville) shares.
            if (!entries.IsEmpty && text.Length <= 4 && Datelines.IsAllCaps(text))
                entries = entries.ToArray().Where(e => gazetteer.KindOf(e) != PlaceKind.Town || NameFolding.Fold(gazetteer[e].Name) == NameFolding.Fold(text)).ToArray();
            if (entries.IsEmpty) continue;
            // "the South of France", "Western powers": a compass word alone is no place ("Western Province" is).
            if (n == 1 && _cues.GenericWords.Contains(text) && !(last + 1 < sentence.EndToken && _cues.AfterRegion.Contains(tokens[last + 1].Form))) return n;
            // "In August, a car bomb exploded": a month is a date, whatever town shares its name (a dateline's
            // capitals excepted).
            if (n == 1 && _cues.DateWords.Contains(text) && !Datelines.IsAllCaps(text)) return n;
            if (PartOfLongerName(document, sentence, i, last, demonym)) return n;
            // "the town of Pont-Sonde", "Saint-Marc": a small town's name glued by a hyphen to another capitalised
            // word is part of a name the gazetteer lacks ("Pont" is a town in France); a country's or a city's
            // stays ("Israel-Gaza", "Middlesex-London").
            // (Nor two places a road joins: "the Damascus-Sweida highway".)
            int glued = GluedByHyphen(tokens, i, last);
            if (glued >= 0 && gazetteer.Lookup(tokens[glued].Form).IsEmpty
                && entries.ToArray().All(e => gazetteer.KindOf(e) == PlaceKind.Town && gazetteer[e].Population < LargeCity)) return n;
            // ("the Mayo-Kani department": nor is either of two words glued before a division's noun, whatever towns they also
            // name; the pair is the division's name.)
            if (glued >= 0 && Math.Max(glued, last) + 1 is var after && after < sentence.EndToken
                && _cues.AfterRegion.Contains(tokens[after].Form) && entries.ToArray().All(e => gazetteer.KindOf(e) == PlaceKind.Town)) return n;
            if (!LooksLikeProperNoun(tokens, i, last, text)) continue;
            var cue = CueFor(document, sentence, i, last);
            // ("Human rights group CNDDHH called for ...": an adjective capitalised only because it opens the sentence, before a
            // common word, is no place, whatever town an alternate name gives it; "Uman" in Ukraine is listed as "Human" too.)
            // (A country's short name stays one: "Saudi artillery shelled a market".)
            if (n == 1 && !demonym && cue == PlaceCue.None && i == sentence.FirstToken && tokens[i].Upos == "ADJ"
                && last + 1 < sentence.EndToken && char.IsLower(tokens[last + 1].Form[0]) && entries.ToArray().All(e => gazetteer.KindOf(e) is PlaceKind.Town or PlaceKind.Admin2)) return n;
            // ("the western Mexico state of Jalisco": a name before a division's noun that an "of" and another name follow
            // is the country the division is in, not a division of its own, México state.)
            if (last + 3 < sentence.EndToken && _cues.AfterRegion.Contains(tokens[last + 1].Form) && tokens[last + 2].Form == "of" && StartsCapitalised(tokens[last + 3])
                && entries.ToArray().Where(e => gazetteer.KindOf(e) == PlaceKind.Country).ToArray() is { Length: > 0 } countries)
            {
                found.Add(new ToponymCandidate(tokens[i].Start, tokens[last].End, text, countries, demonym, PlaceCue.None, tokens[i].Sentence));
                return n;
            }
            // "the state news agency NAN": the name of an organisation, not of the place it shares.
            if (cue == PlaceCue.None && !demonym && i > sentence.FirstToken && _cues.OrganisationNouns.Contains(tokens[i - 1].Form)) return n;
            found.Add(new ToponymCandidate(tokens[i].Start, tokens[last].End, text, entries.ToArray(), demonym, cue, tokens[i].Sentence));
            return n;
        }
        return 0;
    }

    /// <summary>The capitalised word glued by a hyphen right after or before the name ("Pont-Sonde"), or -1.</summary>
    private static int GluedByHyphen(Token[] tokens, int first, int last)
    {
        static bool Glued(Token a, Token b) => a.End == b.Start;
        if (last + 2 < tokens.Length && tokens[last + 1].Form == "-" && Glued(tokens[last], tokens[last + 1]) && Glued(tokens[last + 1], tokens[last + 2])
            && char.IsUpper(tokens[last + 2].Form[0])) return last + 2;
        if (first >= 2 && tokens[first - 1].Form == "-" && Glued(tokens[first - 1], tokens[first]) && Glued(tokens[first - 2], tokens[first - 1])
            && char.IsUpper(tokens[first - 2].Form[0])) return first - 2;
        return -1;
    }

    /// <summary>The countries the candidates found so far name (as countries or their demonyms).</summary>
    private HashSet<string> CountriesNamed(List<ToponymCandidate> found)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in found)
        {
            foreach (var entry in candidate.Entries)
            {
                if (gazetteer.KindOf(entry) == PlaceKind.Country) countries.Add(gazetteer[entry].Country);
            }
        }
        return countries;
    }

    /// <summary>The name with each doubled letter single ("Bossaso" → "Bosaso"); null when it has none.</summary>
    private static string? WithoutDoubledLetters(string name)
    {
        var single = new System.Text.StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (single.Length > 0 && char.ToLowerInvariant(single[^1]) == char.ToLowerInvariant(c) && char.IsLetter(c)) continue;
            single.Append(c);
        }
        return single.Length == name.Length ? null : single.ToString();
    }

    private static readonly string[] ArabicArticles = ["Al ", "Ash ", "As ", "Ar ", "Ad ", "At ", "An ", "Az ", "Ath ", "Adh ", "El "];

    /// <summary>The entries of a name with an inner "al" or "el" (as a word) joined by those of the name with the other article.</summary>
    private ReadOnlySpan<int> WithTheOtherArabicArticle(string text, ReadOnlySpan<int> entries)
    {
        if (!text.Contains("l-", StringComparison.OrdinalIgnoreCase) && !text.Contains("l ", StringComparison.OrdinalIgnoreCase)) return entries;
        var words = NameFolding.Fold(text).Split(' ');
        bool swapped = false;
        for (int w = 1; w + 1 < words.Length; w++)
        {
            if (words[w] is not ("al" or "el")) continue;
            words[w] = words[w] == "al" ? "el" : "al";
            swapped = true;
        }
        if (!swapped) return entries;
        var other = gazetteer.LookupFolded(string.Join(' ', words));
        if (other.IsEmpty) return entries;
        return entries.IsEmpty ? other : entries.ToArray().Union(other.ToArray()).ToArray();
    }

    private ReadOnlySpan<int> WithArabicArticle(string text)
    {
        foreach (var article in ArabicArticles)
        {
            var entries = gazetteer.Lookup(article + text);
            if (!entries.IsEmpty) return entries;
        }
        return [];
    }

    private static bool StartsCapitalised(in Token token) => token.Form.Length > 0 && char.IsUpper(token.Form[0]);

    /// <summary>Inside a multi-word name only capitalised words and a few particles ("de", "of", "la") may appear.</summary>
    private bool InnerTokensFit(Token[] tokens, int first, int last)
    {
        for (int k = first + 1; k < last; k++)
        {
            var form = tokens[k].Form;
            if (char.IsUpper(form[0]) || _cues.NameParticles.Contains(form)) continue;
            return false;
        }
        return true;
    }

    /// <summary>A capitalised proper noun next to the match means the match is only part of a name.</summary>
    private bool PartOfLongerName(Document document, Sentence sentence, int first, int last, bool demonym)
    {
        var tokens = document.Tokens;
        if (last + 1 < sentence.EndToken)
        {
            var next = tokens[last + 1];
            if (StartsCapitalised(next) && !_cues.AfterRegion.Contains(next.Form) && !_cues.AfterTown.Contains(next.Form) && !_cues.Titles.Contains(next.Form)
                && next.Upos is null or "PROPN" && !Datelines.IsAllCaps(tokens[last].Form)) return true;
        }
        if (!demonym && first > sentence.FirstToken)
        {
            var previous = tokens[first - 1];
            if (StartsCapitalised(previous) && previous.Upos is null or "PROPN" && !Datelines.IsAllCaps(previous.Form)) return true;
        }
        return false;
    }

    /// <summary>With tags available, the name's last word must be tagged a proper noun (or be a capitalised dateline word).</summary>
    private static bool LooksLikeProperNoun(Token[] tokens, int first, int last, string text)
    {
        var tag = tokens[last].Upos;
        if (tag is null) return true;
        return tag is "PROPN" or "ADJ" || Datelines.IsAllCaps(text) || tag == "NOUN" && last > first;
    }

    private PlaceCue CueFor(Document document, Sentence sentence, int first, int last)
    {
        var tokens = document.Tokens;
        if (last + 1 < sentence.EndToken)
        {
            var next = tokens[last + 1].Form;
            if (_cues.AfterRegion.Contains(next)) return PlaceCue.Region;
            if (_cues.AfterTown.Contains(next)) return PlaceCue.Town;
        }
        if (first - 2 >= sentence.FirstToken && tokens[first - 1].Form == "of" && _cues.TownNouns.Contains(tokens[first - 2].Form))
            return tokens[first - 2].Form is "state" or "province" or "region" or "district" or "county" ? PlaceCue.Region : PlaceCue.Town;
        if (first > sentence.FirstToken && _cues.Before.Contains(tokens[first - 1].Form)) return PlaceCue.Locative;
        // ("attack on Haitian town, UN says": not a name its own verb follows, which is the clause's subject.)
        if (first - 2 >= sentence.FirstToken && tokens[first - 1].Form == "," && _cues.AppositionNouns.Contains(tokens[first - 2].Form)
            && !(last + 1 < sentence.EndToken && tokens[last + 1].Upos == "VERB"))
            return PlaceCue.Town;
        // "El Geneina, the capital of West Darfur", "Khiam, a town near the border": the apposition after the name.
        if (last + 2 < sentence.EndToken && tokens[last + 1].Form == ",")
        {
            for (int k = last + 2; k < Math.Min(sentence.EndToken, last + 5); k++)
            {
                if (_cues.AppositionNouns.Contains(tokens[k].Form)) return PlaceCue.Town;
                if (tokens[k].Upos is not ("DET" or "ADJ")) break;
            }
        }
        // ("Russian troops also shelled Dvorichna, to the north, on Monday": a direction after the name places it.)
        if (last + 4 < sentence.EndToken && tokens[last + 1].Form == "," && tokens[last + 2].Form == "to" && tokens[last + 3].Form == "the"
            && tokens[last + 4].Form is "north" or "south" or "east" or "west" or "northeast" or "northwest" or "southeast" or "southwest")
            return PlaceCue.Locative;
        if (Datelines.Opens(document, first, last)) return PlaceCue.Dateline;
        return PlaceCue.None;
    }

    /// <summary>
    /// Drops uncued names that can only be small towns, unless the same name is cued elsewhere in the
    /// document: a bare "Beltran" is far more likely a person than the hamlet of that name.
    /// </summary>
    private List<ToponymCandidate> KeepSupported(List<ToponymCandidate> found)
    {
        var cuedNames = found.Where(c => c.Cue != PlaceCue.None).Select(c => NameFolding.Fold(c.Text)).ToHashSet();
        return found.Where(c => c.Cue != PlaceCue.None || c.IsDemonym || cuedNames.Contains(NameFolding.Fold(c.Text))
                                || c.Entries.Any(e => gazetteer.KindOf(e) is PlaceKind.Country or PlaceKind.Admin1 || gazetteer[e].Population >= LargeCity)).ToList();
    }
}
