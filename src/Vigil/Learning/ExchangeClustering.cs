namespace Vigil.Learning;

/// <summary>
/// Exchange clustering (Kneser and Ney 1993; Martin, Liermann and Ney 1998): words are moved, one at a
/// time, to the class that most raises the likelihood of a class bigram model of the text, until the
/// classes settle. The objective, up to constants, is
/// Σ N(c1,c2) log N(c1,c2) − Σ N(c·) log N(c·) − Σ N(·c) log N(·c)
/// over class bigram counts N and their left and right totals. Moving a word touches only the rows and
/// columns of its old and new class where its neighbours' classes are, so each candidate class costs
/// the number of distinct neighbour classes, not the number of classes squared.
/// </summary>
public sealed class ExchangeClustering
{
    public int Classes { get; init; } = 256;
    public int MinCount { get; init; } = 3;
    public int Iterations { get; init; } = 5;

    /// <summary>Clusters the words of the token sequences (sentences); words rarer than MinCount share one unknown type, which is not output.</summary>
    public WordClusters Train(IEnumerable<IReadOnlyList<string>> sentences, Action<int, double>? afterIteration = null)
    {
        // Vocabulary by frequency; type 0 is the unknown word, type 1 the sentence boundary.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpus = new List<string[]>();
        foreach (var sentence in sentences)
        {
            var words = sentence.ToArray();
            corpus.Add(words);
            foreach (var w in words) counts[w] = counts.GetValueOrDefault(w) + 1;
        }
        var vocabulary = counts.Where(p => p.Value >= MinCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < vocabulary.Count; i++) index[vocabulary[i]] = i + 2;
        int types = vocabulary.Count + 2;

        // Word bigram counts, as adjacency lists in both directions.
        var bigrams = new Dictionary<long, int>();
        foreach (var words in corpus)
        {
            int previous = 1;
            foreach (var w in words)
            {
                int t = index.GetValueOrDefault(w, 0);
                bigrams[(long)previous * types + t] = bigrams.GetValueOrDefault((long)previous * types + t) + 1;
                previous = t;
            }
            bigrams[(long)previous * types + 1] = bigrams.GetValueOrDefault((long)previous * types + 1) + 1;
        }
        var right = new List<(int Word, int Count)>[types];
        var left = new List<(int Word, int Count)>[types];
        for (int t = 0; t < types; t++) { right[t] = []; left[t] = []; }
        var self = new int[types];
        foreach (var (key, n) in bigrams)
        {
            int a = (int)(key / types), b = (int)(key % types);
            if (a == b) { self[a] += n; continue; }
            right[a].Add((b, n));
            left[b].Add((a, n));
        }

        // Initial classes: the most frequent words one each, the rest round robin; the boundary and the
        // unknown word keep classes of their own (0 and 1), which are never exchanged.
        int k = Classes;
        var cls = new int[types];
        cls[0] = 0;
        cls[1] = 1;
        for (int t = 2; t < types; t++) cls[t] = 2 + (t - 2) % (k - 2);
        var n2 = new long[k * k];
        var nLeft = new long[k];
        var nRight = new long[k];
        foreach (var (key, n) in bigrams)
        {
            int a = cls[(int)(key / types)], b = cls[(int)(key % types)];
            n2[a * k + b] += n;
            nLeft[a] += n;
            nRight[b] += n;
        }

        var rightClass = new long[k];
        var leftClass = new long[k];
        var touchedRight = new List<int>();
        var touchedLeft = new List<int>();
        for (int iteration = 1; iteration <= Iterations; iteration++)
        {
            int moved = 0;
            for (int w = 2; w < types; w++)
            {
                // The word's bigrams by the class of the neighbour.
                touchedRight.Clear();
                touchedLeft.Clear();
                long asLeft = self[w], asRight = self[w];
                foreach (var (x, n) in right[w])
                {
                    if (rightClass[cls[x]] == 0) touchedRight.Add(cls[x]);
                    rightClass[cls[x]] += n;
                    asLeft += n;
                }
                foreach (var (x, n) in left[w])
                {
                    if (leftClass[cls[x]] == 0) touchedLeft.Add(cls[x]);
                    leftClass[cls[x]] += n;
                    asRight += n;
                }
                int from = cls[w];
                Move(w, from, -1);
                int best = from;
                double bestGain = Gain(from);
                for (int c = 2; c < k; c++)
                {
                    if (c == from) continue;
                    double gain = Gain(c);
                    if (gain > bestGain + 1e-9) (best, bestGain) = (c, gain);
                }
                Move(w, best, +1);
                if (best != from) moved++;
                foreach (var c in touchedRight) rightClass[c] = 0;
                foreach (var c in touchedLeft) leftClass[c] = 0;

                // The objective's change when the word (now in no class) joins class c.
                double Gain(int c)
                {
                    double g = 0;
                    foreach (var d in touchedRight)
                    {
                        if (d == c) continue;
                        long before = n2[c * k + d];
                        g += XLogX(before + rightClass[d]) - XLogX(before);
                    }
                    foreach (var d in touchedLeft)
                    {
                        if (d == c) continue;
                        long before = n2[d * k + c];
                        g += XLogX(before + leftClass[d]) - XLogX(before);
                    }
                    long diagonal = n2[c * k + c];
                    g += XLogX(diagonal + rightClass[c] + leftClass[c] + self[w]) - XLogX(diagonal);
                    g -= XLogX(nLeft[c] + asLeft) - XLogX(nLeft[c]);
                    g -= XLogX(nRight[c] + asRight) - XLogX(nRight[c]);
                    return g;
                }

                // Adds (sign +1) or removes (-1) the word's bigrams to or from class c's counts.
                void Move(int word, int c, int sign)
                {
                    foreach (var d in touchedRight)
                    {
                        if (d != c) n2[c * k + d] += sign * rightClass[d];
                    }
                    foreach (var d in touchedLeft)
                    {
                        if (d != c) n2[d * k + c] += sign * leftClass[d];
                    }
                    n2[c * k + c] += sign * (rightClass[c] + leftClass[c] + self[word]);
                    nLeft[c] += sign * asLeft;
                    nRight[c] += sign * asRight;
                    if (sign > 0) cls[word] = c;
                }
            }
            afterIteration?.Invoke(iteration, (double)moved / Math.Max(1, types - 2));
        }

        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < vocabulary.Count; i++) classes[vocabulary[i]] = cls[i + 2];
        return new WordClusters(classes, k);
    }

    private static double XLogX(long x) => x <= 0 ? 0 : x * Math.Log(x);
}
