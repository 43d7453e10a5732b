using Vigil.Documents;

namespace Vigil.Tests.Events;

/// <summary>Diplomatic protests, closures and bans between states; forces shown; tolls that are names.</summary>
public class DiplomacyAndForceTests
{
    private static List<Event> Events(string text) => Processed.Extract(text, new DateOnly(2026, 3, 19)).Events;

    [Fact]
    public void Summoning_an_ambassador_or_lodging_a_protest_is_disapproval()
    {
        var summons = Events("In Phnom Penh, the Foreign Ministry summoned Thailand's ambassador on Wednesday.").Single(e => e.Trigger.Text == "summoned");
        Assert.StartsWith("11", summons.Cameo);
        var protest = Assert.Single(Events("Thailand lodged a formal protest with Cambodia on Wednesday."));
        Assert.Equal(("110", "Cambodia"), (protest.Cameo, protest.Actor2!.Text));
    }

    [Fact]
    public void Two_countries_fighting_a_war_are_each_others_target()
    {
        var events = Events("Thailand and Cambodia fought a five-day border war in July 2025 that killed at least 43 people.");
        Assert.Contains(events, e => e.Actor1!.Text == "Thailand" && e.Actor2!.Text == "Cambodia");
    }

    [Fact]
    public void Failing_to_agree_is_no_agreement()
    {
        var events = Events("Regional commanders from both sides met for three hours on Wednesday but failed to agree on a joint investigation.");
        Assert.DoesNotContain(events, e => e.Trigger.Text == "agree" && e.Modality is "asserted" or "reported");
    }

    [Fact]
    public void Troops_deployed_are_shown_force_not_a_target()
    {
        var deployment = Assert.Single(Events("The armed forces deployed 1,500 troops and military police officers to patrol the city on Monday."));
        Assert.Null(deployment.Actor2);
    }

    [Fact]
    public void A_number_in_a_gangs_name_is_no_toll()
    {
        var events = Events("Masked men who identified themselves as Barrio 18 members threatened to kill any police officer.");
        Assert.All(events, e => Assert.Null(e.Fatalities));
        Assert.Contains(events, e => e.Cameo.StartsWith("13"));
    }
}
