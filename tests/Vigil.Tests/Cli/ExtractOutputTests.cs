using System.Text.Json;

namespace Vigil.Tests.Cli;

public class ExtractOutputTests
{
    [Fact]
    public void One_document_is_pretty_json_with_the_published_date()
    {
        using var folder = new TempFolder();
        var path = folder.File("a.txt", "Soldiers fired on townspeople.");
        var run = CliRun.Of("extract", path, "--published", "2014-01-14");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\n  \"schema\": \"vigil/1\"", run.Output);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("2014-01-14", root.GetProperty("published").GetString());
    }

    [Fact]
    public void Several_documents_are_json_lines_and_the_document_date_wins()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "First.");
        folder.File("b.jsonl", "{\"text\":\"Second.\",\"published\":\"2020-02-02\"}\n");
        var run = CliRun.Of("extract", folder.Path, "--published", "2014-01-14");
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("2014-01-14", JsonDocument.Parse(lines[0]).RootElement.GetProperty("published").GetString());
        Assert.Equal("2020-02-02", JsonDocument.Parse(lines[1]).RootElement.GetProperty("published").GetString());
    }

    [Fact]
    public void Out_writes_to_a_file_and_table_is_readable()
    {
        using var folder = new TempFolder();
        var path = folder.File("a.txt", "Soldiers fired on townspeople.");
        var outPath = Path.Combine(folder.Path, "out.json");
        Assert.Equal(0, CliRun.Of("extract", path, "--out", outPath).ExitCode);
        Assert.Equal("vigil/1", JsonDocument.Parse(File.ReadAllText(outPath)).RootElement.GetProperty("schema").GetString());

        var table = CliRun.Of("extract", path, "--format", "table");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("a.txt", table.Output);
        Assert.Contains("published unknown", table.Output);
    }

    [Fact]
    public void Timings_are_printed_per_stage()
    {
        using var folder = new TempFolder();
        var path = folder.File("a.txt", "Soldiers fired on townspeople.");
        var run = CliRun.Of("extract", path, "--timings");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("total", run.Error);
        Assert.Contains("1 documents", run.Error);
    }
}
