using Vigil.Documents;

namespace Vigil.Tests.Events;

/// <summary>Which counts an attack keeps, which are reported beside it, and when they are a dispute.</summary>
public class EventTollsTests
{
    private static List<Event> Events(string text) => Processed.Extract(text, new DateOnly(2022, 4, 23)).Events;

    [Fact]
    public void Men_a_side_lost_in_a_clash_are_its_dead_but_make_no_repulse_of_an_attack_told_an_act_of_its_own()
    {
        var clash = Assert.Single(Events("A spokesman said the guards had clashed with the attackers on the edge of the village on Monday afternoon, losing two men."));
        Assert.Equal(2, clash.Fatalities?.Min);
        Assert.Null(Assert.Single(Events("Rebels seized the town on Monday, and the army lost control of the district and 40 vehicles.")).Fatalities);
        var events = Events("Rebels attacked army positions near Nasir on Monday. An army spokesman said the soldiers had repulsed the assault on their positions and "
                            + "inflicted heavy losses on the rebels, losing four soldiers.");
        Assert.DoesNotContain(events, e => e.Trigger.Text == "repulsed");
    }

    [Fact]
    public void A_toll_ending_a_headline_is_its_number_not_the_dateline_after_it()
    {
        var document = Processed.Extract("Suicide bombing at Kabul mosque kills 21\n\nKABUL, Afghanistan (AP) — A suicide bomber blew himself up inside a mosque on Friday.");
        Assert.Contains(document.Events, e => e.Fatalities?.Text == "21");
        Assert.DoesNotContain(document.Events, e => e.Fatalities?.Text.Contains("KABUL", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Counts_that_can_both_be_true_are_listed_but_no_dispute()
    {
        var bombing = Assert.Single(Events("A suicide bomber blew himself up inside a mosque in Kabul on Friday, killing at least 21 worshippers, a Taliban official said.\n\n"
                                           + "Police said 21 people were killed."), e => e.Fatalities is not null);
        Assert.False(bombing.Fatalities!.Disputed);
        Assert.Equal(2, bombing.Fatalities.Reports!.Count);
        var shooting = Assert.Single(Events("Soldiers opened fire on townspeople on Monday, killing at least two people, residents said.\n\n"
                                            + "A vigilante leader said four people were killed."), e => e.Fatalities is not null);
        Assert.True(shooting.Fatalities!.Disputed);
    }

    [Fact]
    public void Another_sources_count_after_a_toll_put_at_the_same_figure_is_reported_and_disputes_it()
    {
        var attack = Assert.Single(Events("Gunmen attacked two villages late Sunday, killing at least 27 people, police said Tuesday.\n\n"
                                          + "He put the death toll at 27, but a community leader, Monday Kassah, told The Associated Press that 41 bodies had been recovered."),
                                   e => e.Fatalities is not null);
        Assert.True(attack.Fatalities!.Disputed);
        Assert.Contains(attack.Fatalities.Reports!, r => r.Min == 41 && r.Quote is not null);
        // (A revision by the source that gave the first count is no dispute: "initially reported three officers dead but raised the toll to four".)
        var revised = Assert.Single(Events("Gunmen ambushed a police patrol on Sunday, killing four officers, the state prosecutor's office said.\n\n"
                                           + "The office initially reported three officers dead but raised the toll to four late Monday."),
                                    e => e.Fatalities is not null);
        Assert.False(revised.Fatalities!.Disputed);
    }

    [Fact]
    public void A_count_of_another_killing_with_its_killer_named_after_by_is_no_other_count_of_the_attack()
    {
        var attack = Assert.Single(Events("A suicide bomber blew himself up at a police checkpoint in Peshawar on Thursday, killing nine officers, police said. "
                                          + "The Pakistani Taliban claimed responsibility, saying it was revenge for the killing of one of its commanders by security forces last month."),
                                   e => e.Fatalities is not null);
        Assert.False(attack.Fatalities!.Disputed);
        Assert.Null(attack.Fatalities.Reports);
    }

    [Fact]
    public void A_denial_that_anyone_was_killed_disputes_the_toll_a_denied_role_does_not()
    {
        var denied = Events("At least three people were shot dead in the Kibera slum late on Tuesday, according to Amnesty International. "
                            + "A police spokeswoman denied that any protester was killed by police.");
        Assert.True(Assert.Single(denied, e => e.Fatalities is not null).Fatalities!.Disputed);
        var role = Events("Gunmen killed 12 villagers in Djugu on Sunday, officials said. The militia denied any role in the killings.");
        Assert.False(Assert.Single(role, e => e.Fatalities is not null).Fatalities!.Disputed);
    }

    [Fact]
    public void Another_sides_killing_is_another_incident_not_a_dispute()
    {
        var events = Events("A suicide bomber blew himself up inside a mosque in Kabul on Friday, killing at least 21 worshippers, a Taliban official said.\n\n"
                            + "Taliban forces later raided a suspected hideout in the city and killed three militants, a spokesman said.");
        Assert.All(events.Where(e => e.Fatalities is not null), e => Assert.False(e.Fatalities!.Disputed));
    }

    [Fact]
    public void A_wounding_does_not_take_the_death_of_another_clause_which_is_reported_beside_the_attack()
    {
        var events = Events("Sudanese security forces fired tear gas and live ammunition at thousands of protesters in Khartoum on Thursday, killing at least five people, a doctors' group said.\n\n"
                            + "Police said one protester had died and 45 officers were injured by stones thrown by demonstrators.");
        var injuring = Assert.Single(events, e => e.Trigger.Text == "injured");
        Assert.Null(injuring.Fatalities);
        Assert.Equal("demonstrators", injuring.Actor1?.Text);
        var shooting = Assert.Single(events, e => e.Trigger.Text == "fired");
        Assert.Equal([5, 1], shooting.Fatalities!.Reports!.Select(r => r.Min ?? 0));
    }

    [Fact]
    public void An_insurgencys_running_total_in_a_relative_clause_is_no_toll_of_the_strikes_before_it()
    {
        var events = Events("The army said its air force had carried out strikes on the fleeing attackers.\n\n"
                            + "The junta has struggled to contain the insurgency, which has killed thousands of people.");
        Assert.All(events, e => Assert.Null(e.Fatalities));
    }

    [Fact]
    public void A_counts_words_run_through_of_to_the_people_counted()
    {
        var raid = Assert.Single(Events("Officers exchanged fire with the gang for several hours and killed five of its members, police said."), e => e.Fatalities is not null);
        Assert.Equal("five of its members", raid.Fatalities!.Text);
    }

    [Fact]
    public void A_countrys_name_on_an_act_put_in_somewhere_says_where_not_who()
    {
        Assert.DoesNotContain(Events("Jihadists kill dozens of soldiers in Burkina Faso attack"), e => e.Actor1?.Text == "Burkina Faso");
    }

    [Fact]
    public void A_toll_in_a_coordinated_clause_with_its_own_subject_is_that_clauses()
    {
        var events = Events("Protesters stormed the parliament on Tuesday, and police opened fire on the crowd, killing at least five people, rights groups said.");
        Assert.Null(Assert.Single(events, e => e.Trigger.Text == "stormed").Fatalities);
        Assert.Equal(5, Assert.Single(events, e => e.Trigger.Text == "opened").Fatalities!.Min);
    }

    [Fact]
    public void The_injured_a_crackdown_left_are_its_own()
    {
        var events = Processed.Extract("DHAKA, Bangladesh (Reuters) — Police fired tear gas at thousands of garment workers on Tuesday, leaving at least one worker dead "
                                       + "and more than 50 injured, police and union leaders said.", new DateOnly(2026, 11, 26)).Events;
        var crackdown = Assert.Single(events, e => e.Trigger.Text == "fired");
        Assert.Equal((1, 50), (crackdown.Fatalities!.Min, crackdown.Injuries!.Min));
    }

    [Fact]
    public void Those_who_died_of_their_wounds_later_are_the_dead_of_the_act_that_wounded_them()
    {
        var events = Processed.Extract("Police fired tear gas and rubber bullets at garment workers on Monday night, injuring at least 40 people, witnesses said.\n\n"
                                       + "One worker, 22-year-old Rina Begum, died of her injuries early on Tuesday, the hospital director said.", new DateOnly(2024, 11, 12)).Events;
        var crackdown = Assert.Single(events, e => e.Trigger.Text == "fired");
        Assert.Equal((1, 40), (crackdown.Fatalities!.Min, crackdown.Injuries!.Min));
        // (Deaths of another cause are not the act's.)
        var other = Processed.Extract("Police fired tear gas at garment workers on Monday, injuring at least 40 people.\n\nOne worker died of cholera on Tuesday.", new DateOnly(2024, 11, 12)).Events;
        Assert.Null(Assert.Single(other, e => e.Trigger.Text == "fired").Fatalities);
    }

    [Fact]
    public void Another_sources_toll_put_at_a_figure_is_reported_beside_the_attacks_with_its_wounded()
    {
        var events = Processed.Extract("MOGADISHU, Somalia (AP) — Al-Shabaab militants detonated a car bomb at the gate of a hotel on Sunday evening, killing at least 12 people, police said.\n\n"
                                       + "A police captain told The Associated Press that security forces killed four attackers after a six-hour siege. "
                                       + "The Aamin ambulance service put the death toll at 18, and said 40 others were wounded.", new DateOnly(2024, 3, 18)).Events;
        var bombing = Assert.Single(events, e => e.Trigger.Text == "detonated");
        Assert.Equal((12, true, 40), (bombing.Fatalities!.Min, bombing.Fatalities.Disputed, bombing.Injuries!.Min));
        Assert.Contains(bombing.Fatalities.Reports!, r => r.Min == 18);
        Assert.Equal(4, events.Single(e => e.Actor2?.Text == "four attackers").Fatalities!.Min);
    }

    [Fact]
    public void A_death_toll_put_at_a_figure_is_the_attacks_not_the_attacked_sides_account_of_firing_back()
    {
        var events = Processed.Extract("MOPTI, Mali (Reuters) — Malian soldiers fired on a crowd of farmers near Sofara on Sunday evening, killing at least five people, residents said.\n\n"
                                       + "An army spokesman denied that soldiers had targeted civilians. "
                                       + "He said the troops were attacked by armed men hiding among the crowd and returned fire, killing two of them.\n\n"
                                       + "A regional human rights group put the death toll at eight.", new DateOnly(2026, 11, 30)).Events;
        var shooting = Assert.Single(events, e => e.Trigger.Text == "fired");
        Assert.Equal([5, 8], shooting.Fatalities!.Reports!.Select(r => r.Min ?? 0));
        var account = Assert.Single(events, e => e.Trigger.Text == "attacked");
        Assert.Equal((2, null), (account.Fatalities!.Min, account.Fatalities.Reports));
    }

    [Fact]
    public void A_toll_put_at_a_figure_before_and_said_is_reported_with_its_source_and_one_by_one_is_no_toll()
    {
        var events = Processed.Extract("MAIDUGURI, Nigeria (Reuters) — Islamist militants killed at least 23 farmers in Borno state on Saturday, a local official said.\n\n"
                                       + "\"They tied their hands and killed them one by one,\" a survivor told Reuters.\n\n"
                                       + "Borno state governor Babagana Zulum put the death toll at 43 and said the government would recruit more guards.",
                                       new DateOnly(2026, 11, 30)).Events;
        var killing = Assert.Single(events, e => e.Fatalities is not null);
        Assert.Equal((23, true), (killing.Fatalities!.Min, killing.Fatalities.Disputed));
        Assert.Contains(killing.Fatalities.Reports!, r => r.Min == 43 && r.Quote is not null);
        Assert.DoesNotContain(killing.Fatalities.Reports!, r => r.Min == 1);
    }

    [Fact]
    public void A_later_revision_of_the_storys_one_deadly_attack_is_reported_beside_it_however_far_back_unless_conditional_or_of_another_order()
    {
        const string Lead = "An Israeli airstrike hit a school in Gaza City on Tuesday, killing at least 30 people, health officials said.\n\n"
                            + "\"We were sleeping when the missile hit,\" said Umm Khaled. \"There was no warning at all.\"\n\n"
                            + "The Israeli military said it had targeted a command center inside the compound. Hamas denied the claim.\n\n";
        var revised = Assert.Single(Events(Lead + "The Health Ministry said the death toll had risen to 34 by Wednesday morning."), e => e.Fatalities is not null).Fatalities!;
        Assert.Equal(30, revised.Min);
        Assert.Equal([30, 34], revised.Reports!.Select(r => r.Min ?? 0));
        Assert.Equal(30, Assert.Single(Events(Lead + "A girl wounded in the strike died overnight, which would raise the toll to 31."), e => e.Fatalities is not null).Fatalities!.Min);
        Assert.Null(Assert.Single(Events(Lead + "The death toll in the territory has risen to 37,000, the ministry said."), e => e.Fatalities is not null).Fatalities!.Reports);
    }

    [Fact]
    public void Another_sources_bound_far_after_the_storys_one_deadly_attack_is_reported_beside_it()
    {
        var attack = Assert.Single(Events("Gunmen stormed the town of Pont-Sonde in central Haiti early Thursday, killing at least 20 people, officials said.\n\n"
                                          + "A spokesman told reporters that the attackers arrived around 3 a.m. \"They killed women and children. They burned everything,\" he said.\n\n"
                                          + "A human rights group said the death toll could be as high as 70."), e => e.Trigger.Text == "stormed");
        Assert.Equal(20, attack.Fatalities!.Min);
        Assert.Contains(attack.Fatalities.Reports!, r => (r.Min, r.Max, r.Text) == (0, 70, "as high as 70"));
    }

    [Fact]
    public void Another_count_stated_later_in_the_attacks_sentence_is_a_dispute_with_its_source()
    {
        var shooting = Assert.Single(Events("Soldiers fired on residents blocking a highway on Tuesday night, killing at least three people, local officials said, "
                                            + "though a regional human rights group put the death toll at five."), e => e.Fatalities is not null);
        Assert.True(shooting.Fatalities!.Disputed);
        Assert.Equal([3, 5], shooting.Fatalities.Reports!.Select(r => r.Min ?? 0));
        Assert.NotEqual(shooting.Fatalities.Reports![0].Quote, shooting.Fatalities.Reports[1].Quote);
    }

    [Fact]
    public void A_witness_retelling_the_attack_does_not_take_a_later_toll_and_his_relatives_are_among_the_dead_not_a_count()
    {
        var events = Events("KANO, Nigeria (AP) — Armed bandits stormed a village late Saturday, killing at least 12 people, residents said Sunday.\n\n"
                            + "\"They were shooting everyone they saw,\" a farmer told The Associated Press by phone. \"My brother and his two sons were killed.\"\n\n"
                            + "Police spokesman Yazid Abubakar confirmed the attack but said nine people had been killed.");
        var attack = Assert.Single(events, e => e.Fatalities is not null);
        Assert.Equal("stormed", attack.Trigger.Text);
        Assert.Equal([12, 9], attack.Fatalities!.Reports!.Select(r => r.Min ?? 0));
        Assert.True(attack.Fatalities.Disputed);
    }

    [Fact]
    public void Another_count_of_people_killed_is_no_other_report_of_the_toll()
    {
        var shelling = Assert.Single(Events("Paramilitary forces shelled a market in the city of El Fasher on Sunday, killing at least 40 people, an aid group said Monday.\n\n"
                                            + "Another 21 people were killed when shells hit the Abu Shouk camp north of the city, according to the Emergency Lawyers."),
                                     e => e.Fatalities is not null);
        Assert.Equal(40, shelling.Fatalities!.Min);
        Assert.False(shelling.Fatalities.Disputed);
    }

    [Fact]
    public void An_earlier_toll_far_from_the_last_attacks_count_is_the_count_of_the_attack_of_its_size()
    {
        var events = Events("PORT-AU-PRINCE, Haiti (AP) — Members of a powerful gang opened fire on residents of the central Haitian town of Pont-Sonde early Thursday, "
                            + "killing at least 70 people, the United Nations said Friday.\n\nThe gang also set fire to at least 45 homes, the U.N. human rights office said.\n\n"
                            + "Gang leader Luckson Elan claimed responsibility for the attack in a video posted on social media.\n\n"
                            + "The national police said officers killed two gang members in a shootout in the neighboring town of Saint-Marc on Saturday.\n\n"
                            + "Haitian officials had earlier put the death toll at 20.");
        var massacre = Assert.Single(events, e => e.Fatalities?.Min == 70);
        Assert.Equal([70, 20], massacre.Fatalities!.Reports!.Select(r => r.Min ?? 0));
        var shootout = Assert.Single(events, e => e.Fatalities?.Min == 2);
        Assert.False(shootout.Fatalities!.Disputed);
    }

    [Fact]
    public void A_crackdown_keeps_the_toll_its_own_clause_tells_not_one_of_a_clause_coordinated_with_it()
    {
        var crackdown = Assert.Single(Events("Kenyan police fired tear gas and live bullets at thousands of protesters in Nairobi on Tuesday as demonstrations turned violent, "
                                             + "leaving at least eight people dead, a rights group said."), e => e.Trigger.Text == "fired");
        Assert.Equal(("175", 8), (crackdown.Cameo, crackdown.Fatalities?.Min));
        var teargas = Assert.Single(Events("MARACAIBO, Venezuela (Reuters) - Venezuelan security forces fired tear gas at hundreds of residents protesting against "
                                           + "week-long power cuts in the western city of Maracaibo on Wednesday, and two demonstrators were shot dead by armed men on "
                                           + "motorcycles, according to witnesses and a local rights group."), e => e.Trigger.Text == "fired");
        Assert.Null(teargas.Fatalities);
    }

    [Fact]
    public void A_count_including_someone_an_act_in_a_relative_clause_killed_is_another_sources_count_of_the_attack()
    {
        var events = Events("Kenyan police fired tear gas and live bullets at thousands of protesters in Nairobi on Tuesday, killing at least eight people, a rights group said.\n\n"
                            + "Police spokeswoman Resila Onyango said officers had acted with restraint and that six people had died, including a police officer who was "
                            + "stabbed by a mob in Nakuru.");
        var crackdown = Assert.Single(events, e => e.Trigger.Text == "fired");
        Assert.Equal([8, 6], crackdown.Fatalities!.Reports!.Select(r => r.Min ?? 0));
        Assert.True(crackdown.Fatalities.Disputed);
        Assert.Null(Assert.Single(events, e => e.Trigger.Text == "stabbed").Fatalities);
    }

    [Fact]
    public void Counts_of_people_coordinated_in_one_killing_add_up_but_not_those_it_includes()
    {
        var bombing = Assert.Single(Events("A suicide bomber drove a car into a checkpoint on Monday, killing at least eight soldiers and two civilians, officials said."),
                                    e => e.Fatalities is not null);
        Assert.Equal(10, bombing.Fatalities!.Min);
        Assert.Equal(5, Assert.Single(Events("Militants ambushed an army truck on Tuesday, killing four soldiers and a civilian driver, officials said."),
                                      e => e.Fatalities is not null).Fatalities!.Min);
        Assert.Equal(4, Assert.Single(Events("Troops fought militiamen near Doka on Monday, in fighting that killed four soldiers and an unknown number of gunmen."),
                                      e => e.Fatalities is not null).Fatalities!.Min);
        var strike = Assert.Single(Events("Military aircraft bombed a village on Monday, killing at least 11 people, including four children, residents said."),
                                   e => e.Fatalities is not null);
        Assert.Equal(11, strike.Fatalities!.Min);
    }

    [Theory]
    [InlineData("Gunmen opened fire on a city bus on Tuesday, killing the driver and two passengers, police said.", 3)]
    [InlineData("Gunmen ambushed a water tanker on Saturday, killing its driver, a local official said.", 1)]
    [InlineData("On Tuesday, gunmen shot dead community leader Ramon Ortiz outside his home.", 1)]
    [InlineData("Soldiers raided a neighbourhood on Thursday, killing a separatist commander and four of his fighters, the army said.", 5)]
    public void Particular_people_a_killing_names_are_counted(string text, int dead) =>
        Assert.Equal(dead, Assert.Single(Events(text), e => e.Fatalities is not null).Fatalities!.Min);

    [Fact]
    public void A_headline_strike_with_the_leads_toll_is_the_lead_and_an_act_told_hours_later_is_another_incident()
    {
        var events = Processed.Extract("Israeli strike on school sheltering displaced families kills at least 22 in Gaza, officials say\n\n"
            + "DEIR AL-BALAH, Gaza Strip (AP) — An Israeli airstrike hit a school sheltering displaced Palestinians in central Gaza on Thursday, killing at least 22 "
            + "people, including women and children, according to hospital officials.\n\nThe Israeli military said it had struck Hamas militants operating from a "
            + "command center inside the school. Gaza's Civil Defense put the death toll at 27.\n\nHours later, Israeli troops opened fire on a crowd waiting for "
            + "aid trucks, killing four people, the Gaza Health Ministry said. The military said soldiers fired warning shots at \"suspects\" who approached them.\n\n"
            + "The war began on Oct. 7, 2023, when Hamas-led militants stormed into southern Israel, killing around 1,200 people and taking about 250 hostages.",
            new DateOnly(2024, 7, 12)).Events;
        var strike = Assert.Single(events, e => e.Fatalities?.Min == 22);
        Assert.Equal([22, 27], strike.Fatalities!.Reports!.Select(r => r.Min ?? 0));
        Assert.False(Assert.Single(events, e => e.Fatalities?.Min == 4).Fatalities!.Disputed);
        Assert.DoesNotContain(events, e => e.Trigger.Text == "fired");
        Assert.Equal("181", Assert.Single(events, e => e.Trigger.Text == "taking").Cameo);
    }

    [Fact]
    public void A_blockade_kills_no_one_and_counts_of_people_coordinated_before_dead_add_up()
    {
        var blocking = Assert.Single(Events("Cruz said the officers were responding to a report of armed men blocking the road when they were attacked with rifles. "
                                            + "He said two of the attackers were killed when police returned fire."), e => e.Trigger.Text == "blocking");
        Assert.Null(blocking.Fatalities);
        var clash = Assert.Single(Events("Soldiers clashed with militants on Sunday, leaving two soldiers and three militants dead, the military said."),
                                  e => e.Fatalities is not null);
        Assert.Equal(5, clash.Fatalities!.Min);
    }

    [Fact]
    public void Dead_also_killed_are_besides_the_count_and_a_district_after_the_is_the_place()
    {
        var raid = Assert.Single(Events("PESHAWAR, Pakistan (AP) — Pakistani security forces raided a militant hideout in the North Waziristan district near the Afghan "
                                         + "border on Wednesday, killing eight insurgents, the military said.\n\nTwo soldiers were also killed, according to a statement "
                                         + "from the army's media wing."), e => e.Trigger.Text == "raided");
        Assert.False(raid.Fatalities!.Disputed);
        Assert.Equal("North Waziristan", raid.Place?.Text);
    }

    [Fact]
    public void A_statement_that_no_civilians_were_harmed_disputes_a_toll_of_civilians_not_of_fighters()
    {
        var shooting = Assert.Single(Events("Ethiopian soldiers opened fire on mourners at a funeral in Debre Markos on Sunday, killing at least nine people, according to "
                                            + "three witnesses.\n\nGovernment spokesman Legesse Tulu told the AP by phone that the allegations were \"baseless\" and that no "
                                            + "civilians had been harmed."), e => e.Fatalities is not null);
        Assert.True(shooting.Fatalities!.Disputed);
        var strike = Assert.Single(Events("U.S. Africa Command said it had carried out an air strike near Jalalaqsi on Sunday, killing four al Shabaab fighters, and that "
                                          + "no civilians were harmed."), e => e.Fatalities is not null);
        Assert.False(strike.Fatalities!.Disputed);
    }

    [Theory]
    [InlineData("The air force pounded the retreating assailants near Gasseliki on Tuesday, killing \"more than 60 terrorists\".", "pounded", 60, null)]
    [InlineData("The army said troops had \"neutralised\" 17 terrorists in operations in Oti since Sunday.", "neutralised", 17, 17)]
    [InlineData("On Wednesday, a woman fetching water was shot dead by a Houthi sniper, the rights office said.", "shot", 1, 1)]
    [InlineData("Last month, gunmen pulled nine passengers off a bus near Kalat and shot them dead, officials said.", "shot", 9, 9)]
    [InlineData("The air force bombed the attackers on Monday as they withdrew, \"neutralizing several dozen terrorists,\" the army said.", "bombed", 36, null)]
    public void Tolls_in_quotation_marks_euphemisms_pronouns_and_passives_are_counted(string text, string trigger, int min, int? max)
    {
        var attack = Assert.Single(Events(text), e => e.Trigger.Text == trigger);
        Assert.Equal((min, max), (attack.Fatalities?.Min, attack.Fatalities?.Max));
    }

    [Fact]
    public void An_arrest_coordinated_with_a_killing_kills_no_one()
    {
        var arrest = Assert.Single(Events("The army said troops had \"neutralised\" 17 terrorists in operations in Oti since Sunday and had arrested 23 suspects."),
            e => e.Cameo.StartsWith("173", StringComparison.Ordinal));
        Assert.Null(arrest.Fatalities);
    }

    [Fact]
    public void A_column_of_fighters_stays_the_target_of_the_strike_that_neutralised_its_men()
    {
        var strike = Assert.Single(Events("The Malian army said it had carried out air strikes on a column of fighters fleeing towards the Niger border on Monday evening, "
                                          + "\"neutralising\" about 15 terrorists."), e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal("a column of fighters", strike.Actor2?.Text);
        Assert.Equal(15, strike.Fatalities?.Min);
    }

    [Fact]
    public void One_named_by_a_pronoun_before_and_and_a_count_adds_to_it()
    {
        var ambush = Assert.Single(Events("Gunmen ambushed the mayor on Thursday, killing him and two of his aides as they drove back from a meeting, prosecutors said."),
            e => e.Trigger.Text == "ambushed");
        Assert.Equal((3, 3), (ambush.Fatalities?.Min, ambush.Fatalities?.Max));
    }

    [Fact]
    public void Men_who_died_of_their_wounds_are_dead_not_injured_and_each_sources_count_in_one_sentence_is_reported()
    {
        var events = Processed.Extract("Police fired tear gas and rubber bullets on Monday night to clear hundreds of miners who had blocked the highway, "
                                       + "leaving at least three protesters dead, local officials said. The regional ombudsman's office said three men died "
                                       + "of gunshot wounds at a hospital, while the interior ministry said only one protester had died.", new DateOnly(2025, 7, 8)).Events;
        var crackdown = Assert.Single(events, e => e.Trigger.Text == "fired");
        Assert.Null(crackdown.Injuries);
        Assert.True(crackdown.Fatalities!.Disputed);
        Assert.Contains(crackdown.Fatalities.Reports!, r => r.Min == 1);
    }

    [Fact]
    public void Between_one_number_and_another_is_a_range()
    {
        var attack = Assert.Single(Processed.Extract("Gunmen shelled a camp on Friday, killing between 40 and 60 people.", new DateOnly(2025, 8, 17)).Events);
        Assert.Equal((40, 60), (attack.Fatalities?.Min, attack.Fatalities?.Max));
    }

    [Fact]
    public void A_toll_of_years_ago_is_no_report_of_the_storys_undated_killing()
    {
        var events = Processed.Extract("A security source said a Syrian worker was also killed in the strike near Sidon. Clashes there between Fatah and "
                                       + "Islamist factions in the summer of 2023 killed at least 30 people.", new DateOnly(2026, 6, 23)).Events;
        Assert.DoesNotContain(events, e => e.Fatalities is { Disputed: true });
    }

    [Fact]
    public void A_span_of_days_before_a_massacre_counts_no_one_and_they_killed_in_a_clause_of_time_are_the_counted_subject()
    {
        var bomb = Assert.Single(Events("On Sunday, two days before the massacre, a roadside bomb struck a minibus outside Bandiagara, killing four passengers."));
        Assert.Equal(4, bomb.Fatalities?.Min);
        var fight = Assert.Single(Events("Four gunmen who tried to storm the compound through the breach battled police for nearly three hours before they were killed, the district police chief told reporters."));
        Assert.Equal(4, fight.Fatalities?.Min);
    }

    [Fact]
    public void The_wounded_told_after_an_attack_whose_doer_is_unnamed_are_that_attacks()
    {
        var events = Events("A drone strike on a crowded livestock market in Talodi killed at least 11 civilians on Tuesday, local health officials said. "
                            + "By Wednesday morning the toll had risen to 17, a doctor told Reuters, with more than 30 people wounded.");
        var strike = Assert.Single(events);
        Assert.Equal(30, strike.Injuries?.Min);
    }

    [Fact]
    public void A_part_the_dead_include_is_no_count_of_its_own() =>
        Assert.Equal(58, Assert.Single(Events("In November 2009, 58 people, including 32 journalists, were massacred on a hilltop by gunmen.")).Fatalities?.Min);
}
