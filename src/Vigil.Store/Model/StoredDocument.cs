namespace Vigil.Store.Model;

/// <summary>A document as stored: its metadata, its text, the story it belongs to and how many events it gave.</summary>
public sealed record StoredDocument
{
    public required string Id { get; init; }
    public required string ContentHash { get; init; }
    public long StoryId { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    public string? Published { get; init; }
    public string? Origin { get; init; }
    public string? IngestedAt { get; init; }
    public int EventCount { get; init; }

    /// <summary>The full text; left null in listings.</summary>
    public string? Text { get; init; }
}
