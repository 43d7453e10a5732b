namespace Vigil.Tagging;

/// <summary>
/// Lemmas from the training data: an exception table (lowercase form and XPOS → lemma) for words seen
/// in training, and suffix rules per XPOS ("-ies"/NNS → "-y") learned from it for unseen words.
/// Proper nouns keep their form.
/// </summary>
public sealed class Lemmatizer
{
    public const int MaxSuffix = 5;

    private readonly Dictionary<(string Form, string Xpos), string> _exceptions;
    private readonly Dictionary<(string Xpos, string Suffix), (int Strip, string Append)> _rules;
    private readonly HashSet<string> _knownLemmas;

    public Lemmatizer(Dictionary<(string, string), string> exceptions, Dictionary<(string, string), (int, string)> rules, HashSet<string>? knownLemmas = null)
    {
        _exceptions = exceptions;
        _rules = rules;
        _knownLemmas = knownLemmas ?? [];
    }

    public int ExceptionCount => _exceptions.Count;

    public string Lemmatize(string form, string upos, string xpos)
    {
        if (upos == "PROPN") return form;
        var lower = form.ToLowerInvariant();
        if (AnnotationSlips.TryGetValue((lower, xpos), out var corrected)) return corrected;
        // "overran" → "overrun": a prefix on an irregular past keeps the past's lemma (suffix rules would
        // give "overrin").
        if (xpos is "VBD" or "VBN" && !_exceptions.ContainsKey((lower, xpos)) && TagRepairs.PrefixedIrregularPast(lower) is { } past)
            return lower[..^past.Length] + LemmatizeLower(past, past, upos, "VBD");
        var lemma = LemmatizeLower(lower, form, upos, xpos);
        // A past tense and a past participle share their form in most irregular verbs ("shot", "held",
        // "fought"): when one tag leaves the form as it is, the other's lemma stands for it. (A lemma the
        // form starts with is a regular verb's, and there the table holds only annotation slips: "freed" → "fre".)
        if (lemma == lower && xpos is "VBD" or "VBN")
        {
            var other = LemmatizeLower(lower, form, upos, xpos == "VBD" ? "VBN" : "VBD");
            if (other != lower && !lower.StartsWith(other, StringComparison.Ordinal)) return other;
        }
        return lemma;
    }

    /// <summary>
    /// Lemmas the training treebanks got wrong, which the exception table would otherwise repeat: GUM train
    /// lemmatizes "fled" (VBD) as "flead" three times (EWT dev has "flee"); EWT train "freed" (VBN), its only one, as
    /// "fre" (every passive release, "He was freed on bail", was lost to it).
    /// </summary>
    private static readonly Dictionary<(string, string), string> AnnotationSlips = new()
    {
        [("fled", "VBD")] = "flee", [("freed", "VBN")] = "free", [("freed", "VBD")] = "free",
    };

    private string LemmatizeLower(string lower, string form, string upos, string xpos)
    {
        if (_exceptions.TryGetValue((lower, xpos), out var lemma)) return lemma;
        if (upos is "PUNCT" or "NUM" or "SYM" or "X") return form;
        // "organised", "mobilising": a British "-ise" verb the training data knows only as "-ize" has that verb's
        // lemma in the text's own spelling ("organise"), whatever the suffix rules say (they keep "organised",
        // an adjective's lemma in training).
        if (_knownLemmas.Count > 0 && upos == "VERB" && AmericanSpelling(lower) is { } american
            && LemmatizeLower(american, american, upos, xpos) is var americanLemma && _knownLemmas.Contains(americanLemma)
            && americanLemma.LastIndexOf("iz", StringComparison.Ordinal) is var iz && iz >= 0 && lower.StartsWith(americanLemma[..iz], StringComparison.Ordinal))
            return americanLemma[..iz] + "is" + americanLemma[(iz + 2)..];
        // The rule of the longest matching suffix, unless a shorter suffix's rule gives a lemma seen in
        // training and the longest one does not ("bombed": "-bed → -be" would give "bombe", "-ed → -" gives "bomb").
        string? first = null;
        for (int length = Math.Min(MaxSuffix, lower.Length - 1); length >= 0; length--)
        {
            if (!_rules.TryGetValue((xpos, lower[^length..]), out var rule) || rule.Strip >= lower.Length) continue;
            var candidate = lower[..^rule.Strip] + rule.Append;
            if (_knownLemmas.Count == 0 || _knownLemmas.Contains(candidate)) return candidate;
            first ??= candidate;
        }
        // An unknown past in vowel + "ded" keeps its "e": "blockaded", "evaded", "exploded" (not "blockad");
        // after two vowels it has none: "beheaded", "raided", "pleaded" (not "beheade").
        if (first is not null && xpos is "VBD" or "VBN" && lower.Length > 5 && lower.EndsWith("ded", StringComparison.Ordinal) && "aeiou".Contains(lower[^4]))
            return "aeiou".Contains(lower[^5]) ? lower[..^2] : lower[..^1];
        return first ?? lower;
    }

    /// <summary>"organised" → "organized": the "-ize" spelling of a form in "-ise", "-ised", "-ises", "-ising"; null for others.</summary>
    private static string? AmericanSpelling(string lower)
    {
        foreach (var ending in (ReadOnlySpan<string>)["ise", "ised", "ises", "ising"])
        {
            if (lower.Length > ending.Length + 2 && lower.EndsWith(ending, StringComparison.Ordinal))
                return lower[..^ending.Length] + "iz" + ending[2..];
        }
        return null;
    }

    /// <summary>Learns exceptions and suffix rules from (form, xpos, lemma) triples.</summary>
    public static Lemmatizer Learn(IEnumerable<(string Form, string Upos, string Xpos, string Lemma)> words)
    {
        var exceptionCounts = new Dictionary<(string, string), Dictionary<string, int>>();
        var ruleCounts = new Dictionary<(string, string), Dictionary<(int, string), int>>();
        foreach (var (form, upos, xpos, lemma) in words)
        {
            if (upos == "PROPN") continue;
            var lower = form.ToLowerInvariant();
            Count(exceptionCounts, (lower, xpos), lemma);
            var rule = RuleFor(lower, lemma);
            for (int length = 0; length <= Math.Min(MaxSuffix, lower.Length - 1); length++)
            {
                if (length < rule.Strip) continue;
                Count(ruleCounts, (xpos, lower[^length..]), rule);
            }
        }
        var exceptions = exceptionCounts.ToDictionary(p => p.Key, p => Best(p.Value));
        var rules = new Dictionary<(string, string), (int, string)>();
        foreach (var (key, counts) in ruleCounts)
        {
            var best = counts.MaxBy(c => c.Value);
            if (best.Value >= 2) rules[key] = best.Key;
        }
        var known = exceptions.Values.Where(l => l.All(char.IsLetter)).ToHashSet(StringComparer.Ordinal);
        // Keep only exceptions the rules would get wrong: the table stays small.
        var lemmatizer = new Lemmatizer(new(), rules, known);
        var needed = exceptions.Where(e => lemmatizer.Lemmatize(e.Key.Item1, "", e.Key.Item2) != e.Value)
            .ToDictionary(e => e.Key, e => e.Value);
        return new Lemmatizer(needed, rules, known);
    }

    private static (int Strip, string Append) RuleFor(string lower, string lemma)
    {
        var lemmaLower = lemma;
        int common = 0;
        while (common < lower.Length && common < lemmaLower.Length && lower[common] == lemmaLower[common]) common++;
        return (lower.Length - common, lemmaLower[common..]);
    }

    private static void Count<TKey, TValue>(Dictionary<TKey, Dictionary<TValue, int>> counts, TKey key, TValue value)
        where TKey : notnull where TValue : notnull
    {
        if (!counts.TryGetValue(key, out var inner)) counts[key] = inner = new Dictionary<TValue, int>();
        inner[value] = inner.GetValueOrDefault(value) + 1;
    }

    private static string Best(Dictionary<string, int> counts) => counts.MaxBy(c => c.Value).Key;

    public void Write(BinaryWriter writer)
    {
        writer.Write(_exceptions.Count);
        foreach (var ((form, xpos), lemma) in _exceptions.OrderBy(e => e.Key.Item1, StringComparer.Ordinal).ThenBy(e => e.Key.Item2, StringComparer.Ordinal))
        {
            writer.Write(form); writer.Write(xpos); writer.Write(lemma);
        }
        writer.Write(_rules.Count);
        foreach (var ((xpos, suffix), (strip, append)) in _rules.OrderBy(e => e.Key.Item1, StringComparer.Ordinal).ThenBy(e => e.Key.Item2, StringComparer.Ordinal))
        {
            writer.Write(xpos); writer.Write(suffix); writer.Write((byte)strip); writer.Write(append);
        }
        writer.Write(_knownLemmas.Count);
        foreach (var lemma in _knownLemmas.Order(StringComparer.Ordinal)) writer.Write(lemma);
    }

    public static Lemmatizer Read(BinaryReader reader)
    {
        var exceptions = new Dictionary<(string, string), string>();
        for (int i = reader.ReadInt32(); i > 0; i--) exceptions[(reader.ReadString(), reader.ReadString())] = reader.ReadString();
        var rules = new Dictionary<(string, string), (int, string)>();
        for (int i = reader.ReadInt32(); i > 0; i--) rules[(reader.ReadString(), reader.ReadString())] = (reader.ReadByte(), reader.ReadString());
        var known = new HashSet<string>(StringComparer.Ordinal);
        for (int i = reader.ReadInt32(); i > 0; i--) known.Add(reader.ReadString());
        return new Lemmatizer(exceptions, rules, known);
    }
}
