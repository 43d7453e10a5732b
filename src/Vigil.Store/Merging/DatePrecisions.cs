using System.Globalization;

namespace Vigil.Store.Merging;

/// <summary>Date precisions and the span of days each one leaves open.</summary>
public static class DatePrecisions
{
    public const string Day = "day";
    public const string Week = "week";
    public const string Month = "month";
    public const string Year = "year";

    /// <summary>The text gives no date; the publication date stands in. Events are usually reported within days.</summary>
    public const string Published = "published";

    /// <summary>The widest interval a mergeable date can span; year-precise dates are too vague to merge on.</summary>
    public const int WidestIntervalDays = 31;

    /// <summary>The days the event may fall on, or null when the date is missing or too vague to compare.</summary>
    public static (DateOnly Lo, DateOnly Hi)? Interval(string? date, string? precision)
    {
        if (date is null || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return null;
        return precision switch
        {
            Week => (d, d.AddDays(6)),
            Month => (d, new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month))),
            Published => (d.AddDays(-3), d),
            Year => null,
            _ => (d, d),
        };
    }

    /// <summary>How many days lie between two intervals (0 when they overlap).</summary>
    public static int Gap((DateOnly Lo, DateOnly Hi) a, (DateOnly Lo, DateOnly Hi) b)
    {
        if (a.Hi < b.Lo) return b.Lo.DayNumber - a.Hi.DayNumber;
        if (b.Hi < a.Lo) return a.Lo.DayNumber - b.Hi.DayNumber;
        return 0;
    }

    /// <summary>Higher is more precise.</summary>
    public static int Rank(string? precision) => precision switch
    {
        Day => 5,
        Week => 4,
        Published => 3,
        Month => 2,
        Year => 1,
        _ => 0,
    };
}
