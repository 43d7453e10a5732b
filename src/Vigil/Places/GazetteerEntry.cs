namespace Vigil.Places;

/// <summary>One place of the gazetteer, as read from its file.</summary>
public readonly record struct GazetteerEntry(
    int Index,
    long GeonamesId,
    string Name,
    double Lat,
    double Lon,
    string Country,
    string? Admin1Code,
    string? Admin1Name,
    string FeatureCode,
    long Population,
    PlaceKind Kind);
