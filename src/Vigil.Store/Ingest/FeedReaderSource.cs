using AngleSharp.Html.Parser;
using CodeHollow.FeedReader;
using Vigil.Documents;
using Vigil.Input;

namespace Vigil.Store.Ingest;

/// <summary>
/// Documents from an RSS or Atom feed. An item whose feed carries the full article (content:encoded or a
/// long description) is used as is; an item with only a summary has its link fetched and the article text
/// extracted from the page. Each item becomes a document with the item's title, link and date, and the
/// feed's title as the outlet unless the page names its own.
/// </summary>
public sealed class FeedReaderSource(WebFetcher fetcher)
{
    /// <summary>Feed text with at least this many words is taken to be the whole article.</summary>
    public const int FullTextMinimumWords = 150;

    public static bool LooksLikeFeed(string body)
    {
        var head = body.AsSpan(0, Math.Min(body.Length, 2048));
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) ||
               head.Contains("<feed", StringComparison.OrdinalIgnoreCase) ||
               head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    public IEnumerable<InputResult> Read(string inputName, string feedXml)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(feedXml);
        }
        catch (Exception e)
        {
            return [InputResult.Fail(inputName, $"not a readable RSS or Atom feed ({e.Message})")];
        }
        if (feed.Items.Count == 0) return [InputResult.Fail(inputName, "feed has no items")];
        return feed.Items.Select((item, i) => ReadItem(inputName, i + 1, feed, item));
    }

    private InputResult ReadItem(string inputName, int index, Feed feed, FeedItem item)
    {
        var name = item.Link ?? $"{inputName}#{index}";
        var feedText = PlainText(item.Content) ?? PlainText(item.Description);
        Document document;
        if (feedText is not null && WordCount(feedText) >= FullTextMinimumWords)
        {
            document = new Document(feedText) { Origin = name, Url = item.Link };
        }
        else if (item.Link is { } link)
        {
            var page = fetcher.TryFetch(link, out var reason);
            if (page is null) return InputResult.Fail(name, $"cannot fetch the article ({reason})");
            var article = HtmlArticleReader.FromHtml(name, page.Body, page.Url);
            if (article.Document is null) return article;
            document = article.Document;
        }
        else
        {
            return InputResult.Fail(name, "feed item has neither full text nor a link to the article");
        }
        document.Title = NullIfBlank(item.Title) ?? document.Title;
        document.Url ??= item.Link;
        document.Source ??= NullIfBlank(feed.Title);
        if (item.PublishingDate is { } date) document.Published = DateOnly.FromDateTime(date);
        return InputResult.Of(document);
    }

    /// <summary>The text of an HTML fragment with paragraphs on their own lines; null when empty.</summary>
    private static string? PlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        var fragment = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        foreach (var block in fragment.QuerySelectorAll("p, br, div, li, h1, h2, h3, h4"))
            block.Before(fragment.CreateTextNode("\n"));
        var lines = (fragment.Body?.TextContent ?? "").Split('\n')
            .Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0);
        var text = string.Join("\n\n", lines);
        return text.Length == 0 ? null : text;
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
