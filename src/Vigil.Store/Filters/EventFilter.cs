namespace Vigil.Store.Filters;

/// <summary>A bounding box in degrees. <see cref="MinLon"/> greater than <see cref="MaxLon"/> crosses the antimeridian.</summary>
public sealed record BoundingBox(double MinLon, double MinLat, double MaxLon, double MaxLat);

/// <summary>
/// What `vigil query`, `vigil export` and the HTTP API filter merged events by. Every criterion is optional;
/// all given criteria must hold.
/// </summary>
public sealed record EventFilter
{
    public static readonly EventFilter All = new();

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code of the event's place.</summary>
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public BoundingBox? Bbox { get; init; }

    /// <summary>A CAMEO code prefix: "19" matches 190, 193 and 1951.</summary>
    public string? Cameo { get; init; }
    public string? PloverType { get; init; }
    public string? AcledType { get; init; }

    /// <summary>An actor code prefix (MEX, MEXMIL) or words of the actor's name.</summary>
    public string? Actor { get; init; }

    /// <summary>At least this many dead according to at least one report.</summary>
    public int? MinFatalities { get; init; }

    /// <summary>Words that must appear in the event's evidence, actors or place.</summary>
    public string? Text { get; init; }
}
