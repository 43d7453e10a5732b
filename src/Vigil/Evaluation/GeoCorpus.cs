using System.Globalization;
using System.Xml.Linq;

namespace Vigil.Evaluation;

/// <summary>A gold toponym: its span in the article text and where it is.</summary>
public sealed record GoldToponym(int Start, int End, string Text, double Lat, double Lon);

/// <summary>An article of a geoparsing corpus with its gold toponyms.</summary>
public sealed record GeoArticle(string Text, IReadOnlyList<GoldToponym> Toponyms);

/// <summary>
/// Reads the geoparsing corpora of Gritta et al.: TR-News style (&lt;toponym&gt; with &lt;phrase&gt;,
/// &lt;start&gt;, &lt;end&gt; and a &lt;gaztag&gt; holding lat and lon) and GeoVirus style (&lt;location&gt; with
/// &lt;name&gt;, &lt;start&gt;, &lt;end&gt;, &lt;lat&gt;, &lt;lon&gt;). Toponyms without coordinates are skipped.
/// </summary>
public static class GeoCorpus
{
    public static List<GeoArticle> Read(string path)
    {
        var xml = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        var articles = new List<GeoArticle>();
        foreach (var article in xml.Root!.Elements("article"))
        {
            var text = article.Element("text")?.Value ?? "";
            var toponyms = new List<GoldToponym>();
            foreach (var t in article.Descendants("toponym"))
            {
                var gaz = t.Element("gaztag");
                if (gaz is null || !TryNumber(gaz.Element("lat"), out var lat) || !TryNumber(gaz.Element("lon"), out var lon)) continue;
                Add(toponyms, t.Element("start"), t.Element("end"), t.Element("phrase"), lat, lon);
            }
            foreach (var l in article.Descendants("location"))
            {
                if (!TryNumber(l.Element("lat"), out var lat) || !TryNumber(l.Element("lon"), out var lon)) continue;
                Add(toponyms, l.Element("start"), l.Element("end"), l.Element("name"), lat, lon);
            }
            articles.Add(new GeoArticle(text, toponyms));
        }
        return articles;
    }

    private static void Add(List<GoldToponym> toponyms, XElement? start, XElement? end, XElement? phrase, double lat, double lon)
    {
        if (!int.TryParse(start?.Value.Trim(), out var s) || !int.TryParse(end?.Value.Trim(), out var e)) return;
        toponyms.Add(new GoldToponym(s, e, phrase?.Value.Trim() ?? "", lat, lon));
    }

    private static bool TryNumber(XElement? element, out double value)
    {
        value = 0;
        return element is not null && double.TryParse(element.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
