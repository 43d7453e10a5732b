namespace Vigil.Entities;

/// <summary>
/// One document names the same thing the same way: a name the recognizer found somewhere in a document
/// ("Azurix" as an organisation in one sentence) is that entity wherever else the document writes it
/// exactly and the recognizer, seeing only its own sentence, left it untagged.
/// </summary>
public static class DocumentConsistency
{
    /// <summary>Tags, in place, untagged exact repetitions of the names found in the document's sentences.</summary>
    public static void Propagate(IReadOnlyList<string[]> sentences, IReadOnlyList<string[]> bio)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var conflicting = new HashSet<string>(StringComparer.Ordinal);
        int longest = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            foreach (var (start, length, type) in IobReader.Spans(bio[s]))
            {
                // Only capitalised names: a lower-case word the recognizer once took for a name is no evidence.
                if (!char.IsUpper(sentences[s][start][0])) continue;
                var key = string.Join(' ', sentences[s], start, length);
                if (names.TryGetValue(key, out var seen) && seen != type) conflicting.Add(key);
                names[key] = type;
                longest = Math.Max(longest, length);
            }
        }
        foreach (var key in conflicting) names.Remove(key);
        if (names.Count == 0) return;
        var index = new WordSequenceIndex<string>(names, StringComparer.Ordinal);
        for (int s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var tags = bio[s];
            // A repetition is made of untagged words, and does not run into a name the recognizer continues.
            Func<int, bool> untagged = t => tags[t] == "O";
            Func<int, bool> endsFree = end => !(end < words.Length && tags[end].StartsWith("I-", StringComparison.Ordinal));
            for (int i = 0; i < words.Length; i++)
            {
                var (length, type) = index.LongestAt(words, i, longest, untagged, endsFree);
                if (length == 0) continue;
                tags[i] = "B-" + type;
                for (int k = i + 1; k < i + length; k++) tags[k] = "I-" + type;
                i += length - 1;
            }
        }
    }
}
