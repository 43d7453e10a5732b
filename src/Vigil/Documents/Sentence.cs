namespace Vigil.Documents;

/// <summary>A sentence: its character span and the range of tokens it holds.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;

    public TextSpan Span => new(Start, End);
}
