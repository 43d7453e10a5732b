using Vigil.Store.Storage;
using Vigil.StoreBench;

// Benchmarks of the event database (numbers in the report come from these commands):
//   corpus  --out DIR [--count 1000]                       synthetic articles for `vigil ingest` throughput
//   seed    (--db FILE | --postgres CONN) [--events 100000] a store of coded events for API latency
//   latency --url URL [--requests 1000] [--warmup 50]       median / p99 of one GET
// GeoNames towns come from ../shared/data/geonames (override with --geonames DIR).
var options = new Dictionary<string, string>();
for (int i = 1; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
string Option(string name, string fallback) => options.GetValueOrDefault(name, fallback);
var geonames = Option("geonames", Path.Combine(FindRepositoryRoot(), "..", "shared", "data", "geonames"));

return args.FirstOrDefault() switch
{
    "corpus" => CorpusCommand.Run(Option("out", "bench/out/corpus"), int.Parse(Option("count", "1000")), geonames, int.Parse(Option("seed", "7"))),
    "seed" => Seed(),
    "latency" => LatencyCommand.Run(Option("url", "http://127.0.0.1:5000/api/events"), int.Parse(Option("requests", "1000")), int.Parse(Option("warmup", "50"))),
    _ => Usage(),
};

int Seed()
{
    using var store = EventStores.Open(options.GetValueOrDefault("db"), options.GetValueOrDefault("postgres"));
    return SeedCommand.Run(store, long.Parse(Option("events", "100000")), geonames, int.Parse(Option("per-document", "5")), int.Parse(Option("seed", "11")));
}

static int Usage()
{
    Console.Error.WriteLine("usage: Vigil.StoreBench corpus|seed|latency [--option value ...] (see Program.cs)");
    return 2;
}

static string FindRepositoryRoot()
{
    var folder = new DirectoryInfo(AppContext.BaseDirectory);
    while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Vigil.sln"))) folder = folder.Parent;
    return folder?.FullName ?? Directory.GetCurrentDirectory();
}
