using System.Globalization;

namespace Vigil.Learning;

/// <summary>
/// What WordNet knows of an English word's part of speech: which parts of speech it can be once its
/// inflection is undone, and whether its commonest noun sense is a name ("Monday", "China"). A tagger that
/// meets a word its treebank has too few of can then still tell that "pooh-poohed" is a past verb or
/// "ministry" a common noun. Built by the trainer from a WordNet 3.0 database folder (Debian's
/// wordnet-base: /usr/share/wordnet) and saved inside the model that uses it, so a model always keeps the
/// lexicon it was trained with.
/// </summary>
public sealed class WordNetLexicon
{
    /// <summary>WordNet's parts of speech, in the order of the tables: noun, verb, adjective, adverb.</summary>
    private static readonly string[] PartsOfSpeech = ["noun", "verb", "adj", "adv"];

    private static readonly char[] PartLetters = ['n', 'v', 'a', 'r'];

    /// <summary>
    /// WordNet's rules for undoing regular inflection (its "morphy"), per part of speech: an ending and
    /// what replaces it ("ies" → "y": "militias", "tries").
    /// </summary>
    private static readonly (string Ending, string Base)[][] Detachments =
    [
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
        [],
    ];

    /// <summary>Per part of speech, each single-word lemma, with whether its commonest sense is a name (only nouns have such).</summary>
    private readonly Dictionary<string, bool>[] _lemmas;

    /// <summary>Irregular forms with their lemmas, per part of speech ("went" → "go", "mice" → "mouse").</summary>
    private readonly Dictionary<string, string>[] _exceptions;

    // The same tables looked up by a span of characters: the tagger asks for every rare word of every
    // sentence, and a lookup by span allocates nothing.
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>>[] _lemmasBySpan;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>[] _exceptionsBySpan;

    private WordNetLexicon(Dictionary<string, bool>[] lemmas, Dictionary<string, string>[] exceptions)
    {
        _lemmas = lemmas;
        _exceptions = exceptions;
        _lemmasBySpan = lemmas.Select(l => l.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
        _exceptionsBySpan = exceptions.Select(e => e.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
    }

    public int LemmaCount => _lemmas.Sum(l => l.Count);

    /// <summary>
    /// What a word form can be, as a short signature: each part of speech it has as it stands or once an
    /// inflection is undone, with the ending undone ("militias" → "n-s", "pooh-poohed" → "v-ed", "ran" →
    /// "v-irr", "ministry" → "n"), "N" for a noun whose commonest sense is a name ("Monday" → "N"), "-"
    /// for a word WordNet does not have ("Putin").
    /// </summary>
    public string Signature(string form)
    {
        Span<char> signature = stackalloc char[MaxSignatureLength];
        return new string(signature[..WriteSignature(form, signature)]);
    }

    /// <summary>
    /// The feature hash of "wordnet:" and the form's <see cref="Signature"/>, the class a tagger with WordNet
    /// gives a word it has no ambiguity class for; computed without allocating.
    /// </summary>
    public ulong SignatureHash(ReadOnlySpan<char> form)
    {
        Span<char> feature = stackalloc char[FeaturePrefix.Length + MaxSignatureLength];
        FeaturePrefix.CopyTo(feature);
        int length = WriteSignature(form, feature[FeaturePrefix.Length..]);
        return FeatureHash.Of(feature[..(FeaturePrefix.Length + length)]);
    }

    private const string FeaturePrefix = "wordnet:";

    // Four parts of speech, each at most a letter, a hyphen, a four-letter ending ("ches") and a space.
    private const int MaxSignatureLength = 4 * 7;

    /// <summary>Writes the form's signature into <paramref name="signature"/> and returns its length.</summary>
    private int WriteSignature(ReadOnlySpan<char> form, Span<char> signature)
    {
        Span<char> lower = form.Length <= 128 ? stackalloc char[form.Length] : new char[form.Length];
        form.ToLowerInvariant(lower);
        // A base form after an ending is undone: the stem and a replacement of up to three letters.
        Span<char> candidate = lower.Length <= 128 ? stackalloc char[lower.Length + 3] : new char[lower.Length + 3];
        int length = 0;
        for (int part = 0; part < PartsOfSpeech.Length; part++)
        {
            string? ending = null;
            bool found = _lemmasBySpan[part].TryGetValue(lower, out bool name);
            bool irregular = !found && _exceptionsBySpan[part].ContainsKey(lower);
            found |= irregular;
            for (int d = 0; !found && d < Detachments[part].Length; d++)
            {
                var (detached, replacement) = Detachments[part][d];
                if (lower.Length <= detached.Length + 1 || !lower.EndsWith(detached, StringComparison.Ordinal)) continue;
                int stem = lower.Length - detached.Length;
                lower[..stem].CopyTo(candidate);
                replacement.CopyTo(candidate[stem..]);
                if (_lemmasBySpan[part].ContainsKey(candidate[..(stem + replacement.Length)])) (found, ending) = (true, detached);
            }
            if (!found) continue;
            if (length > 0) signature[length++] = ' ';
            signature[length++] = name ? 'N' : PartLetters[part];
            var suffix = irregular ? "irr" : ending;
            if (suffix is null) continue;
            signature[length++] = '-';
            suffix.CopyTo(signature[length..]);
            length += suffix.Length;
        }
        if (length == 0) signature[length++] = '-';
        return length;
    }

    /// <summary>
    /// Reads the index, data and exception files of a WordNet 3.0 database folder. Only single words are
    /// kept (the multi-word entries, "point_out", are not what a word is looked up by).
    /// </summary>
    public static WordNetLexicon ReadWordNet(string folder) =>
        new(PartsOfSpeech.Select(part => ReadLemmas(folder, part)).ToArray(), PartsOfSpeech.Select(part => ReadExceptions(folder, part)).ToArray());

    private static Dictionary<string, bool> ReadLemmas(string folder, string partOfSpeech)
    {
        // data.POS: each synset line is "offset lex_filenum ss_type w_cnt word lex_id word lex_id ...";
        // index.POS lists a lemma's synsets, the commonest first.
        var synsetWords = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(folder, "data." + partOfSpeech)))
        {
            if (line.StartsWith(' ')) continue;   // the licence at the top of the file
            var fields = line.Split(' ');
            int wordCount = int.Parse(fields[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            synsetWords[fields[0]] = Enumerable.Range(0, wordCount).Select(w => fields[4 + 2 * w]).ToArray();
        }
        var lemmas = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(folder, "index." + partOfSpeech)))
        {
            if (line.StartsWith(' ')) continue;
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var lemma = fields[0];
            if (lemma.Contains('_')) continue;
            int senses = int.Parse(fields[2], CultureInfo.InvariantCulture);
            var commonest = synsetWords[fields[^senses]];
            // ("China", "Monday": the word as the commonest sense spells it; adjectives carry a marker, "big(a)".)
            lemmas[lemma] = partOfSpeech == "noun"
                            && commonest.Any(w => char.IsUpper(w[0]) && w.Split('(')[0].Equals(lemma, StringComparison.OrdinalIgnoreCase));
        }
        return lemmas;
    }

    private static Dictionary<string, string> ReadExceptions(string folder, string partOfSpeech)
    {
        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(folder, partOfSpeech + ".exc")))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 2 && !fields[0].Contains('_')) exceptions.TryAdd(fields[0], fields[1]);
        }
        return exceptions;
    }

    /// <summary>Writes the lexicon (inside the file of the model trained with it).</summary>
    public void Write(BinaryWriter writer)
    {
        for (int part = 0; part < PartsOfSpeech.Length; part++)
        {
            writer.Write(_lemmas[part].Count);
            foreach (var (lemma, name) in _lemmas[part].OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(lemma);
                writer.Write(name);
            }
            writer.Write(_exceptions[part].Count);
            foreach (var (form, lemma) in _exceptions[part].OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(form);
                writer.Write(lemma);
            }
        }
    }

    public static WordNetLexicon Read(BinaryReader reader)
    {
        var lemmas = new Dictionary<string, bool>[PartsOfSpeech.Length];
        var exceptions = new Dictionary<string, string>[PartsOfSpeech.Length];
        for (int part = 0; part < PartsOfSpeech.Length; part++)
        {
            int count = reader.ReadInt32();
            lemmas[part] = new Dictionary<string, bool>(count, StringComparer.Ordinal);
            for (int i = 0; i < count; i++) lemmas[part][reader.ReadString()] = reader.ReadBoolean();
            count = reader.ReadInt32();
            exceptions[part] = new Dictionary<string, string>(count, StringComparer.Ordinal);
            for (int i = 0; i < count; i++) exceptions[part][reader.ReadString()] = reader.ReadString();
        }
        return new WordNetLexicon(lemmas, exceptions);
    }
}
