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

    [Fact]
    public void Misses_show_a_missed_toponym_in_its_context_and_places_the_gold_lacks()
    {
        using var folder = new TempFolder();
        const string text = "Officials in Paris said the festival would go ahead, a spokesman in Berlin added.";
        // The gold lists a "festival" toponym Vigil cannot find and leaves out Berlin, which Vigil finds.
        var gold = folder.File("gold.xml", $"""
            <articles><article><text>{text}</text><locations>
            <location><name>Paris</name><start>13</start><end>18</end><lat>48.85</lat><lon>2.35</lon></location>
            <location><name>festival</name><start>28</start><end>36</end><lat>0</lat><lon>0</lon></location>
            </locations></article></articles>
            """);
        var run = CliRun.Of("eval", "geo", "--gold", gold, "--misses");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.Contains(lines, line => line.StartsWith("missed\tfestival\t", StringComparison.Ordinal) && line.Contains("the [festival] would"));
        Assert.Contains(lines, line => line.StartsWith("spurious\tBerlin\t", StringComparison.Ordinal));
    }
}
