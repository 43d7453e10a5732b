namespace Vigil.Events;

/// <summary>English number words ("two", "twelve", "dozens") as numbers.</summary>
public static class NumberWords
{
    private static readonly string[] Units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    public static int? Value(string? word)
    {
        if (word is null) return null;
        var w = word.ToLowerInvariant().Replace(",", "");
        if (int.TryParse(w, out var n)) return n;
        int index = Array.IndexOf(Units, w);
        if (index >= 0) return index;
        return w switch { "thirty" => 30, "forty" => 40, "fifty" => 50, "hundred" => 100, "dozen" => 12, _ => null };
    }

    /// <summary>Vague quantities as ranges: "dozens" is 24 or more, "several" 3 to 9, "scores" 40 or more.</summary>
    public static (int Min, int? Max)? Vague(string word) => word.ToLowerInvariant() switch
    {
        "dozens" => (24, null),
        "several" => (3, 9),
        "scores" => (40, null),
        "hundreds" => (200, null),
        "thousands" => (2000, null),
        _ => null,
    };
}
