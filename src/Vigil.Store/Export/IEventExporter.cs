using Vigil.Store.Model;
using Vigil.Store.Storage;

namespace Vigil.Store.Export;

/// <summary>Writes merged events in one file format.</summary>
public interface IEventExporter
{
    /// <summary>Writes the events and returns how many were written.</summary>
    long Write(IEnumerable<MergedEvent> events, IEventStore store, Stream output);
}

/// <summary>The export formats by name.</summary>
public static class ExportFormats
{
    public static readonly IReadOnlyList<string> Names = ["acled-csv", "gdelt-tsv", "plover-jsonl", "geojson", "parquet"];

    public static IEventExporter Create(string name) => name switch
    {
        "acled-csv" => new AcledCsvExporter(),
        "gdelt-tsv" => new GdeltTsvExporter(),
        "plover-jsonl" => new PloverJsonlExporter(),
        "geojson" => new GeoJsonExporter(),
        "parquet" => new ParquetExporter(),
        _ => throw new ArgumentException($"unknown export format '{name}'"),
    };
}
