using Vigil.Documents;
using Vigil.Learning;

namespace Vigil.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger predicting UPOS and XPOS together (one class per
/// pair), with a tag dictionary for frequent unambiguous words, plus lemmas and UD features.
/// Saved as one file (models/tagger.bin).
/// </summary>
public sealed class PosTagger
{
    public const string Magic = "vigil-tagger";
    public const int FormatVersion = 3;

    private readonly SparseLinearModel _model;
    private readonly Dictionary<string, int> _tagDictionary;
    private readonly string[] _upos;
    private readonly string[] _xpos;
    private readonly ulong[] _classHashes;

    /// <summary>The class of a past-tense verb (VERB, VBD), or -1 if the model has none.</summary>
    private readonly int _pastTense;

    /// <summary>The class of a past participle (VERB, VBN), or -1.</summary>
    private readonly int _pastParticiple;

    /// <summary>The class of a singular proper noun (PROPN, NNP), or -1.</summary>
    private readonly int _properNoun;

    /// <summary>The class of a present-tense verb not in the third person (VERB, VBP), or -1.</summary>
    private readonly int _presentPlural;

    public PosTagger(SparseLinearModel model, Dictionary<string, int> tagDictionary, Lemmatizer lemmatizer, FeatureTable features, AmbiguityClasses ambiguity)
    {
        _model = model;
        Ambiguity = ambiguity;
        _tagDictionary = tagDictionary;
        Lemmatizer = lemmatizer;
        Features = features;
        _upos = model.Labels.Select(l => l[..l.IndexOf('\t')]).ToArray();
        _xpos = model.Labels.Select(l => l[(l.IndexOf('\t') + 1)..]).ToArray();
        _classHashes = model.Labels.Select(l => FeatureHash.Of(l)).ToArray();
        _pastTense = Array.IndexOf(model.Labels, "VERB\tVBD");
        _pastParticiple = Array.IndexOf(model.Labels, "VERB\tVBN");
        _properNoun = Array.IndexOf(model.Labels, "PROPN\tNNP");
        _presentPlural = Array.IndexOf(model.Labels, "VERB\tVBP");
    }

    /// <summary>The same tagger with another linear model (e.g. a pruned one).</summary>
    public PosTagger WithModel(SparseLinearModel model) => new(model, _tagDictionary, Lemmatizer, Features, Ambiguity);

    public AmbiguityClasses Ambiguity { get; }

    public Lemmatizer Lemmatizer { get; }

    public FeatureTable Features { get; }

    public SparseLinearModel Model => _model;

    public string Upos(int tagClass) => _upos[tagClass];

    public string Xpos(int tagClass) => _xpos[tagClass];

    /// <summary>Hash of the start-of-sentence "tag" used for the previous-tag features.</summary>
    internal static readonly ulong StartHash = FeatureHash.Of("<s>");

    internal static ulong[] HashLabels(string[] labels) => labels.Select(l => FeatureHash.Of(l)).ToArray();

    /// <summary>Tags one sentence given its word forms; returns a class index per word.</summary>
    public void Tag(ReadOnlySpan<string> forms, Span<int> classes)
    {
        Span<WordFeatures> words = forms.Length <= 256 ? stackalloc WordFeatures[forms.Length] : new WordFeatures[forms.Length];
        Span<ulong> ambiguity = forms.Length <= 256 ? stackalloc ulong[forms.Length] : new ulong[forms.Length];
        for (int i = 0; i < forms.Length; i++)
        {
            words[i] = new WordFeatures(forms[i]);
            ambiguity[i] = Ambiguity.Of(words[i].Lower);
        }
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Count];
        Span<float> scores = stackalloc float[_model.ClassCount];
        ulong previous = StartHash, previous2 = StartHash;
        for (int i = 0; i < forms.Length; i++)
        {
            if (!_tagDictionary.TryGetValue(forms[i], out int best))
            {
                TaggerFeatures.Extract(words, ambiguity, i, previous, previous2, features);
                scores.Clear();
                _model.Score(features, scores);
                best = SparseLinearModel.ArgMax(scores);
            }
            classes[i] = best;
            previous2 = previous;
            previous = _classHashes[best];
        }
        RepairFiniteVerb(forms, classes);
    }

    /// <summary>
    /// A clause that opens with a noun phrase and has no finite verb, followed by a past participle (or
    /// an "-ed" adjective) right after that noun phrase, is a past-tense clause the left-to-right tagger
    /// misread: "The soldiers fired/VBN on the crowd", "Police detained/JJ 84 people, the ministry said".
    /// Participle-only forms ("taken", "shown", "done") are left alone.
    /// </summary>
    private void RepairFiniteVerb(ReadOnlySpan<string> forms, Span<int> classes)
    {
        RepairNameReadAsParticiple(forms, classes);
        // "advisers to Mr. Obama say/UH, the president ...": "say" after a noun is the verb, not an interjection.
        for (int i = 1; i < forms.Length; i++)
        {
            if (_presentPlural >= 0 && forms[i] == "say" && _xpos[classes[i]] is "UH" or "NN"
                && _xpos[classes[i - 1]] is "NN" or "NNS" or "NNP" or "NNPS")
                classes[i] = _presentPlural;
        }
        if (_pastTense < 0) return;
        int start = 0;
        for (int end = 0; end <= forms.Length; end++)
        {
            if (end < forms.Length && !IsClauseBoundary(_xpos[classes[end]])) continue;
            RepairClause(forms, classes, start, end);
            start = end + 1;
        }
    }

    /// <summary>
    /// "Beijing/VBG on Thursday warned Taipei": an unknown capitalised first word read as a participle,
    /// when only a prepositional phrase or a date stands between it and the sentence's first finite verb,
    /// is that verb's subject, a proper noun.
    /// </summary>
    private void RepairNameReadAsParticiple(ReadOnlySpan<string> forms, Span<int> classes)
    {
        if (_properNoun < 0 || forms.Length < 3 || _xpos[classes[0]] != "VBG" || !char.IsUpper(forms[0][0]) || Ambiguity.Knows(forms[0])) return;
        for (int i = 1; i < forms.Length; i++)
        {
            var tag = _xpos[classes[i]];
            if (tag is "VBD" or "VBZ" or "VBP" or "MD")
            {
                if (i > 1) classes[0] = _properNoun;
                return;
            }
            if (tag is not ("IN" or "DT" or "CD" or "NNP" or "RB")) return;
        }
    }

    private void RepairClause(ReadOnlySpan<string> forms, Span<int> classes, int start, int end)
    {
        int finite = -1, finiteCount = 0;
        for (int i = start; i < end; i++)
        {
            if (_xpos[classes[i]] is "VBD" or "VBZ" or "VBP" or "MD") (finite, finiteCount) = (i, finiteCount + 1);
        }
        if (finiteCount > 1) return;
        // The opening noun phrase, with its prepositional modifiers and coordinated nouns ("Gunmen from the
        // cartel and self-defense groups"), up to the first word that cannot continue it.
        int i0 = start;
        bool noun = false;
        while (i0 < end)
        {
            var tag = _xpos[classes[i0]];
            bool participleAdjective = tag == "JJ" && noun && forms[i0].EndsWith("ed", StringComparison.OrdinalIgnoreCase);
            if (participleAdjective || tag is not ("DT" or "PDT" or "CD" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "PRP$" or "POS" or "HYPH")
                && !(noun && tag is "IN" or "CC")) break;
            if (tag is "NN" or "NNS" or "NNP" or "NNPS" or "PRP") noun = true;
            i0++;
        }
        if (!noun || i0 >= end || i0 == start) return;
        // "The Republican nominee also linked ...": adverbs may stand between the subject and the verb.
        while (i0 + 1 < end && _xpos[classes[i0]] == "RB") i0++;
        if (finiteCount == 1)
        {
            // "Inmates armed with guns and grenades fought/VBN each other": a past tense right after the
            // subject and before "with" or "by" modifies the subject when a participle after a later noun
            // can be the clause's verb.
            if (finite != i0 || _xpos[classes[i0]] != "VBD" || _pastParticiple < 0 || i0 + 1 >= end
                || forms[i0 + 1].ToLowerInvariant() is not ("with" or "by")) return;
            for (int j = i0 + 2; j < end; j++)
            {
                if (!IsPastCandidate(forms, classes, j)) continue;
                classes[i0] = _pastParticiple;
                classes[j] = _pastTense;
                return;
            }
            return;
        }
        if (!IsPastCandidate(forms, classes, i0)) return;
        // "Soldiers sent to the town opened fire", "Inmates armed with guns fought": a participle followed by
        // "to", "by" or "with" modifies the subject; a later candidate after a noun is the clause's verb.
        if (i0 + 1 < end && forms[i0 + 1].ToLowerInvariant() is "to" or "by" or "with")
        {
            for (int j = i0 + 2; j < end; j++)
            {
                if (IsPastCandidate(forms, classes, j))
                {
                    i0 = j;
                    break;
                }
            }
        }
        classes[i0] = _pastTense;
    }

    /// <summary>A participle or "-ed" adjective right after a noun or pronoun, in a form a past tense shares ("fired", not "taken").</summary>
    private bool IsPastCandidate(ReadOnlySpan<string> forms, ReadOnlySpan<int> classes, int i)
    {
        var form = forms[i];
        bool participle = _xpos[classes[i]] == "VBN" || _xpos[classes[i]] == "JJ" && form.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
        if (!participle || form.EndsWith("en", StringComparison.OrdinalIgnoreCase) || form.EndsWith("wn", StringComparison.OrdinalIgnoreCase)
            || form.EndsWith("ne", StringComparison.OrdinalIgnoreCase)) return false;
        // The word before (past any adverbs) must end a noun phrase, not leave a preposition open.
        int before = i - 1;
        while (before > 0 && _xpos[classes[before]] == "RB") before--;
        return before >= 0 && _xpos[classes[before]] is "NN" or "NNS" or "NNP" or "NNPS" or "PRP";
    }

    private static bool IsClauseBoundary(string xpos) => xpos is "," or ":" or ".";

    /// <summary>Sets UPOS, XPOS, lemma and features on every token of the document.</summary>
    public void Annotate(Document document)
    {
        var tokens = document.Tokens;
        string[] forms = [];
        int[] classes = [];
        foreach (var sentence in document.Sentences)
        {
            int n = sentence.TokenCount;
            if (forms.Length < n)
            {
                forms = new string[Math.Max(n, 64)];
                classes = new int[forms.Length];
            }
            for (int i = 0; i < n; i++) forms[i] = tokens[sentence.FirstToken + i].Form;
            Tag(forms.AsSpan(0, n), classes.AsSpan(0, n));
            for (int i = 0; i < n; i++)
            {
                ref var token = ref tokens[sentence.FirstToken + i];
                int c = classes[i];
                token.Upos = _upos[c];
                token.Xpos = _xpos[c];
                token.Lemma = Lemmatizer.Lemmatize(token.Form, token.Upos, token.Xpos);
                var feats = Features.Lookup(token.Form, token.Upos, token.Xpos);
                token.Features = feats is null or "_" ? null : feats;
            }
        }
    }

    public void Save(string path) => ModelFile.Save(path, Magic, FormatVersion, writer =>
    {
        _model.Write(writer);
        writer.Write(_tagDictionary.Count);
        foreach (var (form, tag) in _tagDictionary.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(form);
            writer.Write((ushort)tag);
        }
        Lemmatizer.Write(writer);
        Features.Write(writer);
        Ambiguity.Write(writer);
    });

    public static PosTagger Load(string path) => ModelFile.Load(path, Magic, FormatVersion, reader =>
    {
        var model = SparseLinearModel.Read(reader);
        var dictionary = new Dictionary<string, int>();
        for (int i = reader.ReadInt32(); i > 0; i--) dictionary[reader.ReadString()] = reader.ReadUInt16();
        return new PosTagger(model, dictionary, Lemmatizer.Read(reader), FeatureTable.Read(reader), AmbiguityClasses.Read(reader));
    });
}
