namespace Vigil.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence. <c>Head</c> is 1-based within the sentence, 0 for the root.</summary>
public sealed record ConlluWord(int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string DepRel, bool SpaceAfter);

/// <summary>A surface token that holds several syntactic words ("didn't" = did + n't), from a "1-2" line.</summary>
public sealed record ConlluMultiword(int FirstId, int LastId, string Form, bool SpaceAfter);

/// <summary>A sentence of a CoNLL-U file: its words, any multiword tokens, and its comments of interest.</summary>
public sealed class ConlluSentence
{
    public string? SentenceId { get; init; }

    /// <summary>The "# newdoc id" of the document this sentence belongs to, if the file gives one.</summary>
    public string? DocumentId { get; init; }
    public string? Text { get; init; }
    public bool NewDocument { get; init; }
    public bool NewParagraph { get; init; }
    public List<ConlluWord> Words { get; } = [];
    public List<ConlluMultiword> Multiwords { get; } = [];

    public string[] Forms() => Words.Select(w => w.Form).ToArray();
}
