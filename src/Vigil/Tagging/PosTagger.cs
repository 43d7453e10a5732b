using Vigil.Documents;
using Vigil.Learning;

namespace Vigil.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger predicting UPOS and XPOS together (one class per
/// pair), with a tag dictionary for frequent unambiguous words, plus lemmas and UD features; a few
/// clause-level corrections follow the greedy pass (<see cref="TagRepairs"/>). Saved as one file
/// (models/tagger.bin).
/// </summary>
public sealed class PosTagger
{
    public const string Magic = "vigil-tagger";
    public const int FormatVersion = 4;

    private readonly SparseLinearModel _model;
    private readonly Dictionary<string, int> _tagDictionary;
    private readonly string[] _upos;
    private readonly string[] _xpos;
    private readonly ulong[] _classHashes;

    private readonly TagRepairs _repairs;

    /// <summary>The class of an opening quotation mark (PUNCT ``), or -1.</summary>
    private readonly int _openingQuote;
    private readonly int _hyphen;

    /// <param name="lexicon">What WordNet says of words the treebank has too few of, as features (saved with the model), or null.</param>
    public PosTagger(SparseLinearModel model, Dictionary<string, int> tagDictionary, Lemmatizer lemmatizer, FeatureTable features, AmbiguityClasses ambiguity,
        WordNetLexicon? lexicon)
    {
        _model = model;
        Lexicon = lexicon;
        Ambiguity = ambiguity;
        _tagDictionary = tagDictionary;
        Lemmatizer = lemmatizer;
        Features = features;
        _upos = model.Labels.Select(l => l[..l.IndexOf('\t')]).ToArray();
        _xpos = model.Labels.Select(l => l[(l.IndexOf('\t') + 1)..]).ToArray();
        _classHashes = model.Labels.Select(l => FeatureHash.Of(l)).ToArray();
        _repairs = new TagRepairs(model.Labels, _xpos);
        _openingQuote = Array.IndexOf(model.Labels, "PUNCT\t``");
        _hyphen = Array.IndexOf(model.Labels, "PUNCT\tHYPH");
    }

    /// <summary>The same tagger with another linear model (e.g. a pruned one).</summary>
    public PosTagger WithModel(SparseLinearModel model) => new(model, _tagDictionary, Lemmatizer, Features, Ambiguity, Lexicon);

    public AmbiguityClasses Ambiguity { get; }

    public WordNetLexicon? Lexicon { get; }

    public Lemmatizer Lemmatizer { get; }

    public FeatureTable Features { get; }

    public SparseLinearModel Model => _model;

    public string Upos(int tagClass) => _upos[tagClass];

    public string Xpos(int tagClass) => _xpos[tagClass];

    /// <summary>Hash of the start-of-sentence "tag" used for the previous-tag features.</summary>
    internal static readonly ulong StartHash = FeatureHash.Of("<s>");

    internal static ulong[] HashLabels(string[] labels) => labels.Select(l => FeatureHash.Of(l)).ToArray();

    /// <summary>Tags one sentence given its word forms; returns a class index per word.</summary>
    /// <param name="shownByTheText">Per word, what the text's spacing shows it to be where the forms alone cannot
    /// tell (see <see cref="ShapeInText"/>); empty when only the forms are known.</param>
    public void Tag(ReadOnlySpan<string> forms, Span<int> classes, ReadOnlySpan<TextShape> shownByTheText = default)
    {
        Span<WordFeatures> words = forms.Length <= 256 ? stackalloc WordFeatures[forms.Length] : new WordFeatures[forms.Length];
        Span<ulong> ambiguity = forms.Length <= 256 ? stackalloc ulong[forms.Length] : new ulong[forms.Length];
        for (int i = 0; i < forms.Length; i++)
        {
            words[i] = new WordFeatures(forms[i]);
            ambiguity[i] = Ambiguity.Of(words[i].Lower);
        }
        // The classes the features see differ from the repairs' only for a tagger with WordNet (rare words get its word).
        Span<ulong> featureClasses = Lexicon is null ? ambiguity : forms.Length <= 256 ? stackalloc ulong[forms.Length] : new ulong[forms.Length];
        for (int i = 0; Lexicon is not null && i < forms.Length; i++) featureClasses[i] = AmbiguityClasses.WithLexicon(ambiguity[i], forms[i], Lexicon);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Count];
        Span<float> scores = stackalloc float[_model.ClassCount];
        ulong previous = StartHash, previous2 = StartHash;
        for (int i = 0; i < forms.Length; i++)
        {
            var shape = shownByTheText.IsEmpty ? TextShape.None : shownByTheText[i];
            int best = shape == TextShape.OpensAQuotation && _openingQuote >= 0 ? _openingQuote
                : shape == TextShape.JoinsWords && _hyphen >= 0 ? _hyphen
                : _repairs.ForcedClass(forms, classes, i);
            if (best < 0 && !_tagDictionary.TryGetValue(forms[i], out best))
            {
                TaggerFeatures.Extract(words, featureClasses, i, previous, previous2, features);
                scores.Clear();
                _model.Score(features, scores);
                best = SparseLinearModel.ArgMax(scores);
            }
            classes[i] = best;
            previous2 = previous;
            previous = _classHashes[best];
        }
        _repairs.Apply(forms, classes, ambiguity);
    }

    /// <summary>Sets UPOS, XPOS, lemma and features on every token of the document.</summary>
    public void Annotate(Document document)
    {
        var tokens = document.Tokens;
        string[] forms = [];
        int[] classes = [];
        TextShape[] shapes = [];
        foreach (var sentence in document.Sentences)
        {
            int n = sentence.TokenCount;
            if (forms.Length < n)
            {
                forms = new string[Math.Max(n, 64)];
                classes = new int[forms.Length];
                shapes = new TextShape[forms.Length];
            }
            for (int i = 0; i < n; i++)
            {
                forms[i] = tokens[sentence.FirstToken + i].Form;
                shapes[i] = ShapeInText(document.Text, tokens[sentence.FirstToken + i]);
            }
            Tag(forms.AsSpan(0, n), classes.AsSpan(0, n), shapes.AsSpan(0, n));
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

    /// <summary>What the spacing around a one-character token shows it to be.</summary>
    private static TextShape ShapeInText(string text, in Token token)
    {
        if (token.End - token.Start != 1) return TextShape.None;
        // "the soldiers 'opened fire on civilians'": a straight single quotation mark with a space before it and a
        // letter right after opens a quotation; the forms alone cannot tell it from the possessive of "the
        // soldiers' guns", which the tagger then reads it as (and the verb after it as a participle).
        if (text[token.Start] == '\'' && (token.Start == 0 || char.IsWhiteSpace(text[token.Start - 1]) || text[token.Start - 1] is '(' or '[' or '—' or '–')
            && token.End < text.Length && char.IsLetter(text[token.End])) return TextShape.OpensAQuotation;
        // "shelled government-held villages": a hyphen between two words with no space is a hyphen (the tagger, seeing
        // "government - held" after a verb, read a comma, and the clause broke in two).
        // (Between digits it is a range's symbol, "60-80", as EWT tags it.)
        if (text[token.Start] == '-' && token.Start > 0 && char.IsLetter(text[token.Start - 1])
            && token.End < text.Length && char.IsLetter(text[token.End])) return TextShape.JoinsWords;
        return TextShape.None;
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
        writer.Write(Lexicon is not null);
        Lexicon?.Write(writer);
    });

    /// <summary>Reads a tagger file (format 3, before WordNet, ends with the ambiguity classes).</summary>
    public static PosTagger Load(string path) => ModelFile.Load(path, Magic, 3, FormatVersion, (reader, version) =>
    {
        var model = SparseLinearModel.Read(reader);
        var dictionary = new Dictionary<string, int>();
        for (int i = reader.ReadInt32(); i > 0; i--) dictionary[reader.ReadString()] = reader.ReadUInt16();
        var lemmatizer = Lemmatizer.Read(reader);
        var features = FeatureTable.Read(reader);
        var ambiguity = AmbiguityClasses.Read(reader);
        var lexicon = version >= 4 && reader.ReadBoolean() ? WordNetLexicon.Read(reader) : null;
        return new PosTagger(model, dictionary, lemmatizer, features, ambiguity, lexicon);
    });
}
