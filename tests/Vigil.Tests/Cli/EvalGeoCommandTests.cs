namespace Vigil.Tests.Cli;

/// <summary>`vigil eval geo --misses`: what Vigil missed and what it placed far away, for error analysis.</summary>
public class EvalGeoCommandTests
{
    [Fact]
    public void Misses_lists_the_toponym_placed_far_from_its_gold_point()
    {
        using var folder = new TempFolder();
        // Gold puts "Paris" in Texas; Vigil, with no Texan context, picks the French capital.
        const string text = "Officials in Paris said the festival would go ahead.";
        var gold = folder.File("gold.xml", $"""
            <articles><article><text>{text}</text><locations>
            <location><name>Paris</name><start>13</start><end>18</end><lat>33.66</lat><lon>-95.56</lon></location>
            </locations></article></articles>
            """);
        var run = CliRun.Of("eval", "geo", "--gold", gold, "--misses");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Output.Split('\n'), line => line.StartsWith("far\t", StringComparison.Ordinal) && line.Contains("\tParis\t"));
    }
}
