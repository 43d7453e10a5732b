using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Vigil.Learning;

/// <summary>
/// A frozen linear classifier over hashed sparse features: for each known feature, the classes it has a
/// weight for. This is what trained perceptrons become for inference and what is stored in models/.
/// Laid out for the hot path: an open-addressing table whose slot holds the key and the feature's
/// weight range, and one array of (class, weight) pairs, so a feature costs about two memory reads.
/// A feature with a weight for most classes (the parser's tag features weigh all hundred transitions)
/// is stored as a dense row instead and added with vector instructions: such rows made three quarters
/// of the parser's additions, each a scattered scalar add before.
/// </summary>
public sealed class SparseLinearModel
{
    /// <summary>
    /// A feature's slot, eight bytes so that twice as many share the cache: the upper half of its key as a check (the
    /// key's lowest bits chose the slot; 0 marks an empty slot) and its weights, <see cref="Count"/> (class, weight)
    /// pairs from <see cref="Start"/>, or, with <see cref="Count"/> <see cref="Dense"/>, dense row <see cref="Start"/>.
    /// </summary>
    /// <remarks>
    /// A feature the model lacks whose check equals that of one in its probe chain takes that one's weights: with
    /// 32-bit checks and chains of one or two slots, about one look-up in two billion (EWT's, GUM's and the gold
    /// stories' trees stayed byte-identical when the slots shrank). Two features of the model alike in both are
    /// refused when the model is built.
    /// </remarks>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Slot(uint check, int start, int count)
    {
        public readonly uint Check = check;
        private readonly uint _run = (uint)start << 8 | (uint)count;

        public int Start => (int)(_run >> 8);

        public int Count => (int)(_run & 0xFF);
    }

    private const int Dense = 0xFF;

    /// <summary>The most weight pairs (or dense rows) a slot can point into.</summary>
    private const int MaxStart = 1 << 24;

    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    public readonly record struct ClassWeight(ushort Class, float Weight);

    private const ulong EmptyKeyStandIn = 0x5DEECE66DUL;

    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>The features' whole keys and their slots, in key order (for writing the model, not for scoring).</summary>
    private readonly ulong[] _keys;
    private readonly int[] _keySlots;
    private readonly ClassWeight[] _weights;
    private readonly float[] _dense;

    /// <summary>Floats per dense row: the class count rounded up to whole vectors.</summary>
    private readonly int _denseStride;

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
        _denseStride = (labels.Length + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        // Dense when the row would take no more memory than its pairs (4 bytes a class against 6 a pair).
        bool IsDense(int count) => count * 6 >= _denseStride;
        int denseRows = 0, sparseWeights = 0;
        foreach (var count in counts)
        {
            if (IsDense(count)) denseRows++;
            else sparseWeights += count;
        }
        _dense = new float[denseRows * _denseStride];
        _weights = new ClassWeight[sparseWeights];
        int next = 0, nextDenseRow = 0, nextSparse = 0;
        _keys = new ulong[keys.Length];
        _keySlots = new int[keys.Length];
        for (int r = 0; r < keys.Length; r++)
        {
            ulong k = Normalize(keys[r]);
            uint check = Check(k);
            int slot = (int)(k & (ulong)_mask);
            while (_slots[slot].Check != 0)
            {
                // (A lookup stops at the first slot with its check: two keys alike in both halves of the chain would be confused.)
                if (_slots[slot].Check == check) throw new InvalidDataException("two features of the model share a slot and a check; retrain with other hash seeds");
                slot = (slot + 1) & _mask;
            }
            int count = counts[r];
            // Scores are added without bounds checks: a class outside the labels would write past them.
            for (int i = next; i < next + count; i++)
            {
                if (weights[i].Class >= labels.Length) throw new InvalidDataException("a weight names a class the model does not have");
            }
            if (IsDense(count))
            {
                if (nextDenseRow >= MaxStart) throw new InvalidDataException("the model has more dense rows than its table can address");
                for (int i = next; i < next + count; i++) _dense[nextDenseRow * _denseStride + weights[i].Class] += weights[i].Weight;
                _slots[slot] = new Slot(check, nextDenseRow++, Dense);
            }
            else
            {
                if (count >= Dense || nextSparse >= MaxStart) throw new InvalidDataException("the model has more weights than its table can address");
                _slots[slot] = new Slot(check, nextSparse, count);
                Array.Copy(weights, next, _weights, nextSparse, count);
                nextSparse += count;
            }
            _keys[r] = keys[r];
            _keySlots[r] = slot;
            next += count;
        }
        Array.Sort(_keys, _keySlots);
        FeatureCount = keys.Length;
        WeightCount = weights.Length;
    }

    public string[] Labels { get; }

    public int ClassCount => Labels.Length;

    public int FeatureCount { get; }

    public int WeightCount { get; }

    /// <summary>How the model sits in memory: the table, the sparse pairs and the dense rows.</summary>
    public ModelLayout Layout => new(Labels.Length, FeatureCount, WeightCount, _slots.Length,
        _dense.Length / Math.Max(1, _denseStride), _weights.Length,
        (long)_slots.Length * Unsafe.SizeOf<Slot>() + (long)_weights.Length * Unsafe.SizeOf<ClassWeight>() + (long)_dense.Length * sizeof(float));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Normalize(ulong key) => key == 0 ? EmptyKeyStandIn : key;

    /// <summary>The upper half of a (normalized) key, never 0 (the empty slot's).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Check(ulong key) => (uint)(key >> 32) is var check and not 0 ? check : 1;

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
                uint check = Check(Normalize(features[f]));
                int slot = located[f];
                located[f] = -1;
                while (true)
                {
                    ref readonly var s = ref slots[slot];
                    if (s.Check == check)
                    {
                        located[f] = slot;
                        if (s.Count == Dense) PrefetchDense(s.Start);
                        else Sse.Prefetch0(weights + s.Start);
                        break;
                    }
                    if (s.Check == 0) break;
                    slot = (slot + 1) & _mask;
                }
            }
            for (int f = 0; f < features.Length; f++)
            {
                if (located[f] < 0) continue;
                Add(slots[located[f]], weights, scores);
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
            uint check = Check(k);
            int slot = (int)(k & (ulong)_mask);
            while (true)
            {
                ref readonly var s = ref slots[slot];
                if (s.Check == check)
                {
                    unsafe
                    {
                        fixed (ClassWeight* w = weights) Add(s, w, scores);
                    }
                    break;
                }
                if (s.Check == 0) break;
                slot = (slot + 1) & _mask;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void Add(in Slot slot, ClassWeight* weights, Span<float> scores)
    {
        ref float score = ref MemoryMarshal.GetReference(scores);
        if (slot.Count == Dense)
        {
            // Whole vectors first, then the classes left over (scores may be exactly the class count long).
            ref float row = ref _dense[slot.Start * _denseStride];
            int classes = Labels.Length, i = 0;
            for (; i + Vector<float>.Count <= classes; i += Vector<float>.Count)
                (Vector.LoadUnsafe(ref score, (nuint)i) + Vector.LoadUnsafe(ref row, (nuint)i)).StoreUnsafe(ref score, (nuint)i);
            for (; i < classes; i++) Unsafe.Add(ref score, i) += Unsafe.Add(ref row, i);
            return;
        }
        int end = slot.Start + slot.Count;
        for (int i = slot.Start; i < end; i++) Unsafe.Add(ref score, weights[i].Class) += weights[i].Weight;
    }

    private unsafe void PrefetchDense(int start)
    {
        fixed (float* row = &_dense[start * _denseStride])
        {
            for (int b = 0; b < _denseStride * sizeof(float); b += 64) Sse.Prefetch0((byte*)row + b);
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

    /// <summary>The features with their weights, in key order (deterministic files; a dense row's zero weights add nothing and are left out).</summary>
    private IEnumerable<(ulong Key, ReadOnlyMemory<ClassWeight> Weights)> Rows() =>
        _keys.Select((key, r) => (key, WeightsOf(_slots[_keySlots[r]])));

    /// <summary>A slot's weights as (class, weight) pairs (a dense row's zero weights left out).</summary>
    private ReadOnlyMemory<ClassWeight> WeightsOf(Slot slot)
    {
        if (slot.Count != Dense) return _weights.AsMemory(slot.Start, slot.Count);
        int row = slot.Start * _denseStride;
        return Enumerable.Range(0, Labels.Length).Where(c => _dense[row + c] != 0).Select(c => new ClassWeight((ushort)c, _dense[row + c])).ToArray();
    }

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

    /// <summary>
    /// The mean of models trained alike with different seeds (the same labels): every feature any of them
    /// has, with each class's weight summed and divided by the number of models. Perceptrons trained on
    /// shuffles of the same data disagree mostly on rare features; their mean votes those down.
    /// </summary>
    public static SparseLinearModel Average(IReadOnlyList<SparseLinearModel> models)
    {
        if (models.Count == 0) throw new ArgumentException("no models to average", nameof(models));
        var labels = models[0].Labels;
        if (models.Any(m => !m.Labels.SequenceEqual(labels))) throw new InvalidDataException("the models to average have different classes");
        var sums = new Dictionary<ulong, float[]>();
        foreach (var model in models)
        {
            foreach (var (key, weights) in model.Rows())
            {
                if (!sums.TryGetValue(key, out var row)) sums[key] = row = new float[labels.Length];
                foreach (var w in weights.Span) row[w.Class] += w.Weight / models.Count;
            }
        }
        var rows = sums.OrderBy(p => p.Key)
            .Select(p => (p.Key, p.Value.Select((w, c) => new ClassWeight((ushort)c, w)).Where(w => w.Weight != 0).ToArray()))
            .Where(r => r.Item2.Length > 0).ToList();
        return new SparseLinearModel(labels, rows);
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
        // A row's pairs are read in one call: two reader calls per weight were most of the load time.
        var pairs = new byte[4 * ushort.MaxValue];
        for (int r = 0; r < rowCount; r++)
        {
            keys[r] = reader.ReadUInt64();
            int count = counts[r] = reader.ReadUInt16();
            if (total + count > weights.Length) Array.Resize(ref weights, Math.Max(weights.Length * 2, total + count));
            var bytes = pairs.AsSpan(0, 4 * count);
            reader.BaseStream.ReadExactly(bytes);
            for (int k = 0; k < count; k++)
            {
                var pair = bytes.Slice(4 * k, 4);
                weights[total++] = new ClassWeight(BinaryPrimitives.ReadUInt16LittleEndian(pair),
                    (float)BinaryPrimitives.ReadHalfLittleEndian(pair[2..]));
            }
        }
        Array.Resize(ref weights, total);
        return new SparseLinearModel(labels, keys, counts, weights);
    }
}

/// <summary>What <see cref="SparseLinearModel.Layout"/> reports.</summary>
public readonly record struct ModelLayout(int Classes, int Features, int Weights, int TableSlots, int DenseRows, int SparsePairs, long Bytes);
