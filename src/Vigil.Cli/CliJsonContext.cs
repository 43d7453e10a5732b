using System.Text.Json.Serialization;

namespace Vigil.Cli;

/// <summary>Source-generated JSON for the small objects the CLI prints (scores).</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(Dictionary<string, double>))]
public sealed partial class CliJsonContext : JsonSerializerContext;
