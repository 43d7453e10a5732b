using BenchmarkDotNet.Attributes;
using Vigil.Models;
using Vigil.Places;

namespace Vigil.Bench;

/// <summary>
/// Name lookups in the shipped gazetteer (folding included): a mix of exact, accented, upper-case,
/// alternate and unknown names. One operation = one lookup.
/// </summary>
[MemoryDiagnoser]
public class GazetteerBenchmark
{
    private static readonly string[] Names =
    [
        "Antunez", "Antúnez", "PARACUARO", "Michoacan", "Mexico City", "New York", "Aleppo", "Valladolid",
        "Kinshasa", "Ciudad Juárez", "Beltran", "Atlantis", "Tierra Caliente", "Baghdad", "São Paulo", "Kyiv",
    ];

    private Gazetteer _gazetteer = null!;

    [GlobalSetup]
    public void Setup() => _gazetteer = LoadedModels.Gazetteer ?? throw new InvalidOperationException("no gazetteer in " + ModelPaths.Directory);

    [Benchmark(OperationsPerInvoke = 16)]
    public int Lookup()
    {
        int found = 0;
        foreach (var name in Names) found += _gazetteer.Lookup(name).Length;
        return found;
    }
}
