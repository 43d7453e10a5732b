using SmartReader;
using Vigil.Documents;

namespace Vigil.Input;

/// <summary>
/// Extracts an article's main text from an HTML page with SmartReader (a port of Mozilla's Readability).
/// The document text is the extracted plain text; offsets point into it. Title, date and site name come
/// from the page's metadata where present.
/// </summary>
public static class HtmlArticleReader
{
    public static InputResult Read(string path, InputLimits limits)
    {
        if (!FileBytes.TryRead(path, limits, out var bytes, out var error)) return InputResult.Fail(path, error!);
        var html = TextDecoding.TryDecode(bytes, out var reason);
        if (html is null) return InputResult.Fail(path, reason!);
        return FromHtml(path, html, url: null);
    }

    /// <param name="inputName">Names the input in messages.</param>
    /// <param name="html">The page source.</param>
    /// <param name="url">The page's address when known; used to resolve relative links and as the document URL.</param>
    public static InputResult FromHtml(string inputName, string html, string? url)
    {
        if (TextDecoding.IsBlank(html)) return InputResult.Fail(inputName, "empty document (no text)");
        Article article;
        AngleSharp.Html.Dom.IHtmlDocument page;
        try
        {
            // Parse once: SmartReader works on the same DOM we read the canonical URL from.
            page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            var canonicalUrl = CanonicalUrl(page);
            url ??= canonicalUrl;
            article = new Reader(url ?? "https://localhost/", page).GetArticle();
        }
        catch (Exception e)
        {
            return InputResult.Fail(inputName, $"cannot extract an article from the HTML ({e.Message})");
        }
        var text = article.IsReadable ? article.TextContent : null;
        if (string.IsNullOrWhiteSpace(text)) return InputResult.Fail(inputName, "no article text found in the HTML");

        var document = new Document(text.Trim('\n', '\r', ' ', '\t'))
        {
            Origin = inputName,
            Title = NullIfBlank(article.Title),
            Url = url,
            Source = NullIfBlank(article.SiteName),
            Published = article.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null,
        };
        return InputResult.Of(document);
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>The page's own canonical or og:url address, if it declares one.</summary>
    private static string? CanonicalUrl(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
                        ?? page.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        return Uri.TryCreate(canonical, UriKind.Absolute, out var uri) ? uri.ToString() : null;
    }
}
