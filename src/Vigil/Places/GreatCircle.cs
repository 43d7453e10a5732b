namespace Vigil.Places;

/// <summary>Distances on the Earth's surface (haversine formula on the mean radius).</summary>
public static class GreatCircle
{
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle distance in kilometres between two points given in degrees.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        double dLat = ToRadians(lat2 - lat1), dLon = ToRadians(lon2 - lon1);
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(ToRadians(lat1)) * Math.Cos(ToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>The point <paramref name="km"/> from a start along an initial bearing (degrees clockwise from north), in degrees.</summary>
    public static (double Lat, double Lon) Destination(double lat, double lon, double km, double bearing)
    {
        double angle = km / EarthRadiusKm, phi = ToRadians(lat), theta = ToRadians(bearing);
        double phi2 = Math.Asin(Math.Sin(phi) * Math.Cos(angle) + Math.Cos(phi) * Math.Sin(angle) * Math.Cos(theta));
        double lambda2 = ToRadians(lon) + Math.Atan2(Math.Sin(theta) * Math.Sin(angle) * Math.Cos(phi), Math.Cos(angle) - Math.Sin(phi) * Math.Sin(phi2));
        double lon2 = (lambda2 * 180 / Math.PI + 540) % 360 - 180;
        return (phi2 * 180 / Math.PI, lon2);
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
