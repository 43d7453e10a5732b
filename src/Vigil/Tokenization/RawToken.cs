namespace Vigil.Tokenization;

/// <summary>A token span plus the number of line breaks in the whitespace before it (for sentence and paragraph breaks).</summary>
public readonly record struct RawToken(int Start, int End, int LineBreaksBefore, bool SpaceBefore);
