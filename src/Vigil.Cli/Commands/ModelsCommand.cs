using System.CommandLine;
using System.Globalization;
using Vigil.Parsing;
using Vigil.Tagging;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil models prune</c>: trade a little accuracy for a smaller, faster model.</summary>
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
                var pruned = new DependencyParser(parser.Model.Pruned(t), parser.Clusters);
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
        return new Command("models", "Inspect and shrink trained models") { prune };
    }
}
