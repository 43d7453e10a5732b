using Vigil.Documents;
using Vigil.Pipeline;

namespace Vigil.Tokenization;

/// <summary>The first stage: fills <see cref="Document.Tokens"/> and <see cref="Document.Sentences"/>.</summary>
public sealed class TokenizerStage : IPipelineStage
{
    private readonly Tokenizer _tokenizer;
    private readonly SentenceSplitter _splitter;

    public TokenizerStage(Tokenizer? tokenizer = null)
    {
        _tokenizer = tokenizer ?? new Tokenizer();
        _splitter = new SentenceSplitter(_tokenizer);
    }

    public string Name => "tokenizer";

    public void Process(Document document)
    {
        var text = document.Text;
        var raw = _tokenizer.Tokenize(text);
        var starts = _splitter.Split(text, raw);
        var tokens = new Token[raw.Count];
        document.Sentences.Clear();
        for (int s = 0; s < starts.Count; s++)
        {
            int first = starts[s];
            int end = s + 1 < starts.Count ? starts[s + 1] : raw.Count;
            for (int i = first; i < end; i++)
            {
                var r = raw[i];
                tokens[i] = new Token(r.Start, r.End, text.Substring(r.Start, r.End - r.Start))
                {
                    Sentence = s,
                    SpaceAfter = r.End < text.Length && char.IsWhiteSpace(text[r.End]),
                };
            }
            document.Sentences.Add(new Sentence(raw[first].Start, raw[end - 1].End, first, end - first));
        }
        document.Tokens = tokens;
    }
}
