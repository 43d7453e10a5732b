namespace Vigil.Parsing;

/// <summary>
/// Beam search over arc-hybrid transition sequences (Zhang and Clark 2008; Zhang and Nivre 2011): the
/// <see cref="Width"/> best-scoring partial parses are kept after every transition, scored by the sum of
/// their transitions' scores. Every parse of n words takes exactly 2n transitions (each word is shifted
/// once and attached once), so the kept parses always have the same length and compare fairly.
/// With gold heads, it also follows the best-scoring gold sequence beside the beam and reports where the
/// beam's best parse was furthest ahead of gold (the max-violation update of Huang et al. 2012).
/// </summary>
internal sealed class ParserBeam(int width, Transitions transitions)
{
    public delegate void Scorer(ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>The gold tree of a training sentence (heads with n for the root, relation indexes).</summary>
    public readonly record struct Gold(int[] Heads, int[] Labels);

    /// <summary>Where to update: the beam's best parse at <see cref="Step"/> transitions (its history node)
    /// against the first <see cref="Step"/> transitions of the gold sequence.</summary>
    public readonly record struct Violation(int Step, int Node, int[] GoldActions);

    public int Width { get; } = width;

    // The kept parses and their successors, swapped after every transition.
    private ParserState[] _states = NewStates(width), _next = NewStates(width);
    private float[] _score = new float[width], _nextScore = new float[width];
    private bool[] _correct = new bool[width], _nextCorrect = new bool[width];
    private int[] _node = new int[width], _nextNode = new int[width];
    private readonly (float Score, int From, int Action, bool Correct)[] _candidates = new (float, int, int, bool)[width];

    /// <summary>History nodes: the transition that made each kept parse and the node it came from.</summary>
    private int[] _parent = new int[1024], _action = new int[1024];

    private int _nodes;
    private readonly ulong[] _features = new ulong[ParserFeatures.Count];
    private readonly float[] _scores = new float[transitions.Count];
    private readonly bool[] _zeroCost = new bool[transitions.Count];

    /// <summary>Parses one sentence and returns the final state of the best parse.</summary>
    public ParserState Decode(in ParserFeatures.Words words, int length, Scorer score)
    {
        Run(words, length, score, gold: null, out _);
        return _states[0];
    }

    /// <summary>Runs the beam with gold beside it (training); false when no update is needed.</summary>
    public bool FindViolation(in ParserFeatures.Words words, int length, Scorer score, Gold gold, out Violation violation)
    {
        return Run(words, length, score, gold, out violation);
    }

    /// <summary>The transitions that led to a history node, first to last.</summary>
    public int[] ActionsOf(int node, int step)
    {
        var actions = new int[step];
        for (int i = step - 1; i >= 0; i--)
        {
            actions[i] = _action[node];
            node = _parent[node];
        }
        return actions;
    }

    private bool Run(in ParserFeatures.Words words, int length, Scorer score, Gold? gold, out Violation violation)
    {
        _states[0].Reset(length);
        _score[0] = 0;
        _correct[0] = true;
        _node[0] = -1;
        int live = 1;
        _nodes = 0;

        ParserState? goldState = null;
        int[]? goldActions = null;
        float goldScore = 0, worst = 0;
        int worstStep = -1, worstNode = -1;
        if (gold is not null)
        {
            goldState = new ParserState();
            goldState.Reset(length);
            goldActions = new int[2 * length];
        }

        int steps = 2 * length;
        for (int step = 0; step < steps; step++)
        {
            int count = 0;
            for (int item = 0; item < live; item++)
            {
                var state = _states[item];
                ParserFeatures.Extract(state, words, _features);
                score(_features, _scores);
                bool checkCost = gold is not null && _correct[item];
                if (checkCost) ParserTrainer.ZeroCostActions(state, gold!.Value.Heads, gold.Value.Labels, transitions, _zeroCost);
                for (int a = 0; a < _scores.Length; a++)
                {
                    if (!transitions.IsValid(a, state)) continue;
                    count = Insert(count, (_score[item] + _scores[a], item, a, checkCost && _zeroCost[a]));
                }
            }
            for (int rank = 0; rank < count; rank++)
            {
                var (total, from, action, correct) = _candidates[rank];
                _next[rank].CopyFrom(_states[from]);
                transitions.Apply(action, _next[rank]);
                _nextScore[rank] = total;
                _nextCorrect[rank] = correct;
                _nextNode[rank] = Record(_node[from], action);
            }
            (_states, _next) = (_next, _states);
            (_score, _nextScore) = (_nextScore, _score);
            (_correct, _nextCorrect) = (_nextCorrect, _correct);
            (_node, _nextNode) = (_nextNode, _node);
            live = count;

            if (gold is { } golden)
            {
                goldScore += AdvanceGold(goldState!, words, score, golden, out goldActions![step]);
                // A wrong parse on top that scores at least as well as gold is a violation (ties too: with
                // no weights yet, everything scores 0).
                float ahead = _score[0] - goldScore;
                if (!_correct[0] && ahead >= 0 && (worstStep < 0 || ahead > worst))
                {
                    worst = ahead;
                    worstStep = step + 1;
                    worstNode = _node[0];
                }
            }
        }
        violation = worstStep > 0 ? new Violation(worstStep, worstNode, goldActions!) : default;
        return worstStep > 0;
    }

    /// <summary>Moves the gold state on by its best-scoring transition that loses no gold arc; returns that transition's score.</summary>
    private float AdvanceGold(ParserState state, in ParserFeatures.Words words, Scorer score, Gold gold, out int chosen)
    {
        ParserFeatures.Extract(state, words, _features);
        score(_features, _scores);
        ParserTrainer.ZeroCostActions(state, gold.Heads, gold.Labels, transitions, _zeroCost);
        chosen = -1;
        for (int a = 0; a < _scores.Length; a++)
        {
            if (!_zeroCost[a] || !transitions.IsValid(a, state)) continue;
            if (chosen < 0 || _scores[a] > _scores[chosen]) chosen = a;
        }
        if (chosen < 0)
        {
            // No transition keeps every reachable gold arc (a non-projective leftover): take any valid one.
            for (int a = 0; a < _scores.Length && chosen < 0; a++)
            {
                if (transitions.IsValid(a, state)) chosen = a;
            }
        }
        transitions.Apply(chosen, state);
        return _scores[chosen];
    }

    /// <summary>Keeps the candidates sorted best first, at most <see cref="Width"/> of them.</summary>
    private int Insert(int count, (float Score, int From, int Action, bool Correct) candidate)
    {
        if (count == Width && candidate.Score <= _candidates[count - 1].Score) return count;
        int at = count < Width ? count : count - 1;
        while (at > 0 && _candidates[at - 1].Score < candidate.Score)
        {
            _candidates[at] = _candidates[at - 1];
            at--;
        }
        _candidates[at] = candidate;
        return count < Width ? count + 1 : count;
    }

    private int Record(int parent, int action)
    {
        if (_nodes == _parent.Length)
        {
            Array.Resize(ref _parent, _nodes * 2);
            Array.Resize(ref _action, _nodes * 2);
        }
        _parent[_nodes] = parent;
        _action[_nodes] = action;
        return _nodes++;
    }

    private static ParserState[] NewStates(int count) => Enumerable.Range(0, count).Select(_ => new ParserState()).ToArray();
}
