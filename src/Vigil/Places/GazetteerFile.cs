using System.Text;
using Vigil.Learning;

namespace Vigil.Places;

/// <summary>
/// The gazetteer's file layout: flat little-endian arrays that are used in place through a memory
/// mapping, so opening the gazetteer costs no parsing and almost no memory.
/// <code>
/// header    "VIGILGAZ", int32 version, int32 entries, int32 names, int32 postings, int32 string bytes
/// entries   per place, 56 bytes: int64 geonameid, float64 lat, float64 lon, int64 population,
///           int32 name, int32 country, int32 admin1 code, int32 admin1 name (string offsets, -1 none),
///           int32 feature code (string offset), uint8 kind, 3 bytes padding  (see EntrySize)
/// keys      per folded name, sorted: uint64 hash of the name
/// starts    per name + 1: int32 index of its first posting
/// postings  int32 entry indices, each name's places by falling population
/// strings   uint16 byte length + UTF-8 bytes, addressed by offset
/// </code>
/// </summary>
public static class GazetteerFile
{
    public const string Magic = "VIGILGAZ";
    public const int Version = 1;
    public const int HeaderSize = 8 + 5 * 4;
    public const int EntrySize = 56;

    /// <summary>Demonyms ("Mexican") are stored as names with this prefix, so they are found only when asked for.</summary>
    public const string DemonymPrefix = "demonym:";

    /// <summary>Key prefix of short all-capital alternate names (airport codes such as "ADL"), found only for text in capitals.</summary>
    public const string CodePrefix = "code:";

    public static ulong NameKey(string folded) => FeatureHash.Of(folded);

    internal static void Write(string path, List<GazetteerBuilder.BuildEntry> entries, Dictionary<ulong, HashSet<int>> names)
    {
        var strings = new MemoryStream();
        var stringOffsets = new Dictionary<string, int>(StringComparer.Ordinal);
        int Intern(string? s)
        {
            if (s is null) return -1;
            if (stringOffsets.TryGetValue(s, out var offset)) return offset;
            offset = (int)strings.Length;
            var bytes = Encoding.UTF8.GetBytes(s);
            if (bytes.Length > ushort.MaxValue) bytes = bytes[..ushort.MaxValue];
            strings.Write(BitConverter.GetBytes((ushort)bytes.Length));
            strings.Write(bytes);
            stringOffsets[s] = offset;
            return offset;
        }

        var sortedNames = names.OrderBy(n => n.Key).ToList();
        int postingCount = sortedNames.Sum(n => n.Value.Count);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var writer = new BinaryWriter(file, Encoding.ASCII);
        var entryBytes = new MemoryStream();
        using (var entryWriter = new BinaryWriter(entryBytes, Encoding.ASCII, leaveOpen: true))
        {
            foreach (var e in entries)
            {
                entryWriter.Write(e.Id);
                entryWriter.Write(e.Lat);
                entryWriter.Write(e.Lon);
                entryWriter.Write(e.Population);
                entryWriter.Write(Intern(e.Name));
                entryWriter.Write(Intern(e.Country));
                entryWriter.Write(Intern(e.Admin1Code));
                entryWriter.Write(Intern(e.Admin1Name));
                entryWriter.Write(Intern(e.Feature));
                entryWriter.Write((byte)e.Kind);
                entryWriter.Write((byte)0);
                entryWriter.Write((byte)0);
                entryWriter.Write((byte)0);
            }
        }
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(Version);
        writer.Write(entries.Count);
        writer.Write(sortedNames.Count);
        writer.Write(postingCount);
        writer.Write((int)strings.Length);
        writer.Write(entryBytes.GetBuffer(), 0, (int)entryBytes.Length);
        foreach (var (key, _) in sortedNames) writer.Write(key);
        int start = 0;
        foreach (var (_, set) in sortedNames)
        {
            writer.Write(start);
            start += set.Count;
        }
        writer.Write(start);
        foreach (var (_, set) in sortedNames)
        {
            foreach (var index in set.OrderByDescending(i => entries[i].Population).ThenBy(i => i)) writer.Write(index);
        }
        writer.Write(strings.GetBuffer(), 0, (int)strings.Length);
    }
}
