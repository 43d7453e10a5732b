using System.Globalization;
using System.Text;

namespace Vigil.Learning;

/// <summary>
/// What WordNet knows of an English word: which parts of speech it can be (once its inflection is undone),
/// whether its commonest noun sense is a name ("Monday", "China"), and the broad semantic class of each
/// sense, from WordNet's lexicographer files ("verb.communication": say, pooh-pooh; "noun.person":
/// spokesman). A model that meets a word its treebank never had can then still tell that "pooh-poohed"
/// is a past verb or "ministry" a common noun. Built by the trainers from a WordNet 3.0 database folder
/// (Debian's wordnet-base: /usr/share/wordnet) and saved inside the model that uses it, so a model
/// always keeps the lexicon it was trained with.
/// </summary>
public sealed class WordNetLexicon
{
    /// <summary>WordNet 3.0's lexicographer files, by number (lexnames).</summary>
    public static readonly string[] ClassNames =
    [
        "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact", "noun.attribute",
        "noun.body", "noun.cognition", "noun.communication", "noun.event", "noun.feeling", "noun.food", "noun.group",
        "noun.location", "noun.motive", "noun.object", "noun.person", "noun.phenomenon", "noun.plant", "noun.possession",
        "noun.process", "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time",
        "verb.body", "verb.change", "verb.cognition", "verb.communication", "verb.competition", "verb.consumption",
        "verb.contact", "verb.creation", "verb.emotion", "verb.motion", "verb.perception", "verb.possession",
        "verb.social", "verb.stative", "verb.weather", "adj.ppl",
    ];

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

    /// <summary>Bit of <see cref="Entry.All"/> set when the commonest sense's word is capitalised in WordNet (a name).</summary>
    private const int CapitalizedBit = 63;

    /// <summary>A lemma's senses as classes: the commonest sense's class, and every sense's class as a bit.</summary>
    public readonly record struct Entry(byte First, ulong All);

    private readonly Dictionary<string, Entry>[] _lemmas;

    /// <summary>Irregular forms with their lemmas, per part of speech ("went" → "go", "mice" → "mouse").</summary>
    private readonly Dictionary<string, string>[] _exceptions;

    private WordNetLexicon(Dictionary<string, Entry>[] lemmas, Dictionary<string, string>[] exceptions)
    {
        _lemmas = lemmas;
        _exceptions = exceptions;
    }

    public int LemmaCount => _lemmas.Sum(l => l.Count);

    /// <summary>The noun's commonest sense's class ("noun.person"), or null for a noun WordNet does not have.</summary>
    public string? NounClass(string lemma) => _lemmas[0].TryGetValue(lemma.ToLowerInvariant(), out var entry) ? ClassNames[entry.First] : null;

    /// <summary>The verb's commonest sense's class ("verb.communication"), or null.</summary>
    public string? VerbClass(string lemma) => _lemmas[1].TryGetValue(lemma.ToLowerInvariant(), out var entry) ? ClassNames[entry.First] : null;

    /// <summary>
    /// What a word form can be, as a short signature: each part of speech it has as it stands or once an
    /// inflection is undone, with the ending undone ("militias" → "n-s", "pooh-poohed" → "v-ed", "ran" →
    /// "v-irr", "ministry" → "n"), "N" for a noun whose commonest sense is a name ("Monday" → "N"), "-"
    /// for a word WordNet does not have ("Putin").
    /// </summary>
    public string Signature(string form)
    {
        var lower = form.ToLowerInvariant();
        var signature = new StringBuilder();
        for (int part = 0; part < PartsOfSpeech.Length; part++)
        {
            string? found = null;
            if (_lemmas[part].TryGetValue(lower, out var entry))
            {
                found = part == 0 && (entry.All & (1UL << CapitalizedBit)) != 0 ? "N" : PartLetters[part].ToString();
            }
            else if (_exceptions[part].ContainsKey(lower))
            {
                found = PartLetters[part] + "-irr";
            }
            else
            {
                foreach (var (ending, replacement) in Detachments[part])
                {
                    if (lower.Length > ending.Length + 1 && lower.EndsWith(ending, StringComparison.Ordinal)
                        && _lemmas[part].ContainsKey(string.Concat(lower.AsSpan(0, lower.Length - ending.Length), replacement)))
                    {
                        found = PartLetters[part] + "-" + ending;
                        break;
                    }
                }
            }
            if (found is null) continue;
            if (signature.Length > 0) signature.Append(' ');
            signature.Append(found);
        }
        return signature.Length == 0 ? "-" : signature.ToString();
    }

    /// <summary>
    /// Reads the index, data and exception files of a WordNet 3.0 database folder. Only single words are
    /// kept (the multi-word entries, "point_out", are not what a word is looked up by).
    /// </summary>
    public static WordNetLexicon ReadWordNet(string folder) =>
        new(PartsOfSpeech.Select(part => ReadLemmas(folder, part)).ToArray(), PartsOfSpeech.Select(part => ReadExceptions(folder, part)).ToArray());

    private static Dictionary<string, Entry> ReadLemmas(string folder, string partOfSpeech)
    {
        // data.POS: each synset line is "offset lex_filenum ss_type w_cnt word lex_id word lex_id ...";
        // index.POS lists a lemma's synsets, the commonest first.
        var synsets = new Dictionary<string, (byte Class, string[] Words)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(folder, "data." + partOfSpeech)))
        {
            if (line.StartsWith(' ')) continue;   // the licence at the top of the file
            var fields = line.Split(' ');
            int wordCount = int.Parse(fields[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var words = Enumerable.Range(0, wordCount).Select(w => fields[4 + 2 * w]).ToArray();
            synsets[fields[0]] = (byte.Parse(fields[1], CultureInfo.InvariantCulture), words);
        }
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(folder, "index." + partOfSpeech)))
        {
            if (line.StartsWith(' ')) continue;
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var lemma = fields[0];
            if (lemma.Contains('_')) continue;
            int senses = int.Parse(fields[2], CultureInfo.InvariantCulture);
            var offsets = fields.AsSpan(fields.Length - senses);
            var commonest = synsets[offsets[0]];
            ulong all = 0;
            foreach (var offset in offsets) all |= 1UL << synsets[offset].Class;
            // ("China", "Monday": the word as the commonest sense spells it; adjectives carry a marker, "big(a)".)
            if (commonest.Words.Any(w => char.IsUpper(w[0]) && w.Split('(')[0].Equals(lemma, StringComparison.OrdinalIgnoreCase)))
                all |= 1UL << CapitalizedBit;
            entries[lemma] = new Entry(commonest.Class, all);
        }
        return entries;
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
            foreach (var (lemma, entry) in _lemmas[part].OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(lemma);
                writer.Write(entry.First);
                writer.Write(entry.All);
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
        var lemmas = new Dictionary<string, Entry>[PartsOfSpeech.Length];
        var exceptions = new Dictionary<string, string>[PartsOfSpeech.Length];
        for (int part = 0; part < PartsOfSpeech.Length; part++)
        {
            int count = reader.ReadInt32();
            lemmas[part] = new Dictionary<string, Entry>(count, StringComparer.Ordinal);
            for (int i = 0; i < count; i++) lemmas[part][reader.ReadString()] = new Entry(reader.ReadByte(), reader.ReadUInt64());
            count = reader.ReadInt32();
            exceptions[part] = new Dictionary<string, string>(count, StringComparer.Ordinal);
            for (int i = 0; i < count; i++) exceptions[part][reader.ReadString()] = reader.ReadString();
        }
        return new WordNetLexicon(lemmas, exceptions);
    }
}
