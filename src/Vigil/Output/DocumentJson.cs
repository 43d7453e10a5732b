using System.Globalization;
using Vigil.Documents;

namespace Vigil.Output;

/// <summary>A sentence as the output contract shows it.</summary>
public sealed record SentenceJson(int Start, int End);

/// <summary>A token as the output contract shows it (only with --tokens). <c>head</c> is the document-wide
/// index of the head token, null for a sentence root; <c>sentence</c> is an addition to the contract.</summary>
public sealed record TokenJson(int Start, int End, string Form, string? Lemma, string? Upos, string? Xpos,
    int? Head, string? Deprel, string? Feats, int Sentence);

/// <summary>
/// One document in the vigil/1 output format (../shared/spec/vigil-json.md, documented in
/// docs/output-format.md). Property names become snake_case JSON names through <see cref="VigilJsonContext"/>.
/// </summary>
public sealed class DocumentJson
{
    public const string SchemaVersion = "vigil/1";

    public string Schema { get; init; } = SchemaVersion;
    public required string Id { get; init; }
    public string? Published { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    public List<SentenceJson> Sentences { get; init; } = [];

    /// <summary>Present only when tokens were asked for.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public List<TokenJson>? Tokens { get; init; }

    public List<Entity> Entities { get; init; } = [];
    public List<Place> Places { get; init; } = [];
    public List<Quote> Quotes { get; init; } = [];
    public List<Event> Events { get; init; } = [];

    public static DocumentJson From(Document document, bool includeTokens)
    {
        return new DocumentJson
        {
            Id = document.Id,
            Published = document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Title = document.Title,
            Url = document.Url,
            Source = document.Source,
            Sentences = document.Sentences.Select(s => new SentenceJson(s.Start, s.End)).ToList(),
            Tokens = includeTokens ? document.Tokens.Select(ToJson).ToList() : null,
            Entities = document.Entities,
            Places = document.Places,
            Quotes = document.Quotes,
            Events = document.Events,
        };
    }

    private static TokenJson ToJson(Token t) =>
        new(t.Start, t.End, t.Form, t.Lemma, t.Upos, t.Xpos, t.Head < 0 ? null : t.Head, t.DepRel, t.Features, t.Sentence);
}
