namespace Vigil.Store.Model;

/// <summary>
/// What a reader needs to check an event against its report: the sentence that holds the trigger, the
/// spans inside it to highlight, and who the event is attributed to.
/// </summary>
public sealed record Evidence
{
    /// <summary>Offset of <see cref="Sentence"/> in the document text.</summary>
    public int SentenceStart { get; init; }
    public required string Sentence { get; init; }

    /// <summary>Spans relative to <see cref="Sentence"/>, sorted by start, never overlapping.</summary>
    public List<Highlight> Highlights { get; init; } = [];

    /// <summary>The attribution chain, innermost speaker first ("Gloria Perez" → "told" → "the AP").</summary>
    public List<AttributionLink> Attribution { get; init; } = [];

    /// <summary>
    /// When the report gives different death tolls for the event ("at least five people, a doctors' group
    /// said" ... "Police said one protester had died"), every one of them, with who gives it; empty otherwise.
    /// </summary>
    public List<TollReport> Tolls { get; init; } = [];
}

/// <summary>One death toll a report gives for an event: bounds (max null when open-ended), words, and the source it is attributed to (null: the writer).</summary>
public sealed record TollReport(int? Min, int? Max, string Text, string? Source);

/// <summary>A span of the evidence sentence and what it is: actor1, actor2, trigger, place, date, fatalities.</summary>
public sealed record Highlight(string Kind, int Start, int End);

/// <summary>One step of an attribution: role is source, cue or via; text is the words of the report.</summary>
public sealed record AttributionLink(string Role, string Text);
