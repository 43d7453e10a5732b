using System.Text;
using Vigil.Documents;

namespace Vigil.Conllu;

/// <summary>Writes a tokenized, tagged and parsed document as CoNLL-U.</summary>
public static class ConlluWriter
{
    public static void Write(Document document, TextWriter writer)
    {
        var line = new StringBuilder();
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            writer.WriteLine($"# sent_id = {s + 1}");
            writer.WriteLine($"# text = {document.Slice(sentence.Span).ReplaceLineEndings(" ")}");
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var t = document.Tokens[i];
                int head = t.Head < 0 ? 0 : t.Head - sentence.FirstToken + 1;
                line.Clear();
                line.Append(i - sentence.FirstToken + 1).Append('\t').Append(t.Form).Append('\t')
                    .Append(t.Lemma ?? "_").Append('\t').Append(t.Upos ?? "_").Append('\t').Append(t.Xpos ?? "_").Append('\t')
                    .Append(string.IsNullOrEmpty(t.Features) ? "_" : t.Features).Append('\t')
                    .Append(t.Upos is null ? "_" : head.ToString()).Append('\t').Append(t.DepRel ?? "_").Append("\t_\t")
                    .Append(t.SpaceAfter ? "_" : "SpaceAfter=No");
                writer.WriteLine(line);
            }
            writer.WriteLine();
        }
    }
}
