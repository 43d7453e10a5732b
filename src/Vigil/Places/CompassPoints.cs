namespace Vigil.Places;

/// <summary>
/// The eight compass points ("north", "southeast"), case-blind: the tagger's and the parser's repairs of directions and
/// distances ("east/NN of Hasakah", "about 190 km (120 miles) west of Sabha") ask for them.
/// </summary>
internal static class CompassPoints
{
    private static readonly HashSet<string> Points = new(StringComparer.OrdinalIgnoreCase)
        { "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest" };

    public static bool Contains(string word) => Points.Contains(word);
}
