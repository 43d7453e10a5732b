namespace Vigil.Learning;

/// <summary>
/// Word classes learned from unlabelled text by <see cref="ExchangeClustering"/>: words that occur in
/// the same contexts share a class ("Tuesday" and "Friday", "soldiers" and "gunmen"), which lets a model
/// that has seen one generalise to the others. Words not in the table have no class.
/// </summary>
public sealed class WordClusters
{
    public const string Magic = "vigil-clusters";
    public const int Version = 1;

    private readonly Dictionary<string, int> _classes;

    public WordClusters(Dictionary<string, int> classes, int classCount)
    {
        _classes = classes;
        ClassCount = classCount;
    }

    public int ClassCount { get; }

    public int WordCount => _classes.Count;

    /// <summary>The word's class, or -1 for a word the text did not have often enough.</summary>
    public int ClassOf(string word) => _classes.TryGetValue(word, out int c) ? c : -1;

    public void Save(string path) => ModelFile.Save(path, Magic, Version, Write);

    public static WordClusters Load(string path) => ModelFile.Load(path, Magic, Version, Read);

    /// <summary>Writes the table (also inside other models' files, which keep the classes they were trained with).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(ClassCount);
        writer.Write(_classes.Count);
        foreach (var (word, c) in _classes.OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write((ushort)c);
        }
    }

    public static WordClusters Read(BinaryReader reader)
    {
        int classCount = reader.ReadInt32();
        int count = reader.ReadInt32();
        var classes = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++) classes[reader.ReadString()] = reader.ReadUInt16();
        return new WordClusters(classes, classCount);
    }
}
