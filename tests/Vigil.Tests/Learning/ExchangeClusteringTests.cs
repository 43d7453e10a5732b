using Vigil.Learning;

namespace Vigil.Tests.Learning;

public class ExchangeClusteringTests
{
    /// <summary>Sentences in which weekdays and armed groups each fill their own slots.</summary>
    private static List<string[]> Corpus()
    {
        string[] days = ["Monday", "Tuesday", "Friday", "Sunday"];
        string[] groups = ["soldiers", "gunmen", "rebels", "police"];
        string[] verbs = ["attacked", "raided", "surrounded"];
        var sentences = new List<string[]>();
        foreach (var day in days)
        {
            foreach (var group in groups)
            {
                foreach (var verb in verbs)
                {
                    sentences.Add(["on", day, "the", group, verb, "the", "town", "."]);
                    sentences.Add(["the", group, "left", "on", day, "night", "."]);
                }
            }
        }
        return sentences;
    }

    [Fact]
    public void Words_in_the_same_contexts_share_a_class_and_others_do_not()
    {
        var clusters = new ExchangeClustering { Classes = 8, MinCount = 1, Iterations = 6 }.Train(Corpus());
        Assert.Equal(clusters.ClassOf("Monday"), clusters.ClassOf("Friday"));
        Assert.Equal(clusters.ClassOf("gunmen"), clusters.ClassOf("police"));
        Assert.NotEqual(clusters.ClassOf("Monday"), clusters.ClassOf("gunmen"));
        Assert.Equal(-1, clusters.ClassOf("Wednesday"));
    }

    [Fact]
    public void Clustering_is_deterministic_and_survives_saving()
    {
        var first = new ExchangeClustering { Classes = 8, MinCount = 1 }.Train(Corpus());
        var second = new ExchangeClustering { Classes = 8, MinCount = 1 }.Train(Corpus());
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "clusters.bin");
        first.Save(path);
        var loaded = WordClusters.Load(path);
        foreach (var word in new[] { "Monday", "soldiers", "attacked", "town", "." })
        {
            Assert.Equal(first.ClassOf(word), second.ClassOf(word));
            Assert.Equal(first.ClassOf(word), loaded.ClassOf(word));
        }
    }
}
