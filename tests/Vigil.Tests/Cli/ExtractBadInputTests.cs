using System.Text;
using System.Text.Json;

namespace Vigil.Tests.Cli;

/// <summary>
/// Every bad input gets one line on stderr that names it and says why, the other inputs still go through,
/// the exit code is non-zero, and no stack trace is ever printed.
/// </summary>
public class ExtractBadInputTests
{
    private static void AssertNoStackTrace(CliRun run)
    {
        Assert.DoesNotContain("   at ", run.Error);
        Assert.DoesNotContain("Exception", run.Error);
    }

    /// <summary>Runs extract on one bad input plus a good one, and checks the good one still comes out.</summary>
    private static string SingleErrorBesideGoodInput(TempFolder folder, string badPath)
    {
        var good = folder.File("good/ok.txt", "Soldiers fired on townspeople on Monday.");
        var run = CliRun.Of("extract", badPath, good, "--format", "jsonl");
        Assert.Equal(1, run.ExitCode);
        AssertNoStackTrace(run);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"vigil: {badPath}", line);
        var output = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("vigil/1", JsonDocument.Parse(output).RootElement.GetProperty("schema").GetString());
        return line;
    }

    [Fact]
    public void Missing_path()
    {
        using var folder = new TempFolder();
        var line = SingleErrorBesideGoodInput(folder, Path.Combine(folder.Path, "nowhere.txt"));
        Assert.EndsWith("no such file or directory", line);
    }

    [Fact]
    public void Directory_with_no_readable_files()
    {
        using var folder = new TempFolder();
        folder.File("pictures/a.png", [0x89, 0x50, 0x4E, 0x47]);
        folder.File("pictures/data.csv", "a,b");
        var line = SingleErrorBesideGoodInput(folder, Path.Combine(folder.Path, "pictures"));
        Assert.Contains("no readable files", line);
    }

    [Fact]
    public void Binary_file()
    {
        using var folder = new TempFolder();
        var line = SingleErrorBesideGoodInput(folder, folder.File("blob.txt", [1, 2, 0, 0, 255, 7]));
        Assert.Contains("binary file", line);
    }

    [Fact]
    public void Invalid_utf8()
    {
        using var folder = new TempFolder();
        var bytes = Encoding.Latin1.GetBytes("Antúnez was quiet.");
        var line = SingleErrorBesideGoodInput(folder, folder.File("latin1.txt", bytes));
        Assert.Contains("invalid UTF-8 at byte 3", line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t  \n")]
    public void Empty_or_whitespace_document(string text)
    {
        using var folder = new TempFolder();
        var line = SingleErrorBesideGoodInput(folder, folder.File("blank.txt", text));
        Assert.Contains("empty document", line);
    }

    [Fact]
    public void Fifty_megabyte_document_is_refused_without_reading_it()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "huge.txt");
        using (var stream = File.Create(path)) stream.SetLength(50L * 1024 * 1024);
        long before = GC.GetTotalAllocatedBytes();
        var line = SingleErrorBesideGoodInput(folder, path);
        Assert.Contains("document too large (50 MB", line);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 20L * 1024 * 1024, "the oversized file must not be loaded");
    }

    [Fact]
    public void Malformed_json_lines_are_reported_by_line_and_the_rest_go_through()
    {
        using var folder = new TempFolder();
        var path = folder.File("feed.jsonl",
            "{\"text\":\"First report.\",\"id\":\"a\"}\n" +
            "{\"text\": \"unterminated\n" +
            "[1, 2]\n" +
            "{\"id\":\"no-text\"}\n" +
            "{\"text\":\"Dated.\",\"published\":\"14/01/2014\"}\n" +
            "{\"text\":\"   \"}\n" +
            "\n" +
            "{\"text\":\"Second report.\",\"id\":\"b\"}\n");
        var run = CliRun.Of("extract", path, "--format", "jsonl");
        Assert.Equal(1, run.ExitCode);
        AssertNoStackTrace(run);
        Assert.Equal(5, run.ErrorLines.Length);
        Assert.StartsWith($"vigil: {path}:2: malformed JSON", run.ErrorLines[0]);
        Assert.Equal($"vigil: {path}:3: expected a JSON object", run.ErrorLines[1]);
        Assert.Equal($"vigil: {path}:4: missing \"text\" (a string)", run.ErrorLines[2]);
        Assert.StartsWith($"vigil: {path}:5: \"published\" is not a date", run.ErrorLines[3]);
        Assert.Equal($"vigil: {path}:6: empty document (no text)", run.ErrorLines[4]);
        var ids = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.Equal(["a", "b"], ids);
    }

    [Fact]
    public void Over_long_json_line_is_skipped_without_holding_it()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "long.jsonl");
        using (var writer = new StreamWriter(path))
        {
            writer.Write("{\"text\":\"");
            var chunk = new string('x', 1024 * 1024);
            for (int i = 0; i < 12; i++) writer.Write(chunk); // 12 MB, over the 10 M character limit
            writer.Write("\"}\n{\"text\":\"After the long line.\",\"id\":\"after\"}\n");
        }
        var run = CliRun.Of("extract", path, "--format", "jsonl");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"vigil: {path}:1: line longer than 10485760 characters, skipped", Assert.Single(run.ErrorLines));
        Assert.Contains("\"id\":\"after\"", run.Output);
    }

    [Theory]
    [InlineData("14/01/2014")]
    [InlineData("2014-13-01")]
    [InlineData("yesterday")]
    public void Unknown_published_format_is_a_usage_error(string value)
    {
        using var folder = new TempFolder();
        var good = folder.File("ok.txt", "Text.");
        var run = CliRun.Of("extract", good, "--published", value);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"vigil: --published: '{value}' is not a date (expected YYYY-MM-DD)", Assert.Single(run.ErrorLines));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Unwritable_output_file_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var good = folder.File("ok.txt", "Text.");
        var run = CliRun.Of("extract", good, "--out", Path.Combine(folder.Path, "no", "such", "dir", "out.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("vigil: --out: cannot write", Assert.Single(run.ErrorLines));
    }
}
