using Vigil.Conllu;
using Vigil.Documents;

namespace Vigil.Evaluation;

/// <summary>
/// Scores a document that Vigil tokenized, split, tagged and parsed from a treebank's raw text (built by
/// <see cref="GoldText"/>) against the treebank, aligning words by character offsets as the CoNLL 2018
/// shared task does: a word counts when its span matches a gold word's span exactly; a sentence counts
/// when its span matches; UPOS and LAS are F1 over aligned words (LAS also needs the head aligned).
/// </summary>
public static class RawTextScorer
{
    public static SyntaxScores Score(IReadOnlyList<ConlluSentence> gold, GoldText goldText, Document system, double tokensPerSecond = 0)
    {
        // Gold words by span, with their document-wide index.
        var goldIndex = new Dictionary<TextSpan, int>();
        var goldWords = new List<(ConlluWord Word, int HeadIndex)>();
        for (int s = 0; s < gold.Count; s++)
        {
            int sentenceBase = goldWords.Count;
            var spans = goldText.WordSpans[s];
            for (int w = 0; w < gold[s].Words.Count; w++)
            {
                var word = gold[s].Words[w];
                goldIndex.TryAdd(spans[w], goldWords.Count);
                goldWords.Add((word, word.Head <= 0 ? -1 : sentenceBase + word.Head - 1));
            }
        }

        var systemToGold = new int[system.Tokens.Length];
        int alignedWords = 0, upos = 0, las = 0, uas = 0;
        for (int i = 0; i < system.Tokens.Length; i++)
        {
            systemToGold[i] = goldIndex.TryGetValue(system.Tokens[i].Span, out var g) ? g : -1;
            if (systemToGold[i] >= 0) alignedWords++;
        }
        for (int i = 0; i < system.Tokens.Length; i++)
        {
            int g = systemToGold[i];
            if (g < 0) continue;
            var token = system.Tokens[i];
            var (goldWord, goldHead) = goldWords[g];
            if (token.Upos == goldWord.Upos) upos++;
            int systemHead = token.Head < 0 ? -1 : systemToGold[token.Head];
            bool headMatches = token.Head < 0 ? goldHead < 0 : systemHead >= 0 && systemHead == goldHead;
            if (headMatches)
            {
                uas++;
                if (GoldTokenScorer.UniversalRelation(token.DepRel) == GoldTokenScorer.UniversalRelation(goldWord.DepRel)) las++;
            }
        }

        var goldSentences = new HashSet<TextSpan>(goldText.SentenceSpans);
        int sentencesCorrect = system.Sentences.Count(s => goldSentences.Contains(s.Span));

        int systemCount = system.Tokens.Length, goldCount = goldWords.Count;
        return new SyntaxScores
        {
            TokensF1 = new F1Score(alignedWords, systemCount, goldCount).F1,
            SentencesF1 = new F1Score(sentencesCorrect, system.Sentences.Count, goldText.SentenceSpans.Count).F1,
            Upos = new F1Score(upos, systemCount, goldCount).F1,
            Uas = new F1Score(uas, systemCount, goldCount).F1,
            Las = new F1Score(las, systemCount, goldCount).F1,
            Xpos = double.NaN,
            Lemma = double.NaN,
            Words = goldCount,
            TokensPerSecond = tokensPerSecond,
        };
    }
}
