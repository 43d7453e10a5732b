using System.CommandLine;
using System.Globalization;
using Vigil.Conllu;
using Vigil.Documents;
using Vigil.Learning;
using Vigil.Tokenization;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil train clusters --text PATH... --out DIR</c>: word classes from unlabelled text (plain text
/// files, tokenized by Vigil; CoNLL-U and IOB2 files, whose tokens are taken as they are), written as
/// clusters.bin for the models that use them as features.
/// </summary>
public static class TrainClustersCommand
{
    public static Command Create()
    {
        var text = new Option<string[]>("--text") { Description = "Files or folders of text (.txt), treebanks (.conllu) or IOB2 files (.iob2)", Required = true, AllowMultipleArgumentsPerToken = true };
        var outDir = new Option<string>("--out") { Description = "Folder to write clusters.bin to", Required = true };
        var classes = new Option<int>("--classes") { Description = "Number of word classes", DefaultValueFactory = _ => 256 };
        var minCount = new Option<int>("--min-count") { Description = "Words seen fewer times get no class", DefaultValueFactory = _ => 3 };
        var iterations = new Option<int>("--iterations") { Description = "Passes of the exchange algorithm", DefaultValueFactory = _ => 5 };
        var command = new Command("clusters", "Learn word classes from unlabelled text (exchange clustering)") { text, outDir, classes, minCount, iterations };
        command.SetAction(parse =>
        {
            if (parse.GetValue(classes) is < 4 or > 65535) throw new UsageException("--classes: must be between 4 and 65535");
            var files = parse.GetValue(text)!.SelectMany(path => Files(path)).ToList();
            var output = parse.InvocationConfiguration.Output;
            var sentences = files.SelectMany(Sentences).ToList();
            output.WriteLine($"{files.Count} files, {sentences.Count:N0} sentences, {sentences.Sum(s => s.Count):N0} tokens");
            var clusters = new ExchangeClustering
            {
                Classes = parse.GetValue(classes),
                MinCount = parse.GetValue(minCount),
                Iterations = parse.GetValue(iterations),
            }.Train(sentences, (iteration, moved) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"iteration {iteration}: {100 * moved:F1}% of words moved")));
            var path = Path.Combine(parse.GetValue(outDir)!, "clusters.bin");
            Directory.CreateDirectory(parse.GetValue(outDir)!);
            clusters.Save(path);
            output.WriteLine($"saved {path} ({clusters.WordCount:N0} words in {clusters.ClassCount} classes, {new FileInfo(path).Length / 1024} KB)");
            return 0;
        });
        return command;
    }

    private static IEnumerable<string> Files(string path)
    {
        if (Directory.Exists(path)) return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        if (File.Exists(path)) return [path];
        throw new UsageException($"--text: {path}: no such file or folder");
    }

    private static IEnumerable<IReadOnlyList<string>> Sentences(string path)
    {
        if (path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase))
            return ConlluReader.ReadFile(path).Select(s => (IReadOnlyList<string>)s.Forms());
        if (path.EndsWith(".iob2", StringComparison.OrdinalIgnoreCase))
            return Vigil.Entities.IobReader.ReadFile(path).Select(s => (IReadOnlyList<string>)s.Tokens);
        var document = new Document(File.ReadAllText(path));
        new TokenizerStage().Process(document);
        return document.Sentences.Select(s => (IReadOnlyList<string>)document.Tokens.AsSpan(s.FirstToken, s.TokenCount).ToArray().Select(t => t.Form).ToArray());
    }
}
