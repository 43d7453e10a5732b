namespace Vigil.Store.Model;

/// <summary>
/// One event as one report tells it: the pipeline's <see cref="Vigil.Documents.Event"/> flattened into
/// columns, with the place resolved to country and admin1 and the evidence kept for display.
/// Several report events (from different documents) make up one <see cref="MergedEvent"/>.
/// </summary>
public sealed record ReportEvent
{
    public long Id { get; init; }
    public long MergedEventId { get; init; }
    public required string DocumentId { get; init; }
    public long StoryId { get; init; }

    /// <summary>The event's id inside its document (V1, V2 ...).</summary>
    public required string LocalId { get; init; }
    public required string Cameo { get; init; }
    public required string PloverType { get; init; }
    public string? PloverMode { get; init; }
    public string? AcledType { get; init; }
    public string? AcledSubType { get; init; }
    public required string TriggerText { get; init; }
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
    public string? PlaceText { get; init; }
    public string? PlaceName { get; init; }
    public long? GeonamesId { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }

    /// <summary>town, admin2, admin1 or country.</summary>
    public string? GeoPrecision { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }
    public string? Admin1 { get; init; }

    /// <summary>yyyy-MM-dd: the event's own date, or the publication date when the text gives none.</summary>
    public string? EventDate { get; init; }

    /// <summary>day, week, month, year, or "published" when the date is the publication date.</summary>
    public string? DatePrecision { get; init; }
    public string? DateText { get; init; }
    public int? FatalitiesMin { get; init; }
    public int? FatalitiesMax { get; init; }
    public string? FatalitiesText { get; init; }

    /// <summary>The report itself says its count is disputed.</summary>
    public bool FatalitiesDisputed { get; init; }
    public int? InjuriesMin { get; init; }
    public int? InjuriesMax { get; init; }
    public string Modality { get; init; } = "asserted";
    public double Confidence { get; init; }

    /// <summary>The outlet of the reporting document (denormalised for exports and disagreement tables).</summary>
    public string? Source { get; init; }
    public string? Url { get; init; }
    public string? Published { get; init; }
    public required Evidence Evidence { get; init; }
}
