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

    private static CasualtyCount? KilledIn(Document parsed) => CasualtyFinder.Find(parsed, 0, parsed.Tokens.Length).Killed;

    [Theory]
    [InlineData("Soldiers opened fire, killing at least two people.", 2, null)]
    [InlineData("He said four people were killed.", 4, 4)]
    [InlineData("More than 30 civilians died in the attack.", 30, null)]
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
    public void A_clock_time_before_a_killing_is_no_count()
    {
        Assert.Null(Find("The attackers arrived at 3 a.m. They killed women and children.").Killed);
    }

    [Fact]
    public void A_count_in_words_after_a_time_word_is_a_count_but_a_day_in_digits_after_a_month_is_not()
    {
        Assert.Equal(3, Find("Last year three rebels were killed by soldiers.").Killed?.Min);
        Assert.Equal(305, Find("In November 2017, militants killed at least 305 worshippers.").Killed?.Min);
        Assert.Null(Find("On May 5 militants killed the village chief's goats.").Killed);
    }

    [Fact]
    public void No_number_means_no_count()
    {
        Assert.Equal((null, null), Find("Soldiers killed civilians."));
    }

    [Fact]
    public void A_part_of_the_dead_is_no_toll_but_a_part_of_a_group_is()
    {
        Assert.Null(KilledIn(Processed.Syntax("Three of the dead were shot in the head.")));
        Assert.Equal(10, KilledIn(Processed.Syntax("At least 10 of them were killed."))!.Min);
        // (Nor who the dead included.)
        Assert.Null(KilledIn(Processed.Syntax("Hospital officials said the dead included two women.")));
        Assert.Null(KilledIn(Processed.Syntax("Among the dead were six children and three women, the group said.")));
    }

    [Theory]
    [InlineData("The war has killed more than 150,000 people since 2015.")]
    [InlineData("Tens of thousands of people have been killed in the insurgency since 1989.")]
    [InlineData("Some 2,000 people have been killed since the war began.")]
    [InlineData("At least 30 people have been killed in clashes between the groups this year, according to the Indepaz think tank.")]
    [InlineData("More than 200 people have died in attacks over the past two years.")]
    public void A_running_total_of_a_war_is_no_toll(string sentence)
    {
        Assert.Null(KilledIn(Processed.Syntax(sentence)));
    }

    [Theory]
    [InlineData("The group said its fighters had seized more than 100 people and would kill them unless authorities released jailed insurgents.")]
    [InlineData("Dissidents of the former FARC rebel group threatened to kill several community leaders, the ombudsman's office said.")]
    public void A_killing_threatened_or_intended_counts_no_one(string sentence)
    {
        Assert.Null(KilledIn(Processed.Syntax(sentence)));
        Assert.Equal(4, KilledIn(Processed.Syntax("The group said its fighters had seized four people and killed them."))!.Min);
    }

    [Fact]
    public void A_comparison_with_earlier_years_keeps_the_toll()
    {
        Assert.Equal(3, KilledIn(Processed.Syntax("Three people were killed in clashes this morning."))!.Min);
        Assert.Equal(5, KilledIn(Processed.Syntax("Gunmen killed five workers on Friday, the deadliest attack since 2019."))!.Min);
    }

    [Fact]
    public void One_victim_counted_by_one_is_one_however_far_an_apposition_puts_the_number()
    {
        var killed = KilledIn(Processed.Syntax("Amnesty International Kenya said one protester, a 19-year-old student, was shot dead by police in the town of Nakuru."));
        Assert.Equal((1, 1), (killed!.Min, killed.Max));
    }

    [Fact]
    public void The_count_of_a_passives_subject_is_the_toll_of_shot_dead_far_after_it()
    {
        var killed = KilledIn(Processed.Syntax("Two of Mondlane's aides, a lawyer and a party official, were shot dead in their car in Maputo on Oct. 19."));
        Assert.Equal((2, 2), (killed?.Min, killed?.Max));
    }
}
