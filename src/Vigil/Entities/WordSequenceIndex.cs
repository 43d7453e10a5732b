namespace Vigil.Entities;

/// <summary>
/// Names of one or more words, each with a value, found over a sentence's tokens longest first. A match
/// grows one word at a time only while the words so far begin some name, so most words cost one look-up
/// and build no key ("the", "the united", "the united nations").
/// </summary>
internal sealed class WordSequenceIndex<TValue>
{
    private readonly Dictionary<string, TValue> _names;
    private readonly HashSet<string> _prefixes;

    /// <param name="names">Names with their words separated by single spaces.</param>
    /// <param name="comparer">How words compare (case-insensitive for dictionaries, exact within a document).</param>
    public WordSequenceIndex(IEnumerable<KeyValuePair<string, TValue>> names, StringComparer comparer)
    {
        _names = new Dictionary<string, TValue>(names, comparer);
        _prefixes = new HashSet<string>(comparer);
        foreach (var name in _names.Keys)
        {
            for (int space = name.IndexOf(' '); space > 0; space = name.IndexOf(' ', space + 1)) _prefixes.Add(name[..space]);
            _prefixes.Add(name);
        }
    }

    public int Count => _names.Count;

    public IEnumerable<KeyValuePair<string, TValue>> Entries => _names;

    /// <summary>
    /// The longest name of at most <paramref name="maxWords"/> words starting at token <paramref name="start"/>:
    /// its length (0 when none) and value. <paramref name="mayInclude"/> says whether a token (by its index)
    /// may be part of a name; <paramref name="accept"/> whether a name ending before a token index stands.
    /// </summary>
    public (int Length, TValue? Value) LongestAt(ReadOnlySpan<string> tokens, int start, int maxWords,
        Func<int, bool>? mayInclude = null, Func<int, bool>? accept = null)
    {
        (int Length, TValue? Value) longest = (0, default);
        string key = tokens[start];
        for (int n = 1; n <= maxWords && start + n <= tokens.Length; n++)
        {
            if (n > 1) key = string.Concat(key, " ", tokens[start + n - 1]);
            if (!_prefixes.Contains(key) || mayInclude?.Invoke(start + n - 1) == false) break;
            if (_names.TryGetValue(key, out var value) && accept?.Invoke(start + n) != false) longest = (n, value);
        }
        return longest;
    }
}
