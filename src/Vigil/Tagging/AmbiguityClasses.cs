using Vigil.Learning;

namespace Vigil.Tagging;

/// <summary>
/// For each word seen often enough in training, the set of tags it was seen with, as one hash: "can"
/// is {MD, NN, VB}. As a feature of the next words it stands in for the right context's tags, which a
/// left-to-right tagger has not chosen yet.
/// </summary>
public sealed class AmbiguityClasses
{
    private static readonly ulong Unknown = FeatureHash.Of("<unknown-word>");
    private readonly Dictionary<string, ulong> _classes;

    /// <summary>The same classes keyed by the word's lowercase hash (<see cref="WordFeatures.Lower"/>): no string work per token.</summary>
    private readonly Dictionary<ulong, ulong> _byLowerHash;

    private AmbiguityClasses(Dictionary<string, ulong> classes)
    {
        _classes = classes;
        _byLowerHash = classes.ToDictionary(p => FeatureHash.OfLower(p.Key), p => p.Value);
    }

    public int Count => _classes.Count;

    /// <param name="words">Training words with their tag labels.</param>
    /// <param name="minCount">Words seen fewer times get no class of their own (their one tag would leak the answer).</param>
    public static AmbiguityClasses Learn(IEnumerable<(string Form, string Label)> words, int minCount = 5)
    {
        var seen = new Dictionary<string, (int Count, SortedSet<string> Labels)>(StringComparer.Ordinal);
        foreach (var (form, label) in words)
        {
            var key = form.ToLowerInvariant();
            if (!seen.TryGetValue(key, out var entry)) seen[key] = entry = (0, new SortedSet<string>(StringComparer.Ordinal));
            entry.Labels.Add(label);
            seen[key] = (entry.Count + 1, entry.Labels);
        }
        return new AmbiguityClasses(seen.Where(p => p.Value.Count >= minCount)
            .ToDictionary(p => p.Key, p => FeatureHash.Of(string.Join('|', p.Value.Labels)), StringComparer.Ordinal));
    }

    public ulong Of(string form) => Of(FeatureHash.OfLower(form));

    /// <param name="lowerHash">The word's <see cref="WordFeatures.Lower"/>.</param>
    public ulong Of(ulong lowerHash) => _byLowerHash.TryGetValue(lowerHash, out var hash) ? hash : Unknown;

    /// <summary>Whether the word was seen often enough in training to have a class.</summary>
    public bool Knows(string form) => _byLowerHash.ContainsKey(FeatureHash.OfLower(form));

    /// <summary>Whether an ambiguity class from <see cref="Of(ulong)"/> is a known word's (the same answer as <see cref="Knows"/>, without hashing again).</summary>
    public static bool IsKnown(ulong ambiguityClass) => ambiguityClass != Unknown;

    /// <summary>
    /// The class the tagger's features see: a word without a class of its own, rare or unseen in training,
    /// gets what WordNet says it can be instead (<see cref="WordNetLexicon.Signature"/>), when the tagger has WordNet.
    /// </summary>
    public static ulong WithLexicon(ulong ambiguityClass, string form, WordNetLexicon? lexicon) =>
        IsKnown(ambiguityClass) || lexicon is null ? ambiguityClass : lexicon.SignatureHash(form);

    public void Write(BinaryWriter writer)
    {
        writer.Write(_classes.Count);
        foreach (var (form, hash) in _classes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(form);
            writer.Write(hash);
        }
    }

    public static AmbiguityClasses Read(BinaryReader reader)
    {
        var classes = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (int i = reader.ReadInt32(); i > 0; i--) classes[reader.ReadString()] = reader.ReadUInt64();
        return new AmbiguityClasses(classes);
    }
}
