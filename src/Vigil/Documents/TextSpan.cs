namespace Vigil.Documents;

/// <summary>
/// A half-open range [Start, End) of UTF-16 code units in a document's original text.
/// Every annotation in Vigil is expressed as one of these, never as a copy of the text.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Covers(TextSpan other) => Start <= other.Start && other.End <= End;

    public string Slice(string text) => text.Substring(Start, End - Start);
}
