using Vigil.Documents;

namespace Vigil.Tests.Events;

/// <summary>ACLED types direct violence by its target: armed targets make battles, unarmed ones violence against civilians.</summary>
public class AcledByTargetTests
{
    private static Event Attack(string sentence) =>
        Assert.Single(Processed.Extract(sentence, new DateOnly(2025, 3, 12)).Events, e => e.Trigger.Text == "attacked");

    [Fact]
    public void An_attack_on_an_army_post_is_a_battle()
    {
        var attack = Attack("Fighters attacked an army post near Tillaberi on Sunday.");
        Assert.Equal(("Battles", "Armed clash"), (attack.Acled!.EventType, attack.Acled.SubEventType));
    }

    [Fact]
    public void Soldiers_attacking_villagers_is_violence_against_civilians()
    {
        var attack = Attack("Soldiers attacked villagers near Tillaberi on Sunday.");
        Assert.Equal(("Violence against civilians", "Attack"), (attack.Acled!.EventType, attack.Acled.SubEventType));
    }
}
