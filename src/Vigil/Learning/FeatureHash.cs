using System.Runtime.CompilerServices;

namespace Vigil.Learning;

/// <summary>
/// 64-bit hashes for sparse features. A feature is a template number mixed with the hashes of the
/// strings it looks at, so no feature string is ever built on the hot path.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (var c in text)
        {
            h ^= c;
            h *= Prime;
        }
        return Finish(h);
    }

    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (var c in text)
        {
            h ^= char.ToLowerInvariant(c);
            h *= Prime;
        }
        return Finish(h);
    }

    public static ulong Of(string? text) => text is null ? 0x9E3779B97F4A7C15UL : Of(text.AsSpan());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(int template, ulong a) => Finish(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(int template, ulong a, ulong b) => Finish(Mix(template, a) * 31 ^ b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(int template, ulong a, ulong b, ulong c) => Finish(Mix(template, a, b) * 31 ^ c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong h)
    {
        // SplitMix64 finaliser: spreads the bits so nearby inputs do not collide.
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBUL;
        h ^= h >> 31;
        return h;
    }
}
