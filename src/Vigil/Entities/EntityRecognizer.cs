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
    public const int FormatVersion = 4;

    private readonly SparseLinearModel _model;
    private readonly Gazetteer? _gazetteer;
    private readonly ulong[] _tagHashes;
    private readonly int[] _typeOfInside;
    private readonly int[] _typeOfBegin;
    private readonly BeamDecoder _decoder;
    internal static readonly ulong StartHash = FeatureHash.Of("<s>");

    /// <param name="beamWidth">Tag sequences kept while decoding; 1 is greedy. A model decodes as it was trained.</param>
    /// <param name="clusters">The word classes the model was trained with (saved with it), or null.</param>
    /// <param name="names">The known actors' names the model was trained with (saved with it), or null.</param>
    public EntityRecognizer(SparseLinearModel model, Gazetteer? gazetteer, int beamWidth = 1, WordClusters? clusters = null, NameLexicon? names = null)
    {
        _model = model;
        Clusters = clusters;
        Names = names;
        BeamWidth = beamWidth;
        _gazetteer = gazetteer;
        _tagHashes = model.Labels.Select(l => FeatureHash.Of(l)).ToArray();
        // For the BIO constraint: I-X (type index) may only follow B-X or I-X.
        _typeOfInside = model.Labels.Select(l => l.StartsWith("I-", StringComparison.Ordinal) ? Array.IndexOf(IobReader.Types, l[2..]) : -1).ToArray();
        _typeOfBegin = model.Labels.Select(l => l.StartsWith("B-", StringComparison.Ordinal) ? Array.IndexOf(IobReader.Types, l[2..]) : -1).ToArray();
        _decoder = new BeamDecoder(model.ClassCount, _tagHashes, StartHash);
    }

    public SparseLinearModel Model => _model;

    public Gazetteer? Gazetteer => _gazetteer;

    public WordClusters? Clusters { get; }

    public NameLexicon? Names { get; }

    internal static ulong[] HashLabels(string[] labels) => labels.Select(l => FeatureHash.Of(l)).ToArray();

    /// <summary>How many tag sequences the decoder keeps (1: greedy).</summary>
    public int BeamWidth { get; }

    /// <summary>Tags one sentence; returns BIO tag names. <paramref name="posTags"/> are XPOS tags from Vigil's tagger.</summary>
    public string[] Tag(ReadOnlySpan<string> tokens, IReadOnlyList<string?>? posTags = null)
    {
        var tags = Decode(tokens, posTags);
        InstitutionNames.Relabel(tokens, tags);
        if (Names is not null) KnownOrganisationsInPieces(tokens, tags, Names);
        PlaceOpeningABody(tags);
        return tags;
    }

    /// <summary>
    /// "the Uganda/LOC People's Defence Force/ORG": a place right before an organisation, nothing between, is
    /// the first word of the organisation's name (a national body named after its country).
    /// </summary>
    private static void PlaceOpeningABody(string[] tags)
    {
        for (int i = 1; i < tags.Length; i++)
        {
            if (tags[i] != "B-ORG" || tags[i - 1] is not ("B-LOC" or "I-LOC")) continue;
            int k = i - 1;
            while (tags[k] == "I-LOC") k--;
            tags[k] = "B-ORG";
            for (int j = k + 1; j <= i; j++) tags[j] = "I-ORG";
        }
    }

    /// <summary>
    /// "Doctors Without Borders said", tagged as a person "Borders": a capitalised run of three words or
    /// more that the actor dictionaries list as an organisation, of which the recognizer made pieces (two
    /// names or more, or a person ending it who does not begin it), is that organisation. (Only such runs:
    /// the dictionaries list people and places among their organisations, "Osama bin Laden", "The United
    /// States", and relabelling every listed name cost UNER test F1 0.9, this rule without the pieces 0.7.)
    /// </summary>
    private static void KnownOrganisationsInPieces(ReadOnlySpan<string> tokens, string[] tags, NameLexicon names)
    {
        if (Array.TrueForAll(tags, t => t == "O")) return;
        for (int i = 0; i < tokens.Length; i++)
        {
            // (Only from a capitalised word: the lookup is the costly part.)
            if (tokens[i].Length == 0 || !char.IsUpper(tokens[i][0])) continue;
            var (length, kind) = names.LongestAt(tokens, i);
            if (kind != NameLexicon.Kind.Organisation || length < 3) continue;
            int end = i + length;
            if (!char.IsUpper(tokens[end - 1][0]) || end < tokens.Length && tags[end].StartsWith("I-", StringComparison.Ordinal)) continue;
            int pieces = 0;
            for (int k = i; k < end; k++)
            {
                if (tags[k].StartsWith("B-", StringComparison.Ordinal) || tags[k].StartsWith("I-", StringComparison.Ordinal) && k == i) pieces++;
            }
            bool personAtTheEnd = tags[end - 1] is "B-PER" or "I-PER" && tags[i] is not ("B-PER" or "I-PER");
            if (pieces < 2 && !personAtTheEnd) continue;
            tags[i] = "B-ORG";
            for (int k = i + 1; k < end; k++) tags[k] = "I-ORG";
            i = end - 1;
        }
    }

    /// <summary>The model's tags, by beam search or greedily (<see cref="BeamWidth"/>).</summary>
    private string[] Decode(ReadOnlySpan<string> tokens, IReadOnlyList<string?>? posTags)
    {
        var context = NerFeatures.Prepare(tokens, _gazetteer, posTags, Clusters, Names);
        if (BeamWidth > 1)
        {
            // The features that do not look at the previous tags are scored once per word, not once per
            // sequence in the beam; each sequence adds the scores of its own previous-tag features.
            int classes = _model.ClassCount;
            var staticScores = new float[tokens.Length * classes];
            Span<ulong> staticFeatures = stackalloc ulong[NerFeatures.StaticCount];
            for (int i = 0; i < tokens.Length; i++)
            {
                NerFeatures.ExtractStatic(context, i, staticFeatures);
                _model.Score(staticFeatures, staticScores.AsSpan(i * classes, classes));
            }
            int step = 0;
            var best = _decoder.Decode(tokens.Length, BeamWidth, NerFeatures.DynamicCount,
                (i, previous, previous2, features) => { step = i; NerFeatures.ExtractDynamic(context, i, previous, previous2, features); },
                (features, scores) => { staticScores.AsSpan(step * classes, classes).CopyTo(scores); _model.Score(features, scores); },
                Allowed, _ => -1, gold: null, out _);
            return best.Select(c => _model.Labels[c]).ToArray();
        }
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
    /// Beam search over the tag sequence (<see cref="BeamDecoder"/>). With <paramref name="gold"/>
    /// (training) it stops where the gold sequence falls out of the beam (early update).
    /// </summary>
    internal int[] Decode(NerFeatures.SentenceContext context, int length, int width, Action<ulong[], float[]> score, int[]? gold, out int fellOutAt) =>
        _decoder.Decode(length, width, NerFeatures.Count, (step, previous, previous2, features) => NerFeatures.Extract(context, step, previous, previous2, features),
            score, Allowed, _ => -1, gold, out fellOutAt);

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
        writer.Write(Clusters is not null);
        Clusters?.Write(writer);
        writer.Write(Names is not null);
        Names?.Write(writer);
    });

    public static EntityRecognizer Load(string path, Gazetteer? gazetteer) =>
        ModelFile.Load(path, Magic, FormatVersion, reader =>
        {
            var model = SparseLinearModel.Read(reader);
            int beamWidth = reader.ReadInt32();
            var clusters = reader.ReadBoolean() ? WordClusters.Read(reader) : null;
            var names = reader.ReadBoolean() ? NameLexicon.Read(reader) : null;
            return new EntityRecognizer(model, gazetteer, beamWidth, clusters, names);
        });
}
