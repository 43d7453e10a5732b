using Vigil.Documents;
using Vigil.Events;
using Vigil.Tokenization;

namespace Vigil.Tests.Events;

public class CasualtyFinderTests
{
    private static (CasualtyCount? Killed, CasualtyCount? Injured) Find(string sentence)
    {
        var document = new Document(sentence);
        new TokenizerStage().Process(document);
        return CasualtyFinder.Find(document, 0, document.Tokens.Length);
    }

    [Theory]
    [InlineData("Soldiers opened fire, killing at least two people.", 2, null)]
    [InlineData("He said four people were killed.", 4, 4)]
    [InlineData("More than 30 civilians died in the attack.", 31, null)]
    [InlineData("Dozens were killed in the shelling.", 24, null)]
    [InlineData("Between 60-80 people were killed.", 60, 80)]
    public void Killed_counts_with_bounds_and_ranges(string sentence, int min, int? max)
    {
        var killed = Find(sentence).Killed;
        Assert.NotNull(killed);
        Assert.Equal((min, max), (killed.Min, killed.Max));
    }

    [Fact]
    public void Injured_is_counted_apart_from_killed()
    {
        var (killed, injured) = Find("Two people were killed and 12 were wounded.");
        Assert.Equal(2, killed!.Min);
        Assert.Equal(12, injured!.Min);
    }

    [Fact]
    public void No_number_means_no_count()
    {
        Assert.Equal((null, null), Find("Soldiers killed civilians."));
    }
}
