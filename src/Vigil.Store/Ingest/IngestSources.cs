using Vigil.Input;

namespace Vigil.Store.Ingest;

/// <summary>
/// What `vigil ingest` reads: files and folders exactly as `vigil extract` reads them (text, HTML, JSON
/// lines), RSS/Atom feed files (.xml, .rss, .atom), and http(s) URLs of a feed or of one article page.
/// </summary>
public sealed class IngestSources(WebFetcher fetcher, InputLimits limits)
{
    private static readonly string[] FeedExtensions = [".xml", ".rss", ".atom"];

    public static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static bool IsFeedFile(string input) =>
        File.Exists(input) && FeedExtensions.Contains(Path.GetExtension(input), StringComparer.OrdinalIgnoreCase);

    public IEnumerable<InputResult> Read(IEnumerable<string> inputs)
    {
        var files = new InputSource(limits);
        var feeds = new FeedReaderSource(fetcher);
        foreach (var input in inputs)
        {
            IEnumerable<InputResult> results =
                IsUrl(input) ? ReadUrl(input, feeds)
                : IsFeedFile(input) ? ReadFeedFile(input, feeds)
                : files.Read([input]);
            foreach (var result in results) yield return result;
        }
    }

    private IEnumerable<InputResult> ReadUrl(string url, FeedReaderSource feeds)
    {
        var page = fetcher.TryFetch(url, out var reason);
        if (page is null) return [InputResult.Fail(url, $"cannot fetch ({reason})")];
        if (FeedReaderSource.LooksLikeFeed(page.Body)) return feeds.Read(url, page.Body);
        return [HtmlArticleReader.FromHtml(url, page.Body, page.Url)];
    }

    private IEnumerable<InputResult> ReadFeedFile(string path, FeedReaderSource feeds)
    {
        byte[] bytes;
        try
        {
            if (new FileInfo(path).Length > limits.MaxDocumentBytes)
                return [InputResult.Fail(path, $"feed too large (over {limits.MaxDocumentBytes / (1024 * 1024)} MB)")];
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputResult.Fail(path, $"cannot read ({e.Message})")];
        }
        var xml = TextDecoding.TryDecode(bytes, out var reason);
        return xml is null ? [InputResult.Fail(path, reason!)] : feeds.Read(path, xml);
    }

    /// <summary>
    /// How many documents the inputs hold, for the progress bar: readable files in folders, lines of JSON
    /// lines files, one per other file; null when unknown (URLs, feeds, standard input).
    /// </summary>
    public static long? EstimateDocuments(IEnumerable<string> inputs)
    {
        long total = 0;
        foreach (var input in inputs)
        {
            if (IsUrl(input) || IsFeedFile(input) || input == "-") return null;
            if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
                    total += EstimateFile(file) ?? 0;
            }
            else if (File.Exists(input))
            {
                total += EstimateFile(input) ?? 1;
            }
        }
        return total;
    }

    private static long? EstimateFile(string file)
    {
        var format = InputFormats.FromExtension(file);
        if (format is null || Path.GetFileName(file).StartsWith('.')) return null;
        if (format != InputFormat.JsonLines) return 1;
        long lines = 0;
        using var stream = File.OpenRead(file);
        var buffer = new byte[64 * 1024];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0) lines += buffer.AsSpan(0, n).Count((byte)'\n');
        return lines;
    }
}
