using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Vigil.Learning;

/// <summary>
/// A frozen linear classifier over hashed sparse features: for each known feature, the classes it has a
/// weight for. This is what trained perceptrons become for inference and what is stored in models/.
/// Laid out for the hot path: an open-addressing table whose slot holds the key and the feature's
/// weight range, and one array of (class, weight) pairs, so a feature costs about two memory reads.
/// </summary>
public sealed class SparseLinearModel
{
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Slot
    {
        public ulong Key;
        public int Start;
        public int Count;
    }

    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    public readonly record struct ClassWeight(ushort Class, float Weight);

    private const ulong EmptyKeyStandIn = 0x5DEECE66DUL;

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly ClassWeight[] _weights;

    /// <param name="labels">Class names.</param>
    /// <param name="rows">Each feature with its (class, weight) pairs.</param>
    public SparseLinearModel(string[] labels, IReadOnlyList<(ulong Key, ClassWeight[] Weights)> rows)
        : this(labels, rows.Select(r => r.Key).ToArray(), rows.Select(r => r.Weights.Length).ToArray(), rows.SelectMany(r => r.Weights).ToArray())
    {
    }

    /// <param name="labels">Class names.</param>
    /// <param name="keys">Feature keys.</param>
    /// <param name="counts">How many weights each feature has, in key order.</param>
    /// <param name="weights">All (class, weight) pairs, feature after feature.</param>
    private SparseLinearModel(string[] labels, ulong[] keys, int[] counts, ClassWeight[] weights)
    {
        Labels = labels;
        int capacity = 16;
        while (capacity < keys.Length * 2) capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _weights = weights;
        int next = 0;
        for (int r = 0; r < keys.Length; r++)
        {
            ulong k = Normalize(keys[r]);
            int slot = (int)(k & (ulong)_mask);
            while (_slots[slot].Key != 0) slot = (slot + 1) & _mask;
            _slots[slot] = new Slot { Key = k, Start = next, Count = counts[r] };
            next += counts[r];
        }
        FeatureCount = keys.Length;
    }

    public string[] Labels { get; }

    public int ClassCount => Labels.Length;

    public int FeatureCount { get; }

    public int WeightCount => _weights.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Normalize(ulong key) => key == 0 ? EmptyKeyStandIn : key;

    /// <summary>Adds the weights of every feature to <paramref name="scores"/> (length = class count).</summary>
    /// <remarks>
    /// A model of millions of features does not fit in cache, so each feature costs two cache misses
    /// (its slot, then its weights). The misses are independent across features: the table slots are
    /// prefetched for all features first, then the weight runs, then the weights are added, so the
    /// memory system serves many misses at once instead of one after another.
    /// </remarks>
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        const int MaxPrefetched = 256;
        if (!Sse.IsSupported || features.Length > MaxPrefetched)
        {
            ScoreWithoutPrefetch(features, scores);
            return;
        }
        Span<int> located = stackalloc int[features.Length];
        fixed (Slot* slots = _slots)
        fixed (ClassWeight* weights = _weights)
        {
            for (int f = 0; f < features.Length; f++)
            {
                int slot = (int)(Normalize(features[f]) & (ulong)_mask);
                located[f] = slot;
                Sse.Prefetch0(slots + slot);
            }
            for (int f = 0; f < features.Length; f++)
            {
                ulong k = Normalize(features[f]);
                int slot = located[f];
                located[f] = -1;
                while (true)
                {
                    ref readonly var s = ref slots[slot];
                    if (s.Key == k)
                    {
                        located[f] = slot;
                        Sse.Prefetch0(weights + s.Start);
                        break;
                    }
                    if (s.Key == 0) break;
                    slot = (slot + 1) & _mask;
                }
            }
            for (int f = 0; f < features.Length; f++)
            {
                if (located[f] < 0) continue;
                ref readonly var s = ref slots[located[f]];
                int end = s.Start + s.Count;
                for (int i = s.Start; i < end; i++) scores[weights[i].Class] += weights[i].Weight;
            }
        }
    }

    private void ScoreWithoutPrefetch(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _slots;
        var weights = _weights;
        foreach (var feature in features)
        {
            ulong k = Normalize(feature);
            int slot = (int)(k & (ulong)_mask);
            while (true)
            {
                ref readonly var s = ref slots[slot];
                if (s.Key == k)
                {
                    int end = s.Start + s.Count;
                    for (int i = s.Start; i < end; i++) scores[weights[i].Class] += weights[i].Weight;
                    break;
                }
                if (s.Key == 0) break;
                slot = (slot + 1) & _mask;
            }
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

    /// <summary>The features with their weights, in key order (deterministic files).</summary>
    private IEnumerable<(ulong Key, ReadOnlyMemory<ClassWeight> Weights)> Rows() =>
        _slots.Where(s => s.Key != 0).OrderBy(s => s.Key).Select(s => (s.Key, (ReadOnlyMemory<ClassWeight>)_weights.AsMemory(s.Start, s.Count)));

    /// <summary>A copy without weights smaller than <paramref name="threshold"/> in absolute value.</summary>
    public SparseLinearModel Pruned(float threshold)
    {
        var rows = new List<(ulong, ClassWeight[])>();
        foreach (var (key, weights) in Rows())
        {
            var kept = weights.ToArray().Where(w => Math.Abs(w.Weight) >= threshold).ToArray();
            if (kept.Length > 0) rows.Add((key, kept));
        }
        return new SparseLinearModel(Labels, rows);
    }

    /// <summary>Writes the model: labels, then per feature its key and (class, float16 weight) pairs.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Labels.Length);
        foreach (var label in Labels) writer.Write(label);
        writer.Write(FeatureCount);
        foreach (var (key, weights) in Rows())
        {
            writer.Write(key);
            writer.Write((ushort)weights.Length);
            foreach (var w in weights.Span)
            {
                writer.Write(w.Class);
                writer.Write((Half)w.Weight);
            }
        }
    }

    public static SparseLinearModel Read(BinaryReader reader)
    {
        var labels = new string[reader.ReadInt32()];
        for (int i = 0; i < labels.Length; i++) labels[i] = reader.ReadString();
        int rowCount = reader.ReadInt32();
        var keys = new ulong[rowCount];
        var counts = new int[rowCount];
        var weights = new ClassWeight[Math.Max(16, rowCount * 4)];
        int total = 0;
        for (int r = 0; r < rowCount; r++)
        {
            keys[r] = reader.ReadUInt64();
            int count = counts[r] = reader.ReadUInt16();
            if (total + count > weights.Length) Array.Resize(ref weights, Math.Max(weights.Length * 2, total + count));
            for (int k = 0; k < count; k++) weights[total++] = new ClassWeight(reader.ReadUInt16(), (float)reader.ReadHalf());
        }
        Array.Resize(ref weights, total);
        return new SparseLinearModel(labels, keys, counts, weights);
    }
}
