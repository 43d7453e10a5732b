using BenchmarkDotNet.Attributes;
using Vigil.Documents;
using Vigil.Pipeline;

namespace Vigil.Bench;

/// <summary>
/// The whole `vigil extract` pipeline (tokens to events) over real-length news articles: the sample
/// article and the first 40 PolNeAR dev articles (political news, 2016). One operation = the batch;
/// divide by the token count printed at setup.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmark
{
    private string[] _articles = [];
    private VigilPipeline _pipeline = null!;
    private int _tokens;

    [GlobalSetup]
    public void Setup()
    {
        var sample = File.ReadAllText(Path.Combine(BenchData.RepositoryRoot, "samples", "antunez-convoy.txt"));
        var news = Directory.GetFiles(BenchData.NewsArticles, "*.txt").Order(StringComparer.Ordinal).Take(40).Select(File.ReadAllText);
        _articles = [sample, .. news];
        _pipeline = PipelineFactory.CreateDefault();
        _tokens = 0;
        foreach (var article in _articles)
        {
            var document = new Document(article);
            _pipeline.Process(document);
            _tokens += document.Tokens.Length;
        }
        Console.WriteLine($"// {_articles.Length} articles, {_tokens} tokens per operation batch");
    }

    /// <summary>Processes every article once; divide by the token count printed at setup for time per token.</summary>
    [Benchmark]
    public int ExtractAll()
    {
        int events = 0;
        foreach (var article in _articles)
        {
            var document = new Document(article) { Published = new DateOnly(2014, 1, 14) };
            _pipeline.Process(document);
            events += document.Events.Count;
        }
        return events;
    }
}
