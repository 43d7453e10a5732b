using Vigil.Learning;
using Vigil.Places;

namespace Vigil.Entities;

/// <summary>
/// Named-entity recognizer: greedy left-to-right averaged perceptron over BIO tags (PER, LOC, ORG)
/// that never predicts an I- tag without its B-. Saved as models/ner.bin. Gazetteer features use the
/// gazetteer it is given (the shipped one at training and run time).
/// </summary>
public sealed class EntityRecognizer
{
    public const string Magic = "vigil-ner";
    public const int FormatVersion = 2;

    private readonly SparseLinearModel _model;
    private readonly Gazetteer? _gazetteer;
    private readonly ulong[] _tagHashes;
    private readonly int[] _typeOfInside;
    private readonly int[] _typeOfBegin;
    internal static readonly ulong StartHash = FeatureHash.Of("<s>");

    /// <param name="beamWidth">Tag sequences kept while decoding; 1 is greedy. A model decodes as it was trained.</param>
    public EntityRecognizer(SparseLinearModel model, Gazetteer? gazetteer, int beamWidth = 1)
    {
        _model = model;
        BeamWidth = beamWidth;
        _gazetteer = gazetteer;
        _tagHashes = model.Labels.Select(l => FeatureHash.Of(l)).ToArray();
        // For the BIO constraint: I-X (type index) may only follow B-X or I-X.
        _typeOfInside = model.Labels.Select(l => l.StartsWith("I-", StringComparison.Ordinal) ? Array.IndexOf(IobReader.Types, l[2..]) : -1).ToArray();
        _typeOfBegin = model.Labels.Select(l => l.StartsWith("B-", StringComparison.Ordinal) ? Array.IndexOf(IobReader.Types, l[2..]) : -1).ToArray();
    }

    public SparseLinearModel Model => _model;

    public Gazetteer? Gazetteer => _gazetteer;

    internal static ulong[] HashLabels(string[] labels) => labels.Select(l => FeatureHash.Of(l)).ToArray();

    /// <summary>Tags one sentence; returns BIO tag names. <paramref name="posTags"/> are XPOS tags from Vigil's tagger.</summary>
    /// <summary>How many tag sequences the decoder keeps (1: greedy).</summary>
    public int BeamWidth { get; }

    public string[] Tag(ReadOnlySpan<string> tokens, IReadOnlyList<string?>? posTags = null)
    {
        if (BeamWidth > 1)
        {
            var context2 = NerFeatures.Prepare(tokens, _gazetteer, posTags);
            var best = Decode(context2, tokens.Length, BeamWidth, (f, scores) => _model.Score(f, scores), gold: null, out _);
            return best.Select(c => _model.Labels[c]).ToArray();
        }
        var context = NerFeatures.Prepare(tokens, _gazetteer, posTags);
        var tags = new string[tokens.Length];
        Span<ulong> features = stackalloc ulong[NerFeatures.Count];
        Span<float> scores = stackalloc float[_model.ClassCount];
        ulong previous = StartHash, previous2 = StartHash;
        int previousClass = -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            NerFeatures.Extract(context, i, previous, previous2, features);
            scores.Clear();
            _model.Score(features, scores);
            int best = BestAllowed(scores, previousClass);
            tags[i] = _model.Labels[best];
            previous2 = previous;
            previous = _tagHashes[best];
            previousClass = best;
        }
        return tags;
    }

    /// <summary>
    /// Beam search over the tag sequence, with back-pointers so that no sequence is copied. With
    /// <paramref name="gold"/> (training) it stops at the first word where the gold sequence falls out of
    /// the beam and reports that position (early update); otherwise -1. Returns the best sequence found
    /// (up to that position when stopped early; later entries are 0).
    /// </summary>
    internal int[] Decode(NerFeatures.SentenceContext context, int length, int width, Action<ulong[], float[]> score, int[]? gold, out int fellOutAt)
    {
        int classCount = _model.ClassCount;
        var features = new ulong[NerFeatures.Count];
        var scores = new float[classCount];
        // The live hypotheses: total score, last two tag hashes, last class, whether they follow gold.
        var total = new float[width]; var previous = new ulong[width]; var previous2 = new ulong[width];
        var previousClass = new int[width]; var onGold = new bool[width];
        var nextTotal = new float[width]; var nextPrevious = new ulong[width]; var nextPrevious2 = new ulong[width];
        var nextClass = new int[width]; var nextOnGold = new bool[width];
        var parent = new int[length, width];
        var chosen = new int[length, width];
        int live = 1;
        previous[0] = previous2[0] = StartHash;
        previousClass[0] = -1;
        onGold[0] = true;
        var candidates = new (float Score, int From, int Class)[width * classCount];
        fellOutAt = -1;
        int step = 0;
        for (; step < length; step++)
        {
            int count = 0;
            for (int h = 0; h < live; h++)
            {
                NerFeatures.Extract(context, step, previous[h], previous2[h], features);
                Array.Clear(scores);
                score(features, scores);
                for (int c = 0; c < classCount; c++)
                {
                    if (Allowed(c, previousClass[h])) candidates[count++] = (total[h] + scores[c], h, c);
                }
            }
            // Best first; ties by hypothesis and class keep decoding (and training) deterministic.
            Array.Sort(candidates, 0, count, CandidateOrder.Instance);
            int kept = Math.Min(width, count);
            bool goldKept = false;
            for (int k = 0; k < kept; k++)
            {
                var (value, from, c) = candidates[k];
                nextTotal[k] = value;
                nextPrevious[k] = _tagHashes[c];
                nextPrevious2[k] = previous[from];
                nextClass[k] = c;
                nextOnGold[k] = gold is not null && onGold[from] && gold[step] == c;
                goldKept |= nextOnGold[k];
                parent[step, k] = from;
                chosen[step, k] = c;
            }
            (total, nextTotal) = (nextTotal, total);
            (previous, nextPrevious) = (nextPrevious, previous);
            (previous2, nextPrevious2) = (nextPrevious2, previous2);
            (previousClass, nextClass) = (nextClass, previousClass);
            (onGold, nextOnGold) = (nextOnGold, onGold);
            live = kept;
            if (gold is not null && !goldKept)
            {
                fellOutAt = step;
                step++;
                break;
            }
        }
        // Follow the best hypothesis back to the start.
        var best = new int[length];
        for (int i = step - 1, h = 0; i >= 0; i--)
        {
            best[i] = chosen[i, h];
            h = parent[i, h];
        }
        return best;
    }

    private sealed class CandidateOrder : IComparer<(float Score, int From, int Class)>
    {
        public static readonly CandidateOrder Instance = new();

        public int Compare((float Score, int From, int Class) a, (float Score, int From, int Class) b) =>
            a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.From != b.From ? a.From.CompareTo(b.From) : a.Class.CompareTo(b.Class);
    }

    internal ulong HashOf(int tagClass) => _tagHashes[tagClass];

    internal int BestAllowed(ReadOnlySpan<float> scores, int previousClass)
    {
        int best = -1;
        for (int c = 0; c < scores.Length; c++)
        {
            if (!Allowed(c, previousClass)) continue;
            if (best < 0 || scores[c] > scores[best]) best = c;
        }
        return best;
    }

    internal bool Allowed(int tagClass, int previousClass)
    {
        int inside = _typeOfInside[tagClass];
        if (inside < 0) return true;
        if (previousClass < 0) return false;
        return _typeOfBegin[previousClass] == inside || _typeOfInside[previousClass] == inside;
    }

    public void Save(string path) => ModelFile.Save(path, Magic, FormatVersion, writer =>
    {
        _model.Write(writer);
        writer.Write(BeamWidth);
    });

    public static EntityRecognizer Load(string path, Gazetteer? gazetteer) =>
        ModelFile.Load(path, Magic, FormatVersion, reader =>
        {
            var model = SparseLinearModel.Read(reader);
            return new EntityRecognizer(model, gazetteer, reader.ReadInt32());
        });
}
