using Vigil.Conllu;
using Vigil.Learning;
using Vigil.Tests.Learning;
using Vigil.Parsing;
using Vigil.Tagging;

namespace Vigil.Tests.Tagging;

public class TaggerTrainingTests
{
    private static PosTagger Train(int seed = 1) =>
        new TaggerTrainer { Epochs = 5, Seed = seed }.Train(TinyTreebank.Sentences(), TinyTreebank.Sentences());

    private static string[] Tags(PosTagger tagger, params string[] forms)
    {
        var classes = new int[forms.Length];
        tagger.Tag(forms, classes);
        return classes.Select(tagger.Upos).ToArray();
    }

    [Fact]
    public void A_tiny_training_run_learns_the_training_data_and_generalises()
    {
        var tagger = Train();
        var (upos, xpos) = TaggerTrainer.Accuracy(tagger, TinyTreebank.Sentences());
        Assert.True(upos > 95, $"UPOS {upos}");
        Assert.True(xpos > 95, $"XPOS {xpos}");
        // An unseen combination of seen words.
        Assert.Equal(["NOUN", "VERB", "DET", "NOUN", "PUNCT"], Tags(tagger, "Gunmen", "blocked", "the", "town", "."));
    }

    [Fact]
    public void Training_is_deterministic_for_a_seed()
    {
        using var folder = new TempFolder();
        var a = Path.Combine(folder.Path, "a.bin");
        var b = Path.Combine(folder.Path, "b.bin");
        Train(seed: 7).Save(a);
        Train(seed: 7).Save(b);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void Save_and_load_give_identical_predictions()
    {
        using var folder = new TempFolder();
        var tagger = Train();
        var path = Path.Combine(folder.Path, "tagger.bin");
        tagger.Save(path);
        var loaded = PosTagger.Load(path);
        string[] sentence = ["The", "police", "attacked", "gunmen", "on", "the", "road", "."];
        Assert.Equal(Tags(tagger, sentence), Tags(loaded, sentence));
        Assert.Equal(tagger.Lemmatizer.Lemmatize("gunmen", "NOUN", "NNS"), loaded.Lemmatizer.Lemmatize("gunmen", "NOUN", "NNS"));
    }

    [Fact]
    public void Lemmatizer_learns_exceptions_and_suffix_rules()
    {
        var lemmatizer = Lemmatizer.Learn([
            ("soldiers", "NOUN", "NNS", "soldier"), ("towns", "NOUN", "NNS", "town"), ("roads", "NOUN", "NNS", "road"),
            ("gunmen", "NOUN", "NNS", "gunman"), ("fired", "VERB", "VBD", "fire"), ("blocked", "VERB", "VBD", "block"),
            ("attacked", "VERB", "VBD", "attack"), ("Beltran", "PROPN", "NNP", "Beltran")]);
        Assert.Equal("gunman", lemmatizer.Lemmatize("Gunmen", "NOUN", "NNS"));
        Assert.Equal("convoy", lemmatizer.Lemmatize("convoys", "NOUN", "NNS"));
        Assert.Equal("Antunez", lemmatizer.Lemmatize("Antunez", "PROPN", "NNP"));
    }

    [Fact]
    public void A_british_ise_verb_known_only_as_ize_keeps_its_spelling_in_its_lemma()
    {
        var lemmatizer = Lemmatizer.Learn([
            ("organized", "VERB", "VBD", "organize"), ("mobilizing", "VERB", "VBG", "mobilize"), ("organised", "ADJ", "JJ", "organised"),
            ("raised", "VERB", "VBD", "raise"), ("advised", "VERB", "VBD", "advise")]);
        Assert.Equal("organise", lemmatizer.Lemmatize("organised", "VERB", "VBD"));
        Assert.Equal("mobilise", lemmatizer.Lemmatize("mobilising", "VERB", "VBG"));
        Assert.Equal("organised", lemmatizer.Lemmatize("organised", "ADJ", "JJ"));
        Assert.Equal("advise", lemmatizer.Lemmatize("advised", "VERB", "VBD"));
    }

    [Fact]
    public void An_irregular_past_seen_only_as_a_participle_lemmatizes_as_a_past_tense_too()
    {
        var lemmatizer = Lemmatizer.Learn([
            ("shot", "VERB", "VBN", "shoot"), ("held", "VERB", "VBN", "hold"), ("fired", "VERB", "VBD", "fire"),
            ("blocked", "VERB", "VBD", "block"), ("freed", "VERB", "VBN", "fre"), ("shot", "NOUN", "NN", "shot")]);
        Assert.Equal("shoot", lemmatizer.Lemmatize("shot", "VERB", "VBD"));
        Assert.Equal("hold", lemmatizer.Lemmatize("held", "VERB", "VBD"));
        // An annotation slip on a regular verb does not spread to the other tag.
        Assert.NotEqual("fre", lemmatizer.Lemmatize("freed", "VERB", "VBD"));
        // (Nor is the slip itself repeated: EWT train's one "freed", lemmatized "fre", lost every passive release.)
        Assert.Equal("free", lemmatizer.Lemmatize("freed", "VERB", "VBN"));
    }

    [Fact]
    public void A_model_file_of_another_kind_is_refused_with_a_clear_message()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "tagger.bin");
        Train().Save(path);
        var error = Assert.Throws<InvalidDataException>(() => DependencyParser.Load(path));
        Assert.Contains("expected a vigil-parser model", error.Message);
        var junk = folder.File("junk.bin", [1, 2, 3, 4]);
        Assert.Throws<InvalidDataException>(() => PosTagger.Load(junk));
    }

    [Fact]
    public void A_tagger_trained_with_wordnet_keeps_it_in_its_file()
    {
        using var folder = new TempFolder();
        var lexicon = WordNetLexicon.ReadWordNet(WordNetLexiconTests.TinyWordNet(folder));
        var tagger = new TaggerTrainer { Epochs = 5, Seed = 1, Lexicon = lexicon }.Train(TinyTreebank.Sentences(), TinyTreebank.Sentences());
        var path = Path.Combine(folder.Path, "tagger.bin");
        tagger.Save(path);
        var loaded = PosTagger.Load(path);
        Assert.Equal("n-s", loaded.Lexicon?.Signature("militias"));
        string[] sentence = ["Militias", "pooh-poohed", "the", "statement", "."];
        Assert.Equal(Tags(tagger, sentence), Tags(loaded, sentence));
        Assert.Null(Train().Lexicon);
    }
}
