using Vigil.Learning;
using Vigil.Places;

namespace Vigil.Entities;

/// <summary>Trains the <see cref="EntityRecognizer"/>, keeping the epoch with the best dev F1.</summary>
public sealed class NerTrainer
{
    public int Epochs { get; init; } = 10;
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Tag sequences kept while training and decoding. 1 trains greedily, one word at a time; more trains
    /// the whole sequence with beam search and early update (Collins and Roark 2004), so that the
    /// model's scores add up along a sequence and a beam can use them.
    /// </summary>
    public int BeamWidth { get; init; } = 1;
    public Gazetteer? Gazetteer { get; init; }

    /// <summary>Word classes for features (saved with the model), or null.</summary>
    public WordClusters? Clusters { get; init; }

    /// <summary>Known actors' names for features (saved with the model), or null.</summary>
    public NameLexicon? Names { get; init; }

    /// <summary>Tags sentences for the part-of-speech features (Vigil's tagger), or null to train without them.</summary>
    public Func<string[], string?[]>? PosTagger { get; init; }

    /// <summary>Called after each epoch with (epoch, dev precision, recall, F1).</summary>
    public Action<int, NerScores>? EpochDone { get; init; }

    public EntityRecognizer Train(IReadOnlyList<IobSentence> train, IReadOnlyList<IobSentence> dev)
    {
        string[] labels = ["O", .. IobReader.Types.SelectMany(t => new[] { "B-" + t, "I-" + t })];
        var classOf = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var hashes = EntityRecognizer.HashLabels(labels);
        var perceptron = new AveragedPerceptron(labels);
        var contexts = train.Select(s => NerFeatures.Prepare(s.Tokens, Gazetteer, PosTagger?.Invoke(s.Tokens), Clusters, Names)).ToArray();
        var devTags = dev.Select(s => PosTagger?.Invoke(s.Tokens)).ToList();
        var constraints = new EntityRecognizer(perceptron.Freeze(), null);
        var random = new Random(Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var features = new ulong[NerFeatures.Count];
        var scores = new float[labels.Length];
        EntityRecognizer? best = null;
        double bestF1 = -1;
        for (int epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                var sentence = train[index];
                if (BeamWidth > 1)
                {
                    TrainSequence(perceptron, constraints, contexts[index], sentence.Tags.Select(t => classOf[t]).ToArray(), hashes);
                    continue;
                }
                ulong previous = EntityRecognizer.StartHash, previous2 = EntityRecognizer.StartHash;
                int previousClass = -1;
                for (int i = 0; i < sentence.Tokens.Length; i++)
                {
                    NerFeatures.Extract(contexts[index], i, previous, previous2, features);
                    perceptron.Score(features, scores);
                    int guess = constraints.BestAllowed(scores, previousClass);
                    int truth = classOf[sentence.Tags[i]];
                    perceptron.Tick();
                    perceptron.Update(features, truth, guess);
                    previous2 = previous;
                    previous = hashes[guess];
                    previousClass = guess;
                }
            }
            var candidate = new EntityRecognizer(perceptron.Freeze(), Gazetteer, BeamWidth, Clusters, Names);
            var scoresOnDev = NerScorer.Score(dev, dev.Select((s, i) => candidate.Tag(s.Tokens, devTags[i])).ToList());
            EpochDone?.Invoke(epoch, scoresOnDev);
            if (scoresOnDev.Overall.F1 > bestF1)
            {
                bestF1 = scoresOnDev.Overall.F1;
                best = candidate;
            }
        }
        return best!;
    }

    /// <summary>
    /// One sentence of structured training: decode with the current weights; where the gold sequence
    /// falls out of the beam (or at the end, if the best sequence is wrong), reward the gold prefix's
    /// features and penalise the best wrong prefix's, each with its own tag history.
    /// </summary>
    private void TrainSequence(AveragedPerceptron perceptron, EntityRecognizer constraints, NerFeatures.SentenceContext context, int[] gold, ulong[] hashes)
    {
        perceptron.Tick();
        var guess = constraints.Decode(context, gold.Length, BeamWidth, (f, scores) => perceptron.Score(f, scores), gold, out int fellOutAt);
        int last = fellOutAt >= 0 ? fellOutAt : gold.Length - 1;
        if (fellOutAt < 0 && guess.AsSpan().SequenceEqual(gold)) return;
        var features = new ulong[NerFeatures.Count];
        Update(perceptron, context, gold, last, hashes, features, +1f);
        Update(perceptron, context, guess, last, hashes, features, -1f);
    }

    private static void Update(AveragedPerceptron perceptron, NerFeatures.SentenceContext context, int[] classes, int last, ulong[] hashes, ulong[] features, float delta)
    {
        ulong previous = EntityRecognizer.StartHash, previous2 = EntityRecognizer.StartHash;
        for (int i = 0; i <= last; i++)
        {
            NerFeatures.Extract(context, i, previous, previous2, features);
            perceptron.Adjust(features, classes[i], delta);
            previous2 = previous;
            previous = hashes[classes[i]];
        }
    }
}
