using Vigil.Evaluation;

namespace Vigil.Entities;

/// <summary>Entity-level scores: overall and per label (an entity counts when its span and type both match).</summary>
public sealed record NerScores(F1Score Overall, IReadOnlyDictionary<string, F1Score> PerLabel);

public static class NerScorer
{
    public static NerScores Score(IReadOnlyList<IobSentence> gold, IReadOnlyList<string[]> predicted)
    {
        var counts = IobReader.Types.ToDictionary(t => t, _ => (Correct: 0, System: 0, Gold: 0));
        for (int s = 0; s < gold.Count; s++)
        {
            var g = IobReader.Spans(gold[s].Tags).ToHashSet();
            var p = IobReader.Spans(predicted[s]);
            foreach (var span in g) counts[span.Type] = counts[span.Type] with { Gold = counts[span.Type].Gold + 1 };
            foreach (var span in p)
            {
                var c = counts[span.Type];
                counts[span.Type] = c with { System = c.System + 1, Correct = c.Correct + (g.Contains(span) ? 1 : 0) };
            }
        }
        var perLabel = counts.ToDictionary(p => p.Key, p => new F1Score(p.Value.Correct, p.Value.System, p.Value.Gold));
        var overall = new F1Score(perLabel.Values.Sum(v => v.Correct), perLabel.Values.Sum(v => v.SystemCount), perLabel.Values.Sum(v => v.GoldCount));
        return new NerScores(overall, perLabel);
    }
}
