namespace Vigil.Store.Merging;

/// <summary>Place precisions of the output contract and distances between coordinates.</summary>
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

    /// <summary>Great-circle distance in kilometres.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double EarthRadiusKm = 6371.0088;
        double dLat = ToRadians(lat2 - lat1), dLon = ToRadians(lon2 - lon1);
        double a = Math.Pow(Math.Sin(dLat / 2), 2) +
                   Math.Cos(ToRadians(lat1)) * Math.Cos(ToRadians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
