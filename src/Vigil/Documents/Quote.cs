using System.Text.Json.Serialization;

namespace Vigil.Documents;

/// <summary>A span of text, optionally with its text and the entity it refers to.</summary>
public sealed record SpanRef(int Start, int End, string? Text = null, string? Entity = null)
{
    [JsonIgnore]
    public TextSpan Span => new(Start, End);
}

/// <summary>An attribution: who said (or reported) what, through which relaying sources.</summary>
public sealed class Quote
{
    public required string Id { get; init; }

    /// <summary>True for a direct quotation in quotation marks, false for reported speech.</summary>
    public bool Direct { get; set; }

    public required SpanRef Content { get; set; }
    public SpanRef? Cue { get; set; }
    public SpanRef? Source { get; set; }

    /// <summary>The chain of relaying sources ("told a local radio station", "the AP reported"), outermost last.</summary>
    public List<SpanRef> Via { get; init; } = [];

    /// <summary>
    /// For a direct quotation interrupted by its attribution, the quoted pieces of <see cref="Content"/> without
    /// the writer's words between them, in reading order; null when the content is one piece.
    /// </summary>
    public List<SpanRef>? Parts { get; set; }
}
