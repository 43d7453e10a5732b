using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Vigil.Entities;
using Vigil.Models;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil eval ner --gold FILE.iob2 [--json]</c>: entity-level precision, recall and F1.</summary>
public static class EvalNerCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "An IOB2 file (Universal NER layout)", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var misses = new Option<bool>("--misses") { Description = "Also list every missed and every spurious entity with its sentence" };
        var command = new Command("ner", "Score the named-entity recognizer (on the file's tokens)") { gold, json, misses };
        command.SetAction(parse =>
        {
            var sentences = ReadIob(parse.GetValue(gold)!, "--gold");
            var recognizer = LoadedModels.Ner ?? throw new UsageException($"no NER model at {ModelPaths.Ner} (run vigil train ner)");
            long started = Stopwatch.GetTimestamp();
            var tagger = LoadedModels.Tagger;
            var predicted = sentences.Select(s => recognizer.Tag(s.Tokens, tagger is null ? null : TrainCommand.TagTokens(tagger, s.Tokens))).ToList();
            // As the pipeline does: a name found once in a document is found wherever the document repeats it.
            foreach (var document in Enumerable.Range(0, sentences.Count).GroupBy(i => sentences[i].Document))
                DocumentConsistency.Propagate(document.Select(i => sentences[i].Tokens).ToList(), document.Select(i => predicted[i]).ToList());
            double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var scores = NerScorer.Score(sentences, predicted);
            int tokens = sentences.Sum(s => s.Tokens.Length);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(misses)) PrintMisses(sentences, predicted, output);
            Print(scores, tokens / Math.Max(seconds, 1e-9), parse.GetValue(json), output);
            return 0;
        });
        return command;
    }

    internal static List<IobSentence> ReadIob(string path, string option)
    {
        if (!File.Exists(path)) throw new UsageException($"{option}: {path}: no such file");
        try
        {
            return IobReader.ReadFile(path);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"{option}: {path}: {e.Message}");
        }
    }

    /// <summary>One line per error: "missed" gold entities and "spurious" predicted ones, in sentence order.</summary>
    private static void PrintMisses(IReadOnlyList<IobSentence> gold, IReadOnlyList<string[]> predicted, TextWriter output)
    {
        for (int s = 0; s < gold.Count; s++)
        {
            var g = IobReader.Spans(gold[s].Tags);
            var p = IobReader.Spans(predicted[s]);
            var tokens = gold[s].Tokens;
            string Text((int Start, int Length, string Type) span) => string.Join(' ', tokens.AsSpan(span.Start, span.Length).ToArray());
            foreach (var span in g.Except(p)) output.WriteLine($"missed\t{span.Type}\t{Text(span)}\t{string.Join(' ', tokens)}");
            foreach (var span in p.Except(g)) output.WriteLine($"spurious\t{span.Type}\t{Text(span)}\t{string.Join(' ', tokens)}");
        }
    }

    private static void Print(NerScores s, double tokensPerSecond, bool json, TextWriter output)
    {
        static double R(double v) => Math.Round(v, 2);
        if (json)
        {
            var values = new Dictionary<string, double>
            {
                ["precision"] = R(s.Overall.Precision), ["recall"] = R(s.Overall.Recall), ["f1"] = R(s.Overall.F1),
                ["tokens_per_second"] = Math.Round(tokensPerSecond),
            };
            foreach (var (label, score) in s.PerLabel)
            {
                values[label.ToLowerInvariant() + "_precision"] = R(score.Precision);
                values[label.ToLowerInvariant() + "_recall"] = R(score.Recall);
                values[label.ToLowerInvariant() + "_f1"] = R(score.F1);
            }
            output.WriteLine(JsonSerializer.Serialize(values, CliJsonContext.Default.DictionaryStringDouble));
            return;
        }
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"{"label",-8} {"precision",9} {"recall",7} {"F1",7} {"gold",6}");
        foreach (var (label, score) in s.PerLabel.Append(new KeyValuePair<string, Evaluation.F1Score>("overall", s.Overall)))
            output.WriteLine(string.Format(inv, "{0,-8} {1,9:F2} {2,7:F2} {3,7:F2} {4,6}", label, score.Precision, score.Recall, score.F1, score.GoldCount));
        output.WriteLine(string.Format(inv, "{0:F0} tokens/s", tokensPerSecond));
    }
}
