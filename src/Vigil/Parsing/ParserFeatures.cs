using Vigil.Learning;

namespace Vigil.Parsing;

/// <summary>
/// Feature templates of the dependency parser, after Zhang and Nivre (2011): words and tags of the top
/// of the stack and the front of the buffer, their outermost children and the children's labels,
/// distance and valency, in single, pair and triple combinations.
/// </summary>
internal static class ParserFeatures
{
    public const int Count = 84;

    /// <summary>Per-word hashes: lowercase word, tag and word class, precomputed per sentence (index n is the root).</summary>
    public readonly struct Words(ulong[] word, ulong[] tag, ulong[] cluster)
    {
        public readonly ulong[] Word = word;
        public readonly ulong[] Tag = tag;
        public readonly ulong[] Cluster = cluster;
    }

    private static readonly ulong NoWord = FeatureHash.Of("<none>");
    private static readonly ulong[] LabelHashes = Enumerable.Range(0, 512).Select(i => FeatureHash.Mix(999, (ulong)i)).ToArray();

    public static void Extract(ParserState s, in Words words, Span<ulong> f)
    {
        int s0 = s.S0, s1 = s.S1, s2 = s.S2, b0 = s.Buffer < s.Length ? s.Buffer : s.Length;
        int b1 = s.Buffer + 1 < s.Length ? s.Buffer + 1 : ParserState.None;
        int b2 = s.Buffer + 2 < s.Length ? s.Buffer + 2 : ParserState.None;
        int s0l1 = Child(s.Left1, s0), s0l2 = Child(s.Left2, s0), s0r1 = Child(s.Right1, s0), s0r2 = Child(s.Right2, s0);
        int b0l1 = Child(s.Left1, b0), b0l2 = Child(s.Left2, b0), s1r1 = Child(s.Right1, s1), s1l1 = Child(s.Left1, s1);

        ulong s0w = W(words, s0), s0t = T(words, s0), s1w = W(words, s1), s1t = T(words, s1), s2t = T(words, s2);
        ulong b0w = W(words, b0), b0t = T(words, b0), b1w = W(words, b1), b1t = T(words, b1), b2w = W(words, b2), b2t = T(words, b2);
        ulong s0l1t = T(words, s0l1), s0l2t = T(words, s0l2), s0r1t = T(words, s0r1), s0r2t = T(words, s0r2);
        ulong b0l1t = T(words, b0l1), b0l2t = T(words, b0l2), s1r1t = T(words, s1r1), s1l1t = T(words, s1l1);
        ulong s0l1w = W(words, s0l1), s0r1w = W(words, s0r1), b0l1w = W(words, b0l1);
        ulong s0l1d = L(s, s0l1), s0l2d = L(s, s0l2), s0r1d = L(s, s0r1), s0r2d = L(s, s0r2), b0l1d = L(s, b0l1), b0l2d = L(s, b0l2), s1r1d = L(s, s1r1);
        ulong dist = s0 < 0 ? 0UL : b0 == s.Length ? 99UL : (ulong)Math.Min(b0 - s0, 6);
        ulong s0vr = s0 < 0 ? 0UL : (ulong)s.RightCount[s0], s0vl = s0 < 0 ? 0UL : (ulong)s.LeftCount[s0], b0vl = (ulong)s.LeftCount[b0];
        ulong depth = (ulong)Math.Min(s.StackCount, 4);

        int k = 0;
        f[k++] = FeatureHash.Mix(1, 0);
        // Single words.
        f[k++] = FeatureHash.Mix(2, s0w); f[k++] = FeatureHash.Mix(3, s0t); f[k++] = FeatureHash.Mix(4, s0w, s0t);
        f[k++] = FeatureHash.Mix(5, b0w); f[k++] = FeatureHash.Mix(6, b0t); f[k++] = FeatureHash.Mix(7, b0w, b0t);
        f[k++] = FeatureHash.Mix(8, b1w); f[k++] = FeatureHash.Mix(9, b1t); f[k++] = FeatureHash.Mix(10, b1w, b1t);
        f[k++] = FeatureHash.Mix(11, b2w); f[k++] = FeatureHash.Mix(12, b2t);
        f[k++] = FeatureHash.Mix(13, s1w); f[k++] = FeatureHash.Mix(14, s1t); f[k++] = FeatureHash.Mix(15, s1w, s1t);
        f[k++] = FeatureHash.Mix(16, s2t);
        // Pairs of s0 and b0.
        f[k++] = FeatureHash.Mix(17, s0w, s0t, b0w ^ (b0t * 3));
        f[k++] = FeatureHash.Mix(18, s0w, s0t, b0w);
        f[k++] = FeatureHash.Mix(19, s0w, b0w, b0t);
        f[k++] = FeatureHash.Mix(20, s0w, s0t, b0t);
        f[k++] = FeatureHash.Mix(21, s0t, b0w, b0t);
        f[k++] = FeatureHash.Mix(22, s0w, b0w);
        f[k++] = FeatureHash.Mix(23, s0t, b0t);
        f[k++] = FeatureHash.Mix(24, b0t, b1t);
        // Pairs with s1.
        f[k++] = FeatureHash.Mix(25, s1t, s0t);
        f[k++] = FeatureHash.Mix(26, s1w, s0w);
        f[k++] = FeatureHash.Mix(27, s1t, s0w);
        f[k++] = FeatureHash.Mix(28, s1w, s0t);
        // Tag triples.
        f[k++] = FeatureHash.Mix(29, b0t, b1t, b2t);
        f[k++] = FeatureHash.Mix(30, s0t, b0t, b1t);
        f[k++] = FeatureHash.Mix(31, s1t, s0t, b0t);
        f[k++] = FeatureHash.Mix(32, s2t, s1t, s0t);
        f[k++] = FeatureHash.Mix(33, s0t, s0l1t, b0t);
        f[k++] = FeatureHash.Mix(34, s0t, s0r1t, b0t);
        f[k++] = FeatureHash.Mix(35, s0t, b0t, b0l1t);
        f[k++] = FeatureHash.Mix(36, s1t, s1r1t, s0t);
        // Distance.
        f[k++] = FeatureHash.Mix(37, s0w, dist); f[k++] = FeatureHash.Mix(38, s0t, dist);
        f[k++] = FeatureHash.Mix(39, b0w, dist); f[k++] = FeatureHash.Mix(40, b0t, dist);
        f[k++] = FeatureHash.Mix(41, s0w ^ (b0w * 7), dist); f[k++] = FeatureHash.Mix(42, s0t, b0t, dist);
        // Valency.
        f[k++] = FeatureHash.Mix(43, s0w, s0vr); f[k++] = FeatureHash.Mix(44, s0t, s0vr);
        f[k++] = FeatureHash.Mix(45, s0w, s0vl); f[k++] = FeatureHash.Mix(46, s0t, s0vl);
        f[k++] = FeatureHash.Mix(47, b0w, b0vl); f[k++] = FeatureHash.Mix(48, b0t, b0vl);
        // Children and their labels.
        f[k++] = FeatureHash.Mix(49, s0l1w, s0l1t); f[k++] = FeatureHash.Mix(50, s0l1d, s0t);
        f[k++] = FeatureHash.Mix(51, s0r1w, s0r1t); f[k++] = FeatureHash.Mix(52, s0r1d, s0t);
        f[k++] = FeatureHash.Mix(53, b0l1w, b0l1t); f[k++] = FeatureHash.Mix(54, b0l1d, b0t);
        f[k++] = FeatureHash.Mix(55, s0t, s0l1t, s0l2t); f[k++] = FeatureHash.Mix(56, s0t, s0r1t, s0r2t);
        f[k++] = FeatureHash.Mix(57, b0t, b0l1t, b0l2t);
        f[k++] = FeatureHash.Mix(58, s0w, s0l1d, s0l2d); f[k++] = FeatureHash.Mix(59, s0w, s0r1d, s0r2d);
        f[k++] = FeatureHash.Mix(60, b0w, b0l1d, b0l2d);
        f[k++] = FeatureHash.Mix(61, s1t, s1l1t, s1r1d);
        f[k++] = FeatureHash.Mix(62, depth, b0 == s.Length ? 1UL : 0UL, s0t);
        // Label sets: which relations a word already governs ("has a subject", "has an object").
        ulong s0ls = s0 < 0 ? 0UL : s.LeftLabels[s0], s0rs = s0 < 0 ? 0UL : s.RightLabels[s0], b0ls = s.LeftLabels[b0];
        f[k++] = FeatureHash.Mix(63, s0w, s0rs); f[k++] = FeatureHash.Mix(64, s0t, s0rs);
        f[k++] = FeatureHash.Mix(65, s0w, s0ls); f[k++] = FeatureHash.Mix(66, s0t, s0ls);
        f[k++] = FeatureHash.Mix(67, b0w, b0ls); f[k++] = FeatureHash.Mix(68, b0t, b0ls);
        // Second-outermost children's words.
        f[k++] = FeatureHash.Mix(69, W(words, s0l2), s0l2t); f[k++] = FeatureHash.Mix(70, W(words, s0r2), s0r2t);
        f[k++] = FeatureHash.Mix(71, W(words, b0l2), b0l2t);
        // Word classes (Koo et al. 2008): what a rare word's frequent class-mates attach to.
        ulong s0c = C(words, s0), b0c = C(words, b0), b1c = C(words, b1), s1c = C(words, s1);
        f[k++] = FeatureHash.Mix(72, s0c); f[k++] = FeatureHash.Mix(73, b0c); f[k++] = FeatureHash.Mix(74, b1c); f[k++] = FeatureHash.Mix(75, s1c);
        f[k++] = FeatureHash.Mix(76, s0c, b0c); f[k++] = FeatureHash.Mix(77, s0c, b0t); f[k++] = FeatureHash.Mix(78, s0t, b0c);
        f[k++] = FeatureHash.Mix(79, s1c, s0c); f[k++] = FeatureHash.Mix(80, s0c, b0c, dist);
        f[k++] = FeatureHash.Mix(81, s0w, b0c); f[k++] = FeatureHash.Mix(82, s0c, b0w);
        f[k++] = FeatureHash.Mix(83, b0c, b1c); f[k++] = FeatureHash.Mix(84, s0c, b0c, b1c);
    }

    private static int Child(int[] children, int head) => head < 0 ? ParserState.None : children[head];

    private static ulong W(in Words words, int i) => i < 0 ? NoWord : words.Word[i];

    private static ulong T(in Words words, int i) => i < 0 ? NoWord : words.Tag[i];

    private static ulong C(in Words words, int i) => i < 0 ? NoWord : words.Cluster[i];

    private static ulong L(ParserState s, int i) => i < 0 || s.Labels[i] < 0 ? NoWord : LabelHashes[s.Labels[i] & 511];
}
