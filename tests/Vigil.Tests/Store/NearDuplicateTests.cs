using Vigil.Store.Dedup;

namespace Vigil.Tests.Store;

public class NearDuplicateTests
{
    private static double Similarity(string a, string b) =>
        MinHash.Similarity(MinHash.Signature(Shingles.Of(a)), MinHash.Signature(Shingles.Of(b)));

    private static double Jaccard(string a, string b)
    {
        var x = Shingles.Of(a);
        var y = Shingles.Of(b);
        return (double)x.Intersect(y).Count() / x.Union(y).Count();
    }

    [Fact]
    public void Wire_copies_score_high_and_independent_reports_low()
    {
        var original = Reports.Wire("AP").Text;
        Assert.True(Similarity(original, Reports.Wire("Chronicle", 1).Text) >= 0.7);
        Assert.True(Similarity(original, Reports.Wire("Fox", 2).Text) >= 0.7);
        Assert.True(Similarity(original, Reports.Reuters().Text) < 0.1);
    }

    [Fact]
    public void The_estimate_tracks_the_true_jaccard_similarity()
    {
        var original = Reports.Wire("AP").Text;
        foreach (var other in new[] { Reports.Wire("x", 1).Text, Reports.Wire("y", 2).Text, Reports.Reuters().Text })
            Assert.InRange(Similarity(original, other) - Jaccard(original, other), -0.15, 0.15);
    }

    [Fact]
    public void Case_punctuation_and_spacing_do_not_matter()
    {
        const string text = "Soldiers fired on townspeople in Antúnez on Monday night, killing two people.";
        Assert.Equal(Shingles.Of(text), Shingles.Of("SOLDIERS fired on  townspeople in Antúnez -- on Monday night; killing two people"));
    }

    [Fact]
    public void Signatures_are_stable_across_runs_and_round_trip_through_bytes()
    {
        var signature = MinHash.Signature(Shingles.Of("one two three four five six seven"));
        Assert.Equal(signature, MinHash.FromBytes(MinHash.ToBytes(signature)));
        // Pinned: stored signatures must stay comparable with new ones, so the hash functions may not change.
        Assert.Equal(MinHash.SignatureLength, signature.Length);
        Assert.Equal(MinHash.Signature(Shingles.Of("one two three four five six seven")), signature);
        Assert.Equal(MinHash.Bands, MinHash.BandHashes(signature).Distinct().Count());
    }
}
