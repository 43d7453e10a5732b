using Vigil.Documents;

namespace Vigil.Tests.Events;

/// <summary>Who is on each side of an event: agent nouns, appositions, envoys' hosts, acts that are no targets.</summary>
public class EventSidesTests
{
    private static List<Event> Events(string text) => Processed.Extract(text, new DateOnly(2025, 3, 12)).Events;

    [Fact]
    public void A_quantifier_stands_for_the_people_it_counts_and_whom_for_its_antecedent()
    {
        var accused = Assert.Single(Events("Sunni lawmakers accused some of the units of extorting money from farmers at checkpoints."), e => e.Trigger.Text == "accused");
        Assert.Equal("the units", accused.Actor2?.Text);
        var arrest = Assert.Single(Events("Police arrested many of the protesters on Monday."));
        Assert.Equal("the protesters", arrest.Actor2?.Text);
        var detention = Assert.Single(Events("Lawyers boycotted court hearings on Monday to protest the detention of Ebot Tanyi, a colleague whom gendarmes arrested at his Buea office last month."),
            e => e.Trigger.Text == "arrested");
        Assert.Equal(("gendarmes", "a colleague"), (detention.Actor1?.Text, detention.Actor2?.Text));
    }

    [Fact]
    public void The_counted_arrested_before_a_shootout_are_the_arrest_target_and_the_wounded_the_shootouts()
    {
        var events = Events("Last week, police in Diwaniyah, east of Najaf, arrested 12 men after a tribal shootout that wounded five people, the AP reported.");
        Assert.Equal("12 men", Assert.Single(events, e => e.Trigger.Text == "arrested").Actor2?.Text);
        Assert.Equal("five people", Assert.Single(events, e => e.Trigger.Text == "shootout").Actor2?.Text);
    }

    [Fact]
    public void A_demand_that_authorities_act_is_made_of_them_whatever_clause_the_parser_made_it()
    {
        var demand = Assert.Single(Events("About 300 migrants blocked the coastal highway in Huixtla for five hours on Wednesday, demanding that immigration authorities "
            + "grant them transit permits to travel north."), e => e.Trigger.Text == "demanding");
        Assert.Equal("immigration authorities", demand.Actor2?.Text);
    }

    [Fact]
    public void Aid_goes_to_whom_it_is_delivered_not_to_the_things_it_is_for()
    {
        var delivery = Assert.Single(Events("The International Committee of the Red Cross delivered surgical kits and fuel for generators to Mamfe District Hospital on Wednesday."));
        Assert.Equal("Mamfe District Hospital", delivery.Actor2?.Text);
        var airlift = Assert.Single(Events("The World Food Programme airlifted 40 tonnes of food to Leer on Sunday for families cut off by the floods."));
        Assert.Equal("families", airlift.Actor2?.Text.Split(' ')[0]);
    }

    [Fact]
    public void Soldiers_burning_homes_repress_and_killing_as_they_do_attack()
    {
        var torched = Assert.Single(Events("Troops also torched about 200 houses in two villages of Salingyi township last week."));
        Assert.Equal("175", torched.Cameo);
        var raid = Assert.Single(Events("On Wednesday, soldiers raided villages on the outskirts of Mamfe and set fire to dozens of homes, killing at least six people, residents said."));
        Assert.Equal("190", raid.Cameo);
        Assert.Equal("145", Assert.Single(Events("Rioters set fire to at least a dozen shops.")).Cameo);
    }

    [Fact]
    public void Forces_pushed_out_of_a_place_were_fought_and_are_the_target_not_the_place()
    {
        var pushed = Assert.Single(Events("The fighting in Kordofan has intensified since the army pushed the RSF out of Khartoum in March."));
        Assert.Equal(("190", "the army", "the RSF"), (pushed.Cameo, pushed.Actor1?.Text, pushed.Actor2?.Text));
        Assert.DoesNotContain(Events("Growers say extortion has pushed many small producers out of business."), e => e.Trigger.Text == "pushed");
    }

    [Fact]
    public void Doers_after_an_opening_stretch_of_time_before_an_act_are_the_doers_not_its_conjuncts()
    {
        var detention = Events("Two days before the attack, soldiers and Russian paramilitaries of the Africa Corps detained 14 men at the livestock market in Bourem, residents said.")
            .Single(e => e.Trigger.Text == "detained");
        Assert.Equal(("soldiers", "14 men"), (detention.Actor1?.Text, detention.Actor2?.Text));
    }

    [Fact]
    public void Who_a_village_or_a_town_was_recaptured_from_is_the_target_and_a_passives_agent_its_doer()
    {
        var recaptured = Assert.Single(Events("Last Wednesday, government troops backed by AUSSOM forces recaptured the farming village of Bulo Sheikh near Qoryooley "
                                              + "from al Shabaab after two days of fighting, the defence ministry said."));
        Assert.Equal(("government troops", "al Shabaab"), (recaptured.Actor1?.Text, recaptured.Actor2?.Text));
        var retaken = Assert.Single(Events("Marka was retaken from al Shabaab by the African Union in 2012."));
        Assert.Equal(("the African Union", "al Shabaab"), (retaken.Actor1?.Text, retaken.Actor2?.Text));
        var kidal = Events("In Kidal, which the army and its Russian allies recaptured from the rebels in November 2023, dozens of women marched to the governor's office on Wednesday.")
            .Single(e => e.Trigger.Text == "recaptured");
        Assert.Equal(("192", "the army", "the rebels"), (kidal.Cameo, kidal.Actor1?.Text, kidal.Actor2?.Text));
    }

    [Fact]
    public void Hundreds_of_residents_with_coordinated_modifiers_blocking_a_highway_near_a_town_are_the_blockers_and_their_aim_no_demand()
    {
        var events = Events("On Monday, hundreds of Afro-Colombian and Indigenous residents blocked the Pan-American Highway near Santander de Quilichao, demanding protection for communities.");
        var blockade = Assert.Single(events);
        Assert.Equal(("144", "hundreds of Afro-Colombian and Indigenous residents"), (blockade.Cameo, blockade.Actor1?.Text));
    }

    [Fact]
    public void Police_driven_from_a_station_were_fought_but_people_driven_from_their_homes_were_not()
    {
        var driven = Assert.Single(Events("Viv Ansanm has spread steadily across the Cul-de-Sac plain since its fighters drove police from the Croix-des-Bouquets station in March last year."));
        Assert.Equal(("190", "its fighters", "police"), (driven.Cameo, driven.Actor1?.Text, driven.Actor2?.Text));
        Assert.DoesNotContain(Events("Fighting between the jihadists and Tuareg militias drove tens of thousands of people from their homes."), e => e.Trigger.Text == "drove");
        // (Told on its own day after an ambush of police, it is no retelling of the ambush.)
        var both = Events("On Saturday, gunmen ambushed a police patrol outside Thomazeau, killing two officers. "
                          + "The gang's fighters drove police from the Croix-des-Bouquets station in March last year.");
        Assert.Contains(both, e => e.Trigger.Text == "drove");
    }

    [Fact]
    public void Forces_driven_out_of_a_place_were_fought_even_when_out_was_read_inside_their_name()
    {
        var driven = Assert.Single(Events("In 2022, government forces and the Ma'awisley drove al Shabaab out of much of Hiiraan."));
        Assert.Equal(("190", "government forces", "al Shabaab"), (driven.Cameo, driven.Actor1?.Text, driven.Actor2?.Text));
        Assert.Equal("the militants", Assert.Single(Events("In 2022, government forces drove the militants out of much of Hiiraan.")).Actor2?.Text);
        // (A car driven into a checkpoint is no "drove ... out of": the killing after it is the bomber's.)
        var killing = Assert.Single(Events("A suicide bomber drove an explosives-laden car into a checkpoint on the eastern edge of Ataq, the capital of Yemen's southern Shabwa province, on Thursday evening, killing at least six soldiers, security officials said."));
        Assert.Equal(("A suicide bomber", "six soldiers"), (killing.Actor1?.Text, killing.Actor2?.Text));
    }

    [Fact]
    public void The_subject_after_an_opening_participle_and_a_time_is_the_speakers()
    {
        var appeal = Assert.Single(Events("Speaking at a Mass for the victims in Quevedo's cathedral the same day, the bishop of Babahoyo called on gang members to lay down their weapons."));
        Assert.Equal(("the bishop", "gang members"), (appeal.Actor1?.Text, appeal.Actor2?.Text));
    }

    [Fact]
    public void The_subject_after_an_opening_participle_a_place_apposition_and_a_time_between_commas_is_the_speakers()
    {
        var appeal = Assert.Single(Events("Speaking in Jawhar, the state capital, on Tuesday, the president of Hirshabelle state called on clan elders to raise fighters to defend the towns along the Shabelle river."), e => e.Trigger.Text == "called");
        Assert.Equal(("the president", "clan elders"), (appeal.Actor1?.Text, appeal.Actor2?.Text));
    }

    [Fact]
    public void Fighters_after_minutes_after_a_blast_are_the_sides_not_the_minutes()
    {
        var fight = Assert.Single(Events("Minutes after the blast, al Shabaab fighters and government soldiers fought a gunbattle lasting more than an hour near the police station, residents said."));
        Assert.Equal(("al Shabaab fighters", "government soldiers"), (fight.Actor1?.Text, fight.Actor2?.Text));
        // (A fight told minutes after the blast is no detail of the killing the group claimed before it.)
        Assert.Contains(Events("Al Shabaab said it had killed 20 soldiers. Minutes after the blast, al Shabaab fighters and government soldiers fought a gunbattle near the police station."),
            e => e.Trigger.Text == "fought");
    }

    [Fact]
    public void A_whose_clause_on_the_last_noun_of_a_phrase_is_told_of_that_nouns_forces()
    {
        var clash = Assert.Single(Events("The attack comes amid a bitter dispute between the federal government and the Jubaland administration, whose forces clashed with federal troops in Garbahaarrey last week."));
        Assert.Equal(("forces", "federal troops"), (clash.Actor1?.Text, clash.Actor2?.Text));
    }

    [Fact]
    public void Aid_told_in_a_relative_clause_on_the_speaker_is_given()
    {
        var aid = Assert.Single(Events("The World Food Programme, which distributed food to some 4,000 displaced people in Douentza last week, said its stocks were running low."));
        Assert.Equal(("073", "The World Food Programme", "4,000 displaced people"), (aid.Cameo, aid.Actor1?.Text, aid.Actor2?.Text));
    }

    [Fact]
    public void Captives_an_armed_group_had_abducted_are_whom_it_abducted_and_whom_it_freed()
    {
        var events = Events("Separately, JNIM on Monday freed 11 truck drivers its fighters had abducted near Youwarou last month, a transport union official said.");
        Assert.Equal("11 truck drivers", Assert.Single(events, e => e.Trigger.Text == "abducted").Actor2?.Text);
        Assert.Equal(("JNIM", "11 truck drivers"), (Assert.Single(events, e => e.Trigger.Text == "freed").Actor1?.Text, Assert.Single(events, e => e.Trigger.Text == "freed").Actor2?.Text));
    }

    [Fact]
    public void A_fight_going_on_where_a_region_is_is_no_fight_however_the_clause_was_hung()
    {
        var events = Events("Gunmen killed seven informal gold miners at a camp outside El Bagre late on Tuesday, local officials said, in the deadliest attack this year in Antioquia province's Bajo Cauca region, where armed groups are fighting for control of illegal gold.");
        Assert.Equal("killed", Assert.Single(events).Trigger.Text);
    }

    [Fact]
    public void Victims_told_again_as_a_passives_subject_after_their_relative_clause_retell_the_killing()
    {
        var events = Events("Gunmen killed seven informal gold miners at a camp outside El Bagre late on Tuesday, local officials said. "
                            + "The miners, who had been working a small dredge, were shot by about a dozen men who arrived in two motorboats shortly before midnight, according to Liliana Restrepo, the town's human rights officer.");
        Assert.Equal("killed", Assert.Single(events).Trigger.Text);
        var shot = Assert.Single(Events("The miners, who had been working a small dredge, were shot by about a dozen men who arrived in two motorboats."));
        Assert.Equal(("dozen men", "The miners"), (shot.Actor1?.Text, shot.Actor2?.Text));
    }

    [Fact]
    public void He_after_a_quotation_he_said_is_the_man_described_before_it()
    {
        var events = Events("In a voice message sent to journalists, a man who identified himself as a spokesman for the group denied any involvement and blamed the ELN. "
                            + "Antioquia's governor accused the Gulf Clan of ordering the killings. \"These are criminals,\" he said. "
                            + "In a separate message, a man who identified himself as a spokesman for the group blamed the ELN. \"We do not kill workers,\" he said. "
                            + "He also threatened miners who work with the rebels, saying they would be treated as military targets.");
        Assert.Contains("spokesman", Assert.Single(events, e => e.Trigger.Text == "threatened").Actor1?.Text);
    }

    [Fact]
    public void A_day_after_and_on_before_a_subject_dates_the_clause_after_it()
    {
        var events = Events("On Monday night, ELN fighters attacked a police patrol with explosive-laden drones in Segovia, wounding three officers, and on Sunday the rebels freed two soldiers they had held since August in Remedios.");
        Assert.Equal(("2025-03-10", "2025-03-09"), (Assert.Single(events, e => e.Trigger.Text == "attacked").Date?.Value, Assert.Single(events, e => e.Trigger.Text == "freed").Date?.Value));
        var curfew = Events("Reinforcements were sent to Tera from Tillaberi, the regional capital, on Sunday night by the army, and on Monday the regional governor imposed a dusk-to-dawn curfew on the town.");
        Assert.Equal("2025-03-10", Assert.Single(curfew, e => e.Trigger.Text == "imposed").Date?.Value);
        // (The agent hung on the night is the passive's.)
        Assert.Equal("the army", Assert.Single(curfew, e => e.Trigger.Text == "sent").Actor1?.Text);
    }

    [Fact]
    public void A_share_of_them_a_participle_killed_is_a_share_of_whom_its_verb_pursued()
    {
        var killing = Assert.Single(Events("Troops backed by drones pursued the attackers, killing about 30 of them outside Tera on Sunday evening, the army said."));
        Assert.Equal(("Troops", "the attackers", 30), (killing.Actor1?.Text, killing.Actor2?.Text, killing.Fatalities?.Min));
    }

    [Fact]
    public void It_opening_a_sentence_is_the_body_the_sentence_before_opened_with()
    {
        var freed = Assert.Single(Events("The provincial government held talks with a jirga of Afridi and Shinwari elders in Peshawar on Saturday. "
                                         + "On Sunday, it freed 37 tribesmen from the jail in Landi Kotal."), e => e.Trigger.Text == "freed");
        Assert.Equal(("The provincial government", "37 tribesmen"), (freed.Actor1?.Text, freed.Actor2?.Text));
    }

    [Fact]
    public void The_subject_after_an_opening_places_apposition_is_the_noun_apposed_inside_it()
    {
        var detention = Assert.Single(Events("In San Luis San Pedro, a village west of Tecpan, the community police of UPOEG, an armed self-defence group, last week detained two men suspected of acting as lookouts for the gang."));
        Assert.Equal(("the community police", "two men"), (detention.Actor1?.Text, detention.Actor2?.Text));
    }

    [Fact]
    public void Fighters_believed_to_belong_to_a_group_are_the_subject_of_the_verb_after_the_group()
    {
        var killing = Assert.Single(Events("Fighters believed to belong to Islamic State's Sahel branch killed at least 22 civilians on Sunday."));
        Assert.Equal(("Fighters", "22 civilians", 22), (killing.Actor1?.Text, killing.Actor2?.Text, killing.Fatalities?.Min));
        // (Also in what a trailing reporter says.)
        var reported = Assert.Single(Events("Fighters believed to belong to Islamic State's Sahel branch killed at least 22 civilians on Sunday when they stormed the weekly cattle market in Tera, two local officials and a resident said."),
            e => e.Trigger.Text == "killed");
        Assert.Equal("Fighters", reported.Actor1?.Text);
    }

    [Fact]
    public void A_team_at_a_centre_or_doctors_at_a_hospital_treat_not_the_building()
    {
        var treated = Assert.Single(Events("Doctors Without Borders (MSF) said its team at the Diapaga medical centre treated 26 wounded on Tuesday night."));
        Assert.Equal(("Doctors Without Borders (MSF)", "26 wounded", "2025-03-11"), (treated.Actor1?.Text, treated.Actor2?.Text, treated.Date?.Value));
        var doctors = Assert.Single(Events("Doctors at the district headquarters hospital in Dera Ismail Khan treated nine critically wounded people who were brought from Wana by ambulance."));
        Assert.Equal(("Doctors", "nine critically wounded people"), (doctors.Actor1?.Text, doctors.Actor2?.Text));
    }

    [Fact]
    public void What_a_reporter_after_and_says_keeps_its_own_day()
    {
        var events = Events("On Monday, the WFP airlifted food to families in Diapaga, and MSF said its team treated 26 wounded on Tuesday night.");
        Assert.Equal(("2025-03-10", "2025-03-11"), (Assert.Single(events, e => e.Trigger.Text == "airlifted").Date?.Value, Assert.Single(events, e => e.Trigger.Text == "treated").Date?.Value));
    }

    [Fact]
    public void A_past_after_and_coordinated_into_a_which_clause_on_the_clause_before_is_the_speakers()
    {
        var events = Events("He accused the army of killing two of the group's fighters in Kasongo last week, which the army denied, and threatened to march on Kindu, the provincial capital, if the army kept its units in the town.");
        Assert.Equal(("He", "the army"), (Assert.Single(events, e => e.Trigger.Text == "threatened").Actor1?.Text, Assert.Single(events, e => e.Trigger.Text == "threatened").Actor2?.Text));
    }

    [Fact]
    public void A_phrase_after_on_is_no_subject_of_the_verb_after_and_the_noun_after_and_is()
    {
        var arrest = Assert.Single(Events("In Wana, authorities imposed a curfew on the town and surrounding villages on Tuesday, and police and paramilitary Frontier Corps troops arrested 17 suspects in house-to-house searches, a senior police official said."),
            e => e.Trigger.Text == "arrested");
        Assert.Equal(("police", "17 suspects"), (arrest.Actor1?.Text, arrest.Actor2?.Text));
    }

    [Fact]
    public void Captives_freed_or_handed_over_in_a_place_whom_fighters_had_abducted_are_whom_they_abducted()
    {
        var events = Events("Two days before the market attack, JNIM fighters freed 11 women in Tin-Akoff whom they had abducted from a village near Oursi in June.");
        Assert.Equal(("JNIM fighters", "11 women"), (Assert.Single(events, e => e.Trigger.Text == "abducted").Actor1?.Text, Assert.Single(events, e => e.Trigger.Text == "abducted").Actor2?.Text));
        var handed = Events("The governor met tribal leaders in Rabak on Tuesday, a day after the RSF handed over 23 farmers in Tandalti whom its fighters had abducted from surrounding villages in September.");
        var release = Assert.Single(handed, e => e.Trigger.Text == "handed");
        // (A day after the meeting, not the month of the abduction told in the relative clause.)
        Assert.Equal(("0841", "23 farmers", "2025-03-10"), (release.Cameo, release.Actor2?.Text, release.Date?.Value));
        Assert.Equal("23 farmers", Assert.Single(handed, e => e.Trigger.Text == "abducted").Actor2?.Text);
    }

    [Fact]
    public void A_spokesman_who_denied_involvement_and_accused_is_the_accuser()
    {
        var accusation = Assert.Single(Events("In an audio message sent to journalists, a man who identified himself as a spokesman for the group's Córdoba bloc denied involvement and accused dissidents of the former FARC rebel group of carrying out the massacre."),
            e => e.Trigger.Text == "accused");
        Assert.Contains("spokesman", accusation.Actor1?.Text);
    }

    [Fact]
    public void A_threat_after_and_past_what_a_participle_of_saying_says_is_the_speakers()
    {
        var threat = Assert.Single(Events("Speaking to Reuters by phone on Thursday, RSF spokesman Mohamed Bashir denied that the group's forces had targeted the market, saying the blasts came from army ammunition stored nearby, and threatened to strike Kosti airport if the army kept using it."),
            e => e.Trigger.Text == "threatened");
        Assert.Equal("RSF spokesman Mohamed Bashir", threat.Actor1?.Text);
    }

    [Fact]
    public void A_month_after_abducting_him_is_the_kidnappers_abduction_of_whom_they_freed()
    {
        var abduction = Assert.Single(Events("Kidnappers on Wednesday freed a Catholic priest on the outskirts of Barkin Ladi, a month after abducting him from his parish in Bokkos, the diocese said."),
            e => e.Trigger.Text == "abducting");
        Assert.Equal(("Kidnappers", "a Catholic priest"), (abduction.Actor1?.Text, abduction.Actor2?.Text));
    }

    [Fact]
    public void A_camp_last_attacked_is_the_target_and_hundreds_of_residents_rallied_outside_a_building()
    {
        Assert.Equal("The camp", Assert.Single(Events("The camp was last attacked in March last year, when fighters looted its armoury before melting back into the bush."),
            e => e.Trigger.Text == "attacked").Actor2?.Text);
        var rally = Assert.Single(Events("Hundreds of Turkmen residents rallied outside the district administration building on Tuesday to demand better protection for the town's farmers."));
        Assert.Equal(("141", "Hundreds of Turkmen residents"), (rally.Cameo, rally.Actor1?.Text));
    }

    [Fact]
    public void Brigades_yet_to_be_deployed_are_not_deployed_and_a_call_for_help_is_no_appeal()
    {
        var events = Events("Baghdad and the KRG agreed last month to form two joint brigades to patrol the area, but they have yet to be deployed.");
        Assert.DoesNotContain(events, e => e.Trigger.Text == "deployed" && Modalities.IsFactual(e.Modality));
        Assert.DoesNotContain(Events("The rights group accused police of arriving more than five hours after residents first called for help."), e => e.Trigger.Text == "called");
    }

    [Fact]
    public void Wounding_after_among_them_is_the_bombings_toll_not_what_officials_did()
    {
        var bombing = Assert.Single(Events("A car bomb planted by FARC dissidents exploded outside the police station in Toribio on Tuesday, killing at least four people, among them a 12-year-old girl, and wounding 17, officials said."));
        Assert.Equal(("exploded", "FARC dissidents", 4), (bombing.Trigger.Text, bombing.Actor1?.Text, bombing.Fatalities?.Min));
    }

    [Fact]
    public void Relatives_of_soldiers_missing_near_a_town_rallied_and_a_name_given_is_no_aid()
    {
        var rally = Assert.Single(Events("Relatives of soldiers missing near Orikhiv rallied in central Zaporizhzhia on Saturday, demanding that the government speed up exchanges."),
            e => e.Trigger.Text == "rallied");
        Assert.Equal("Relatives", rally.Actor1?.Text);
        Assert.Empty(Events("\"Then the ground jumped,\" said Valentyna, a 67-year-old resident who gave only her first name, speaking by phone from a basement shelter."));
    }

    [Fact]
    public void A_hyphenated_subject_before_a_demanded_act_leaves_the_act_a_verb()
    {
        var events = Events("In a televised statement on Tuesday, a Houthi military spokesman demanded that the Saudi-led coalition stop arming government forces in Bayda, and warned that the group would strike any unit.");
        Assert.Equal("the Saudi-led coalition", Assert.Single(events, e => e.Trigger.Text == "demanded").Actor2?.Text);
        Assert.Equal("a Houthi military spokesman", Assert.Single(events, e => e.Trigger.Text == "warned").Actor1?.Text);
    }

    [Fact]
    public void He_after_a_spokesman_for_a_warlords_gang_is_the_spokesman_not_the_warlord()
    {
        var events = Events("A spokesman for the gang of a warlord known as Dan Karami told Reuters by phone that the raid was revenge against the state's Community Protection Guards (CPG). "
                            + "He accused the CPG of killing seven Fulani herders near Gummi last week and threatened the CPG and anyone who shelters its members with more attacks.");
        Assert.Equal("A spokesman", Assert.Single(events, e => e.Trigger.Text == "accused").Actor1?.Text);
    }

    [Fact]
    public void They_after_banners_signed_by_a_cartel_is_the_cartel_and_each_other_names_no_side()
    {
        var events = Events("Banners signed by the Jalisco New Generation Cartel (CJNG) were hung from a pedestrian bridge in Zamora on Monday. "
                            + "They accused state police of protecting the rival Carteles Unidos and threatened to kill officers who \"work for the other side.\"");
        Assert.Equal("the Jalisco New Generation Cartel (CJNG)", Assert.Single(events, e => e.Trigger.Text == "accused").Actor1?.Text);
        var fight = Assert.Single(Events("Jubaland's security minister met federal army commanders in Garbaharey on Tuesday, where Jubaland forces and federal troops fought each other last year."),
            e => e.Trigger.Text == "fought");
        Assert.Equal(("Jubaland forces", "federal troops"), (fight.Actor1?.Text, fight.Actor2?.Text));
    }

    [Fact]
    public void Rebels_killing_a_customary_chief_assault_him()
    {
        Assert.Equal("180", Assert.Single(Events("In March last year, Mai-Mai fighters killed a customary chief in Kasongo whom they suspected of collaborating with the army.")).Cameo);
    }

    [Fact]
    public void Food_and_mats_distributed_a_demand_that_a_president_send_troops_and_farmers_whom_bandits_kidnapped()
    {
        var aid = Assert.Single(Events("The National Emergency Management Agency distributed food and mats to displaced families in the town on Wednesday."));
        Assert.Equal(("073", "displaced families"), (aid.Cameo, aid.Actor2?.Text));
        var demand = Assert.Single(Events("Hundreds of young men blocked the road with burning tyres on Wednesday, demanding that President Bola Tinubu send more troops to the area."),
            e => e.Cameo == "10");
        Assert.Equal("President Bola Tinubu", demand.Actor2?.Text);
        var kidnapping = Assert.Single(Events("Separately, bandits on Monday freed 17 farmers in Maradun district whom they had kidnapped there in January, a local official said."),
            e => e.Trigger.Text == "kidnapped");
        Assert.Equal(("bandits", "17 farmers"), (kidnapping.Actor1?.Text, kidnapping.Actor2?.Text));
    }

    [Fact]
    public void A_relative_clause_without_a_relative_word_leaves_the_demand_and_the_accusation_their_speaker()
    {
        var events = Events("Ecuador's interior minister demanded on Tuesday that judges stop granting bail to gang suspects, accusing some magistrates of taking bribes from the criminal groups they are meant to try.");
        var demand = Assert.Single(events, e => e.Trigger.Text == "demanded");
        Assert.Equal("judges", demand.Actor2?.Text);
        var accusation = Assert.Single(events, e => e.Trigger.Text == "accusing");
        Assert.Equal(("Ecuador's interior minister", "some magistrates"), (accusation.Actor1?.Text, accusation.Actor2?.Text));
    }

    [Fact]
    public void Raids_an_arrest_was_made_in_patients_treated_and_attacks_of_a_kind_are_no_events_of_their_own()
    {
        var arrest = Assert.Single(Events("Two suspects were arrested on Tuesday during raids in Ventanas, according to a police statement."));
        Assert.StartsWith("17", arrest.Cameo);
        Assert.Empty(Events("\"The shells fell where the women sell sorghum,\" said Amna Kuku, a 34-year-old trader treated for shrapnel wounds to her leg."));
        Assert.Equal("073", Assert.Single(Events("MSF treated 41 wounded people at its clinic in Bor.")).Cameo);
        Assert.DoesNotContain(Events("UNAMI condemned the bombing on Wednesday and said attacks on security forces undermined the country's stability."), e => e.Trigger.Text == "attacks");
    }

    [Fact]
    public void People_freed_are_released_even_when_named_by_a_pronoun()
    {
        var events = Events("Gunmen abducted a teacher on Monday. He was freed on bail two days later.");
        Assert.Contains(events, e => e.Cameo == "0841" && e.Trigger.Text == "freed");
        Assert.Contains(Events("Police fired tear gas and detained 14 people, who were freed without charge the following day."), e => e.Cameo == "0841");
        Assert.DoesNotContain(Events("The video was released on Monday. It was released by the army."), e => e.Cameo == "0841");
    }

    [Fact]
    public void An_act_told_days_after_or_before_the_sentences_day_is_dated_from_it()
    {
        var events = Processed.Extract("Friday's bombing came two days after a rubber plantation owner was shot dead near Su-ngai Kolok, and a day after the provincial governor imposed an overnight curfew.",
            new DateOnly(2025, 12, 6)).Events;
        Assert.Equal("2025-12-04", Assert.Single(events, e => e.Trigger.Text == "imposed").Date?.Value);
        var stormed = Processed.Extract("It came two days after al-Shabaab fighters stormed an army base in Burhakaba on Saturday night, killing two soldiers.",
            new DateOnly(2026, 5, 19)).Events;
        Assert.Equal("2026-05-16", Assert.Single(stormed, e => e.Trigger.Text == "stormed").Date?.Value);
    }

    [Fact]
    public void A_person_arrested_named_in_a_prepositional_phrase_is_the_target_and_the_dead_named_by_their_families_no_killing()
    {
        var arrest = Assert.Single(Events("Villagers staged a sit-in outside the district office, demanding the release of a rubber tapper arrested after an earlier bombing."),
            e => e.Trigger.Text == "arrested");
        Assert.Equal((null, "a rubber tapper"), (arrest.Actor1?.Text, arrest.Actor2?.Text));
        Assert.DoesNotContain(Events("Their union demanded that the government compensate the families of drivers killed on the road."), e => e.Trigger.Text == "killed");
    }

    [Fact]
    public void Two_verbs_of_one_speaker_to_two_addressees_are_two_appeals_and_a_name_given_is_none()
    {
        var appeals = Events("The governor urged residents to stay home and asked bus operators to move only in convoys.");
        Assert.Equal(["residents", "bus operators"], appeals.Where(e => e.Cameo.StartsWith("02")).Select(e => e.Actor2?.Text));
        Assert.DoesNotContain(Events("The governor condemned what he called a cowardly attack on defenceless people."), e => e.Trigger.Text == "called");
    }

    [Fact]
    public void A_person_arrested_named_in_a_demand_was_arrested()
    {
        var arrest = Assert.Single(Events("Villagers staged a sit-in, demanding the release of a rubber tapper arrested after an earlier bombing."), e => e.Trigger.Text == "arrested");
        Assert.NotEqual(Modalities.Demanded, arrest.Modality);
    }

    [Fact]
    public void The_title_before_a_speakers_name_after_an_opening_phrase_and_a_participle_before_a_trailing_reporter_are_the_doers()
    {
        var appeal = Assert.Single(Events("Speaking to reporters in Lichinga, the provincial capital, on Tuesday, Niassa governor Albino Chaúque urged residents not to travel after dark."));
        Assert.Contains("governor", appeal.Actor1?.Text);
        var accusation = Assert.Single(Events("Police had detained dozens of young men in house-to-house searches the previous day, accusing them of supplying the militia, relatives said."),
            e => e.Trigger.Text == "accusing");
        Assert.Equal("Police", accusation.Actor1?.Text);
    }

    [Fact]
    public void A_whose_clause_on_the_reporter_neither_roots_the_sentence_nor_dates_the_act()
    {
        var overrun = Assert.Single(Processed.Extract("Fano, a loose network of ethnic Amhara militias whose rebellion began in August 2023, said its fighters had overrun an army outpost in Wereta on Sunday, killing at least five soldiers.",
            new DateOnly(2026, 3, 12)).Events, e => e.Trigger.Text == "overrun");
        Assert.Equal("2026-03-08", overrun.Date?.Value);
    }

    [Fact]
    public void Fighting_said_to_intensify_after_as_is_the_war_around_a_strike_not_its_cause()
    {
        var events = Events("A drone strike hit a crowded livestock market on the outskirts of Debre Tabor on Tuesday, killing at least 14 civilians, according to residents and a local health official, as fighting between federal troops and Fano militiamen intensified around the town.");
        Assert.Contains(events, e => e.Trigger.Text == "strike" && e.Actor2?.Text == "14 civilians");
    }

    [Fact]
    public void A_boy_or_a_girl_is_a_civilian_who_can_be_freed()
    {
        var release = Assert.Single(Events("The boy was released by his captors near Tagolu early on Wednesday."));
        Assert.Equal(("0841", "CVL"), (release.Cameo, release.Actor2?.Sector));
    }

    [Fact]
    public void Militants_and_ambassadors_are_actors_with_sectors()
    {
        var expel = Assert.Single(Events("Niger's ruling military government on Tuesday expelled the French ambassador."), e => e.Trigger.Text == "expelled");
        Assert.Equal(("NER", "GOV"), (expel.Actor1!.Country, expel.Actor1.Sector));
        Assert.Equal(("FRA", "GOV"), (expel.Actor2!.Country, expel.Actor2.Sector));
        var killing = Assert.Single(Events("Militants killed four villagers near Tillaberi on Sunday."));
        Assert.Equal("UAF", killing.Actor1!.Sector);
        Assert.Equal("180", killing.Cameo);
    }

    [Fact]
    public void An_act_nouns_doer_named_with_by_after_its_victims_is_its_actor_but_not_a_place_after_by()
    {
        var arrest = Assert.Single(Events("Farmers protested against the arrest of three village elders by the army last week."), e => e.Trigger.Text == "arrest");
        Assert.Equal(("the army", "MIL"), (arrest.Actor1?.Text, arrest.Actor1?.Sector));
        Assert.DoesNotContain(Events("The killing of a fisherman by the river shocked residents."), e => e.Actor1?.Text == "the river");
    }

    [Fact]
    public void A_protest_organised_or_led_by_someone_is_theirs_but_not_one_told_in_a_relative_clause()
    {
        var led = Assert.Single(Events("The protests, led mostly by young people, began last month over a proposed tax increase."));
        Assert.Equal(("young people", "141"), (led.Actor1?.Text, led.Cameo));
        Assert.Null(led.Actor2);
        var strike = Assert.Single(Events("The teachers' union organised a strike in Nairobi on Monday."));
        Assert.Equal(("143", "LAB"), (strike.Cameo, strike.Actor1?.Sector));
        Assert.DoesNotContain(Events("Police arrested two activists who had organised the rally on social media."), e => e.Plover.Type == "PROTEST");
    }

    [Fact]
    public void Acts_of_a_kind_said_to_be_prohibited_an_arrest_a_reward_is_offered_for_and_a_groups_habit_are_no_events()
    {
        var events = Events("The U.N. mission condemned the strikes, saying deliberate attacks on civilians were prohibited under international humanitarian law.");
        Assert.DoesNotContain(events, e => e.Trigger.Text == "attacks");
        Assert.DoesNotContain(Events("He offered a reward of 200 million pesos for information leading to the capture of those responsible."), e => e.Cameo.StartsWith("173"));
        Assert.DoesNotContain(Events("Bandits who demand ransom payments have carried out similar abductions. "
                                     + "Another source put the toll at 23, including eight members of the VDP, the civilian auxiliaries who fight alongside the army."),
            e => e.Trigger.Text is "demand" or "fight");
    }

    [Fact]
    public void Examples_after_mostly_are_the_same_actor_not_more_actors()
    {
        var blockades = Events("The protesters, mostly Aymara farmers and transport workers, blockaded the main highway on Monday.")
            .Where(e => e.Trigger.Text == "blockaded").ToList();
        Assert.Equal("The protesters", Assert.Single(blockades).Actor1!.Text);
    }

    [Fact]
    public void A_recalled_ambassadors_host_country_is_the_target()
    {
        var recall = Assert.Single(Events("Peru's government recalled its ambassador to Bolivia for consultations late Wednesday."), e => e.Trigger.Text == "recalled");
        Assert.Contains("Bolivia", recall.Actor2!.Text);
    }

    [Fact]
    public void Repelling_an_assault_targets_the_assailants_not_the_assault()
    {
        var repel = Assert.Single(Events("Soldiers repelled the assault on Sunday, killing 12 of the assailants."), e => e.Trigger.Text == "repelled");
        Assert.Contains("assailants", repel.Actor2!.Text);
    }

    [Fact]
    public void Gunmen_killing_people_at_a_place_or_a_gathering_are_an_assault_on_them()
    {
        var bar = Assert.Single(Events("Gunmen opened fire on customers at a roadside bar late Saturday, killing eight people."), e => e.Trigger.Text == "opened");
        Assert.Equal(("180", "customers"), (bar.Cameo, bar.Actor2!.Text));
        var camp = Assert.Single(Events("Gunmen attacked an encampment of landless farm workers on Monday, killing three people."), e => e.Trigger.Text == "attacked");
        Assert.Equal("180", camp.Cameo);
        Assert.Contains("workers", camp.Actor2!.Text);
        var village = Assert.Single(Events("Suspected Islamist militants stormed a village near Tillaberi on Tuesday, killing 19 civilians."));
        Assert.Equal(("180", "19 civilians"), (village.Cameo, village.Actor2!.Text));
        Assert.Equal("190", Assert.Single(Events("Jihadist fighters stormed an army base near Ouahigouya on Tuesday.")).Cameo);
        var patrol = Assert.Single(Events("Gunmen ambushed a patrol of park rangers in the national park on Wednesday."));
        Assert.Contains("rangers", patrol.Actor2!.Text);
        // A navy boat's sailors killed are the navy's people: the attack's target.
        var ambush = Assert.Single(Events("In January, an ambush on an army patrol outside Tera killed 11 soldiers, according to security sources."));
        Assert.Equal(("11 soldiers", 11), (ambush.Actor2!.Text, ambush.Fatalities!.Min));
        var boat = Assert.Single(Events("Gunmen in speedboats attacked a Nigerian navy patrol boat near Burutu on Thursday, killing three sailors."));
        Assert.Equal(("three sailors", 3), (boat.Actor2!.Text, boat.Fatalities!.Min));
    }

    [Fact]
    public void A_later_it_of_the_sentence_is_the_organisation_that_opened_it()
    {
        var events = Events("The U.N. Mission in South Sudan said it had deployed peacekeepers to patrol the road, and it urged community leaders to exercise restraint.");
        var appeal = Assert.Single(events, e => e.Trigger.Text == "urged");
        Assert.Equal("IGO", appeal.Actor1!.Sector);
    }

    [Fact]
    public void An_event_named_as_the_killer_is_no_actor_of_a_second_event()
    {
        var events = Events("Saudi-led aircraft struck a market in Saada on Monday.\n\nThe Houthi-run television said the strikes killed four people, including a woman.");
        var strike = Assert.Single(events);
        Assert.Equal(4, strike.Fatalities!.Min);
    }

    [Fact]
    public void Two_groups_with_one_sector_and_different_nouns_are_two_sides()
    {
        var ambush = Assert.Single(Events("Jihadist fighters ambushed a convoy of volunteer defence fighters near Ouahigouya last week."));
        Assert.Contains("convoy", ambush.Actor2!.Text);
    }

    [Fact]
    public void A_raid_on_a_hideout_that_killed_insurgents_targets_the_insurgents()
    {
        var raid = Assert.Single(Events("Security forces raided a militant hideout in North Waziristan and killed eight insurgents, the army said."), e => e.Cameo.StartsWith("19"));
        Assert.Contains("insurgents", raid.Actor2!.Text);
    }

    [Fact]
    public void A_capitalized_agent_noun_opening_a_sentence_is_a_kind_of_actor()
    {
        var ambush = Assert.Single(Events("Gunmen ambushed a state police patrol on Monday, killing four officers."));
        Assert.Equal("UAF", ambush.Actor1!.Sector);
    }

    [Fact]
    public void A_place_a_title_and_a_name_make_one_actor_but_two_entities()
    {
        var document = Processed.Extract("Speaking on Tuesday, Sinaloa Gov. Elena Barraza blamed the ambush on a cartel cell.", new DateOnly(2025, 3, 12));
        var blame = Assert.Single(document.Events, e => e.Trigger.Text == "blamed");
        Assert.Equal(("Sinaloa Gov. Elena Barraza", "GOV"), (blame.Actor1!.Text, blame.Actor1.Sector));
        Assert.Contains(document.Entities, e => e.Label == "PER" && e.Name == "Elena Barraza");
    }

    [Fact]
    public void Rounded_up_is_an_arrest_of_the_people_rounded_up()
    {
        var arrest = Assert.Single(Events("Police rounded up 112 people in the city on Monday night."));
        Assert.Equal(("173", "COP", "112 people"), (arrest.Cameo, arrest.Actor1!.Sector, arrest.Actor2!.Text));
    }

    [Fact]
    public void The_speaker_not_the_news_conference_or_the_message_accuses_or_appeals()
    {
        var accusation = Assert.Single(Events("At a news conference on Tuesday, South Sulawesi police chief Hendra Kusuma accused provocateurs of violence."),
            e => e.Trigger.Text == "accused");
        Assert.Contains("Kusuma", accusation.Actor1!.Text);
        var appeal = Events("Provincial Governor Andi Rahman, in a video message on Tuesday, called on students to refrain from violence.")
            .First(e => e.Trigger.Text == "called");
        Assert.Contains("Rahman", appeal.Actor1!.Text);
    }

    [Fact]
    public void An_event_with_neither_actor_nor_casualties_is_no_row()
    {
        Assert.Empty(Events("A rally against fuel prices turned into a riot on Monday night."));
        Assert.Single(Events("A car bomb exploded in the market on Monday, killing five people."));
    }

    [Fact]
    public void A_recalled_diplomat_in_a_country_cuts_relations_with_it()
    {
        var recall = Assert.Single(Events("Pakistan on Monday recalled its top diplomat in Afghanistan for consultations."));
        Assert.Equal(("161", "Afghanistan"), (recall.Cameo, recall.Actor2!.Text));
    }

    [Fact]
    public void An_appeal_to_the_government_is_an_appeal_to_it()
    {
        var appeal = Assert.Single(Events("Father Eduardo Mussa appealed to the government to open safe corridors for civilians."));
        Assert.Equal(("020", "the government"), (appeal.Cameo, appeal.Actor2!.Text));
    }

    [Fact]
    public void A_team_sent_to_investigate_is_an_investigation_by_whoever_sent_it()
    {
        var probe = Events("The National Commission on Human Rights (Komnas HAM) said on Tuesday it had sent a team to Makassar to investigate the police.")
            .Single(e => e.Trigger.Text == "investigate");
        Assert.Equal(("reported", "The National Commission on Human Rights (Komnas HAM)"), (probe.Modality, probe.Actor1!.Text));
    }

    [Fact]
    public void Torching_a_partys_office_targets_the_party()
    {
        var arson = Assert.Single(Events("Protesters torched a branch office of the ruling CCM party on Sunday."));
        Assert.Contains("CCM party", arson.Actor2!.Text);
    }

    [Fact]
    public void Condemning_what_one_calls_an_attack_by_terrorists_targets_the_terrorists()
    {
        var events = Events("Government spokesman Rimtalba Sawadogo condemned what he called a cowardly attack by terrorists.");
        var condemnation = Assert.Single(events, e => e.Trigger.Text == "condemned");
        Assert.Equal("terrorists", condemnation.Actor2!.Text);
        Assert.DoesNotContain(events, e => e.Modality == "demanded");
    }

    [Fact]
    public void Its_troops_belong_to_the_army_named_before_and_the_army_to_the_country_its_name_says()
    {
        var accusation = Events("POIPET, Cambodia (AP) — Cambodian troops clashed with Thai soldiers on Tuesday.\n\n" +
                                "The Royal Thai Army said on Wednesday that its troops had responded to hostile movements and accused Cambodian forces of crossing the border.")
            .Single(e => e.Trigger.Text == "accused");
        Assert.Equal(("THA", "KHM"), (accusation.Actor1!.Country, accusation.Actor2!.Country));
    }

    [Fact]
    public void Rejecting_the_demand_rejects_whoever_made_it()
    {
        var rejection = Events("Opposition lawmakers called for an independent inquiry into the raids on Sunday. " +
                               "Communication Minister Jean-Claude Mvondo rejected the demand on Monday.").Single(e => e.Trigger.Text == "rejected");
        Assert.Contains("lawmakers", rejection.Actor2!.Text);
    }

    [Fact]
    public void A_town_title_and_name_run_is_one_actor_and_a_day_after_troops_captured_is_the_troops_act()
    {
        var appeal = Assert.Single(Events("Tumaco Mayor Jhon Jairo Cortes on Thursday called on all armed groups to keep civilians out of the conflict."));
        Assert.Equal("Tumaco Mayor Jhon Jairo Cortes", appeal.Actor1!.Text);
        var capture = Events("The incident came a day after troops captured a local dissident commander in a rural area.").Single(e => e.Trigger.Text == "captured");
        Assert.Equal("troops", capture.Actor1!.Text);
    }

    [Fact]
    public void Long_names_and_their_acronyms_are_whole_actors()
    {
        var blame = Assert.Single(Events("Sawadogo blamed the killings on the Group for the Support of Islam and Muslims, an al-Qaida affiliate."));
        Assert.Equal("the Group for the Support of Islam and Muslims", blame.Actor2!.Text);
        var other = Assert.Single(Events("Lieutenant Marc Kasereka blamed the attack on the Allied Democratic Forces (ADF), a Ugandan-led armed group."));
        Assert.Equal("the Allied Democratic Forces (ADF)", other.Actor2!.Text);
    }

    [Fact]
    public void A_known_name_with_its_acronym_and_a_name_of_common_nouns_are_whole_actors()
    {
        var threat = Assert.Single(Events("Al Qaeda in the Arabian Peninsula (AQAP) threatened more attacks on the Security Belt on Tuesday."));
        Assert.Equal("Al Qaeda in the Arabian Peninsula (AQAP)", threat.Actor1!.Text);
        var arrest = Assert.Single(Events("Security Belt forces detained at least nine people on Wednesday."));
        Assert.Equal("Security Belt forces", arrest.Actor1!.Text);
    }

    [Fact]
    public void A_force_before_later_and_a_day_is_the_doer_with_its_compounds()
    {
        var strike = Assert.Single(Events("Air force jets later on Sunday struck militant positions on several islands near Baga Sola, the army said."));
        Assert.Equal("Air force jets", strike.Actor1!.Text);
    }

    [Fact]
    public void A_fight_whose_between_phrase_names_both_sides_is_not_done_to_the_dead_of_the_passive_it_hangs_on()
    {
        var clash = Assert.Single(Events("Five people were killed in clashes between farmers and traders in the town on Wednesday."));
        Assert.Equal(("farmers", "traders"), (clash.Actor1!.Text, clash.Actor2!.Text));
    }

    [Fact]
    public void An_act_told_as_a_day_before_another_is_its_own_event()
    {
        var events = Events("Five people were killed in clashes in the town on Wednesday, officials said, a day after a young driver was stabbed to death on the outskirts of the town.");
        Assert.Equal(2, events.Count);
        Assert.Equal("a young driver", events.Single(e => e.Trigger.Text == "stabbed").Actor2!.Text);
    }

    [Fact]
    public void A_title_before_a_name_tagged_as_an_adjective_is_part_of_the_actor() =>
        Assert.Equal("Junta spokesman Major General Zaw Min Tun",
            Assert.Single(Events("Junta spokesman Major General Zaw Min Tun accused the KIA of using civilians as human shields.")).Actor1!.Text);

    [Fact]
    public void A_whose_clause_is_not_done_by_the_noun_it_is_on_and_the_verb_after_it_is_the_nouns()
    {
        var events = Events("The BYC, whose leader Mahrang Baloch was arrested in Quetta last month, accused security agencies on Wednesday of abducting its members.");
        var arrest = events.Single(e => e.Trigger.Text == "arrested");
        Assert.Null(arrest.Actor1);
        Assert.Equal("leader Mahrang Baloch", arrest.Actor2!.Text);
        Assert.Equal("The BYC", events.Single(e => e.Trigger.Text == "accused").Actor1!.Text);
    }

    [Fact]
    public void A_whose_clause_inside_a_while_clause_is_on_the_noun_before_it_and_the_verb_after_it_is_the_nouns()
    {
        // ("covers" was tagged a plural and, once a verb, read as the "while" clause's verb with both nouns its subjects.)
        var appeal = Events("Niger state's governor condemned the killings as \"wicked and cowardly\" in a statement on Monday, while the Catholic bishop of Kontagora, "
                            + "whose diocese covers Mokwa, urged the authorities to do more to free the captives.").Single(e => e.Trigger.Text == "urged");
        Assert.Equal(("the Catholic bishop", "the authorities"), (appeal.Actor1?.Text, appeal.Actor2?.Text));
    }

    [Fact]
    public void The_verb_after_a_participle_on_the_subject_after_an_opening_day_is_the_subjects()
    {
        var events = Events("On Thursday, dozens of relatives of auxiliary fighters killed in the attack gathered outside the governor's office, "
                            + "demanding that the authorities hand over the bodies for burial.");
        Assert.Equal("dozens of relatives", events.Single(e => e.Trigger.Text == "gathered").Actor1?.Text);
        Assert.Equal("dozens of relatives", events.Single(e => e.Trigger.Text == "demanding").Actor1?.Text);
    }

    [Fact]
    public void A_they_after_an_opening_day_is_the_plural_actor_the_sentence_before_opened_with()
    {
        // (The parser read "Last Thursday" as a second subject of "said".)
        var abduction = Events("The militants have stepped up pressure on communities along the Shabelle river in recent weeks, residents and officials say. "
                               + "Last Thursday, they abducted six clan elders near Afgooye, accusing them of supporting government forces, relatives said.")
            .Single(e => e.Trigger.Text == "abducted");
        Assert.Equal(("The militants", "six clan elders"), (abduction.Actor1?.Text, abduction.Actor2?.Text));
    }

    [Fact]
    public void Coordinated_subjects_before_a_trailing_reporter_are_one_doer()
    {
        var deployment = Assert.Single(Events("The police command and the army deployed more than 200 personnel to Bokani on Monday to track the captives, police spokesman Abdullahi Musa said."));
        Assert.Equal("The police command", deployment.Actor1?.Text);
    }

    [Fact]
    public void A_whose_clause_after_an_opening_phrase_is_on_the_noun_before_it_and_the_verb_after_it_is_the_nouns()
    {
        var condemnation = Events("Speaking at a mass in Kaélé on Tuesday, the Catholic bishop of Yagoua, whose diocese covers the area, condemned the killings and called on the government to do more.")
            .Single(e => e.Trigger.Text == "condemned");
        Assert.Equal("the Catholic bishop", condemnation.Actor1?.Text);
    }

    [Fact]
    public void A_name_apposed_to_a_title_is_part_of_the_actor_also_when_its_first_word_was_tagged_as_an_adjective() =>
        Assert.Equal("Police spokesman Assistant Commissioner Tendai Moyo",
            Events("Police spokesman Assistant Commissioner Tendai Moyo said 61 people had been arrested.").Single(e => e.Trigger.Text == "arrested").Actor1!.Text);

    [Fact]
    public void A_chapter_of_a_body_is_known_and_coded_by_whose_it_is()
    {
        var accusation = Events("The Plateau chapter of the Christian Association of Nigeria accused the federal government on Monday of criminal negligence.")
            .Single(e => e.Trigger.Text == "accused");
        Assert.Equal("The Plateau chapter of the Christian Association of Nigeria", accusation.Actor1!.Text);
        Assert.Equal("NGAREL", accusation.Actor1.Code);
    }

    [Fact]
    public void A_past_tense_coordinated_with_a_passive_shares_its_subject()
    {
        var clash = Events("Troops backed by helicopter gunships were flown into the area the same day and clashed with the rebels in the hills.")
            .Single(e => e.Trigger.Text == "clashed");
        Assert.Equal(("Troops", "the rebels"), (clash.Actor1!.Text, clash.Actor2!.Text));
    }

    [Fact]
    public void A_warnings_target_is_who_must_act_in_the_clause_it_warns_of_unless_it_names_whom_it_warns()
    {
        var warning = Assert.Single(Events("A YBS commander warned that his fighters would respond with force if the army tried to enter areas under their control."));
        Assert.Equal("the army", warning.Actor2!.Text);
        var addressed = Events("Israeli Defence Minister Israel Katz warned Lebanon on Tuesday that Israel would intensify its operations if the Lebanese army did not disarm Hezbollah.")
            .Single(e => e.Trigger.Text == "warned");
        Assert.Equal("Lebanon", addressed.Actor2!.Text);
    }

    [Fact]
    public void He_subject_of_a_verb_coordinated_with_a_persons_verb_is_that_person()
    {
        var urging = Events("Umm Ahmed said her son was taken from their home. Diyala's governor told reporters in Baqubah on Tuesday that he had ordered an investigation into the arrests, and he urged security commanders to release anyone not facing charges.")
            .Single(e => e.Trigger.Text == "urged");
        Assert.Equal("Diyala's governor", urging.Actor1!.Text);
    }

    [Fact]
    public void Whom_a_verb_of_making_leads_to_act_does_the_act_also_when_the_infinitive_was_read_as_an_adverbial()
    {
        var accusation = Events("Gunmen killed five members of a Sunni family in a village near Muqdadiyah, an attack that led Sunni lawmakers to accuse Shi'ite armed factions of revenge killings.")
            .Single(e => e.Trigger.Text == "accuse");
        Assert.Equal("Sunni lawmakers", accusation.Actor1!.Text);
    }

    [Fact]
    public void Strikes_by_workers_are_protests()
    {
        var events = Events("The strike by workers at the mine entered its second week on Monday, union leaders said.");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("19"));
    }

    [Fact]
    public void A_day_after_a_group_in_apposition_attacked_is_the_groups_attack()
    {
        var attack = Events("The shelling came a day after the Arakan Army, one of Myanmar's most powerful ethnic armed groups, attacked a military outpost on Monday, killing seven soldiers.")
            .Single(e => e.Trigger.Text == "attacked");
        Assert.Equal("the Arakan Army", attack.Actor1!.Text);
    }

    [Fact]
    public void A_force_reporting_an_arrest_with_no_agent_made_it()
    {
        var arrest = Events("At least two people were injured, and a police spokesman said 11 demonstrators were arrested.").Single(e => e.Trigger.Text == "arrested");
        Assert.Equal("a police spokesman", arrest.Actor1!.Text);
        var witnessed = Events("A witness said 11 demonstrators were arrested.").Single(e => e.Trigger.Text == "arrested");
        Assert.Null(witnessed.Actor1);
    }

    [Fact]
    public void An_aid_bodys_own_teams_in_its_report_are_the_body()
    {
        var treated = Events("Doctors Without Borders, known by its French initials MSF, said its teams had treated 41 wounded people at Bor State Hospital since Sunday.")
            .Single(e => e.Trigger.Text == "treated");
        Assert.Equal(("Doctors Without Borders", "NGO"), (treated.Actor1!.Text, treated.Actor1.Sector));
    }

    [Theory]
    // (Coded as who they say they are, told with the people who say it: a claim, not a fact.)
    [InlineData("In a video posted on Wednesday, a man who identified himself as a Gran Grif leader threatened residents of Limbe with reprisals.",
        "a man who identified himself as a Gran Grif leader", "CRM")]
    [InlineData("In a video circulated on social media on Saturday, a man presenting himself as a JNIM commander threatened to punish any village that sends young men to join the VDP.",
        "a man presenting himself as a JNIM commander", "REB")]
    [InlineData("In a video circulated on Tuesday, masked men who identified themselves as members of the Jalisco cartel threatened residents of Aguililla.",
        "masked men who identified themselves as members of the Jalisco cartel", "CRM")]
    [InlineData("In a video circulated on social media on Saturday, masked men who said they belonged to Carteles Unidos threatened to kill growers who paid protection money to their rivals.",
        "masked men who said they belonged to Carteles Unidos", "CRM")]
    public void A_man_who_identified_himself_as_someone_is_that_someone(string sentence, string actor, string sector)
    {
        var threat = Events(sentence).Single(e => e.Trigger.Text == "threatened");
        Assert.Equal((actor, sector), (threat.Actor1!.Text, threat.Actor1.Sector));
    }

    [Fact]
    public void A_town_with_a_hyphenated_name_is_no_subject_and_a_demanders_accusation_is_theirs()
    {
        var demand = Events("Business owners in Cap-Haitien demanded on Thursday that the government deploy troops.").Single(e => e.Trigger.Text == "demanded");
        Assert.Equal("Business owners", demand.Actor1!.Text);
        var accusation = Events("The tribal council demanded on Monday that the interior ministry withdraw a security unit from Dhiban, accusing its members of beating detainees.")
            .Single(e => e.Trigger.Text == "accusing");
        Assert.Equal(("The tribal council", "asserted"), (accusation.Actor1!.Text, accusation.Modality));
    }

    [Fact]
    public void The_accused_is_named_before_of_whatever_the_parse_made_the_object()
    {
        var accusation = Assert.Single(Events("The Sudan Doctors Network accused the RSF of deliberately targeting civilians."));
        Assert.Equal("the RSF", accusation.Actor2!.Text);
    }

    [Fact]
    public void Coordinated_doers_of_a_one_sided_act_do_it_together_and_fighters_fight_each_other()
    {
        var march = Assert.Single(Events("Students and teachers marched through the capital on Monday."));
        Assert.Equal(("Students", null), (march.Actor1!.Text, march.Actor2?.Text));
        var clash = Assert.Single(Events("Farmers and herders clashed near the village on Monday."));
        Assert.Equal(("Farmers", "herders"), (clash.Actor1!.Text, clash.Actor2!.Text));
    }

    [Fact]
    public void Troops_firing_tear_gas_and_beating_migrants_repress_them()
    {
        var events = Events("Troops fired tear gas and beat migrants with batons as they broke up a caravan on Wednesday.");
        Assert.All(events, e => Assert.Equal(("175", "migrants"), (e.Cameo, e.Actor2!.Text)));
        // (Whom the coordinated verb swings its weapon at, not the weapon.)
        var swung = Events("Police fired tear gas and swung batons at thousands of garment workers blocking a key highway on Tuesday.");
        Assert.Equal("thousands of garment workers", Assert.Single(swung, e => e.Cameo == "175").Actor2!.Text);
    }

    [Fact]
    public void Medical_teams_of_a_charity_treating_people_give_them_aid_in_the_charitys_name()
    {
        var aid = Assert.Single(Events("Teams from the medical charity MSF treated more than 60 migrants for injuries at the church on Wednesday."));
        Assert.Equal(("073", "Teams from the medical charity MSF", "NGO", "60 migrants"), (aid.Cameo, aid.Actor1!.Text, aid.Actor1.Code, aid.Actor2!.Text));
        Assert.Empty(Events("Nine people were treated for injuries at the hospital on Wednesday."));
    }

    [Fact]
    public void A_title_before_a_name_and_a_subject_after_a_statements_time_are_the_speaker()
    {
        var demand = Events("Speaking to reporters on Wednesday night, caravan organizer Ernesto Galvez demanded that the INM release all detained migrants.")
            .Single(e => e.Trigger.Text == "demanded");
        // (The title is the name's, as in "caravan organizer Ernesto Galvez demanded" with no opening phrase.)
        Assert.Equal(("caravan organizer Ernesto Galvez", "the INM"), (demand.Actor1!.Text, demand.Actor2!.Text));
        var accusation = Events("In a joint statement on Wednesday night, the center and a dozen other organizations accused the National Guard of using excessive force.")
            .Single(e => e.Trigger.Text == "accused");
        Assert.Equal("the center", accusation.Actor1!.Text);
    }

    [Fact]
    public void An_office_is_coded_as_the_body_whose_it_is()
    {
        Assert.Equal("MMRREB", Assert.Single(Events("The leader of the Arakan Army condemned the coup.")).Actor1!.Code);
        Assert.Equal("MIL", Assert.Single(Events("A spokesman for the army blamed the attack on the rebels.")).Actor1!.Code);
    }

    [Fact]
    public void A_threat_is_aimed_at_whoever_must_act_to_be_spared_it_unless_it_names_its_victims()
    {
        var threat = Assert.Single(Events("On Monday, a pro-Islamic State group threatened in a Facebook post to bring fire to the city unless the military ended its operations."));
        Assert.Equal("the military", threat.Actor2!.Text);
        // (Or whom the attacks it threatens are aimed at.)
        var attacks = Assert.Single(Events("AQAP threatened more attacks on the Security Belt in a message posted on Telegram on Tuesday."));
        Assert.Equal("the Security Belt", attacks.Actor2!.Text);
        var named = Events("Kupo threatened to charge the clan leaders with murder if their fighters did not hand in their weapons.").Single(e => e.Trigger.Text == "threatened");
        Assert.Equal("the clan leaders", named.Actor2!.Text);
        // (Or whom the act it threatens is against, before whoever must act: "threatened to act against Hezbollah if the army did not ...".)
        var against = Events("Israeli Defence Minister Israel Katz threatened on Sunday to \"act with full force\" against Hezbollah across Lebanon if the Lebanese army did not disarm the group.")
            .Single(e => e.Trigger.Text == "threatened");
        Assert.Equal("Hezbollah", against.Actor2!.Text);
        // (Or whom the attacks it warns of are aimed at.)
        var warned = Assert.Single(Events("In a statement sent to journalists the same evening, the Pakistani Taliban warned that they would step up attacks on police across southern Punjab."));
        Assert.Equal("police", warned.Actor2!.Text);
    }

    [Fact]
    public void Remnants_of_a_group_are_the_group_and_what_it_is_notorious_for_is_no_event()
    {
        var blame = Events("Police blamed the bombing on remnants of the Abu Sayyaf group.").Single(e => e.Trigger.Text == "blamed");
        Assert.Contains("Abu Sayyaf", blame.Actor2!.Text);
        Assert.Empty(Events("Abu Sayyaf, once notorious for kidnapping foreigners for ransom, was declared largely dismantled by the military."));
    }

    [Fact]
    public void An_attack_that_kills_one_and_wounds_others_targets_the_dead()
    {
        var attack = Assert.Single(Events("On Sunday, Russian forces attacked a grain terminal in the port of Izmail with drones, killing a security guard and wounding two workers, the governor added."));
        Assert.Equal("a security guard", attack.Actor2!.Text);
    }

    [Fact]
    public void A_reporters_accusation_after_a_reported_act_and_its_weapons_are_the_reporters()
    {
        var accusation = Events("Russia's defence ministry said its forces had hit military infrastructure in Odesa and accused Kyiv of storing weapons at the port.")
            .Single(e => e.Trigger.Text == "accused");
        Assert.Equal("Russia's defence ministry", accusation.Actor1!.Text);
        var strike = Assert.Single(Events("Ukraine's navy said its sea drones had struck a Russian patrol boat off Crimea on Saturday, killing three sailors."));
        Assert.Equal("Ukraine's navy", strike.Actor1!.Text);
    }

    [Fact]
    public void Air_defences_a_force_calls_its_own_are_the_force()
    {
        var downing = Assert.Single(Events("The army said its air defences shot down four other drones over the city the same morning."));
        Assert.Equal("The army", downing.Actor1?.Text);
    }

    [Fact]
    public void Allies_urged_are_urged_relief_sent_is_aid_and_a_fire_is_no_firing()
    {
        var appeal = Events("Ukraine's president condemned the strikes and urged Western allies to speed up deliveries of air defence systems.").Single(e => e.Trigger.Text == "urged");
        Assert.Equal("Western allies", appeal.Actor2!.Text);
        Assert.Equal("073", Assert.Single(Events("The European Union sent 40 generators to Odesa on Tuesday.")).Cameo);
        Assert.Empty(Events("The governor said a fire at the terminal burned until morning."));
        Assert.DoesNotContain(Events("A lawmaker threatened Kyiv with strikes if attacks on Russian vessels continued."),
            e => e.Trigger.Text == "attacks" && Modalities.IsFactual(e.Modality));
    }

    [Fact]
    public void A_subject_after_the_openings_comma_is_the_subject_and_a_clash_keeps_its_other_side()
    {
        var accusation = Events("On Monday, the Tambo Valley Defence Front, the main farmers' organisation in the valley, accused the company of lying about the mine's water use.")
            .Single(e => e.Trigger.Text == "accused");
        Assert.StartsWith("the Tambo Valley Defence Front", accusation.Actor1!.Text);
        var clash = Events("The same day, two men were killed in al-Qurna when gunmen from the Bani Malik tribe clashed with members of a rival clan over a plot of farmland, police said.")
            .Single(e => e.Trigger.Text == "clashed");
        Assert.StartsWith("members", clash.Actor2!.Text);
        var units = Events("On Wednesday, army troops fought ELN units for several hours near Hacari, killing four rebels, the army said.")
            .Single(e => e.Trigger.Text == "fought");
        Assert.Equal("ELN units", units.Actor2!.Text);
        var clans = Events("Separately, Garre and Degodia clan militias clashed near Rhamu last week, leaving at least seven people dead.")
            .Single(e => e.Trigger.Text == "clashed");
        Assert.Equal(("Garre and Degodia clan militias", "Degodia clan militias"), (clans.Actor1!.Text, clans.Actor2!.Text));
        var named = Events("Six people were killed when the Bu Salih and Albu Ghazzi clans fought with machine guns in the Iraqi city of Kufa on Monday, police said.")
            .Single(e => e.Trigger.Text == "fought");
        Assert.Equal(("Bu Salih and Albu Ghazzi clans", "Albu Ghazzi clans", 6), (named.Actor1!.Text, named.Actor2!.Text, named.Fatalities?.Min));
        // A truce the two sides agree is between them; the truce is no side.
        var truce = Events("The Bu Salih and Albu Ghazzi agreed a truce on Tuesday.").Single(e => e.Trigger.Text == "agreed");
        Assert.Equal(("The Bu Salih", "Albu Ghazzi"), (truce.Actor1!.Text, truce.Actor2?.Text));
        Assert.Null(Events("The army agreed a truce on Tuesday.").Single(e => e.Trigger.Text == "agreed").Actor2);
        Assert.Equal("Albu Ghazzi", Events("The Bu Salih and Albu Ghazzi agreed a truce that includes handing over the gunmen who killed the boy.")
            .Single(e => e.Trigger.Text == "agreed").Actor2?.Text);
    }

    [Fact]
    public void Fighting_between_sides_opening_the_sentence_is_their_fight_and_what_it_killed_no_second_event()
    {
        Assert.Equal("rival clans", Events("Fighting between rival clans in Tonj East county killed more than 60 people last week, officials said on Tuesday.")
            .Single(e => e.Cameo == "190").Actor1!.Text);
        var fight = Assert.Single(Events("Fighting between the army and the militants during the five-month siege killed more than 1,100 people."));
        Assert.Equal(("the army", "the militants"), (fight.Actor1!.Text, fight.Actor2!.Text));
    }

    [Fact]
    public void Soldiers_counted_in_hundreds_deployed_deploy_and_a_judge_ordering_a_release_releases()
    {
        var deployment = Events("The government declared a state of emergency late on Tuesday, and hundreds of soldiers were deployed to Cocachacra on Wednesday.")
            .Single(e => e.Trigger.Text == "deployed");
        Assert.Equal("154", deployment.Cameo);
        var release = Assert.Single(Events("On Wednesday, a judge in Mollendo ordered the release of 11 of the detainees, citing a lack of evidence."));
        Assert.Equal("0841", release.Cameo);
    }

    [Fact]
    public void A_speakers_appeal_after_a_reported_loss_and_who_after_a_name_are_the_speaker()
    {
        var appeal = Events("Rafael Grossi, head of the International Atomic Energy Agency, told reporters in Vienna on Monday that the plant had briefly lost one of its power lines and called on both Moscow and Kyiv to stop all military activity near the site.")
            .Single(e => e.Trigger.Text == "called");
        Assert.StartsWith("Rafael Grossi", appeal.Actor1!.Text);
        var meeting = Events("In his nightly video address on Monday, President Volodymyr Zelenskiy, who met brigade commanders near Huliaipole last week, renewed his appeal to Western allies.")
            .Single(e => e.Trigger.Text == "met");
        Assert.Contains("Zelenskiy", meeting.Actor1!.Text);
    }

    [Fact]
    public void Relatives_of_soldiers_missing_in_action_rally()
    {
        var rally = Events("On Sunday, several hundred relatives of soldiers missing in action rallied outside the regional administration building in Dnipro, holding portraits of their sons.")
            .Single(e => e.Trigger.Text == "rallied");
        Assert.Contains("relatives", rally.Actor1!.Text);
    }

    [Fact]
    public void A_name_the_dictionaries_know_is_whole_whatever_the_tagger_made_of_its_words()
    {
        var accusation = Assert.Single(Events("Human Rights Watch accused the two forces of abuses on Monday."));
        Assert.Equal("Human Rights Watch", accusation.Actor1!.Text);
    }

    [Fact]
    public void A_day_read_as_a_second_subject_is_no_actor()
    {
        var criticism = Events("The Roman Catholic Diocese of Huehuetenango in a statement Sunday criticized the government for failing to protect residents of the border region.")
            .Single(e => e.Trigger.Text == "criticized");
        Assert.Contains("Diocese", criticism.Actor1!.Text);
    }

    [Fact]
    public void A_source_is_no_target_and_neighbourhood_groups_are_no_armed_group()
    {
        var blockade = Events("Transport unions and neighbourhood groups had blocked the road linking Tarija with the border town of Bermejo since Thursday.")
            .Where(e => e.Trigger.Text == "blocked").ToList();
        Assert.All(blockade, e => Assert.StartsWith("14", e.Cameo));
        var clash = Events("Rival gangs clashed repeatedly around Menaka in late October, according to local sources.").Single(e => e.Trigger.Text == "clashed");
        Assert.Null(clash.Actor2);
    }

    [Fact]
    public void The_opposition_party_named_is_the_actor_and_they_who_gathered_after_are_the_detained()
    {
        var appeal = Events("The opposition Kulmiye party, in a statement on Monday, called on President Abdirahman Mohamed Abdullahi to reverse the price rises.")
            .Single(e => e.Trigger.Text == "called");
        Assert.Contains("Kulmiye", appeal.Actor1!.Text);
        var gathering = Events("Taliban security forces detained at least 14 women in Herat on Monday after they gathered outside a shuttered girls' school to protest against the ban.")
            .Single(e => e.Trigger.Text == "gathered");
        Assert.Contains("women", gathering.Actor1!.Text);
        var warning = Events("In Mangu, a vigilante commander warned on Monday that his men would take the fight to the attackers if the army failed to act.")
            .Single(e => e.Trigger.Text == "warned");
        Assert.Equal("the attackers", warning.Actor2!.Text);
    }

    [Fact]
    public void A_speaker_in_apposition_inside_the_opening_phrase_and_a_man_identified_as_someone_are_the_actors()
    {
        var appeal = Events("At a news conference in Kismayo on Wednesday, Jubaland leader Ahmed Madobe condemned the raid and urged residents of the Lower Juba region to report suspicious movements.")
            .Single(e => e.Trigger.Text == "urged");
        Assert.Contains("Madobe", appeal.Actor1!.Text);
        var threat = Events("In a voice message circulated on WhatsApp late on Monday, a man identified by police as the gang's leader threatened to attack police stations in Gonaives.")
            .Single(e => e.Trigger.Text == "threatened");
        Assert.Contains("leader", threat.Actor1!.Text);
    }

    [Fact]
    public void Banners_signed_by_a_cartel_threaten_in_its_name_and_a_prepositional_root_gives_way_to_the_verb()
    {
        var banners = Events("Banners signed by the cartel and hung from bridges in Buenavista threatened lime growers who refuse to pay a fee.")
            .Single(e => e.Trigger.Text == "threatened");
        Assert.Equal(("the cartel", "lime growers"), (banners.Actor1!.Text, banners.Actor2!.Text));
        var pamphlets = Events("In pamphlets circulated in Guasdualito on Wednesday, the dissidents' 10th Front threatened shopkeepers who refuse to pay its taxes.")
            .Single(e => e.Trigger.Text == "threatened");
        Assert.Contains("10th Front", pamphlets.Actor1!.Text);
    }

    [Fact]
    public void Which_as_an_object_is_its_antecedent_and_their_they_the_plural_subject_above()
    {
        var accusation = Events("Hundreds of residents marched to the prefecture in Bambari on Wednesday to protest against the insecurity, chanting slogans "
                                + "against MINUSCA, the UN peacekeeping mission, which they accused of failing to protect civilians.")
            .Single(e => e.Trigger.Text == "accused");
        Assert.Equal(("Hundreds of residents", "the UN peacekeeping mission"), (accusation.Actor1!.Text, accusation.Actor2!.Text));
    }

    [Fact]
    public void Political_coalitions_are_coded_as_parties_not_armed_forces()
    {
        var events = Events("NAIROBI, Kenya (AP) — The opposition coalition accused police of killing protesters. The ruling coalition rejected the proposal. "
                            + "Odinga's coalition called for calm. The Saudi-led coalition bombed Sanaa.");
        Assert.Equal("KENOPP", events.Single(e => e.Trigger.Text == "accused").Actor1!.Code);
        Assert.Equal("KENGOV", events.Single(e => e.Trigger.Text == "rejected").Actor1!.Code);
        Assert.Equal("KENPTY", events.Single(e => e.Trigger.Text == "called").Actor1!.Code);
        Assert.Equal("SAUMIL", events.Single(e => e.Trigger.Text == "bombed").Actor1!.Code);
    }

    [Fact]
    public void The_farc_and_its_dissidents_are_rebels_and_the_farc_a_party_after_the_peace_deal()
    {
        static string? Doer(string text, DateOnly published) => Processed.Extract(text, published).Events.Single().Actor1!.Code;
        Assert.Equal("COLREB", Doer("FARC dissidents attacked a police station in Suarez.", new DateOnly(2024, 6, 16)));
        Assert.Equal("COLREB", Doer("The FARC attacked a police station in Suarez.", new DateOnly(2010, 6, 16)));
        Assert.Equal("COLPTY", Doer("The FARC attacked a police station in Suarez.", new DateOnly(2024, 6, 16)));
    }

    [Fact]
    public void Actors_without_a_country_of_their_own_belong_to_the_country_of_the_places_not_of_the_nationality_words()
    {
        // "Israeli" three times, Gaza and its city twice: the school and the group are Palestinian.
        var events = Events("An Israeli airstrike hit a school in Gaza City on Tuesday, killing at least 30 people. "
                            + "The Israeli military said it had targeted a command center in Gaza and accused the group of using civilians as shields. "
                            + "Israeli officials gave no details.");
        Assert.Equal("PSE", events.Single(e => e.Actor2?.Text == "a school").Actor2!.Country);
        Assert.Equal("PSE", events.Single(e => e.Trigger.Text == "accused").Actor2!.Country);
    }

    [Fact]
    public void A_fighter_jet_is_its_nations_military_not_a_rebel_fighter()
    {
        var downing = Assert.Single(Events("Ukrainian forces shot down a Russian Su-34 fighter jet over the Donetsk region on Thursday, the Ukrainian military said."));
        Assert.Equal("RUSMIL", downing.Actor2!.Code);
    }

    [Fact]
    public void A_passive_arrest_without_its_agent_is_done_by_the_forces_of_the_clause_telling_when()
    {
        var arrest = Assert.Single(Events("Four men were arrested when soldiers searched a ranch outside Aguililla."));
        Assert.Equal("soldiers", arrest.Actor1!.Text);
        // (Not a killing: its deaths fold into the firing the clause tells.)
        var shooting = Events("At least three people were killed when officers opened fire on protesters in Kondele on Sunday.");
        Assert.Single(shooting, e => e.Cameo.StartsWith("18", StringComparison.Ordinal) || e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void The_clause_telling_when_after_coordinated_passives_or_after_them_names_the_arrests_doer()
    {
        var arrest = Events("Four men were arrested and rifles, drone parts and ammunition seized when soldiers searched a ranch outside Aguililla later that day, "
                            + "the ministry said.").Single(e => e.Trigger.Text == "arrested");
        Assert.Equal("soldiers", arrest.Actor1?.Text);
        var detention = Events("Two suspects were detained after soldiers stormed a hideout near Maiduguri on Monday.").Single(e => e.Trigger.Text == "detained");
        Assert.Equal("soldiers", detention.Actor1?.Text);
    }

    [Fact]
    public void They_of_a_clause_of_time_after_an_act_on_no_people_is_the_acts_plural_subject()
    {
        var events = Events("Gang members stormed the town of Ennery on Sunday. Police officers backed by soldiers exchanged fire with the gang "
                            + "for several hours on Monday as they tried to retake the town.");
        Assert.DoesNotContain(events, e => e.Actor1?.Text == "Gang members" && e.Trigger.Text == "retake");
    }

    [Fact]
    public void A_him_in_a_quotation_is_the_relative_the_speaker_named_before_it()
    {
        var events = Events("The patrol was ambushed near Kohat, district police officer Zahid Khan told reporters. "
                            + "\"My brother went to work to protect these people, and they killed him,\" said Gul Rehman, one of the protesters.");
        Assert.Equal("My brother", events.Single(e => e.Trigger.Text == "killed").Actor2?.Text);
    }

    [Fact]
    public void Condemning_the_attack_past_an_older_act_told_of_last_month_targets_the_attackers_of_the_day()
    {
        var events = Events("OUAGADOUGOU, Burkina Faso (AP) — Suspected jihadi fighters attacked an army post in northern Burkina Faso on Sunday, "
                            + "killing at least 14 soldiers, the army said in a statement Monday.\n\nNo group immediately claimed responsibility. "
                            + "Last month, the group killed 20 civilians in an ambush on a convoy near Kaya, according to the United Nations.\n\n"
                            + "Burkina Faso's junta leader, Capt. Ibrahim Traore, condemned the attack.");
        Assert.Equal("jihadi fighters", events.Single(e => e.Trigger.Text == "condemned").Actor2?.Text);
    }

    [Fact]
    public void It_after_a_participle_is_the_actor_the_first_verb_acted_with_when_its_object_is_no_such_noun()
    {
        var events = Events("President Gustavo Petro suspended peace talks with the guerrilla group, accusing it of committing war crimes in the Catatumbo region.");
        Assert.Equal("the guerrilla group", events.Single(e => e.Trigger.Text == "accusing").Actor2?.Text);
    }

    [Fact]
    public void Clashes_between_two_sides_that_killed_people_are_one_clash_between_them()
    {
        var clash = Assert.Single(Events("Clashes between the army and the rebels killed 12 people on Monday."));
        Assert.Equal(("190", "the army", "the rebels", 12), (clash.Cameo, clash.Actor1?.Text, clash.Actor2?.Text, clash.Fatalities?.Min));
    }

    [Fact]
    public void Bombs_dropped_on_a_village_at_a_clock_time_target_the_village_not_the_time()
    {
        var strike = Assert.Single(Events("Two fighter jets dropped bombs on the village at about 10 a.m. on Thursday."));
        Assert.Equal("the village", strike.Actor2?.Text);
    }

    [Fact]
    public void The_accused_is_the_noun_before_what_it_is_accused_of_doing()
    {
        var accusation = Assert.Single(Events("The military accused the militant group of hiding rockets in civilian buildings."));
        Assert.Equal("the militant group", accusation.Actor2?.Text);
    }

    [Fact]
    public void One_of_a_partys_workers_in_what_the_party_says_is_the_partys()
    {
        var killing = Assert.Single(Events("Khan's party, Pakistan Tehreek-e-Insaf (PTI), said one of its workers was killed by police gunfire near Attock."));
        Assert.Equal("PAKPTY", killing.Actor2?.Code);
    }

    [Fact]
    public void She_of_a_clause_coordinated_with_a_speakers_is_the_speaker_and_a_fight_for_a_cause_is_no_clash()
    {
        var events = Events("Press secretary Karine Jean-Pierre told reporters that President Joe Biden \"will continue to fight\" to protect reproductive rights, and she criticized Republicans for their agenda.");
        var criticized = Assert.Single(events, e => e.Trigger.Text == "criticized");
        Assert.Equal("Press secretary Karine Jean-Pierre", criticized.Actor1?.Text);
        Assert.DoesNotContain(events, e => e.Trigger.Text == "fight");
        Assert.DoesNotContain(Events("The activists vowed to fight for justice."), e => e.Cameo == "190");
        Assert.Contains(Events("The rebels vowed to fight the army to protect their villages."), e => e.Cameo == "190");
    }

    [Fact]
    public void An_act_no_one_did_or_moved_to_do_is_no_event()
    {
        Assert.DoesNotContain(Events("He argued that no state has moved to ban contraception."), e => e.Trigger.Text == "ban");
        Assert.Contains(Events("He argued that the state has moved to ban contraception."), e => e.Trigger.Text == "ban");
    }

    [Fact]
    public void A_strike_a_union_called_is_its_strike()
    {
        var strike = Assert.Single(Events("The UTA bus drivers' union called a 24-hour strike in response, leaving the city without buses on Monday."));
        Assert.Equal(("143", "LAB"), (strike.Cameo, strike.Actor1?.Sector));
    }

    [Fact]
    public void What_a_law_allows_and_a_law_struck_down_are_no_events()
    {
        Assert.DoesNotContain(Events("Governor Greg Abbott signed a bill that allows state police to arrest migrants suspected of crossing the border illegally."),
            e => e.Trigger.Text == "arrest");
        Assert.DoesNotContain(Events("Mexico said it rejected any measure that allows state authorities to detain and deport Mexican nationals."),
            e => e.Trigger.Text is "detain" or "deport");
        Assert.Empty(Events("Critics note that a similar Arizona law was largely struck down by the Supreme Court in 2012."));
        Assert.Contains(Events("Police arrested 12 migrants near the border on Tuesday."), e => e.Trigger.Text == "arrested");
    }

    [Fact]
    public void The_two_sides_a_between_phrase_names_are_the_fights_actors_not_the_dead_of_its_relative_clause()
    {
        var clash = Events("The protest followed clashes on Sunday between Acholi and Madi residents of Apaa, in which at least four people were killed "
                           + "and dozens of grass-thatched huts were burned, according to local officials.").Single(e => e.Trigger.Text == "clashes");
        Assert.StartsWith("Acholi", clash.Actor1!.Text);
        Assert.StartsWith("Madi", clash.Actor2!.Text);
        Assert.Equal(4, clash.Fatalities?.Min);
    }

    [Fact]
    public void The_dead_of_a_where_clause_are_no_target_of_a_clash_between_two_named_sides()
    {
        var clash = Events("Government troops and Houthi fighters clashed on Tuesday around Az Zahir district, west of Mukayras, where at least five "
                           + "fighters from both sides were killed, a government military source told Reuters.").Single(e => e.Trigger.Text == "clashed");
        Assert.Equal(("Government troops", "Houthi fighters"), (clash.Actor1?.Text, clash.Actor2?.Text));
        Assert.Equal(5, clash.Fatalities?.Min);
    }

    [Fact]
    public void Fighters_from_a_known_group_and_an_unknown_one_are_two_sides_the_first_named_with_its_group()
    {
        var clash = Events("Fighters from the Arakan Rohingya Salvation Army and the rival Rohingya Solidarity Organisation clashed with guns and machetes "
                           + "in the Kutupalong refugee camp early on Sunday, killing at least four people, police said.").Single(e => e.Trigger.Text == "clashed");
        Assert.Equal(("Fighters from the Arakan Rohingya Salvation Army", "the rival Rohingya Solidarity Organisation"), (clash.Actor1?.Text, clash.Actor2?.Text));
        Assert.Equal("MMRREB", clash.Actor1?.Code);
    }

    [Fact]
    public void Armed_men_said_to_be_an_armed_groups_people_are_that_group_and_herders_or_jihadists_leave_them_gunmen()
    {
        Assert.Equal("NGAREB", Events("Gunmen believed to be Boko Haram fighters killed 12 villagers in Borno state.").Single().Actor1?.Code);
        Assert.Equal("MEXCRM", Events("Men believed to be cartel members abducted three police officers in Michoacan state.").Single().Actor1?.Code);
        Assert.Equal("Gunmen", Events("Gunmen suspected to be herders killed at least 23 people near Yandev in Benue state.").Single().Actor1?.Text);
    }

    [Fact]
    public void Coordinated_sides_of_a_clash_or_a_meeting_act_on_each_other_not_on_whoever_the_clause_names_next()
    {
        var clash = Events("Separately, Garre and Degodia clan militias clashed near Rhamu, some 70 km west of Mandera, last week, leaving at least seven people dead.")
            .First(e => e.Trigger.Text == "clashed");
        Assert.StartsWith("Garre", clash.Actor1?.Text);
        Assert.Equal("Degodia clan militias", clash.Actor2?.Text);
        var meeting = Events("Thai and BRN negotiators met in Kuala Lumpur last week for the first round of Malaysian-facilitated peace talks in eight months.")
            .First(e => e.Trigger.Text == "met");
        Assert.Contains("BRN", meeting.Actor2?.Text);
    }

    [Fact]
    public void Leaders_of_two_named_communities_agreeing_a_ceasefire_agree_with_each_other()
    {
        var truce = Events("Tebu and Awlad Suleiman leaders agreed to a ceasefire late on Friday, according to residents.").First(e => e.Trigger.Text == "agreed");
        Assert.StartsWith("Tebu", truce.Actor1?.Text);
        Assert.Equal("Awlad Suleiman leaders", truce.Actor2?.Text);
    }

    [Fact]
    public void Soldiers_engaging_attackers_fight_them_and_engaging_anyone_else_is_no_fight()
    {
        var fight = Assert.Single(Events("On Tuesday, soldiers of the army's Operation Fansan Yamma engaged the fleeing attackers near Augie, killing nine of them."));
        Assert.Equal(("190", "the fleeing attackers", 9), (fight.Cameo, fight.Actor2?.Text, fight.Fatalities?.Min));
        Assert.StartsWith("soldiers", fight.Actor1?.Text);
        Assert.Empty(Events("The minister engaged community leaders in talks on Tuesday."));
    }

    [Fact]
    public void The_doer_of_a_verb_after_a_quoted_judgement_and_and_is_the_first_verbs()
    {
        var curfew = Assert.Single(Events("The state governor condemned the massacre as \"barbaric and cowardly\" and imposed a dusk-to-dawn curfew on Argungu."),
            e => e.Trigger.Text == "imposed");
        Assert.Equal("The state governor", curfew.Actor1?.Text);
    }

    [Fact]
    public void An_opening_participle_leaves_the_subject_to_the_verb_its_auxiliary_helps()
    {
        var appeal = Assert.Single(Events("Speaking on state television on Monday, Iran's energy minister had urged households to cut their electricity use."));
        Assert.Equal(("Iran's energy minister", "households"), (appeal.Actor1?.Text, appeal.Actor2?.Text));
    }

    [Fact]
    public void A_magistrate_in_a_town_after_and_is_the_subject_of_the_next_clause_which_happened_the_following_day()
    {
        var remand = Assert.Single(Events("Last Thursday, police arrested 11 men in Kamba, and a magistrate in Birnin Kebbi remanded the suspects in prison custody the following day."),
            e => e.Trigger.Text == "remanded");
        Assert.Equal(("a magistrate", "2025-03-07"), (remand.Actor1?.Text, remand.Date?.Value));
    }

    [Fact]
    public void Aid_handed_out_on_a_day_to_people_goes_to_those_people()
    {
        var aid = Assert.Single(Events("The National Emergency Management Agency handed out rice, blankets and medicines on Wednesday to some of the more than "
                                       + "3,000 people displaced by the violence."));
        Assert.EndsWith("people", aid.Actor2?.Text);
    }

    [Theory]
    [InlineData("Also on Tuesday, Abba Gadaa leaders, the custodians of the traditional Oromo system of governance, called on the federal government "
                + "and the OLA to return to peace talks at a gathering of elders in Gimbi.", "Abba Gadaa leaders")]
    [InlineData("At a gathering in Raqqa on Thursday, elders of the Afadla tribe, one of the largest in the province, called on the SDF to release the detainees.",
                "elders")]
    [InlineData("At a news conference in Kidapawan on Tuesday evening, the provincial governor called on the farmers' leaders to meet provincial officials.",
                "the provincial governor")]
    public void The_speaker_after_an_opening_phrase_of_place_or_time_and_an_apposition_makes_the_appeal(string text, string speaker) =>
        Assert.StartsWith(speaker, Assert.Single(Events(text), e => e.Trigger.Text == "called").Actor1?.Text);

    [Fact]
    public void Police_breaking_up_a_barricade_of_farmers_act_on_the_farmers()
    {
        var dispersal = Assert.Single(Events("Police used tear gas and water cannon on Tuesday to break up a barricade of drought-stricken farmers on a highway in Kidapawan."));
        Assert.EndsWith("farmers", dispersal.Actor2?.Text);
    }

    [Fact]
    public void What_months_without_rain_destroyed_is_no_attack() =>
        Assert.DoesNotContain(Events("About 2,000 farmers had blocked the highway since Monday morning, saying months without rain had destroyed their corn and rice crops."),
            e => e.Trigger.Text == "destroyed");

    [Fact]
    public void Members_of_a_force_with_its_apposition_fire_tear_gas_and_shots_into_the_air_attack_no_one()
    {
        var events = Events("Members of the Asayish, the SDF's internal security force, fired tear gas and shot into the air to disperse the crowd near the "
                            + "Naim roundabout, the Syrian Observatory for Human Rights reported.");
        Assert.Equal("Members of the Asayish", Assert.Single(events).Actor1?.Text);
        Assert.StartsWith("17", events[0].Cameo);
    }

    [Fact]
    public void An_appeal_people_want_is_none_made() =>
        Assert.Equal("hypothetical", Assert.Single(Events("\"But people want to be asked, not ordered.\"")).Modality);

    [Fact]
    public void Two_leaders_the_second_named_by_a_possessive_sign_an_agreement_with_each_other()
    {
        var agreement = Assert.Single(Events("In March, SDF commander Mazloum Abdi and Syria's interim president, Ahmed al-Sharaa, signed an agreement in Damascus "
                                             + "to integrate the SDF's civilian and military institutions into the state."));
        Assert.Equal(("SDF commander Mazloum Abdi", "Syria's interim president, Ahmed al-Sharaa"), (agreement.Actor1?.Text, agreement.Actor2?.Text));
    }

    [Fact]
    public void People_on_strike_strike_and_what_they_protest_at_is_no_new_act()
    {
        var events = Events("On Tuesday, traders and minibus drivers in Gimbi went on strike in protest at the abductions, shutting shops and halting transport "
                            + "along the highway, residents said.");
        Assert.Equal("143", Assert.Single(events, e => e.Trigger.Text == "strike").Cameo);
        Assert.DoesNotContain(events, e => e.Trigger.Text is "abductions" or "protest");
    }

    [Fact]
    public void A_demand_coordinated_with_an_act_a_trailing_reporter_tells_is_the_acts_doers()
    {
        var demand = Assert.Single(Events("The kidnappers had phoned relatives on Monday and demanded 500,000 birr for each of the remaining captives, families said."));
        Assert.Equal("The kidnappers", demand.Actor1?.Text);
    }

    [Fact]
    public void An_accusation_after_a_denial_and_and_is_made_by_the_one_who_denied()
    {
        var accusation = Assert.Single(Events("In a post on X on Tuesday, an OLA spokesman denied that the group was involved and accused government-aligned militias "
                                              + "of staging kidnappings to discredit it."));
        Assert.Equal(("an OLA spokesman", "government-aligned militias"), (accusation.Actor1?.Text, accusation.Actor2?.Text));
    }

    [Fact]
    public void Members_after_an_opening_hours_later_fight_the_group_they_exchange_fire_with_not_the_shore_where()
    {
        var fight = Assert.Single(Events("Hours later, members of the Madago Raya task force, a joint police and military unit that has hunted the militants for a "
                                         + "decade, exchanged fire with a group of armed men in dense forest near Pendolo, on the southern shore of Lake Poso."));
        Assert.Equal(("members of the Madago Raya task force", "a group of armed men"), (fight.Actor1?.Text, fight.Actor2?.Text));
    }

    [Fact]
    public void Men_suspected_of_supplying_a_group_are_the_ones_detained_not_the_group()
    {
        var arrest = Assert.Single(Events("Two men suspected of supplying the group with food were detained in Tentena on Wednesday, police added."));
        Assert.Equal("Two men", arrest.Actor2?.Text);
    }

    [Fact]
    public void The_noun_whose_opens_is_the_subject_of_the_verb_after_it()
    {
        var killing = Assert.Single(Events("The militants belong to the remnants of the East Indonesia Mujahideen, or MIT, whose leader, Ali Kalora, was shot dead "
                                           + "by security forces in September 2021."));
        Assert.StartsWith("leader", killing.Actor2?.Text);
    }

    [Fact]
    public void People_barred_from_doing_something_are_banned_and_stalls_kept_shut_are_a_strike()
    {
        var ban = Assert.Single(Events("Poso district authorities have also barred farmers from working in upland gardens after 3 p.m. until further notice."));
        Assert.Equal(("172", "farmers"), (ban.Cameo, ban.Actor2?.Text));
        Assert.Equal("143", Assert.Single(Events("On Thursday, traders at Poso's central market kept their stalls shuttered in protest at the killings.")).Cameo);
        Assert.Empty(Events("He kept his stall open on Thursday."));
    }

    [Fact]
    public void A_hunger_strike_begun_and_sanctions_announced_are_events()
    {
        Assert.Equal("143", Assert.Single(Events("On Friday, five Garifuna leaders began a hunger strike in front of the courthouse in La Ceiba.")).Cameo);
        var sanctions = Assert.Single(Events("On Wednesday, the US Treasury Department announced sanctions against three Honduran leaders of Barrio 18."));
        Assert.Equal("163", sanctions.Cameo);
    }

    [Fact]
    public void A_vehicle_striking_a_roadside_bomb_is_blown_up_and_troops_that_are_deployed_are_no_deployment()
    {
        var blast = Assert.Single(Events("Last week, three soldiers were killed when their armoured vehicle struck a roadside bomb on the road between Mora and Kolofata."));
        Assert.Equal(("183", "three soldiers"), (blast.Cameo, blast.Actor2?.Text));
        Assert.Empty(Events("Some 2,500 MINUSCA troops are deployed in the country's north and east."));
    }

    [Fact]
    public void A_crowd_that_beat_a_man_to_death_killed_one_and_an_agent_after_a_duration_is_the_passives()
    {
        var lynching = Assert.Single(Events("In the town's main market, a crowd beat to death a young herder suspected of having guided the attackers to the camp, police said."));
        Assert.Equal(("a crowd", "a young herder", 1), (lynching.Actor1?.Text, lynching.Actor2?.Text, lynching.Fatalities?.Min));
        var detention = Assert.Single(Events("A cameraman for a local television channel who was filming the eviction was detained for four hours by police."));
        Assert.Equal(("police", "A cameraman"), (detention.Actor1?.Text, detention.Actor2?.Text));
    }

    [Fact]
    public void Soldiers_pursuing_raiders_are_the_subject_of_the_verb_after_their_participle() =>
        Assert.Equal("soldiers", Assert.Single(Events("On Sunday, soldiers pursuing the raiders toward the Nigerian border clashed with them near Koza, "
                                                      + "killing six fighters, the army said.")).Actor1?.Text);

    [Fact]
    public void Trucks_looted_with_their_owner_named_before_them_and_a_participle_after_are_the_owners()
    {
        var looting = Assert.Single(Events("The day after the ambush, armed men looted three World Food Programme trucks carrying sorghum and cooking oil near Manovo."));
        Assert.Contains("World Food Programme", looting.Actor2?.Text);
    }

    [Fact]
    public void Gunmen_who_shot_dead_a_named_elder_killed_one_civilian_not_themselves()
    {
        var killing = Assert.Single(Events("On Wednesday morning, two gunmen on a motorcycle shot dead Malik Sher Afzal Khan, a tribal elder who led a "
                                           + "government-backed peace committee, as he walked out of a mosque in Sarai Naurang, his son told Reuters."));
        Assert.Equal(("180", 1), (killing.Cameo, killing.Fatalities?.Min));
        Assert.Null(Assert.Single(Events("The device, planted in a culvert, was detonated by remote control as the van passed, police said.")).Actor1);
    }

    [Fact]
    public void Storming_a_mine_held_by_a_gang_attacks_the_gang()
    {
        var raid = Assert.Single(Events("Venezuelan troops stormed an illegal gold mine held by an armed gang outside El Callao on Saturday, officials said."));
        Assert.Equal("an armed gang", raid.Actor2?.Text);
    }

    [Fact]
    public void Criminals_who_had_been_neutralized_are_the_target_and_engineers_kidnapped_near_a_town_are_the_ones_released()
    {
        var killing = Assert.Single(Events("In a statement, the defense ministry said six \"criminals\" had been \"neutralized\" during the operation."));
        Assert.Null(killing.Actor1);
        Assert.Contains("criminals", killing.Actor2?.Text);
        var release = Assert.Single(Events("Two Minerven engineers who had been kidnapped near El Dorado in October were released unharmed on Thursday, the company said."),
            e => e.Trigger.Text == "released");
        Assert.Equal("Two Minerven engineers", release.Actor2?.Text);
    }

    [Fact]
    public void After_an_opening_hours_earlier_the_first_of_coordinated_subjects_blocks_with_burning_tires_that_are_no_riot()
    {
        var blockade = Assert.Single(Events("Hours earlier, dozens of miners and their relatives had blocked the Troncal 10 highway between El Callao and Guasipati "
                                            + "with tree trunks and burning tires."));
        Assert.Equal("dozens of miners", blockade.Actor1?.Text);
    }

    [Fact]
    public void An_extradition_expels_and_the_one_accused_is_described_not_accused()
    {
        var extradition = Assert.Single(Events("A day earlier, Malaysia extradited a man accused of supplying homemade firearms to fighters in that dispute, police said."));
        Assert.Equal(("174", "a man"), (extradition.Cameo, extradition.Actor2?.Text));
    }

    [Fact]
    public void Years_between_are_no_sides_and_a_strikes_aim_is_no_demand()
    {
        Assert.Empty(Events("Maluku was the scene of Christian-Muslim fighting between 1999 and 2002 that left thousands dead."));
        Assert.Equal("143", Assert.Single(Events("Doctors at public hospitals in Toliara went on strike on Monday to demand three months of unpaid allowances, "
                                                 + "union officials said.")).Cameo);
    }

    [Fact]
    public void A_count_of_foreigners_with_an_apposition_is_who_was_deported()
    {
        var deportation = Assert.Single(Events("Seven of the detained foreigners, all Brazilians, were deported overland the same day through the border town of "
                                               + "Santa Elena de Uairén, according to the immigration service."));
        Assert.StartsWith("Seven of the detained foreigners", deportation.Actor2?.Text);
    }

    [Fact]
    public void A_relative_clauses_object_is_not_the_passives_subject_after_an_opening_time()
    {
        var beating = Assert.Single(Events("Earlier this month, a Tamil journalist who had photographed the excavation was beaten by unidentified men on a road near Vakarai."));
        Assert.Equal(("unidentified men", "a Tamil journalist"), (beating.Actor1?.Text, beating.Actor2?.Text));
    }

    [Fact]
    public void A_speaker_after_an_opening_participle_with_a_relative_clause_accuses()
    {
        var accusation = Assert.Single(Events("Speaking outside the police station where the six were held, Ponnan Sivakumar, a Tamil lawmaker for Batticaloa district, "
                                              + "accused officers on Monday night of treating grieving mothers \"like criminals\"."));
        Assert.Equal(("112", "officers"), (accusation.Cameo, accusation.Actor2?.Text));
        Assert.StartsWith("Ponnan Sivakumar", accusation.Actor1?.Text);
    }

    [Theory]
    [InlineData("On Tuesday afternoon, about 300 colleagues, relatives and residents marched through the city centre.", "300 colleagues")]
    [InlineData("On Sunday, several hundred strikers and their families blocked the road linking Zhanaozen to the oilfields.", "hundred strikers")]
    [InlineData("The demonstrators, most of them young farmers from villages around Beinamar, had gathered outside the provincial governor's office to demand the arrest of those behind the violence, witnesses said.", "The demonstrators")]
    [InlineData("Late on Thursday, herder and farmer leaders agreed to a truce at a meeting chaired by the governor.", "herder and farmer leaders")]
    public void Coordinated_or_apposed_subjects_after_an_opening_day_are_the_first_named(string text, string actor) =>
        Assert.StartsWith(actor, Events(text).First().Actor1?.Text);

    [Fact]
    public void Them_in_a_where_clause_on_a_place_is_the_plural_subject_the_place_belongs_to() =>
        Assert.Equal("Dozens of families", Assert.Single(Events("Dozens of families from the village have fled to Teloloapan, where the state family welfare agency "
                                                                + "handed out food and blankets to them on Tuesday.")).Actor2?.Text);

    [Fact]
    public void A_threat_after_the_deed_an_accusation_names_is_the_accusers()
    {
        var threat = Events("A Boko Haram faction claimed the raid in an audio message on Wednesday, accusing the fishermen of spying for the army and threatening to strike any village that hosts soldiers.")
            .Single(e => e.Trigger.Text == "threatening");
        Assert.Equal(("A Boko Haram faction", "any village"), (threat.Actor1?.Text, threat.Actor2?.Text));
        Assert.True(Modalities.IsFactual(threat.Modality));
    }

    [Fact]
    public void A_commander_left_in_the_opening_phrase_of_a_subjectless_verb_is_its_subject()
    {
        var warning = Assert.Single(Events("Earlier on Sunday, an SPLM-N commander, Yousif Kuku, warned in a video posted online that his fighters would \"enter Kurmuk within days.\""));
        Assert.Equal(("13", "an SPLM-N commander, Yousif Kuku"), (warning.Cameo, warning.Actor1?.Text));
    }

    [Fact]
    public void A_commander_of_a_named_group_is_the_subject_not_the_group()
    {
        // (The parser made the commander the root and the group after "of" the subject of "told"; "He" is the commander.)
        var accusation = Events("A commander of the Coordinadora Guerrillera del Pacífico, who uses the alias \"Mincho\", told Reuters by telephone that his men had acted in self-defence. "
                                + "He accused the marines of firing on a canoe carrying civilians earlier that morning.").Single(e => e.Trigger.Text == "accused");
        Assert.StartsWith("A commander", accusation.Actor1?.Text);
    }

    [Fact]
    public void Whom_a_verb_of_blame_or_a_threat_names_is_the_target()
    {
        Assert.Equal("outside provocateurs", Events("The regional governor, in remarks carried by state television on Sunday, accused outside provocateurs of hijacking a labour dispute.")
            .Single(e => e.Cameo == "112").Actor2?.Text);
        Assert.Equal("strikers", Assert.Single(Events("The company threatened on Friday to dismiss strikers who did not return to work by Tuesday.")).Actor2?.Text);
        // (A town threatened with a strike is the target, not the militias it hosts.)
        Assert.Equal("any town", Events("A JNIM spokesman threatened to strike any town that hosts the government-backed militias.")
            .Single(e => e.Trigger.Text == "threatened").Actor2?.Text);
        // ("found" after "any local leader" picks out whom "any" means: a participle, not the sentence's verb.)
        Assert.Equal("any local leader", Events("The regional army commander, for his part, threatened to arrest any local leader found shielding raiders or hiding illegal guns.")
            .Single(e => e.Trigger.Text == "threatened").Actor2?.Text);
    }

    [Fact]
    public void Aid_delivered_by_a_subject_with_a_participle_phrase_is_aid() =>
        Assert.Equal("073", Assert.Single(Events("The Chadian Red Cross, supported by the International Committee of the Red Cross, delivered food, blankets and cooking kits "
                                                 + "on Thursday to some 2,600 people who had fled to makeshift camps.")).Cameo);

    [Fact]
    public void People_released_on_bail_are_released_whatever_they_are_called()
    {
        var release = Assert.Single(Events("A Batticaloa court released four of the organisers on bail on Tuesday, their lawyer said."));
        Assert.Equal(("0841", "four of the organisers"), (release.Cameo, release.Actor2?.Text));
        Assert.Empty(Events("The army released a statement on Tuesday."));
    }

    [Fact]
    public void Them_a_gift_goes_to_is_the_people_told_before()
    {
        var aid = Assert.Single(Events("About 400 families who fled the area were sheltering in a school gymnasium in Kabankalan on Saturday. "
                                       + "The Department of Social Welfare and Development said it had handed out food packs and hygiene kits to them on Friday night."));
        Assert.Equal(("073", "400 families"), (aid.Cameo, aid.Actor2?.Text));
    }

    [Fact]
    public void A_count_of_them_released_counts_the_people_held_in_the_sentence_before()
    {
        var release = Events("By Wednesday evening, police said they had detained 47 people for public disorder and looting. "
                             + "A magistrate in Quelimane freed 19 of them on Thursday for lack of evidence, their lawyers said.").Single(e => e.Cameo == "0841");
        Assert.Equal("47 people", release.Actor2?.Text);
        // (Not the things seized beside them.)
        Assert.Equal("14 men", Events("Police raided homes, arresting 14 men and recovering nine unlicensed firearms. Five of them were released without charge on Monday.")
            .Single(e => e.Cameo == "0841").Actor2?.Text);
    }

    [Fact]
    public void Them_a_crowd_is_cleared_from_is_the_crowd_of_the_protest_even_with_the_wounded_told()
    {
        var dispersal = Events("Hours later, about 600 MST members blocked the BR-155 highway south of Marabá with burning tyres. "
                               + "Military police fired tear gas and rubber bullets to clear them from the road on Tuesday evening, wounding at least seven protesters.")
            .Single(e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal("600 MST members", dispersal.Actor2?.Text);
    }

    [Fact]
    public void Acts_in_quoted_words_that_retell_or_describe_are_no_rows()
    {
        var told = Events("Police opened fire on protesters in Quelimane on Wednesday. "
                          + "\"They were shooting at children who were only throwing stones,\" said Amelia Zacarias, a fish seller.");
        Assert.DoesNotContain(told, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
        var arrest = Events("Police arrested a farmers' leader, Eduardo Tamayo, on Friday. "
                            + "His lawyer demanded on Saturday that prosecutors drop the charges, saying her client had been \"arrested for his advocacy, not for any crime\".");
        Assert.Single(arrest, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        // (Not a word in scare quotes: the writer's own telling.)
        Assert.Contains(Events("The army said troops had \"neutralised\" 17 terrorists since Sunday and had arrested 23 suspects."),
            e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
    }

    [Fact]
    public void A_group_calling_itself_a_name_is_the_actor() =>
        Assert.StartsWith("A group", Events("A group calling itself the Wukari Youth Vanguard threatened in a statement on Tuesday to defend our land.")
            .Single(e => e.Cameo.StartsWith("13", StringComparison.Ordinal)).Actor1?.Text);

    [Fact]
    public void Him_for_a_name_apposed_to_a_noun_is_that_nouns_phrase()
    {
        var release = Events("In March, gunmen abducted a Catholic priest, Father Linus Ahule, near Takum. His captors released him on a bush path 11 days later.")
            .Single(e => e.Cameo.StartsWith("08", StringComparison.Ordinal));
        Assert.Contains("priest", release.Actor2?.Text);
    }

    [Fact]
    public void Rifles_seized_with_a_killing_are_no_confiscation_and_its_fighters_are_the_rebels()
    {
        var events = Events("The New People's Army, the armed wing of the Communist Party of the Philippines, said in a statement on Saturday "
                            + "that its fighters had killed five soldiers and seized several rifles.");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal("PHLREB", events.Single(e => e.Trigger.Text == "killed").Actor1?.Code);
    }

    [Fact]
    public void A_governor_with_his_name_apposed_calls_on_residents_as_the_governor()
    {
        var call = Events("Shabwa's governor, Fadhl al-Kubati, called on residents in a televised speech on Friday to report strangers and unfamiliar vehicles "
                          + "to the police, and said checkpoints around the city would be reinforced.").Single(e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        Assert.StartsWith("Shabwa's governor", call.Actor1?.Text);
    }

    [Fact]
    public void They_dispersed_by_police_are_the_crowd_of_the_protest()
    {
        var dispersal = Events("On Wednesday morning, hundreds of young men blocked the main highway through Kontagora with burning tyres. "
                               + "They were dispersed by police firing tear gas about three hours later, an AFP correspondent saw.").Single(e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal("hundreds of young men", dispersal.Actor2?.Text);
    }

    [Fact]
    public void One_of_them_freed_counts_the_suspects_arrested_in_the_sentence_before() =>
        Assert.Equal("Two suspects", Events("Two suspects were arrested in San Benito on Monday afternoon, the Public Ministry said. "
                                            + "A judge in Flores freed one of them on Tuesday for lack of evidence, a court spokesman said.")
            .Single(e => e.Cameo.StartsWith("08", StringComparison.Ordinal)).Actor2?.Text);

    [Fact]
    public void A_threat_to_use_force_against_people_targets_them() =>
        Assert.Equal("any youths", Events("Chol also threatened Saturday to use force against any youths who refuse to hand over their weapons within a week.")
            .Single(e => e.Cameo.StartsWith("13", StringComparison.Ordinal)).Actor2?.Text);

    [Fact]
    public void Aid_flown_to_a_place_for_people_goes_to_the_people() =>
        Assert.Equal("families", Events("UNICEF flew medical supplies and tents to Tonj on Saturday for families who fled the cattle camps, the agency said.")
            .Single(e => e.Cameo.StartsWith("07", StringComparison.Ordinal)).Actor2?.Text);

    [Fact]
    public void A_body_with_a_relative_clause_accuses_on_a_day_after_it() =>
        Assert.Equal("Amnesty International", Events("Amnesty International, which says it has recorded more than 200 killings in Niger state since January 2025, "
                                                     + "on Wednesday accused the Nigerian authorities of ignoring warnings.").Single(e => e.Cameo.StartsWith("11", StringComparison.Ordinal)).Actor1?.Text);

    [Fact]
    public void An_ambush_on_an_aid_groups_convoy_targets_the_drivers_it_killed() =>
        Assert.Equal("two drivers", Events("Last month, gunmen ambushed a convoy of an aid group near Rumbek, killing two drivers.")
            .Single(e => e.Trigger.Text == "ambushed").Actor2?.Text);

    [Fact]
    public void Whom_a_demand_that_they_set_up_a_base_is_made_of_is_its_target() =>
        Assert.Equal("the federal government", Events("Community leaders from Kontagora and the neighbouring Mashegu district demanded on Wednesday that the federal government "
                                                      + "set up a permanent military base in the area, saying villagers had been left to defend themselves with hunting rifles.")
            .Single(e => e.Cameo.StartsWith("10", StringComparison.Ordinal)).Actor2?.Text);

    [Fact]
    public void Growers_fired_on_stay_the_target_beside_the_farmers_the_shooting_killed() =>
        Assert.Equal("coca growers", Events("Police opened fire on coca growers blocking a highway outside the town on Monday, killing two farmers and wounding at least 15, officials said.")
            .Single(e => e.Cameo == "190").Actor2!.Text);

    [Fact]
    public void Whom_an_attack_is_blamed_on_is_blamed_and_what_the_militia_has_fought_since_is_no_event()
    {
        var events = Events("In a phone interview Tuesday, Ngaliema blamed the attack on the Mobondo, a militia drawn largely from the Yaka community that has fought Teke villagers and landowners in the region since a dispute over customary land dues turned violent in 2022.");
        Assert.StartsWith("the Mobondo", Assert.Single(events).Actor2!.Text);
    }

    [Fact]
    public void A_possessed_governor_with_his_name_meets_and_a_man_who_said_he_commanded_a_unit_threatens()
    {
        Assert.Equal("Mai-Ndombe's governor, Jean-Marie Lokwa", Events("Mai-Ndombe's governor, Jean-Marie Lokwa, met Teke and Yaka chiefs in Inongo, the provincial capital, on Tuesday, his spokesman said.")
            .Single(e => e.Cameo == "040").Actor1!.Text);
        Assert.StartsWith("A man", Events("A man who said he commanded an IPOB unit in Orlu threatened in a video posted online on Wednesday to attack any trader who opens a stall.")
            .Single(e => e.Trigger.Text == "threatened").Actor1!.Text);
        var threat = Events("In a telephone call with the AP on Monday, a man who said he spoke for the attackers threatened further raids unless vigilante groups in the area were disbanded.");
        Assert.StartsWith("a man", threat.Single(e => e.Trigger.Text == "threatened").Actor1!.Text);
        Assert.DoesNotContain(threat, e => e.Trigger.Text == "raids");
    }

    [Fact]
    public void A_count_of_them_a_court_freed_is_of_the_people_detained_not_the_officers_injured() =>
        Assert.Equal("37 people", Events("Police detained at least 37 people on Friday night, the region's Interior Ministry said Saturday, adding that six officers had been injured. A court in Nukus freed 25 of them with fines on Saturday, said a lawyer.")
            .Single(e => e.Trigger.Text == "freed").Actor2!.Text);

    [Fact]
    public void Relatives_after_by_midday_on_a_day_and_its_comma_are_the_subject_of_a_perfect() =>
        Assert.StartsWith("hundred relatives", Events("By midday on Sunday, several hundred relatives and tribesmen of the detained men had blocked the main highway on the eastern edge of Ramadi with burning tyres, demanding their release.")
            .Single(e => e.Cameo == "144").Actor1!.Text);

    [Fact]
    public void A_local_council_chairman_shot_with_his_driver_is_the_first_target() =>
        Assert.Equal("a local council chairman", Events("In August, gunmen shot dead a local council chairman and his driver near Okigwe.").Single().Actor2!.Text);

    [Fact]
    public void A_mob_attacking_christians_after_rumors_spread_assaults_them_as_the_officials_report()
    {
        var attack = Events("A mob attacked Coptic Christians in a village near the town of Samalut on Sunday night, torching at least five homes and injuring seven people after rumors spread that a house there was being turned into a church, church officials said Monday.")
            .Single(e => e.Trigger.Text == "attacked");
        Assert.Equal(("180", "Coptic Christians", "reported"), (attack.Cameo, attack.Actor2!.Text, attack.Modality));
    }

    [Fact]
    public void Aid_workers_held_since_january_were_released_and_a_council_that_demanded_threatened()
    {
        Assert.Equal("Two Yemeni aid workers", Events("Two Yemeni aid workers who had been held by the Houthis since January were released in Hajjah on Monday, a relative of one of them told AFP.")
            .Single(e => e.Cameo == "0841").Actor2!.Text);
        Assert.StartsWith("The council", Events("The council of elders of Chisec demanded on Friday that prosecutors investigate the police commanders who led the eviction, and threatened to block every highway in the department if the detained villagers were not freed.")
            .Single(e => e.Trigger.Text == "threatened").Actor1!.Text);
    }

    [Fact]
    public void Machetes_that_wounded_officers_did_not_act() =>
        Assert.Null(Events("The National Civil Police said 11 officers were wounded by machetes and stones.").Single(e => e.Trigger.Text == "wounded").Actor1);

    [Fact]
    public void Soldiers_tracking_the_kidnappers_clash_and_free_the_workers() =>
        Assert.All(Events("Soldiers tracking the kidnappers clashed with a group of armed men near the river early on Monday, killing two of them and freeing three of the workers, the armed forces joint command said."),
            e => Assert.Equal("Soldiers", e.Actor1!.Text));

    [Fact]
    public void He_is_no_woman_the_words_name_before() =>
        Assert.Equal("Kumar", Events("Police chief Ravi Kumar met the protesters on Sunday. The dead farmer's widow, Kamala Madhi, staged a sit-in outside the office on Sunday. He urged the protesters to go home.")
            .Single(e => e.Trigger.Text == "urged").Actor1!.Text);

    [Fact]
    public void An_initiative_for_personal_rights_is_one_name() =>
        Assert.Equal("The Egyptian Initiative for Personal Rights", Events("The Egyptian Initiative for Personal Rights accused the authorities on Tuesday of using them.").Single().Actor1!.Text);

    [Fact]
    public void Both_released_are_the_men_detained_and_a_minister_on_a_day_accuses()
    {
        Assert.Equal("two young men", Events("Georgian police detained two young men who tried to walk across the bridge toward the Abkhaz checkpoint, and both were released without charge a few hours later, the Interior Ministry said.")
            .Single(e => e.Trigger.Text == "released").Actor2!.Text);
        Assert.Equal("Interior Minister Gerardo Sandoval", Events("Interior Minister Gerardo Sandoval on Thursday accused \"land invaders financed by drug traffickers\" of attacking the officers and said the eviction had been ordered by a judge.")
            .Single(e => e.Trigger.Text == "accused").Actor1!.Text);
    }

    [Fact]
    public void A_federation_which_says_it_represents_miners_demands()
    {
        Assert.Equal("The Madre de Dios Mining Federation", Events("The Madre de Dios Mining Federation, which says it represents some 30,000 small-scale miners seeking legal permits, demanded on Wednesday that the government suspend the raids.")
            .Single(e => e.Cameo == "10").Actor1!.Text);
        Assert.StartsWith("The regional farmers' union", Events("The regional farmers' union demanded on Wednesday that the government compensate growers for damaged trees and threatened to block the coastal road between Sfax and Mahdia.")
            .Single(e => e.Trigger.Text == "threatened").Actor1!.Text);
    }

    [Fact]
    public void Both_released_in_the_next_sentence_are_the_two_abducted()
    {
        var events = Events("Tension had already risen after gunmen abducted a district administrator and his driver near Yirgalem on Tuesday, local officials said. Both were released unharmed on Wednesday evening after mediation by elders, one official said.");
        Assert.Equal("a district administrator", events.Single(e => e.Trigger.Text == "released").Actor2!.Text);
    }

    [Fact]
    public void A_name_opening_like_an_imperative_with_its_apposition_is_a_rights_group_and_he_released_is_the_man_named()
    {
        var accusation = Events("Fortify Rights, a human rights group, on Monday accused the military of deliberately bombing places where displaced civilians had gathered.")
            .Single(e => e.Trigger.Text == "accused");
        Assert.Equal(("Fortify Rights, a human rights group", "NGO"), (accusation.Actor1!.Text, accusation.Actor1.Code));
        Assert.Equal("Dorvilus", Events("Soldiers detained Wesner Dorvilus, a cameraman, at the border on Thursday. He was released without charge from a military post late on Thursday.")
            .Single(e => e.Trigger.Text == "released").Actor2!.Text);
    }

    [Fact]
    public void He_after_an_unnamed_office_holder_is_that_office_holder()
    {
        var appeal = Events("The dead farmer, Sukru Madkami, was buried on Saturday. Odisha's chief minister met the state's police chief in Bhubaneswar on Sunday, his office said. In a statement after the meeting, he urged Maoist fighters to surrender.")
            .Single(e => e.Trigger.Text == "urged");
        Assert.Equal("GOV", appeal.Actor1!.Sector);
        Assert.DoesNotContain("Madkami", appeal.Actor1.Text);
    }

    [Fact]
    public void Captives_held_for_hours_are_taken_hostage_by_the_crowd_of_miners_and_them_released_are_those_held()
    {
        var events = Events("In Huepetuhe itself, a crowd of miners held two prosecutors and a forestry official inside the municipal building for six hours on Wednesday. The miners released them unharmed that evening after the town's mayor pleaded with the crowd, the public prosecutor's office said.");
        var held = events.Single(e => e.Trigger.Text == "held");
        Assert.Equal(("181", "a crowd of miners"), (held.Cameo, held.Actor1!.Text));
        Assert.Equal("two prosecutors", events.Single(e => e.Trigger.Text == "released").Actor2!.Text);
        // (Not talks held for hours.)
        Assert.DoesNotContain(Events("The two delegations held talks for six hours on Wednesday."), e => e.Cameo == "181");
    }

    [Fact]
    public void Residents_of_a_town_with_its_apposition_after_an_opening_year_are_the_side_that_clashed()
    {
        var clash = Events("In 2021, residents of Yekepa, a mining town farther north, clashed with police during protests over jobs at an iron ore mine.")
            .Single(e => e.Trigger.Text == "clashed");
        Assert.Equal("residents", clash.Actor1!.Text);
    }

    [Fact]
    public void A_quoted_group_blamed_after_a_reported_toll_is_the_one_blamed()
    {
        var blame = Events("The Liberia National Police said on Sunday that only one man had died, and blamed \"criminal elements\" who it said had tried to break into the station's armoury.")
            .Single(e => e.Trigger.Text == "blamed");
        Assert.Equal("criminal elements", blame.Actor2!.Text);
    }

    [Fact]
    public void Crew_members_seized_are_abducted_and_two_of_them_released_are_those_seized()
    {
        var events = Events("The attackers then seized three crew members and took them into the forest on the far bank, the officials said. Two of them were released Thursday after the boat's owner paid a ransom, the owner's brother said.");
        var seized = events.Single(e => e.Trigger.Text == "seized");
        Assert.Equal(("181", "CVL"), (seized.Cameo, seized.Actor2!.Sector));
        Assert.Equal("three crew members", events.Single(e => e.Trigger.Text == "released").Actor2!.Text);
    }

    [Fact]
    public void A_named_group_with_an_apposition_and_its_relative_clause_is_who_accused()
    {
        var accusation = Events("The Congolese Observatory for Human Rights, the group that first reported the deaths, accused police on Thursday of firing live ammunition into the crowd.")
            .Single(e => e.Trigger.Text == "accused");
        Assert.StartsWith("The Congolese Observatory for Human Rights", accusation.Actor1!.Text);
    }

    [Fact]
    public void Suspected_Maoists_are_rebels_and_a_bomb_they_set_off_is_a_bombing()
    {
        var killing = Events("Last month, suspected Maoists shot dead a village headman near Saraikela.").Single();
        Assert.Equal(("180", "REB"), (killing.Cameo, killing.Actor1!.Sector));
        var bombing = Events("Suspected Maoist rebels set off a roadside bomb under a vehicle carrying paramilitary soldiers near the mining town of Gua on Tuesday, killing five soldiers and wounding three others, police said.").First();
        Assert.Equal(("183", "Suspected Maoist rebels"), (bombing.Cameo, bombing.Actor1!.Text));
    }

    [Fact]
    public void Students_who_storm_a_hall_riot_and_gunmen_who_storm_a_base_attack()
    {
        Assert.Equal("145", Events("In December 2023, hundreds of students stormed a convention hall in Banda Aceh where more than 130 Rohingya were sheltering.").Single(e => e.Trigger.Text == "stormed").Cameo);
        Assert.StartsWith("19", Events("Militants stormed a police station in the town on Tuesday.").Single(e => e.Trigger.Text == "stormed").Cameo);
    }

    [Fact]
    public void Gangs_a_government_blamed_in_quotes_after_on_are_the_ones_blamed()
    {
        var blame = Events("Nicaragua's government, in a statement read on state television on Sunday, blamed the attack on \"criminal gangs financed by coup-mongers abroad\" and denied that land disputes were behind the violence.")
            .Single(e => e.Trigger.Text == "blamed");
        Assert.Equal("criminal gangs", blame.Actor2!.Text);
    }

    [Fact]
    public void An_accusation_after_and_on_a_day_is_the_denying_ministrys_own_and_asserted()
    {
        var accusation = Events("Azerbaijan's Defence Ministry denied that its soldiers had opened fire and on Wednesday accused Armenian units of firing on its positions.")
            .Single(e => e.Trigger.Text == "accused");
        Assert.Equal(("asserted", "Azerbaijan's Defence Ministry"), (accusation.Modality, accusation.Actor1!.Text));
    }

    [Fact]
    public void An_accusation_after_a_denied_passive_is_the_denying_spokesmans_own_and_asserted()
    {
        var accusation = Events("A junta spokesman denied that civilians had been targeted and accused the KNU of hiding fighters in monasteries and schools.")
            .Single(e => e.Trigger.Text == "accused");
        Assert.Equal(("asserted", "A junta spokesman", "the KNU"), (accusation.Modality, accusation.Actor1!.Text, accusation.Actor2?.Text));
    }

    [Fact]
    public void A_threat_made_in_the_call_the_kidnappers_had_made_is_theirs_not_the_reporting_families()
    {
        var threat = Events("Families said the kidnappers had telephoned them that night and threatened to kill the other captives unless each family paid a ransom.")
            .Single(e => e.Trigger.Text == "threatened");
        Assert.Equal(("the kidnappers", "the other captives"), (threat.Actor1?.Text, threat.Actor2?.Text));
    }

    [Fact]
    public void Residents_after_as_who_blocked_a_highway_are_its_side_not_the_police_who_detained()
    {
        var blockade = Events("Armenian police detained at least 40 people on Wednesday as hundreds of residents of the southern province of Syunik blocked the main highway outside the town of Kapan for a second day.")
            .Single(e => e.Trigger.Text == "blocked");
        Assert.Equal("hundreds of residents", blockade.Actor1!.Text);
    }

    [Fact]
    public void An_appeal_a_meeting_is_held_for_is_no_event_of_its_own()
    {
        var events = Events("Elders and imams from Ganta met the superintendent in Sanniquellie on Monday to ask her to lift the curfew before the weekly market day, one of the elders said.");
        Assert.Equal("040", Assert.Single(events, e => e.Modality is "asserted" or "reported").Cameo);
        // (The lifting asked for is no fact.)
        Assert.All(events.Where(e => e.Cameo.StartsWith("08")), e => Assert.Equal("demanded", e.Modality));
        // (An appeal of its own still is one: "The elders asked her to lift the curfew".)
        Assert.Contains(Events("The elders asked the superintendent on Monday to lift the curfew."), e => e.Cameo.StartsWith("02"));
    }

    [Fact]
    public void Some_in_the_crowd_who_threw_stones_are_the_crowd()
    {
        var riot = Events("Some in the crowd then threw stones at the station and set fire to a police pickup truck parked in its yard.").First();
        Assert.Equal("the crowd", riot.Actor1!.Text);
        Assert.Equal("the protesters", Events("Some of the protesters threw stones at police.").Single().Actor1!.Text);
    }

    [Fact]
    public void A_deadline_in_a_threats_condition_does_not_date_the_threat()
    {
        var threat = Processed.Extract("The drivers met the governor on Thursday. Speaking outside the governor's office after the meeting, the association's president, Papy Engbanda, threatened a citywide strike by motorcycle taxis if the officers were not arrested by Monday.",
            new DateOnly(2025, 6, 6)).Events.Single(e => e.Trigger.Text == "threatened");
        Assert.Equal("2025-06-05", threat.Date!.Value);
    }

    [Fact]
    public void A_that_clause_hung_on_the_day_of_a_demand_is_what_was_demanded_of_whom()
    {
        var demand = Events("Five members of parliament from Mafraq demanded on Wednesday that the government compensate farmers whose land near the border has been declared a closed military zone.")
            .Single(e => e.Trigger.Text == "demanded");
        Assert.Equal("the government", demand.Actor2!.Text);
    }

    [Fact]
    public void The_attackers_opening_a_paragraph_act_where_the_paragraph_before_put_them()
    {
        var events = Processed.Extract("MBANDAKA, Congo (AP) — Police fired tear gas at protesters in Mbandaka on Wednesday.\n\nIn a separate attack, armed men opened fire on a passenger boat on the river near Lukolela, about 170 kilometers south of Mbandaka, on Monday night, killing a fish trader, navy officials said.\n\nThe attackers then seized three crew members and took them into the forest on the far bank, the officials said.",
            new DateOnly(2025, 6, 6)).Events;
        Assert.Equal("Lukolela", events.Single(e => e.Trigger.Text == "seized").Place!.Text);
    }

    [Fact]
    public void A_road_a_blockade_leads_to_is_not_its_place_when_the_sentence_puts_it_at_the_town()
    {
        var events = Processed.Extract("PUERTO CABEZAS, Nicaragua (AP) — Hundreds of Miskito residents marched through Puerto Cabezas on Sunday.\n\nLater that day, young men from the town's Miskito neighborhoods blocked the road to Waspán at the northern edge of the town with logs, a local radio station reported.",
            new DateOnly(2024, 11, 18)).Events;
        Assert.StartsWith("PUERTO CABEZAS", events.Single(e => e.Trigger.Text == "blocked").Place!.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_threat_told_right_after_a_days_demand_is_that_days_wherever_the_threatened_act_would_be()
    {
        var events = Processed.Extract("KAPAN, Armenia (AP) — Residents blocked the highway outside Kapan on Tuesday.\n\nIn a statement on Wednesday, the protesters' coordinating council demanded that the government publish the maps of the new border. Its leaders also threatened to block the road to the Iranian border at Meghri if police made more arrests.",
            new DateOnly(2025, 10, 16)).Events;
        Assert.Equal("2025-10-15", events.Single(e => e.Trigger.Text == "threatened").Date?.Value);
    }

    [Fact]
    public void Where_someone_was_moved_is_not_where_the_next_sentences_crowd_is()
    {
        var events = Processed.Extract("GANTA, Liberia (AP) — Police in Ganta shot dead two young men on Saturday during a riot, residents said.\n\nHundreds of residents had gathered outside the town's main police station on Saturday morning, demanding that officers hand over a herbalist, witnesses said. The man had been moved to Sanniquellie, the county capital, hours earlier. Some in the crowd then threw stones at the station and set fire to a police pickup truck parked in its yard.",
            new DateOnly(2024, 3, 12)).Events;
        var riot = events.Single(e => e.Trigger.Text == "threw");
        Assert.Equal(("GANTA", "2024-03-09"), (riot.Place?.Text, riot.Date?.Value));
    }

    [Fact]
    public void People_freed_by_a_magistrate_or_for_lack_of_evidence_are_released()
    {
        var release = Events("Three of the suspects were freed by a magistrate in Sarh on Friday for lack of evidence, a court official said.").Single();
        Assert.Equal(("0841", "Three of the suspects"), (release.Cameo, release.Actor2!.Text));
        Assert.Contains(Events("One of the two leaders, a 63-year-old widower, was freed on Tuesday afternoon for lack of evidence, his lawyer said."), e => e.Cameo == "0841");
    }

    [Fact]
    public void A_title_with_its_modifiers_and_the_name_apposed_after_them_is_who_accused()
    {
        var accusation = Events("A lawmaker representing Alkaleri in the state assembly, Auwal Tsoho, accused the federal government on Sunday of abandoning rural communities.").Single();
        Assert.StartsWith("A lawmaker", accusation.Actor1!.Text);
        Assert.StartsWith("A Tamil lawmaker", Events("A Tamil lawmaker from the district, Kandiah Sivapalan, accused the police on Monday of treating grieving mothers like criminals.").Single().Actor1!.Text);
    }

    [Fact]
    public void A_collective_and_a_coalition_of_groups_act_with_the_military_asked_to_free_and_abbots_asked_to_urge()
    {
        var threat = Events("A collective of youth groups threatened on Monday to call a general strike across the province.").Single(e => e.Trigger.Text == "threatened");
        Assert.Equal("A collective of youth groups", threat.Actor1!.Text);
        var demand = Events("A coalition of Mon civil society groups demanded on Saturday that the military free everyone still held after the Thaton raids.")
            .Single(e => e.Trigger.Text == "demanded");
        Assert.Equal(("A coalition of Mon civil society groups", "the military"), (demand.Actor1!.Text, demand.Actor2?.Text));
        var asked = Events("The chief minister also met abbots of about 30 monasteries in Mawlamyine on Friday and asked them to urge young men to report for military training.")
            .Single(e => e.Trigger.Text == "asked");
        Assert.Equal("abbots", asked.Actor2?.Text);
    }

    [Fact]
    public void Crowd_control_takes_the_crowd_from_the_purpose_of_the_verb_coordinated_with_it()
    {
        var events = Events("Police fired tear gas and used water cannon to push the crowd back from the port, and 31 people were arrested, the regional prosecutor's office said Monday. "
                            + "Police fired tear gas and swung batons to stop the crowd from reaching the building, and at least 20 people were injured, witnesses said.");
        Assert.All(events.Where(e => e.Trigger.Text == "fired"), e => Assert.Equal("the crowd", e.Actor2?.Text));
        Assert.Equal(2, events.Count(e => e.Trigger.Text == "fired"));
        // (The arrests beside them are acts of their own.)
        Assert.Equal("173", events.Single(e => e.Trigger.Text == "arrested").Cameo);
    }

    [Fact]
    public void The_people_before_many_of_them_a_town_with_its_distance_and_residents_of_villages_are_the_marchers()
    {
        var blockade = Events("Several hundred people, many of them farmers from villages along the frontier, had blocked the road linking Ijevan with Noyemberyan since Monday morning.")
            .Single(e => e.Trigger.Text == "blocked");
        Assert.Contains("people", blockade.Actor1!.Text);
        var march = Events("In Imzouren, a town about 15 kilometres to the south, several hundred people marched in silence on Monday evening, a local journalist said.")
            .Single(e => e.Trigger.Text == "marched");
        Assert.Contains("people", march.Actor1!.Text);
        var villagers = Events("Hundreds of residents of Khan Arnabah and nearby villages marched towards the edge of the buffer zone on Friday afternoon, waving Syrian flags.")
            .Single(e => e.Trigger.Text == "marched");
        Assert.Equal("Hundreds of residents", villagers.Actor1!.Text);
        var threat = Events("A group calling itself the Border Self-Defence Command threatened in leaflets left in Boca de Cupe on Sunday to kill boat operators, residents said.")
            .Single(e => e.Trigger.Text == "threatened");
        Assert.Contains("group", threat.Actor1!.Text);
    }

    [Fact]
    public void The_captives_a_clause_with_no_pronoun_tells_were_seized_are_its_object_and_its_they_the_captors()
    {
        var events = Processed.Extract("On Monday, gunmen freed four loggers they had seized on a forest road near Batopilas two days earlier, according to the prosecutor's office.",
                                       new DateOnly(2026, 2, 12)).Events;
        var seizure = Assert.Single(events, e => e.Trigger.Text == "seized");
        Assert.Equal(("gunmen", "four loggers", "2026-02-07"), (seizure.Actor1?.Text, seizure.Actor2?.Text, seizure.Date?.Value));
        Assert.Equal("2026-02-09", Assert.Single(events, e => e.Trigger.Text == "freed").Date?.Value);
        // (Not a time: "beat them every time they asked for water" asks no time.)
        var asked = Events("\"They beat them every time they asked for water,\" he said.").Where(e => e.Trigger.Text == "asked");
        Assert.All(asked, e => Assert.Null(e.Actor2));
    }

    [Fact]
    public void Released_they_after_a_semicolon_are_the_abducted_on_their_own_day_and_he_after_a_places_governor_is_the_governor()
    {
        var events = Processed.Extract("On Saturday, gunmen abducted three Chadian employees of the International Rescue Committee (IRC) on the outskirts of Goz Beida; "
                                       + "they were freed unharmed on Monday, the IRC said.", new DateOnly(2025, 11, 19)).Events;
        var freed = Assert.Single(events, e => e.Trigger.Text == "freed");
        Assert.Equal(("three Chadian employees", "2025-11-17"), (freed.Actor2?.Text, freed.Date?.Value));
        var demand = Assert.Single(Events("Arauca's governor held an emergency security council with army and police commanders in Tame on Tuesday. "
                                          + "Speaking to reporters in Tame afterwards, he demanded that the Defence Ministry send more troops to rural areas."), e => e.Trigger.Text == "demanded");
        Assert.Equal("Arauca's governor", demand.Actor1?.Text);
    }

    [Fact]
    public void A_relative_clause_on_a_groups_apposition_is_the_named_groups_act_on_its_own_day()
    {
        var signed = Assert.Single(Processed.Extract("The military on Thursday accused fighters of the Moro Islamic Liberation Front (MILF), the former rebel group "
                                                     + "that signed a peace deal with Manila in 2014, of taking part in the ambush.", new DateOnly(2025, 8, 28)).Events,
                                   e => e.Trigger.Text == "signed");
        Assert.Equal("MILF", signed.Actor1?.Text);
        Assert.NotEqual("2025-08-28", signed.Date?.Value);
    }

    [Fact]
    public void The_nations_military_shelling_a_town_and_wounding_electricians_attacks_the_electricians()
    {
        var shelling = Assert.Single(Processed.Extract("Last Saturday, the Ukrainian military shelled the village of Glushkovo, some 50 km to the west, "
                                                       + "wounding two electricians who were repairing a power line.", new DateOnly(2026, 2, 12)).Events);
        Assert.Equal(("the Ukrainian military", "two electricians"), (shelling.Actor1?.Text, shelling.Actor2?.Text));
    }

    [Fact]
    public void A_participle_with_its_own_agent_coordinated_with_a_passive_acts_on_its_subject_and_troops_of_a_brigade_are_the_troops()
    {
        var shelled = Assert.Single(Events("The convoy was ambushed by gunmen on Monday and shelled by rebels on Tuesday."), e => e.Trigger.Text == "shelled");
        Assert.Equal(("rebels", "The convoy"), (shelled.Actor1?.Text, shelled.Actor2?.Text));
        var clash = Assert.Single(Events("In Sumisip, troops of the Army's 101st Infantry Brigade clashed on Tuesday with about 10 Abu Sayyaf militants."));
        Assert.Equal("troops", clash.Actor1?.Text);
    }

    [Fact]
    public void Captives_freed_days_or_weeks_after_seizing_them_were_abducted_by_their_captors()
    {
        var bouar = Processed.Extract("On Saturday, 3R fighters freed four truck drivers in Bozoum, two weeks after seizing them outside Paoua, "
                                      + "according to the national drivers' union.", new DateOnly(2025, 11, 19)).Events;
        var seizure = Assert.Single(bouar, e => e.Trigger.Text == "seizing");
        Assert.Equal(("181", "3R fighters", "four truck drivers", "2025-11-01"), (seizure.Cameo, seizure.Actor1?.Text, seizure.Actor2?.Text, seizure.Date?.Value));
        var reported = Processed.Extract("Kidnappers freed a rice trader in Tipo-Tipo on Tuesday, two days after seizing him at his shop in Tuburan, his brother said.",
                                         new DateOnly(2025, 8, 28)).Events;
        Assert.Equal("a rice trader", Assert.Single(reported, e => e.Trigger.Text == "seizing").Actor2?.Text);
        var coordinated = Events("Maoists on Sunday freed a road contractor and two labourers in a forest near Kirandul, weeks after abducting them from a construction site.");
        Assert.Equal("Maoists", Assert.Single(coordinated, e => e.Trigger.Text == "abducting").Actor1?.Text);
    }

    [Fact]
    public void They_or_it_in_a_relative_clause_on_what_an_act_took_or_gave_is_that_acts_doer()
    {
        var hijacked = Assert.Single(Events("Near Eyl, pirates on Wednesday released 11 Yemeni fishermen and their dhow, whom they had hijacked last month, "
                                            + "after clan elders mediated, an official said."), e => e.Trigger.Text == "hijacked");
        Assert.Equal("pirates", hijacked.Actor1?.Text);
        var kidnapped = Assert.Single(Events("On Saturday, the EGC handed over two soldiers it had kidnapped from a bus near Necocli in January."),
            e => e.Trigger.Text == "kidnapped");
        Assert.Equal("the EGC", kidnapped.Actor1?.Text);
    }

    [Fact]
    public void Its_people_in_what_a_body_says_are_the_bodys()
    {
        var document = Processed.Extract("Medecins Sans Frontieres (MSF), which supports the town's hospital, said its teams treated 31 wounded people on Tuesday.",
            new DateOnly(2025, 9, 17));
        var treated = Assert.Single(document.Events, e => e.Trigger.Text == "treated");
        Assert.Equal("Medecins Sans Frontieres", document.Entities.Single(e => e.Id == treated.Actor1?.Entity).Name);
    }

    [Fact]
    public void A_killing_told_in_a_relative_clause_on_the_phrase_of_a_fight_is_the_fights_toll()
    {
        var events = Events("Tambura was the centre of fighting between Azande and Balanda militias in 2021 that killed more than 440 people, according to the United Nations.");
        var fighting = Assert.Single(events);
        Assert.Equal(("190", 440), (fighting.Cameo, fighting.Fatalities?.Min));
    }

    [Fact]
    public void A_noun_of_bodies_after_a_name_and_its_comma_is_that_name_and_so_is_the_next_sentences_it()
    {
        var document = Processed.Extract("In a statement on Monday, the Karen National Union (KNU), the ethnic armed group that has fought the central government "
                                         + "for decades, said the toll had risen to 17 and accused the military of deliberately targeting civilians. "
                                         + "It demanded that the army withdraw its troops from monasteries.", new DateOnly(2025, 9, 23));
        var knu = Assert.Single(document.Entities, e => e.Mentions.Any(m => m.Text == "KNU"));
        Assert.Equal(knu.Id, Assert.Single(document.Events, e => e.Trigger.Text == "accused").Actor1?.Entity);
        Assert.Equal(knu.Id, Assert.Single(document.Events, e => e.Trigger.Text == "demanded").Actor1?.Entity);
    }

    [Fact]
    public void The_one_who_blows_himself_up_is_no_target_of_his_act()
    {
        var blast = Assert.Single(Events("A suicide bomber blew himself up outside a Shi'ite mosque in Ghazni on Wednesday."));
        Assert.Equal(("A suicide bomber", null), (blast.Actor1?.Text, blast.Actor2?.Text));
    }

    [Fact]
    public void A_passive_told_in_a_clause_of_time_keeps_its_agent_as_the_doer()
    {
        var shot = Assert.Single(Events("The fighting erupted after a herder from the Ajuran clan was shot dead by unidentified gunmen near the same water pan "
                                        + "two days earlier, elders said."), e => e.Trigger.Text == "shot");
        Assert.Equal(("unidentified gunmen", "a herder"), (shot.Actor1?.Text, shot.Actor2?.Text));
    }

    [Fact]
    public void Whom_captors_free_taken_by_no_one_named_they_took()
    {
        var abducted = Assert.Single(Events("On Saturday, kidnappers freed a 15-year-old girl who had been abducted outside a school in Apaseo el Grande last week."),
            e => e.Trigger.Text == "abducted");
        Assert.Equal(("kidnappers", "a 15-year-old girl"), (abducted.Actor1?.Text, abducted.Actor2?.Text));
    }

    [Fact]
    public void Whom_a_threat_is_against_is_its_target()
    {
        var threat = Assert.Single(Events("Youth leader Lokwang Ekeno threatened revenge against the Turkana on Monday."));
        Assert.Equal(("13", "the Turkana"), (threat.Cameo, threat.Actor2?.Text));
    }

    [Fact]
    public void They_opening_the_clause_after_a_semicolon_is_the_first_clauses_doers()
    {
        var freed = Assert.Single(Events("Last month, militants kidnapped four Levies personnel from a checkpost in Surab; they freed the men near the town on Wednesday, "
                                         + "according to a district official."), e => e.Trigger.Text == "freed");
        Assert.Equal("militants", freed.Actor1?.Text);
    }

    [Fact]
    public void A_command_post_is_a_military_body_not_a_message()
    {
        var curfew = Assert.Single(Events("The city's command post also imposed a curfew from 7 p.m. on Friday."));
        Assert.Equal(("The city's command post", "MIL"), (curfew.Actor1?.Text, curfew.Actor1?.Sector));
    }

    [Fact]
    public void A_name_with_its_apposed_role_and_a_relative_clause_on_it_is_the_clauses_doer_without_the_clause()
    {
        var met = Assert.Single(Events("UNMISS, the U.N. mission, which met chiefs from both sides in Rumbek last Friday, said the governors would meet next week."),
            e => e.Trigger.Text == "met");
        Assert.Equal(("UNMISS, the U.N. mission", "chiefs"), (met.Actor1?.Text, met.Actor2?.Text));
    }

    [Fact]
    public void An_article_read_as_the_object_gives_way_to_its_name_and_the_apposed_role_ends_at_its_comma()
    {
        var blamed = Assert.Single(Events("Speaking in Tambura on Wednesday, Mbiko blamed the SPLA-IO, the armed opposition loyal to Riek Machar, for the attack."));
        Assert.Equal("the SPLA-IO, the armed opposition loyal to Riek Machar", blamed.Actor2?.Text);
    }

    [Fact]
    public void A_commander_of_a_unit_that_controls_a_port_threatens_and_a_man_who_said_he_managed_a_ranch_threatens()
    {
        Assert.Equal("A commander", Assert.Single(Events(
            "A commander of an armed unit that controls the city's port threatened in a video posted on Friday to \"deal firmly\" with anyone who \"exploits the blood of the victims\"."),
            e => e.Trigger.Text == "threatened").Actor1?.Text);
        Assert.StartsWith("a man", Assert.Single(Events(
            "In an audio message shared in local WhatsApp groups on Wednesday, a man who said he managed a neighbouring ranch threatened to \"finish the job\" if the families did not leave by the weekend."),
            e => e.Trigger.Text == "threatened").Actor1?.Text);
    }

    [Fact]
    public void Platoons_of_police_sent_to_a_town_by_a_government_are_its_deployment()
    {
        var sent = Assert.Single(Events("Two platoons of police were sent to the town by the Punjab government the same morning."));
        Assert.Equal(("153", "the Punjab government"), (sent.Cameo, sent.Actor1?.Text));
        Assert.Equal("153", Assert.Single(Events("The government sent two platoons of police to the town on Monday.")).Cameo);
    }

    [Fact]
    public void A_group_named_with_its_apposition_or_relative_clause_between_commas_is_the_doer_after_them()
    {
        Assert.StartsWith("The United Liberation Front", Assert.Single(Events(
            "The United Liberation Front of Asom-Independent (ULFA-I), a banned separatist group, threatened in an emailed statement to retaliate against anyone who attacked Assamese villagers."),
            e => e.Trigger.Text == "threatened").Actor1?.Text);
        Assert.Equal("the Metros", Assert.Single(Events(
            "On Monday, the Metros, one of the Gulf Cartel's factions, threatened in banners hung from two pedestrian bridges in Reynosa to kill police officers who cooperated with their rivals."),
            e => e.Trigger.Text == "threatened").Actor1?.Text);
        Assert.StartsWith("The army's 27th Jungle Brigade", Assert.Single(Events(
            "The army's 27th Jungle Brigade, which is headquartered in Mocoa, on Tuesday blamed the attack on the Carolina Ramírez Front."),
            e => e.Trigger.Text == "blamed").Actor1?.Text);
        // (With the apposition read as the root's object and the verb as its conjunct.)
        Assert.Equal("Members of the Indigenous Guard", Assert.Single(Events(
            "Members of the Indigenous Guard, an unarmed civilian patrol that answers to the reservation authorities, detained five suspected dissidents at a checkpoint on Sunday."),
            e => e.Trigger.Text == "detained").Actor1?.Text);
    }

    [Fact]
    public void Women_collecting_firewood_near_a_village_are_the_ones_killed_not_the_village()
    {
        var killed = Assert.Single(Events("Last Thursday, two women collecting firewood near Pajok were killed by suspected cattle raiders, he added."));
        Assert.Equal(("two women", 2), (killed.Actor2?.Text, killed.Fatalities?.Min));
    }

    [Fact]
    public void He_opening_a_sentence_is_the_man_described_before_not_a_woman_named_earlier()
    {
        var demand = Assert.Single(Events("\"They shot at us like animals, even at the children,\" Matilde Caal, whose brother was among the dead, told Reuters by telephone. "
            + "A man who identified himself as a spokesman for the Comando Polochic, an armed group that rights activists say guards several estates in the valley, "
            + "told a local radio station on Wednesday that its members had taken no part in the attack. He demanded that the families leave the estate by Friday."),
            e => e.Trigger.Text == "demanded");
        Assert.StartsWith("A man who identified himself", demand.Actor1?.Text);
    }

    [Fact]
    public void Him_released_by_his_abductors_is_the_driver_they_took()
    {
        var released = Assert.Single(Events("Across the border in Nagaland, unidentified men abducted a truck driver from Assam near Dimapur on Wednesday night, "
            + "police there said. His abductors released him unharmed near Wokha on Thursday evening."), e => e.Trigger.Text == "released");
        Assert.Equal("a truck driver", released.Actor2?.Text);
    }

    [Fact]
    public void What_the_front_threatened_in_pamphlets_is_its_threat_whatever_the_residents_said()
    {
        var threat = Assert.Single(Events("Last month, the front threatened in pamphlets distributed in Mocoa to kill shopkeepers who sell food to soldiers, residents said."),
            e => e.Trigger.Text == "threatened");
        Assert.Equal(("the front", "shopkeepers"), (threat.Actor1?.Text, threat.Actor2?.Text));
    }

    [Fact]
    public void Whom_a_warning_is_given_is_its_target_not_whom_the_warned_act_is_done_to()
    {
        var warning = Assert.Single(Events("The Kenya National Union of Teachers warned the government that it would pull all teachers out of the county."),
            e => e.Trigger.Text == "warned");
        Assert.Equal("the government", warning.Actor2?.Text);
    }

    [Fact]
    public void Workers_released_whom_police_had_detained_were_detained_by_the_police()
    {
        var detained = Assert.Single(Events("On Tuesday, police in Toba Tek Singh released 22 workers of the hardline Tehreek-e-Labbaik Pakistan (TLP) party "
            + "whom they had detained last week under public order laws."), e => e.Trigger.Text == "detained");
        Assert.Equal(("police", "22 workers"), (detained.Actor1?.Text, detained.Actor2?.Text));
    }

    [Fact]
    public void Whom_a_spokesman_accuses_after_and_may_be_two_joined_by_and()
    {
        var accused = Assert.Single(Events("A 3R spokesman, reached by telephone, said the group had nothing to do with the killings and accused government troops "
                                           + "and their Russian allies of killing Fulani herders around Paoua."), e => e.Trigger.Text == "accused");
        Assert.Equal(("A 3R spokesman", "government troops"), (accused.Actor1?.Text, accused.Actor2?.Text));
    }

    [Fact]
    public void A_demand_after_and_belongs_with_the_threat_not_with_the_clause_of_wherever()
    {
        var demand = Assert.Single(Events("In an audio message released on Tuesday, the leader of the breakaway faction threatened to attack Russian instructors "
                                          + "wherever they are posted and demanded that the government expel them from Ouham-Pende."), e => e.Trigger.Text == "demanded");
        Assert.Equal(("the leader", "the government", "asserted"), (demand.Actor1?.Text, demand.Actor2?.Text, demand.Modality));
    }

    [Fact]
    public void Two_subjects_after_and_hold_talks_with_each_other_not_with_what_the_talks_are_on()
    {
        var talks = Assert.Single(Events("On Monday, authorities in Bouar released 20 3R fighters held in the town's prison as a goodwill gesture, and government "
                                         + "officials and 3R representatives held talks in Bangui on Tuesday on the stalled demobilization of the group's remaining men."),
            e => e.Trigger.Text == "held");
        Assert.Equal(("040", "government officials", "3R representatives"), (talks.Cameo, talks.Actor1?.Text, talks.Actor2?.Text));
    }

    [Fact]
    public void Aid_given_to_them_after_and_goes_to_the_people_the_first_verb_acted_on()
    {
        var aid = Assert.Single(Events("Its peacekeepers evacuated about 40 families from the market area on Monday night, and the Central African Red Cross "
                                       + "distributed food and blankets to them the next day."), e => e.Trigger.Text == "distributed");
        Assert.Equal("40 families", aid.Actor2?.Text);
        var treated = Assert.Single(Events("Medecins Sans Frontieres (MSF), which supports the town's hospital, said it treated 23 people with gunshot and machete wounds on Wednesday."),
            e => e.Trigger.Text == "treated");
        Assert.Equal("073", treated.Cameo);
    }

    [Fact]
    public void Whom_a_seizure_told_right_after_a_release_took_are_the_ones_freed_and_a_pronoun_took_them_the_freers()
    {
        var events = Events("To the south, militants on Wednesday freed two government schoolteachers near Daggar, officials said. "
                            + "The militants had abducted them from a school in Daggar earlier this month.");
        Assert.Equal("two government schoolteachers", Assert.Single(events, e => e.Trigger.Text == "abducted").Actor2?.Text);
        var kidnapping = Assert.Single(Events("On Saturday, the 36th Front freed two soldiers near Peque, a town southwest of Ituango where it had kidnapped them "
                                              + "in February, the Ombudsman's Office said."), e => e.Trigger.Text == "kidnapped");
        Assert.Equal(("the 36th Front", "two soldiers", "2025-02-01"), (kidnapping.Actor1?.Text, kidnapping.Actor2?.Text, kidnapping.Date?.Value));
    }

    [Fact]
    public void The_subject_after_a_day_after_on_a_rally_after_an_apposition_and_the_subject_after_an_opening_phrase_are_found()
    {
        var killing = Assert.Single(Events("The bombing came two days after gunmen shot dead a polio vaccinator in Mingora, and on Tuesday security forces killed "
                                           + "four militants in an exchange of fire near Upper Dir, the military's media wing said."), e => e.Trigger.Text == "killed");
        Assert.Equal(("security forces", "four militants"), (killing.Actor1?.Text, killing.Actor2?.Text));
        var rally = Assert.Single(Events("On Friday, hundreds of people, led by members of the Swat Qaumi Jirga, a council of elders and political parties, rallied "
                                         + "at Nishat Chowk in Mingora to protest against rising militancy."), e => e.Trigger.Text == "rallied");
        Assert.Equal("hundreds of people", rally.Actor1?.Text);
        var threat = Assert.Single(Events("In a video that circulated on social media on Monday, a dozen armed men claiming to belong to the CJNG threatened to kill "
                                          + "residents of Tepalcatepec who cooperate with Carteles Unidos."), e => e.Trigger.Text == "threatened");
        Assert.EndsWith("armed men", threat.Actor1?.Text);
    }

    [Fact]
    public void A_spanish_name_with_del_is_one_side_and_its_conjunct_the_other()
    {
        var fight = Assert.Single(Events("In March last year, the Clan del Golfo and the ELN fought for several days over mines in rural Remedios."), e => e.Trigger.Text == "fought");
        Assert.Equal(("the Clan del Golfo", "the ELN"), (fight.Actor1?.Text, fight.Actor2?.Text));
    }

    [Fact]
    public void Platoons_sent_explosives_dropped_and_rifles_seized_after_after_are_events()
    {
        Assert.Contains(Events("Police detained 14 suspects on Thursday night, and the provincial government sent two platoons of the Frontier Constabulary to the town the same night."),
            e => e.Trigger.Text == "sent" && e.Cameo.StartsWith("15"));
        Assert.Contains(Events("The attack came two days after soldiers seized more than 40 rifles and a stock of drone-borne explosives at a ranch outside the town."),
            e => e.Trigger.Text == "seized" && e.Cameo.StartsWith("17"));
        // (Wounding two officers, none killed: the attack stays on the station.)
        var strike = Assert.Single(Events("On Monday, dissidents dropped explosives from a drone onto the police station in Briceno, wounding two officers."),
            e => e.Trigger.Text == "dropped");
        Assert.Equal(("dissidents", "the police station"), (strike.Actor1?.Text, strike.Actor2?.Text));
    }

    [Fact]
    public void A_spokesman_before_an_apposition_threatens_the_owners_of_the_villages_the_attacks_would_hit()
    {
        var threat = Assert.Single(Events("A spokesman for the gelweng, the armed cattle guards of Aweil East, on Wednesday threatened revenge attacks on the "
                                          + "raiders' home villages unless the cattle are returned."), e => e.Trigger.Text == "threatened");
        Assert.Equal(("A spokesman", "the raiders"), (threat.Actor1?.Text, threat.Actor2?.Text));
    }

    [Fact]
    public void The_two_who_agree_after_a_meeting_are_the_two_who_met()
    {
        var agreement = Assert.Single(Events("Northern Bahr el Ghazal's governor met his Warrap counterpart in Wau on Wednesday, and the two agreed to set up a joint "
                                             + "committee to trace the stolen cattle."), e => e.Trigger.Text == "agreed");
        Assert.Equal(("Northern Bahr el Ghazal's governor", "his Warrap counterpart"), (agreement.Actor1?.Text, agreement.Actor2?.Text));
    }

    [Fact]
    public void Captives_freed_weeks_after_seizing_them_near_a_place_located_by_a_distance_were_seized_by_their_freers()
    {
        var seizure = Assert.Single(Events("On Saturday, Boko Haram fighters freed 12 farmers near Konduga, about 30 km northwest of Bama, weeks after seizing them "
                                           + "from their fields, a local official said."), e => e.Trigger.Text == "seizing");
        Assert.Equal(("Boko Haram fighters", "12 farmers"), (seizure.Actor1?.Text, seizure.Actor2?.Text));
        var release = Assert.Single(Events("The Chinland Council freed 23 captured soldiers in Falam last week as a goodwill gesture, council officials said."),
            e => e.Cameo.StartsWith("08"));
        Assert.Equal(("freed", "The Chinland Council"), (release.Trigger.Text, release.Actor1?.Text));
    }

    [Fact]
    public void An_accusation_after_a_threats_until_clause_and_a_demand_of_the_security_council_have_their_sides()
    {
        var accusation = Assert.Single(Events("In a statement on Thursday, the CNA threatened to strike army positions in Hakha every night until the bombing stops, "
                                              + "and accused the military of deliberately targeting markets, schools and churches."), e => e.Trigger.Text == "accused");
        Assert.Equal(("the CNA", "the military", "asserted"), (accusation.Actor1?.Text, accusation.Actor2?.Text, accusation.Modality));
        var events = Events("On Thursday morning, hundreds of Falam residents marched behind the coffins of the victims, demanding that the United Nations "
                            + "Security Council halt sales of aviation fuel to the military.");
        Assert.Null(Assert.Single(events, e => e.Trigger.Text == "marched").Actor2);
        Assert.Equal("the United Nations Security Council", Assert.Single(events, e => e.Trigger.Text == "demanding").Actor2?.Text);
    }

    [Fact]
    public void Aid_to_a_count_of_refugees_fire_answered_with_and_a_town_retaken_from_a_group()
    {
        var aid = Assert.Single(Events("The Young Mizo Association delivered food and blankets on Tuesday to about 400 newly arrived refugees in Aizawl."),
            e => e.Trigger.Text == "delivered");
        Assert.EndsWith("refugees", aid.Actor2?.Text);
        var shelling = Assert.Single(Events("Government troops answered with artillery fire on the town's northern wards, where two residents were killed."),
            e => e.Trigger.Text == "answered");
        Assert.Equal(("19", "two residents"), (shelling.Cameo[..2], shelling.Actor2?.Text));
        var retaking = Assert.Single(Events("Ministries would move back to Khartoum, which the army retook from the RSF in March last year."), e => e.Trigger.Text == "retook");
        Assert.Equal(("the army", "the RSF"), (retaking.Actor1?.Text, retaking.Actor2?.Text));
    }

    [Fact]
    public void A_car_hit_with_a_drone_is_a_drone_strike_that_killed_its_victim_and_a_clause_on_a_distance_is_the_acts()
    {
        var strike = Assert.Single(Events("Later on Tuesday, Russian forces hit a car with a first-person-view drone in Chervonohryhorivka, a village just east of "
                                          + "Nikopol, killing a 61-year-old man, the district administration said."), e => e.Trigger.Text == "hit");
        Assert.Equal(("195", "Russian forces", "a 61-year-old man"), (strike.Cameo, strike.Actor1?.Text, strike.Actor2?.Text));
        var seizure = Assert.Single(Events("On Saturday, Boko Haram fighters freed 12 farmers near Konduga, about 30 km northwest of Bama, weeks after seizing them "
                                           + "from their fields, a local official said, without saying whether a ransom had been paid."), e => e.Trigger.Text == "seizing");
        Assert.Equal("Boko Haram fighters", seizure.Actor1?.Text);
    }

    [Fact]
    public void A_spokesman_after_an_opening_passive_participle_threatens_and_demands()
    {
        var events = Events("Reached by telephone later on Friday, the group's spokesman, who gave his name only as Lalthang, threatened to attack the army "
                            + "wherever it enters Bawm villages and demanded that the government pull its troops out of the hills.");
        Assert.Equal(("the group's spokesman", "the army"), (Assert.Single(events, e => e.Trigger.Text == "threatened").Actor1?.Text,
            Assert.Single(events, e => e.Trigger.Text == "threatened").Actor2?.Text));
        var demand = Assert.Single(events, e => e.Trigger.Text == "demanded");
        Assert.Equal(("the group's spokesman", "the government", "asserted"), (demand.Actor1?.Text, demand.Actor2?.Text, demand.Modality));
    }

    [Fact]
    public void A_threat_after_a_relative_clause_on_what_a_demand_asks_is_the_demanders_and_the_clauses_month_dates_neither()
    {
        var events = Events("He demanded the release of 12 relatives of gang members whom police detained in raids last month, and threatened to kill "
                            + "the captives if the operation continued.");
        var threat = Assert.Single(events, e => e.Trigger.Text == "threatened");
        Assert.Equal(("He", "the captives"), (threat.Actor1?.Text, threat.Actor2?.Text));
        Assert.Null(threat.Date);
        Assert.Null(Assert.Single(events, e => e.Trigger.Text == "demanded").Date);
        Assert.Equal("police", Assert.Single(events, e => e.Trigger.Text == "detained").Actor1?.Text);
    }

    [Fact]
    public void Militiamen_armed_with_rifles_raid_not_the_rifles()
    {
        var raid = Assert.Single(Events("Mai-Mai militiamen armed with rifles and machetes raided the town of Kasongo on Tuesday night, killing at least 14 civilians."),
            e => e.Trigger.Text == "raided");
        Assert.Equal(("Mai-Mai militiamen", "14 civilians"), (raid.Actor1?.Text, raid.Actor2?.Text));
    }

    [Fact]
    public void The_place_a_direction_points_to_is_no_subject()
    {
        var clash = Assert.Single(Events("In Gressier, about 20 km west of Port-au-Prince, police and soldiers clashed with the gang for several hours on Wednesday, "
                                         + "leaving three suspected gang members dead, the police said."), e => e.Trigger.Text == "clashed");
        Assert.Equal(("police", "the gang"), (clash.Actor1?.Text, clash.Actor2?.Text));
    }

    [Fact]
    public void A_bomb_planted_by_militants_tore_through_a_minibus_and_kidnappers_freed_both_women()
    {
        var bombing = Assert.Single(Events("On Wednesday, a roadside bomb planted by suspected al Shabaab militants tore through a minibus near Jalalaqsi, killing "
                                           + "four passengers, police said."), e => e.Trigger.Text == "tore");
        Assert.Equal(("183", "four passengers"), (bombing.Cameo, bombing.Actor2?.Text));
        Assert.EndsWith("militants", bombing.Actor1?.Text);
        // (Not the drop a participle of the explosives already tells.)
        Assert.DoesNotContain(Events("Two days earlier, explosives dropped from a drone had hit an army base in Fortul, wounding one soldier."), e => e.Trigger.Text == "hit");
        var release = Assert.Single(Events("Two days before the bus attack, gunmen abducted two nurses from a clinic in Leogane, and their kidnappers freed both women "
                                           + "on Thursday evening, a colleague told Reuters."), e => e.Trigger.Text == "freed");
        Assert.Equal("both women", release.Actor2?.Text);
    }

    [Fact]
    public void A_raid_after_after_read_as_its_subjects_preposition_is_the_raiders()
    {
        var raid = Assert.Single(Events("On Tuesday the RSF-appointed governor of East Darfur met Rizeigat and Misseriya elders in El Daein to calm tensions after "
                                        + "gunmen raided a cattle camp near Al Mijlad last week, killing five herders."), e => e.Trigger.Text == "raided");
        Assert.Equal(("gunmen", "five herders"), (raid.Actor1?.Text, raid.Actor2?.Text));
    }

    [Fact]
    public void A_name_read_as_the_passive_subject_of_its_appositions_participle_is_the_demander()
    {
        var demand = Assert.Single(Events("The National Unity Government (NUG), the shadow administration set up by opponents of the junta, demanded that the "
                                          + "military free the detained men."), e => e.Trigger.Text == "demanded");
        Assert.StartsWith("The National Unity Government (NUG)", demand.Actor1?.Text);
    }

    [Fact]
    public void Catechists_freed_by_gunmen_are_released_and_drivers_taken_away_by_attackers_are_abducted()
    {
        Assert.Equal("0841", Assert.Single(Events("On Sunday, gunmen freed two Catholic catechists outside Yajalon.")).Cameo);
        var abduction = Assert.Single(Events("Several drivers were taken away by the attackers on Sunday afternoon, he said."));
        Assert.Equal(("181", "the attackers", "Several drivers"), (abduction.Cameo, abduction.Actor1?.Text, abduction.Actor2?.Text));
        Assert.Empty(Events("The attackers took away the cattle."));
    }

    [Fact]
    public void Jihadis_who_shoot_a_farmer_are_an_armed_group_assaulting_a_civilian() =>
        Assert.Equal("180", Assert.Single(Events("Last Thursday, suspected jihadis shot dead a farmer near Titao.")).Cameo);

    [Fact]
    public void What_a_government_would_not_allow_a_group_to_take_is_not_taken() =>
        Assert.DoesNotContain(Events("The president said the government would not allow any group to take control of Chiapas."), e => Modalities.IsFactual(e.Modality));

    [Fact]
    public void The_wounded_of_a_coordinated_killing_and_the_fighting_a_clash_was_in_are_no_second_attack()
    {
        var bombing = Assert.Single(Events("In March last year, a motorcycle bomb killed a street vendor and wounded 14 people in the centre of Jamundi."));
        Assert.Equal(14, bombing.Injuries?.Min);
        Assert.Single(Events("The attack came two days after troops and EMC fighters clashed on the outskirts of Corinto, about 20 km to the northeast, in fighting the army said left three guerrillas dead."));
    }

    [Fact]
    public void Chiefs_agreeing_to_a_cessation_of_hostilities_agree_to_a_truce() =>
        Assert.Equal("0871", Assert.Single(Events("In March last year, chiefs from Yirol and Terekeka agreed to a cessation of hostilities at a church-brokered conference in Juba.")).Cameo);

    [Fact]
    public void Aid_flown_in_to_treat_dozens_of_wounded_is_aid_with_no_attack() =>
        Assert.Equal("073", Assert.Single(Events("Doctors Without Borders flew medical supplies and a surgical team into Yirol on Monday to treat dozens of wounded, many with gunshot injuries to the chest and legs.")).Cameo);

    [Fact]
    public void Troops_who_caught_up_with_assailants_killing_a_count_of_them_killed_the_assailants()
    {
        var killing = Assert.Single(Events("In a statement on Wednesday, the army said troops sent from Bankass had caught up with the assailants near Koro, about 50 kilometres to the east, that morning, killing 12 of them."));
        Assert.Equal(("troops", "the assailants", 12), (killing.Actor1?.Text, killing.Actor2?.Text, killing.Fatalities?.Min));
    }

    [Fact]
    public void He_whose_spokesman_reports_him_is_the_man_named_before_not_the_spokesman() =>
        Assert.Equal("The Yobe state governor", Events("The Yobe state governor condemned the killings on Wednesday. He met army, police and intelligence chiefs in Damaturu, "
                                                       + "the state capital, later that night, his spokesman said.").Single(e => e.Trigger.Text == "met").Actor1?.Text);

    [Fact]
    public void The_dead_of_a_drone_that_hit_a_school_are_its_target_and_the_residents_who_blocked_a_road_demand()
    {
        var strike = Assert.Single(Events("In March last year, a drone hit a Koranic school and killed four pupils."));
        Assert.Equal(("four pupils", 4), (strike.Actor2?.Text, strike.Fatalities?.Min));
        var demand = Events("Last Thursday, residents of several villages blocked the highway at the entrance to Ayutla for 10 hours, demanding that the state government remove the checkpoint.")
            .Single(e => e.Trigger.Text == "demanding");
        Assert.Equal("residents", demand.Actor1?.Text);
    }

    [Fact]
    public void Acts_as_long_as_something_goes_on_crimes_fought_and_kidnap_gangs_are_no_events()
    {
        Assert.DoesNotContain(Events("\"As long as soldiers burn our homes, no military truck will pass here safely,\" he said."), e => Modalities.IsFactual(e.Modality));
        Assert.DoesNotContain(Events("Its community police, set up in the 1990s to fight cattle theft and kidnapping, now find themselves caught between drug gangs."), e => Modalities.IsFactual(e.Modality));
        Assert.Empty(Events("Southern Taraba has become a corridor for every kind of armed group, from cattle rustlers to kidnap gangs."));
    }

    [Fact]
    public void A_demand_opened_by_a_day_is_made_of_the_subject_of_what_it_demands_and_a_blockade_lived_under_is_no_act()
    {
        var demand = Assert.Single(Events("Last Friday, Berom leaders had demanded that the federal government disarm armed groups hiding in the hills."), e => e.Trigger.Text == "demanded");
        Assert.Equal("the federal government", demand.Actor2?.Text);
        Assert.Empty(Events("The trucks carried food for Djibo, a town near the border with Mali that has lived under a jihadi blockade for more than three years."));
    }

    [Fact]
    public void A_bare_count_arrested_after_a_count_of_them_killed_counts_the_same_people()
    {
        var arrest = Events("Soldiers and National Guard troops sent from Ocosingo fought the gunmen in the hills near Bachajon on Wednesday, killing three of them and arresting two, "
                            + "the Defense Ministry said.").Single(e => e.Trigger.Text == "arresting");
        Assert.Equal("the gunmen", arrest.Actor2?.Text);
    }

    [Fact]
    public void What_one_has_nothing_to_gain_from_or_is_stopped_from_doing_is_not_done()
    {
        Assert.Empty(Events("\u201cWe have nothing to gain from killing the people of Talodi, who are our own people,\u201d spokesman Kuwa Tutu told Reuters by phone."));
        Assert.DoesNotContain(Events("Police stopped the farmers from blocking the highway on Monday."), e => e.Trigger.Text == "blocking");
    }

    [Fact]
    public void The_raid_no_group_claimed_responsibility_for_is_no_raid_of_its_own() =>
        Assert.Empty(Events("No group has claimed responsibility for the raid, which bore the hallmarks of the kidnapping gangs that have terrorised the department for years."));

    [Fact]
    public void Calling_an_attack_revenge_for_abuses_names_it_and_appeals_for_nothing() =>
        Assert.DoesNotContain(Events("A JNIM spokesman called the attack revenge for army abuses against Fulani communities."), e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
}
