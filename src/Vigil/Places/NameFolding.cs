using System.Globalization;

namespace Vigil.Places;

/// <summary>
/// Folds place names for lookup: lowercase, accents removed, hyphens, apostrophes and dots read as
/// spaces, runs of spaces collapsed. "Michoacán", "MICHOACAN" and "michoacan" fold alike; so do
/// "Ciudad-Juárez" and "Ciudad Juarez".
/// </summary>
public static class NameFolding
{
    public static string Fold(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length * 2 + 4] : new char[name.Length * 2 + 4];
        int length = 0;
        bool pendingSpace = false;
        foreach (var c in name)
        {
            if (c < 128)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    Append(buffer, ref length, ref pendingSpace, char.ToLowerInvariant(c));
                }
                else if (length > 0) pendingSpace = true;
                continue;
            }
            if (char.IsWhiteSpace(c) || c is '’' or '‘' or '–' or '—' or '‐')
            {
                if (length > 0) pendingSpace = true;
                continue;
            }
            // Latin letters with diacritics map to their base letters ("á" → "a", "ß" → "ss"). A table, not
            // Unicode normalisation: Vigil runs with invariant globalization, where normalisation is unavailable.
            if (c >= '\u00C0' && c <= '\u017F')
            {
                foreach (var b in LatinFold[c - 0xC0]) Append(buffer, ref length, ref pendingSpace, b);
                continue;
            }
            // (So do those of Latin Extended Additional, which GeoNames uses for Arabic and Vietnamese names: "Rafaḩ", "Ḩalab".)
            if (c >= '\u1E00' && c <= '\u1EFF')
            {
                foreach (var b in LatinExtendedAdditionalFold[c - 0x1E00]) Append(buffer, ref length, ref pendingSpace, b);
                continue;
            }
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            Append(buffer, ref length, ref pendingSpace, char.ToLowerInvariant(c));
        }
        return new string(buffer[..length]);
    }

    /// <summary>Base letters of U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A), in order.</summary>
    private static readonly string[] LatinFold = "a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|ss|a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o||o|u|u|u|u|y|th|y|a|a|a|a|a|a|c|c|c|c|c|c|c|c|d|d|d|d|e|e|e|e|e|e|e|e|e|e|g|g|g|g|g|g|g|g|h|h|h|h|i|i|i|i|i|i|i|i|i|i|ij|ij|j|j|k|k|k|l|l|l|l|l|l|l|l|l|l|n|n|n|n|n|n|n|n|n|o|o|o|o|o|o|oe|oe|r|r|r|r|r|r|s|s|s|s|s|s|s|s|t|t|t|t|t|t|u|u|u|u|u|u|u|u|u|u|u|u|w|w|y|y|y|z|z|z|z|z|z|s".Split('|');

    /// <summary>Base letters of U+1E00..U+1EFF (Latin Extended Additional), in order.</summary>
    private static readonly string[] LatinExtendedAdditionalFold = "a|a|b|b|b|b|b|b|c|c|d|d|d|d|d|d|d|d|d|d|e|e|e|e|e|e|e|e|e|e|f|f|g|g|h|h|h|h|h|h|h|h|h|h|i|i|i|i|k|k|k|k|k|k|l|l|l|l|l|l|l|l|m|m|m|m|m|m|n|n|n|n|n|n|n|n|o|o|o|o|o|o|o|o|p|p|p|p|r|r|r|r|r|r|r|r|s|s|s|s|s|s|s|s|s|s|t|t|t|t|t|t|t|t|u|u|u|u|u|u|u|u|u|u|v|v|v|v|w|w|w|w|w|w|w|w|w|w|x|x|x|x|y|y|z|z|z|z|z|z|h|t|w|y|a|s|s|s|ss|d|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|a|e|e|e|e|e|e|e|e|e|e|e|e|e|e|e|e|i|i|i|i|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|o|u|u|u|u|u|u|u|u|u|u|u|u|u|u|y|y|y|y|y|y|y|y|ll|ll|v|v|y|y".Split('|');

    private static void Append(Span<char> buffer, ref int length, ref bool pendingSpace, char c)
    {
        if (length + 2 >= buffer.Length) return;
        if (pendingSpace && length > 0) buffer[length++] = ' ';
        pendingSpace = false;
        buffer[length++] = c;
    }
}
