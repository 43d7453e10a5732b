namespace Vigil.Store.Model;

/// <summary>
/// One real-world event as the database knows it: the consensus of every report event merged into it.
/// Counts of stories (near-duplicate wire copies count once), documents and outlets say how well it is
/// supported; fatalities span the lowest and highest count any report gives.
/// </summary>
public sealed record MergedEvent
{
    public long Id { get; init; }
    public string? EventDate { get; init; }
    public string? DatePrecision { get; init; }
    public required string Cameo { get; init; }
    public required string CameoRoot { get; init; }
    public required string PloverType { get; init; }
    public string? PloverMode { get; init; }
    public string? AcledType { get; init; }
    public string? AcledSubType { get; init; }
    public string? Actor1Text { get; init; }
    public string? Actor1Code { get; init; }
    public string? Actor1Country { get; init; }
    public string? Actor1Sector { get; init; }

    /// <summary>Further doers of the same act, "; "-separated (ACLED's assoc_actor_1).</summary>
    public string? Actor1Associated { get; init; }
    public string? Actor2Text { get; init; }
    public string? Actor2Code { get; init; }
    public string? Actor2Country { get; init; }
    public string? Actor2Sector { get; init; }

    /// <summary>Further targets of the same act, "; "-separated (ACLED's assoc_actor_2).</summary>
    public string? Actor2Associated { get; init; }
    public string? Location { get; init; }
    public long? GeonamesId { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public string? GeoPrecision { get; init; }
    public string? Country { get; init; }
    public string? Admin1 { get; init; }

    /// <summary>The lowest fatality count any report gives (ACLED's conservative figure).</summary>
    public int? FatalitiesLow { get; init; }

    /// <summary>The highest fatality count any report gives.</summary>
    public int? FatalitiesHigh { get; init; }
    public int? InjuriesLow { get; init; }
    public int? InjuriesHigh { get; init; }

    /// <summary>True when reports disagree on the number of dead or a report calls its own count disputed.</summary>
    public bool FatalitiesDisputed { get; init; }

    /// <summary>Report events merged into this event.</summary>
    public int NumReports { get; init; }

    /// <summary>Distinct stories: wire copies of one story count once.</summary>
    public int NumStories { get; init; }

    /// <summary>Distinct outlets.</summary>
    public int NumSources { get; init; }

    /// <summary>Distinct outlets, "; "-separated, in the order they were seen.</summary>
    public string? Sources { get; init; }
    public string? SourceUrl { get; init; }

    /// <summary>The first report's evidence sentence.</summary>
    public string? Notes { get; init; }
    public string? FirstSeen { get; init; }
}
