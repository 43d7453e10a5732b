namespace Vigil.Store.Dedup;

/// <summary>
/// Word shingles of a text, hashed to 64 bits: lowercased runs of letters and digits, so punctuation,
/// spacing and capitalisation changes between outlets do not matter. The hash (FNV-1a) is stable across
/// processes and machines, because signatures are stored.
/// </summary>
public static class Shingles
{
    public const int Size = 5;

    public static HashSet<ulong> Of(string text, int size = Size)
    {
        var words = Words(text);
        var shingles = new HashSet<ulong>();
        if (words.Count == 0) return shingles;
        if (words.Count < size)
        {
            shingles.Add(Combine(words, 0, words.Count));
            return shingles;
        }
        for (int i = 0; i + size <= words.Count; i++) shingles.Add(Combine(words, i, size));
        return shingles;
    }

    /// <summary>The hash of each word, in order.</summary>
    private static List<ulong> Words(string text)
    {
        var words = new List<ulong>(text.Length / 5);
        ulong hash = FnvOffset;
        bool inWord = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * FnvPrime;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(hash);
                hash = FnvOffset;
                inWord = false;
            }
        }
        if (inWord) words.Add(hash);
        return words;
    }

    private static ulong Combine(List<ulong> words, int start, int count)
    {
        ulong hash = FnvOffset;
        for (int i = start; i < start + count; i++) hash = (hash ^ words[i]) * FnvPrime;
        return hash;
    }

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
}
