using Vigil.Actors;
using Vigil.Documents;
using Vigil.Pipeline;

namespace Vigil.Tests.Actors;

public class ActorTests
{
    [Fact]
    public void Petrarch_actors_convert_with_synonyms_and_date_bounded_roles()
    {
        var lines = PetrarchImporter.ConvertActors([
            "<!-- header -->",
            "HAMAS [PSEREBHMS]",
            "ABDULLAH_ABDULLAH_  # a comment",
            "+DR._ABDULLAH",
            "\t[AFGOPP 940101-091101]",
            "\t[AFGGOV 091102-]",
            "NESTOR_OSORIO_LONDONO_",
            "\t[COLGOV >101201]",
        ]);
        Assert.Equal([
            "Hamas\tPSEREBHMS",
            "Abdullah Abdullah|Dr. Abdullah\tAFGOPP 1994-01-01..2009-11-01; AFGGOV 2009-11-02..",
            "Nestor Osorio Londono\tCOLGOV 2010-12-01..",
        ], lines);
        var dictionary = ActorDictionary.Parse(lines);
        Assert.Equal("AFGOPP", dictionary.CodeFor("Abdullah Abdullah", new DateOnly(2005, 1, 1)));
        Assert.Equal("AFGGOV", dictionary.CodeFor("ABDULLAH ABDULLAH", new DateOnly(2012, 1, 1)));
        Assert.Null(dictionary.CodeFor("Nestor Osorio Londono", new DateOnly(2009, 1, 1)));
    }

    [Fact]
    public void A_petrarch_name_with_a_tab_inside_converts_to_a_name_the_dictionary_reads()
    {
        // (Phoenix.International.actors.txt has "OSMAN_OLCAY<TAB>_TURKEY_<TAB>[IGOWSTNAT 690101-711231]": the converted file was unreadable.)
        var lines = PetrarchImporter.ConvertActors(["OSMAN_OLCAY\t_TURKEY_\t[IGOWSTNAT 690101-711231]"]);
        Assert.Equal(["Osman Olcay Turkey\tIGOWSTNAT 1969-01-01..1971-12-31"], lines);
        Assert.Equal("IGOWSTNAT", ActorDictionary.Parse(lines).CodeFor("Osman Olcay Turkey", new DateOnly(1970, 1, 1)));
    }

    [Fact]
    public void Petrarch_agents_convert_with_macros()
    {
        var lines = PetrarchImporter.ConvertAgents(["!PERSON! = MAN, MEN", "POLICE {} [~COP]", "DAIRY!PERSON! [~AGR]", "POLICE_OFFICER [~COP]"]);
        Assert.Equal(["police\tCOP", "dairyman\tAGR", "dairymen\tAGR", "police officer\tCOP"], lines);
        Assert.Equal("COP", AgentDictionary.Parse(lines).SectorOf("officer", "the police officer"));
    }

    [Fact]
    public void A_role_that_changed_on_a_date_codes_by_the_publication_date()
    {
        var dictionary = ActorDictionary.Parse(["Andres Manuel Lopez Obrador|Lopez Obrador\tMEXOPP ..2018-11-30; MEXGOV 2018-12-01..2024-09-30"]);
        Assert.Equal("MEXOPP", dictionary.CodeFor("Andrés Manuel López Obrador", new DateOnly(2018, 7, 2)));
        Assert.Equal("MEXGOV", dictionary.CodeFor("López Obrador", new DateOnly(2019, 7, 2)));
    }

    [Fact]
    public void Entities_get_codes_from_the_dictionary_agents_and_nationality()
    {
        var document = new Document("Interior Minister Miguel Angel Osorio Chong said Mexican soldiers would stay in Michoacan, the Associated Press reported.")
        {
            Published = new DateOnly(2014, 1, 14),
        };
        PipelineFactory.CreateDefault().Process(document);
        var minister = Assert.Single(document.Entities, e => e.Name == "Miguel Angel Osorio Chong");
        Assert.Equal(new ActorCode("MEXGOV", "MEX", "GOV"), minister.Actor);
        var mexican = Assert.Single(document.Entities, e => e.Label == "NORP");
        Assert.Equal("MEX", mexican.Actor!.Code);
    }

    [Fact]
    public void An_acronym_matches_only_in_capitals()
    {
        var dictionary = ActorDictionary.Parse(["AU|African Union\tIGOAFRAU"]);
        Assert.Equal("IGOAFRAU", dictionary.CodeFor("AU", null));
        Assert.Equal("IGOAFRAU", dictionary.CodeFor("African Union", null));
        Assert.Null(dictionary.CodeFor("au", null));
    }

    [Fact]
    public void A_capital_speaks_for_its_country()
    {
        var document = new Document("Beijing warned Taipei on Monday. Washington said the talks failed.") { Published = new DateOnly(2022, 3, 1) };
        PipelineFactory.CreateDefault().Process(document);
        Assert.Equal("CHN", Assert.Single(document.Entities, e => e.Name == "Beijing").Actor!.Code);
        Assert.Equal("USA", Assert.Single(document.Entities, e => e.Name == "Washington").Actor!.Code);
        var warning = Assert.Single(document.Events, e => e.Trigger.Text == "warned");
        Assert.Equal(("CHN", "TWN"), (warning.Actor1!.Code, warning.Actor2!.Code));
    }

    [Fact]
    public void An_international_organisation_the_dictionaries_know_belongs_to_no_country_the_article_is_about()
    {
        var document = Processed.Extract("Police in Kisumu, Kenya, arrested 40 people. Human Rights Watch urged the authorities to investigate the killings.", new DateOnly(2017, 8, 10));
        var urging = Assert.Single(document.Events, e => e.Trigger.Text == "urged");
        Assert.Equal(("NGO", null), (urging.Actor1!.Code, urging.Actor1.Country));
        Assert.Equal("KENGOV", urging.Actor2!.Code);
    }

    [Fact]
    public void An_officer_of_an_international_body_belongs_to_no_country_the_article_is_about()
    {
        var document = Processed.Extract("Paramilitary forces shelled a market in El Fasher, Sudan, on Sunday. The United Nations' human rights chief, Volker Turk, "
                                         + "said he was horrified by the attacks and called on both sides to protect civilians.", new DateOnly(2024, 6, 10));
        var call = Assert.Single(document.Events, e => e.Trigger.Text == "called");
        Assert.Equal("IGOUNO", call.Actor1!.Code);
    }

    [Fact]
    public void A_national_branch_of_a_known_body_or_a_body_named_after_its_country_is_coded_with_that_country()
    {
        var document = Processed.Extract(
            "At least 23 people were injured, the Kenya Red Cross said. Amnesty International Kenya said one protester was shot dead. " +
            "Opposition leaders called for calm, while the Law Society of Kenya threatened to sue the government. " +
            "A spokesman for the Uganda People's Defence Force said it had deployed troops.",
            new DateOnly(2024, 6, 26));
        string? CodeOf(string name) => Assert.Single(document.Entities, e => e.Name.EndsWith(name, StringComparison.Ordinal)).Actor?.Code;
        Assert.Equal("KENNGO", CodeOf("Kenya Red Cross"));
        Assert.Equal("KENNGO", CodeOf("Amnesty International Kenya"));
        Assert.Equal("KENJUD", Assert.Single(document.Events, e => e.Trigger.Text == "threatened").Actor1!.Code);
        // Myanmar's People's Defence Force is in the dictionary; Uganda's army is not it.
        Assert.Equal("UGAMIL", CodeOf("Uganda People's Defence Force"));
    }

    [Fact]
    public void A_nationality_before_a_role_gives_the_person_its_country_in_a_story_about_another()
    {
        var d = Processed.Extract("Cambodian troops shelled a border post near Poipet on Monday. Thai Defence Minister Prasert Wongsakul warned that the army would respond. "
                                  + "Cambodia's foreign ministry said Cambodian soldiers had acted in self-defence in Cambodia.", new DateOnly(2026, 3, 18));
        Assert.Equal("THAGOV", Assert.Single(d.Entities, e => e.Name == "Prasert Wongsakul").Actor?.Code);
        var warning = Assert.Single(d.Events, e => e.Trigger.Text == "warned");
        Assert.Equal("THAGOV", warning.Actor1?.Code);
    }

    [Fact]
    public void A_name_the_parser_hung_on_the_role_before_it_is_coded_by_that_role()
    {
        var d = Processed.Extract("Borno state governor Babagana Zulum said the government would recruit more guards.", new DateOnly(2026, 11, 30));
        Assert.Equal("NGAGOV", Assert.Single(d.Entities, e => e.Name == "Babagana Zulum").Actor?.Code);
        // (A union's president is labour, not a government.)
        var union = Processed.Extract("Union president Héctor Araya accused police of using force against the miners in Antofagasta, Chile.", new DateOnly(2026, 3, 4));
        Assert.Equal("LAB", Assert.Single(union.Entities, e => e.Name == "Héctor Araya").Actor?.Sector);
    }

    [Fact]
    public void A_spokesman_or_leader_of_a_coded_body_speaks_for_it()
    {
        var d = Processed.Extract("SITTWE, Myanmar (Reuters) — The Arakan Army accused the junta of shelling villages. "
                                  + "Khaing Min Oo, a spokesman for the Arakan Army, said the military was using civilians as a shield.", new DateOnly(2026, 2, 11));
        Assert.Equal("MMRREB", Assert.Single(d.Entities, e => e.Name == "Khaing Min Oo").Actor?.Code);
        // (A description of the body after his role describes the body, not him: "a militia" makes no rebel of him.)
        var kolo = Processed.Extract("Babakura Kolo, a leader of the Civilian Joint Task Force, a militia that fights alongside the army, said the attackers came on motorbikes.",
            new DateOnly(2025, 1, 1));
        Assert.Equal("MIL", Assert.Single(kolo.Entities, e => e.Name == "Babakura Kolo").Actor?.Sector);
    }

    [Fact]
    public void A_hyphenated_name_is_coded_by_the_noun_of_fighters_it_modifies()
    {
        var d = Processed.Extract("LAS ANOD, Somalia (Reuters) — SSC-Khatumo fighters hit back on Tuesday morning, attacking Somaliland army positions near Oog, "
                                  + "according to clan elders and an SSC-Khatumo commander.", new DateOnly(2026, 2, 18));
        Assert.Equal("SOMREB", Assert.Single(d.Entities, e => e.Name == "SSC-Khatumo").Actor?.Code);
    }

    [Fact]
    public void Guardsmen_killed_in_an_attack_on_their_convoy_are_its_military_target()
    {
        var d = Processed.Extract("AGUILILLA, Mexico (AP) — Gunmen from the Jalisco New Generation Cartel attacked a National Guard convoy on a highway near "
                                  + "Aguililla on Sunday, killing three guardsmen and wounding five, authorities said.", new DateOnly(2026, 11, 3));
        var attack = Assert.Single(d.Events, e => e.Trigger.Text == "attacked");
        Assert.Equal("three guardsmen", attack.Actor2?.Text);
        Assert.Equal("MEXMIL", attack.Actor2?.Code);
    }

    [Theory]
    [InlineData("Student groups marched in Dhaka on Monday.", "marched", "BGDEDU")]
    [InlineData("Workers' groups marched in Dhaka on Monday.", "marched", "BGDLAB")]
    [InlineData("A criminal group attacked a bus in Dhaka on Monday.", "attacked", "BGDCRM")]
    [InlineData("An armed group attacked a bus in Dhaka on Monday.", "attacked", "BGDREB")]
    public void A_bare_group_is_of_the_people_its_modifier_names(string sentence, string trigger, string code)
    {
        var d = Processed.Extract("DHAKA, Bangladesh (Reuters) — " + sentence, new DateOnly(2026, 11, 26));
        Assert.Equal(code, Assert.Single(d.Events, e => e.Trigger.Text == trigger).Actor1?.Code);
    }

    [Theory]
    [InlineData("Soldiers killed six suspected cartel gunmen near Apatzingan on Monday.", "MEXCRM")]
    [InlineData("Soldiers killed six militia gunmen near Apatzingan on Monday.", "MEXREB")]
    [InlineData("Soldiers killed six gunmen near Apatzingan on Monday.", "MEXUAF")]
    public void Armed_men_of_no_known_side_are_of_the_group_their_modifier_names(string sentence, string code)
    {
        var d = Processed.Extract("APATZINGAN, Mexico (AP) — " + sentence, new DateOnly(2026, 11, 3));
        Assert.Equal(code, Assert.Single(d.Events, e => e.Trigger.Text == "killed").Actor2?.Code);
    }

    [Theory]
    [InlineData("MOGADISHU, Somalia (AP) — The U.S. Africa Command carried out an airstrike near Jilib on Sunday, killing three al Shabaab fighters.", "carried", "USAMIL")]
    [InlineData("ORMOC, Philippines (AP) — The rebels' regional command accused soldiers of killing civilians on Sunday.", "accused", "PHLREB")]
    [InlineData("ILIGAN, Philippines (AP) — The regional police command deployed 200 officers to the city on Sunday.", "deployed", "PHLCOP")]
    [InlineData("BANGKOK (AP) — Fighting has intensified in Myanmar's Sagaing region since the resistance captured several towns in Myanmar last year.", "captured", "MMRREB")]
    public void A_command_is_a_military_one_unless_its_modifier_names_another_force_and_the_resistance_is_armed(string text, string trigger, string code)
    {
        var d = Processed.Extract(text, new DateOnly(2026, 9, 28));
        Assert.Equal(code, Assert.Single(d.Events, e => e.Trigger.Text == trigger).Actor1?.Code);
    }

    [Theory]
    [InlineData("On Sunday, NAS fighters freed three chiefs in Pajok, in neighbouring Magwi county, the county commissioner said.", "freed", "0841", "SSDELI")]
    [InlineData("The chiefs had been seized by the rebels in a night raid on the town in early August.", "seized", "181", "SSDELI")]
    public void Chiefs_with_no_body_named_are_traditional_leaders_taken_and_freed(string sentence, string trigger, string cameo, string code)
    {
        var d = Processed.Extract("TORIT, South Sudan (Reuters) - " + sentence, new DateOnly(2025, 9, 18));
        var act = Assert.Single(d.Events, e => e.Trigger.Text == trigger);
        Assert.Equal((cameo, code), (act.Cameo, act.Actor2?.Code));
        // (A force's chief is the force's.)
        d = Processed.Extract("TORIT, South Sudan (Reuters) - The army chief met the governor on Monday.", new DateOnly(2025, 9, 18));
        Assert.Equal("SSDMIL", Assert.Single(d.Events).Actor1?.Code);
    }

    [Fact]
    public void Whoever_an_acts_relative_clause_says_carried_it_out_did_it()
    {
        var d = Processed.Extract("BOSSASO, Somalia (AP) — AFRICOM, the U.S. military's Africa command, said an air strike it carried out on Sunday "
                                  + "in the Cal Miskaad mountains had killed three Islamic State militants.", new DateOnly(2026, 8, 24));
        var strike = Assert.Single(d.Events, e => e.Trigger.Text == "strike");
        Assert.StartsWith("AFRICOM", strike.Actor1?.Text);
        // (The country and the continent whose words modify a force say whose it is, not where the strike was.)
        Assert.Equal("BOSSASO", strike.Place?.Text);
    }

    [Fact]
    public void A_verb_spelt_like_an_agent_names_no_actor()
    {
        var d = Processed.Extract("DHAKA, Bangladesh (Reuters) — The army was deployed to guard factories in the area on Tuesday.", new DateOnly(2026, 11, 26));
        Assert.Null(Assert.Single(d.Events, e => e.Trigger.Text == "deployed").Actor2);
    }

    [Fact]
    public void The_datelines_country_weighs_more_than_a_neighbour_named_as_often()
    {
        var d = Processed.Extract("BEIRUT (Reuters) — An Israeli drone strike on a car in southern Lebanon killed three people on Sunday, Lebanon's health ministry said. "
                                  + "The Israeli military said it had struck a militant. Israel said Israeli troops would go on. Israel has carried out near-daily strikes.", new DateOnly(2026, 11, 30));
        Assert.Equal("LBNCVL", Assert.Single(d.Events, e => e.Trigger.Text == "strike" && e.Fatalities is not null).Actor2?.Code);
    }
}
