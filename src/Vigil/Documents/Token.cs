namespace Vigil.Documents;

/// <summary>
/// One token: a span of the original text plus the annotations the NLP core adds.
/// A struct kept in one array per document so the hot stages (tagger, parser) touch contiguous memory.
/// </summary>
public struct Token
{
    public int Start;
    public int End;

    /// <summary>The token's form. Usually the text slice; differs only where the tokenizer splits
    /// a word into syntactic parts that do not map one-to-one onto characters.</summary>
    public string Form;

    public string? Lemma;
    public string? Upos;
    public string? Xpos;
    public string? Features;

    /// <summary>Document-wide index of the syntactic head, or -1 for the sentence root (or unparsed).</summary>
    public int Head;

    public string? DepRel;

    /// <summary>Index of the sentence that holds this token.</summary>
    public int Sentence;

    /// <summary>True when whitespace (or a line break) follows the token in the original text.</summary>
    public bool SpaceAfter;

    public Token(int start, int end, string form)
    {
        Start = start;
        End = end;
        Form = form;
        Head = -1;
        Lemma = null;
        Upos = null;
        Xpos = null;
        Features = null;
        DepRel = null;
        Sentence = 0;
        SpaceAfter = false;
    }

    public readonly TextSpan Span => new(Start, End);
}
