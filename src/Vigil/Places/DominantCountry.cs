using Vigil.Documents;

namespace Vigil.Places;

/// <summary>
/// The country a document is about: the one most of its places are in, for actors that name no country
/// of their own ("the soldiers", "a school"). A nationality word counts half a place: a story from Gaza
/// says "Israeli" as often as it names Gaza's towns, and its schools and families are not Israel's.
/// </summary>
public static class DominantCountry
{
    /// <summary>
    /// "BEIRUT (Reuters) — An Israeli drone strike ... in southern Lebanon": the dateline's town, where the reporter is, counts
    /// twice when the story names its country again (a story from abroad, "NAIROBI, Kenya — ... in Somalia's capital", does not).
    /// </summary>
    private static bool IsDatelineAtHome(Document document, Place place) =>
        document.TokenStartingAt(place.Start) is >= 0 and var first && document.TokenEndingAt(place.End) is >= 0 and var last && Datelines.Opens(document, first, last)
        && document.Places.Any(p => p != place && p.Country == place.Country && p.Start > place.End + 40);

    /// <summary>The dominant country's ISO alpha-2 code, or null; of two with the same weight, the one named first.</summary>
    public static string? Of(Document document)
    {
        var nationalities = document.Entities.Where(e => e.Label == "NORP").SelectMany(e => e.Mentions).Select(m => m.Start).ToHashSet();
        return document.Places.Where(p => p.Country is { Length: 2 }).GroupBy(p => p.Country!)
            .Select(g => (Country: g.Key, Weight: g.Sum(p => nationalities.Contains(p.Start) ? 0.5 : IsDatelineAtHome(document, p) ? 2.0 : 1.0)))
            .OrderByDescending(c => c.Weight).Select(c => c.Country).FirstOrDefault();
    }
}
