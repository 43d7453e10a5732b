using System.Globalization;
using System.Text.RegularExpressions;
using Vigil.Documents;
using Vigil.Places;

namespace Vigil.Events;

/// <summary>
/// "stormed an army base about 60 km (37 miles) southeast of Baidoa": a place named as the point a distance and
/// a direction are measured from is not where the event happened; the event is that far in that direction.
/// </summary>
internal static partial class PlaceOffsets
{
    // The distance, its unit, an optional conversion in brackets, the direction, "of" (and "the town of"), right
    // before the place's name.
    [GeneratedRegex(@"(?<km>\d{1,4}(?:[.,]\d+)?)\s*-?\s*(?<unit>km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile)\b(?:\s*\([^)]{0,30}\))?\s+"
                    + @"(?<direction>north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of\s+(?:the\s+(?:town|city|village)\s+of\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DistanceBefore();

    /// <summary>Distances shorter than this are the place itself for any use the coordinates have.</summary>
    private const double NegligibleKm = 5;

    /// <summary>
    /// The point the text measures from <paramref name="place"/>, with the phrase that says so ("about 60 km (37
    /// miles) southeast of Baidoa"), or null when no distance and direction come right before the place's name.
    /// </summary>
    public static (int Start, double Lat, double Lon, double Km)? Offset(Document document, Place place)
    {
        if (place.Lat is not { } lat || place.Lon is not { } lon) return null;
        int windowStart = Math.Max(0, place.Start - 90);
        var match = DistanceBefore().Match(document.Text[windowStart..place.Start]);
        if (!match.Success) return null;
        double km = double.Parse(match.Groups["km"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
        if (match.Groups["unit"].Value.StartsWith("mile", StringComparison.OrdinalIgnoreCase)) km *= 1.609344;
        if (km < NegligibleKm) return null;
        var (toLat, toLon) = GreatCircle.Destination(lat, lon, km, Bearing(match.Groups["direction"].Value));
        // ("about 60 km": the phrase starts at its qualifier when it has one.)
        int start = windowStart + match.Index;
        var before = document.Text.AsSpan(windowStart, match.Index).TrimEnd();
        foreach (var qualifier in (ReadOnlySpan<string>)["about", "some", "around", "roughly", "nearly", "almost", "approximately"])
        {
            if (before.EndsWith(qualifier, StringComparison.OrdinalIgnoreCase)) { start = windowStart + before.Length - qualifier.Length; break; }
        }
        return (start, Math.Round(toLat, 5), Math.Round(toLon, 5), km);
    }

    private static double Bearing(string direction) => direction.ToLowerInvariant().Replace("-", "") switch
    {
        "north" => 0, "northeast" => 45, "east" => 90, "southeast" => 135,
        "south" => 180, "southwest" => 225, "west" => 270, _ => 315,
    };
}
