using System.Text.Json.Serialization;

namespace Vigil.Documents;

/// <summary>A toponym in the text resolved to a gazetteer entry.</summary>
public sealed class Place
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public required string Text { get; init; }

    /// <summary>The gazetteer's name for the place (with its accents), e.g. "Antúnez".</summary>
    public string? Name { get; set; }
    public long? GeonamesId { get; set; }
    public double? Lat { get; set; }
    public double? Lon { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country code, GeoNames style.</summary>
    public string? Country { get; set; }
    public string? Admin1 { get; set; }

    /// <summary>GeoNames feature code (PPL, ADM1, PCLI ...).</summary>
    public string? Feature { get; set; }
    public double Score { get; set; }

    [JsonIgnore]
    public TextSpan Span => new(Start, End);
}
