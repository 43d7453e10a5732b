using System.CommandLine;
using Vigil.Places;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil gazetteer build --geonames DIR --out FILE</c>: Vigil's own place index from GeoNames dumps.</summary>
public static class GazetteerCommand
{
    public static Command Create()
    {
        var geonames = new Option<string>("--geonames") { Description = "Folder with a GeoNames cities file (cities500.txt or allCountries.txt), admin1CodesASCII.txt and countries.json", Required = true };
        var output = new Option<string>("--out") { Description = "The gazetteer file to write (e.g. models/gazetteer.bin)", Required = true };
        var minPopulation = new Option<long>("--min-population") { Description = "Leave out towns smaller than this", DefaultValueFactory = _ => 500 };
        var build = new Command("build", "Build the gazetteer from GeoNames dumps") { geonames, output, minPopulation };
        build.SetAction(parse =>
        {
            var dir = parse.GetValue(geonames)!;
            if (!Directory.Exists(dir)) throw new UsageException($"--geonames: {dir}: no such directory");
            var outPath = parse.GetValue(output)!;
            var log = parse.InvocationConfiguration.Output;
            try
            {
                new GazetteerBuilder { MinPopulation = parse.GetValue(minPopulation), Log = log.WriteLine }.Build(dir, outPath);
            }
            catch (FileNotFoundException e)
            {
                throw new UsageException($"--geonames: {e.Message}");
            }
            log.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / (1024 * 1024.0):F1} MB)");
            return 0;
        });
        return new Command("gazetteer", "Build Vigil's gazetteer") { build };
    }
}
