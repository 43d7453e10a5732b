using Vigil.Learning;

namespace Vigil.Tagging;

/// <summary>
/// Hashes of the string properties of one word (form, lowercase, affixes, shape), computed once per
/// token and shared by every feature template that looks at the word.
/// </summary>
public readonly struct WordFeatures
{
    public readonly ulong Form, Lower, Suffix1, Suffix2, Suffix3, Suffix4, Prefix1, Prefix2, Prefix3, Shape, Flags;

    public static readonly WordFeatures Padding = new(FeatureHash.Of("<pad>"));

    private WordFeatures(ulong pad)
    {
        Form = Lower = Suffix1 = Suffix2 = Suffix3 = Suffix4 = Prefix1 = Prefix2 = Prefix3 = Shape = Flags = pad;
    }

    public WordFeatures(ReadOnlySpan<char> word)
    {
        Form = FeatureHash.Of(word);
        Lower = FeatureHash.OfLower(word);
        int n = word.Length;
        Suffix1 = FeatureHash.OfLower(word[Math.Max(0, n - 1)..]);
        Suffix2 = FeatureHash.OfLower(word[Math.Max(0, n - 2)..]);
        Suffix3 = FeatureHash.OfLower(word[Math.Max(0, n - 3)..]);
        Suffix4 = FeatureHash.OfLower(word[Math.Max(0, n - 4)..]);
        Prefix1 = FeatureHash.Of(word[..Math.Min(n, 1)]);
        Prefix2 = FeatureHash.OfLower(word[..Math.Min(n, 2)]);
        Prefix3 = FeatureHash.OfLower(word[..Math.Min(n, 3)]);
        Shape = ShapeHash(word);
        Flags = FlagHash(word);
    }

    /// <summary>"Beltran" → Xx, "60" → d, "U.S." → X.X., "self" → x: character classes with runs collapsed.</summary>
    private static ulong ShapeHash(ReadOnlySpan<char> word)
    {
        Span<char> shape = stackalloc char[Math.Min(word.Length, 12)];
        int length = 0;
        char last = '\0';
        foreach (var c in word)
        {
            char cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (cls == last) continue;
            if (length == shape.Length) break;
            shape[length++] = cls;
            last = cls;
        }
        return FeatureHash.Of(shape[..length]);
    }

    private static ulong FlagHash(ReadOnlySpan<char> word)
    {
        int flags = 0;
        foreach (var c in word)
        {
            if (c == '-') flags |= 1;
            else if (char.IsDigit(c)) flags |= 2;
            else if (char.IsUpper(c)) flags |= 4;
            else if (char.IsLower(c)) flags |= 8;
        }
        if (word.Length > 0 && char.IsUpper(word[0])) flags |= 16;
        return (ulong)flags + 1;
    }
}
