using System.IO.Compression;
using System.Text;

namespace Vigil.Learning;

/// <summary>
/// Vigil's model files: a magic string and format version, then the model's own content, all
/// Brotli-compressed. Each model type writes and reads its content with a BinaryWriter/Reader.
/// </summary>
public static class ModelFile
{
    public static void Save(string path, string magic, int version, Action<BinaryWriter> writeContent)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var brotli = new BrotliStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8);
        writer.Write(magic);
        writer.Write(version);
        writeContent(writer);
    }

    public static T Load<T>(string path, string magic, int version, Func<BinaryReader, T> readContent) =>
        Load(path, magic, version, version, (reader, _) => readContent(reader));

    /// <summary>Reads a file of any format version from <paramref name="oldest"/> to <paramref name="newest"/>;
    /// the content reader is told which (a newer format that only adds a field can still read the older files).</summary>
    public static T Load<T>(string path, string magic, int oldest, int newest, Func<BinaryReader, int, T> readContent)
    {
        using var file = File.OpenRead(path);
        using var brotli = new BrotliStream(file, CompressionMode.Decompress);
        using var buffered = new BufferedStream(brotli, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8);
        string foundMagic;
        try
        {
            foundMagic = reader.ReadString();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
        {
            throw new InvalidDataException($"{path}: not a Vigil model file");
        }
        if (foundMagic != magic) throw new InvalidDataException($"{path}: expected a {magic} model, found {foundMagic}");
        int foundVersion = reader.ReadInt32();
        if (foundVersion < oldest || foundVersion > newest)
            throw new InvalidDataException($"{path}: {magic} format version {foundVersion}, this Vigil reads "
                                           + (oldest == newest ? $"{newest}" : $"{oldest} to {newest}"));
        try
        {
            return readContent(reader, foundVersion);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException)
        {
            throw new InvalidDataException($"{path}: damaged {magic} model file ({e.Message})");
        }
    }
}
