namespace Vigil.Store.Merging;

/// <summary>Place precisions of the output contract.</summary>
public static class GeoPrecisions
{
    public const string Town = "town";
    public const string Admin2 = "admin2";
    public const string Admin1 = "admin1";
    public const string Country = "country";

    /// <summary>Higher is more precise.</summary>
    public static int Rank(string? precision) => precision switch
    {
        Town => 4,
        Admin2 => 3,
        Admin1 => 2,
        Country => 1,
        _ => 0,
    };
}
