using System.Text.Json;
using Vigil.Tests.Cli;

namespace Vigil.Tests.Store;

/// <summary>`vigil ingest`, `vigil query` and `vigil export` as a user runs them.</summary>
public class StoreCliTests
{
    [Theory, MemberData(nameof(EventStoreSuite.Kinds), MemberType = typeof(EventStoreSuite))]
    public void Ingest_reports_what_it_did_and_a_rerun_changes_nothing(string kind)
    {
        using var db = TestStores.Create(kind);
        using var folder = new TempFolder();
        var jsonl = folder.File("news.jsonl",
            """
            {"id": "a1", "text": "Soldiers fired on townspeople in Antunez on Monday night, killing two.", "published": "2014-01-14", "source": "AP"}
            {"id": "a2", "text": "Thousands marched through Paris on Monday against the pension reform.", "published": "2023-03-20"}
            not json

            """);
        folder.File("notes/one.txt", "A plain text report about a protest in the capital.");

        var first = CliRun.Of(["ingest", jsonl, Path.Combine(folder.Path, "notes"), "--workers", "2", .. db.CliArguments]);
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("ingested 4 documents", first.Output);
        Assert.Contains("3 stored, 0 unchanged, 1 failed", first.Output);
        Assert.Contains("news.jsonl:3: malformed JSON", first.Error);

        var second = CliRun.Of(["ingest", jsonl, Path.Combine(folder.Path, "notes"), .. db.CliArguments]);
        Assert.Contains("0 stored, 3 unchanged, 1 failed", second.Output);
        Assert.Equal(3, db.Store.Totals().Documents);
        Assert.Equal("AP", db.Store.GetDocument("a1", includeText: false)!.Source);
    }

    [Theory, MemberData(nameof(EventStoreSuite.Kinds), MemberType = typeof(EventStoreSuite))]
    public void Query_prints_a_table_or_json_with_the_filters_applied(string kind)
    {
        using var db = TestStores.Create(kind);
        foreach (var d in new[] { Reports.Wire("Associated Press"), Reports.Reuters(), Reports.Kharkiv(), Reports.Paris() }) db.Store.Ingest(d);

        var table = CliRun.Of(["query", "--country", "MX", .. db.CliArguments]);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Antúnez", table.Output);
        Assert.Contains("2-4 disputed", table.Output);
        Assert.DoesNotContain("Kharkiv", table.Output);
        Assert.Contains("1 of 1 events shown", table.Output);

        var json = CliRun.Of(["query", "--json", "--min-fatalities", "1", "--limit", "1", .. db.CliArguments]);
        var root = JsonDocument.Parse(json.Output).RootElement;
        Assert.Equal(2, root.GetProperty("total").GetInt64());
        var e = Assert.Single(root.GetProperty("events").EnumerateArray());
        Assert.Equal("2022-03-01", e.GetProperty("event_date").GetString());
        Assert.Equal("Kharkiv", e.GetProperty("location").GetString());
    }

    [Fact]
    public void Bad_filters_are_usage_errors_in_one_line()
    {
        using var db = TestStore.Sqlite();
        foreach (var (args, message) in new[]
                 {
                     (new[] { "--from", "yesterday" }, "--from: 'yesterday' is not a date"),
                     (["--bbox", "1,2,3"], "--bbox: '1,2,3' is not minlon,minlat,maxlon,maxlat"),
                     (["--cameo", "assault"], "--cameo: 'assault' is not a CAMEO code"),
                     (["--from", "2020-01-02", "--to", "2020-01-01"], "--from 2020-01-02 is after --to 2020-01-01"),
                 })
        {
            var run = CliRun.Of(["query", .. args, .. db.CliArguments]);
            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"vigil: {message}", Assert.Single(run.ErrorLines)[..(message.Length + 7)]);
        }
    }

    [Fact]
    public void Export_writes_each_format_to_the_named_file()
    {
        using var db = TestStore.Sqlite();
        using var folder = new TempFolder();
        foreach (var d in new[] { Reports.Wire("Associated Press"), Reports.Kharkiv() }) db.Store.Ingest(d);
        foreach (var format in new[] { "acled-csv", "gdelt-tsv", "plover-jsonl", "geojson", "parquet" })
        {
            var path = Path.Combine(folder.Path, "events." + format);
            var run = CliRun.Of(["export", "--format", format, "--out", path, "--plover", "ASSAULT", .. db.CliArguments]);
            Assert.Equal(0, run.ExitCode);
            Assert.Equal($"exported 2 events to {path}", run.Output.Trim());
            Assert.True(new FileInfo(path).Length > 100);
            Assert.False(File.Exists(path + ".partial"));
        }
        var unknown = CliRun.Of(["export", "--format", "xlsx", "--out", Path.Combine(folder.Path, "x"), .. db.CliArguments]);
        Assert.NotEqual(0, unknown.ExitCode);
    }
}
