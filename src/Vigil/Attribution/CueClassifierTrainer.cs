using System.Runtime.InteropServices;
using Vigil.Evaluation;
using Vigil.Learning;

namespace Vigil.Attribution;

/// <summary>One verb in a reporting frame, with its features and whether an annotator marked it as a cue.</summary>
public sealed record CueExample(List<ulong> Features, bool IsCue);

/// <summary>
/// Trains the <see cref="CueClassifier"/>: an averaged perceptron, examples shuffled each epoch by a
/// seeded generator. With held-out examples, each epoch is scored on them and the best epoch is kept.
/// </summary>
public static class CueClassifierTrainer
{
    /// <param name="afterEpoch">Called after each epoch with its number, the share of training examples the running weights got wrong, and the held-out score (or null).</param>
    public static CueClassifier Train(IReadOnlyList<CueExample> examples, IReadOnlyList<CueExample>? heldOut, int epochs, int seed,
        Action<int, double, F1Score?>? afterEpoch = null)
    {
        var perceptron = new AveragedPerceptron(CueClassifier.Labels, initialRows: 1 << 14);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        Span<float> scores = stackalloc float[2];
        CueClassifier? best = null;
        double bestF1 = -1;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int wrong = 0;
            foreach (int index in order)
            {
                var example = examples[index];
                var features = CollectionsMarshal.AsSpan(example.Features);
                perceptron.Score(features, scores);
                int guess = scores[1] > scores[0] ? 1 : 0, truth = example.IsCue ? 1 : 0;
                if (guess != truth) wrong++;
                perceptron.Update(features, truth, guess);
                perceptron.Tick();
            }
            var classifier = new CueClassifier(perceptron.Freeze());
            F1Score? score = heldOut is null ? null : Score(classifier, heldOut);
            if (score is null || score.Value.F1 > bestF1)
            {
                best = classifier;
                bestF1 = score?.F1 ?? bestF1;
            }
            afterEpoch?.Invoke(epoch, examples.Count == 0 ? 0 : (double)wrong / examples.Count, score);
        }
        return best ?? new CueClassifier(perceptron.Freeze());
    }

    /// <summary>Precision, recall and F1 of the cue decisions on labelled examples.</summary>
    public static F1Score Score(CueClassifier classifier, IReadOnlyList<CueExample> examples)
    {
        int correct = 0, system = 0, gold = 0;
        foreach (var example in examples)
        {
            bool guess = classifier.IsCue(CollectionsMarshal.AsSpan(example.Features));
            if (guess) system++;
            if (example.IsCue) gold++;
            if (guess && example.IsCue) correct++;
        }
        return new F1Score(correct, system, gold);
    }
}
