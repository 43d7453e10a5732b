using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Vigil.Documents;
using Vigil.Evaluation;
using Vigil.Pipeline;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil eval events --gold DIR [--json]</c>: events against the project's hand-coded gold set.</summary>
public static class EvalEventsCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "A folder of gold articles (tests/gold-events)", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var misses = new Option<bool>("--misses") { Description = "Also list missed and spurious events and wrong fields (tab-separated: kind, article, sentence, code, actors)" };
        var command = new Command("events", "Score event coding against hand-coded articles") { gold, json, misses };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(gold)!;
            if (!Directory.Exists(folder)) throw new UsageException($"--gold: {folder}: no such directory");
            var pipeline = PipelineFactory.CreateDefault();
            var scorer = new EventScorer();
            List<GoldArticle> articles;
            try
            {
                articles = EventGold.Read(folder);
            }
            catch (InvalidDataException e)
            {
                throw new UsageException($"--gold: {e.Message}");
            }
            foreach (var article in articles)
            {
                var document = new Document(article.Text) { Published = article.Published };
                pipeline.Process(document);
                scorer.Add(article, document);
            }
            var s = scorer.Result();
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                var values = new Dictionary<string, double>
                {
                    ["precision"] = Math.Round(s.Events.Precision, 2), ["recall"] = Math.Round(s.Events.Recall, 2), ["f1"] = Math.Round(s.Events.F1, 2),
                    ["place_accuracy"] = Math.Round(s.PlaceAccuracy, 2), ["date_accuracy"] = Math.Round(s.DateAccuracy, 2),
                    ["fatalities_accuracy"] = Math.Round(s.FatalitiesAccuracy, 2),
                };
                output.WriteLine(JsonSerializer.Serialize(values, CliJsonContext.Default.DictionaryStringDouble));
                return 0;
            }
            if (parse.GetValue(misses)) foreach (var line in scorer.Misses) output.WriteLine(line);
            var inv = CultureInfo.InvariantCulture;
            output.WriteLine(string.Format(inv, "events: precision {0:F2}  recall {1:F2}  F1 {2:F2}  ({3} matched of {4} gold, {5} system)",
                s.Events.Precision, s.Events.Recall, s.Events.F1, s.Events.Correct, s.Events.GoldCount, s.Events.SystemCount));
            output.WriteLine(string.Format(inv, "fields of matched events: place {0:F1}  date {1:F1}  fatalities {2:F1}", s.PlaceAccuracy, s.DateAccuracy, s.FatalitiesAccuracy));
            return 0;
        });
        return command;
    }
}
