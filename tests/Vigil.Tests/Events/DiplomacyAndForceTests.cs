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
        // ("summoned India's deputy high commissioner to lodge a protest": one act of the summoner's, at no place of India's.)
        var envoy = Assert.Single(Events("Pakistan's foreign ministry summoned India's deputy high commissioner to lodge a protest over the firing."));
        Assert.Equal(("110", "PAKGOV", "India's deputy high commissioner", "INDGOV"), (envoy.Cameo, envoy.Actor1!.Code, envoy.Actor2!.Text, envoy.Actor2.Code));
        Assert.NotEqual("India", envoy.Place?.Text);
        var protest = Assert.Single(Events("Thailand lodged a formal protest with Cambodia on Wednesday."));
        Assert.Equal(("110", "Cambodia"), (protest.Cameo, protest.Actor2!.Text));
    }

    [Fact]
    public void A_country_urged_or_accused_is_addressed_not_the_place_of_the_appeal()
    {
        var events = Events("SIDON, Lebanon (AFP) — Lebanese President Joseph Aoun condemned Monday's strike and urged the United States and France "
                            + "to press Israel to halt its attacks. Congo's government accused Rwanda of backing the rebels.");
        Assert.Equal("Sidon", events.Single(e => e.Trigger.Text == "urged").Place?.Text, ignoreCase: true);
        Assert.NotEqual("Rwanda", events.Single(e => e.Trigger.Text == "accused").Place?.Text);
        var pressured = Events("SIDON, Lebanon (AFP) — Lebanese President Joseph Aoun urged the United States and France, which oversee the ceasefire, "
                               + "to pressure Israel to halt its attacks.");
        Assert.Equal("Sidon", pressured.Single(e => e.Trigger.Text == "urged").Place?.Text, ignoreCase: true);
    }

    [Fact]
    public void A_capital_standing_for_its_government_told_what_to_do_or_accused_is_addressed_not_the_place()
    {
        var demanded = Events("QUETTA, Pakistan (AP) — Interior Minister Mohsin Naqvi demanded that Kabul hand over the group's leaders.").Single(e => e.Trigger.Text == "demanded");
        Assert.Equal("Quetta", demanded.Place?.Text, ignoreCase: true);
        var accused = Events("SUMY, Ukraine (AP) — Ukraine's Foreign Ministry accused Moscow of deliberately targeting civilians.").Single(e => e.Trigger.Text == "accused");
        Assert.Equal("Sumy", accused.Place?.Text, ignoreCase: true);
        // (A capital where something is done stays the place: "Protesters marched in Kabul".)
        Assert.Equal("Kabul", Assert.Single(Events("QUETTA, Pakistan (AP) — Hundreds of protesters marched in Kabul on Friday.")).Place?.Text);
    }

    [Fact]
    public void A_story_datelined_abroad_that_names_only_its_actors_country_is_placed_in_that_country()
    {
        var events = Events("DAKAR, Senegal (Reuters) — Burkina Faso's army executed at least 223 civilians, including 56 children, in two "
                            + "villages in the north of the country in February, Human Rights Watch said in a report released on Thursday.");
        Assert.Equal("Burkina Faso", Assert.Single(events, e => e.Trigger.Text == "executed").Place?.Text);
    }

    [Fact]
    public void A_place_in_a_relative_clause_on_the_subject_is_where_the_subject_was_not_where_it_acted()
    {
        var vow = Events("Gunmen opened fire on worshippers at a church in Owo on Sunday, killing at least six people. Ondo state Governor Rotimi "
                         + "Akeredolu, who cut short a trip to the capital Abuja, vowed that the killers would be hunted down.");
        Assert.NotEqual("Abuja", Assert.Single(vow, e => e.Trigger.Text == "vowed").Place?.Text);
        // (Nor, read from the sentence before, the place of an act told without one: "Police fired tear gas ...".)
        var teargas = Events("EL OBEID, Sudan (Reuters) — Drones struck a market in El Obeid on Tuesday.\n\nOn Monday, hundreds of displaced families who "
                             + "had fled villages around Bara protested outside the state government's offices. Police fired tear gas to disperse the crowd.");
        Assert.Equal("EL OBEID", Assert.Single(teargas, e => e.Trigger.Text == "fired").Place?.Text);
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

    [Fact]
    public void Acts_named_in_charges_are_alleged_not_done()
    {
        var events = Events("Police arrested 37 people on Monday night on charges of vandalism and assaulting officers, a police official said.");
        Assert.DoesNotContain(events, e => e.Trigger.Text == "assaulting" && e.Modality is "asserted" or "reported");
    }

    [Fact]
    public void Striking_workers_walking_off_the_job_protest_and_are_not_hitting_anyone()
    {
        Assert.Equal("143", Assert.Single(Events("Workers at 40 factories walked off the job on Saturday.")).Cameo);
        Assert.Equal("175", Assert.Single(Events("Police dispersed striking workers outside the factory on Monday.")).Cameo);
    }

    [Fact]
    public void Troops_moved_to_the_border_are_deployed()
    {
        var move = Assert.Single(Events("The army moved additional troops and armored vehicles to the border near Chaman on Thursday."));
        Assert.Equal("154", move.Cameo);
    }

    [Fact]
    public void Fighters_who_mobilise_show_force_support_mobilised_is_no_event()
    {
        var mobilised = Assert.Single(Events("Hundreds of Ma'awisley militiamen mobilised in Beledweyne on Wednesday, a clan elder said."));
        Assert.Equal(("154", "mobilised"), (mobilised.Cameo, mobilised.Trigger.Text));
        Assert.Empty(Events("The party mobilised support among farmers before the vote."));
    }

    [Fact]
    public void Chiefs_or_a_delegation_received_or_hosted_are_a_visit_hosted_a_letter_received_is_not()
    {
        var received = Assert.Single(Events("In Niamey, the prime minister received traditional chiefs from Tera on Monday, state broadcaster RTN reported."));
        Assert.Equal(("043", "the prime minister", "traditional chiefs"), (received.Cameo, received.Actor1?.Text, received.Actor2?.Text));
        Assert.Equal("a delegation of the marchers", Assert.Single(Events("The regional governor received a delegation of the marchers on Monday.")).Actor2?.Text);
        Assert.Equal("a Senegalese delegation", Assert.Single(Events("Malian officials hosted a Senegalese delegation in Kayes on Friday.")).Actor2?.Text);
        Assert.Empty(Events("The president received a letter from the opposition leader on Monday."));
    }

    [Fact]
    public void Land_fought_over_and_efforts_to_negotiate_are_no_events_drones_someone_launched_strike_from_the_air()
    {
        Assert.Equal("killed", Assert.Single(Events("Gunmen killed six people in Puerto Libertador, the latest massacre in a region fought over by drug-trafficking groups.")).Trigger.Text);
        Assert.Empty(Events("Segovia has long been fought over by groups seeking a share of the gold dug from its hills."));
        Assert.DoesNotContain(Events("The violence has cast a shadow over President Gustavo Petro's efforts to negotiate with armed groups."), e => Modalities.IsFactual(e.Modality));
        var strike = Assert.Single(Events("Drones launched by the RSF struck a crowded livestock market in Kosti on Wednesday, killing at least 14 people."));
        Assert.Equal(("195", "the RSF"), (strike.Cameo, strike.Actor1?.Text));
    }

    [Fact]
    public void An_association_named_with_its_apposition_threatens()
    {
        var threat = Events("The Bangladesh Garment Manufacturers and Exporters Association (BGMEA), the main factory owners' group, threatened workers on Monday with closures.")
            .First(e => e.Cameo.StartsWith("13"));
        Assert.Contains("Association", threat.Actor1!.Text);
        // (and with its acronym and apposition, hung on the name's last word.)
        Assert.EndsWith("(BGMEA), the main factory owners' group", threat.Actor1.Text);
    }

    [Fact]
    public void Denying_a_claim_is_a_statement_denying_a_request_a_rejection()
    {
        Assert.Empty(Events("Islamabad says the TTP operates from Afghan soil, which Kabul denies."));
        Assert.Empty(Events("The Taliban deny harboring the group."));
        Assert.Equal("12", Assert.Single(Events("Thailand denied the request for a joint patrol on Monday.")).Cameo);
    }

    [Fact]
    public void A_question_asked_about_something_is_no_appeal()
    {
        Assert.DoesNotContain(Events("Asked about the killings, Ruto said that the police had acted lawfully."), e => e.Trigger.Text == "Asked");
        Assert.Contains(Events("The governor asked the army to protect the villages."), e => e.Trigger.Text == "asked" && e.Cameo.StartsWith("02"));
    }

    [Fact]
    public void A_speakers_we_names_no_actor()
    {
        Assert.DoesNotContain(Events("\"We asked the government to send help,\" a resident said on Monday."), e => e.Actor1?.Text == "We");
    }

    [Fact]
    public void Capturing_a_commander_is_an_arrest_capturing_a_town_taking_it()
    {
        Assert.Equal("173", Assert.Single(Events("Troops captured a local dissident commander in a rural area of the municipality.")).Cameo);
        Assert.Equal("192", Assert.Single(Events("Rebels captured the town of Goma on Monday.")).Cameo);
        // (A bare place name too; resistance forces are rebels.)
        var falam = Events("HAKHA, Myanmar (AFP) — Resistance forces captured Falam in Chin State last year after a months-long siege.").First();
        Assert.Equal(("192", "REB"), (falam.Cameo, falam.Actor1!.Sector));
    }

    [Fact]
    public void Food_delivered_to_families_is_aid_to_the_families()
    {
        var aid = Assert.Single(Events("The World Food Programme said it had delivered 90 tonnes of food to displaced families last month."));
        Assert.Equal("displaced families", aid.Actor2!.Text);
        // (People the parser hung on a later word of the clause, and new arrivals, who are refugees.)
        var flown = Assert.Single(Events("The state government flew 12 tonnes of food and medicine into the town for displaced families later on Monday, a spokesman said."),
            e => e.Cameo.StartsWith("07", StringComparison.Ordinal));
        Assert.Equal("displaced families", flown.Actor2!.Text);
        var handed = Assert.Single(Events("UNHCR handed out food and plastic sheeting to the new arrivals at a reception center in Koboko on Wednesday."));
        Assert.Equal(("the new arrivals", "REF"), (handed.Actor2!.Text, handed.Actor2.Sector));
    }

    [Fact]
    public void An_agreement_is_signed_with_the_other_party()
    {
        var signing = Assert.Single(Events("On Friday the Philippines signed a reciprocal access agreement with Japan."));
        Assert.Equal(("057", "Japan"), (signing.Cameo, signing.Actor2!.Text));
    }

    [Fact]
    public void Refusing_to_withdraw_is_no_withdrawal_and_failing_only_negates_its_own_infinitive()
    {
        Assert.DoesNotContain(Events("The rebels refused to withdraw from the town on Monday."), e => e.Cameo.StartsWith("08") && e.Modality is "asserted" or "reported");
        var appeal = Events("Asad Marwat on Sunday accused the federal government of failing to protect voters and called on the Election Commission to postpone the vote.")
            .Single(e => e.Trigger.Text == "called");
        Assert.NotEqual("negated", appeal.Modality);
    }

    [Fact]
    public void What_an_investigation_asks_whether_happened_is_no_fact()
    {
        var events = Events("Prosecutors on Thursday opened an investigation into whether guards helped the inmates escape.");
        Assert.DoesNotContain(events, e => e.Trigger.Text == "helped" && e.Modality is "asserted" or "reported");
        Assert.Contains(events, e => e.Cameo == "090");
    }

    [Fact]
    public void Soldiers_sent_are_no_target_and_a_sources_wish_for_anonymity_no_appeal()
    {
        var sending = Assert.Single(Events("The president sends 1,000 soldiers to the province on Monday."));
        Assert.Null(sending.Actor2);
        Assert.Empty(Events("She asked that her name not be used, fearing reprisals."));
    }

    [Fact]
    public void Captors_freeing_someone_a_state_of_emergency_and_a_phone_call_are_coded()
    {
        Assert.Equal("0841", Assert.Single(Events("His captors freed Abushaala on Monday evening.")).Cameo);
        Assert.Equal("1721", Assert.Single(Events("President Bernardo Arevalo on Sunday declared a 15-day state of emergency in the department.")).Cameo);
        // (Not a source speaking by phone to the reporter: "Speaking by phone on Thursday, an elder ... accused".)
        Assert.DoesNotContain(Events("Speaking by phone on Thursday, an elder of the Jabour tribe accused the SDF of arresting civilians."),
            e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        var call = Assert.Single(Events("Kyrgyz President Sadyr Japarov spoke by telephone with Tajik President Emomali Rahmon on Monday."));
        Assert.Equal("040", call.Cameo);
        Assert.Contains("Rahmon", call.Actor2!.Text);
    }

    [Fact]
    public void Police_officers_sent_are_a_police_deployment()
    {
        var sent = Assert.Single(Events("The national police sent some 80 additional officers, including a SWAT team, to Limbe on Thursday."));
        Assert.Equal("153", sent.Cameo);
        // (Units named by their kind, and officers ordered into an area.)
        Assert.Equal("154", Assert.Single(Events("The military sent an additional infantry battalion to Isulan on Monday.")).Cameo);
        Assert.Equal("153", Assert.Single(Events("The interior ministry on Monday ordered additional officers into the county.")).Cameo);
    }

    [Fact]
    public void An_attempt_repelled_targets_its_author()
    {
        var repelled = Assert.Single(Events("Ukrainian marines repelled an attempt by Russian assault troops to land on islands in the Dnipro on Sunday."));
        Assert.Equal(("Russian assault troops", "RUSMIL"), (repelled.Actor2!.Text, repelled.Actor2.Code));
    }

    [Fact]
    public void Two_sides_swapping_prisoners_do_it_to_each_other_once()
    {
        var swap = Assert.Single(Events("Russia and Ukraine swapped 150 prisoners each on Saturday, the first exchange in nearly two months."));
        Assert.Equal(("RUS", "UKR", "08"), (swap.Actor1!.Code, swap.Actor2!.Code, swap.Cameo[..2]));
        var agreement = Assert.Single(Events("Baghdad and Erbil signed an agreement in October 2020 to remove armed groups from the district."));
        Assert.Equal(("Baghdad", "Erbil"), (agreement.Actor1!.Text, agreement.Actor2!.Text));
    }

    [Fact]
    public void A_rally_outside_an_authoritys_building_is_aimed_at_the_authority()
    {
        var rally = Events("In Batken, several hundred residents rallied outside the regional administration building on Wednesday.").Single(e => e.Trigger.Text == "rallied");
        Assert.Contains("administration", rally.Actor2!.Text);
        var offices = Events("In Mekelle, hundreds of displaced people protested outside the offices of the interim administration on Wednesday.")
            .Single(e => e.Trigger.Text == "protested");
        Assert.Equal("the interim administration", offices.Actor2!.Text);
        // (Or marching to it; and the aim a participle states, hung by the parser on the teller, is no demand of its own.)
        var marchTo = Assert.Single(Events("Hundreds of people marched to the police headquarters on Monday morning, demanding better protection, witnesses said."));
        Assert.Equal(("141", "the police headquarters"), (marchTo.Cameo, marchTo.Actor2!.Text));
        var chants = Events("In Monywa, dozens of young people staged a brief protest on Friday, chanting slogans against the military.")
            .Single(e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
        Assert.Equal("the military", chants.Actor2!.Text);
        // People who gather to demand something protest; the demand is the protest's aim.
        var gathered = Assert.Single(Events("In Menaka, hundreds of displaced people gathered outside the governor's office on Tuesday to demand protection and food."));
        Assert.Equal("141", gathered.Cameo);
        var denounced = Assert.Single(Events("Hundreds of residents gathered in the city's Kish Square on Sunday evening to denounce the bombing and demand tighter security."));
        Assert.Equal("141", denounced.Cameo);
        // What the placards say is the march's aim.
        var march = Assert.Single(Events("On Wednesday, hundreds of residents marched through the centre of Masiu carrying placards that called for the hostages' release."));
        Assert.Equal("141", march.Cameo);
    }

    [Fact]
    public void A_city_captured_is_taken_a_commander_captured_arrested()
    {
        Assert.Equal("192", Assert.Single(Events("The M23 captured Goma, the largest city in eastern Congo, in January.")).Cameo);
        Assert.Equal("173", Assert.Single(Events("Troops captured rebel commander Salem Abushaala on Monday.")).Cameo);
        // Seizing: bases are taken, teachers seized by gunmen abducted, a rifle seized is no event.
        Assert.Equal("192", Assert.Single(Events("In March 2022, the army seized several rebel bases along the Gambian border.")).Cameo);
        Assert.Equal("181", Assert.Single(Events("Gunmen seized two public school teachers on a road outside Masiu on Monday.")).Cameo);
        var raid = Assert.Single(Events("Soldiers raided a rebel camp outside Dekai on Wednesday, killing two fighters and seizing a rifle."));
        Assert.Equal(("19", "two fighters"), (raid.Cameo[..2], raid.Actor2!.Text));
    }

    [Fact]
    public void What_sanctions_told_already_include_is_part_of_them()
    {
        var events = Events("The European Union on Monday imposed sanctions on eight Iranian officials over the crackdown. The measures include an asset freeze and a travel ban.");
        Assert.Equal("163", Assert.Single(events).Cameo);
    }

    [Fact]
    public void Condemning_the_attack_far_from_any_telling_condemns_the_leads_attackers()
    {
        var events = Processed.Extract("DUBAI (Reuters) - Yemen's Houthi rebels said on Sunday they had fired two anti-ship missiles at a cargo vessel in the Red Sea.\n\n"
                                       + "A British agency said a vessel reported an explosion west of Hodeidah.\n\nThe crew were safe, the agency said.\n\n"
                                       + "A Houthi spokesman said the group would strike any vessel linked to Israel.\n\nThe United States condemned the attack.",
                                       new DateOnly(2026, 11, 26)).Events;
        Assert.Equal("YEMREB", Assert.Single(events, e => e.Trigger.Text == "condemned").Actor2?.Code);
    }

    [Fact]
    public void A_bill_blocked_is_rejected_and_a_road_blocked_is_a_blockade()
    {
        Assert.Equal("12", Assert.Single(Events("Senate Republicans on Wednesday blocked a bipartisan border security bill.")).Cameo);
        Assert.Equal("144", Assert.Single(Events("Hundreds of students blocked the main highway on Wednesday.")).Cameo);
    }
}
