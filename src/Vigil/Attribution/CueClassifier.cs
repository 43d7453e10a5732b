using Vigil.Documents;
using Vigil.Learning;

namespace Vigil.Attribution;

/// <summary>
/// Decides whether a verb that could report something (it has a subject and a clause, an object or a
/// host clause: see <see cref="AttributionStage"/>) is an attribution cue, from the verb in its frame:
/// its lemma, what it reports (a that-clause, an infinitive, an object, the clause it interrupts), who
/// its subject is (a person's name, a pronoun, "officials", "the report"), modals, negation and voice.
/// PolNeAR's notion of attribution is broad ("encouraged his supporters to ...", "complained about
/// ...") and depends on the frame ("Trump tweeted that" is one, "the poll showed" often one, "they saw"
/// rarely), which no list of lemmas captures. Trained by `vigil train attribution` on PolNeAR train,
/// an averaged perceptron over hashed features; the cue word lists are features, not rules.
/// </summary>
public sealed class CueClassifier
{
    public const string Magic = "vigil-attribution-cues";
    public const int Version = 1;
    public static readonly string[] Labels = ["other", "cue"];

    private readonly SparseLinearModel _model;

    public CueClassifier(SparseLinearModel model) => _model = model;

    public SparseLinearModel Model => _model;

    /// <summary>True when the frame's cue score beats the other.</summary>
    public bool IsCue(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = stackalloc float[2];
        _model.Score(features, scores);
        // A margin other than zero changed dev content F1 by less than 0.3 either way (-3 to +1.5 tried).
        return scores[1] > scores[0];
    }

    public void Save(string path) => ModelFile.Save(path, Magic, Version, _model.Write);

    public static CueClassifier Load(string path) => new(ModelFile.Load(path, Magic, Version, SparseLinearModel.Read));

    /// <summary>
    /// The features of verb <paramref name="verb"/> as a cue. <paramref name="listed"/>: the verb is on
    /// the cue word lists; <paramref name="quoted"/>: it stands inside a quotation.
    /// </summary>
    internal static List<ulong> Features(Document document, DependencyTree tree, string?[] entityLabels, int verb, bool listed, bool quoted)
    {
        var tokens = document.Tokens;
        var features = new List<ulong>(32);
        // Each template is a number mixed with the hashes of the values it looks at (template numbers are part of the trained model).
        void Add(int template, string value) => features.Add(FeatureHash.Mix(template, FeatureHash.Of(value)));
        void Pair(int template, string first, string second) => features.Add(FeatureHash.Mix(template, FeatureHash.Of(first), FeatureHash.Of(second)));

        var lemma = (tokens[verb].Lemma ?? tokens[verb].Form).ToLowerInvariant();
        var complement = ComplementKind(tokens, tree, verb);
        var subject = SubjectKind(document.Tokens, tree, entityLabels, verb);
        var coarseSubject = Coarse(subject);
        var relation = tokens[verb].DepRel ?? "";
        var voice = tree.Child(verb, "aux:pass") >= 0 ? "passive" : "active";
        var modal = Modal(tokens, tree, verb);
        var negated = Negated(tokens, tree, verb) ? "not" : "-";
        var objectWord = ObjectWord(tokens, tree, verb);
        var next = verb + 1 < tokens.Length ? tokens[verb + 1].Form.ToLowerInvariant() : "</s>";
        var listedValue = listed ? "listed" : "-";
        var quotedValue = quoted ? "quoted" : "-";
        Add(0, "bias");
        Add(1, lemma);
        Add(2, lemma.Length > 3 ? lemma[^3..] : lemma);
        Add(3, tokens[verb].Xpos ?? "");
        Add(4, relation);
        Add(5, complement);
        Add(6, subject);
        Add(7, voice);
        Add(8, listedValue);
        Add(9, quotedValue);
        Add(10, modal);
        Add(11, negated);
        Pair(12, lemma, complement);
        Pair(13, lemma, coarseSubject);
        Pair(14, lemma, relation);
        Pair(15, lemma, voice);
        Pair(16, lemma, quotedValue);
        Pair(17, complement, subject);
        Pair(18, listedValue, complement);
        Pair(19, listedValue, coarseSubject);
        Pair(20, relation, complement);
        Add(21, objectWord);
        Pair(22, lemma, objectWord);
        Add(23, next);
        Pair(24, lemma, next);
        Add(25, verb > 0 ? tokens[verb - 1].Form.ToLowerInvariant() : "<s>");
        Pair(26, lemma, modal + negated);
        // The verb a reporting verb depends on: "declined to comment", "began saying".
        Add(27, tokens[verb].Head >= 0 && relation is "xcomp" or "ccomp" or "conj" ? (tokens[tokens[verb].Head].Lemma ?? "").ToLowerInvariant() : "-");
        return features;
    }

    /// <summary>What the verb reports: a clause (with its subordinator), an infinitive, an object, a prepositional object, or its host clause.</summary>
    private static string ComplementKind(Token[] tokens, DependencyTree tree, int verb)
    {
        int clause = tree.Child(verb, "ccomp");
        if (clause >= 0)
        {
            int mark = tree.Child(clause, "mark");
            return "ccomp:" + (mark >= 0 ? tokens[mark].Form.ToLowerInvariant() : "-") + (tokens[clause].Start > tokens[verb].Start ? ">" : "<");
        }
        if (tree.Child(verb, "xcomp") is >= 0 and var infinitive) return "xcomp:" + (tokens[infinitive].Upos ?? "");
        if (tree.Child(verb, "obj") >= 0) return tree.Child(verb, "iobj") >= 0 ? "obj+iobj" : "obj";
        foreach (var child in tree.Children(verb))
        {
            if (tokens[child].DepRel is not ("obl" or "obl:arg")) continue;
            int preposition = tree.Child(child, "case");
            if (preposition >= 0) return "obl:" + tokens[preposition].Form.ToLowerInvariant();
        }
        return tokens[verb].DepRel is "parataxis" or "advcl" or "conj" ? "host:" + tokens[verb].DepRel : "none";
    }

    /// <summary>The subject as a class: a personal pronoun by form, a name with its entity label, a common noun by lemma.</summary>
    private static string SubjectKind(Token[] tokens, DependencyTree tree, string?[] entityLabels, int verb)
    {
        int subject = tree.Child(verb, "nsubj");
        if (subject < 0) return "none";
        var token = tokens[subject];
        if (token.Upos == "PRON") return "pron:" + token.Form.ToLowerInvariant();
        if (token.Upos == "PROPN") return "name:" + (entityLabels[subject] ?? "-");
        if (token.Upos == "NOUN") return "noun:" + (token.Lemma ?? token.Form).ToLowerInvariant();
        return "other:" + token.Upos;
    }

    /// <summary>For each token, the label of the entity whose mention covers it (null outside mentions).</summary>
    internal static string?[] EntityLabels(Document document)
    {
        var labels = new string?[document.Tokens.Length];
        foreach (var entity in document.Entities)
        {
            foreach (var mention in entity.Mentions)
            {
                int first = document.TokenStartingAt(mention.Start);
                for (int t = first; t >= 0 && t < labels.Length && document.Tokens[t].End <= mention.End; t++) labels[t] ??= entity.Label;
            }
        }
        return labels;
    }

    /// <summary>"noun:official" → "noun": the subject's class without the word, for combinations with the lemma.</summary>
    private static string Coarse(string subject)
    {
        int colon = subject.IndexOf(':');
        return colon < 0 || subject.StartsWith("pron:", StringComparison.Ordinal) ? subject : subject[..colon];
    }

    /// <summary>The direct object's lemma ("a statement", "his supporters"), or "-".</summary>
    private static string ObjectWord(Token[] tokens, DependencyTree tree, int verb)
    {
        int obj = tree.Child(verb, "obj");
        return obj < 0 ? "-" : tokens[obj].Upos == "PROPN" ? "PROPN" : (tokens[obj].Lemma ?? tokens[obj].Form).ToLowerInvariant();
    }

    private static string Modal(Token[] tokens, DependencyTree tree, int verb)
    {
        foreach (var child in tree.Children(verb))
        {
            if (tokens[child].DepRel == "aux" && tokens[child].Xpos == "MD") return (tokens[child].Lemma ?? tokens[child].Form).ToLowerInvariant();
        }
        return "-";
    }

    private static bool Negated(Token[] tokens, DependencyTree tree, int verb) =>
        tree.Children(verb).Any(c => tokens[c].DepRel == "advmod" && tokens[c].Form.ToLowerInvariant() is "not" or "n't" or "never");
}
