using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Vigil.Actors;
using Vigil.Evaluation;
using Vigil.Events;
using Vigil.Pipeline;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil eval petrarch --records FILE --dictionaries DIR [--json] [--misses]</c>: Vigil's coder, with
/// the dictionaries the records name imported into Vigil's formats, over PETRARCH's validation records.
/// </summary>
public static class EvalPetrarchCommand
{
    public static Command Create()
    {
        var records = new Option<string>("--records") { Description = "PETRARCH validation records (PETR.UnitTest.records.xml)", Required = true };
        var dictionaries = new Option<string>("--dictionaries") { Description = "The folder holding the dictionaries the records' <Environment> names", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: exact, root, records" };
        var misses = new Option<bool>("--misses") { Description = "List every record not reproduced exactly" };
        var command = new Command("petrarch", "Score event coding on PETRARCH's validation records") { records, dictionaries, json, misses };
        command.SetAction(parse =>
        {
            var recordsPath = parse.GetValue(records)!;
            var folder = parse.GetValue(dictionaries)!;
            if (!File.Exists(recordsPath)) throw new UsageException($"--records: {recordsPath}: no such file");
            if (!Directory.Exists(folder)) throw new UsageException($"--dictionaries: {folder}: no such directory");
            PetrarchRecords.Environment environment;
            List<PetrarchRecord> list;
            try
            {
                (environment, list) = PetrarchRecords.Read(recordsPath);
            }
            catch (InvalidDataException e)
            {
                throw new UsageException(e.Message);
            }
            var lexicon = EventLexicon.Default.WithPatterns(ImportVerbs(Dictionary(folder, environment.Verbs, "Verbfile")), "verbs", replace: true);
            var actors = ActorDictionary.Parse(PetrarchImporter.ConvertActors(File.ReadLines(Dictionary(folder, environment.Actors, "Actorfile"))));
            var agents = AgentDictionary.Parse(PetrarchImporter.ConvertAgents(File.ReadLines(Dictionary(folder, environment.Agents, "Agentfile"))));
            var discards = environment.Discards is null ? DiscardList.Parse([]) : DiscardList.Parse(File.ReadLines(Dictionary(folder, environment.Discards, "Discardfile")));
            var coder = PipelineFactory.CreateDictionaryCoder(lexicon, new ActorPhraseCoder(actors, agents));
            var score = PetrarchValidation.Run(list, coder, discards);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(misses))
            {
                foreach (var miss in score.Misses)
                {
                    output.WriteLine($"{miss.Record.Id}: {miss.Record.Text}");
                    output.WriteLine($"  expected: {string.Join("; ", miss.Record.Expected)}");
                    output.WriteLine($"  coded:    {string.Join("; ", miss.Coded)}");
                    // The parse and the events (with uncoded actors) show where a miss comes from.
                    var tokens = miss.Document.Tokens;
                    output.WriteLine("  parse:    " + string.Join(' ', tokens.Select((t, i) => $"{t.Form}/{t.Lemma}/{t.Upos}/{t.DepRel}>{(t.Head < 0 ? "" : tokens[t.Head].Form)}")));
                    foreach (var e in miss.Document.Events)
                        output.WriteLine($"  event:    {e.Trigger.Text} {e.Cameo} [{e.Actor1?.Text}|{e.Actor1?.Code}] -> [{e.Actor2?.Text}|{e.Actor2?.Code}] {e.Modality}");
                }
            }
            if (parse.GetValue(json))
            {
                var values = new Dictionary<string, double>
                {
                    ["exact"] = Math.Round(score.ExactPercent, 2), ["root"] = Math.Round(score.RootPercent, 2), ["records"] = score.Records,
                };
                output.WriteLine(JsonSerializer.Serialize(values, CliJsonContext.Default.DictionaryStringDouble));
                return 0;
            }
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "records {0}: exact {1:F2}% ({2}), root {3:F2}% ({4})",
                score.Records, score.ExactPercent, score.Exact, score.RootPercent, score.Root));
            return 0;
        });
        return command;
    }

    private static IEnumerable<string> ImportVerbs(string path) =>
        PetrarchVerbImporter.Convert(File.ReadLines(path), EventLexicon.Default.Ontology).Lines;

    private static string Dictionary(string folder, string? name, string element)
    {
        if (name is null) throw new UsageException($"--records: the <Environment> block names no <{element}>");
        var path = Path.Combine(folder, name);
        if (!File.Exists(path)) throw new UsageException($"--dictionaries: {path}: no such file (named by <{element}>)");
        return path;
    }
}
