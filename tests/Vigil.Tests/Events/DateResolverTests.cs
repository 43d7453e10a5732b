using Vigil.Documents;
using Vigil.Events;
using Vigil.Tokenization;

namespace Vigil.Tests.Events;

public class DateResolverTests
{
    private static EventDate? Resolve(string sentence, DateOnly? published)
    {
        var document = new Document(sentence) { Published = published };
        new TokenizerStage().Process(document);
        return DateResolver.Find(document, 0, document.Tokens.Length);
    }

    private static readonly DateOnly Tuesday = new(2014, 1, 14);

    [Theory]
    [InlineData("Soldiers fired on Monday night.", "2014-01-13", "day", "Monday night")]
    [InlineData("Residents said Tuesday.", "2014-01-14", "day", "Tuesday")]
    [InlineData("The agency delivered wheat last Tuesday.", "2014-01-07", "day", "Tuesday")]
    [InlineData("Gunmen attacked on Wednesday.", "2014-01-08", "day", "Wednesday")]
    [InlineData("Police arrested them yesterday.", "2014-01-13", "day", "yesterday")]
    [InlineData("They fought over the weekend.", "2014-01-11", "week", "over the weekend")]
    [InlineData("Police arrested 12 people last week.", "2014-01-06", "week", "last week")]
    [InlineData("The army arrived a month ago.", "2013-12-14", "month", "a month ago")]
    [InlineData("It began on Jan. 12 in Antunez.", "2014-01-12", "day", "Jan. 12")]
    [InlineData("It began on Dec. 30 in Antunez.", "2013-12-30", "day", "Dec. 30")]
    [InlineData("Elections were held last year.", "2013-01-01", "year", "last year")]
    [InlineData("In October, gunmen killed the mayor.", "2013-10-01", "month", "October")]
    [InlineData("In January 2012, gunmen killed a judge.", "2012-01-01", "month", "January 2012")]
    [InlineData("Clashes in the summer of 2023 killed 30 people.", "2023-01-01", "year", "of 2023")]
    [InlineData("Gunmen killed a priest last January.", "2013-01-01", "month", "last January")]
    [InlineData("Farmers had blocked the road on Tuesday last week.", "2014-01-07", "day", "Tuesday last week")]
    [InlineData("Farmers blocked the road on Friday of last week.", "2014-01-10", "day", "Friday of last week")]
    [InlineData("Farmers blocked the road on Sunday last week.", "2014-01-12", "day", "Sunday last week")]
    public void Expressions_resolve_against_the_publication_date(string sentence, string value, string precision, string text)
    {
        Assert.Equal(new EventDate(value, precision, text), Resolve(sentence, Tuesday));
    }

    [Fact]
    public void Without_a_publication_date_the_text_is_kept_and_the_value_is_null()
    {
        Assert.Equal(new EventDate(null, "day", "Monday night"), Resolve("Soldiers fired on Monday night.", null));
        Assert.Null(Resolve("Soldiers fired.", Tuesday));
    }

    [Fact]
    public void May_and_march_as_verbs_are_no_months()
    {
        Assert.Null(Resolve("Troops may march into the town.", Tuesday));
    }

    [Theory]
    [InlineData("In March last year two police officers were killed.", "2024-03-01", "month", "March last year")]
    [InlineData("Gunmen killed a judge in March of last year.", "2024-03-01", "month", "March of last year")]
    [InlineData("Gunmen killed a judge on March 5 last year.", "2024-03-05", "day", "March 5 last year")]
    public void A_month_of_last_year_is_in_the_year_before_the_story(string sentence, string value, string precision, string text)
    {
        Assert.Equal(new EventDate(value, precision, text), Resolve(sentence, new DateOnly(2025, 9, 23)));
    }

    [Fact]
    public void A_year_after_in_is_that_year()
    {
        var date = Resolve("It briefly seized Goma in 2012.", new DateOnly(2025, 1, 22));
        Assert.Equal(("2012-01-01", "year", "in 2012"), (date?.Value, date?.Precision, date?.Text));
    }

    [Fact]
    public void The_day_of_a_statement_gives_way_to_the_day_the_act_is_told_on()
    {
        var strike = Assert.Single(Processed.Extract("The army said in a statement on Thursday that its aircraft had struck a terrorist hideout near Ouatagouna "
                                                     + "on Wednesday evening, killing about 20 terrorists.", new DateOnly(2026, 11, 6)).Events, e => e.Fatalities is not null);
        Assert.Equal("2026-11-04", strike.Date?.Value);
    }

    [Fact]
    public void A_clause_after_a_semicolon_keeps_its_own_day()
    {
        var release = Assert.Single(Processed.Extract("Last month, gunmen abducted 19 passengers from a bus on the road to Jega; the passengers were freed on Sept. 5 after "
                                                      + "community leaders negotiated with the kidnappers.", new DateOnly(2025, 9, 17)).Events, e => e.Trigger.Text == "freed");
        Assert.Equal("2025-09-05", release.Date?.Value);
    }

    [Fact]
    public void The_day_a_blockade_began_is_not_the_day_of_the_acts_told_after_it()
    {
        var arrest = Assert.Single(Processed.Extract("Police used tear gas on Tuesday to break up a barricade of farmers in Kidapawan.\n\n"
                                                     + "About 2,000 farmers had blocked the highway in Kidapawan since Monday morning to demand rice aid.\n\n"
                                                     + "At least 14 people were injured in the dispersal, and police arrested 27 farmers.", new DateOnly(2026, 4, 8)).Events,
            e => e.Trigger.Text == "arrested");
        Assert.Equal("2026-04-07", arrest.Date?.Value);
    }
}
