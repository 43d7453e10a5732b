using System.Globalization;

namespace Vigil.Input;

/// <summary>Parses publication dates: YYYY-MM-DD, or a full ISO 8601 timestamp whose date part is taken.</summary>
public static class PublishedDate
{
    public static bool TryParse(string text, out DateOnly date)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        if (text.Length > 10 && text[10] == 'T' &&
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
        {
            date = DateOnly.FromDateTime(stamp.DateTime);
            return true;
        }
        return false;
    }
}
