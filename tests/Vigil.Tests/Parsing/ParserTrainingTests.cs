using Vigil.Conllu;
using Vigil.Parsing;

namespace Vigil.Tests.Parsing;

public class ParserTrainingTests
{
    private static List<string?[]> GoldTags(IEnumerable<ConlluSentence> sentences) =>
        sentences.Select(s => s.Words.Select(w => (string?)w.Xpos).ToArray()).ToList();

    private static DependencyParser Train()
    {
        var sentences = TinyTreebank.Sentences();
        return new ParserTrainer { Epochs = 10, Seed = 3 }.Train(sentences, GoldTags(sentences), sentences, GoldTags(sentences));
    }

    private static (int[] Heads, string[] Relations) Parse(DependencyParser parser, string[] forms, string?[] tags)
    {
        var heads = new int[forms.Length];
        var relations = new string[forms.Length];
        parser.Parse(forms, tags, heads, relations);
        return (heads, relations);
    }

    [Fact]
    public void A_tiny_training_run_learns_subjects_objects_and_the_root()
    {
        var parser = Train();
        var (uas, las) = ParserTrainer.Attachment(parser, TinyTreebank.Sentences(), GoldTags(TinyTreebank.Sentences()));
        Assert.True(uas > 90, $"UAS {uas}");
        Assert.True(las > 90, $"LAS {las}");
        var (heads, relations) = Parse(parser, ["Gunmen", "blocked", "the", "road", "."], ["NNS", "VBD", "DT", "NN", "."]);
        Assert.Equal([1, -1, 3, 1, 1], heads);
        Assert.Equal(["nsubj", "root", "det", "obj", "punct"], relations);
    }

    [Fact]
    public void Every_parse_is_a_tree_with_one_root()
    {
        var parser = Train();
        string[] forms = ["The", "the", "fired", "Police", "town", ".", "on", "arrested", "gunmen"];
        var (heads, relations) = Parse(parser, forms, ["DT", "DT", "VBD", "NNS", "NN", ".", "IN", "VBD", "NNS"]);
        Assert.Equal(1, heads.Count(h => h == -1));
        Assert.Equal(1, relations.Count(r => r == "root"));
        // Following heads from any word reaches the root without a cycle.
        for (int i = 0; i < heads.Length; i++)
        {
            int steps = 0;
            for (int j = i; heads[j] != -1; j = heads[j]) Assert.True(++steps <= heads.Length, "cycle");
        }
    }

    [Fact]
    public void Save_and_load_give_identical_parses()
    {
        using var folder = new TempFolder();
        var parser = Train();
        var path = Path.Combine(folder.Path, "parser.bin");
        parser.Save(path);
        var loaded = DependencyParser.Load(path);
        string[] forms = ["Police", "attacked", "the", "town", "."];
        string?[] tags = ["NNS", "VBD", "DT", "NN", "."];
        Assert.Equal(Parse(parser, forms, tags), Parse(loaded, forms, tags), new ParseComparer());
    }

    [Fact]
    public void The_word_classes_are_saved_with_the_parser_and_used_after_loading()
    {
        using var folder = new TempFolder();
        var clusters = new Vigil.Learning.WordClusters(new Dictionary<string, int> { ["Police"] = 1, ["Gunmen"] = 1, ["town"] = 2, ["road"] = 2 }, 3);
        var sentences = TinyTreebank.Sentences();
        var parser = new ParserTrainer { Epochs = 10, Seed = 3, Clusters = clusters }.Train(sentences, GoldTags(sentences), sentences, GoldTags(sentences));
        var path = Path.Combine(folder.Path, "parser.bin");
        parser.Save(path);
        var loaded = DependencyParser.Load(path);
        Assert.Equal(2, loaded.Clusters!.ClassOf("road"));
        string[] forms = ["Gunmen", "attacked", "the", "road", "."];
        string?[] tags = ["NNS", "VBD", "DT", "NN", "."];
        Assert.Equal(Parse(parser, forms, tags), Parse(loaded, forms, tags), new ParseComparer());
    }

    [Fact]
    public void A_parser_trained_with_a_beam_learns_whole_parses_and_keeps_its_beam_after_loading()
    {
        using var folder = new TempFolder();
        var sentences = TinyTreebank.Sentences();
        var parser = new ParserTrainer { Epochs = 10, Seed = 3, BeamWidth = 4 }.Train(sentences, GoldTags(sentences), sentences, GoldTags(sentences));
        var (uas, las) = ParserTrainer.Attachment(parser, sentences, GoldTags(sentences));
        Assert.True(uas > 90, $"UAS {uas}");
        Assert.True(las > 90, $"LAS {las}");
        var (heads, relations) = Parse(parser, ["Gunmen", "blocked", "the", "road", "."], ["NNS", "VBD", "DT", "NN", "."]);
        Assert.Equal([1, -1, 3, 1, 1], heads);
        Assert.Equal(["nsubj", "root", "det", "obj", "punct"], relations);

        var path = Path.Combine(folder.Path, "parser.bin");
        parser.Save(path);
        var loaded = DependencyParser.Load(path);
        Assert.Equal(4, loaded.BeamWidth);
        string[] forms = ["Police", "attacked", "the", "town", "."];
        string?[] tags = ["NNS", "VBD", "DT", "NN", "."];
        Assert.Equal(Parse(parser, forms, tags), Parse(loaded, forms, tags), new ParseComparer());
    }

    private sealed class ParseComparer : IEqualityComparer<(int[] Heads, string[] Relations)>
    {
        public bool Equals((int[] Heads, string[] Relations) x, (int[] Heads, string[] Relations) y) =>
            x.Heads.SequenceEqual(y.Heads) && x.Relations.SequenceEqual(y.Relations);

        public int GetHashCode((int[] Heads, string[] Relations) obj) => obj.Heads.Length;
    }
}
