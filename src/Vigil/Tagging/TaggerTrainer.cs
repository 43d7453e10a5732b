using Vigil.Conllu;
using Vigil.Learning;

namespace Vigil.Tagging;

/// <summary>Trains a <see cref="PosTagger"/> on a treebank, keeping the epoch that scores best on dev.</summary>
public sealed class TaggerTrainer
{
    public int Epochs { get; init; } = 10;
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Words seen at least this often get an ambiguity class. Chosen on EWT dev (UPOS with 1: 94.69,
    /// 2: 95.12, 3: 95.15, 5: 95.28, 10: 95.26): rarer words' one or two tags give the answer away in training.
    /// </summary>
    public int AmbiguityMinCount { get; init; } = 5;

    /// <summary>WordNet, whose parts of speech stand in for the ambiguity classes rare words lack; saved with the tagger.</summary>
    public WordNetLexicon? Lexicon { get; init; }

    /// <summary>Called after each epoch with (epoch, dev UPOS accuracy, dev XPOS accuracy).</summary>
    public Action<int, double, double>? EpochDone { get; init; }

    public PosTagger Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev)
    {
        var labels = train.SelectMany(s => s.Words).Select(Label).Distinct().OrderBy(l => l, StringComparer.Ordinal).ToArray();
        var classOf = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var classHashes = PosTagger.HashLabels(labels);
        var tagDictionary = BuildTagDictionary(train, classOf);
        var lemmatizer = Lemmatizer.Learn(train.SelectMany(s => s.Words).Select(w => (w.Form, w.Upos, w.Xpos, w.Lemma)));
        var featureTable = FeatureTable.Learn(train.SelectMany(s => s.Words).Select(w => (w.Form, w.Upos, w.Xpos, w.Feats)));
        var ambiguity = AmbiguityClasses.Learn(train.SelectMany(s => s.Words).Select(w => (w.Form, Label(w))), AmbiguityMinCount);

        var perceptron = new AveragedPerceptron(labels);
        var random = new Random(Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var features = new ulong[TaggerFeatures.Count];
        var scores = new float[labels.Length];
        PosTagger? best = null;
        double bestScore = -1;
        for (int epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var words = train[index].Words;
                var wordFeatures = words.Select(w => new WordFeatures(w.Form)).ToArray();
                var ambiguityClasses = words.Select(w => AmbiguityClasses.WithLexicon(ambiguity.Of(w.Form), w.Form, Lexicon)).ToArray();
                ulong previous = PosTagger.StartHash, previous2 = PosTagger.StartHash;
                for (int i = 0; i < words.Count; i++)
                {
                    int truth = classOf[Label(words[i])];
                    int guess;
                    if (tagDictionary.TryGetValue(words[i].Form, out int known))
                    {
                        guess = known;
                    }
                    else
                    {
                        TaggerFeatures.Extract(wordFeatures, ambiguityClasses, i, previous, previous2, features);
                        perceptron.Score(features, scores);
                        guess = SparseLinearModel.ArgMax(scores);
                        perceptron.Tick();
                        perceptron.Update(features, truth, guess);
                    }
                    previous2 = previous;
                    // Train on the tagger's own history, as it will see at run time.
                    previous = classHashes[guess];
                }
            }
            var candidate = new PosTagger(perceptron.Freeze(), tagDictionary, lemmatizer, featureTable, ambiguity, Lexicon);
            var (upos, xpos) = Accuracy(candidate, dev);
            EpochDone?.Invoke(epoch, upos, xpos);
            if (upos + xpos > bestScore)
            {
                bestScore = upos + xpos;
                best = candidate;
            }
        }
        return best!;
    }

    private static string Label(ConlluWord w) => w.Upos + "\t" + w.Xpos;

    /// <summary>Words seen often with one tag pair almost always are tagged without the model.</summary>
    private static Dictionary<string, int> BuildTagDictionary(IReadOnlyList<ConlluSentence> train, Dictionary<string, int> classOf)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>();
        foreach (var word in train.SelectMany(s => s.Words))
        {
            if (!counts.TryGetValue(word.Form, out var inner)) counts[word.Form] = inner = new Dictionary<int, int>();
            int c = classOf[Label(word)];
            inner[c] = inner.GetValueOrDefault(c) + 1;
        }
        var dictionary = new Dictionary<string, int>();
        foreach (var (form, inner) in counts)
        {
            int total = inner.Values.Sum();
            var top = inner.MaxBy(p => p.Value);
            if (total >= 20 && top.Value >= 0.995 * total) dictionary[form] = top.Key;
        }
        return dictionary;
    }

    public static (double Upos, double Xpos) Accuracy(PosTagger tagger, IReadOnlyList<ConlluSentence> sentences)
    {
        long total = 0, upos = 0, xpos = 0;
        var classes = new int[512];
        foreach (var sentence in sentences)
        {
            var forms = sentence.Forms();
            if (classes.Length < forms.Length) classes = new int[forms.Length];
            tagger.Tag(forms, classes);
            for (int i = 0; i < forms.Length; i++)
            {
                total++;
                if (tagger.Upos(classes[i]) == sentence.Words[i].Upos) upos++;
                if (tagger.Xpos(classes[i]) == sentence.Words[i].Xpos) xpos++;
            }
        }
        return (100.0 * upos / total, 100.0 * xpos / total);
    }
}
