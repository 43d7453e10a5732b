using System.Text;
using Vigil.Input;

namespace Vigil.Tests.Input;

public class InputSourceTests
{
    private static List<InputResult> Read(params string[] paths) => new InputSource().Read(paths).ToList();

    [Fact]
    public void Text_keeps_crlf_accents_and_curly_quotes_and_drops_the_bom()
    {
        using var folder = new TempFolder();
        var text = "ANTÚNEZ, Mexico —\r\n“They fired,” she said.\r\n";
        var path = folder.File("a.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        var document = Assert.Single(Read(path)).Document!;
        Assert.Equal(text, document.Text);
        int quote = document.Text.IndexOf('“');
        Assert.Equal(19, quote);
        Assert.Equal("They fired,", document.Slice(quote + 1, quote + 12));
    }

    [Fact]
    public void A_folder_is_read_recursively_in_a_stable_order_and_skips_other_files()
    {
        using var folder = new TempFolder();
        folder.File("b.txt", "Second.");
        folder.File("a.txt", "First.");
        folder.File("sub/c.jsonl", "{\"text\":\"Third.\",\"id\":\"c1\"}\n{\"text\":\"Fourth.\"}\n");
        folder.File("notes.csv", "x,y");
        var results = Read(folder.Path);
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(["First.", "Second.", "Third.", "Fourth."], results.Select(r => r.Document!.Text));
        Assert.Equal("c1", results[2].Document!.Id);
    }

    [Fact]
    public void Json_lines_carry_metadata()
    {
        using var folder = new TempFolder();
        var path = folder.File("d.jsonl",
            "{\"text\":\"Body.\",\"id\":\"x\",\"published\":\"2014-01-14\",\"title\":\"T\",\"url\":\"https://e.org/x\",\"source\":\"AP\"}\n");
        var document = Assert.Single(Read(path)).Document!;
        Assert.Equal(new DateOnly(2014, 1, 14), document.Published);
        Assert.Equal(("x", "T", "https://e.org/x", "AP"), (document.Id, document.Title, document.Url, document.Source));
    }

    [Fact]
    public void Html_gives_the_article_text_and_page_metadata()
    {
        using var folder = new TempFolder();
        var paragraph = "Soldiers sent to disarm a self-defense group opened fire on townspeople who had blocked their convoy, " +
                        "residents said on Tuesday. The death toll was disputed by state officials and by witnesses. ";
        var html = $"""
            <html><head><title>Soldiers fire on townspeople | Daily Wire</title>
            <meta property="og:site_name" content="Daily Wire">
            <meta property="og:title" content="Soldiers fire on townspeople">
            <meta property="article:published_time" content="2014-01-14T10:00:00Z">
            <link rel="canonical" href="https://example.org/news/antunez">
            </head><body><nav>Home | World | Sports</nav>
            <article><h1>Soldiers fire on townspeople</h1><p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p></article>
            <footer>Copyright</footer></body></html>
            """;
        var path = folder.File("page.html", html);
        var document = Assert.Single(Read(path)).Document!;
        Assert.Contains("opened fire on townspeople", document.Text);
        Assert.DoesNotContain("Copyright", document.Text);
        Assert.Equal("Soldiers fire on townspeople", document.Title);
        Assert.Equal("Daily Wire", document.Source);
        Assert.Equal(new DateOnly(2014, 1, 14), document.Published);
        Assert.Equal("https://example.org/news/antunez", document.Url);
    }

    [Fact]
    public void Standard_input_is_read_as_text_or_json_lines()
    {
        var text = new InputSource(openStandardInput: () => new MemoryStream(Encoding.UTF8.GetBytes("Plain words.\r\n"))).Read(["-"]).Single();
        Assert.Equal("Plain words.\r\n", text.Document!.Text);
        var lines = new InputSource(openStandardInput: () => new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"))).Read(["-"]).ToList();
        Assert.Equal(["a", "b"], lines.Select(l => l.Document!.Text));
        Assert.Equal("-:2", lines[1].Document!.Origin);
    }
}
