using Vigil.Documents;

namespace Vigil.Input;

/// <summary>
/// Turns the paths a user gives (files, folders read recursively, or "-" for standard input) into a lazy
/// stream of documents and errors. Nothing is read before it is needed, so a folder of a million files
/// costs one file's memory at a time.
/// </summary>
public sealed class InputSource
{
    private readonly InputLimits _limits;
    private readonly Func<Stream> _openStandardInput;

    public InputSource(InputLimits? limits = null, Func<Stream>? openStandardInput = null)
    {
        _limits = limits ?? InputLimits.Default;
        _openStandardInput = openStandardInput ?? Console.OpenStandardInput;
    }

    public IEnumerable<InputResult> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            foreach (var result in ReadOne(path)) yield return result;
        }
    }

    private IEnumerable<InputResult> ReadOne(string path)
    {
        if (path == "-") return ReadStandardInput();
        if (Directory.Exists(path)) return ReadFolder(path);
        if (File.Exists(path)) return ReadFile(path, InputFormats.FromExtension(path) ?? InputFormat.Text);
        return [InputResult.Fail(path, "no such file or directory")];
    }

    private IEnumerable<InputResult> ReadFolder(string folder)
    {
        int readable = 0;
        foreach (var file in EnumerateFiles(folder))
        {
            var format = InputFormats.FromExtension(file);
            if (format is null) continue;
            readable++;
            foreach (var result in ReadFile(file, format.Value)) yield return result;
        }
        if (readable == 0)
            yield return InputResult.Fail(folder, $"directory has no readable files ({InputFormats.Supported})");
    }

    /// <summary>Files under a folder in a stable (ordinal) order, one directory listing at a time.</summary>
    private static IEnumerable<string> EnumerateFiles(string folder)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            string[] files, subfolders;
            try
            {
                files = Directory.GetFiles(current);
                subfolders = Directory.GetDirectories(current);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (!Path.GetFileName(file).StartsWith('.')) yield return file;
            }
            Array.Sort(subfolders, StringComparer.Ordinal);
            for (int i = subfolders.Length - 1; i >= 0; i--)
            {
                if (!Path.GetFileName(subfolders[i]).StartsWith('.')) pending.Push(subfolders[i]);
            }
        }
    }

    private IEnumerable<InputResult> ReadFile(string path, InputFormat format) => format switch
    {
        InputFormat.JsonLines => JsonLinesReader.Read(path, _limits),
        InputFormat.Html => [HtmlArticleReader.Read(path, _limits)],
        _ => [PlainTextReader.Read(path, _limits)],
    };

    /// <summary>Standard input: JSON lines if it starts with '{', HTML if it starts with '&lt;', text otherwise.</summary>
    private IEnumerable<InputResult> ReadStandardInput()
    {
        var stream = _openStandardInput();
        var buffered = new BufferedStream(stream, 64 * 1024);
        var head = new byte[4096];
        int headLength = 0;
        while (headLength < head.Length)
        {
            int n = buffered.Read(head, headLength, head.Length - headLength);
            if (n == 0) break;
            headLength += n;
        }
        var whole = new ConcatenatedStream(head.AsMemory(0, headLength), buffered);
        char first = FirstNonSpace(head.AsSpan(0, headLength));
        if (first == '{') return JsonLinesReader.ReadStream(whole, "-", _limits, ownsStream: true);
        return [ReadWholeStandardInput(whole, first == '<')];
    }

    private InputResult ReadWholeStandardInput(Stream stream, bool html)
    {
        using (stream)
        {
            var copy = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (copy.Length + n > _limits.MaxDocumentBytes)
                    return InputResult.Fail("-", $"document too large (over {_limits.MaxDocumentBytes / (1024 * 1024)} MB)");
                copy.Write(chunk, 0, n);
            }
            var bytes = copy.GetBuffer().AsSpan(0, (int)copy.Length);
            if (!html) return PlainTextReader.FromBytes("-", bytes);
            var source = TextDecoding.TryDecode(bytes, out var reason);
            return source is null ? InputResult.Fail("-", reason!) : HtmlArticleReader.FromHtml("-", source, url: null);
        }
    }

    private static char FirstNonSpace(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        foreach (var b in bytes)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') continue;
            return (char)b;
        }
        return '\0';
    }
}
