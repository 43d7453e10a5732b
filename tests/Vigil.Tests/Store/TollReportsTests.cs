using Vigil.Store.Merging;
using Vigil.Store.Model;

namespace Vigil.Tests.Store;

/// <summary>Different tolls inside one report are kept side by side, with who gives each, as tolls of different reports are.</summary>
public class TollReportsTests
{
    private const string Story =
        "Sudanese security forces fired tear gas and live ammunition at thousands of protesters in Khartoum on Thursday, killing at least five people, a doctors' group said.\n\n"
        + "Police said one protester had died.";

    [Fact]
    public void A_reports_different_tolls_are_kept_in_its_evidence_with_their_sources()
    {
        var document = Processed.Extract(Story, new DateOnly(2021, 6, 3));
        var shooting = Assert.Single(ReportEventBuilder.Build(document), r => r.FatalitiesMin is not null);
        Assert.Equal([(5, (int?)null, "a doctors' group"), (1, 1, "Police")], shooting.Evidence.Tolls.Select(t => (t.Min ?? 0, t.Max, t.Source)));
    }

    [Fact]
    public void Each_toll_of_a_report_is_a_value_of_the_fatalities_disagreement()
    {
        var evidence = new Evidence { Sentence = "", Tolls = [new(5, null, "at least five people", "a doctors' group"), new(1, 1, "one protester", "Police")] };
        var report = new ReportEvent { DocumentId = "d1", LocalId = "V1", Cameo = "175", PloverType = "COERCE", TriggerText = "fired", Source = "Reuters", Evidence = evidence, FatalitiesMin = 5 };
        var fatalities = Assert.Single(Disagreements.Of([report]), d => d.Field == "fatalities");
        Assert.Equal(["at least 5", "1"], fatalities.Values.Select(v => v.Value));
        Assert.Equal(["a doctors' group (Reuters)"], fatalities.Values[0].Sources);
        Assert.Equal(["Police (Reuters)"], fatalities.Values[1].Sources);
    }
}
