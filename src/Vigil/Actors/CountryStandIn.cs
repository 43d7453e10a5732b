using Vigil.Documents;
using Vigil.Places;

namespace Vigil.Actors;

/// <summary>
/// A place that stands for its country as an actor, as CAMEO codes it: the country itself, or its capital
/// ("Washington said", "Moscow denied"), also when the resolver chose the capital's division of the same
/// name (Moscow the federal city, Beijing the municipality).
/// </summary>
public static class CountryStandIn
{
    /// <summary>The place's two-letter country when the place stands for it, else null.</summary>
    public static string? CountryOf(Place place, Gazetteer? gazetteer) =>
        place.Country is { } country && (place.Feature is "PCLI" or "PPLC"
            // Only a division can be a capital's namesake worth the look-up (which reads every namesake).
            || place.Feature is not null && place.Feature.StartsWith("ADM", StringComparison.Ordinal) && IsCapitalOf(place.Text, country, gazetteer))
            ? country : null;

    private static bool IsCapitalOf(string name, string country, Gazetteer? gazetteer)
    {
        if (gazetteer is null) return false;
        foreach (var index in gazetteer.Lookup(name))
        {
            var entry = gazetteer[index];
            if (entry.FeatureCode == "PPLC" && entry.Country == country) return true;
        }
        return false;
    }
}
