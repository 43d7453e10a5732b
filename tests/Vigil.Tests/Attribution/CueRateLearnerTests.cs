using Vigil.Attribution;
using Vigil.Documents;

namespace Vigil.Tests.Attribution;

public class CueRateLearnerTests
{
    private static Document Parse(string text) => Processed.Syntax(text);

    [Fact]
    public void A_verb_marked_as_a_cue_every_time_is_learned_and_one_never_marked_is_not()
    {
        var learner = new CueRateLearner();
        foreach (var text in new[] { "The mayor lamented that the town was empty.", "Critics lamented that taxes rose." })
        {
            var document = Parse(text);
            var cue = document.Tokens.Single(t => t.Form == "lamented");
            learner.Add(document, [(cue.Start, cue.End)]);
        }
        learner.Add(Parse("The mayor built a bridge that the town wanted."), []);
        var cues = learner.Cues(minRate: 0.5, minCount: 2).ToList();
        var lament = Assert.Single(cues);
        Assert.Equal(("lament", 1.0, 2), lament);
    }

    [Fact]
    public void The_written_file_reads_back_as_its_lemmas()
    {
        var writer = new StringWriter();
        CueRateLearner.Write(writer, [("decry", 1.0, 11), ("note", 0.97, 114)], "a test");
        var lines = writer.ToString().Split('\n');
        Assert.Equal(["decry", "note"], CueRateLearner.ReadLemmas(lines));
    }
}
