using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Vigil.Attribution;
using Vigil.Documents;
using Vigil.Pipeline;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil eval attribution --gold DIR [--json]</c>: quotes against a PolNeAR-style folder.</summary>
public static class EvalAttributionCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "A folder with text/ and attributions/ (PolNeAR layout)", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var misses = new Option<bool>("--misses") { Description = "Also list gold attributions whose content Vigil missed and Vigil's quotes that match no gold content" };
        var command = new Command("attribution", "Score quotes and reported speech (content, source, cue spans)") { gold, json, misses };
        command.SetAction(parse =>
        {
            var articles = ReadPolnear(parse.GetValue(gold)!, "--gold");
            var annotators = articles.GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.Count());
            var pipeline = PipelineFactory.CreateDefault();
            var scorer = new AttributionScorer();
            var cache = new Dictionary<string, Document>();
            foreach (var article in articles)
            {
                if (!cache.TryGetValue(article.Name, out var document))
                {
                    document = new Document(article.Text);
                    pipeline.Process(document);
                    cache[article.Name] = document;
                }
                double weight = 1.0 / annotators[article.Name];
                scorer.Add(article.Text, "content", article.Attributions.Select(a => a.Content).ToList(),
                    document.Quotes.Select(q => (q.Content.Start, q.Content.End)).ToList(), weight);
                scorer.Add(article.Text, "source", article.Attributions.Select(a => a.Source).ToList(),
                    document.Quotes.Where(q => q.Source is not null).Select(q => (q.Source!.Start, q.Source.End)).ToList(), weight);
                scorer.Add(article.Text, "cue", article.Attributions.Select(a => a.Cue).ToList(),
                    document.Quotes.Where(q => q.Cue is not null).Select(q => (q.Cue!.Start, q.Cue.End)).ToList(), weight);
                if (parse.GetValue(misses)) PrintMisses(article, document, parse.InvocationConfiguration.Output);
            }
            Print(scorer, articles.Count, parse.GetValue(json), parse.InvocationConfiguration.Output);
            return 0;
        });
        return command;
    }

    /// <summary>A PolNeAR-style folder, or a one-line error naming the option.</summary>
    internal static List<AnnotatedArticle> ReadPolnear(string folder, string option)
    {
        try
        {
            return PolnearCorpus.Read(folder);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new UsageException($"{option}: {e.Message}");
        }
    }

    private static void PrintMisses(AnnotatedArticle article, Document document, TextWriter output)
    {
        var text = article.Text;
        string Show((int Start, int End)? span) => span is { } s ? text[s.Start..s.End].ReplaceLineEndings(" ") : "-";
        (int Start, int End)? Whole(IReadOnlyList<(int Start, int End)> ranges) => ranges.Count == 0 ? null : (ranges.Min(r => r.Start), ranges.Max(r => r.End));
        var system = document.Quotes.Select(q => (q.Content.Start, q.Content.End)).ToList();
        foreach (var gold in article.Attributions)
        {
            if (Whole(gold.Content) is not { } content || system.Any(s => AttributionScorer.Overlaps(text, content, s))) continue;
            output.WriteLine($"missed\t{article.Name}\t{Show(Whole(gold.Cue))}\t{Show(Whole(gold.Source))}\t{Show(content)}");
        }
        foreach (var quote in document.Quotes)
        {
            var content = (quote.Content.Start, quote.Content.End);
            if (article.Attributions.Any(g => Whole(g.Content) is { } c && AttributionScorer.Overlaps(text, c, content))) continue;
            output.WriteLine($"spurious\t{article.Name}\t{Show(quote.Cue is { } cue ? (cue.Start, cue.End) : null)}\t{Show(quote.Source is { } src ? (src.Start, src.End) : null)}\t{Show(content)}");
        }
    }

    private static void Print(AttributionScorer scorer, int annotations, bool json, TextWriter output)
    {
        if (json)
        {
            var values = new Dictionary<string, double>();
            foreach (var kind in AttributionScorer.Kinds)
            {
                foreach (var exact in new[] { false, true })
                {
                    var s = scorer.Score(kind, exact);
                    var suffix = exact ? "exact" : "overlap";
                    values[$"{kind}_{suffix}_precision"] = Math.Round(s.Precision, 2);
                    values[$"{kind}_{suffix}_recall"] = Math.Round(s.Recall, 2);
                    values[$"{kind}_{suffix}_f1"] = Math.Round(s.F1, 2);
                }
            }
            output.WriteLine(JsonSerializer.Serialize(values, CliJsonContext.Default.DictionaryStringDouble));
            return;
        }
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"{annotations} annotations");
        output.WriteLine($"{"span",-8} {"match",-8} {"precision",9} {"recall",7} {"F1",7}");
        foreach (var kind in AttributionScorer.Kinds)
        {
            foreach (var exact in new[] { false, true })
            {
                var s = scorer.Score(kind, exact);
                output.WriteLine(string.Format(inv, "{0,-8} {1,-8} {2,9:F2} {3,7:F2} {4,7:F2}", kind, exact ? "exact" : "overlap", s.Precision, s.Recall, s.F1));
            }
        }
    }
}
