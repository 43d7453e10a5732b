using System.CommandLine;
using Vigil.Evaluation;
using Vigil.Places;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil train places --gold FILE.xml... --out FILE</c>: learns where countries, divisions and continents
/// are placed (<see cref="RepresentativePointLearner"/>) from geoparsing corpora; the file is read by
/// <c>vigil gazetteer build</c> (src/Vigil/Places/Data/learned-points.txt is the shipped one).
/// </summary>
public static class TrainPlacesCommand
{
    public static Command Create()
    {
        var geonames = new Option<string>("--geonames") { Description = "The GeoNames folder the gazetteer is built from (as for vigil gazetteer build)", Required = true };
        var gold = new Option<string[]>("--gold") { Description = "TR-News or GeoVirus style XML corpora", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "The learned points file to write (e.g. src/Vigil/Places/Data/learned-points.txt)", Required = true };
        var minGain = new Option<int>("--min-gain") { Description = "Gold toponyms (weighted) a new point must bring within 161 km beyond the current one", DefaultValueFactory = _ => 2 };
        var command = new Command("places", "Learn where countries, divisions and continents are placed, from gold toponyms") { geonames, gold, output, minGain };
        command.SetAction(parse =>
        {
            if (parse.GetValue(minGain) < 1) throw new UsageException("--min-gain: must be at least 1");
            var corpora = parse.GetValue(gold)!.Select(path => (Path: path, Articles: EvalGeoCommand.ReadCorpus(path, "--gold"))).ToList();
            var dir = parse.GetValue(geonames)!;
            if (!Directory.Exists(dir)) throw new UsageException($"--geonames: {dir}: no such directory");
            // Learned against the gazetteer's own points, not earlier learned ones: otherwise a point learned
            // before would show no gain and drop out of the file.
            var basePath = Path.Combine(Path.GetTempPath(), $"vigil-base-gazetteer-{Environment.ProcessId}.bin");
            try
            {
                new GazetteerBuilder { UseLearnedPoints = false }.Build(dir, basePath);
            }
            catch (FileNotFoundException e)
            {
                throw new UsageException($"--geonames: {e.Message}");
            }
            using var gazetteer = Gazetteer.Open(basePath);
            var learner = new RepresentativePointLearner(gazetteer) { MinGain = parse.GetValue(minGain) };
            // Each corpus weighs the same in total (one over its matched toponyms, scaled to an average of 1):
            // the corpora place large regions by different conventions and a larger one must not outvote the other.
            var matches = corpora.Select(c => EvalGeoCommand.Geoparse(c.Articles, gazetteer)
                .SelectMany(r => GeoScorer.Matches(r.Article.Toponyms, r.Document.Places)).ToList()).ToList();
            double average = matches.Sum(m => m.Count) / (double)matches.Count;
            foreach (var corpus in matches)
            {
                foreach (var (g, place) in corpus) learner.Add(place, g.Lat, g.Lon, average / Math.Max(1, corpus.Count));
            }
            var points = learner.Learn();
            File.Delete(basePath);   // (a mapped file can be unlinked on Linux; elsewhere it is left in the temp folder)
            var outPath = parse.GetValue(output)!;
            var invocation = $"vigil train places --geonames {dir} " + string.Join(" ", corpora.Select(c => "--gold " + c.Path)) + $" --min-gain {parse.GetValue(minGain)} --out {outPath}";
            using (var writer = new StreamWriter(outPath)) RepresentativePointFile.Write(writer, points, invocation);
            parse.InvocationConfiguration.Output.WriteLine(
                $"wrote {outPath}: {points.Count} places, {points.Sum(p => p.WithinAfter - p.WithinBefore)} more gold toponyms within 161 km; rebuild the gazetteer to use them");
            return 0;
        });
        return command;
    }
}
