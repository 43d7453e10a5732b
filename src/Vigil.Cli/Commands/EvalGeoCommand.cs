using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Vigil.Documents;
using Vigil.Evaluation;
using Vigil.Models;
using Vigil.Pipeline;
using Vigil.Places;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil eval geo --gold FILE.xml [--baseline population] [--json] [--misses]</c>: toponym recognition and resolution.</summary>
public static class EvalGeoCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "A TR-News or GeoVirus style XML corpus", Required = true };
        var baseline = new Option<string?>("--baseline") { Description = "population: resolve every toponym to its most populous namesake" };
        baseline.AcceptOnlyFromAmong("population");
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var misses = new Option<bool>("--misses") { Description = "Also list gold toponyms Vigil missed, those it resolved more than 161 km away, and places it found that the gold lacks" };
        var command = new Command("geo", "Score place recognition and resolution against a geoparsing corpus") { gold, baseline, json, misses };
        command.SetAction(parse =>
        {
            var articles = ReadCorpus(parse.GetValue(gold)!, "--gold");
            var gazetteer = LoadedModels.Gazetteer ?? throw new UsageException($"no gazetteer at {ModelPaths.Gazetteer} (run vigil gazetteer build)");
            var scorer = new GeoScorer();
            foreach (var (article, document) in Geoparse(articles, gazetteer, populationOnly: parse.GetValue(baseline) == "population"))
            {
                scorer.Add(article.Toponyms, document.Places);
                if (parse.GetValue(misses)) PrintErrors(article, document, parse.InvocationConfiguration.Output);
            }
            Print(scorer.Result(), articles.Count, parse.GetValue(json), parse.InvocationConfiguration.Output);
            return 0;
        });
        return command;
    }

    internal static List<GeoArticle> ReadCorpus(string path, string option)
    {
        if (!File.Exists(path)) throw new UsageException($"{option}: {path}: no such file");
        try
        {
            return GeoCorpus.Read(path);
        }
        catch (System.Xml.XmlException e)
        {
            throw new UsageException($"{option}: {path}: not XML ({e.Message})");
        }
    }

    /// <summary>Each article with its places, the stages before places run as `vigil extract` runs them (entities tell person names from places).</summary>
    internal static IEnumerable<(GeoArticle Article, Document Document)> Geoparse(List<GeoArticle> articles, Gazetteer gazetteer, bool populationOnly = false)
    {
        var syntax = PipelineFactory.CreateSyntax();
        var entities = LoadedModels.Ner is { } ner ? new Vigil.Entities.EntitiesStage(ner, gazetteer) : null;
        var places = new PlacesStage(gazetteer, new ToponymResolver(gazetteer) { PopulationOnly = populationOnly });
        foreach (var article in articles)
        {
            if (string.IsNullOrWhiteSpace(article.Text)) continue;
            var document = new Document(article.Text);
            syntax.Process(document);
            entities?.Process(document);
            places.Process(document);
            yield return (article, document);
        }
    }

    /// <summary>For error analysis (--misses): gold toponyms missed, and those resolved more than 161 km away.</summary>
    private static void PrintErrors(GeoArticle article, Document document, TextWriter output)
    {
        foreach (var g in article.Toponyms)
        {
            var p = document.Places.FirstOrDefault(p => p.Start < g.End && g.Start < p.End);
            if (p is null)
            {
                output.WriteLine($"missed\t{g.Text}\t{Context(article.Text, g.Start, g.End)}");
                continue;
            }
            double km = GreatCircle.DistanceKm(g.Lat, g.Lon, p.Lat ?? 0, p.Lon ?? 0);
            if (km > 161) output.WriteLine(FormattableString.Invariant($"far\t{km:F0}\t{g.Text}\t{p.Name}\t{p.Feature}\t{p.Country}\t{p.Admin1}\tgold {g.Lat:F2},{g.Lon:F2}"));
        }
        foreach (var p in document.Places.Where(p => !article.Toponyms.Any(g => p.Start < g.End && g.Start < p.End)))
            output.WriteLine($"spurious\t{p.Text}\t{p.Feature}\t{Context(article.Text, p.Start, p.End)}");
    }

    /// <summary>The toponym in [brackets] with up to 50 characters either side, on one line.</summary>
    private static string Context(string text, int start, int end)
    {
        int from = Math.Max(0, start - 50), to = Math.Min(text.Length, end + 50);
        return (text[from..start] + "[" + text[start..end] + "]" + text[end..to]).ReplaceLineEndings(" ");
    }

    private static void Print(GeoScores s, int articles, bool json, TextWriter output)
    {
        if (json)
        {
            var values = new Dictionary<string, double>
            {
                ["precision"] = Math.Round(s.Precision, 2), ["recall"] = Math.Round(s.Recall, 2), ["acc161"] = Math.Round(s.Acc161, 2),
                ["mean_km"] = Math.Round(s.MeanKm, 1), ["median_km"] = Math.Round(s.MedianKm, 1), ["auc"] = Math.Round(s.Auc, 3),
            };
            output.WriteLine(JsonSerializer.Serialize(values, CliJsonContext.Default.DictionaryStringDouble));
            return;
        }
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Format(inv, "{0} articles, {1} gold toponyms, {2} found, {3} matched", articles, s.Gold, s.System, s.Matched));
        output.WriteLine(string.Format(inv, "  precision   {0,6:F2}", s.Precision));
        output.WriteLine(string.Format(inv, "  recall      {0,6:F2}", s.Recall));
        output.WriteLine(string.Format(inv, "  acc@161km   {0,6:F2}", s.Acc161));
        output.WriteLine(string.Format(inv, "  mean km     {0,6:F0}", s.MeanKm));
        output.WriteLine(string.Format(inv, "  median km   {0,6:F1}", s.MedianKm));
        output.WriteLine(string.Format(inv, "  AUC         {0,6:F3}", s.Auc));
    }
}
