namespace Vigil.Tests.Cli;

/// <summary>`vigil events import-petrarch` and `vigil eval petrarch`: files in, one-line errors for bad ones.</summary>
public class EventsCommandTests
{
    [Fact]
    public void Import_writes_a_pattern_file_vigil_can_read_back()
    {
        using var folder = new TempFolder();
        var verbs = folder.File("verbs.txt", "--- CONDEMN [122] ---\nCONDEMN\n- * ATTACK BY + [122]\n");
        var output = Path.Combine(folder.Path, "patterns.txt");
        var run = CliRun.Of("events", "import-petrarch", "--verbs", verbs, "--out", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 verbs, 1 patterns", run.Output);
        Assert.Contains("&CONDEMN-VERBS\t122\tREJECT\t-\t-\t-\t* attack by +", File.ReadAllLines(output));
    }

    [Fact]
    public void Missing_files_get_one_line_errors()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("events", "import-petrarch", "--verbs", Path.Combine(folder.Path, "none.txt"), "--out", Path.Combine(folder.Path, "out.txt"));
        Assert.NotEqual(0, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Contains("none.txt: no such file", run.Error);

        run = CliRun.Of("train", "ner", "--train", folder.File("train.iob2", "1\tAzurix\tB-ORG\n\n"), "--dev", folder.File("dev.iob2", "1\tAzurix\tB-ORG\n\n"),
            "--out", folder.Path, "--names", Path.Combine(folder.Path, "actors.txt"));
        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal("vigil: --names: " + Path.Combine(folder.Path, "actors.txt") + ": no such file", run.Error.Trim());

        var treebank = folder.File("tiny.conllu", "");
        run = CliRun.Of("train", "tagger", "--train", treebank, "--dev", treebank, "--out", folder.Path, "--wordnet", Path.Combine(folder.Path, "wordnet"));
        Assert.NotEqual(0, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.StartsWith("vigil: --wordnet: " + Path.Combine(folder.Path, "wordnet") + ": not a WordNet 3.0 database folder", run.Error.Trim());

        var records = folder.File("records.xml", "<Validation><Sentences></Sentences></Validation>");
        run = CliRun.Of("eval", "petrarch", "--records", records, "--dictionaries", folder.Path);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("names no <Verbfile>", run.Error);

        var broken = folder.File("broken.xml", "<Validation><Sentence>");
        run = CliRun.Of("eval", "petrarch", "--records", broken, "--dictionaries", folder.Path);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("not a PETRARCH records file", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void A_file_another_process_holds_is_a_one_line_error_not_an_internal_one()
    {
        using var folder = new TempFolder();
        var path = folder.File("parser.bin", [1, 2, 3]);
        using var held = File.Open(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var run = CliRun.Of("models", "prune", "--in", path, "--out", Path.Combine(folder.Path, "pruned.bin"), "--threshold", "1");
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("vigil: ", line);
        Assert.Contains("parser.bin", line);
        Assert.DoesNotContain("internal error", line);
    }

    [Fact]
    public void A_gold_article_whose_evidence_is_not_in_its_text_is_a_one_line_error()
    {
        using var folder = new TempFolder();
        folder.File("a.json", "{\"published\": \"2024-01-01\", \"text\": \"Police arrested ten men.\", " +
                              "\"events\": [{\"evidence\": \"soldiers fired\", \"cameo_root\": \"19\"}]}");
        var run = CliRun.Of("eval", "events", "--gold", folder.Path);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("a.json: evidence not in the text: \"soldiers fired\"", line);
    }
}
