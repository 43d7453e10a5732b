namespace Vigil.Evaluation;

/// <summary>
/// Tagging and parsing scores with CoNLL 2018 shared-task definitions (punctuation included), as
/// percentages. With gold tokens the token and sentence F1 are 100; from raw text they come from the
/// character-offset alignment, and the tag and attachment scores are F1 over aligned words.
/// </summary>
public sealed record SyntaxScores
{
    public double Upos { get; init; }
    public double Xpos { get; init; }
    public double Lemma { get; init; }
    public double Uas { get; init; }
    public double Las { get; init; }
    public double TokensF1 { get; init; } = 100;
    public double SentencesF1 { get; init; } = 100;
    public int Words { get; init; }
    public double TokensPerSecond { get; init; }
}
