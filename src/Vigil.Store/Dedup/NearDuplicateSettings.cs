namespace Vigil.Store.Dedup;

/// <summary>When two documents count as copies of one story.</summary>
public sealed record NearDuplicateSettings
{
    public static readonly NearDuplicateSettings Default = new();

    /// <summary>
    /// Estimated Jaccard similarity of 5-word shingles at or above which two documents are one story.
    /// Wire copies with a new headline, byline and a trimmed paragraph stay well above 0.6; two reports
    /// of the same event written independently share few 5-word runs and stay far below.
    /// </summary>
    public double Threshold { get; init; } = 0.6;

    /// <summary>Documents with fewer words than this are too short to judge; each is its own story.</summary>
    public int MinimumWords { get; init; } = 25;
}
