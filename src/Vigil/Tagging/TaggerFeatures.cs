using Vigil.Learning;

namespace Vigil.Tagging;

/// <summary>The feature templates of the part-of-speech tagger (one place, so training and tagging agree).</summary>
internal static class TaggerFeatures
{
    public const int Count = 33;

    /// <param name="words">The sentence's word features.</param>
    /// <param name="i">The position being tagged.</param>
    /// <param name="previous">Hash of the previous tag; <paramref name="previous2"/> the one before.</param>
    /// <param name="ambiguity">Each word's ambiguity class (<see cref="AmbiguityClasses"/>).</param>
    public static void Extract(ReadOnlySpan<WordFeatures> words, ReadOnlySpan<ulong> ambiguity, int i, ulong previous, ulong previous2, Span<ulong> features)
    {
        var w = words[i];
        var p1 = i > 0 ? words[i - 1] : WordFeatures.Padding;
        var p2 = i > 1 ? words[i - 2] : WordFeatures.Padding;
        var n1 = i + 1 < words.Length ? words[i + 1] : WordFeatures.Padding;
        var n2 = i + 2 < words.Length ? words[i + 2] : WordFeatures.Padding;
        ulong first = i == 0 ? 1UL : 2UL;
        int k = 0;
        features[k++] = FeatureHash.Mix(1, 0);
        features[k++] = FeatureHash.Mix(2, w.Lower);
        features[k++] = FeatureHash.Mix(3, w.Form, first);
        features[k++] = FeatureHash.Mix(4, w.Suffix1);
        features[k++] = FeatureHash.Mix(5, w.Suffix2);
        features[k++] = FeatureHash.Mix(6, w.Suffix3);
        features[k++] = FeatureHash.Mix(7, w.Suffix4);
        features[k++] = FeatureHash.Mix(8, w.Prefix1);
        features[k++] = FeatureHash.Mix(9, w.Prefix2);
        features[k++] = FeatureHash.Mix(10, w.Prefix3);
        features[k++] = FeatureHash.Mix(11, w.Shape, first);
        features[k++] = FeatureHash.Mix(12, w.Flags);
        features[k++] = FeatureHash.Mix(13, previous);
        features[k++] = FeatureHash.Mix(14, previous, previous2);
        features[k++] = FeatureHash.Mix(15, previous, w.Lower);
        features[k++] = FeatureHash.Mix(16, p1.Lower);
        features[k++] = FeatureHash.Mix(17, p1.Suffix3);
        features[k++] = FeatureHash.Mix(18, n1.Lower);
        features[k++] = FeatureHash.Mix(19, n1.Suffix3);
        features[k++] = FeatureHash.Mix(20, p2.Lower);
        features[k++] = FeatureHash.Mix(21, n2.Lower);
        features[k++] = FeatureHash.Mix(22, p1.Lower, w.Lower);
        features[k++] = FeatureHash.Mix(23, w.Lower, n1.Lower);
        features[k++] = FeatureHash.Mix(24, n1.Shape, n1.Flags);
        features[k++] = FeatureHash.Mix(25, previous, n1.Lower);
        features[k++] = FeatureHash.Mix(26, w.Suffix2, n1.Suffix2);
        features[k++] = FeatureHash.Mix(27, p1.Shape, w.Shape, n1.Shape);
        ulong a0 = ambiguity[i], an1 = i + 1 < words.Length ? ambiguity[i + 1] : 1, an2 = i + 2 < words.Length ? ambiguity[i + 2] : 1;
        features[k++] = FeatureHash.Mix(28, a0);
        features[k++] = FeatureHash.Mix(29, an1);
        features[k++] = FeatureHash.Mix(30, an2);
        features[k++] = FeatureHash.Mix(31, a0, an1);
        features[k++] = FeatureHash.Mix(32, previous, a0);
        features[k++] = FeatureHash.Mix(33, w.Lower, an1);
    }
}
