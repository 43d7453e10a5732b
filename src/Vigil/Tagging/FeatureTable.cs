namespace Vigil.Tagging;

/// <summary>
/// Universal Dependencies morphological features (FEATS) by lookup: the most frequent value for the
/// lowercase word and XPOS in training, else for the UPOS and XPOS pair. Cheap, and right for most words.
/// </summary>
public sealed class FeatureTable
{
    private readonly Dictionary<(string, string), string> _byWord;
    private readonly Dictionary<string, string> _byTag;

    public FeatureTable(Dictionary<(string, string), string> byWord, Dictionary<string, string> byTag)
    {
        _byWord = byWord;
        _byTag = byTag;
    }

    public string? Lookup(string form, string upos, string xpos)
    {
        if (_byWord.TryGetValue((form.ToLowerInvariant(), xpos), out var feats)) return feats;
        return _byTag.TryGetValue(upos + "\t" + xpos, out feats) ? feats : null;
    }

    public static FeatureTable Learn(IEnumerable<(string Form, string Upos, string Xpos, string Feats)> words)
    {
        var byWord = new Dictionary<(string, string), Dictionary<string, int>>();
        var byTag = new Dictionary<string, Dictionary<string, int>>();
        foreach (var (form, upos, xpos, feats) in words)
        {
            Add(byWord, (form.ToLowerInvariant(), xpos), feats);
            Add(byTag, upos + "\t" + xpos, feats);
        }
        var tagDefaults = byTag.ToDictionary(p => p.Key, p => p.Value.MaxBy(c => c.Value).Key);
        // Only words whose features differ from their tag's default need an entry.
        var wordEntries = new Dictionary<(string, string), string>();
        foreach (var (key, counts) in byWord)
        {
            var best = counts.MaxBy(c => c.Value).Key;
            bool differs = !tagDefaults.Any(t => t.Key.EndsWith("\t" + key.Item2, StringComparison.Ordinal) && t.Value == best);
            if (differs) wordEntries[key] = best;
        }
        return new FeatureTable(wordEntries, tagDefaults);
    }

    private static void Add<TKey>(Dictionary<TKey, Dictionary<string, int>> counts, TKey key, string value) where TKey : notnull
    {
        if (!counts.TryGetValue(key, out var inner)) counts[key] = inner = new Dictionary<string, int>();
        inner[value] = inner.GetValueOrDefault(value) + 1;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_byWord.Count);
        foreach (var ((form, xpos), feats) in _byWord.OrderBy(e => e.Key.Item1, StringComparer.Ordinal).ThenBy(e => e.Key.Item2, StringComparer.Ordinal))
        {
            writer.Write(form); writer.Write(xpos); writer.Write(feats);
        }
        writer.Write(_byTag.Count);
        foreach (var (tag, feats) in _byTag.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.Write(tag); writer.Write(feats);
        }
    }

    public static FeatureTable Read(BinaryReader reader)
    {
        var byWord = new Dictionary<(string, string), string>();
        for (int i = reader.ReadInt32(); i > 0; i--) byWord[(reader.ReadString(), reader.ReadString())] = reader.ReadString();
        var byTag = new Dictionary<string, string>();
        for (int i = reader.ReadInt32(); i > 0; i--) byTag[reader.ReadString()] = reader.ReadString();
        return new FeatureTable(byWord, byTag);
    }
}
