using Vigil.Documents;

namespace Vigil.Tests.Store;

/// <summary>
/// Crafted reports: one AP wire story republished by several outlets with the usual edits (headline,
/// byline, a dropped or added paragraph), an independent Reuters report of the same shooting that counts
/// four dead where AP counts two, and unrelated events elsewhere for the filters.
/// </summary>
public static class Reports
{
    public static readonly ReportBuilder.PlaceSpec Antunez = new("Antúnez", 19.01451, -102.20432, "MX", "Michoacán", GeonamesId: 4018430);

    private const string ApBody =
        "ANTUNEZ, Mexico (AP) — Soldiers fired on townspeople in Antúnez on Monday night, killing two people, Estanislao Beltrán told the AP. " +
        "Beltrán said the soldiers opened fire when residents blocked a road to stop the army from disarming self-defense groups. " +
        "The Mexican government has sent thousands of federal police and soldiers to the western state of Michoacán to restore order. " +
        "The vigilante groups rose up last year against the Knights Templar drug cartel, saying that local police were either corrupt or powerless. " +
        "Residents said the shooting began after soldiers tried to take weapons from members of the self-defense militias at a checkpoint near the town. " +
        "Federal officials did not immediately respond to requests for comment on the deaths. " +
        "Interior Secretary Miguel Angel Osorio Chong called on the vigilantes to lay down their arms and return to their towns. " +
        "The self-defense groups have refused, saying they will not give up their weapons until the leaders of the cartel are arrested. " +
        "Tensions have been high across the Tierra Caliente region for weeks, with roadblocks and burned vehicles reported in several towns.";

    /// <summary>The AP original, or a copy as an outlet republishes it.</summary>
    public static Document Wire(string outlet, int variant = 0)
    {
        var text = variant switch
        {
            0 => ApBody,
            1 => "Mexican troops kill 2 in clash with vigilantes\n\nBy The Associated Press\n\n" +
                 ApBody.Replace(" — ", " - ").Replace("Federal officials did not immediately respond to requests for comment on the deaths. ", "") +
                 "\n\nCopyright 2014 The Associated Press. All rights reserved.",
            _ => "Editor's note: this story has been updated with reaction from the government.\n\n" +
                 ApBody.Replace("Tensions have been high across the Tierra Caliente region for weeks, with roadblocks and burned vehicles reported in several towns.", "") +
                 " Associated Press writer Mark Stevenson contributed to this report from Mexico City.",
        };
        return new ReportBuilder(text)
            .From(outlet, "2014-01-14", $"https://{outlet.Replace(" ", "").ToLowerInvariant()}.example/antunez")
            .Event("fired", "190", "ASSAULT", ("Violence against civilians", "Attack"),
                actor1: ("Soldiers", "MEXMIL"), actor2: ("townspeople", "MEXCVL"), place: Antunez,
                date: ("2014-01-13", "day", "Monday night"), killed: (2, "killing two people"), modality: Modalities.Reported,
                quote: ("Estanislao Beltrán", "told", ["the AP"]))
            .Build();
    }

    /// <summary>An independent report of the same shooting: different words, a nearby point for the town, four dead.</summary>
    public static Document Reuters() => new ReportBuilder(
            "MEXICO CITY (Reuters) - Four people were killed in the western Mexican state of Michoacán on Monday when soldiers clashed with civilians in the town of Antúnez, local officials said on Tuesday. " +
            "The violence erupted as the army moved to disarm vigilante groups that have fought the Knights Templar cartel for months. " +
            "A spokesman for the state government said the dead included an 11-year-old girl. " +
            "President Enrique Peña Nieto's government has struggled to contain the unrest in the region, a major producer of limes and avocados. " +
            "The army said in a statement that troops had been attacked first and had responded to aggression.")
        .From("Reuters", "2014-01-14", "https://reuters.example/mexico-violence")
        .Event("clashed", "193", "ASSAULT", ("Battles", "Armed clash"),
            actor1: ("soldiers", "MEXMIL"), actor2: ("civilians", "MEXCVL"),
            place: new ReportBuilder.PlaceSpec("Antúnez", 19.0167, -102.2167, "MX", "Michoacán", GeonamesId: 4018430),
            date: ("2014-01-13", "day", "on Monday"), killed: (4, "Four people were killed"),
            quote: ("local officials", "said", []))
        .Build();

    /// <summary>A shooting of the same kind on the same day, but in Morelia, 130 km away.</summary>
    public static Document Morelia() => new ReportBuilder(
            "Soldiers fired on protesters in Morelia on Monday, killing one man, witnesses said.")
        .From("La Jornada", "2014-01-14")
        .Event("fired", "190", "ASSAULT", ("Violence against civilians", "Attack"),
            actor1: ("Soldiers", "MEXMIL"), actor2: ("protesters", "MEXCVL"),
            place: new ReportBuilder.PlaceSpec("Morelia", 19.70078, -101.18443, "MX", "Michoacán", GeonamesId: 3995402),
            date: ("2014-01-13", "day", "on Monday"), killed: (1, "killing one man"))
        .Build();

    /// <summary>The same kind of event in Antúnez, but a week later.</summary>
    public static Document AntunezWeekLater() => new ReportBuilder(
            "Soldiers fired on residents in Antúnez on January 20, killing three, a resident said.")
        .From("Milenio", "2014-01-21")
        .Event("fired", "190", "ASSAULT", ("Violence against civilians", "Attack"),
            actor1: ("Soldiers", "MEXMIL"), actor2: ("residents", "MEXCVL"), place: Antunez,
            date: ("2014-01-20", "day", "January 20"), killed: (3, "killing three"))
        .Build();

    /// <summary>Same place and day, but vigilantes (not soldiers) did the shooting: a different event.</summary>
    public static Document VigilantesSameDay() => new ReportBuilder(
            "Vigilantes fired on soldiers in Antúnez on Monday, the army said.")
        .From("El Universal", "2014-01-14")
        .Event("fired", "190", "ASSAULT", ("Battles", "Armed clash"),
            actor1: ("Vigilantes", "MEXREB"), actor2: ("soldiers", "MEXMIL"), place: Antunez,
            date: ("2014-01-13", "day", "on Monday"))
        .Build();

    public static Document Kharkiv() => new ReportBuilder(
            "Russian forces shelled the centre of Kharkiv on Tuesday morning, killing at least ten civilians, the regional governor said. " +
            "The strike hit the regional administration building on Freedom Square.")
        .From("BBC", "2022-03-01", "https://bbc.example/kharkiv")
        .Event("shelled", "195", "ASSAULT", ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
            actor1: ("Russian forces", "RUSMIL"), actor2: ("civilians", "UKRCVL"),
            place: new ReportBuilder.PlaceSpec("Kharkiv", 49.98081, 36.25272, "UA", "Kharkiv Oblast", GeonamesId: 706483),
            date: ("2022-03-01", "day", "on Tuesday morning"), killed: (10, "killing at least ten civilians"))
        .Build();

    public static Document Paris() => new ReportBuilder(
            "Thousands of demonstrators marched through Paris on Monday against the pension reform, union leaders said. " +
            "Police estimated the crowd at 20,000.")
        .From("France 24", "2023-03-20")
        .Event("marched", "141", "PROTEST", ("Protests", "Peaceful protest"),
            actor1: ("demonstrators", "FRACVL"),
            place: new ReportBuilder.PlaceSpec("Paris", 48.85341, 2.3488, "FR", "Île-de-France", GeonamesId: 2988507),
            date: ("2023-03-20", "day", "on Monday"))
        .Build();

    /// <summary>One act on two coordinated targets: one event, the second target associated.</summary>
    public static Document Detentions() => new ReportBuilder(
            "Police and marines detained the prison director and four guards in Culiacán on Friday after the escape.")
        .From("Reuters", "2023-01-07")
        .Event("detained", "173", "COERCE", ("Strategic developments", "Arrests"),
            actor1: ("Police", "MEXCOP"), actor2: ("the prison director", "MEXGOV"), associated: [("four guards", "MEXCOP")], actingWith: [("marines", "MEXMIL")],
            place: new ReportBuilder.PlaceSpec("Culiacán", 24.79032, -107.38782, "MX", "Sinaloa", GeonamesId: 4012176),
            date: ("2023-01-06", "day", "on Friday"))
        .Build();

    /// <summary>An event that did not happen: it must not enter the event database.</summary>
    public static Document Threat() => new ReportBuilder(
            "The cartel threatened to attack the town of Apatzingán next week.")
        .From("AP", "2014-01-15")
        .Event("attack", "190", "ASSAULT", actor1: ("The cartel", "MEXCRM"),
            place: new ReportBuilder.PlaceSpec("Apatzingán", 19.08836, -102.35101, "MX", "Michoacán"), modality: Modalities.Future)
        .Build();
}
