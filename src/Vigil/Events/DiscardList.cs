namespace Vigil.Events;

/// <summary>
/// Phrases that mark a sentence (or, with "+", a whole story) as out of scope, in PETRARCH's discard
/// format ("BASEBALL", "+TYPHOON"; "#" starts a comment): sports and weather reports whose "attacks"
/// and "battles" are not political events. Matched as whole words, case-insensitively.
/// </summary>
public sealed class DiscardList
{
    private readonly List<string[]> _phrases = [];

    public int Count => _phrases.Count;

    public static DiscardList Parse(IEnumerable<string> lines)
    {
        var list = new DiscardList();
        foreach (var raw in lines)
        {
            int hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim().TrimStart('+').Trim();
            if (line.Length == 0 || line.StartsWith('<')) continue;
            list._phrases.Add(line.Replace('_', ' ').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        return list;
    }

    /// <summary>Whether the token forms hold one of the phrases.</summary>
    public bool Discards(IReadOnlyList<string> forms)
    {
        foreach (var phrase in _phrases)
        {
            for (int i = 0; i + phrase.Length <= forms.Count; i++)
            {
                int k = 0;
                while (k < phrase.Length && forms[i + k].Equals(phrase[k], StringComparison.OrdinalIgnoreCase)) k++;
                if (k == phrase.Length) return true;
            }
        }
        return false;
    }
}
