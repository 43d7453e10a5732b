namespace Vigil.Learning;

/// <summary>
/// Beam search over a left-to-right tag sequence whose features look at the two previous tags, with
/// back-pointers so that no sequence is copied. Shared by the taggers that train with early update
/// (Collins and Roark 2004): given the gold sequence, it stops where gold falls out of the beam.
/// </summary>
public sealed class BeamDecoder(int classCount, ulong[] classHashes, ulong startHash)
{
    /// <summary>Writes the features of position <c>step</c> given the two previous tag hashes.</summary>
    public delegate void Extractor(int step, ulong previous, ulong previous2, ulong[] features);

    /// <summary>
    /// The best sequence of <paramref name="length"/> classes. <paramref name="fixedClass"/> gives a class a
    /// position must take (or -1); <paramref name="allowed"/> says whether a class may follow another (-1: the
    /// start). With <paramref name="gold"/>, decoding stops at the first position where no kept sequence
    /// agrees with gold so far (<paramref name="fellOutAt"/>, else -1), and returns the best prefix.
    /// </summary>
    public int[] Decode(int length, int width, int featureCount, Extractor extract, Action<ulong[], float[]> score,
        Func<int, int, bool> allowed, Func<int, int> fixedClass, int[]? gold, out int fellOutAt)
    {
        var features = new ulong[featureCount];
        var scores = new float[classCount];
        var total = new float[width]; var previous = new ulong[width]; var previous2 = new ulong[width];
        var previousClass = new int[width]; var onGold = new bool[width];
        var nextTotal = new float[width]; var nextPrevious = new ulong[width]; var nextPrevious2 = new ulong[width];
        var nextClass = new int[width]; var nextOnGold = new bool[width];
        // Flat [step * width + rank] arrays: a rectangular array's allocation took a third of the decoding time.
        var parent = new int[length * width];
        var chosen = new int[length * width];
        int live = 1;
        previous[0] = previous2[0] = startHash;
        previousClass[0] = -1;
        onGold[0] = true;
        var candidates = new (float Score, int From, int Class)[width * classCount];
        fellOutAt = -1;
        int step = 0;
        for (; step < length; step++)
        {
            int count = 0;
            int forced = fixedClass(step);
            for (int h = 0; h < live; h++)
            {
                if (forced >= 0)
                {
                    // A word the tag dictionary settles costs nothing and keeps every sequence's rank.
                    candidates[count++] = (total[h], h, forced);
                    continue;
                }
                extract(step, previous[h], previous2[h], features);
                Array.Clear(scores);
                score(features, scores);
                for (int c = 0; c < classCount; c++)
                {
                    if (allowed(c, previousClass[h])) candidates[count++] = (total[h] + scores[c], h, c);
                }
            }
            int kept = KeepBest(candidates, count, width);
            bool goldKept = false;
            for (int k = 0; k < kept; k++)
            {
                var (value, from, c) = candidates[k];
                nextTotal[k] = value;
                nextPrevious[k] = classHashes[c];
                nextPrevious2[k] = previous[from];
                nextClass[k] = c;
                nextOnGold[k] = gold is not null && onGold[from] && gold[step] == c;
                goldKept |= nextOnGold[k];
                parent[step * width + k] = from;
                chosen[step * width + k] = c;
            }
            (total, nextTotal) = (nextTotal, total);
            (previous, nextPrevious) = (nextPrevious, previous);
            (previous2, nextPrevious2) = (nextPrevious2, previous2);
            (previousClass, nextClass) = (nextClass, previousClass);
            (onGold, nextOnGold) = (nextOnGold, onGold);
            live = kept;
            if (gold is not null && !goldKept)
            {
                fellOutAt = step;
                step++;
                break;
            }
        }
        // Follow the best sequence back to the start.
        var best = new int[length];
        for (int i = step - 1, h = 0; i >= 0; i--)
        {
            best[i] = chosen[i * width + h];
            h = parent[i * width + h];
        }
        return best;
    }

    /// <summary>
    /// Moves the best <paramref name="width"/> candidates, best first, to the front and returns how many
    /// there are. A partial insertion sort: the beam is a handful wide, a full sort of every candidate
    /// cost more than the scoring.
    /// </summary>
    private static int KeepBest((float Score, int From, int Class)[] candidates, int count, int width)
    {
        int kept = 0;
        for (int i = 0; i < count; i++)
        {
            var candidate = candidates[i];
            if (kept == width && !Before(candidate, candidates[kept - 1])) continue;
            int at = kept < width ? kept++ : kept - 1;
            while (at > 0 && Before(candidate, candidates[at - 1]))
            {
                candidates[at] = candidates[at - 1];
                at--;
            }
            candidates[at] = candidate;
        }
        return kept;
    }

    /// <summary>Best first; ties by sequence and class keep decoding (and training) deterministic.</summary>
    private static bool Before((float Score, int From, int Class) a, (float Score, int From, int Class) b) =>
        a.Score != b.Score ? a.Score > b.Score : a.From != b.From ? a.From < b.From : a.Class < b.Class;
}
