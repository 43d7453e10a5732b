using Vigil.Documents;
using Vigil.Output;

namespace Vigil.Cli.Rendering;

/// <summary>Where processed documents go: written as soon as each is done, so nothing accepted is lost.</summary>
public interface IDocumentSink : IDisposable
{
    void Write(Document document);

    /// <summary>Called once after the last document.</summary>
    void Complete();
}

public static class DocumentSinks
{
    public static IDocumentSink Open(string format, string? outputPath, bool includeTokens, TextWriter stdout)
    {
        TextWriter writer;
        bool ownsWriter;
        if (outputPath is null)
        {
            writer = stdout;
            ownsWriter = false;
        }
        else
        {
            try
            {
                writer = new StreamWriter(outputPath, append: false, new System.Text.UTF8Encoding(false));
                ownsWriter = true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new UsageException($"--out: cannot write '{outputPath}' ({e.Message})");
            }
        }
        return format switch
        {
            "table" => new TableSink(writer, ownsWriter, interactive: outputPath is null && ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected),
            "jsonl" => new JsonSink(writer, ownsWriter, includeTokens, alwaysLines: true),
            _ => new JsonSink(writer, ownsWriter, includeTokens, alwaysLines: false),
        };
    }
}

/// <summary>
/// vigil/1 JSON. With <c>alwaysLines</c> false, one document is written pretty; as soon as a second one
/// arrives the output switches to JSON lines (the first document is held back until then, never longer).
/// </summary>
public sealed class JsonSink(TextWriter writer, bool ownsWriter, bool includeTokens, bool alwaysLines) : IDocumentSink
{
    private DocumentJson? _held;
    private bool _streaming = alwaysLines;

    public void Write(Document document)
    {
        var json = DocumentJson.From(document, includeTokens);
        if (!_streaming)
        {
            if (_held is null)
            {
                _held = json;
                return;
            }
            _streaming = true;
            WriteLine(_held);
            _held = null;
        }
        WriteLine(json);
    }

    private void WriteLine(DocumentJson json)
    {
        writer.WriteLine(DocumentJsonWriter.Serialize(json, indented: false));
        writer.Flush();
    }

    public void Complete()
    {
        if (_held is not null) writer.WriteLine(DocumentJsonWriter.Serialize(_held, indented: true));
        _held = null;
        writer.Flush();
    }

    public void Dispose()
    {
        if (ownsWriter) writer.Dispose();
    }
}
