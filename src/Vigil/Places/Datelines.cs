using Vigil.Documents;

namespace Vigil.Places;

/// <summary>
/// "ANTUNEZ, Mexico (AP) —": a dateline opens the article's first paragraph of text, which may follow a
/// headline or a byline, in capitals. The places stage reads it as a place cue; the entities stage, which
/// runs before attribution, keeps a pronoun from taking it for a person.
/// </summary>
public static class Datelines
{
    /// <summary>Whether the words from <paramref name="first"/> to <paramref name="last"/> are a dateline.</summary>
    public static bool Opens(Document document, int first, int last)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[tokens[first].Sentence];
        return first - sentence.FirstToken <= 2 && tokens[first].Sentence <= 2 && document.OpensParagraph(sentence.Start)
               && Enumerable.Range(sentence.FirstToken, first - sentence.FirstToken).All(k => tokens[k].Upos == "PUNCT")
               && IsAllCaps(document.Slice(tokens[first].Start, tokens[last].End));
    }

    public static bool IsAllCaps(string text) => text.Length > 1 && text.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
