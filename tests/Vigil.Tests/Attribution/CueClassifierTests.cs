using Vigil.Attribution;
using Vigil.Documents;

namespace Vigil.Tests.Attribution;

public class CueClassifierTests
{
    private static Document Parse(string text) => Processed.Syntax(text);

    /// <summary>Trains on every reporting frame of the texts, a frame being a cue when its verb is in <paramref name="cueVerbs"/>.</summary>
    private static CueClassifier Train(AttributionStage stage, string[] texts, params string[] cueVerbs)
    {
        var examples = texts.Select(Parse).SelectMany(d => stage.CueCandidates(d)
            .Select(c => new CueExample(c.Features, cueVerbs.Contains(d.Tokens[c.Cue].Form)))).ToList();
        return CueClassifierTrainer.Train(examples, heldOut: null, epochs: 5, seed: 1);
    }

    private static readonly string[] Texts =
    [
        "The mayor urged residents to stay home.", "Critics urged the council to resign.",
        "The mayor built a bridge to the island.", "Workers built a road to the mine.",
    ];

    [Fact]
    public void The_classifier_learns_which_frames_are_cues_and_the_stage_follows_it()
    {
        var listOnly = new AttributionStage(cueLemmas: ["say"]);
        var classifier = Train(listOnly, Texts, "urged");
        var learned = new AttributionStage(cueLemmas: ["say"], classifier: classifier);
        var document = Parse("Officials urged drivers to slow down, and engineers built a wall to stop the flood.");
        learned.Process(document);
        var quote = Assert.Single(document.Quotes);
        Assert.Equal("urged", quote.Cue!.Text);
        Assert.Equal("Officials", quote.Source!.Text);
        // Without the classifier only listed verbs are cues: "urge" is not on this list.
        listOnly.Process(document);
        Assert.Empty(document.Quotes);
    }

    [Fact]
    public void Saved_and_loaded_classifiers_decide_alike()
    {
        var stage = new AttributionStage(cueLemmas: ["say"]);
        var classifier = Train(stage, Texts, "urged");
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "attribution-cues.bin");
        classifier.Save(path);
        var loaded = CueClassifier.Load(path);
        var frames = stage.CueCandidates(Parse("The council urged calm. Farmers built fences to keep goats out.")).ToList();
        Assert.NotEmpty(frames);
        Assert.Equal(frames.Select(f => classifier.IsCue(f.Features.ToArray())), frames.Select(f => loaded.IsCue(f.Features.ToArray())));
    }

    [Fact]
    public void Held_out_scores_count_cue_decisions()
    {
        var stage = new AttributionStage(cueLemmas: ["say"]);
        var document = Parse("The mayor urged residents to stay home.");
        var frame = Assert.Single(stage.CueCandidates(document));
        var examples = new List<CueExample> { new(frame.Features, true) };
        var classifier = CueClassifierTrainer.Train(examples, heldOut: examples, epochs: 2, seed: 1);
        var score = CueClassifierTrainer.Score(classifier, [new(frame.Features, true), new(frame.Features, false)]);
        // Both examples are judged cues: one right of two guesses, the one gold cue found.
        Assert.Equal((1, 2, 1), (score.Correct, score.SystemCount, score.GoldCount));
    }
}
