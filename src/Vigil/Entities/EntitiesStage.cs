using Vigil.Actors;
using Vigil.Documents;
using Vigil.Pipeline;
using Vigil.Places;

namespace Vigil.Entities;

/// <summary>
/// Pipeline stage: named entities (PER, LOC, ORG from the recognizer; NORP from the gazetteer's
/// demonyms) grouped into entities by <see cref="NameCoreference"/>. Needs tokens; uses XPOS tags when
/// the tagger ran.
/// </summary>
public sealed partial class EntitiesStage(EntityRecognizer recognizer, Gazetteer? gazetteer) : IPipelineStage
{
    public string Name => "entities";

    public void Process(Document document)
    {
        var mentions = new List<(Mention Mention, string Label)>();
        var sentenceForms = new List<string[]>(document.Sentences.Count);
        var sentenceBio = new List<string[]>(document.Sentences.Count);
        foreach (var sentence in document.Sentences)
        {
            var (forms, tags) = document.SentenceWords(sentence);
            var bio = recognizer.Tag(forms, tags[0] is null ? null : tags);
            JoinNameParts(document.Tokens, sentence, bio);
            JoinLeftOutNameHeads(document.Tokens, sentence, bio);
            JoinPeoplesNames(forms, bio);
            JoinNicknames(forms, bio);
            JoinHyphenatedGivenNames(document.Tokens, sentence, bio);
            KnownBodiesLeftOut(forms, bio);
            NumberedUnitsLeftOut(forms, bio);
            PlacesReadAsPeople(forms, tags, bio);
            OutletsLeftOut(forms, tags, bio);
            TitlesLeftOutOfNames(forms, bio);
            NamesSpelledOutBeforeTheirAcronyms(forms, bio);
            AcronymsInBrackets(forms, bio);
            sentenceForms.Add(forms);
            sentenceBio.Add(bio);
        }
        DocumentConsistency.Propagate(sentenceForms, sentenceBio);
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            int n = sentence.TokenCount;
            var (forms, bio) = (sentenceForms[s], sentenceBio[s]);
            var covered = new bool[n];
            foreach (var (spanStart, spanLength, type) in IobReader.Spans(bio))
            {
                var (start, length) = OpensWithADemonym(forms, bio, spanStart, type) ? (spanStart - 1, spanLength + 1) : (spanStart, spanLength);
                if (start == 0 && length == 1 && NamesAKindOfActor(forms[0])) continue;
                for (int k = start; k < start + length; k++) covered[k] = true;
                mentions.Add((MentionOf(document, sentence.FirstToken + start, length), IsDemonym(forms, start, length) ? "NORP" : type));
            }
            if (gazetteer is null) continue;
            for (int i = 0; i < n; i++)
            {
                if (covered[i] || forms[i].Length < 3 || !char.IsUpper(forms[i][0])) continue;
                if (!gazetteer.LookupDemonym(forms[i]).IsEmpty) mentions.Add((MentionOf(document, sentence.FirstToken + i, 1), "NORP"));
            }
        }
        document.Entities.Clear();
        document.Entities.AddRange(NameCoreference.Group(mentions.OrderBy(m => m.Mention.Start).ToList(), document.Text));
        DatelinesReadAsPeople(document);
        AcronymsReadAsPeople(document);
        BodiesReadAsPeople(document);
        var named = NameCoreference.OneLabelPerName(document.Entities);
        if (!ReferenceEquals(named, document.Entities))
        {
            document.Entities.Clear();
            document.Entities.AddRange(named);
        }
        if (gazetteer is not null) RelabelCountriesAndCapitals(document.Entities, gazetteer);
        RelabelKnownBodies(document.Entities);
    }

    /// <summary>
    /// "Egyptian and Qatari mediators", with "Qatari" recognised as a location: a lone word that is a
    /// nationality and no place's name is a nationality.
    /// </summary>
    private bool IsDemonym(string[] forms, int start, int length) =>
        length == 1 && gazetteer is not null && !gazetteer.LookupDemonym(forms[start]).IsEmpty && gazetteer.Lookup(forms[start]).IsEmpty;

    /// <summary>
    /// "the Mexican Competitiveness Institute", "the Syrian Observatory for Human Rights": a capitalised
    /// demonym right before an organisation's name is the name's first word, and it says whose the
    /// organisation is (the recognizer, trained on few such names, often starts the name after it).
    /// </summary>
    private bool OpensWithADemonym(string[] forms, string[] bio, int start, string type) =>
        type == "ORG" && start > 0 && bio[start - 1] == "O" && forms[start - 1].Length > 2 && char.IsUpper(forms[start - 1][0])
        && gazetteer is not null && !gazetteer.LookupDemonym(forms[start - 1]).IsEmpty;

    /// <summary>
    /// "Gunmen ambushed ...", "Militants stormed ...": a sentence's capitalized first word that is a kind of
    /// actor (an agent noun, singular or plural) is no name, whatever the recognizer made of it.
    /// </summary>
    private static bool NamesAKindOfActor(string word)
    {
        var lower = word.ToLowerInvariant();
        return word.Length > 2 && AgentDictionary.Default.Exact(lower) is not null || AgentDictionary.Default.Exact(ActorPhraseCoder.Singular(lower)) is not null;
    }

    private static Mention MentionOf(Document document, int firstToken, int count)
    {
        int start = document.Tokens[firstToken].Start, end = document.Tokens[firstToken + count - 1].End;
        return new Mention(start, end, document.Slice(start, end)) { FirstToken = firstToken, TokenCount = count };
    }
}
