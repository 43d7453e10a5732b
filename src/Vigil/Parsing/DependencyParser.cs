using Vigil.Documents;
using Vigil.Learning;

namespace Vigil.Parsing;

/// <summary>
/// A transition-based dependency parser (labelled arc-hybrid, averaged perceptron) producing Universal
/// Dependencies trees over tagged sentences: greedy, or with a beam when it was trained with one
/// (<see cref="BeamWidth"/>, saved with the model). Saved as models/parser.bin.
/// </summary>
public sealed class DependencyParser
{
    public const string Magic = "vigil-parser";
    // 2: label-set, second-child and word-class templates; the word classes are saved with the model.
    // 3: the beam width the model was trained for.
    public const int FormatVersion = 3;

    private readonly SparseLinearModel _model;
    private readonly Transitions _transitions;
    private readonly int _rootRelation;

    /// <summary>One beam per thread: it holds the partial parses of the sentence being parsed.</summary>
    private readonly ThreadLocal<ParserBeam>? _beams;
    private readonly ParserBeam.Scorer? _scoreFromZero;

    /// <param name="model">The transition classifier.</param>
    /// <param name="clusters">The word classes the model was trained with (saved with it), or null.</param>
    /// <param name="beamWidth">Parses kept while parsing: 1 for greedy; a model trained with a beam wants the same beam.</param>
    public DependencyParser(SparseLinearModel model, WordClusters? clusters = null, int beamWidth = 1)
    {
        _model = model;
        Clusters = clusters;
        BeamWidth = beamWidth;
        _transitions = new Transitions(Transitions.RelationsFromActionNames(model.Labels));
        _rootRelation = Array.IndexOf(_transitions.Relations, "root");
        if (beamWidth > 1)
        {
            var transitions = _transitions;
            _beams = new ThreadLocal<ParserBeam>(() => new ParserBeam(beamWidth, transitions));
            _scoreFromZero = ScoreFromZero;
        }
    }

    public int BeamWidth { get; }

    public SparseLinearModel Model => _model;

    public WordClusters? Clusters { get; }

    public IReadOnlyList<string> Relations => _transitions.Relations;

    /// <summary>
    /// Per-word hashes for the features; the tag is XPOS (finer than UPOS) when present. A word without a
    /// class (rare, or no clusters) stands in the class templates by its tag.
    /// </summary>
    internal static ParserFeatures.Words Hash(ReadOnlySpan<string> forms, ReadOnlySpan<string?> tags, WordClusters? clusters)
    {
        var word = new ulong[forms.Length + 1];
        var tag = new ulong[forms.Length + 1];
        var cluster = new ulong[forms.Length + 1];
        for (int i = 0; i < forms.Length; i++)
        {
            word[i] = FeatureHash.OfLower(forms[i]);
            tag[i] = FeatureHash.Of(tags[i]);
            int c = clusters?.ClassOf(forms[i]) ?? -1;
            cluster[i] = c >= 0 ? FeatureHash.Mix(ClassSalt, (ulong)c) : tag[i];
        }
        word[forms.Length] = tag[forms.Length] = cluster[forms.Length] = FeatureHash.Of("<root>");
        return new ParserFeatures.Words(word, tag, cluster);
    }

    private const int ClassSalt = 1000;

    internal ParserFeatures.Words Hash(ReadOnlySpan<string> forms, ReadOnlySpan<string?> tags) => Hash(forms, tags, Clusters);

    /// <summary>Parses one sentence: heads (sentence index, -1 for the root) and relation names.</summary>
    public void Parse(ReadOnlySpan<string> forms, ReadOnlySpan<string?> tags, Span<int> heads, Span<string> relations)
    {
        var state = new ParserState();
        Parse(state, Hash(forms, tags), forms.Length, heads, relations);
    }

    internal void Parse(ParserState state, in ParserFeatures.Words words, int length, Span<int> heads, Span<string> relations)
    {
        if (_beams is not null)
        {
            Finish(_beams.Value!.Decode(words, length, _scoreFromZero!), length, heads, relations);
            return;
        }
        state.Reset(length);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Count];
        Span<float> scores = stackalloc float[_model.ClassCount];
        while (!state.IsTerminal)
        {
            // With an empty stack only a shift is valid: no need to score it (after the first word, and after every
            // left arc that empties the stack, "The/det dog").
            if (state.StackCount == 0)
            {
                state.Shift();
                continue;
            }
            ParserFeatures.Extract(state, words, features);
            scores.Clear();
            _model.Score(features, scores);
            int best = BestValid(scores, state);
            _transitions.Apply(best, state);
        }
        Finish(state, length, heads, relations);
    }

    private void ScoreFromZero(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        _model.Score(features, scores);
    }

    internal int BestValid(ReadOnlySpan<float> scores, ParserState state)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int a = 0; a < scores.Length; a++)
        {
            if (scores[a] > bestScore && _transitions.IsValid(a, state))
            {
                best = a;
                bestScore = scores[a];
            }
        }
        return best;
    }

    /// <summary>
    /// Reads the tree off the final state. UD wants exactly one root: the first word attached to the
    /// artificial root with the "root" relation (or the first attached at all) keeps it; any other
    /// root-attached word becomes its dependent.
    /// </summary>
    private void Finish(ParserState state, int length, Span<int> heads, Span<string> relations)
    {
        int root = -1;
        for (int i = 0; i < length; i++)
        {
            if (state.Heads[i] == length && state.Labels[i] == _rootRelation) { root = i; break; }
        }
        for (int i = 0; i < length && root < 0; i++)
        {
            if (state.Heads[i] == length) root = i;
        }
        for (int i = 0; i < length; i++)
        {
            int head = state.Heads[i];
            string relation = state.Labels[i] >= 0 ? _transitions.Relations[state.Labels[i]] : "dep";
            if (i == root)
            {
                heads[i] = -1;
                relations[i] = "root";
            }
            else if (head == length || head < 0)
            {
                heads[i] = root;
                relations[i] = relation == "root" ? "parataxis" : relation;
            }
            else
            {
                heads[i] = head;
                relations[i] = relation;
            }
        }
    }

    /// <summary>Sets Head (document-wide index) and DepRel on every token; needs tags first.</summary>
    public void Annotate(Document document)
    {
        var state = new ParserState();
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            int n = sentence.TokenCount;
            var (forms, tags) = document.SentenceWords(sentence);
            var heads = new int[n];
            var relations = new string[n];
            Parse(state, Hash(forms, tags), n, heads, relations);
            // The repairs rewire heads; should one ever close a cycle, the parser's own tree stands.
            var parsedHeads = heads.ToArray();
            var parsedRelations = relations.ToArray();
            ParseRepairs.Apply(forms, tags, heads, relations);
            if (!IsTree(heads))
            {
                parsedHeads.CopyTo(heads, 0);
                parsedRelations.CopyTo(relations, 0);
            }
            for (int i = 0; i < n; i++)
            {
                ref var token = ref tokens[sentence.FirstToken + i];
                token.Head = heads[i] < 0 ? -1 : sentence.FirstToken + heads[i];
                token.DepRel = relations[i];
            }
        }
    }

    /// <summary>Whether every word reaches the root (-1) without passing a word twice.</summary>
    public static bool IsTree(ReadOnlySpan<int> heads)
    {
        for (int i = 0; i < heads.Length; i++)
        {
            int word = i, steps = 0;
            while (word >= 0 && steps++ <= heads.Length) word = heads[word];
            if (word >= 0) return false;
        }
        return true;
    }

    public void Save(string path) => ModelFile.Save(path, Magic, FormatVersion, writer =>
    {
        _model.Write(writer);
        writer.Write(Clusters is not null);
        Clusters?.Write(writer);
        writer.Write(BeamWidth);
    });

    /// <summary>Reads a parser file; a version 2 file (before beams) is a greedy parser.</summary>
    public static DependencyParser Load(string path) =>
        ModelFile.Load(path, Magic, oldest: 2, newest: FormatVersion, (reader, version) =>
        {
            var model = SparseLinearModel.Read(reader);
            var clusters = reader.ReadBoolean() ? WordClusters.Read(reader) : null;
            return new DependencyParser(model, clusters, version >= 3 ? reader.ReadInt32() : 1);
        });
}
