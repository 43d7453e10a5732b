using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Vigil.Conllu;
using Vigil.Learning;
using Vigil.Parsing;
using Vigil.Tagging;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil train tagger|parser --train FILE --dev FILE --out DIR</c>: Vigil trains its own models.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train Vigil's models from annotated corpora");
        command.Subcommands.Add(CreateTagger());
        command.Subcommands.Add(CreateParser());
        command.Subcommands.Add(CreateNer());
        command.Subcommands.Add(TrainAttributionCommand.Create());
        command.Subcommands.Add(TrainClustersCommand.Create());
        command.Subcommands.Add(TrainPlacesCommand.Create());
        return command;
    }

    internal sealed record CommonOptions(Option<string[]> Train, Option<string> Dev, Option<string> Out, Option<int> Epochs, Option<int> Seed,
        Option<string[]> ExcludeDocs);

    internal static CommonOptions AddCommonOptions(Command command, int defaultEpochs)
    {
        var options = new CommonOptions(
            new Option<string[]>("--train") { Description = "Training data (CoNLL-U); several files may be given", Required = true, AllowMultipleArgumentsPerToken = true },
            new Option<string>("--dev") { Description = "Development data for choosing the best epoch", Required = true },
            new Option<string>("--out") { Description = "Folder to write the model to", Required = true },
            new Option<int>("--epochs") { Description = "Passes over the training data", DefaultValueFactory = _ => defaultEpochs },
            new Option<int>("--seed") { Description = "Random seed: the same seed gives the same model", DefaultValueFactory = _ => 1 },
            new Option<string[]>("--exclude-docs") { Description = "Leave out training documents whose newdoc id starts with any of these prefixes (e.g. non-commercial parts of a corpus)", AllowMultipleArgumentsPerToken = true });
        command.Options.Add(options.Train);
        command.Options.Add(options.Dev);
        command.Options.Add(options.Out);
        command.Options.Add(options.Epochs);
        command.Options.Add(options.Seed);
        command.Options.Add(options.ExcludeDocs);
        return options;
    }

    private static Command CreateTagger()
    {
        var command = new Command("tagger", "Train the part-of-speech tagger, lemmatizer and feature table");
        var options = AddCommonOptions(command, defaultEpochs: 8);
        var wordnet = new Option<string?>("--wordnet")
        {
            Description = "A WordNet 3.0 database folder (Debian's wordnet-base: /usr/share/wordnet): the parts of speech it gives rare words become features; saved inside tagger.bin",
        };
        command.Options.Add(wordnet);
        command.SetAction(parse =>
        {
            var lexicon = ReadWordNet(parse.GetValue(wordnet));
            var train = ReadTraining(parse, options);
            var dev = EvalConlluCommand.ReadTreebank(parse.GetValue(options.Dev)!);
            int epochs = parse.GetValue(options.Epochs);
            var output = parse.InvocationConfiguration.Output;
            PosTagger? tagger = null;
            RunWithProgress(output, "tagger", epochs, report =>
            {
                tagger = new TaggerTrainer
                {
                    Epochs = epochs,
                    Seed = parse.GetValue(options.Seed),
                    Lexicon = lexicon,
                    EpochDone = (epoch, upos, xpos) => report(epoch, string.Format(CultureInfo.InvariantCulture, "dev UPOS {0:F2}  XPOS {1:F2}", upos, xpos)),
                }.Train(train, dev);
            });
            var path = Path.Combine(parse.GetValue(options.Out)!, "tagger.bin");
            tagger!.Save(path);
            output.WriteLine($"saved {path} ({new FileInfo(path).Length / 1024} KB, {tagger.Model.FeatureCount} features)");
            return 0;
        });
        return command;
    }

    /// <summary>WordNet from a database folder, or a one-line error naming the option (null without the option).</summary>
    private static WordNetLexicon? ReadWordNet(string? folder)
    {
        if (folder is null) return null;
        try
        {
            return WordNetLexicon.ReadWordNet(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or KeyNotFoundException or IndexOutOfRangeException)
        {
            throw new UsageException($"--wordnet: {folder}: not a WordNet 3.0 database folder ({e.Message})");
        }
    }

    private static Command CreateParser()
    {
        var command = new Command("parser", "Train the dependency parser (on tags from a jackknifed tagger, as it will see at run time)");
        var options = AddCommonOptions(command, defaultEpochs: 15);
        var taggerPath = new Option<string?>("--tagger") { Description = "Tagger model that tags dev (default: tagger.bin in --out, else the installed one)" };
        var folds = new Option<int>("--jackknife") { Description = "Folds for tagging the training data with taggers that did not see it", DefaultValueFactory = _ => 5 };
        var clusters = new Option<string?>("--clusters") { Description = "Word classes (clusters.bin from `vigil train clusters`) to use as features; saved inside parser.bin" };
        var beam = new Option<int>("--beam") { Description = "Parses kept in training and parsing (1: greedy with the dynamic oracle; more: beam search with the max-violation update); saved inside parser.bin", DefaultValueFactory = _ => 1 };
        command.Options.Add(beam);
        command.Options.Add(taggerPath);
        command.Options.Add(folds);
        command.Options.Add(clusters);
        command.SetAction(parse =>
        {
            var wordClusters = parse.GetValue(clusters) is { } clusterPath ? LoadClusters(clusterPath) : null;
            var train = ReadTraining(parse, options);
            var dev = EvalConlluCommand.ReadTreebank(parse.GetValue(options.Dev)!);
            var outDir = parse.GetValue(options.Out)!;
            var output = parse.InvocationConfiguration.Output;
            int seed = parse.GetValue(options.Seed);
            var tagger = LoadTagger(parse.GetValue(taggerPath) ?? FirstExisting(Path.Combine(outDir, "tagger.bin"), Models.ModelPaths.Tagger));
            output.WriteLine($"tagging the training data with {parse.GetValue(folds)}-fold jackknifed taggers ...");
            var trainTags = Jackknife(train, dev, parse.GetValue(folds), seed, tagger.Lexicon);
            var devTags = dev.Select(s => TagSentence(tagger, s)).ToList();
            int epochs = parse.GetValue(options.Epochs);
            DependencyParser? parser = null;
            RunWithProgress(output, "parser", epochs, report =>
            {
                parser = new ParserTrainer
                {
                    Epochs = epochs,
                    Seed = seed,
                    Clusters = wordClusters,
                    BeamWidth = parse.GetValue(beam),
                    EpochDone = (epoch, uas, las) => report(epoch, string.Format(CultureInfo.InvariantCulture, "dev UAS {0:F2}  LAS {1:F2}", uas, las)),
                }.Train(train, trainTags, dev, devTags);
            });
            var path = Path.Combine(outDir, "parser.bin");
            parser!.Save(path);
            output.WriteLine($"saved {path} ({new FileInfo(path).Length / 1024} KB, {parser.Model.FeatureCount} features)");
            return 0;
        });
        return command;
    }

    /// <summary>All training files, without the excluded documents.</summary>
    internal static List<ConlluSentence> ReadTraining(System.CommandLine.ParseResult parse, CommonOptions options)
    {
        var excluded = parse.GetValue(options.ExcludeDocs) ?? [];
        return parse.GetValue(options.Train)!
            .SelectMany(EvalConlluCommand.ReadTreebank)
            .Where(s => s.DocumentId is null || !excluded.Any(prefix => s.DocumentId.StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();
    }

    private static Command CreateNer()
    {
        var command = new Command("ner", "Train the named-entity recognizer (IOB2 files; uses the installed gazetteer for features)");
        var train = new Option<string[]>("--train") { Description = "Training data (IOB2; several files may be given)", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string>("--dev") { Description = "Development data for choosing the best epoch", Required = true };
        var outDir = new Option<string>("--out") { Description = "Folder to write ner.bin to", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same model", DefaultValueFactory = _ => 1 };
        var beam = new Option<int>("--beam") { Description = "Tag sequences kept in training and decoding (1: greedy; more: beam search with early update)", DefaultValueFactory = _ => 1 };
        var clusters = new Option<string?>("--clusters") { Description = "Word classes (clusters.bin from `vigil train clusters`) to use as features; saved inside ner.bin" };
        command.Options.Add(train);
        command.Options.Add(dev);
        command.Options.Add(outDir);
        command.Options.Add(epochs);
        command.Options.Add(seed);
        command.Options.Add(beam);
        var names = new Option<string[]>("--names")
        {
            Description = "Actor dictionaries in the PETRARCH/TABARI format (e.g. Phoenix.*.actors.txt) whose names become features; saved inside ner.bin",
            AllowMultipleArgumentsPerToken = true,
        };
        command.Options.Add(clusters);
        command.Options.Add(names);
        command.SetAction(parse =>
        {
            if (parse.GetValue(beam) < 1) throw new UsageException("--beam: must be at least 1");
            var namePaths = parse.GetValue(names) ?? [];
            foreach (var missing in namePaths.Where(p => !File.Exists(p))) throw new UsageException($"--names: {missing}: no such file");
            var nameLexicon = namePaths.Length > 0 ? Vigil.Entities.NameLexicon.FromPetrarchActors(namePaths) : null;
            var wordClusters = parse.GetValue(clusters) is { } clusterPath ? LoadClusters(clusterPath) : null;
            var trainSentences = parse.GetValue(train)!.SelectMany(path => EvalNerCommand.ReadIob(path, "--train")).ToList();
            var devSentences = EvalNerCommand.ReadIob(parse.GetValue(dev)!, "--dev");
            var output = parse.InvocationConfiguration.Output;
            int n = parse.GetValue(epochs);
            Vigil.Entities.EntityRecognizer? recognizer = null;
            RunWithProgress(output, "ner", n, report =>
            {
                recognizer = new Vigil.Entities.NerTrainer
                {
                    Epochs = n,
                    Seed = parse.GetValue(seed),
                    BeamWidth = parse.GetValue(beam),
                    Gazetteer = Models.LoadedModels.Gazetteer,
                    Clusters = wordClusters,
                    Names = nameLexicon,
                    PosTagger = Models.LoadedModels.Tagger is { } tagger ? tokens => TagTokens(tagger, tokens) : null,
                    EpochDone = (epoch, s) => report(epoch, string.Format(CultureInfo.InvariantCulture,
                        "dev P {0:F2}  R {1:F2}  F1 {2:F2}", s.Overall.Precision, s.Overall.Recall, s.Overall.F1)),
                }.Train(trainSentences, devSentences);
            });
            var path = Path.Combine(parse.GetValue(outDir)!, "ner.bin");
            recognizer!.Save(path);
            output.WriteLine($"saved {path} ({new FileInfo(path).Length / 1024} KB, {recognizer.Model.FeatureCount} features)");
            return 0;
        });
        return command;
    }

    private static Vigil.Learning.WordClusters LoadClusters(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"--clusters: {path}: no such file");
        try
        {
            return Vigil.Learning.WordClusters.Load(path);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException("--clusters: " + e.Message);
        }
    }

    private static string FirstExisting(params string[] paths) => paths.FirstOrDefault(File.Exists) ?? paths[0];

    private static PosTagger LoadTagger(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"--tagger: {path}: no such file (train the tagger first)");
        return PosTagger.Load(path);
    }

    internal static string?[] TagSentence(PosTagger tagger, ConlluSentence sentence) => TagTokens(tagger, sentence.Forms());

    internal static string?[] TagTokens(PosTagger tagger, string[] tokens)
    {
        var classes = new int[tokens.Length];
        tagger.Tag(tokens, classes);
        return classes.Select(c => (string?)tagger.Xpos(c)).ToArray();
    }

    /// <summary>Tags each fold of the training data with a tagger trained on the other folds (with the run-time tagger's WordNet, if it has one).</summary>
    private static List<string?[]> Jackknife(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev, int folds, int seed, WordNetLexicon? lexicon)
    {
        var tags = new string?[train.Count][];
        for (int fold = 0; fold < folds; fold++)
        {
            var rest = train.Where((_, i) => i % folds != fold).ToList();
            var tagger = new TaggerTrainer { Epochs = 5, Seed = seed, Lexicon = lexicon }.Train(rest, dev.Take(200).ToList());
            for (int i = fold; i < train.Count; i += folds) tags[i] = TagSentence(tagger, train[i]);
        }
        return tags.ToList();
    }

    /// <summary>Runs a training loop under a progress bar; each finished epoch prints its dev scores.</summary>
    internal static void RunWithProgress(TextWriter output, string what, int epochs, Action<Action<int, string>> train)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        console.Progress().AutoClear(false).Start(context =>
        {
            var task = context.AddTask($"training {what}", maxValue: epochs);
            train((epoch, scores) =>
            {
                console.MarkupLine(Markup.Escape($"epoch {epoch}/{epochs}: {scores}"));
                task.Increment(1);
            });
        });
    }
}
