using Vigil.Documents;
using Vigil.Places;

namespace Vigil.Events;

/// <summary>
/// "stormed a hotel in Somalia's capital", "a curfew on the Haitian capital", "In the capital, authorities arrested ...":
/// a capital the text refers to without naming it is a place an event can be at. Each reference becomes a place of its
/// own (the phrase's words, the capital's coordinates) for the event's place to choose among the named ones; the
/// document's places, which name toponyms only, are left as they are.
/// </summary>
internal static class CapitalReferences
{
    /// <summary>The capitals the document refers to by "capital" alone, in text order (none without a gazetteer).</summary>
    public static IReadOnlyList<Place> In(Document document, Gazetteer? gazetteer)
    {
        if (gazetteer is null) return [];
        var tokens = document.Tokens;
        List<Place>? found = null;
        string? storyCountry = null;
        for (int i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Xpos != "NN" || tokens[i].Lemma != "capital" || NamedBeside(document, i) || Beyond(document, i)) continue;
            int start = -1;
            string? country = null;
            if (CountryModifying(document, i) is { } modifier) (start, country) = modifier;
            else if (OnlyTheArticle(document, i) && !AfterADivision(document, i))
            {
                start = tokens[i - 1].Start;
                country = storyCountry ??= DominantCountry.Of(document);
            }
            if (country is null || gazetteer.CapitalOf(country) is not { } capital) continue;
            (found ??= []).Add(new Place
            {
                Start = start, End = tokens[i].End, Text = document.Text[start..tokens[i].End], Name = capital.Name, GeonamesId = capital.GeonamesId,
                Lat = capital.Lat, Lon = capital.Lon, Country = capital.Country, Admin1 = capital.Admin1Name, Feature = capital.FeatureCode,
            });
        }
        return found ?? (IReadOnlyList<Place>)[];
    }

    /// <summary>"the capital, Kabul", "the capital Abuja", "the capital of Oromia": the name given is the place, or it is no country's capital.</summary>
    private static bool NamedBeside(Document document, int capital)
    {
        var tokens = document.Tokens;
        if (capital + 1 >= tokens.Length) return false;
        int next = tokens[capital + 1].Form == "," && capital + 2 < tokens.Length ? capital + 2 : capital + 1;
        // (Not a time: "arrested 15 people in the capital Monday".)
        if (tokens[next].Upos == "PROPN" && (tokens[next].Head == capital || next == capital + 1) && !DateResolver.NamesATime(tokens[next].Form)) return true;
        return tokens[capital + 1].Form.Equals("of", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Somalia's capital", "the Somali capital": the country a possessor or a nationality word names, with where the
    /// phrase starts; null for any other modifier ("the regional capital", "the state capital", "Oromia's capital").
    /// </summary>
    private static (int Start, string Country)? CountryModifying(Document document, int capital)
    {
        var tokens = document.Tokens;
        (int, string)? found = null;
        for (int t = capital - 1; t >= 0 && t >= capital - 5; t--)
        {
            if (tokens[t].Head != capital) continue;
            var relation = tokens[t].DepRel;
            if (relation is "det" or "case") continue;
            if (relation is not ("nmod:poss" or "amod" or "compound")) return null;
            var place = document.Places.FirstOrDefault(p => p.Start <= tokens[t].Start && tokens[t].End <= p.End);
            if (place is not { Feature: "PCLI", Country: { } country }) return null;
            int start = tokens[t - 1 >= 0 && tokens[t - 1].Head == capital && tokens[t - 1].DepRel == "det" ? t - 1 : t].Start;
            found = (Math.Min(start, place.Start), country);
        }
        return found;
    }

    /// <summary>"the spread of gang violence beyond the capital": where the act is not.</summary>
    private static bool Beyond(Document document, int capital)
    {
        var tokens = document.Tokens;
        int before = capital - 1;
        while (before >= 0 && tokens[before].Head == capital && tokens[before].DepRel is "det" or "amod" or "nmod:poss" or "case" && !tokens[before].Form.Equals("beyond", StringComparison.OrdinalIgnoreCase)) before--;
        return before >= 0 && tokens[before].Form.Equals("beyond", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Sinaloa Gov. Elena Barraza blamed the ambush on a cartel cell ... north of the capital": after a state or province
    /// named in its sentence, "the capital" is likelier that division's than the country's.
    /// </summary>
    private static bool AfterADivision(Document document, int capital)
    {
        int sentenceStart = document.Sentences[document.SentenceAt(document.Tokens[capital].Start)].Start;
        return document.Places.Any(p => p.Start >= sentenceStart && p.End <= document.Tokens[capital].Start && p.Feature is "ADM1" or "ADM2");
    }

    /// <summary>"the capital" with no modifier: the capital of the country the story is about.</summary>
    private static bool OnlyTheArticle(Document document, int capital)
    {
        var tokens = document.Tokens;
        if (!tokens[capital - 1].Form.Equals("the", StringComparison.OrdinalIgnoreCase) || tokens[capital - 1].Head != capital) return false;
        for (int t = capital + 1; t < tokens.Length && t <= capital + 3; t++)
        {
            // ("the capital's streets" hangs its noun on the capital; "capital punishment", "capital flight" are no city.)
            if (tokens[t].Head == capital && tokens[t].DepRel is "amod" or "compound") return false;
        }
        return tokens[capital].DepRel is not "compound";
    }
}
