using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Vigil.Conllu;
using Vigil.Documents;
using Vigil.Evaluation;
using Vigil.Pipeline;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil eval conllu --gold FILE [--raw] [--json]</c>: tagging and parsing scores against a treebank,
/// on the gold tokens or, with --raw, from the raw text through Vigil's own tokenizer and splitter.
/// </summary>
public static class EvalConlluCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "A CoNLL-U file", Required = true };
        var raw = new Option<bool>("--raw") { Description = "Tokenize and split the gold text with Vigil and score with the CoNLL 2018 alignment" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var predictions = new Option<string?>("--predictions") { Description = "Also write Vigil's analysis as CoNLL-U to this file (for error analysis)" };
        var command = new Command("conllu", "Score tagging and parsing against a CoNLL-U treebank") { gold, raw, json, predictions };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(raw), parse.GetValue(json), parse.GetValue(predictions), parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string goldPath, bool raw, bool json, string? predictionsPath, TextWriter output)
    {
        var sentences = ReadTreebank(goldPath);
        var (scores, document) = raw ? ScoreRaw(sentences) : ScoreGoldTokens(sentences);
        if (predictionsPath is not null) WritePredictions(document, predictionsPath);
        if (json) output.WriteLine(ToJson(scores));
        else Print(scores, raw, output);
        return 0;
    }

    internal static List<ConlluSentence> ReadTreebank(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"--gold: {path}: no such file");
        try
        {
            return ConlluReader.ReadFile(path);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException)
        {
            throw new UsageException($"--gold: {path}: not CoNLL-U ({e.Message})");
        }
    }

    private static void WritePredictions(Document document, string path)
    {
        try
        {
            using var writer = new StreamWriter(path);
            ConlluWriter.Write(document, writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--predictions: {path}: {e.Message}");
        }
    }

    private static (SyntaxScores, Document) ScoreRaw(List<ConlluSentence> sentences)
    {
        var goldText = GoldText.Build(sentences);
        var document = new Document(goldText.Text);
        var pipeline = PipelineFactory.CreateSyntax();
        long started = Stopwatch.GetTimestamp();
        pipeline.Process(document);
        double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return (RawTextScorer.Score(sentences, goldText, document, document.Tokens.Length / Math.Max(seconds, 1e-9)), document);
    }

    private static (SyntaxScores, Document) ScoreGoldTokens(List<ConlluSentence> sentences)
    {
        var document = DocumentFromGoldTokens(sentences);
        var stages = PipelineFactory.CreateSyntax().Stages.Where(s => s is not Tokenization.TokenizerStage).ToList();
        long started = Stopwatch.GetTimestamp();
        foreach (var stage in stages) stage.Process(document);
        double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var predictions = new List<GoldTokenScorer.Prediction>(sentences.Count);
        foreach (var sentence in document.Sentences)
        {
            var tokens = document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
            var prediction = new GoldTokenScorer.Prediction(new string?[tokens.Length], new string?[tokens.Length],
                new string?[tokens.Length], new int[tokens.Length], new string?[tokens.Length]);
            for (int i = 0; i < tokens.Length; i++)
            {
                prediction.Upos[i] = tokens[i].Upos;
                prediction.Xpos[i] = tokens[i].Xpos;
                prediction.Lemma[i] = tokens[i].Lemma;
                prediction.Head[i] = tokens[i].Head < 0 ? 0 : tokens[i].Head - sentence.FirstToken + 1;
                prediction.DepRel[i] = tokens[i].DepRel;
            }
            predictions.Add(prediction);
        }
        return (GoldTokenScorer.Score(sentences, predictions, document.Tokens.Length / Math.Max(seconds, 1e-9)), document);
    }

    /// <summary>A document over the treebank's text whose tokens and sentences are the gold ones.</summary>
    internal static Document DocumentFromGoldTokens(IReadOnlyList<ConlluSentence> sentences)
    {
        var goldText = GoldText.Build(sentences);
        var document = new Document(goldText.Text);
        var tokens = new List<Token>();
        for (int s = 0; s < sentences.Count; s++)
        {
            int first = tokens.Count;
            var spans = goldText.WordSpans[s];
            for (int w = 0; w < spans.Length; w++)
            {
                tokens.Add(new Token(spans[w].Start, spans[w].End, sentences[s].Words[w].Form)
                {
                    Sentence = s,
                    SpaceAfter = sentences[s].Words[w].SpaceAfter,
                });
            }
            document.Sentences.Add(new Sentence(goldText.SentenceSpans[s].Start, goldText.SentenceSpans[s].End, first, tokens.Count - first));
        }
        document.Tokens = tokens.ToArray();
        return document;
    }

    private static string ToJson(SyntaxScores s)
    {
        static double R(double v) => double.IsNaN(v) ? 0 : Math.Round(v, 2);
        var values = new Dictionary<string, double>
        {
            ["upos"] = R(s.Upos), ["xpos"] = R(s.Xpos), ["lemma"] = R(s.Lemma), ["uas"] = R(s.Uas), ["las"] = R(s.Las),
            ["tokens_f1"] = R(s.TokensF1), ["sentences_f1"] = R(s.SentencesF1), ["tokens_per_second"] = Math.Round(s.TokensPerSecond),
        };
        return JsonSerializer.Serialize(values, CliJsonContext.Default.DictionaryStringDouble);
    }

    private static void Print(SyntaxScores s, bool raw, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(raw ? "From raw text (CoNLL 2018 alignment; tags and attachment as F1):" : "On gold tokens:");
        if (raw)
        {
            output.WriteLine(string.Format(inv, "  tokens F1     {0,6:F2}", s.TokensF1));
            output.WriteLine(string.Format(inv, "  sentences F1  {0,6:F2}", s.SentencesF1));
        }
        output.WriteLine(string.Format(inv, "  UPOS          {0,6:F2}", s.Upos));
        if (!raw)
        {
            output.WriteLine(string.Format(inv, "  XPOS          {0,6:F2}", s.Xpos));
            output.WriteLine(string.Format(inv, "  lemma         {0,6:F2}", s.Lemma));
        }
        output.WriteLine(string.Format(inv, "  UAS           {0,6:F2}", s.Uas));
        output.WriteLine(string.Format(inv, "  LAS           {0,6:F2}", s.Las));
        output.WriteLine(string.Format(inv, "  {0} words, {1:F0} tokens/s", s.Words, s.TokensPerSecond));
    }
}
