using System.Security.Cryptography;
using System.Text;

namespace Vigil.Documents;

/// <summary>
/// The one container every pipeline stage reads and writes. <see cref="Text"/> is the input exactly as
/// decoded and is never modified; every annotation is an offset into it.
/// </summary>
public sealed class Document
{
    public Document(string text, string? id = null)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Id = string.IsNullOrEmpty(id) ? ContentHash(text) : id;
    }

    public string Id { get; }

    public string Text { get; }

    /// <summary>Publication date, the anchor for resolving "Monday night" or "last week".</summary>
    public DateOnly? Published { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    /// <summary>The outlet that published the document (e.g. "Associated Press").</summary>
    public string? Source { get; set; }

    /// <summary>Where the document came from (a path, "path:line", or "-"), used in messages; not part of the output.</summary>
    public string? Origin { get; set; }

    public List<Sentence> Sentences { get; } = [];

    /// <summary>All tokens of the document in text order. Stages annotate them in place.</summary>
    public Token[] Tokens { get; set; } = [];

    public List<Entity> Entities { get; } = [];

    public List<Place> Places { get; } = [];

    public List<Quote> Quotes { get; } = [];

    public List<Event> Events { get; } = [];

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    public string Slice(int start, int end) => Text.Substring(start, end - start);

    /// <summary>The tokens of one sentence, as a span over the document's token array.</summary>
    public Span<Token> SentenceTokens(int sentenceIndex)
    {
        var sentence = Sentences[sentenceIndex];
        return Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
    }

    /// <summary>The word forms and XPOS tags of one sentence, as the sentence-level models take them.</summary>
    public (string[] Forms, string?[] Xpos) SentenceWords(Sentence sentence)
    {
        var forms = new string[sentence.TokenCount];
        var tags = new string?[sentence.TokenCount];
        for (int i = 0; i < forms.Length; i++)
        {
            forms[i] = Tokens[sentence.FirstToken + i].Form;
            tags[i] = Tokens[sentence.FirstToken + i].Xpos;
        }
        return (forms, tags);
    }

    /// <summary>The sentence token <paramref name="token"/> belongs to.</summary>
    public Sentence SentenceOf(int token) => Sentences[Tokens[token].Sentence];

    /// <summary>The index of the sentence that contains the character offset, or -1.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Whether the character offset opens a paragraph: only spaces since the text's start or a line break.</summary>
    public bool OpensParagraph(int offset)
    {
        int i = offset - 1;
        while (i >= 0 && Text[i] is ' ' or '\t' or '\r') i--;
        return i < 0 || Text[i] == '\n';
    }

    /// <summary>The index of the first token that starts at or after the character offset (the token count if none).</summary>
    public int FirstTokenFrom(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The index of the token that starts at the character offset, or -1.</summary>
    public int TokenStartingAt(int offset)
    {
        int lo = 0, hi = Tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start == offset) return mid;
            if (Tokens[mid].Start < offset) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>The index of the token that ends at the character offset, or -1 (a phrase's last word).</summary>
    public int TokenEndingAt(int offset)
    {
        int lo = 0, hi = Tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].End == offset) return mid;
            if (Tokens[mid].End < offset) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>The lowercase hex SHA-256 of the text's UTF-8 bytes: the default document id.</summary>
    public static string ContentHash(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash);
    }
}
