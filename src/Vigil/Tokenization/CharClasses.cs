namespace Vigil.Tokenization;

/// <summary>Character tests shared by the tokenizer and the sentence splitter.</summary>
internal static class CharClasses
{
    public static bool IsOpeningPunctuation(char c) => c is '(' or '[' or '{' or '"' or '“' or '‘' or '«' or '‹' or '„' or '`' or '¿' or '¡';

    public static bool IsClosingPunctuation(char c) => c is ')' or ']' or '}' or '"' or '”' or '’' or '»' or '›' or '\'';

    /// <summary>Punctuation split off the end of a word, one character at a time.</summary>
    public static bool IsTrailingPunctuation(char c) => c is ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '"' or '”' or '»' or '›' or '%' or '…';

    public static bool IsDash(char c) => c is '—' or '–' or '―' or '‒';

    public static bool IsApostrophe(char c) => c is '\'' or '’';

    public static bool IsCurrency(char c) => c is '$' or '€' or '£' or '¥' or '₹' or '₽';

    /// <summary>Symbols split from words, a run of the same symbol being one token ("==", ">").</summary>
    public static bool IsSymbol(char c) => c is '<' or '>' or '=' or '+' or '~' or '|' or '^';

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
}
