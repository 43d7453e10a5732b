using Vigil.Evaluation;

namespace Vigil.Attribution;

/// <summary>
/// Scores attributions span type by span type (content, source, cue), exactly and with overlap: an
/// overlap match needs at least half of the tokens (whitespace-separated words) of the longer of the two
/// spans to be shared. Matching is one-to-one. Articles with several annotators count once: each
/// annotation's counts are weighted by one over the number of annotators.
/// </summary>
public sealed class AttributionScorer
{
    private readonly Dictionary<string, double[]> _counts = new(StringComparer.Ordinal);

    public static readonly string[] Kinds = ["content", "source", "cue"];

    /// <param name="text">The article text.</param>
    /// <param name="kind">content, source or cue.</param>
    /// <param name="gold">Gold spans (each a list of ranges).</param>
    /// <param name="system">System spans.</param>
    /// <param name="weight">1 / number of annotators of the article.</param>
    public void Add(string text, string kind, IReadOnlyList<IReadOnlyList<(int Start, int End)>> gold, IReadOnlyList<(int Start, int End)> system, double weight)
    {
        foreach (var exact in new[] { true, false })
        {
            var key = kind + (exact ? "_exact" : "_overlap");
            if (!_counts.TryGetValue(key, out var c)) _counts[key] = c = new double[3];
            var used = new bool[system.Count];
            int matched = 0;
            foreach (var g in gold.Where(g => g.Count > 0))
            {
                var goldSpan = (g.Min(r => r.Start), g.Max(r => r.End));
                for (int i = 0; i < system.Count; i++)
                {
                    if (used[i] || !Matches(text, goldSpan, system[i], exact)) continue;
                    used[i] = true;
                    matched++;
                    break;
                }
            }
            c[0] += weight * matched;
            c[1] += weight * system.Count;
            c[2] += weight * gold.Count(g => g.Count > 0);
        }
    }

    /// <summary>Whether two spans share at least half of the words of the longer one.</summary>
    public static bool Overlaps(string text, (int Start, int End) gold, (int Start, int End) system) => Matches(text, gold, system, exact: false);

    private static bool Matches(string text, (int Start, int End) gold, (int Start, int End) system, bool exact)
    {
        if (exact) return Trim(text, gold) == Trim(text, system);
        int shared = Words(text, Math.Max(gold.Start, system.Start), Math.Min(gold.End, system.End));
        int longer = Math.Max(Words(text, gold.Start, gold.End), Words(text, system.Start, system.End));
        return longer > 0 && shared * 2 >= longer;
    }

    /// <summary>Spans compared exactly ignore surrounding spaces and punctuation.</summary>
    private static (int, int) Trim(string text, (int Start, int End) span)
    {
        var (s, e) = span;
        while (s < e && (char.IsWhiteSpace(text[s]) || char.IsPunctuation(text[s]))) s++;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || char.IsPunctuation(text[e - 1]))) e--;
        return (s, e);
    }

    private static int Words(string text, int start, int end)
    {
        if (end <= start) return 0;
        int count = 0;
        bool inWord = false;
        for (int i = start; i < end && i < text.Length; i++)
        {
            bool word = !char.IsWhiteSpace(text[i]);
            if (word && !inWord) count++;
            inWord = word;
        }
        return count;
    }

    public F1Score Score(string kind, bool exact)
    {
        var c = _counts.GetValueOrDefault(kind + (exact ? "_exact" : "_overlap")) ?? new double[3];
        // F1Score takes counts; scale fractional (annotator-weighted) counts to keep precision.
        return new F1Score((int)Math.Round(c[0] * 1000), (int)Math.Round(c[1] * 1000), (int)Math.Round(c[2] * 1000));
    }
}
