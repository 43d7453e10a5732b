using System.IO.Compression;

namespace Vigil.Learning;

/// <summary>
/// A frozen linear classifier over hashed sparse features: for each known feature, the classes it has a
/// weight for (compressed sparse rows). Scoring adds the rows of the active features. This is what
/// trained perceptrons become for inference and what is stored in models/.
/// </summary>
public sealed class SparseLinearModel
{
    private readonly Dictionary<ulong, int> _rows;
    private readonly int[] _rowStarts;
    private readonly ushort[] _classes;
    private readonly float[] _weights;

    public SparseLinearModel(string[] labels, Dictionary<ulong, int> rows, int[] rowStarts, ushort[] classes, float[] weights)
    {
        Labels = labels;
        _rows = rows;
        _rowStarts = rowStarts;
        _classes = classes;
        _weights = weights;
    }

    public string[] Labels { get; }

    public int ClassCount => Labels.Length;

    public int FeatureCount => _rows.Count;

    public int WeightCount => _weights.Length;

    /// <summary>Adds the weights of every feature to <paramref name="scores"/> (length = class count).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var weights = _weights;
        var classes = _classes;
        foreach (var feature in features)
        {
            if (!_rows.TryGetValue(feature, out int row)) continue;
            int end = _rowStarts[row + 1];
            for (int k = _rowStarts[row]; k < end; k++) scores[classes[k]] += weights[k];
        }
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best]) best = i;
        }
        return best;
    }

    /// <summary>Writes the model: labels, then per feature its key and (class, float16 weight) pairs.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Labels.Length);
        foreach (var label in Labels) writer.Write(label);
        writer.Write(_rows.Count);
        // Rows in key order make the file deterministic and compress better.
        foreach (var (key, row) in _rows.OrderBy(p => p.Key))
        {
            writer.Write(key);
            int start = _rowStarts[row], end = _rowStarts[row + 1];
            writer.Write((ushort)(end - start));
            for (int k = start; k < end; k++)
            {
                writer.Write(_classes[k]);
                writer.Write((Half)_weights[k]);
            }
        }
    }

    public static SparseLinearModel Read(BinaryReader reader)
    {
        var labels = new string[reader.ReadInt32()];
        for (int i = 0; i < labels.Length; i++) labels[i] = reader.ReadString();
        int rowCount = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(rowCount);
        var rowStarts = new int[rowCount + 1];
        var classes = new List<ushort>(rowCount * 4);
        var weights = new List<float>(rowCount * 4);
        for (int r = 0; r < rowCount; r++)
        {
            rows[reader.ReadUInt64()] = r;
            int count = reader.ReadUInt16();
            for (int k = 0; k < count; k++)
            {
                classes.Add(reader.ReadUInt16());
                weights.Add((float)reader.ReadHalf());
            }
            rowStarts[r + 1] = classes.Count;
        }
        return new SparseLinearModel(labels, rows, rowStarts, classes.ToArray(), weights.ToArray());
    }
}
