namespace Vigil.Tests.Cli;

/// <summary>`vigil eval conllu --predictions`: Vigil's own analysis of the gold tokens, for error analysis.</summary>
public class EvalConlluCommandTests
{
    private const string Gold = """
        # sent_id = 1
        # text = Soldiers opened fire.
        1	Soldiers	soldier	NOUN	NNS	Number=Plur	2	nsubj	_	_
        2	opened	open	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
        3	fire	fire	NOUN	NN	Number=Sing	2	obj	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	2	punct	_	_

        """;

    [Fact]
    public void Predictions_are_written_as_conllu_over_the_gold_tokens()
    {
        using var folder = new TempFolder();
        var gold = folder.File("gold.conllu", Gold.Replace("\r\n", "\n"));
        var predictions = System.IO.Path.Combine(folder.Path, "predicted.conllu");
        var run = CliRun.Of("eval", "conllu", "--gold", gold, "--predictions", predictions, "--json");
        Assert.Equal(0, run.ExitCode);
        var words = File.ReadAllLines(predictions).Where(l => l.Length > 0 && char.IsDigit(l[0])).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["Soldiers", "opened", "fire", "."], words.Select(w => w[1]));
        Assert.Equal("root", words[1][7]);
    }

    [Fact]
    public void An_unwritable_predictions_path_is_a_one_line_error()
    {
        using var folder = new TempFolder();
        var gold = folder.File("gold.conllu", Gold.Replace("\r\n", "\n"));
        var run = CliRun.Of("eval", "conllu", "--gold", gold, "--predictions", System.IO.Path.Combine(folder.Path, "missing", "out.conllu"));
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--predictions", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }
}
