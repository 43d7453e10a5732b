using System.CommandLine;
using System.Globalization;
using Vigil.Entities;
using Vigil.Learning;
using Vigil.Parsing;
using Vigil.Tagging;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil models prune</c>: trade a little accuracy for a smaller, faster model; <c>vigil models info</c>: what a model holds.</summary>
public static class ModelsCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--in") { Description = "A tagger.bin or parser.bin", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the pruned model", Required = true };
        var threshold = new Option<float>("--threshold") { Description = "Drop weights smaller than this in absolute value", Required = true };
        var prune = new Command("prune", "Drop small weights from a tagger or parser model") { input, output, threshold };
        prune.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            if (!File.Exists(path)) throw new UsageException($"--in: {path}: no such file");
            float t = parse.GetValue(threshold);
            var outPath = parse.GetValue(output)!;
            int before, after;
            if (Path.GetFileName(path).StartsWith("parser", StringComparison.Ordinal))
            {
                var parser = DependencyParser.Load(path);
                var pruned = new DependencyParser(parser.Model.Pruned(t), parser.Clusters, parser.BeamWidth);
                (before, after) = (parser.Model.FeatureCount, pruned.Model.FeatureCount);
                pruned.Save(outPath);
            }
            else
            {
                var tagger = PosTagger.Load(path);
                var pruned = tagger.WithModel(tagger.Model.Pruned(t));
                (before, after) = (tagger.Model.FeatureCount, pruned.Model.FeatureCount);
                pruned.Save(outPath);
            }
            parse.InvocationConfiguration.Output.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{0}: {1} → {2} features, {3} KB", outPath, before, after, new FileInfo(outPath).Length / 1024));
            return 0;
        });
        return new Command("models", "Inspect, shrink and average trained models") { prune, CreateInfo(), CreateAverage() };
    }

    /// <summary>The mean of models trained alike with different seeds (<see cref="SparseLinearModel.Average"/>).</summary>
    private static Command CreateAverage()
    {
        var inputs = new Option<string[]>("--in") { Description = "Two or more models of one kind (tagger.bin, parser.bin or ner.bin), trained alike with different seeds", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Where to write the averaged model", Required = true };
        var average = new Command("average", "Average the weights of models trained alike with different seeds") { inputs, output };
        average.SetAction(parse =>
        {
            var paths = parse.GetValue(inputs)!;
            if (paths.Length < 2) throw new UsageException("--in: give at least two models to average");
            foreach (var path in paths)
            {
                if (!File.Exists(path)) throw new UsageException($"--in: {path}: no such file");
            }
            var outPath = parse.GetValue(output)!;
            var kind = Path.GetFileName(paths[0]);
            if (kind.StartsWith("parser", StringComparison.Ordinal))
            {
                var parsers = paths.Select(DependencyParser.Load).ToList();
                new DependencyParser(SparseLinearModel.Average(parsers.Select(p => p.Model).ToList()), parsers[0].Clusters, parsers[0].BeamWidth).Save(outPath);
            }
            else if (kind.StartsWith("ner", StringComparison.Ordinal))
            {
                var recognizers = paths.Select(p => EntityRecognizer.Load(p, null)).ToList();
                var first = recognizers[0];
                new EntityRecognizer(SparseLinearModel.Average(recognizers.Select(r => r.Model).ToList()), null, first.BeamWidth, first.Clusters, first.Names).Save(outPath);
            }
            else
            {
                var taggers = paths.Select(PosTagger.Load).ToList();
                taggers[0].WithModel(SparseLinearModel.Average(taggers.Select(t => t.Model).ToList())).Save(outPath);
            }
            parse.InvocationConfiguration.Output.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{0}: the mean of {1} models, {2} KB", outPath, paths.Length, new FileInfo(outPath).Length / 1024));
            return 0;
        });
        return average;
    }

    /// <summary>Classes, features and memory of a tagger or parser: what decides its speed.</summary>
    private static Command CreateInfo()
    {
        var input = new Argument<string>("model") { Description = "A tagger.bin or parser.bin" };
        var info = new Command("info", "Show a tagger's or parser's classes, features and memory") { input };
        info.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            if (!File.Exists(path)) throw new UsageException($"{path}: no such file");
            var model = Path.GetFileName(path).StartsWith("parser", StringComparison.Ordinal)
                ? DependencyParser.Load(path).Model
                : PosTagger.Load(path).Model;
            var layout = model.Layout;
            parse.InvocationConfiguration.Output.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{0}: {1} classes, {2:N0} features, {3:N0} weights ({4:N0} dense rows, {5:N0} sparse pairs), {6:N0} table slots, {7:N1} MB in memory",
                path, layout.Classes, layout.Features, layout.Weights, layout.DenseRows, layout.SparsePairs, layout.TableSlots, layout.Bytes / 1048576.0));
            return 0;
        });
        return info;
    }
}
