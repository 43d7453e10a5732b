namespace Vigil.Tagging;

/// <summary>What the spacing of the raw text shows a token to be, where its form alone cannot tell.</summary>
public enum TextShape : byte
{
    None,

    /// <summary>A straight single quotation mark opening a quotation (a space before it, a letter after).</summary>
    OpensAQuotation,

    /// <summary>A hyphen joining two words with no space ("government-held").</summary>
    JoinsWords,
}
