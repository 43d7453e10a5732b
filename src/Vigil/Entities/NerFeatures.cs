using Vigil.Learning;
using Vigil.Places;
using Vigil.Tagging;

namespace Vigil.Entities;

/// <summary>
/// Feature templates of the named-entity recognizer: the word and its shape and affixes, its
/// neighbours, the previous entity tags, and gazetteer evidence (is this word, or the bigram it starts,
/// a known place, country or demonym, and how big), and word classes learned from unlabelled text.
/// </summary>
internal static class NerFeatures
{
    public const int Count = 37;

    /// <summary>Per-token hashes computed once per sentence.</summary>
    public sealed class SentenceContext
    {
        public required WordFeatures[] Words;
        public required ulong[] Gazetteer;
        public required ulong[] GazetteerBigram;
        public required ulong[] Tags;
        /// <summary>Each word's class from the word clusters (0: none or no clusters).</summary>
        public required ulong[] Clusters;
        /// <summary>Where each word stands in a known actor's name (<see cref="NameLexicon.Mark"/>; 0: none).</summary>
        public required ulong[] Names;
    }

    /// <param name="tokens">The sentence's words.</param>
    /// <param name="gazetteer">For gazetteer features (optional).</param>
    /// <param name="tags">Part-of-speech tags (XPOS) from Vigil's tagger, or null.</param>
    /// <param name="clusters">Word classes learned from unlabelled text (optional).</param>
    /// <param name="names">Known actors' names (optional).</param>
    public static SentenceContext Prepare(ReadOnlySpan<string> tokens, Gazetteer? gazetteer, IReadOnlyList<string?>? tags = null, WordClusters? clusters = null,
        NameLexicon? names = null)
    {
        var clusterIds = new ulong[tokens.Length];
        for (int i = 0; clusters is not null && i < tokens.Length; i++) clusterIds[i] = (ulong)(clusters.ClassOf(tokens[i]) + 1);
        var tagHashes = new ulong[tokens.Length];
        for (int i = 0; i < tokens.Length; i++) tagHashes[i] = tags is null ? 0 : FeatureHash.Of(tags[i]);
        var words = new WordFeatures[tokens.Length];
        var gaz = new ulong[tokens.Length];
        var bigram = new ulong[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            words[i] = new WordFeatures(tokens[i]);
            if (gazetteer is null) continue;
            gaz[i] = GazetteerClass(gazetteer, tokens[i]);
            // The bigram is looked up only where GazetteerClass would look (a capitalized start): joining every pair cost more.
            if (i + 1 < tokens.Length && gaz[i] != 0 | (tokens[i].Length > 0 && char.IsUpper(tokens[i][0])))
                bigram[i] = GazetteerClass(gazetteer, tokens[i] + " " + tokens[i + 1]);
        }
        var nameMarks = names?.Mark(tokens) ?? new ulong[tokens.Length];
        return new SentenceContext { Words = words, Gazetteer = gaz, GazetteerBigram = bigram, Tags = tagHashes, Clusters = clusterIds, Names = nameMarks };
    }

    /// <summary>A small class for how the gazetteer knows a string: none, demonym, country, region, big/small town.</summary>
    private static ulong GazetteerClass(Gazetteer gazetteer, string text)
    {
        if (text.Length < 2 || !char.IsUpper(text[0])) return 0;
        if (!gazetteer.LookupDemonym(text).IsEmpty) return 1;
        var entries = gazetteer.Lookup(text);
        if (entries.IsEmpty) return 0;
        var kind = gazetteer.KindOf(entries[0]);
        if (kind == PlaceKind.Country) return 2;
        if (kind is PlaceKind.Admin1 or PlaceKind.Admin2) return 3;
        return gazetteer[entries[0]].Population >= 100_000 ? 4UL : 5UL;
    }

    /// <summary>How many of the features look at the previous tags (the rest, <see cref="StaticCount"/>, do not).</summary>
    public const int DynamicCount = 8;

    public const int StaticCount = Count - DynamicCount;

    /// <summary>All the features of position <paramref name="i"/>: the static ones, then those of the previous tags.</summary>
    public static void Extract(SentenceContext s, int i, ulong previous, ulong previous2, Span<ulong> f)
    {
        ExtractStatic(s, i, f[..StaticCount]);
        ExtractDynamic(s, i, previous, previous2, f[StaticCount..]);
    }

    /// <summary>The features that do not depend on the previous tags: a beam search scores them once per position.</summary>
    public static void ExtractStatic(SentenceContext s, int i, Span<ulong> f)
    {
        var words = s.Words;
        var w = words[i];
        var p1 = i > 0 ? words[i - 1] : WordFeatures.Padding;
        var p2 = i > 1 ? words[i - 2] : WordFeatures.Padding;
        var n1 = i + 1 < words.Length ? words[i + 1] : WordFeatures.Padding;
        var n2 = i + 2 < words.Length ? words[i + 2] : WordFeatures.Padding;
        ulong first = i == 0 ? 1UL : 2UL;
        ulong gPrev = i > 0 ? s.Gazetteer[i - 1] : 9, gNext = i + 1 < words.Length ? s.Gazetteer[i + 1] : 9;
        ulong bigramHere = s.GazetteerBigram[i], bigramBefore = i > 0 ? s.GazetteerBigram[i - 1] : 9;
        int k = 0;
        f[k++] = FeatureHash.Mix(101, 0);
        f[k++] = FeatureHash.Mix(102, w.Lower);
        f[k++] = FeatureHash.Mix(103, w.Form, first);
        f[k++] = FeatureHash.Mix(104, w.Shape, first);
        f[k++] = FeatureHash.Mix(105, w.Suffix3);
        f[k++] = FeatureHash.Mix(106, w.Suffix2);
        f[k++] = FeatureHash.Mix(107, w.Prefix3);
        f[k++] = FeatureHash.Mix(108, w.Flags);
        f[k++] = FeatureHash.Mix(113, p1.Lower);
        f[k++] = FeatureHash.Mix(114, n1.Lower);
        f[k++] = FeatureHash.Mix(115, p2.Lower);
        f[k++] = FeatureHash.Mix(116, n2.Lower);
        f[k++] = FeatureHash.Mix(117, p1.Shape, w.Shape, n1.Shape);
        f[k++] = FeatureHash.Mix(118, p1.Lower, w.Lower);
        f[k++] = FeatureHash.Mix(119, w.Lower, n1.Lower);
        f[k++] = FeatureHash.Mix(120, s.Gazetteer[i]);
        f[k++] = FeatureHash.Mix(121, s.Gazetteer[i], w.Shape);
        f[k++] = FeatureHash.Mix(122, gPrev, gNext);
        f[k++] = FeatureHash.Mix(123, bigramHere, bigramBefore);
        f[k++] = FeatureHash.Mix(125, n1.Shape, n1.Flags);
        ulong t = s.Tags[i], tPrev = i > 0 ? s.Tags[i - 1] : 9, tNext = i + 1 < words.Length ? s.Tags[i + 1] : 9;
        f[k++] = FeatureHash.Mix(127, t);
        f[k++] = FeatureHash.Mix(128, tPrev, t, tNext);
        f[k++] = FeatureHash.Mix(129, t, w.Shape);
        ulong c = s.Clusters[i], cPrev = i > 0 ? s.Clusters[i - 1] : 9999, cNext = i + 1 < words.Length ? s.Clusters[i + 1] : 9999;
        f[k++] = FeatureHash.Mix(131, c, w.Shape);
        f[k++] = FeatureHash.Mix(132, cPrev, c);
        f[k++] = FeatureHash.Mix(133, c, cNext);
        ulong name = s.Names[i], namePrev = i > 0 ? s.Names[i - 1] : 99, nameNext = i + 1 < words.Length ? s.Names[i + 1] : 99;
        f[k++] = FeatureHash.Mix(135, name);
        f[k++] = FeatureHash.Mix(136, name, w.Shape);
        f[k++] = FeatureHash.Mix(137, namePrev, name, nameNext);
    }

    /// <summary>The features that look at the previous tags.</summary>
    public static void ExtractDynamic(SentenceContext s, int i, ulong previous, ulong previous2, Span<ulong> f)
    {
        var words = s.Words;
        var w = words[i];
        var p1 = i > 0 ? words[i - 1] : WordFeatures.Padding;
        int k = 0;
        f[k++] = FeatureHash.Mix(109, previous);
        f[k++] = FeatureHash.Mix(110, previous, previous2);
        f[k++] = FeatureHash.Mix(111, previous, w.Shape);
        f[k++] = FeatureHash.Mix(112, previous, w.Lower);
        f[k++] = FeatureHash.Mix(124, previous, s.Gazetteer[i]);
        f[k++] = FeatureHash.Mix(126, p1.Lower, previous);
        f[k++] = FeatureHash.Mix(130, previous, s.Tags[i]);
        f[k++] = FeatureHash.Mix(134, previous, s.Clusters[i]);
    }
}
