using Vigil.Documents;
using Vigil.Pipeline;
using Vigil.Places;

namespace Vigil.Entities;

/// <summary>
/// Pipeline stage: named entities (PER, LOC, ORG from the recognizer; NORP from the gazetteer's
/// demonyms) grouped into entities by <see cref="NameCoreference"/>. Needs tokens; uses XPOS tags when
/// the tagger ran.
/// </summary>
public sealed class EntitiesStage(EntityRecognizer recognizer, Gazetteer? gazetteer) : IPipelineStage
{
    public string Name => "entities";

    public void Process(Document document)
    {
        var mentions = new List<(Mention Mention, string Label)>();
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            int n = sentence.TokenCount;
            var (forms, tags) = document.SentenceWords(sentence);
            var bio = recognizer.Tag(forms, tags[0] is null ? null : tags);
            var covered = new bool[n];
            foreach (var (start, length, type) in IobReader.Spans(bio))
            {
                for (int k = start; k < start + length; k++) covered[k] = true;
                mentions.Add((MentionOf(document, sentence.FirstToken + start, length), type));
            }
            if (gazetteer is null) continue;
            for (int i = 0; i < n; i++)
            {
                if (covered[i] || forms[i].Length < 3 || !char.IsUpper(forms[i][0])) continue;
                if (!gazetteer.LookupDemonym(forms[i]).IsEmpty) mentions.Add((MentionOf(document, sentence.FirstToken + i, 1), "NORP"));
            }
        }
        document.Entities.Clear();
        document.Entities.AddRange(NameCoreference.Group(mentions.OrderBy(m => m.Mention.Start).ToList()));
    }

    private static Mention MentionOf(Document document, int firstToken, int count)
    {
        int start = document.Tokens[firstToken].Start, end = document.Tokens[firstToken + count - 1].End;
        return new Mention(start, end, document.Slice(start, end)) { FirstToken = firstToken, TokenCount = count };
    }
}
