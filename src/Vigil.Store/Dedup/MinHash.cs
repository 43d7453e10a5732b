namespace Vigil.Store.Dedup;

/// <summary>
/// MinHash signatures of shingle sets with locality-sensitive hashing by bands. Two documents whose
/// shingle sets have Jaccard similarity J agree on each signature slot with probability J; splitting the
/// signature into <see cref="Bands"/> bands of <see cref="RowsPerBand"/> rows makes documents with
/// J ≥ ~0.5 share at least one band hash (a cheap index lookup) with high probability, and the estimated
/// Jaccard then decides. The seeds are fixed, so stored signatures stay comparable across versions.
/// </summary>
public static class MinHash
{
    public const int Bands = 32;
    public const int RowsPerBand = 4;
    public const int SignatureLength = Bands * RowsPerBand;

    private static readonly ulong[] Seeds = MakeSeeds();

    public static ulong[] Signature(IReadOnlyCollection<ulong> shingles)
    {
        var signature = new ulong[SignatureLength];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (int i = 0; i < SignatureLength; i++)
            {
                ulong h = Mix(shingle ^ Seeds[i]);
                if (h < signature[i]) signature[i] = h;
            }
        }
        return signature;
    }

    /// <summary>The fraction of slots on which two signatures agree: an estimate of the Jaccard similarity.</summary>
    public static double Similarity(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length != b.Length || a.Length == 0) return 0;
        int same = 0;
        for (int i = 0; i < a.Length; i++) if (a[i] == b[i]) same++;
        return (double)same / a.Length;
    }

    /// <summary>One hash per band, each including the band's index so equal rows in different bands do not collide.</summary>
    public static long[] BandHashes(ReadOnlySpan<ulong> signature)
    {
        var hashes = new long[Bands];
        for (int band = 0; band < Bands; band++)
        {
            ulong h = Mix((ulong)band + 0x9E3779B97F4A7C15UL);
            for (int row = 0; row < RowsPerBand; row++) h = Mix(h ^ signature[band * RowsPerBand + row]);
            hashes[band] = (long)h;
        }
        return hashes;
    }

    public static byte[] ToBytes(ReadOnlySpan<ulong> signature)
    {
        var bytes = new byte[signature.Length * sizeof(ulong)];
        for (int i = 0; i < signature.Length; i++)
            BitConverter.TryWriteBytes(bytes.AsSpan(i * sizeof(ulong)), signature[i]);
        return bytes;
    }

    public static ulong[] FromBytes(byte[] bytes)
    {
        var signature = new ulong[bytes.Length / sizeof(ulong)];
        for (int i = 0; i < signature.Length; i++) signature[i] = BitConverter.ToUInt64(bytes, i * sizeof(ulong));
        return signature;
    }

    /// <summary>SplitMix64's finaliser: a fast, well-mixed 64-bit permutation.</summary>
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[SignatureLength];
        ulong state = 0x5649474C2D4D4831UL; // "VIGL-MH1": changing it invalidates stored signatures
        for (int i = 0; i < seeds.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }
        return seeds;
    }
}
