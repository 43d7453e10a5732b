using System.Text;
using Vigil.Documents;

namespace Vigil.Conllu;

/// <summary>
/// Rebuilds the raw text of a treebank from its tokens (SpaceAfter respected; sentences joined by a space,
/// paragraphs by a blank line) and records the character span of every gold word and sentence, so a
/// tokenizer run over the text can be scored by character offsets as in the CoNLL 2018 shared task.
/// Words of a multiword token ("didn't" = did + n't) get the slices of the surface form they concatenate to.
/// </summary>
public sealed class GoldText
{
    public required string Text { get; init; }

    /// <summary>Character spans of every gold word, sentence by sentence.</summary>
    public required List<TextSpan[]> WordSpans { get; init; }

    public required List<TextSpan> SentenceSpans { get; init; }

    public static GoldText Build(IReadOnlyList<ConlluSentence> sentences)
    {
        var text = new StringBuilder();
        var wordSpans = new List<TextSpan[]>(sentences.Count);
        var sentenceSpans = new List<TextSpan>(sentences.Count);
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (s > 0)
            {
                // Trailing space of the previous sentence was appended already when it had SpaceAfter.
                if (sentence.NewParagraph) { TrimEndSpace(text); text.Append("\n\n"); }
                else if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
            }
            int sentenceStart = text.Length;
            var spans = new TextSpan[sentence.Words.Count];
            int w = 0;
            int mw = 0;
            while (w < sentence.Words.Count)
            {
                var word = sentence.Words[w];
                if (mw < sentence.Multiwords.Count && sentence.Multiwords[mw].FirstId == word.Id)
                {
                    var multi = sentence.Multiwords[mw++];
                    int start = text.Length;
                    text.Append(multi.Form);
                    int offset = start;
                    int count = multi.LastId - multi.FirstId + 1;
                    bool concatenates = string.Concat(sentence.Words.Skip(w).Take(count).Select(x => x.Form)) == multi.Form;
                    for (int k = 0; k < count && w < sentence.Words.Count; k++, w++)
                    {
                        int length = sentence.Words[w].Form.Length;
                        spans[w] = concatenates ? new TextSpan(offset, offset + length) : new TextSpan(start, start + multi.Form.Length);
                        offset += length;
                    }
                    if (multi.SpaceAfter) text.Append(' ');
                    continue;
                }
                int wordStart = text.Length;
                text.Append(word.Form);
                spans[w] = new TextSpan(wordStart, text.Length);
                if (word.SpaceAfter) text.Append(' ');
                w++;
            }
            int sentenceEnd = spans.Length > 0 ? spans[^1].End : text.Length;
            wordSpans.Add(spans);
            sentenceSpans.Add(new TextSpan(sentenceStart, sentenceEnd));
        }
        TrimEndSpace(text);
        return new GoldText { Text = text.ToString(), WordSpans = wordSpans, SentenceSpans = sentenceSpans };
    }

    private static void TrimEndSpace(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] == ' ') text.Length--;
    }
}
