namespace Vigil.Learning;

/// <summary>
/// A multi-class averaged perceptron over hashed sparse features, for training. Averaging uses the
/// usual lazy trick (totals brought up to date only when a weight changes), so an update costs only the
/// active features. <see cref="Freeze"/> turns the averaged weights into a compact <see cref="SparseLinearModel"/>.
/// </summary>
public sealed class AveragedPerceptron
{
    private readonly Dictionary<ulong, int> _rows = new();
    private readonly int _classes;
    private float[] _weights;
    private double[] _totals;
    private int[] _stamps;
    private int _instances;

    public AveragedPerceptron(string[] labels, int initialRows = 1 << 16)
    {
        Labels = labels;
        _classes = labels.Length;
        _weights = new float[initialRows * _classes];
        _totals = new double[initialRows * _classes];
        _stamps = new int[initialRows * _classes];
    }

    public string[] Labels { get; }

    public int FeatureCount => _rows.Count;

    /// <summary>Current (not averaged) scores, used while training.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (!_rows.TryGetValue(feature, out int row)) continue;
            var weights = _weights.AsSpan(row * _classes, _classes);
            for (int c = 0; c < weights.Length; c++) scores[c] += weights[c];
        }
    }

    /// <summary>Counts one training instance (the clock for averaging).</summary>
    public void Tick() => _instances++;

    /// <summary>Moves weight from the guessed class to the true class for every active feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess) return;
        foreach (var feature in features)
        {
            int row = RowFor(feature);
            Adjust(row * _classes + truth, 1f);
            Adjust(row * _classes + guess, -1f);
        }
    }

    /// <summary>Adds <paramref name="delta"/> to one class's weight of every active feature (structured updates).</summary>
    public void Adjust(ReadOnlySpan<ulong> features, int label, float delta)
    {
        foreach (var feature in features) Adjust(RowFor(feature) * _classes + label, delta);
    }

    private void Adjust(int index, float delta)
    {
        _totals[index] += (double)(_instances - _stamps[index]) * _weights[index];
        _stamps[index] = _instances;
        _weights[index] += delta;
    }

    private int RowFor(ulong feature)
    {
        if (_rows.TryGetValue(feature, out int row)) return row;
        row = _rows.Count;
        _rows[feature] = row;
        if ((row + 1) * _classes > _weights.Length)
        {
            int size = _weights.Length * 2;
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }
        return row;
    }

    /// <summary>
    /// The averaged weights as a frozen model. Weights with absolute value below <paramref name="prune"/>
    /// are dropped (they barely change any decision and would only cost space).
    /// </summary>
    public SparseLinearModel Freeze(float prune = 1e-3f)
    {
        var rows = new List<(ulong, SparseLinearModel.ClassWeight[])>();
        var kept = new List<SparseLinearModel.ClassWeight>();
        foreach (var (feature, row) in _rows)
        {
            kept.Clear();
            for (int c = 0; c < _classes; c++)
            {
                int index = row * _classes + c;
                double total = _totals[index] + (double)(_instances - _stamps[index]) * _weights[index];
                float average = (float)(total / Math.Max(1, _instances));
                if (Math.Abs(average) >= prune) kept.Add(new SparseLinearModel.ClassWeight((ushort)c, average));
            }
            if (kept.Count > 0) rows.Add((feature, kept.ToArray()));
        }
        return new SparseLinearModel(Labels, rows);
    }
}
