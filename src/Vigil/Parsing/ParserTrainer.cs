using Vigil.Conllu;
using Vigil.Learning;

namespace Vigil.Parsing;

/// <summary>
/// Trains the parser with a dynamic oracle (Goldberg and Nivre 2012/2013): after the first epoch the
/// trainer follows its own predictions, so it learns to recover from its mistakes, and updates toward
/// the best-scoring transition that loses no more gold arcs than necessary.
/// </summary>
public sealed class ParserTrainer
{
    public int Epochs { get; init; } = 15;
    public int Seed { get; init; } = 1;

    /// <summary>Probability of following the model rather than the oracle once exploration starts.</summary>
    public double Explore { get; init; } = 0.9;

    /// <summary>
    /// Parses kept in training and parsing. 1: greedy, trained with the dynamic oracle; more: beam search,
    /// trained on whole sequences with the max-violation update.
    /// </summary>
    public int BeamWidth { get; init; } = 1;

    /// <summary>Word classes for the class templates (saved inside the model), or null.</summary>
    public WordClusters? Clusters { get; init; }

    /// <summary>Called after each epoch with (epoch, dev UAS, dev LAS).</summary>
    public Action<int, double, double>? EpochDone { get; init; }

    /// <param name="train">Training sentences.</param>
    /// <param name="trainTags">The tags the parser sees for each training sentence (ideally predicted by a jackknifed tagger).</param>
    /// <param name="dev">Development sentences.</param>
    /// <param name="devTags">Predicted tags for dev.</param>
    public DependencyParser Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<string?[]> trainTags,
        IReadOnlyList<ConlluSentence> dev, IReadOnlyList<string?[]> devTags)
    {
        var relations = train.SelectMany(s => s.Words).Select(w => w.DepRel).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToArray();
        var relationOf = relations.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i);
        var transitions = new Transitions(relations);
        var perceptron = new AveragedPerceptron(transitions.ActionNames(), initialRows: 1 << 18);
        var random = new Random(Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var state = new ParserState();
        var features = new ulong[ParserFeatures.Count];
        var scores = new float[transitions.Count];
        var goldCost = new bool[transitions.Count];
        DependencyParser? best = null;
        double bestLas = -1;
        var beam = BeamWidth > 1 ? new ParserBeam(BeamWidth, transitions) : null;

        for (int epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                var sentence = train[index];
                int n = sentence.Words.Count;
                var goldHeads = new int[n];
                var goldLabels = new int[n];
                for (int i = 0; i < n; i++)
                {
                    goldHeads[i] = sentence.Words[i].Head == 0 ? n : sentence.Words[i].Head - 1;
                    goldLabels[i] = relationOf[sentence.Words[i].DepRel];
                }
                var words = DependencyParser.Hash(sentence.Forms(), trainTags[index], Clusters);
                if (beam is not null)
                {
                    TrainSequence(perceptron, beam, transitions, words, n, new ParserBeam.Gold(goldHeads, goldLabels), features);
                    continue;
                }
                state.Reset(n);
                while (!state.IsTerminal)
                {
                    ParserFeatures.Extract(state, words, features);
                    perceptron.Score(features, scores);
                    ZeroCostActions(state, goldHeads, goldLabels, transitions, goldCost);
                    int guess = -1, gold = -1;
                    for (int a = 0; a < scores.Length; a++)
                    {
                        if (!transitions.IsValid(a, state)) continue;
                        if (guess < 0 || scores[a] > scores[guess]) guess = a;
                        if (goldCost[a] && (gold < 0 || scores[a] > scores[gold])) gold = a;
                    }
                    if (gold < 0) gold = guess; // no zero-cost move (non-projective leftovers): nothing to learn here
                    perceptron.Tick();
                    if (!goldCost[guess]) perceptron.Update(features, gold, guess);
                    bool follow = epoch > 1 && random.NextDouble() < Explore;
                    transitions.Apply(follow ? guess : gold, state);
                }
            }
            var candidate = new DependencyParser(perceptron.Freeze(), Clusters, BeamWidth);
            var (uas, las) = Attachment(candidate, dev, devTags);
            EpochDone?.Invoke(epoch, uas, las);
            if (las > bestLas)
            {
                bestLas = las;
                best = candidate;
            }
        }
        return best!;
    }

    /// <summary>
    /// One sentence of structured training: where the beam's best parse was furthest ahead of the gold
    /// sequence, reward gold's transitions and penalise the parse's, from the first one where they part
    /// (before it the two share their states, so the updates would cancel).
    /// </summary>
    private static void TrainSequence(AveragedPerceptron perceptron, ParserBeam beam, Transitions transitions,
        in ParserFeatures.Words words, int n, ParserBeam.Gold gold, ulong[] features)
    {
        perceptron.Tick();
        if (!beam.FindViolation(words, n, perceptron.Score, gold, out var violation)) return;
        var predicted = beam.ActionsOf(violation.Node, violation.Step);
        int parted = 0;
        while (parted < violation.Step && predicted[parted] == violation.GoldActions[parted]) parted++;
        Replay(perceptron, transitions, words, n, violation.GoldActions, parted, violation.Step, +1f, features);
        Replay(perceptron, transitions, words, n, predicted, parted, violation.Step, -1f, features);
    }

    private static void Replay(AveragedPerceptron perceptron, Transitions transitions, in ParserFeatures.Words words, int n,
        int[] actions, int from, int to, float delta, ulong[] features)
    {
        var state = new ParserState();
        state.Reset(n);
        for (int step = 0; step < to; step++)
        {
            if (step >= from)
            {
                ParserFeatures.Extract(state, words, features);
                perceptron.Adjust(features, actions[step], delta);
            }
            transitions.Apply(actions[step], state);
        }
    }

    /// <summary>
    /// Marks the transitions that lose no reachable gold arc (the arc-hybrid dynamic oracle; exact for
    /// projective trees). A labelled arc transition is zero-cost only with the gold label when it builds
    /// a gold arc.
    /// </summary>
    internal static void ZeroCostActions(ParserState s, int[] goldHeads, int[] goldLabels, Transitions transitions, bool[] zeroCost)
    {
        Array.Clear(zeroCost);
        int n = s.Length, b0 = s.Buffer, s0 = s.S0, s1 = s.S1;
        bool shift = s.CanShift, left = s.CanLeft, right = s.CanRight;

        if (s0 >= 0 && shift && goldHeads[b0] == s0)
        {
            left = right = false;
        }
        else if (s0 >= 0 && goldHeads[s0] == b0)
        {
            shift = right = false;
        }
        else
        {
            if (s1 >= 0 && goldHeads[s0] == s1) left = false;
            // Shifting b0 loses its arcs with anything on the stack below.
            if (shift && DependsOnStack(s, b0, goldHeads, fromDepth: 0)) shift = false;
            // Popping s0 loses its arcs with the rest of the buffer.
            if (s0 >= 0 && DependsOnBuffer(s0, b0 + 1, n, goldHeads)) left = right = false;
        }
        if (s0 < 0) left = right = false;

        if (shift) zeroCost[Transitions.Shift] = true;
        for (int r = 0; r < transitions.Relations.Length; r++)
        {
            if (left && (goldHeads[s0] != b0 || goldLabels[s0] == r)) zeroCost[transitions.Left(r)] = true;
            if (right && (goldHeads[s0] != s1 || goldLabels[s0] == r)) zeroCost[transitions.Right(r)] = true;
        }
        // Keep the configuration able to finish.
        if (!s.CanShift && !s.CanLeft && !s.CanRight) return;
        if (!zeroCost.Any(z => z))
        {
            if (s.CanShift) zeroCost[Transitions.Shift] = true;
            else if (s.CanLeft) zeroCost[transitions.Left(goldLabels[s0])] = true;
        }
    }

    private static bool DependsOnStack(ParserState s, int word, int[] goldHeads, int fromDepth)
    {
        for (int k = 0; k < s.StackCount - fromDepth; k++)
        {
            int item = s.Stack[k];
            if (goldHeads[item] == word || goldHeads[word] == item) return true;
        }
        return false;
    }

    private static bool DependsOnBuffer(int word, int from, int n, int[] goldHeads)
    {
        for (int i = from; i < n; i++)
        {
            if (goldHeads[i] == word || goldHeads[word] == i) return true;
        }
        return false;
    }

    public static (double Uas, double Las) Attachment(DependencyParser parser, IReadOnlyList<ConlluSentence> sentences, IReadOnlyList<string?[]> tags)
    {
        long total = 0, uas = 0, las = 0;
        var state = new ParserState();
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            int n = sentence.Words.Count;
            var heads = new int[n];
            var relations = new string[n];
            parser.Parse(state, parser.Hash(sentence.Forms(), tags[s]), n, heads, relations);
            for (int i = 0; i < n; i++)
            {
                total++;
                int gold = sentence.Words[i].Head - 1;
                if (heads[i] != gold) continue;
                uas++;
                if (Evaluation.GoldTokenScorer.UniversalRelation(relations[i]) == Evaluation.GoldTokenScorer.UniversalRelation(sentence.Words[i].DepRel)) las++;
            }
        }
        return (100.0 * uas / total, 100.0 * las / total);
    }
}
