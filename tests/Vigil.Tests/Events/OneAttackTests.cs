using Vigil.Documents;

namespace Vigil.Tests.Events;

/// <summary>What one attack gathers from the words around it: the violence in its clauses and its revised toll.</summary>
public class OneAttackTests
{
    private static List<Event> Events(string text) => Processed.Extract(text, new DateOnly(2026, 3, 12)).Events;

    [Fact]
    public void An_attack_said_to_be_launched_by_a_named_group_is_the_attack_told_not_one_on_the_groups_own_apposition()
    {
        var events = Processed.Extract("Gunmen burst into a birthday party in Tumaco on Saturday night and opened fire, killing nine people, police said. "
                                       + "Ramirez said the attack was launched by members of the Comandos de la Frontera, a criminal group that controls "
                                       + "drug trafficking routes in the area.", new DateOnly(2026, 11, 30)).Events;
        var attack = Assert.Single(events);
        Assert.Equal(9, attack.Fatalities?.Min);
    }

    [Fact]
    public void Strikes_said_to_be_carried_out_by_someone_are_the_strikes_told_by_their_author_but_not_when_only_alleged()
    {
        var said = Processed.Extract("Airstrikes hit a crowded market in the town of Kafr Nabl in northwestern Syria late Monday, killing at least 12 civilians, "
                                     + "rescue workers said. The Syrian Observatory for Human Rights said the strikes were carried out by Russian warplanes.",
                                     new DateOnly(2026, 6, 9)).Events;
        var strike = Assert.Single(said);
        Assert.Equal(("Russian warplanes", "RUSMIL", 12), (strike.Actor1?.Text, strike.Actor1?.Code, strike.Fatalities?.Min));
        var alleged = Processed.Extract("A drone strike hit a minibus near Dabat on Wednesday, killing nine passengers. "
                                        + "Relatives accused the federal military of carrying out the strike.", new DateOnly(2026, 8, 7)).Events;
        Assert.Null(Assert.Single(alleged, e => e.Trigger.Text == "strike").Actor1);
    }

    [Fact]
    public void Dead_soldiers_who_tried_to_repel_the_attackers_fought_no_clash_of_their_own_and_the_toll_is_the_attacks()
    {
        var events = Events("Islamist insurgents attacked the town of Macomia in Cabo Delgado province on Friday, burning dozens of homes, police said. "
                            + "A police commander told reporters that 11 people were killed, including two soldiers who tried to repel the attackers.");
        var attack = Assert.Single(events);
        Assert.Equal("attacked", attack.Trigger.Text);
        Assert.Equal(11, attack.Fatalities?.Min);
    }

    [Fact]
    public void A_siege_ended_by_killing_its_attackers_is_the_forces_act_and_the_groups_own_claim_is_reported_beside_the_toll()
    {
        var events = Processed.Extract("Al-Shabaab gunmen storm Mogadishu hotel\n\n"
                                       + "MOGADISHU, Somalia (Reuters) — Al-Shabaab militants detonated a car bomb at the gate of a hotel in Mogadishu on Sunday "
                                       + "evening and then stormed the building, police said on Monday. Police spokesman Abdifatah Aden Hassan said security "
                                       + "forces ended the siege early Monday, killing all four attackers. He said nine people, including two lawmakers and a "
                                       + "police officer, were killed and 23 others wounded. An ambulance service director told Reuters his staff had collected "
                                       + "14 bodies. Al-Shabaab said in a statement on a website it uses that its fighters had killed more than 30 soldiers.",
                                       new DateOnly(2026, 11, 30)).Events;
        var bombing = Assert.Single(events, e => e.Trigger.Text == "detonated");
        Assert.Equal(9, bombing.Fatalities?.Min);
        Assert.Equal([9, 14, 30], bombing.Fatalities!.Reports!.Select(r => r.Min ?? 0));
        var ending = Assert.Single(events, e => e.Trigger.Text == "killing");
        Assert.Equal(("security forces", 4), (ending.Actor1?.Text, ending.Fatalities?.Min));
        Assert.Null(ending.Fatalities!.Reports);
    }

    [Fact]
    public void Counts_of_different_victims_are_no_dispute()
    {
        var events = Events("Security forces opened fire in Zahedan on Friday, killing 66 people, rights groups said. "
                            + "Security forces also killed four of the attackers who had stormed a police station, state media said.");
        Assert.Equal(2, events.Count(e => e.Fatalities is not null));
        Assert.All(events.Where(e => e.Fatalities is not null), e => Assert.False(e.Fatalities!.Disputed));
    }

    [Fact]
    public void Tolls_in_two_countries_are_no_dispute()
    {
        var events = Processed.Extract("KYIV, Ukraine (AP) — Russian drones slammed into an apartment building in Kharkiv overnight, killing five people, "
                                       + "regional Gov. Oleh Syniehubov said Wednesday. Russia's Defense Ministry said air defenses had shot down 20 Ukrainian "
                                       + "drones over the Belgorod region, where a woman was killed when a drone hit her car.", new DateOnly(2026, 11, 25)).Events;
        var strike = Assert.Single(events, e => e.Trigger.Text == "slammed");
        Assert.Equal(5, strike.Fatalities?.Min);
        Assert.False(strike.Fatalities!.Disputed);
    }

    [Fact]
    public void A_death_in_a_where_clause_after_drones_shot_down_is_its_own_event()
    {
        var events = Events("Russia's Defense Ministry said air defenses had shot down 20 Ukrainian drones over the Belgorod region, "
                            + "where a woman was killed when a drone hit her car.");
        var shot = Assert.Single(events, e => e.Trigger.Text == "shot");
        Assert.Null(shot.Fatalities);
        Assert.NotEqual("a woman", shot.Actor2?.Text);
        var death = Assert.Single(events, e => e.Fatalities?.Min == 1);
        Assert.Equal("a woman", death.Actor2?.Text);
        // (The place a "where" clause is on did no killing there.)
        Assert.DoesNotContain(Events("Government troops and Houthi fighters clashed on Tuesday around Az Zahir district, west of Mukayras, where at least "
                                     + "five fighters from both sides were killed, a government military source told Reuters."), e => e.Actor1?.Text == "Mukayras");
    }

    [Fact]
    public void A_later_count_of_the_dead_is_the_deadly_crackdowns_not_a_fight_told_after_it_that_counted_none()
    {
        var events = Events("Police fired live rounds at thousands of students in Dhaka on Thursday, killing at least 14 people, hospital officials said. "
                            + "Protesters torched several buses and clashed with members of the ruling party's student wing. "
                            + "The opposition party said at least 30 of its supporters had been killed.");
        var crackdown = Assert.Single(events, e => e.Trigger.Text == "fired");
        Assert.Equal([14, 30], crackdown.Fatalities!.Reports!.Select(r => r.Min ?? 0));
        Assert.Null(Assert.Single(events, e => e.Trigger.Text == "clashed").Fatalities);
    }

    [Fact]
    public void A_strike_that_killed_before_a_trailing_reporter_is_the_strike_not_a_killing_by_the_town()
    {
        var strike = Assert.Single(Events("A drone strike on a market in the town of Finote Selam killed at least 30 people on Sunday, residents said."));
        Assert.Equal(("strike", "195", 30), (strike.Trigger.Text, strike.Cameo, strike.Fatalities?.Min));
        Assert.Null(strike.Actor1);
        // (Nor is it the war a clause of time puts around it.)
        var timed = Events("A drone strike on a busy market in the town of Finote Selam killed at least 30 people on Sunday, residents said, "
                           + "as fighting between federal troops and Fano militiamen intensified.");
        Assert.Equal(30, Assert.Single(timed, e => e.Trigger.Text == "strike").Fatalities?.Min);
        Assert.Null(Assert.Single(timed, e => e.Trigger.Text == "fighting").Fatalities);
    }

    [Fact]
    public void A_strike_the_same_side_claims_at_the_same_place_is_the_strike_told_not_another()
    {
        var events = Processed.Extract("Russian drones hit Kharkiv apartment block, killing 5\n\nKYIV, Ukraine (AP) — Russian drones slammed "
                                       + "into an apartment building in the northeastern Ukrainian city of Kharkiv overnight, killing five "
                                       + "people including a 7-year-old girl and wounding 31 others, regional Gov. Oleh Syniehubov said "
                                       + "Wednesday.\n\nRescuers pulled two survivors from the rubble after the strike, which tore through the "
                                       + "upper floors of the nine-story building shortly after 2 a.m., Syniehubov wrote on Telegram. Mayor "
                                       + "Ihor Terekhov said the city was attacked by at least 12 Shahed-type drones.\n\nRussia's Defense "
                                       + "Ministry said its forces had struck \"military-industrial facilities\" in Kharkiv and denied targeting "
                                       + "civilians.",
                                       new DateOnly(2026, 11, 25)).Events;
        var strike = Assert.Single(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal(("slammed", 5), (strike.Trigger.Text, strike.Fatalities?.Min));
    }

    [Fact]
    public void An_attack_on_coordinated_places_that_killed_people_is_an_attack_on_them()
    {
        var attack = Assert.Single(Events("JOS, Nigeria (AP) — Gunmen stormed Bokkos and nearby Mangu villages in Plateau state on Sunday, killing 12 residents, "
                                          + "police said. The governor ordered a curfew in Bokkos."), e => e.Trigger.Text == "stormed");
        Assert.Equal("12 residents", attack.Actor2?.Text);
        Assert.Equal("180", attack.Cameo);
    }

    [Fact]
    public void An_air_strike_told_in_the_headline_the_lead_and_by_its_jets_is_one_event_placed_and_dated_in_the_story()
    {
        var events = Processed.Extract("Myanmar junta air strike on village kills 21, resistance group says\n\n"
                                       + "BANGKOK (AP) — A Myanmar military air strike on a village in the central Sagaing region killed at least 21 people, "
                                       + "a local resistance group and residents said Sunday.\n\n"
                                       + "Two fighter jets bombed Pazi Gyi village in Kanbalu township shortly after 8 a.m. on Saturday as villagers gathered "
                                       + "for a ceremony, according to the People's Defense Force of Kanbalu.\n\n"
                                       + "A villager who helped bury the dead told The Associated Press by phone that he had counted 25 bodies.",
                                       new DateOnly(2026, 11, 30)).Events;
        var strike = Assert.Single(events);
        Assert.Equal(("MMRMIL", "2026-11-28", "Sagaing"), (strike.Actor1?.Code, strike.Date?.Value, strike.Place?.Text));
        Assert.True(strike.Fatalities!.Disputed);
        // (The jets' kind is no owner: "fighter jet" names no actor; an act told as the time of another is another.)
        Assert.Null(Assert.Single(Events("Two fighter jets bombed Pazi Gyi village on Saturday.")).Actor1?.Code);
        var two = Processed.Extract("BEIRUT, Lebanon — Israeli warplanes struck targets in the southern Lebanese town of Khiam, killing three fighters, "
                                    + "according to a security official.\n\nThe commander, Wissam al-Tawil, died on Monday when a drone hit his car.",
                                    new DateOnly(2024, 1, 10)).Events;
        Assert.Equal(2, two.Count(e => e.Cameo.StartsWith("19", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_gangs_attack_told_again_by_its_gunmen_is_one_and_a_far_later_count_of_its_size_is_reported_beside_it()
    {
        var events = Processed.Extract("PORT-AU-PRINCE, Haiti (AP) — Gang members armed with assault rifles attacked the town of Mirebalais late Monday, "
                                       + "killing at least 10 people, according to a local official.\n\n"
                                       + "Police officers fled as the gunmen set fire to the police station, said the deputy mayor. "
                                       + "\"They came from every direction. We could not stop them,\" he said.\n\n"
                                       + "The Viv Ansanm gang coalition claimed the attack in a video posted on social media.\n\n"
                                       + "The U.N. mission in Haiti said Tuesday that it had received reports of at least 25 deaths, including three police officers.",
                                       new DateOnly(2026, 11, 25)).Events;
        var attack = Assert.Single(events, e => e.Plover.Type == "ASSAULT");
        Assert.True(attack.Fatalities!.Disputed);
        Assert.Contains(attack.Fatalities.Reports!, r => r.Min == 25);
        // (An attack the same group "also" launched, on another day, is another.)
        var two = Processed.Extract("The paramilitary Rapid Support Forces shelled the Abu Shouk camp on the outskirts of El Fasher on Thursday, "
                                    + "killing at least 14 civilians, a medical charity said.\n\n"
                                    + "The RSF also launched a drone attack on the city's main hospital on Friday, the Sudanese army said.",
                                    new DateOnly(2026, 10, 4)).Events;
        Assert.Equal(2, two.Count(e => e.Plover.Type == "ASSAULT"));
        // (An army offensive the group says it repelled is another fight; a war's count since a month is no toll of it.)
        var repelled = Processed.Extract("The paramilitary Rapid Support Forces shelled the Abu Shouk camp on the outskirts of El Fasher on Thursday, "
                                         + "killing at least 14 civilians, a medical charity said.\n\n"
                                         + "The paramilitary group denied targeting civilians and said its fighters had repelled an army offensive east of the city.\n\n"
                                         + "The fighting in El Fasher has killed hundreds of people since May, according to the United Nations.",
                                         new DateOnly(2026, 10, 4)).Events;
        Assert.Null(Assert.Single(repelled, e => e.Trigger.Text == "repelled").Fatalities);
        // (Not a count another day gives: "Last week, ... clashed ..., leaving two people dead".)
        var other = Processed.Extract("COX'S BAZAR, Bangladesh (AFP) — Gunmen shot dead at least four Rohingya men in a refugee camp near Ukhiya on Monday night, police said.\n\n"
                                      + "The camp has seen a wave of killings.\n\nMany residents fear more violence.\n\nAid groups have called for calm.\n\n"
                                      + "Last week, two people were killed in Kutupalong, residents said.", new DateOnly(2025, 11, 11)).Events;
        Assert.False(Assert.Single(other, e => e.Trigger.Text == "shot").Fatalities!.Disputed);
    }

    [Fact]
    public void A_raid_beheading_civilians_is_one_assault_on_the_civilians()
    {
        var events = Events("Insurgents raided the town of Macomia on Tuesday, beheading civilians, residents said.");
        var raid = Assert.Single(events, e => e.Plover.Type == "ASSAULT");
        Assert.Equal(("180", "civilians"), (raid.Cameo, raid.Actor2!.Text));
    }

    [Fact]
    public void A_toll_revised_in_a_later_sentence_is_reported_beside_the_first_count()
    {
        // (The first count stays the event's, the conservative figure ACLED and the gold coders keep; the revision is on record.)
        var events = Events("Insurgents attacked the village of Nangade on Tuesday, killing five civilians, police said.\n\n" +
                            "On Wednesday, search teams recovered six more bodies, bringing the toll to 11.");
        var attack = Assert.Single(events, e => e.Plover.Type == "ASSAULT");
        Assert.Equal([5, 11], attack.Fatalities!.Reports!.Select(r => r.Min ?? 0));
        Assert.Equal(5, attack.Fatalities.Min);
        // A vague first count gives way to the first figure after it.
        var vague = Events("Insurgents attacked the village of Nangade on Tuesday, killing several civilians, police said.\n\n" +
                           "On Wednesday, search teams recovered more bodies, bringing the toll to 11.");
        Assert.Equal(11, Assert.Single(vague, e => e.Plover.Type == "ASSAULT").Fatalities!.Min);
    }

    [Fact]
    public void A_toll_one_source_puts_elsewhere_does_not_replace_the_reported_one()
    {
        var events = Events("Insurgents attacked the village of Nangade on Tuesday, killing five civilians, police said.\n\n" +
                            "Local officials put the death toll at nine.");
        var attack = Assert.Single(events, e => e.Plover.Type == "ASSAULT");
        Assert.Equal(5, attack.Fatalities!.Min);
    }

    [Fact]
    public void Killed_and_beheaded_is_one_assault()
    {
        var events = Events("Fighters beheaded two fishermen on Monday.\n\nIn October, the mayor of Chilpancingo was killed and beheaded.");
        Assert.Equal(("180", "two fishermen"), (events[0].Cameo, events[0].Actor2!.Text));
        Assert.Single(events, e => e.Sentence == 1);
        Assert.StartsWith("18", events.Single(e => e.Sentence == 1).Cameo);
    }

    [Fact]
    public void Troops_of_two_allied_countries_are_not_each_others_target()
    {
        var fight = Assert.Single(Events("Mozambican and Rwandan troops fought the militants before regaining control of the town centre."), e => e.Trigger.Text == "fought");
        Assert.Equal(("the militants", "RWA"), (fight.Actor2!.Text, Assert.Single(fight.Actor1Associated).Country));
    }

    [Fact]
    public void Days_after_someone_acted_they_are_the_subject()
    {
        var raid = Assert.Single(Events("The attack came two days after militants raided a police post at Kiunga on Saturday."), e => e.Trigger.Text == "raided");
        Assert.Equal("militants", raid.Actor1!.Text);
    }

    [Fact]
    public void The_two_sides_are_the_sides_named_before()
    {
        var fight = Assert.Single(Events("Soldiers later caught up with the insurgents near Mafa, and the two sides fought for several hours on Wednesday, leaving nine militants dead."));
        Assert.Equal(("Soldiers", "the insurgents", 9), (fight.Actor1!.Text, fight.Actor2!.Text, fight.Fatalities!.Min));
    }

    [Fact]
    public void The_dead_of_the_side_fought_are_the_fights_toll()
    {
        var fight = Assert.Single(Events("APATZINGAN, Mexico (AP) — Soldiers fought the attackers for more than two hours near the village of Presa del Rosario "
                                         + "and killed six suspected cartel gunmen, the Defense Department said."));
        Assert.Equal(("fought", "the attackers", 6), (fight.Trigger.Text, fight.Actor2!.Text, fight.Fatalities!.Min));
    }

    [Fact]
    public void A_village_chief_killed_with_his_driver_is_the_first_target_named_not_a_village()
    {
        var killing = Assert.Single(Events("COTABATO CITY, Philippines (Reuters) — Gunmen killed a village chief and his driver in Cotabato City on Tuesday."));
        Assert.Equal(("a village chief", 2), (killing.Actor2!.Text, killing.Fatalities!.Min));
    }

    [Theory]
    [InlineData("A municipal councillor was shot dead outside his home in Bouza last week, according to local media.", "A municipal councillor")]
    [InlineData("Separately, gunmen on a motorcycle shot dead a tribal sheikh and his son late on Tuesday in Jiblah, local sources said.", "a tribal sheikh")]
    [InlineData("The ambush came days after suspected rebels shot dead a village headman near Bhopalpatnam on Sunday.", "a village headman")]
    public void A_sheikh_a_headman_or_an_official_shot_dead_by_gunmen_rebels_or_no_one_named_is_unconventional_violence(string sentence, string victim)
    {
        var killing = Assert.Single(Events(sentence));
        Assert.Equal(("180", victim), (killing.Cameo, killing.Actor2!.Text));
    }

    [Fact]
    public void A_killing_a_day_before_a_crackdown_is_its_own_event_on_its_own_day()
    {
        var events = Processed.Extract("BEIRA, Mozambique (Reuters) — Mozambican police fired tear gas and rubber bullets at hundreds of dock workers who had blocked the main "
                                       + "road into Beira's port on Wednesday, a day after gunmen shot dead a union leader in the city's Munhava neighbourhood, witnesses said.",
            new DateOnly(2026, 6, 10)).Events;
        var killing = Assert.Single(events, e => e.Trigger.Text == "shot");
        Assert.Equal(("gunmen", "2026-06-09"), (killing.Actor1!.Text, killing.Date!.Value));
        Assert.Null(Assert.Single(events, e => e.Trigger.Text == "fired").Fatalities);
    }

    [Fact]
    public void What_the_attackers_also_did_is_another_act_on_the_day_of_the_attack_not_of_a_whose_clause()
    {
        var events = Processed.Extract("JUBA, South Sudan (AP) — On Monday, unidentified gunmen ambushed a passenger truck on the outskirts of Yei, killing three passengers, "
                                       + "according to police. The gunmen also abducted the driver and his assistant, whose whereabouts remained unknown late Tuesday.",
            new DateOnly(2025, 1, 29)).Events;
        var abduction = Assert.Single(events, e => e.Trigger.Text == "abducted");
        Assert.Equal(("181", "the driver", "2025-01-27"), (abduction.Cameo, abduction.Actor2!.Text, abduction.Date!.Value));
    }

    [Fact]
    public void An_attack_after_which_a_demand_was_made_happened_on_its_own_day_and_is_no_part_of_the_demand()
    {
        var events = Processed.Extract("HEBRON, West Bank (AP) — Settler leaders demanded on Wednesday that the Israeli government launch a broad military operation "
                                       + "in the Hebron hills, after a shooting attack on Monday wounded an Israeli motorist near the settlement of Karmei Tzur.",
            new DateOnly(2026, 8, 12)).Events;
        var attack = Assert.Single(events, e => e.Trigger.Text == "wounded");
        Assert.NotEqual(Modalities.Demanded, attack.Modality);
        Assert.Equal("2026-08-10", attack.Date!.Value);
    }

    [Fact]
    public void A_killing_told_after_and_on_another_day_is_no_toll_of_the_first()
    {
        var events = Processed.Extract("IRAPUATO, Mexico (AP) — Last month, gunmen killed five men at a car wash in Celaya, and in February a bus driver was shot dead "
                                       + "at a terminal in Silao. The military deployed an additional Marine battalion to Basilan on Monday, and army commanders met "
                                       + "officials of the regional government in Isabela City on Tuesday.", new DateOnly(2026, 4, 22)).Events;
        var driver = Assert.Single(events, e => e.Trigger.Text == "shot");
        Assert.Equal(("a bus driver", "2026-02-01"), (driver.Actor2!.Text, driver.Date!.Value));
        Assert.Equal(5, Assert.Single(events, e => e.Trigger.Text == "killed").Fatalities!.Min);
        // (A day before the "and" stays the first clause's.)
        Assert.Equal("2026-04-21", Assert.Single(events, e => e.Trigger.Text == "met").Date!.Value);
    }

    [Fact]
    public void A_counter_offensive_launched_against_rebels_is_a_clash_with_them()
    {
        var offensive = Assert.Single(Events("Government troops launched a counter-offensive against the rebels on Sunday in hills north of Bria."));
        Assert.Equal(("190", "the rebels"), (offensive.Cameo, offensive.Actor2!.Text));
    }

    [Theory]
    [InlineData("On Friday, the federal government rushed five additional companies of the Central Reserve Police Force to the foothills around Moirang.", "rushed")]
    [InlineData("The government sent two squadrons of gendarmes and an army unit to Beoumi on Wednesday afternoon.", "sent")]
    [InlineData("The army dispatched reinforcements to the town on Monday.", "dispatched")]
    [InlineData("The navy sent two gunboats and 150 marines to El Charco on Monday to secure the river.", "sent")]
    [InlineData("The government dispatched gendarmes to the border town on Friday.", "dispatched")]
    public void Companies_and_squadrons_sent_and_forces_rushed_or_dispatched_are_mobilised(string sentence, string trigger) =>
        Assert.StartsWith("15", Assert.Single(Events(sentence), e => e.Trigger.Text == trigger).Cameo);

    [Fact]
    public void People_carried_off_are_abducted_without_the_bodies_found_in_another_clause()
    {
        var abduction = Assert.Single(Events("A security source told AFP that nine bodies had been recovered and that the attackers had carried off 14 people, "
                                             + "most of them women and teenagers, before riding south toward the border with Chad."));
        Assert.Equal(("181", "the attackers", "14 people"), (abduction.Cameo, abduction.Actor1?.Text, abduction.Actor2?.Text));
        Assert.Null(abduction.Fatalities);
        Assert.Empty(Events("Gunmen carried off cattle and goats from the village on Monday."));
    }

    [Fact]
    public void Forces_sent_by_no_one_named_are_the_mobilisations_actor()
    {
        var sent = Assert.Single(Events("GAMBELA, Ethiopia (AP) — Ethiopian federal troops were sent to the border area on Tuesday."));
        Assert.Equal(("154", "Ethiopian federal troops"), (sent.Cameo, sent.Actor1?.Text));
    }

    [Fact]
    public void Supplies_flown_to_a_hospital_where_soldiers_are_treated_are_aid_not_a_deployment()
    {
        var flight = Assert.Single(Events("The International Committee of the Red Cross (ICRC) flew medical supplies to the general hospital in Gwoza on Monday, "
                                          + "where 23 wounded soldiers and civilians were being treated."));
        Assert.Equal("073", flight.Cameo);
    }

    [Fact]
    public void Two_named_groups_modifying_one_noun_of_fighters_are_two_sides_of_a_clash()
    {
        var clash = Assert.Single(Events("COX'S BAZAR, Bangladesh (Reuters) — ARSA and RSO fighters clashed with guns and machetes in Kutupalong on Monday."));
        Assert.Equal("RSO fighters", clash.Actor2?.Text);
    }

    [Fact]
    public void One_person_wounded_by_a_crackdown_is_its_toll()
    {
        var crackdown = Assert.Single(Events("Police fired tear gas and live rounds at the protesters, wounding a 17-year-old boy in the leg, witnesses said."));
        Assert.Equal(("175", 1), (crackdown.Cameo, crackdown.Injuries!.Min));
    }

    [Fact]
    public void A_lynching_kills()
    {
        var lynching = Assert.Single(Events("Also on Thursday, residents of Quartier-Morin lynched two men suspected of acting as informants for the kidnappers, a local official said."));
        Assert.Equal(("180", 2), (lynching.Cameo, lynching.Fatalities!.Min));
    }

    [Fact]
    public void A_kidnapping_after_shooting_the_escort_keeps_its_hostage()
    {
        var events = Events("Gunmen kidnapped a Chinese construction engineer near Sapele on Tuesday after shooting dead a police officer escorting him, police said.");
        Assert.Contains(events, e => e.Cameo.StartsWith("18", StringComparison.Ordinal) && e.Actor2?.Text.Contains("engineer") == true);
    }

    [Fact]
    public void Shooting_some_and_abducting_others_are_two_assaults()
    {
        var events = Events("Residents said the attackers shot dead six civilians at a cattle market before pulling out, and abducted about 20 women.");
        Assert.Contains(events, e => e.Actor2?.Text.Contains("civilians") == true);
        Assert.Contains(events, e => e.Cameo == "181" && e.Actor2?.Text.Contains("women") == true);
    }

    [Fact]
    public void Gunmen_armed_with_rifles_blasting_into_a_prison_are_the_attackers()
    {
        var attack = Events("Gunmen armed with assault rifles and explosives blasted their way into a prison on Sunday, killing three guards, authorities said.")
            .First(e => e.Plover.Type == "ASSAULT");
        Assert.Equal(("Gunmen", 3), (attack.Actor1!.Text, attack.Fatalities!.Min));
    }

    [Fact]
    public void Coordinated_targets_of_one_verb_keep_the_first_named_and_the_others_as_associated()
    {
        var detention = Assert.Single(Events("The prison director and four guards were detained on Monday on suspicion of complicity."));
        Assert.Contains("director", detention.Actor2!.Text);
        Assert.Equal(["four guards"], detention.Actor2Associated.Select(a => a.Text));
        // Also when the targets are coded differently (a journalist, opposition activists): one act, one event.
        var arrest = Assert.Single(Events("Soldiers detained a local journalist and two opposition activists in Bamako on Monday."));
        Assert.Equal(("a local journalist", "two opposition activists"), (arrest.Actor2!.Text, Assert.Single(arrest.Actor2Associated).Text));
        Assert.NotEqual(arrest.Actor2.Sector, arrest.Actor2Associated[0].Sector);
        // Coordinated doers acting together: one event, the first named, the others associated.
        var aid = Assert.Single(Events("The provincial government and the Red Cross handed out rice to 1,200 families in Marawi on Wednesday."));
        Assert.Equal(("The provincial government", "the Red Cross"), (aid.Actor1!.Text, Assert.Single(aid.Actor1Associated).Text));
    }

    [Fact]
    public void A_participles_toll_goes_to_the_verb_it_hangs_on_not_a_later_abduction()
    {
        var events = Events("Separatist fighters ambushed a military convoy on the outskirts of Bamenda on Sunday, killing seven soldiers, " +
                            "and hours later gunmen abducted 11 students from a school in the city, officials said Tuesday.");
        var ambush = Assert.Single(events, e => e.Trigger.Text == "ambushed");
        Assert.Equal(("seven soldiers", 7), (ambush.Actor2!.Text, ambush.Fatalities!.Min));
        var abduction = Assert.Single(events, e => e.Trigger.Text == "abducted");
        Assert.Equal("gunmen", abduction.Actor1!.Text);
        Assert.Null(abduction.Fatalities);
    }

    [Fact]
    public void A_raid_on_homes_that_detained_people_is_their_arrest()
    {
        var raid = Assert.Single(Events("Soldiers raided homes in Ntarinkon on Monday afternoon, detaining at least 23 young men, residents said."));
        Assert.Equal(("173", "23 young men"), (raid.Cameo, raid.Actor2!.Text));
        // (Also after a first clause, with the participle hung by the parser on a teller after it.)
        var second = Assert.Single(Events("Authorities imposed a night-time curfew on Jablah on Tuesday, and security forces raided the nearby villages of "
                                          + "Ayn Shiqaq and al-Qutaylibiyah, detaining at least 40 men, a security source told Reuters."), e => e.Trigger.Text == "raided");
        Assert.Equal(("173", "40 men"), (second.Cameo, second.Actor2!.Text));
    }

    [Fact]
    public void Violence_with_no_attacker_right_after_an_attack_retells_it_and_gives_it_its_toll()
    {
        var events = Events("Jihadist fighters stormed an army base near Ouahigouya on Tuesday.\n\n" +
                            "Two local officials said on Wednesday that at least 31 soldiers had been killed.");
        var attack = Assert.Single(events);
        Assert.Equal(31, attack.Fatalities!.Min);
        // "in the assault" names the attack told, though the teller speaks a day later.
        events = Events("Dissident fighters attacked a police station in Suarez on Tuesday, killing two police officers, authorities said.\n\n" +
                        "Four other officers were wounded in the assault, Governor Octavio Guzman told reporters in Popayan on Wednesday.");
        Assert.Single(events);
    }

    [Fact]
    public void The_massacre_named_again_with_no_one_behind_it_is_the_attack_told_before()
    {
        var events = Events("Gunmen stormed a family birthday party in Irapuato on Saturday night, killing 12 people, officials said.\n\n"
                            + "Investigators have not said which group was behind the massacre.");
        Assert.Equal("180", Assert.Single(events).Cameo);
    }

    [Fact]
    public void A_suicide_bomber_driving_a_truck_into_a_gate_is_a_suicide_bombing_of_the_gate()
    {
        var bombing = Assert.Single(Events("The assault began when a suicide bomber drove a truck packed with explosives into the base's main gate, an officer at the base told Reuters."),
            e => e.Trigger.Text == "drove");
        Assert.Equal(("1831", "a suicide bomber", "the base's main gate"), (bombing.Cameo, bombing.Actor1?.Text, bombing.Actor2?.Text));
    }

    [Fact]
    public void A_sides_claim_of_the_dead_for_its_own_fighters_after_the_attack_is_no_attack_of_its_own()
    {
        var events = Events("A suicide bomber rammed an explosives-laden car into the gate of a military base in the central Somali town of Beledweyne on "
                            + "Wednesday, killing at least eight soldiers and three civilians, police and witnesses said.\n\n"
                            + "The al Qaeda-linked al Shabaab group claimed responsibility in a statement on its Andalus radio station, saying its fighters "
                            + "had killed 30 \"apostate soldiers\".");
        Assert.DoesNotContain(events, e => e.Trigger.Text == "killed");
        // (A defence its fighters claim is an act of its own.)
        events = Events("Militants attacked the village of Ende on Friday.\n\n"
                        + "A militia said its fighters had repelled an attack on the village of Ende on Saturday, killing six assailants.");
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void A_sides_own_account_of_its_detentions_or_strikes_a_few_sentences_later_is_the_act_told_not_another()
    {
        var detentions = Events("Israeli troops raided the village of Hader in southern Syria before dawn on Friday and detained five men, residents said. "
                                + "The soldiers searched homes for two hours, a farmer said. \"They took my cousins,\" he said. \"He is a teacher.\" "
                                + "The Israeli military said its forces had detained \"several suspects\" and taken them to Israel for questioning.");
        Assert.Single(detentions, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        var strikes = Events("A Russian drone slammed into an apartment building in the city of Sumy early on Tuesday, killing four people, officials said. "
                             + "Rescuers searched the rubble through the night. \"The whole wall came down,\" said a neighbour. \"We ran.\" "
                             + "The attack was part of a wave of 90 drones, the air force said. "
                             + "Russia's Defence Ministry said its forces had struck \"energy infrastructure\" and denied targeting homes.");
        Assert.Single(strikes, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        // (Another side's forces are another act.)
        var other = Events("Israeli troops detained five men in the village of Hader on Friday, residents said. "
                           + "The Syrian interior ministry said its forces had arrested two smugglers near Quneitra.");
        Assert.Equal(2, other.Count(e => e.Cameo.StartsWith("17", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_groups_claim_that_its_fighters_destroyed_vehicles_is_the_ambush_told_again()
    {
        var events = Events("Islamic State militants ambushed an army convoy on the eastern outskirts of Tadmur on Tuesday, killing seven soldiers, "
                            + "security sources said. Islamic State claimed the attack in a statement, saying its fighters had destroyed three vehicles.");
        Assert.Single(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void Fire_opened_on_stone_throwing_youths_targets_the_youths_not_the_dead_counted_after()
    {
        var shooting = Assert.Single(Events("Police opened fire on stone-throwing youths in Panguma on Monday, killing at least three people."));
        Assert.Equal(("stone-throwing youths", 3), (shooting.Actor2!.Text, shooting.Fatalities!.Min));
    }

    [Fact]
    public void Attackers_who_blew_up_a_pipeline_bombed_it()
    {
        var bombing = Assert.Single(Events("On Saturday, unidentified attackers blew up a section of a gas pipeline near Sui, officials said."));
        Assert.Equal(("183", "unidentified attackers"), (bombing.Cameo, bombing.Actor1!.Text));
    }

    [Fact]
    public void Artillery_fire_that_hit_and_a_drone_that_dropped_a_grenade_are_attacks()
    {
        var shelling = Assert.Single(Events("Artillery fire hit a mountain resort near the city on Tuesday, killing nine tourists."));
        Assert.Equal(("194", "nine tourists", 9), (shelling.Cameo, shelling.Actor2!.Text, shelling.Fatalities!.Min));
        var drone = Assert.Single(Events("A drone dropped a grenade near a bulldozer clearing rubble in the village of Ain Ebel on Monday, wounding its driver."));
        Assert.Equal("195", drone.Cameo);
        // The country named before an attack noun did it, and air strikes are fighting, not violence by gunmen.
        var strikes = Assert.Single(Events("Israeli air strikes hit a house on the outskirts of Baalbek on Monday, killing three people."));
        Assert.Equal(("19", "Israeli", 3), (strikes.Cameo[..2], strikes.Actor1?.Text, strikes.Fatalities!.Min));
        // Separatists killing teachers is violence against civilians by an armed group (18).
        Assert.Equal("180", Assert.Single(Events("In May, separatists shot dead two teachers in Ndu, north of Kumbo, for defying a school boycott.")).Cameo);
    }

    [Fact]
    public void A_second_participle_after_and_is_part_of_the_same_attack_not_one_of_its_own()
    {
        var attack = Assert.Single(Events("Gunmen stormed the weekly market on Monday, shooting dead four traders and setting fire to dozens of stalls, witnesses said."));
        Assert.Equal(("180", 4), (attack.Cameo, attack.Fatalities!.Min));
    }

    [Fact]
    public void Bombs_dropped_from_the_air_are_an_air_strike_and_bombs_no_one_fires_after_it_retell_it()
    {
        var events = Events("Russian glide bombs slammed into a residential district of Kramatorsk on Wednesday, killing at least five people, regional officials said.\n\n"
                            + "Two bombs hit a five-storey apartment block and a neighbouring school yard shortly after noon, the city's military administration said.");
        var strike = Assert.Single(events);
        Assert.Equal(("195", "RUS", 5), (strike.Cameo, strike.Actor1!.Country, strike.Fatalities!.Min));
    }

    [Fact]
    public void An_abduction_keeps_the_people_it_took_when_the_raid_also_killed()
    {
        var abduction = Events("Gunmen abducted six Chinese nationals from a gold mining site near Bambari on Tuesday, killing a local security guard, officials said.")
            .Single(e => e.Cameo == "181");
        Assert.Contains("nationals", abduction.Actor2!.Text);
    }

    [Fact]
    public void Windows_exploding_are_no_bombing_but_a_car_bomb_is()
    {
        Assert.Empty(Events("The windows on the bridge exploded and we could not see anything."));
        Assert.Single(Events("A car bomb exploded near the market on Monday, killing three people."));
    }

    [Fact]
    public void A_vague_first_count_gives_way_to_the_figure_stated_after_it()
    {
        var events = Events("A suicide bomber rammed a car into a police checkpoint on Wednesday, killing several policemen, security sources said.\n\n" +
                            "The Interior Ministry put the death toll at seven.");
        Assert.Equal(7, Assert.Single(events).Fatalities!.Min);
    }

    [Fact]
    public void A_conflicts_running_toll_is_background_not_an_attack()
    {
        Assert.Empty(Events("The insurgency has killed more than 7,000 people since 2004, according to a monitoring group."));
        Assert.Single(Events("Gunmen killed 120 villagers in Yelwata on Saturday, officials said."));
    }

    [Fact]
    public void The_attack_with_nothing_of_its_own_is_the_one_told_however_far_back()
    {
        var text = "Gunmen attacked a police station in Warri on Monday, killing two officers. Police arrested 14 men on Tuesday. "
                   + "Residents protested on Wednesday. The governor visited the town on Thursday. "
                   + "A spokesman said the men were being questioned over the attack.";
        Assert.Single(Events(text), e => e.Cameo.StartsWith("18") || e.Cameo.StartsWith("19"));
    }

    [Fact]
    public void Civilians_killed_in_fighting_an_attack_on_rebel_positions_sparked_are_not_the_positions_people()
    {
        var attack = Assert.Single(Events("Pro-government Wazalendo militiamen attacked M23 rebel positions near Kabare late on Monday, sparking hours of fighting that killed at least 11 people, local officials and residents said on Tuesday."));
        Assert.Equal(("190", "M23 rebel positions", 11), (attack.Cameo, attack.Actor2!.Text, attack.Fatalities!.Min));
    }

    [Fact]
    public void Midday_is_a_time_not_the_marchers()
    {
        var march = Assert.Single(Events("By midday, dozens of market traders had marched to the provincial governor's office, chanting and waving palm branches."));
        Assert.Contains("traders", march.Actor1!.Text);
    }

    [Fact]
    public void An_air_strike_on_a_house_that_killed_palestinians_targets_them_and_a_missile_fired_at_a_patrol_targets_it()
    {
        var events = Events("Israeli aircraft struck a house in western Rafah late on Wednesday, killing at least seven Palestinians, including two children, "
                            + "hours after gunmen fired an anti-tank missile at an Israeli army patrol on the city's eastern edge, Gaza health officials said.");
        Assert.Equal("seven Palestinians", events.Single(e => e.Trigger.Text == "struck").Actor2!.Text);
        Assert.Equal("an Israeli army patrol", events.Single(e => e.Trigger.Text == "fired").Actor2!.Text);
    }

    [Fact]
    public void The_dead_and_wounded_criticism_for_an_act_and_wounded_in_the_attack_are_no_new_events()
    {
        Assert.Empty(Events("Medics at Nasser Hospital, where the dead and wounded were taken, put the toll at nine."));
        Assert.DoesNotContain(Events("The U.N. office OCHA criticised Israel on Monday for blocking the entry of bulldozers."), e => e.Trigger.Text == "blocking");
    }

    [Fact]
    public void A_distance_is_no_second_target_and_the_first_of_coordinated_dead_is_the_target()
    {
        var ambush = Assert.Single(Events("Last month, militants ambushed a supply convoy near Arbinda, about 80 kilometers to the east, killing 14 soldiers and volunteer fighters."));
        Assert.Equal(("14 soldiers", 14), (ambush.Actor2!.Text, ambush.Fatalities!.Min));
        var bus = Assert.Single(Events("Last month, gunmen ambushed a passenger bus on the EN6 highway near Nhamatanda, about 90 km (55 miles) west of Beira, killing four people, according to police."));
        Assert.Equal("four people", bus.Actor2!.Text);
    }

    [Fact]
    public void Tear_gas_parsed_as_an_oblique_is_still_fired_at_the_crowd_and_nobody_charged_is_no_arrest()
    {
        var crackdown = Events("Mozambican police fired tear gas and rubber bullets at hundreds of dock workers who had blocked the main road into Beira's port on Wednesday, a day after gunmen shot dead a union leader, witnesses said.")
            .Single(e => e.Trigger.Text == "fired");
        Assert.Equal(("175", "hundreds of dock workers"), (crackdown.Cameo, crackdown.Actor2!.Text));
        Assert.Empty(Events("He said investigators had questioned two suspects but that nobody had been charged."));
    }

    [Fact]
    public void A_man_and_his_bodyguard_shot_dead_are_two_dead_and_strikes_responded_with_are_the_responders()
    {
        var killing = Assert.Single(Events("Gunmen on a motorcycle shot dead a senior security officer and his bodyguard in Aden on Wednesday, security sources said."));
        Assert.Equal(2, killing.Fatalities!.Min);
        var strikes = Events("The forces responded on Tuesday with drone strikes on militant hideouts in the hills near Ja'ar, the officials said.").Single(e => e.Trigger.Text == "strikes");
        Assert.Equal("The forces", strikes.Actor1!.Text);
        Assert.DoesNotContain(Events("The World Food Programme said it had distributed food to about 6,000 people who fled to Yei town after earlier fighting this month."),
            e => e.Trigger.Text == "fighting" && e.Actor1 is not null);
    }

    [Fact]
    public void Gunmen_shooting_dead_one_official_assassinate_and_soldiers_they_kill_are_fought()
    {
        Assert.Equal("180", Assert.Single(Events("Gunmen shot dead a village councillor in Patikul on Sunday, police said.")).Cameo);
        Assert.Equal("180", Assert.Single(Events("Bandits shot dead a schoolteacher in Garhi Yasin on Monday.")).Cameo);
        Assert.StartsWith("19", Assert.Single(Events("Gunmen shot dead two soldiers at a checkpoint on Monday.")).Cameo);
    }

    [Fact]
    public void Six_of_them_a_strike_killed_are_the_fighters_it_hit_fleeing()
    {
        var strike = Assert.Single(Events("A drone strike later that day hit a group of fighters fleeing along the river north of the town, killing six of them, the same source told AFP."));
        Assert.Equal(("fighters", 6), (strike.Actor2?.Text, strike.Fatalities!.Min));
    }

    [Fact]
    public void A_girl_killed_beside_two_police_officers_is_a_third_dead()
    {
        var attack = Assert.Single(Events("FARC dissidents attacked the police station in Suarez with explosives-laden drones and rifle fire on Sunday night, killing two police officers and a nine-year-old girl, local officials said."));
        Assert.Equal(3, attack.Fatalities!.Min);
    }

    [Fact]
    public void Dissidents_shooting_dead_a_governor_assassinate_and_a_clash_that_captured_fighters_stays_a_clash()
    {
        Assert.Equal("180", Assert.Single(Events("Last Thursday, dissidents shot and killed an Indigenous governor near Toribio.")).Cameo);
        var events = Events("Soldiers clashed with members of the Dagoberto Ramos front near Morales on Sunday, killing one fighter and capturing two others, the army's Third Division said.");
        var clash = Assert.Single(events, e => e.Trigger.Text == "clashed");
        Assert.Equal(("190", 1), (clash.Cameo, clash.Fatalities!.Min));
        Assert.Equal("173", Assert.Single(events, e => e.Trigger.Text == "capturing").Cameo);
    }

    [Fact]
    public void What_saying_says_after_a_toll_is_the_raiders_act_and_a_verb_coordinated_before_its_object_shares_it()
    {
        var shooting = Assert.Single(Events("Local leaders put the toll at nine, saying the raiders also shot dead three herdsmen who followed their tracks into the bush on Wednesday morning."));
        Assert.Equal(("the raiders", "three herdsmen", 3), (shooting.Actor1?.Text, shooting.Actor2?.Text, shooting.Fatalities!.Min));
        var shot = Assert.Single(Events("Another resident said VDP fighters had rounded up and shot at least 12 Fulani men in the town's Sector 5 on Sunday afternoon."), e => e.Trigger.Text == "shot");
        Assert.Equal("12 Fulani men", shot.Actor2?.Text);
        // (And "accusing them" after a comma is the fighters' accusation of the men, not a clause on the men.)
        var accusation = Assert.Single(Events("Another resident said VDP fighters had rounded up and shot at least 12 Fulani men in the town's Sector 5 on Sunday afternoon, "
                                              + "accusing them of guiding the attackers."), e => e.Trigger.Text == "accusing");
        Assert.Equal(("VDP fighters", "12 Fulani men"), (accusation.Actor1?.Text, accusation.Actor2?.Text));
    }

    [Fact]
    public void Arrests_told_after_a_clashs_toll_hung_on_a_noun_are_the_soldiers()
    {
        var arrest = Assert.Single(Events("Soldiers clashed with a group of armed men near El Capire early on Tuesday, killing three suspects and arresting five, the Defence Ministry said."),
            e => e.Trigger.Text == "arresting");
        Assert.Equal("Soldiers", arrest.Actor1?.Text);
    }

    [Fact]
    public void A_towns_official_shot_dead_by_insurgents_gunmen_is_one_assassinated()
    {
        var killing = Assert.Single(Events("Luuq's deputy district commissioner was shot dead by al Shabaab gunmen outside a mosque in March last year."));
        Assert.Equal(("180", "GOV", 1), (killing.Cameo, killing.Actor2!.Sector, killing.Fatalities!.Min));
    }

    [Fact]
    public void The_same_attackers_violence_told_again_in_detail_is_the_attack()
    {
        var events = Events("Two gunmen killed three passengers on a bus near Quetzaltenango on Tuesday, police said. "
                            + "The gunmen opened fire on the bus as it slowed at a speed bump, witnesses said.");
        Assert.Single(events, e => e.Cameo.StartsWith("18") || e.Cameo.StartsWith("19"));
        var abduction = Events("Gunmen killed three farmers in Djibo on Monday, officials said. The gunmen also abducted four women.");
        Assert.Contains(abduction, e => e.Cameo.StartsWith("181"));
    }

    [Fact]
    public void Civilians_killed_by_no_one_named_are_victims_of_violence_against_civilians_but_shelling_is_fighting()
    {
        Assert.Equal("180", Assert.Single(Events("Seven people were shot dead at a party in Culiacan late on Saturday, prosecutors said.")).Cameo);
        Assert.StartsWith("19", Assert.Single(Events("Shelling killed four civilians in Kherson on Monday, officials said.")).Cameo);
    }

    [Fact]
    public void An_aid_convoy_ambushed_is_its_people_and_an_army_convoy_stays_the_army()
    {
        var aid = Assert.Single(Events("Last month, gunmen ambushed an aid convoy on the road between Bentiu and Leer, killing two drivers."));
        Assert.Equal(("180", "two drivers"), (aid.Cameo, aid.Actor2!.Text));
        var army = Assert.Single(Events("Militants ambushed an army convoy near Djibo on Monday, killing two civilians travelling with it."));
        Assert.Equal("an army convoy", army.Actor2!.Text);
        // A convoy of goods or travellers carries no armed group either.
        var trucks = Assert.Single(Events("Gunmen ambushed a convoy of supply trucks near Alizai on Tuesday, killing at least seven drivers and passengers, officials said."));
        Assert.Equal("seven drivers", trucks.Actor2!.Text);
    }

    [Fact]
    public void An_attack_on_a_vehicle_targets_the_people_it_carries_unless_the_dead_are_named_better()
    {
        var minibus = Assert.Single(Events("Gunmen opened fire on a minibus carrying khat traders outside Jijiga late on Tuesday, killing at least seven people, police said."));
        Assert.Equal("khat traders", minibus.Actor2!.Text);
        var truck = Assert.Single(Events("Gunmen opened fire on a truck carrying avocado pickers near Uruapan late Sunday, killing four of them, authorities said."));
        Assert.Equal(("180", "avocado pickers"), (truck.Cameo, truck.Actor2!.Text));
        var patrol = Assert.Single(Events("Maoist insurgents ambushed a joint patrol of paramilitary and state police near Gangaloor on Wednesday, killing four troopers, police said."));
        Assert.Equal("four troopers", patrol.Actor2!.Text);
        var van = Assert.Single(Events("On Saturday, a roadside bomb struck a van carrying students on the outskirts of the town, killing six children."));
        Assert.Equal("six children", van.Actor2!.Text);
    }

    [Fact]
    public void A_family_party_is_no_political_party_and_gunmen_storming_it_attack_the_people_they_kill()
    {
        var party = Assert.Single(Events("Gunmen stormed a family party in Fresnillo late on Monday, killing at least nine people."));
        Assert.Equal(("180", "nine people"), (party.Cameo, party.Actor2!.Text));
    }

    [Fact]
    public void The_toll_in_the_attacks_own_sentence_is_its_count_and_a_later_one_is_reported_beside_it()
    {
        var shooting = Assert.Single(Events("Sudanese security forces fired tear gas and live ammunition at thousands of protesters in Khartoum on Thursday, killing at least five people, "
                                            + "a doctors' group said.\n\nThree were shot dead."));
        Assert.Equal((5, (int?)null), (shooting.Fatalities!.Min, shooting.Fatalities.Max));
        Assert.Equal([5, 3], shooting.Fatalities.Reports!.Select(r => r.Min ?? 0));
    }

    [Fact]
    public void A_wars_running_total_is_no_event_and_no_toll()
    {
        var events = Events("Houthi rebels fired two missiles at Jizan on Wednesday. The war has killed more than 150,000 people since 2015, according to ACLED.");
        var missiles = Assert.Single(events);
        Assert.Null(missiles.Fatalities);
    }

    [Fact]
    public void The_country_that_leads_a_coalition_is_its_country_and_no_place_of_its_strike()
    {
        var strike = Assert.Single(Events("SANAA (AP) — An air strike by the Saudi-led coalition hit a market in Saada on Tuesday, killing 20 civilians."), e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal("SAU", strike.Actor1!.Country);
        Assert.Equal("Saada", strike.Place!.Text);
    }

    [Theory]
    [InlineData("Last month, bandits attacked a train on the same route, killing eight people and abducting more than 60.")]
    [InlineData("Bandits stormed a village in Zamfara state late Saturday, killing eight people and abducting more than 40 others, mostly women.")]
    public void An_abduction_of_others_than_the_dead_is_an_act_of_its_own(string text)
    {
        var events = Events(text);
        Assert.Contains(events, e => e.Cameo.StartsWith("18", StringComparison.Ordinal) && e.Cameo != "181" && e.Fatalities?.Min == 8);
        Assert.Contains(events, e => e.Cameo == "181" && e.Fatalities is null);
    }

    [Fact]
    public void People_marched_somewhere_by_their_captors_are_no_protest()
    {
        Assert.DoesNotContain(Events("\"They marched us into the bush,\" he told Reuters."), e => e.Plover.Type == "PROTEST");
        Assert.Contains(Events("Dozens of journalists marched to the prosecutor's office on Wednesday."), e => e.Plover.Type == "PROTEST");
    }

    [Fact]
    public void Shells_and_missiles_fired_are_shelling_by_whoever_fired_them()
    {
        var shelling = Assert.Single(Events("Indian troops fired mortar shells across the disputed border in Kashmir on Saturday night, killing two civilians."));
        Assert.Equal(("194", "INDMIL", 2), (shelling.Cameo, shelling.Actor1!.Code, shelling.Fatalities!.Min ?? 0));
    }

    [Fact]
    public void Of_patterns_as_specific_the_first_written_wins()
    {
        // ("fire +obj:gas +prep:at" before "+prep:on": the protesters are the target, not the highway.)
        var crackdown = Assert.Single(Events("Police fired tear gas and rubber bullets at protesters on the Pan-American Highway on Tuesday."));
        Assert.Equal(("175", "protesters"), (crackdown.Cameo, crackdown.Actor2!.Text));
    }

    [Fact]
    public void Preparing_to_fire_is_no_attack_yet()
    {
        Assert.DoesNotContain(Events("The army said it had targeted operatives who were preparing to fire rockets toward the Golan Heights."),
            e => e.Trigger.Text == "fire" && e.Modality == "asserted");
    }

    [Fact]
    public void A_shelling_reported_by_hyphenated_media_is_coded()
    {
        var events = Events("Hamas-run media said Israeli tanks also shelled homes in Rafah.");
        var shelling = Assert.Single(events);
        Assert.Equal(("194", "Israeli tanks", "homes"), (shelling.Cameo, shelling.Actor1!.Text, shelling.Actor2!.Text));
        // (Also in a clause after "while", and the clause before it is no report of the media's.)
        var both = Processed.Extract("Opposition leader Raila Odinga's coalition called for calm in Nairobi, while Hamas-run media said Israeli tanks also shelled homes in Rafah.");
        Assert.Contains(both.Events, e => e.Cameo == "194" && e.Actor1!.Text == "Israeli tanks");
        Assert.DoesNotContain(both.Quotes, q => q.Source?.Text is { } source && source.Contains("media") && both.Text[q.Content.Start..q.Content.End].Contains("calm"));
    }

    [Fact]
    public void A_countrys_force_named_before_an_attack_is_its_actor()
    {
        var airstrike = Assert.Single(Events("A Myanmar military airstrike on a village killed at least 12 people on Tuesday."));
        Assert.Equal(("Myanmar military", "MMRMIL"), (airstrike.Actor1!.Text, airstrike.Actor1.Code));
        var drone = Assert.Single(Events("A Russian army drone strike on a village killed three people on Tuesday."));
        Assert.Equal(("Russian army", "RUSMIL"), (drone.Actor1!.Text, drone.Actor1.Code));
        var israeli = Assert.Single(Events("An Israeli air strike on a house killed five people."));
        Assert.Equal("Israeli", israeli.Actor1!.Text);
    }

    [Fact]
    public void Tanks_are_their_owners_forces()
    {
        var shelling = Assert.Single(Events("Israeli tanks shelled homes in Rafah on Tuesday."));
        Assert.Equal("ISRMIL", shelling.Actor1!.Code);
    }

    [Fact]
    public void A_headline_restating_the_lead_is_the_leads_event()
    {
        var events = Events("Myanmar military airstrike kills 12 in Sagaing village\n\n"
                            + "MANDALAY, Myanmar (AP) — A Myanmar military airstrike on a village in the Sagaing region killed at least 12 people on Tuesday, local media reported.");
        var airstrike = Assert.Single(events);
        Assert.Equal((2, "MMRMIL", 12), (airstrike.Sentence, airstrike.Actor1!.Code, airstrike.Fatalities!.Min));
        // (The headline's unidentified gunmen are the lead's named armed group.)
        var gunmen = Events("Gunmen kill 14 villagers in northern Burkina Faso, officials say\n\n"
                            + "OUAGADOUGOU, Burkina Faso (AP) — Suspected jihadi fighters killed at least 14 civilians in an attack on a village in northern Burkina Faso on Sunday, officials said.");
        Assert.Equal(2, Assert.Single(gunmen).Sentence);
        // (A headline over a story that tells another act is kept.)
        var other = Events("Gunmen kill 12 in Zamfara\n\nThe governor on Tuesday visited a hospital in Gusau.");
        Assert.Contains(other, e => e.Sentence == 0 && e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_folds_into_the_lead_after_the_leads_own_mentions_of_the_act_are_one()
    {
        // "airstrike" and "hit" tell one strike; the headline's target ("Gaza school") had been given to the
        // noun alone, which then stood apart from the verb's "a school sheltering displaced families".
        var events = Events("Israeli strike on Gaza school kills at least 30, health officials say\n\n"
                            + "GAZA CITY (AP) — An Israeli airstrike hit a school sheltering displaced families in Gaza City on Tuesday, killing at least 30 people, health officials said.");
        var strike = Assert.Single(events);
        Assert.Equal((2, "a school", 30), (strike.Sentence, strike.Actor2!.Text, strike.Fatalities!.Min));
    }

    [Fact]
    public void A_retelling_that_names_the_town_places_an_attack_placed_by_the_dateline()
    {
        var events = Events("OUAGADOUGOU, Burkina Faso (AP) — Suspected jihadi fighters killed at least 14 civilians in an attack on a village in northern Burkina Faso on Sunday, officials said.\n\n"
                            + "The assailants arrived on motorbikes in Tin-Akoff, in Oudalan province, and opened fire on people gathered at the market, a local official said.");
        var attack = Assert.Single(events);
        Assert.Equal(("Tin-Akoff", "town"), (attack.Place!.Text, attack.Place.Precision));
    }

    [Fact]
    public void A_toll_that_names_the_attacks_day_is_reported_beside_its_count_however_far_back()
    {
        var events = Events("OUAGADOUGOU, Burkina Faso (AP) — Suspected jihadi fighters killed at least 14 civilians in Tin-Akoff on Sunday, officials said.\n\n"
                            + "A trader said the attackers also burned shops.\n\nThe army said soldiers had arrested 30 suspects on Monday.\n\n"
                            + "Aid workers said many families had fled.\n\nA security source put the death toll from Sunday's attack at 22.");
        var attack = Assert.Single(events, e => e.Fatalities is not null);
        Assert.Equal((14, true), (attack.Fatalities!.Min, attack.Fatalities.Disputed));
        Assert.Contains(attack.Fatalities.Reports!, r => r.Min == 22);
    }

    [Fact]
    public void A_headline_killing_folds_into_the_leads_killing_told_as_unconventional_violence()
    {
        var d = Processed.Extract("Gunmen kill 7 at Culiacan car wash as Sinaloa cartel war rages\n\n"
            + "CULIACAN, Mexico (AP) — Gunmen burst into a car wash in the northern Mexican city of Culiacan on Saturday afternoon and opened fire on workers and customers, killing seven people, the Sinaloa state prosecutor's office said.\n\n"
            + "The attack was the deadliest in the state capital in weeks of fighting between two factions of the Sinaloa cartel.\n\n"
            + "Local media put the death toll from Saturday's attack at nine.", new DateOnly(2024, 12, 8));
        var attack = Assert.Single(d.Events, e => e.Cameo[..2] is "18" or "19");
        Assert.Equal("opened", attack.Trigger.Text);
        Assert.True(attack.Fatalities!.Disputed);
        Assert.Contains(attack.Fatalities.Reports!, r => r.Min == 9);
    }

    [Fact]
    public void Killings_condemned_far_from_the_attack_are_aimed_at_its_authors()
    {
        var d = Processed.Extract("CULIACAN, Mexico (AP) — Gunmen burst into a car wash in Culiacan on Saturday and opened fire on workers and customers, killing seven people, officials said.\n\n"
            + "The attack was the deadliest in weeks.\n\nA witness said about a dozen men arrived.\n\n\"They didn't say anything. They just started shooting,\" she said.\n\n"
            + "Sinaloa Gov. Ruben Rocha Moya condemned the killings.", new DateOnly(2024, 12, 8));
        Assert.Equal("Gunmen", Assert.Single(d.Events, e => e.Trigger.Text == "condemned").Actor2?.Text);
    }

    [Fact]
    public void Killings_condemned_after_a_fight_with_the_killers_are_aimed_at_the_killers()
    {
        var d = Processed.Extract("MAIDUGURI, Nigeria (Reuters) — Islamist militants killed at least 23 farmers in Borno state on Saturday, officials said.\n\n"
            + "Army spokesman Onyema Nwachukwu said troops had pursued the attackers and killed six of them in a gunfight near Zabarmari.\n\n"
            + "The Nigerian Human Rights Commission condemned the killings and urged the authorities to investigate.", new DateOnly(2026, 11, 30));
        Assert.Equal("Islamist militants", Assert.Single(d.Events, e => e.Trigger.Text == "condemned").Actor2?.Text);
    }

    [Fact]
    public void Armed_men_storming_the_base_the_lead_named_retell_its_attack_on_their_own_day()
    {
        var d = Processed.Extract("OUAGADOUGOU, Burkina Faso (AP) — Jihadist fighters killed at least 50 soldiers in an attack on an army post in northern Burkina Faso, security sources and residents said Tuesday.\n\n"
            + "Hundreds of gunmen on motorbikes stormed the base in Djibo on Sunday morning, burning vehicles and seizing weapons, two security sources told The Associated Press.", new DateOnly(2024, 6, 18));
        var attack = Assert.Single(d.Events, e => e.Plover.Type == "ASSAULT");
        Assert.Equal(("2024-06-16", "Djibo"), (attack.Date?.Value, attack.Place?.Text));
        Assert.Equal(50, attack.Fatalities!.Min);
        // (Not without a site the lead named: an attack on a village is another attack.)
        var other = Processed.Extract("OUAGADOUGOU, Burkina Faso (AP) — Jihadist fighters killed at least 50 soldiers in an ambush in northern Burkina Faso, security sources said Tuesday.\n\n"
            + "Hundreds of gunmen on motorbikes stormed the village of Tin-Akoff on Sunday morning, residents said.", new DateOnly(2024, 6, 18));
        Assert.Equal(2, other.Events.Count(e => e.Plover.Type == "ASSAULT"));
    }

    [Fact]
    public void A_larger_toll_another_source_gives_of_the_same_attack_is_reported_beside_it()
    {
        var d = Processed.Extract("QUETTA, Pakistan (Reuters) - Separatist militants attacked a passenger train in Pakistan's southwestern Balochistan province on Tuesday, killing at least 26 hostages, the military said.\n\n"
            + "The Baloch Liberation Army (BLA) said its fighters blew up the railway track near the town of Sibi. The group said it had killed 50 hostages, a figure the army rejected.", new DateOnly(2025, 3, 12));
        var attack = Assert.Single(d.Events, e => e.Plover.Type == "ASSAULT");
        Assert.Equal(26, attack.Fatalities!.Min);
        Assert.True(attack.Fatalities.Disputed);
        Assert.Contains(attack.Fatalities.Reports!, r => r.Min == 50);
    }

    [Fact]
    public void A_headline_killing_folds_into_a_repression_that_killed()
    {
        var d = Processed.Extract("Kenyan police kill 8 as anti-tax protests spread\n\n"
            + "NAIROBI, Kenya (AP) — Kenyan police fired tear gas and live bullets at thousands of protesters in Nairobi on Tuesday, killing at least eight people, rights groups said.", new DateOnly(2025, 6, 25));
        var repression = Assert.Single(d.Events);
        Assert.Equal(("175", 8), (repression.Cameo, repression.Fatalities!.Min));
    }

    [Fact]
    public void An_attack_told_again_in_a_sentence_opening_with_its_day_is_the_first_telling()
    {
        var events = Processed.Extract("BAHAWALPUR, Pakistan (Reuters) — Counter-terrorism police killed four suspected militants in a shootout on Tuesday, two days after "
                                       + "gunmen attacked a police post near the desert town of Yazman, officials said.\n\n"
                                       + "Relatives of one of the dead men disputed that account.\n\n\"They took him in front of his children,\" his brother said.\n\n"
                                       + "In Sunday's attack, gunmen on motorcycles opened fire on a police post on the road between Yazman and Bahawalpur, "
                                       + "killing two constables and wounding a third, police said.", new DateOnly(2026, 10, 28)).Events;
        var attack = Assert.Single(events, e => e.Actor1?.Text == "gunmen" || e.Actor1?.Text == "gunmen on motorcycles");
        Assert.Equal(("2026-10-25", 2), (attack.Date?.Value, attack.Fatalities?.Min));
    }

    [Fact]
    public void The_gunmen_who_tell_an_attack_again_are_the_group_named_and_the_town_they_name_places_the_village_in_a_state()
    {
        var events = Processed.Extract("MAIDUGURI, Nigeria (AP) — Suspected Boko Haram fighters stormed a village in northeastern Nigeria's Borno state late "
                                       + "Saturday, killing at least 22 farmers, residents said Sunday.\n\nThe gunmen arrived on motorcycles in a village near "
                                       + "the town of Gwoza and opened fire on farmers returning from their fields, said a community leader.",
                                       new DateOnly(2025, 6, 16)).Events;
        var attack = Assert.Single(events);
        Assert.Equal(("NGAREB", "Gwoza", "2025-06-14", 22), (attack.Actor1?.Code, attack.Place?.Text, attack.Date?.Value, attack.Fatalities?.Min));
    }

    [Fact]
    public void The_gunmen_of_a_later_attack_are_not_the_soldiers_of_an_earlier_one()
    {
        var events = Processed.Extract("Soldiers raided a camp near Gwoza on Saturday, killing four suspected insurgents, the army said. "
                                       + "The gunmen abducted 12 women from a village near Bama on Sunday, residents said.", new DateOnly(2025, 6, 16)).Events;
        Assert.Equal("NGAUAF", Assert.Single(events, e => e.Trigger.Text == "abducted").Actor1?.Code);
    }

    [Fact]
    public void A_bodys_own_forces_in_what_it_says_are_the_body_and_the_army_attack_they_repelled_is_another_fight()
    {
        var events = Processed.Extract("Sudan's paramilitary Rapid Support Forces shelled a displacement camp near El Fasher on Friday, killing 40 people, "
                                       + "according to medical workers. A rights group said RSF fighters also stormed the camp and looted food stores. "
                                       + "The RSF denied targeting civilians and said in a statement that its forces had repelled an attack by the army from the camp.",
                                       new DateOnly(2025, 8, 17)).Events;
        var repelled = Assert.Single(events, e => e.Trigger.Text == "repelled");
        Assert.Equal(("SDNREB", "SDNMIL"), (repelled.Actor1?.Code, repelled.Actor2?.Code));
    }

    [Fact]
    public void Its_fighters_told_before_the_source_or_by_many_are_not_the_sources()
    {
        var events = Processed.Extract("The Arakan Army took the town last week. Rohingya activists accused the group of forcibly recruiting young men, and said "
                                       + "its fighters detained about 20 villagers on Saturday.", new DateOnly(2025, 7, 21)).Events;
        Assert.Equal("REB", Assert.Single(events, e => e.Trigger.Text == "detained").Actor1?.Sector);
    }

    [Fact]
    public void The_town_the_attack_took_place_in_places_the_attack_told_in_its_state()
    {
        var events = Processed.Extract("MEXICO CITY (AP) — Gunmen opened fire at a rooster fight in the western Mexico state of Jalisco late Saturday, killing 11 "
                                       + "people, state prosecutors said Sunday.\n\nThe attack took place in the town of El Salto, on the outskirts of Guadalajara.",
                                       new DateOnly(2025, 6, 16)).Events;
        Assert.Equal("El Salto", Assert.Single(events).Place?.Text);
    }

    [Fact]
    public void The_district_the_clashes_took_place_in_places_clashes_told_in_the_country()
    {
        var events = Processed.Extract("DHAKA, Bangladesh (AP) — Clashes between supporters of two rival political parties in northern Bangladesh left at "
                                       + "least three people dead on Sunday, police said.\n\nThe clashes took place in the Gaibandha district.", new DateOnly(2025, 11, 24)).Events;
        Assert.Equal("Gaibandha", Assert.Single(events).Place?.Text);
    }

    [Fact]
    public void A_deed_told_as_later_by_the_same_side_is_no_detail_of_its_attack()
    {
        var events = Processed.Extract("YAOUNDE, Cameroon (AP) — Separatist fighters ambushed a military patrol in Cameroon's restive Northwest region, "
                                       + "killing five soldiers, the army said Monday.\n\nHe said troops killed three of the attackers and recovered weapons.\n\n"
                                       + "Residents of Batibo said soldiers later burned several houses in the town in reprisal.", new DateOnly(2026, 11, 26)).Events;
        var burning = Assert.Single(events, e => e.Trigger.Text == "burned");
        Assert.Equal("CMRMIL", burning.Actor1?.Code);
    }

    [Fact]
    public void Separatist_fighters_are_separatists_their_headline_is_their_attack_and_the_attackers_hit_back_are_theirs()
    {
        var events = Processed.Extract("Separatists kill 5 soldiers in Cameroon's Anglophone region\n\n"
                                       + "YAOUNDE, Cameroon (AP) — Separatist fighters ambushed a military patrol in Cameroon's restive Northwest region, "
                                       + "killing five soldiers, the army said Monday.\n\n"
                                       + "The attack happened Sunday near the town of Batibo, when the fighters detonated an improvised explosive device, "
                                       + "army spokesman Capt. Cyrille Atonfack Guemo said in a statement. He said troops killed three of the attackers.",
                                       new DateOnly(2026, 11, 26)).Events;
        var ambush = Assert.Single(events, e => e.Actor2?.Code == "CMRMIL");
        Assert.Equal(("CMRSEP", "ambushed"), (ambush.Actor1?.Code, ambush.Trigger.Text));
        var hitBack = Assert.Single(events, e => e.Actor1?.Code == "CMRMIL");
        Assert.Equal(("CMRSEP", "three of the attackers"), (hitBack.Actor2?.Code, hitBack.Actor2?.Text));
    }

    [Fact]
    public void People_killed_in_a_groups_shelling_were_killed_by_the_group_not_in_the_attack_told_before()
    {
        var events = Processed.Extract("CAIRO (AP) — The paramilitary Rapid Support Forces (RSF) said its fighters had shot down an army drone over El Obeid.\n\n"
                                       + "The Sudan Doctors Network said 27 civilians were killed in RSF shelling of Bara last week.", new DateOnly(2026, 11, 26)).Events;
        var killing = Assert.Single(events, e => e.Fatalities?.Min == 27);
        Assert.Equal(("SDNREB", "killed"), (killing.Actor1?.Code, killing.Trigger.Text));
        Assert.Null(Assert.Single(events, e => e.Trigger.Text == "shot").Fatalities);
    }

    [Fact]
    public void A_division_the_retelling_names_places_an_attack_told_in_a_country()
    {
        var events = Processed.Extract("NIAMEY, Niger (AP) — Suspected jihadists attacked a military post in western Niger near the border with Mali, "
                                       + "killing 10 soldiers, the country's defense ministry said Wednesday.\n\n"
                                       + "The attackers, who arrived on motorcycles, struck the post in the Tillaberi region on Tuesday morning, the ministry said.",
                                       new DateOnly(2026, 11, 26)).Events;
        var attack = Assert.Single(events, e => e.Plover.Type == "ASSAULT");
        Assert.Equal(("Tillaberi", "admin1"), (attack.Place?.Text, attack.Place?.Precision));
    }

    [Fact]
    public void The_city_of_a_story_reported_from_elsewhere_is_the_town_of_its_lead_not_the_datelines()
    {
        const string lead = "PORT SUDAN, Sudan (Reuters) — The Rapid Support Forces shelled a displacement camp on the outskirts of El Fasher on Friday, killing at least 35 people, a volunteer group said.\n\n";
        var repelled = Assert.Single(Events(lead + "The army said its forces had repelled an RSF attack on the city's southern defences on Thursday."), e => e.Trigger.Text == "repelled");
        Assert.Equal("El Fasher", repelled.Place?.Text);
        // (A story that names its dateline's town again is that town's: "the city" is then the dateline's.)
        var atHome = Assert.Single(Events(lead + "Shops reopened in Port Sudan on Saturday.\n\nThe army said its forces had repelled an RSF attack on the city's southern defences on Thursday."),
            e => e.Trigger.Text == "repelled");
        Assert.Equal("PORT SUDAN", atHome.Place?.Text);
    }

    [Fact]
    public void A_sentence_opening_on_the_attack_the_lead_told_is_at_the_leads_town_though_the_dateline_is_named_again()
    {
        const string lead = "PORT-AU-PRINCE, Haiti (AP) — Gang members armed with rifles stormed the town of Mirebalais in central Haiti overnight Sunday, "
                            + "killing at least 25 people, officials said Monday.\n\n";
        const string later = "\n\nGangs control about 85% of Port-au-Prince.";
        var exchanged = Assert.Single(Events(lead + "The attack was carried out by the Viv Ansanm gang coalition, according to Haiti's National Police, "
                                             + "which said officers exchanged gunfire with the attackers for several hours." + later), e => e.Trigger.Text == "exchanged");
        Assert.Equal("Mirebalais", exchanged.Place?.Text);
        // (A statement that does not open on the act told is no reference back to the lead.)
        var urged = Assert.Single(Events(lead + "The police chief urged residents to stay indoors." + later), e => e.Trigger.Text == "urged");
        Assert.Equal("PORT-AU-PRINCE", urged.Place?.Text);
    }

    [Fact]
    public void An_incident_in_the_paragraphs_after_the_lead_that_name_no_place_is_at_the_leads_town()
    {
        const string lead = "AREQUIPA, Peru (Reuters) — Police fired tear gas and rubber bullets at protesters on the Pan-American Highway near Cocachacra "
                            + "on Tuesday, wounding at least 12 people.\n\n";
        var blocked = Assert.Single(Events(lead + "Hundreds of farmers from the valley had blocked the highway since dawn with boulders and burning tyres."),
            e => e.Trigger.Text == "blocked");
        Assert.Equal("Cocachacra", blocked.Place?.Text);
        // (Not four paragraphs on, nor a statement, which is made where the story is reported from.)
        const string filler = "The mine has been contested for years.\n\nFarmers fear for their water.\n\nThe company denies any risk.\n\n";
        var later = Assert.Single(Events(lead + filler + "Hundreds of farmers had blocked the highway since dawn."), e => e.Trigger.Text == "blocked");
        Assert.Equal("AREQUIPA", later.Place?.Text);
        var urged = Assert.Single(Events(lead + "The regional governor urged the protesters to negotiate."), e => e.Trigger.Text == "urged");
        Assert.Equal("AREQUIPA", urged.Place?.Text);
    }

    [Fact]
    public void An_incident_after_a_lead_in_another_division_than_the_datelines_is_in_the_leads_division()
    {
        var events = Events("ABUJA, Nigeria (Reuters) — Gunmen abducted at least 25 schoolgirls from a boarding school in Nigeria's northwestern Kebbi state "
                            + "before dawn on Monday, police said.\n\nParents gathered outside the school on Monday afternoon, demanding that the government bring "
                            + "their daughters home.");
        Assert.Equal("Kebbi", Assert.Single(events, e => e.Trigger.Text == "gathered").Place?.Text);
        Assert.Equal("NGAEDU", Assert.Single(events, e => e.Trigger.Text == "abducted").Actor2?.Code);
    }

    [Fact]
    public void Who_reports_is_no_side_of_a_fight_told_beside_the_report()
    {
        var events = Events("TAUNGGYI, Myanmar (Reuters) — Military jets bombed a Buddhist monastery near Nyaungshwe late on Tuesday, killing at least 11 people, "
                            + "residents and a Pa-O resistance group said, as fighting in southern Shan State edged closer to the regional capital Taunggyi.");
        Assert.DoesNotContain(events, e => e.Actor1?.Text == "residents");
    }

    [Fact]
    public void A_country_before_a_coordinated_compound_of_an_attack_did_it_and_officials_after_its_toll_report_it()
    {
        var events = Events("KYIV, Ukraine (AP) — A Russian drone and missile attack on the southern port city of Odesa overnight killed four people and wounded 17, including a child, "
                            + "Ukrainian officials said Wednesday, as Moscow kept up its strikes on Ukraine's energy grid ahead of winter. Photos showed firefighters battling a blaze in a nine-story building.");
        var attack = Assert.Single(events, e => e.Trigger.Text == "attack");
        Assert.Equal(("RUS", "reported"), (attack.Actor1?.Country, attack.Modality));
        Assert.DoesNotContain(events, e => e.Trigger.Text == "battling");
    }

    [Fact]
    public void An_according_to_source_hung_on_the_victim_is_not_part_of_the_victim()
    {
        foreach (var source in new[] { "regional head Oleh Syniehubov", "Oleh Syniehubov" })
        {
            var killed = Assert.Single(Events($"Russian forces killed a 62-year-old woman, according to {source}."));
            Assert.Equal("a 62-year-old woman", killed.Actor2?.Text);
        }
    }

    [Fact]
    public void Soldiers_killed_by_gunmen_who_ambushed_their_convoy_are_one_attack_on_the_day_of_the_ambush()
    {
        var killing = Assert.Single(Processed.Extract("Four soldiers were killed by gunmen who ambushed an army convoy near Torit on Monday as it carried reinforcements "
            + "to Kapoeta, an army spokesman told reporters in Juba on Tuesday.", new DateOnly(2025, 9, 24)).Events);
        Assert.Equal(("gunmen", "Four soldiers", "2025-09-22"), (killing.Actor1?.Text, killing.Actor2?.Text, killing.Date?.Value));
    }

    [Fact]
    public void A_wounding_in_an_ambush_and_a_killing_told_after_and_of_another_year_are_two_events()
    {
        var events = Processed.Extract("Earlier this month, a police sergeant was shot and wounded in an ambush near Traiguén, and in March last year two Carabineros "
            + "were killed by gunmen who sprayed their patrol car with bullets near Mulchén.", new DateOnly(2025, 11, 20)).Events;
        var killing = Assert.Single(events, e => e.Actor2?.Text == "Carabineros");
        Assert.Equal(2, killing.Fatalities?.Min);
        Assert.Null(Assert.Single(events, e => e.Actor2?.Text == "a police sergeant").Fatalities);
    }

    [Fact]
    public void Acts_of_the_same_sides_on_the_same_day_in_towns_far_apart_are_two_acts()
    {
        var events = Processed.Extract("TAUNGOO, Myanmar (Reuters) — A Myanmar military air strike hit a Buddhist monastery on the eastern edge of Taungoo in the "
            + "central Bago Region on Wednesday, killing at least 17 people who had taken shelter there, residents said.\n\n"
            + "Troops shelled two villages outside Pyu on Wednesday, wounding three residents, villagers said.", new DateOnly(2026, 2, 19)).Events;
        Assert.Equal(2, events.Count);
        Assert.Equal("three residents", Assert.Single(events, e => e.Trigger.Text == "shelled").Actor2?.Text);
    }

    [Fact]
    public void A_killing_told_after_an_abduction_by_the_gunmen_is_an_act_of_its_own()
    {
        var events = Processed.Extract("Gunmen abducted at least 27 passengers from two buses on a highway near the town of Alkaleri on Saturday, police said. "
            + "The gunmen shot dead the driver of the first bus when he tried to turn the vehicle around.", new DateOnly(2026, 2, 8)).Events;
        Assert.Equal(2, events.Count);
        var killing = Assert.Single(events, e => e.Trigger.Text == "shot");
        Assert.Equal(("the driver", 1), (killing.Actor2?.Text, killing.Fatalities?.Min));
    }

    [Fact]
    public void A_participle_of_an_attack_is_the_attack_whatever_other_day_the_sentence_tells()
    {
        var events = Processed.Extract("The military had sent reinforcements to the town by river on Tuesday, local outlet Khit Thit Media reported, after resistance "
                                       + "fighters attacked a police station in Maubin with drones last Thursday, wounding three officers.", new DateOnly(2025, 11, 20)).Events;
        var attack = Assert.Single(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal(("attacked", "2025-11-13"), (attack.Trigger.Text, attack.Date?.Value));
    }
}
