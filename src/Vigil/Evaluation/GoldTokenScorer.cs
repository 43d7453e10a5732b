using Vigil.Conllu;

namespace Vigil.Evaluation;

/// <summary>Scores predicted tags, lemmas and heads against a treebank on the gold tokens.</summary>
public static class GoldTokenScorer
{
    /// <summary>Predictions per sentence, aligned word by word with the gold sentences.</summary>
    public sealed record Prediction(string?[] Upos, string?[] Xpos, string?[] Lemma, int[] Head, string?[] DepRel);

    public static SyntaxScores Score(IReadOnlyList<ConlluSentence> gold, IReadOnlyList<Prediction> predicted, double tokensPerSecond = 0)
    {
        long words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
        for (int s = 0; s < gold.Count; s++)
        {
            var g = gold[s].Words;
            var p = predicted[s];
            for (int i = 0; i < g.Count; i++)
            {
                words++;
                if (p.Upos[i] == g[i].Upos) upos++;
                if (p.Xpos[i] == g[i].Xpos) xpos++;
                if (p.Lemma[i] == g[i].Lemma) lemma++;
                if (p.Head[i] == g[i].Head)
                {
                    uas++;
                    if (UniversalRelation(p.DepRel[i]) == UniversalRelation(g[i].DepRel)) las++;
                }
            }
        }
        double Pct(long n) => words == 0 ? 0 : 100.0 * n / words;
        return new SyntaxScores
        {
            Upos = Pct(upos), Xpos = Pct(xpos), Lemma = Pct(lemma), Uas = Pct(uas), Las = Pct(las),
            Words = (int)words, TokensPerSecond = tokensPerSecond,
        };
    }

    /// <summary>LAS in CoNLL 2018 compares the universal part of the relation ("nmod:poss" → "nmod").</summary>
    public static string? UniversalRelation(string? relation)
    {
        if (relation is null) return null;
        int colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation[..colon];
    }
}
