using System.Net;
using System.Text;
using Vigil.Input;
using Vigil.Store.Ingest;

namespace Vigil.Tests.Store;

/// <summary>RSS and Atom ingestion: full-text items as they are, summary-only items through their article pages.</summary>
public class FeedTests
{
    private const string ArticlePage = """
        <html><head><title>Soldiers fire on townspeople</title>
        <meta property="og:site_name" content="Example News"></head>
        <body><nav>Home | World | Sport</nav><article><h1>Soldiers fire on townspeople</h1>
        <p>Soldiers fired on townspeople in Antúnez on Monday night, killing two people, a local vigilante leader said on Tuesday.</p>
        <p>The vigilante groups rose up last year against the Knights Templar drug cartel, saying local police were corrupt or powerless to stop extortion and killings.</p>
        <p>Residents said the shooting began after soldiers tried to take weapons from members of the self-defense militias at a checkpoint near the town.</p>
        </article><footer>Contact us</footer></body></html>
        """;

    private static readonly string LongText = string.Join(" ", Enumerable.Repeat("Police said the protest in the capital was peaceful and that the marchers dispersed by nightfall.", 12));

    private static string Rss(string description, string link) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <title>Example Wire</title><link>https://news.example/</link><description>News</description>
        <item><title>Soldiers fire on townspeople</title><link>{link}</link>
        <pubDate>Tue, 14 Jan 2014 08:00:00 GMT</pubDate><description>{description}</description></item>
        <item><title>Capital march</title><link>https://news.example/march</link>
        <pubDate>Wed, 15 Jan 2014 08:00:00 GMT</pubDate><content:encoded><![CDATA[<p>{LongText}</p>]]></content:encoded></item>
        </channel></rss>
        """;

    private sealed class FakeWeb(Dictionary<string, string> pages) : HttpMessageHandler
    {
        public List<string> Requested { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(Send(request, cancellationToken));

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var url = request.RequestUri!.ToString();
            Requested.Add(url);
            return pages.TryGetValue(url, out var body)
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, url.EndsWith(".xml") ? "application/rss+xml" : "text/html"), RequestMessage = request }
                : new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
        }
    }

    private static List<InputResult> Read(FakeWeb web, params string[] inputs)
    {
        using var client = WebFetcher.CreateClient(web);
        return new IngestSources(new WebFetcher(client, InputLimits.Default), InputLimits.Default).Read(inputs).ToList();
    }

    [Fact]
    public void A_summary_only_item_is_fetched_and_a_full_text_item_is_used_as_is()
    {
        using var folder = new TempFolder();
        var feed = folder.File("wire.rss", Rss("Soldiers fired on townspeople.", "https://news.example/antunez"));
        var web = new FakeWeb(new() { ["https://news.example/antunez"] = ArticlePage });
        var results = Read(web, feed);

        Assert.Equal(["https://news.example/antunez"], web.Requested);
        var fetched = results[0].Document!;
        Assert.StartsWith("Soldiers fired on townspeople in Antúnez on Monday night", fetched.Text);
        Assert.DoesNotContain("Contact us", fetched.Text);
        Assert.Equal("Soldiers fire on townspeople", fetched.Title);
        Assert.Equal("https://news.example/antunez", fetched.Url);
        Assert.Equal(new DateOnly(2014, 1, 14), fetched.Published);
        Assert.Equal("Example News", fetched.Source);

        var inline = results[1].Document!;
        Assert.StartsWith("Police said the protest", inline.Text);
        Assert.Equal("Example Wire", inline.Source);
        Assert.Equal(new DateOnly(2014, 1, 15), inline.Published);
    }

    [Fact]
    public void A_feed_url_is_read_and_an_unreachable_article_is_one_error()
    {
        var web = new FakeWeb(new() { ["https://news.example/feed.xml"] = Rss("Short summary.", "https://news.example/gone") });
        var results = Read(web, "https://news.example/feed.xml");

        Assert.Equal("https://news.example/gone", results[0].Error!.Input);
        Assert.Contains("HTTP 404", results[0].Error!.Reason);
        Assert.NotNull(results[1].Document);
    }

    [Fact]
    public void A_url_of_an_article_page_is_one_document_and_a_broken_feed_one_error()
    {
        using var folder = new TempFolder();
        var broken = folder.File("broken.xml", "<rss><channel><item>");
        var web = new FakeWeb(new() { ["https://news.example/antunez"] = ArticlePage });
        var results = Read(web, "https://news.example/antunez", broken);

        Assert.StartsWith("Soldiers fired on townspeople", results[0].Document!.Text);
        Assert.Equal(broken, results[1].Error!.Input);
    }
}
