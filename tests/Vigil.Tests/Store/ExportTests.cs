using System.Text.Json;
using Parquet.Serialization;
using Vigil.Store.Export;
using Vigil.Store.Filters;

namespace Vigil.Tests.Store;

public class ExportTests : IDisposable
{
    private readonly TestStore _db = TestStore.Sqlite();

    public ExportTests()
    {
        foreach (var document in new[] { Reports.Wire("Associated Press"), Reports.Reuters(), Reports.Kharkiv(), Reports.Paris() })
            _db.Store.Ingest(document);
        _db.Store.Ingest(new Vigil.Documents.Document("A statement with no coded place.") { Source = "AP" });
    }

    public void Dispose() => _db.Dispose();

    private string Export(string format, EventFilter? filter = null)
    {
        using var stream = new MemoryStream();
        ExportFormats.Create(format).Write(_db.Store.StreamEvents(filter ?? EventFilter.All), _db.Store, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Acled_csv_has_acleds_columns_and_conservative_fatalities()
    {
        var lines = Export("acled-csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("event_date,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities", lines[0]);
        Assert.Equal(4, lines.Length);
        var antunez = lines.Single(l => l.Contains("Antúnez"));
        Assert.StartsWith("2014-01-13,Violence against civilians,Attack,Soldiers,,1,townspeople,,Mexico,Michoacán,Antúnez,19.01451,-102.20432,1,Associated Press; Reuters,", antunez);
        Assert.Contains("[Reports disagree on fatalities: 2 to 4.]", antunez);
        Assert.EndsWith(",2", antunez);
        Assert.Contains(lines, l => l.StartsWith("2023-03-20,Protests,Peaceful protest,demonstrators,,6,,,France,", StringComparison.Ordinal));
    }

    [Fact]
    public void Further_doers_and_targets_of_one_act_are_stored_searchable_and_exported_as_acleds_associated_actors()
    {
        _db.Store.Ingest(Reports.Detentions());
        var stored = Assert.Single(_db.Store.StreamEvents(EventFilter.All with { Actor = "guards" }));
        Assert.Equal(("the prison director", "four guards"), (stored.Actor2Text, stored.Actor2Associated));
        Assert.Contains(",Police,marines,", Export("acled-csv"));
        Assert.Contains(",the prison director,four guards,Mexico,Sinaloa,Culiacán,", Export("acled-csv"));
        Assert.Contains("\"actor2_associated\":\"four guards\"", Export("geojson"));
        Assert.Single(_db.Store.StreamEvents(EventFilter.All with { Actor = "marines" }));
    }

    [Fact]
    public void Gdelt_tsv_rows_have_the_61_event_columns()
    {
        var rows = Export("gdelt-tsv").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(61, GdeltTsvExporter.Columns.Length);
        Assert.All(rows, r => Assert.Equal(61, r.Length));
        var kharkiv = rows.Single(r => r[1] == "20220301");
        string Col(string name) => kharkiv[Array.IndexOf(GdeltTsvExporter.Columns, name)];
        Assert.Equal("RUSMIL", Col("Actor1Code"));
        Assert.Equal("RUS", Col("Actor1CountryCode"));
        Assert.Equal("MIL", Col("Actor1Type1Code"));
        Assert.Equal("195", Col("EventCode"));
        Assert.Equal("19", Col("EventRootCode"));
        Assert.Equal("4", Col("QuadClass"));
        Assert.Equal("Kharkiv, Kharkiv Oblast, Ukraine", Col("ActionGeo_FullName"));
        Assert.Equal("706483", Col("ActionGeo_FeatureID"));
        Assert.Equal("https://bbc.example/kharkiv", Col("SOURCEURL"));
    }

    [Fact]
    public void Plover_jsonl_has_one_event_object_per_line()
    {
        var events = Export("plover-jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, events.Count);
        var antunez = events.Single(e => e.GetProperty("event_date").GetString() == "2014-01-13");
        Assert.Equal("ASSAULT", antunez.GetProperty("event_type").GetString());
        Assert.Equal("Soldiers", antunez.GetProperty("actor").GetString());
        Assert.Equal("MEX", antunez.GetProperty("actor_country").GetString());
        Assert.Equal("CVL", antunez.GetProperty("recipient_role").GetString());
        Assert.Equal("Antúnez", antunez.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal(4, antunez.GetProperty("fatalities_high").GetInt32());
        Assert.Equal(["Associated Press", "Reuters"], antunez.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void Geojson_is_a_feature_collection_of_points()
    {
        var root = JsonDocument.Parse(Export("geojson", new EventFilter { Country = "UA" })).RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var feature = Assert.Single(root.GetProperty("features").EnumerateArray());
        var coordinates = feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray();
        Assert.Equal([36.25272, 49.98081], coordinates);
        Assert.Equal("Kharkiv", feature.GetProperty("properties").GetProperty("location").GetString());
    }

    [Fact]
    public async Task Parquet_reads_back_with_every_event()
    {
        using var stream = new MemoryStream();
        ExportFormats.Create("parquet").Write(_db.Store.StreamEvents(EventFilter.All), _db.Store, stream);
        stream.Position = 0;
        var rows = (await ParquetSerializer.DeserializeAsync<ParquetEventRow>(stream)).Data.ToList();
        Assert.Equal(3, rows.Count);
        var antunez = rows.Single(r => r.Location == "Antúnez");
        Assert.Equal((2, 4, true, 2), (antunez.FatalitiesLow, antunez.FatalitiesHigh, antunez.FatalitiesDisputed, antunez.NumStories));
        Assert.Equal(19.01451, antunez.Latitude);
    }
}
