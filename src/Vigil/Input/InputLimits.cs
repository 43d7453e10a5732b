namespace Vigil.Input;

/// <summary>
/// Bounds that keep memory predictable whatever the user points Vigil at. A news article is a few
/// thousand characters; anything near these limits is almost certainly not an article.
/// </summary>
public sealed record InputLimits
{
    /// <summary>Largest file (text or HTML) read as one document.</summary>
    public long MaxDocumentBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Longest JSON line accepted; longer lines are skipped without being held in memory.</summary>
    public int MaxJsonLineChars { get; init; } = 10 * 1024 * 1024;

    public static InputLimits Default { get; } = new();
}
