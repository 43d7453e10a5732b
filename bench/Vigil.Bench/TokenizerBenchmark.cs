using BenchmarkDotNet.Attributes;
using Vigil.Conllu;
using Vigil.Documents;
using Vigil.Tokenization;

namespace Vigil.Bench;

/// <summary>Tokenizing and sentence-splitting the raw text of UD English EWT dev (25,147 words).</summary>
[MemoryDiagnoser]
public class TokenizerBenchmark
{
    private string _text = "";
    private readonly TokenizerStage _stage = new();

    [GlobalSetup]
    public void Setup() => _text = GoldText.Build(ConlluReader.ReadFile(BenchData.EwtDev)).Text;

    /// <summary>One operation = one token, so the reported time is per token.</summary>
    [Benchmark(OperationsPerInvoke = 25_147)]
    public int TokenizeAndSplit()
    {
        var document = new Document(_text);
        _stage.Process(document);
        return document.Tokens.Length;
    }
}
