using Vigil.Store.Merging;
using Vigil.Store.Model;

namespace Vigil.Tests.Store;

public class EventMatcherTests
{
    private static readonly EventMatcher Matcher = new(MergeSettings.Default);

    private static ReportEvent Report(Vigil.Documents.Document document) => ReportEventBuilder.Build(document).Single();

    private static MergedEvent Merged(Vigil.Documents.Document document) => MergedEventRules.FromReport(Report(document));

    [Fact]
    public void The_same_shooting_told_by_two_outlets_matches()
    {
        Assert.NotNull(Matcher.Score(Merged(Reports.Wire("AP")), Report(Reports.Reuters()), sameStory: false));
    }

    [Fact]
    public void Distance_time_and_actor_conflicts_rule_a_match_out()
    {
        var antunez = Merged(Reports.Wire("AP"));
        Assert.Null(Matcher.Score(antunez, Report(Reports.Morelia()), sameStory: false));
        Assert.Null(Matcher.Score(antunez, Report(Reports.AntunezWeekLater()), sameStory: false));
        Assert.Null(Matcher.Score(antunez, Report(Reports.VigilantesSameDay()), sameStory: false));
        Assert.Null(Matcher.Score(antunez, Report(Reports.Paris()), sameStory: false));
    }

    [Fact]
    public void Without_a_place_only_the_same_story_can_merge()
    {
        var placeless = Report(Reports.Reuters()) with { Lat = null, Lon = null, Country = null, Admin1 = null, GeoPrecision = null };
        Assert.Null(Matcher.Score(Merged(Reports.Wire("AP")), placeless, sameStory: false));
        Assert.NotNull(Matcher.Score(Merged(Reports.Wire("AP")), placeless, sameStory: true));
    }

    [Fact]
    public void A_month_precise_date_overlaps_the_days_inside_it()
    {
        var vague = Report(Reports.Reuters()) with { EventDate = "2014-01-01", DatePrecision = "month" };
        Assert.NotNull(Matcher.Score(Merged(Reports.Wire("AP")), vague, sameStory: false));
    }

    [Fact]
    public void A_more_precise_report_refines_the_merged_event()
    {
        var coarse = MergedEventRules.FromReport(Report(Reports.Wire("AP")) with
        {
            GeoPrecision = "admin1", Lat = 19.2, Lon = -101.9, PlaceName = "Michoacán", Actor1Code = null,
        });
        var refined = MergedEventRules.Combine(coarse, Report(Reports.Reuters()));
        Assert.Equal("town", refined.GeoPrecision);
        Assert.Equal("Antúnez", refined.Location);
        Assert.Equal("MEXMIL", refined.Actor1Code);
        Assert.Equal("Associated Press; Reuters", MergedEventRules.AddSource("Associated Press", "Reuters"));
    }
}
