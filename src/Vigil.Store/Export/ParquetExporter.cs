using Parquet;
using System.Text.Json.Serialization;
using Parquet.Serialization;
using Vigil.Store.Model;
using Vigil.Store.Storage;

namespace Vigil.Store.Export;

/// <summary>Parquet for analytics (pandas, DuckDB, Spark): one row per merged event, written in row groups.</summary>
public sealed class ParquetExporter : IEventExporter
{
    private const int RowGroupSize = 50_000;

    public long Write(IEnumerable<MergedEvent> events, IEventStore store, Stream output)
    {
        // Parquet.Net appends row groups by reading the footer back, so it needs a seekable stream.
        var buffer = output.CanSeek ? output : new MemoryStream();
        long count = 0;
        var batch = new List<ParquetEventRow>(RowGroupSize);
        foreach (var e in events)
        {
            batch.Add(ParquetEventRow.From(e));
            if (batch.Count == RowGroupSize) Flush();
        }
        if (batch.Count > 0 || count == 0) Flush();
        if (!ReferenceEquals(buffer, output))
        {
            buffer.Position = 0;
            buffer.CopyTo(output);
        }
        return count;

        void Flush()
        {
            ParquetSerializer.SerializeAsync(batch, buffer, new ParquetOptions { Append = count > 0 })
                .GetAwaiter().GetResult();
            count += batch.Count;
            batch.Clear();
        }
    }
}

/// <summary>The Parquet schema: plain typed columns named as in the other exports.</summary>
public sealed class ParquetEventRow
{
    [JsonPropertyName("id")]
    public long Id { get; set; }
    [JsonPropertyName("event_date")]
    public string? EventDate { get; set; }
    [JsonPropertyName("date_precision")]
    public string? DatePrecision { get; set; }
    [JsonPropertyName("cameo")]
    public string Cameo { get; set; } = "";
    [JsonPropertyName("cameo_root")]
    public string CameoRoot { get; set; } = "";
    [JsonPropertyName("plover_type")]
    public string PloverType { get; set; } = "";
    [JsonPropertyName("plover_mode")]
    public string? PloverMode { get; set; }
    [JsonPropertyName("acled_type")]
    public string? AcledType { get; set; }
    [JsonPropertyName("acled_sub_type")]
    public string? AcledSubType { get; set; }
    [JsonPropertyName("actor1")]
    public string? Actor1 { get; set; }
    [JsonPropertyName("actor1_code")]
    public string? Actor1Code { get; set; }
    [JsonPropertyName("actor1_associated")]
    public string? Actor1Associated { get; set; }
    [JsonPropertyName("actor2")]
    public string? Actor2 { get; set; }
    [JsonPropertyName("actor2_code")]
    public string? Actor2Code { get; set; }
    [JsonPropertyName("actor2_associated")]
    public string? Actor2Associated { get; set; }
    [JsonPropertyName("location")]
    public string? Location { get; set; }
    [JsonPropertyName("country")]
    public string? Country { get; set; }
    [JsonPropertyName("admin1")]
    public string? Admin1 { get; set; }
    [JsonPropertyName("latitude")]
    public double? Latitude { get; set; }
    [JsonPropertyName("longitude")]
    public double? Longitude { get; set; }
    [JsonPropertyName("geo_precision")]
    public string? GeoPrecision { get; set; }
    [JsonPropertyName("fatalities_low")]
    public int? FatalitiesLow { get; set; }
    [JsonPropertyName("fatalities_high")]
    public int? FatalitiesHigh { get; set; }
    [JsonPropertyName("fatalities_disputed")]
    public bool FatalitiesDisputed { get; set; }
    [JsonPropertyName("num_reports")]
    public int NumReports { get; set; }
    [JsonPropertyName("num_stories")]
    public int NumStories { get; set; }
    [JsonPropertyName("num_sources")]
    public int NumSources { get; set; }
    [JsonPropertyName("sources")]
    public string? Sources { get; set; }
    [JsonPropertyName("source_url")]
    public string? SourceUrl { get; set; }
    [JsonPropertyName("notes")]
    public string? Notes { get; set; }

    public static ParquetEventRow From(MergedEvent e) => new()
    {
        Id = e.Id, EventDate = e.EventDate, DatePrecision = e.DatePrecision, Cameo = e.Cameo, CameoRoot = e.CameoRoot,
        PloverType = e.PloverType, PloverMode = e.PloverMode, AcledType = e.AcledType, AcledSubType = e.AcledSubType,
        Actor1 = e.Actor1Text, Actor1Code = e.Actor1Code, Actor1Associated = e.Actor1Associated, Actor2 = e.Actor2Text, Actor2Code = e.Actor2Code,
        Actor2Associated = e.Actor2Associated, Location = e.Location, Country = e.Country, Admin1 = e.Admin1, Latitude = e.Lat, Longitude = e.Lon,
        GeoPrecision = e.GeoPrecision, FatalitiesLow = e.FatalitiesLow, FatalitiesHigh = e.FatalitiesHigh,
        FatalitiesDisputed = e.FatalitiesDisputed, NumReports = e.NumReports, NumStories = e.NumStories,
        NumSources = e.NumSources, Sources = e.Sources, SourceUrl = e.SourceUrl, Notes = e.Notes,
    };
}
