using BenchmarkDotNet.Attributes;
using Vigil.Conllu;
using Vigil.Documents;
using Vigil.Models;
using Vigil.Parsing;
using Vigil.Tagging;

namespace Vigil.Bench;

/// <summary>
/// Tagging plus parsing UD English EWT dev on its gold tokens, on one thread. One operation is one
/// token, so the mean is time per token and 1 / mean is tokens per second.
/// </summary>
[MemoryDiagnoser]
public class SyntaxBenchmark
{
    private Document _document = null!;
    private PosTagger _tagger = null!;
    private DependencyParser _parser = null!;
    private (string[] Forms, string?[] Tags, int[] Heads, string[] Relations)[] _parsedSentences = [];

    [GlobalSetup]
    public void Setup()
    {
        var sentences = ConlluReader.ReadFile(BenchData.EwtDev);
        var gold = GoldText.Build(sentences);
        _document = new Document(gold.Text);
        var tokens = new List<Token>();
        for (int s = 0; s < sentences.Count; s++)
        {
            int first = tokens.Count;
            foreach (var span in gold.WordSpans[s]) tokens.Add(new Token(span.Start, span.End, gold.Text[span.Start..span.End]) { Sentence = s });
            _document.Sentences.Add(new Sentence(gold.SentenceSpans[s].Start, gold.SentenceSpans[s].End, first, tokens.Count - first));
        }
        _document.Tokens = tokens.ToArray();
        _tagger = LoadedModels.Tagger ?? throw new InvalidOperationException("no tagger model in " + ModelPaths.Directory);
        _parser = LoadedModels.Parser ?? throw new InvalidOperationException("no parser model in " + ModelPaths.Directory);
        _tagger.Annotate(_document);
        _parsedSentences = _document.Sentences.Select(sentence =>
        {
            var (forms, tags) = _document.SentenceWords(sentence);
            var heads = new int[forms.Length];
            var relations = new string[forms.Length];
            _parser.Parse(forms, tags, heads, relations);
            return (forms, tags, heads, relations);
        }).ToArray();
    }

    [Benchmark(OperationsPerInvoke = 25_147)]
    public void Tag() => _tagger.Annotate(_document);

    [Benchmark(OperationsPerInvoke = 25_147)]
    public void TagAndParse()
    {
        _tagger.Annotate(_document);
        _parser.Annotate(_document);
    }

    /// <summary>
    /// The rule-based repairs alone, on the parser's own trees (copied first, as the parser's Annotate
    /// copies them to fall back on): what TagAndParse spends on them, apart from the model.
    /// </summary>
    [Benchmark(OperationsPerInvoke = 25_147)]
    public void Repair()
    {
        foreach (var (forms, tags, parsedHeads, parsedRelations) in _parsedSentences)
        {
            var heads = parsedHeads.ToArray();
            var relations = parsedRelations.ToArray();
            ParseRepairs.Apply(forms, tags, heads, relations);
        }
    }
}
