using System.CommandLine;
using Vigil.Events;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil events import-petrarch --verbs FILE --out FILE</c>: PETRARCH verb dictionaries into Vigil's pattern format.</summary>
public static class EventsCommand
{
    public static Command Create()
    {
        var verbs = new Option<string>("--verbs") { Description = "A PETRARCH/TABARI verb dictionary (CAMEO.verbpatterns format)", Required = true };
        var output = new Option<string>("--out") { Description = "The pattern file to write (models/event-patterns.txt adds it to Vigil's own patterns)", Required = true };
        var import = new Command("import-petrarch", "Convert a PETRARCH verb dictionary to Vigil's event pattern format") { verbs, output };
        import.SetAction(parse =>
        {
            var path = parse.GetValue(verbs)!;
            if (!File.Exists(path)) throw new UsageException($"--verbs: {path}: no such file");
            var result = PetrarchVerbImporter.Convert(File.ReadLines(path), EventLexicon.Default.Ontology);
            var target = parse.GetValue(output)!;
            // Parse what was written before saving it, so a file Vigil cannot read is never left behind.
            EventLexicon.Default.WithPatterns(result.Lines, Path.GetFileName(path), replace: true);
            File.WriteAllLines(target, ["# Converted by vigil events import-petrarch from " + Path.GetFileName(path), .. result.Lines]);
            parse.InvocationConfiguration.Output.WriteLine(
                $"{target}: {result.Verbs} verbs, {result.Patterns} patterns, {result.WordSets} word sets ({result.Skipped} patterns skipped: no code, no trigger or an undefined word set)");
            return 0;
        });
        return new Command("events", "Manage Vigil's event patterns") { import };
    }
}
