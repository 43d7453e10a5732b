using System.CommandLine;
using System.Globalization;
using Vigil.Actors;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil actors import-petrarch</c>: bring PETRARCH/TABARI (Phoenix) dictionaries into Vigil's format.</summary>
public static class ActorsCommand
{
    public static Command Create()
    {
        var actors = new Option<string[]>("--actors") { Description = "PETRARCH actor dictionaries", AllowMultipleArgumentsPerToken = true };
        var agents = new Option<string?>("--agents") { Description = "A PETRARCH agents dictionary" };
        var output = new Option<string>("--out") { Description = "Folder for actors.txt and agents.txt (put them in the models folder to use them)", Required = true };
        var import = new Command("import-petrarch", "Convert PETRARCH actor and agent dictionaries to Vigil's actor files") { actors, agents, output };
        import.SetAction(parse =>
        {
            var dir = parse.GetValue(output)!;
            Directory.CreateDirectory(dir);
            var log = parse.InvocationConfiguration.Output;
            var actorFiles = parse.GetValue(actors) ?? [];
            if (actorFiles.Length > 0)
            {
                var lines = actorFiles.SelectMany(f => ReadLines(f, "--actors")).ToList();
                var converted = PetrarchImporter.ConvertActors(lines);
                File.WriteAllLines(Path.Combine(dir, "actors.txt"), ["# Converted by vigil actors import-petrarch from " + string.Join(", ", actorFiles.Select(Path.GetFileName)), .. converted]);
                log.WriteLine($"actors.txt: {converted.Count} actors");
            }
            if (parse.GetValue(agents) is { } agentFile)
            {
                var converted = PetrarchImporter.ConvertAgents(ReadLines(agentFile, "--agents"));
                File.WriteAllLines(Path.Combine(dir, "agents.txt"), ["# Converted by vigil actors import-petrarch from " + Path.GetFileName(agentFile), .. converted]);
                log.WriteLine($"agents.txt: {converted.Count} agent nouns");
                ReportAgreement(converted, log);
            }
            return 0;
        });
        return new Command("actors", "Manage Vigil's actor dictionaries") { import };
    }

    private static List<string> ReadLines(string path, string option)
    {
        if (!File.Exists(path)) throw new UsageException($"{option}: {path}: no such file");
        return File.ReadLines(path).ToList();
    }

    /// <summary>How many imported one-word agents get the same sector from Vigil's own agent list.</summary>
    private static void ReportAgreement(List<string> converted, TextWriter log)
    {
        var own = AgentDictionary.Default;
        int shared = 0, same = 0;
        foreach (var (noun, sector) in converted.Select(l => l.Split('\t')).Where(f => !f[0].Contains(' ')).Select(f => (f[0], f[1])))
        {
            var ours = own.SectorOf(noun);
            if (ours is null) continue;
            shared++;
            if (ours == sector) same++;
        }
        log.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "agreement: {0} of {1} one-word agents that Vigil's own agents.txt also lists get the same sector ({2:F1}%)",
            same, shared, shared == 0 ? 0 : 100.0 * same / shared));
    }
}
