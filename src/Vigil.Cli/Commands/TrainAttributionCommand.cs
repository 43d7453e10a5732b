using System.CommandLine;
using Vigil.Attribution;
using Vigil.Documents;
using Vigil.Pipeline;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil train attribution --polnear DIR --out DIR</c>: learns attribution cue verbs from a
/// PolNeAR-style folder (text/ and attributions/) and writes attribution-cues.txt.
/// </summary>
public static class TrainAttributionCommand
{
    public static Command Create()
    {
        var polnear = new Option<string>("--polnear") { Description = "A folder with text/ and attributions/ (PolNeAR layout; use train, never the folder you evaluate on)", Required = true };
        var outDir = new Option<string>("--out") { Description = "Folder to write attribution-cues.txt to", Required = true };
        var minRate = new Option<double>("--min-rate") { Description = "Keep verbs inside a gold cue at least this share of their cue-shaped uses", DefaultValueFactory = _ => 0.5 };
        var minCount = new Option<int>("--min-count") { Description = "Keep verbs seen at least this many times", DefaultValueFactory = _ => 4 };
        var command = new Command("attribution", "Learn attribution cue verbs from an annotated corpus") { polnear, outDir, minRate, minCount };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(polnear)!;
            var articles = EvalAttributionCommand.ReadPolnear(folder, "--polnear");
            var output = parse.InvocationConfiguration.Output;
            var syntax = PipelineFactory.CreateSyntax();
            var learner = new CueRateLearner();
            foreach (var article in articles.GroupBy(a => a.Name))
            {
                var document = new Document(article.First().Text);
                syntax.Process(document);
                // Every annotator's cues count: a verb one of them marked is a cue.
                learner.Add(document, article.SelectMany(a => a.Attributions).SelectMany(a => a.Cue));
            }
            var cues = learner.Cues(parse.GetValue(minRate), parse.GetValue(minCount)).ToList();
            var directory = parse.GetValue(outDir)!;
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, "attribution-cues.txt");
            using (var writer = new StreamWriter(path)) CueRateLearner.Write(writer, cues, $"{articles.Count} annotations in {Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}");
            output.WriteLine($"saved {path} ({cues.Count} cue verbs)");
            return 0;
        });
        return command;
    }
}
