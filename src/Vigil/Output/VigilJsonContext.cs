using System.Text.Json.Serialization;

namespace Vigil.Output;

/// <summary>
/// Source-generated System.Text.Json metadata for the output format: no reflection at run time, and the
/// snake_case naming policy turns GeonamesId into geonames_id, SubEventType into sub_event_type, and so on.
/// Nulls are written (the contract says unknown values are null, not absent).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(DocumentJson))]
public sealed partial class VigilJsonContext : JsonSerializerContext;
