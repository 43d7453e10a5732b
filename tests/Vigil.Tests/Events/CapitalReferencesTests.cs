using Vigil.Documents;

namespace Vigil.Tests.Events;

/// <summary>A capital the text refers to without naming it ("Somalia's capital", "the capital") places an event there.</summary>
public class CapitalReferencesTests
{
    private const string Mogadishu = "NAIROBI, Kenya (AP) — Al-Shabab militants stormed a hotel near the presidential palace in Somalia's capital on Friday night, "
                                     + "killing at least 12 people, police said.\n\nThe attack came two days after Somali troops recaptured the town of Harardhere "
                                     + "in central Somalia. In the capital, authorities arrested 15 suspects on Sunday.";

    private static Event EventOf(Document document, string trigger) => Assert.Single(document.Events, e => e.Trigger.Text == trigger);

    [Fact]
    public void A_countrys_capital_is_its_capital_city()
    {
        var place = EventOf(Processed.Extract(Mogadishu, new DateOnly(2026, 11, 30)), "stormed").Place;
        Assert.NotNull(place);
        Assert.Equal("Somalia's capital", place.Text);
        Assert.Equal("town", place.Precision);
        Assert.InRange(place.Lat!.Value, 1.9, 2.2);
    }

    [Fact]
    public void The_capital_alone_is_the_capital_of_the_country_the_story_is_about()
    {
        var place = EventOf(Processed.Extract(Mogadishu, new DateOnly(2026, 11, 30)), "arrested").Place;
        Assert.NotNull(place);
        Assert.Equal("the capital", place.Text);
        Assert.InRange(place.Lat!.Value, 1.9, 2.2);
    }

    [Fact]
    public void A_day_after_the_capital_is_no_name_of_it()
    {
        var d = Processed.Extract("NAIROBI, Kenya (AP) — Al-Shabab militants stormed a hotel in Mogadishu, Somalia, on Friday. Somali police arrested 15 suspects "
                                  + "in the capital Monday, the state news agency said.", new DateOnly(2026, 11, 30));
        Assert.Equal("the capital", EventOf(d, "arrested").Place?.Text);
    }

    [Fact]
    public void A_nationality_word_names_whose_capital()
    {
        var d = Processed.Extract("ADEN, Yemen (AP) — The U.N. special envoy met Houthi negotiators in the Omani capital on Monday to discuss a prisoner swap, "
                                  + "officials said.", new DateOnly(2026, 8, 25));
        Assert.Equal("the Omani capital", EventOf(d, "met").Place?.Text);
    }

    [Fact]
    public void The_capital_after_a_state_is_no_countrys_capital()
    {
        var d = Processed.Extract("CULIACAN, Mexico (AP) — Sinaloa Gov. Elena Barraza blamed the ambush on a cartel cell that has been fighting for control "
                                  + "of drug routes north of the capital.", new DateOnly(2025, 11, 18));
        Assert.NotEqual("the capital", EventOf(d, "blamed").Place?.Text);
    }

    [Fact]
    public void Beyond_the_capital_is_not_in_it()
    {
        var d = Processed.Extract("MIREBALAIS, Haiti (AP) — The U.N. mission in Haiti condemned the attack in a statement on Thursday, saying it was alarmed "
                                  + "by the spread of gang violence beyond the capital.", new DateOnly(2026, 8, 7));
        Assert.NotEqual("the capital", EventOf(d, "condemned").Place?.Text);
    }

    [Theory]
    [InlineData("Rebels seized the regional capital on Monday, residents said.", "seized")]
    [InlineData("Protesters marched through the capital of the province on Monday, residents said.", "marched")]
    public void A_divisions_capital_is_not_the_countrys(string sentence, string trigger)
    {
        var d = Processed.Extract("BAMAKO, Mali (Reuters) — " + sentence, new DateOnly(2026, 3, 3));
        Assert.DoesNotContain("capital", EventOf(d, trigger).Place?.Text ?? "");
    }
}
