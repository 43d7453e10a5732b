using System.Globalization;
using System.Text;

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
            // Decompose and keep the base letters ("á" → "a"); letters without a decomposition stay.
            Span<char> one = [c];
            var decomposed = one.ToString().Normalize(NormalizationForm.FormD);
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark) continue;
                Append(buffer, ref length, ref pendingSpace, char.ToLowerInvariant(d));
            }
        }
        return new string(buffer[..length]);
    }

    private static void Append(Span<char> buffer, ref int length, ref bool pendingSpace, char c)
    {
        if (length + 2 >= buffer.Length) return;
        if (pendingSpace && length > 0) buffer[length++] = ' ';
        pendingSpace = false;
        buffer[length++] = c;
    }
}
