using Vigil.Learning;
using Vigil.Tagging;

namespace Vigil.Tests.Learning;

public class WordNetLexiconTests
{
    /// <summary>A WordNet database folder in miniature: the same file formats, a handful of words.</summary>
    internal static string TinyWordNet(TempFolder folder)
    {
        const string licence = "  1 This software and database is being provided to you, the LICENSEE, by\n";
        folder.File("data.noun", licence
            + "00000001 18 n 01 militia 0 000 | a body of citizens\n"
            + "00000002 28 n 01 Monday 0 000 | the second day of the week\n"
            + "00000003 14 n 01 town 0 000 | an urban area\n"
            + "00000004 10 n 01 statement 0 000 | a message\n");
        folder.File("index.noun", licence
            + "militia n 1 0 1 0 00000001  \nmonday n 1 0 1 0 00000002  \ntown n 1 0 1 0 00000003  \nstatement n 1 0 1 0 00000004  \n"
            + "point_out n 1 0 1 0 00000004  \n");
        folder.File("data.verb", licence
            + "00000010 32 v 01 pooh-pooh 0 000 | express contempt\n"
            + "00000011 38 v 01 run 0 000 | move fast\n"
            + "00000012 41 v 01 run 0 000 | be in charge\n"
            + "00000013 32 v 01 state 0 000 | express in words\n");
        folder.File("index.verb", licence
            + "pooh-pooh v 1 0 1 0 00000010  \nrun v 2 1 @ 2 0 00000011 00000012  \nstate v 1 0 1 0 00000013  \n");
        folder.File("data.adj", licence + "00000020 00 a 01 fierce 0 000 | marked by ferocity\n");
        folder.File("index.adj", licence + "fierce a 1 0 1 0 00000020  \n");
        folder.File("data.adv", licence);
        folder.File("index.adv", licence);
        folder.File("noun.exc", "");
        folder.File("verb.exc", "ran run\n");
        folder.File("adj.exc", "fiercer fierce\n");
        folder.File("adv.exc", "");
        return folder.Path;
    }

    [Fact]
    public void A_word_form_gets_the_parts_of_speech_it_has_once_its_inflection_is_undone()
    {
        using var folder = new TempFolder();
        var wordnet = WordNetLexicon.ReadWordNet(TinyWordNet(folder));
        Assert.Equal("n-s", wordnet.Signature("militias"));
        Assert.Equal("v-ed", wordnet.Signature("pooh-poohed"));
        Assert.Equal("v-irr", wordnet.Signature("ran"));
        Assert.Equal("v", wordnet.Signature("run"));
        Assert.Equal("v-ed", wordnet.Signature("stated"));
        Assert.Equal("a-irr", wordnet.Signature("fiercer"));
        // A noun whose commonest sense WordNet spells with a capital is a name; a word it lacks has no parts of speech.
        Assert.Equal("N", wordnet.Signature("Monday"));
        Assert.Equal("n", wordnet.Signature("Town"));
        Assert.Equal("-", wordnet.Signature("Putin"));
        // Multi-word entries are not kept: no single word is looked up as one.
        Assert.Equal("-", wordnet.Signature("point_out"));
    }

    [Fact]
    public void The_lexicon_written_inside_a_model_reads_back_the_same()
    {
        using var folder = new TempFolder();
        var wordnet = WordNetLexicon.ReadWordNet(TinyWordNet(folder));
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) wordnet.Write(writer);
        stream.Position = 0;
        var read = WordNetLexicon.Read(new BinaryReader(stream));
        Assert.Equal(wordnet.LemmaCount, read.LemmaCount);
        foreach (var form in new[] { "militias", "pooh-poohed", "ran", "Monday", "fiercer", "Putin" }) Assert.Equal(wordnet.Signature(form), read.Signature(form));
    }

    [Fact]
    public void A_word_the_tagger_has_a_class_for_keeps_it_and_a_rare_word_gets_what_wordnet_says_it_can_be()
    {
        using var folder = new TempFolder();
        var wordnet = WordNetLexicon.ReadWordNet(TinyWordNet(folder));
        var ambiguity = AmbiguityClasses.Learn(Enumerable.Repeat(("run", "VERB\tVB"), 5));
        ulong run = ambiguity.Of("run");
        Assert.Equal(run, AmbiguityClasses.WithLexicon(run, "run", wordnet));
        ulong militias = AmbiguityClasses.WithLexicon(ambiguity.Of("militias"), "militias", wordnet);
        Assert.Equal(militias, AmbiguityClasses.WithLexicon(ambiguity.Of("towns"), "towns", wordnet));
        Assert.NotEqual(militias, AmbiguityClasses.WithLexicon(ambiguity.Of("pooh-poohed"), "pooh-poohed", wordnet));
        Assert.NotEqual(militias, ambiguity.Of("militias"));
        // Without WordNet nothing changes.
        Assert.Equal(ambiguity.Of("militias"), AmbiguityClasses.WithLexicon(ambiguity.Of("militias"), "militias", null));
    }
}
