using System.Text.Json.Serialization;

namespace Vigil.Documents;

/// <summary>A mention of an entity: a span of text, with the tokens it covers.</summary>
public sealed record Mention(int Start, int End, string Text)
{
    /// <summary>Index of the first token of the mention (document-wide), or -1 when unknown.</summary>
    [JsonIgnore]
    public int FirstToken { get; init; } = -1;

    [JsonIgnore]
    public int TokenCount { get; init; }

    [JsonIgnore]
    public TextSpan Span => new(Start, End);
}

/// <summary>A CAMEO-style actor code: country (ISO alpha-3) and sector (role code such as MIL, GOV, REB).</summary>
public sealed record ActorCode(string Code, string? Country, string? Sector);

/// <summary>Something the document talks about, with every mention of it (coreference already applied).</summary>
public sealed class Entity
{
    public required string Id { get; init; }

    /// <summary>PER, ORG, LOC, NORP or MISC.</summary>
    public required string Label { get; set; }

    /// <summary>The most informative name among the mentions.</summary>
    public required string Name { get; set; }

    public List<Mention> Mentions { get; init; } = [];

    public ActorCode? Actor { get; set; }
}
