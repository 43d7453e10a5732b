using Vigil.Documents;

namespace Vigil.Tests.Events;

/// <summary>Days carried from one sentence to the next, and places that are no locations.</summary>
public class StoryDatesTests
{
    private static List<Event> Events(string text) => Processed.Extract(text, new DateOnly(2025, 11, 19)).Events;

    /// <summary>The day of the one event with this trigger in the text, published that day.</summary>
    private static string? DayOf(string text, DateOnly published, string trigger) =>
        Assert.Single(Processed.Extract(text, published).Events, e => e.Trigger.Text == trigger).Date?.Value;

    [Fact]
    public void A_chain_of_acts_each_some_days_after_the_next_counts_from_the_act_its_subject_names()
    {
        var events = Processed.Extract("Militants stormed a police station in Tank late on Monday, killing 12 officers, police said. "
                                       + "On Tuesday, gunmen shot dead a shopkeeper in the town's bazaar. "
                                       + "The Tank assault came a day after a roadside bomb tore through a vehicle carrying soldiers near Wana, killing three soldiers. "
                                       + "That blast, in turn, came two days after troops killed 11 militants in a raid on a hideout outside Wana.", new DateOnly(2025, 11, 18)).Events;
        Assert.Equal("2025-11-16", Assert.Single(events, e => e.Trigger.Text == "tore").Date?.Value);
        Assert.Equal("2025-11-14", Assert.Single(events, e => e.Trigger.Text == "killed" && e.Actor1?.Text == "troops").Date?.Value);
    }

    [Fact]
    public void Days_earlier_or_a_week_later_count_from_the_storys_last_told_day_however_far_back()
    {
        var events = Events("Airstrikes killed 12 civilians in Idlib late Monday, rescue workers said. The monitor said the toll could rise. "
                            + "Russia denied any strikes. A doctor said the hospital was full. He said more bodies were found. "
                            + "Residents said they were afraid. Two days earlier, insurgents shelled villages in Hama province, killing a woman.");
        var shelling = Assert.Single(events, e => e.Trigger.Text == "shelled");
        Assert.Equal(("2025-11-15", "Two days earlier"), (shelling.Date?.Value, shelling.Date?.Text));
        var later = Events("Police fired on protesters in Nairobi on November 3. A week later, protesters clashed with police in Mombasa.");
        Assert.Equal("2025-11-10", Assert.Single(later, e => e.Trigger.Text == "clashed").Date?.Value);
        var before = Events("Insurgents raided the town of Macomia on Monday, killing 11 civilians. "
                            + "The attack came four days after insurgents attacked an army supply convoy near Mocimboa da Praia, killing three soldiers.");
        Assert.Equal(("2025-11-13", "four days after"), (Assert.Single(before, e => e.Trigger.Text == "attacked").Date?.Value,
            Assert.Single(before, e => e.Trigger.Text == "attacked").Date?.Text));
        var afterPublication = Events("Police fired on protesters in Nairobi on Tuesday. A week later, protesters clashed with police in Mombasa.");
        Assert.Null(Assert.Single(afterPublication, e => e.Trigger.Text == "clashed").Date);
        // ("abducted the imam of a mosque on the town's outskirts two days before the market attack": after the act and its words too.)
        var imam = Processed.Extract("DOUENTZA, Mali (Reuters) — Gunmen attacked the weekly market in Douentza on Wednesday, killing 14 civilians. "
                                     + "In Douentza itself, unidentified men abducted the imam of a mosque on the town's outskirts two days before the market attack, residents said. "
                                     + "Gunmen abducted a teacher in Boni two days after the market attack, residents said.", new DateOnly(2025, 11, 14)).Events;
        Assert.Equal("2025-11-10", Assert.Single(imam, e => e.Actor2?.Text == "the imam").Date?.Value);
        Assert.Equal("2025-11-14", Assert.Single(imam, e => e.Actor2?.Text == "a teacher").Date?.Value);
    }

    [Fact]
    public void A_reaction_takes_the_day_of_the_sentence_just_before_it()
    {
        var events = Events("On Tuesday, Governor Elena Barraza blamed the ambush on a cartel cell. She urged residents to stay indoors.");
        Assert.Equal("2025-11-18", Assert.Single(events, e => e.Trigger.Text == "urged").Date?.Value);
    }

    [Fact]
    public void A_subjects_relative_clause_with_a_time_of_its_own_happened_then()
    {
        var events = Events("US envoy Tom Barrack, who visited Hasakah last month, urged both sides on Wednesday to speed up the implementation of the agreement.");
        Assert.Equal("2025-10", events.Single(e => e.Trigger.Text == "visited").Date?.Value?[..7]);
        Assert.Equal("2025-11-19", events.Single(e => e.Trigger.Text == "urged").Date?.Value);
    }

    [Fact]
    public void Hours_later_is_the_same_day()
    {
        var events = Events("Gunmen ambushed a police patrol on Monday, killing four officers.\n\nHours later, soldiers clashed with armed men on the outskirts of the city.");
        Assert.Equal("2025-11-17", Assert.Single(events, e => e.Trigger.Text == "clashed").Date?.Value);
    }

    [Fact]
    public void Hours_earlier_is_the_same_day()
    {
        var events = Events("Military jets bombed a monastery near Thaton on Monday, killing 11 people.\n\nA monk told Reuters on Tuesday that 16 bodies had been pulled from the rubble.\n\n"
                            + "\"The planes came twice,\" said the monk. \"We dug with our hands until morning. Some of them we could not reach.\"\n\nA military spokesman denied that civilians had been killed.\n\n"
                            + "Hours earlier, rebel fighters attacked a police outpost near Kyaikto, nearly 60 kilometres to the northwest, killing four officers, the group said.");
        Assert.Equal("2025-11-17", Assert.Single(events, e => e.Trigger.Text == "attacked").Date?.Value);
    }

    [Fact]
    public void Arrests_in_the_hours_after_the_strike_are_on_its_day()
    {
        var events = Events("Drones struck a fuel depot and a crowded market in Gedaref on Monday, killing five people.\n\nThe depot supplied most of the city's fuel.\n\nThe market was the city's largest.\n\n"
                            + "\"We waited and waited.\"\n\n\"Nobody came.\"\n\nResidents said the fires burned for hours.\n\n"
                            + "Military intelligence officers arrested at least 23 people in Gedaref in the hours after the strike, according to a lawyers' group.");
        Assert.Equal("2025-11-17", Assert.Single(events, e => e.Trigger.Text == "arrested").Date?.Value);
    }

    [Fact]
    public void A_witness_retelling_the_attack_lends_it_no_place_or_day_told_of_the_witness()
    {
        var events = Events("METETÍ, Panama (AP) — Gunmen opened fire on a group of migrants crossing the Darién jungle near the Panamanian village of Boca de Cupe "
                            + "on Monday, killing three of them, including a 12-year-old boy, Panama's border police said.\n\n"
                            + "The attackers, who survivors said wore camouflage and spoke with Colombian accents, also seized two Venezuelan women and dragged them into "
                            + "the forest, according to the National Border Service, known as Senafront.\n\n"
                            + "The service raised the toll to four on Tuesday after a body was recovered from the Tuira River, but the Red Cross, which treated survivors "
                            + "at a reception station in Metetí, said its teams had counted five dead.\n\n"
                            + "\"They told us to throw our money on the ground, and then they started shooting at the children,\" said Yorgelis Briceño, a 27-year-old "
                            + "Venezuelan who reached Metetí on Tuesday with her husband and two daughters. \"We ran into the river. I still don't know how we got out.\"");
        var seized = Assert.Single(events, e => e.Trigger.Text == "seized");
        Assert.Equal(("Boca de Cupe", "2025-11-17"), (seized.Place?.Text, seized.Date?.Value));
    }

    [Fact]
    public void A_country_that_owns_an_actor_is_not_where_the_event_happened()
    {
        var events = Events("KHOST, Afghanistan (AP) — Fighting broke out in Khost on Monday.\n\nPakistan's army arrested three men.");
        Assert.Equal("KHOST", Assert.Single(events, e => e.Trigger.Text == "arrested").Place?.Text);
    }

    [Fact]
    public void Later_that_night_an_age_in_years_and_the_same_day_keep_the_story_day()
    {
        var events = Events("Gunmen attacked a village near Gusau on Monday, killing four farmers.\n\n" +
                            "Police arrested five men in Gusau later that night.\n\n" +
                            "The gunmen also killed a woman and her 10-year-old son.\n\n" +
                            "At a news conference the same day, the governor accused the gang of terror.");
        Assert.Equal("2025-11-17", Assert.Single(events, e => e.Trigger.Text == "arrested").Date?.Value);
        Assert.Equal("2025-11-17", Assert.Single(events, e => e.Trigger.Text == "accused").Date?.Value);
    }

    [Fact]
    public void The_start_of_a_period_dates_no_statement()
    {
        var events = Events("Hezbollah has largely held its fire since a ceasefire in November 2024, though it has accused Israel of violating the truce almost daily.");
        Assert.Null(Assert.Single(events, e => e.Trigger.Text == "accused").Date);
    }

    [Fact]
    public void A_deadline_for_what_is_yet_to_be_done_dates_no_appeal()
    {
        var events = Events("Labour minister Asif Nazrul told reporters on Monday that the government would form a committee, and urged factory owners "
                            + "to pay wages by Friday.");
        Assert.Equal("2025-11-17", Assert.Single(events, e => e.Trigger.Text == "urged").Date?.Value);
        // (Nor a demand, its verb read as a present.)
        events = Events("He demanded that the families leave the estate by Friday.");
        Assert.Null(Assert.Single(events, e => e.Trigger.Text == "demanded").Date);
    }

    [Fact]
    public void The_day_a_strike_is_called_for_is_the_next_one()
    {
        var events = Events("Workers' groups have called a nationwide strike for Sunday.");
        Assert.Equal("2025-11-23", Assert.Single(events, e => e.Trigger.Text == "strike").Date?.Value);
    }

    [Fact]
    public void A_weekday_yet_to_come_is_the_next_one_and_dates_no_other_act()
    {
        var events = Events("Opposition leader Kalonzo Musyoka said his coalition would hold another rally on Friday.\n\n"
                            + "Interior ministry officials said the minister would visit Lamu on Thursday. The Supreme Council of Kenya Muslims condemned the killings.");
        Assert.Equal("2025-11-21", Assert.Single(events, e => e.Trigger.Text == "hold").Date?.Value);
        Assert.Equal("2025-11-20", Assert.Single(events, e => e.Trigger.Text == "visit").Date?.Value);
        Assert.Null(Assert.Single(events, e => e.Trigger.Text == "condemned").Date);
        // (A past act is not dated by another clause's day to come.)
        var urged = Assert.Single(Events("Kovalenko urged families to leave for safer areas and said schools in the city would stay closed on Monday."),
            e => e.Trigger.Text == "urged");
        Assert.NotEqual("2025-11-24", urged.Date?.Value);
    }

    [Fact]
    public void A_weekday_the_parser_hung_on_a_noun_is_not_read_as_yet_to_come() =>
        Assert.Equal("2025-11-16", Assert.Single(Events("The FLA warned transport companies on Sunday that trucks carrying fuel or food for the army would be treated as military targets."),
            e => e.Trigger.Text == "warned").Date?.Value);

    [Fact]
    public void A_country_acting_in_one_sentence_is_not_where_the_next_one_happened()
    {
        var events = Events("NAIROBI (Reuters) - Police fired tear gas at protesters in Nairobi on Tuesday.\n\n"
                            + "The United States and Britain urged both sides to show restraint. Opposition leader Kalonzo Musyoka called for an independent inquiry.");
        Assert.Equal("Nairobi", Assert.Single(events, e => e.Trigger.Text == "called").Place?.Text, ignoreCase: true);
    }

    [Fact]
    public void A_country_that_is_the_subject_of_another_clause_is_not_where_this_one_happened()
    {
        var events = Events("NAIROBI (Reuters) - Police fired tear gas at protesters in Nairobi on Tuesday.\n\n"
                            + "Egypt and Qatar condemned the crackdown, and U.N. Secretary-General Antonio Guterres called for calm.");
        Assert.NotEqual("Qatar", Assert.Single(events, e => e.Trigger.Text == "called").Place?.Text);
    }

    [Fact]
    public void A_speakers_own_words_are_not_dated_by_the_day_they_were_told()
    {
        var events = Events("LIMA, Peru (Reuters) - Peruvian soldiers fired on residents blocking a highway outside Juliaca on Tuesday night, killing three people.\n\n"
                            + "\"Our soldiers were ambushed by violent groups,\" Defense Minister Jorge Chavez told reporters in Lima on Wednesday.");
        Assert.NotEqual("2025-11-19", Assert.Single(events, e => e.Trigger.Text == "ambushed").Date?.Value);
    }

    [Fact]
    public void Later_in_the_day_keeps_the_storys_day()
    {
        Assert.Equal("2026-05-26", DayOf("DHAKA, Bangladesh (AP) — Police fired tear gas at garment workers in Tongi on Tuesday.\n\nLater in the day, a group of men armed "
                                       + "with machetes attacked protesters near the Tongi bridge, killing one worker, union leaders said.", new DateOnly(2026, 5, 27), "attacked"));
    }

    [Fact]
    public void A_perfect_since_dawn_keeps_the_storys_day()
    {
        Assert.Equal("2026-06-22", DayOf("BASRA, Iraq (AP) — Police fired tear gas at protesters outside the provincial council in Basra on Monday.\n\n"
                                       + "Thousands of demonstrators had gathered outside the building since early morning, chanting slogans against the governor.",
                                       new DateOnly(2026, 6, 24), "gathered"));
    }

    [Fact]
    public void A_past_perfect_a_past_report_tells_is_shifted_back_for_the_telling_and_keeps_the_storys_day()
    {
        const string lead = "NAIROBI, Kenya (Reuters) — Kenyan police fired tear gas at protesters in Nairobi on Tuesday.\n\n";
        Assert.Equal("2025-07-08", DayOf(lead + "The commission said 11 people had been killed and that 52 people had been arrested.", new DateOnly(2025, 7, 9), "arrested"));
        // (Not a present perfect, background until now, nor a past perfect nobody reports.)
        Assert.Null(DayOf(lead + "Police have arrested hundreds of people in similar protests.", new DateOnly(2025, 7, 9), "arrested"));
        Assert.Null(DayOf(lead + "Officers had arrested the organisers of the march.", new DateOnly(2025, 7, 9), "arrested"));
    }

    [Fact]
    public void Hours_later_elsewhere_is_the_last_told_day()
    {
        Assert.Equal("2025-09-13", DayOf("CULIACAN, Mexico (AP) — Gunmen opened fire on a family in a village outside Culiacan late Saturday, killing six people, "
                                       + "prosecutors said Sunday.\n\nHours later, soldiers clashed with suspected cartel gunmen in the nearby town of Eldorado, "
                                       + "killing three of them, the Defense Department said.", new DateOnly(2025, 9, 14), "clashed"));
    }

    [Fact]
    public void An_hour_after_an_act_is_its_day_however_many_sentences_lie_between()
    {
        Assert.Equal("2025-11-23", DayOf("DERA ISMAIL KHAN, Pakistan (AP) — A suicide bomber blew himself up outside a polling station in northwestern Pakistan during "
            + "a parliamentary by-election on Sunday, killing at least 11 people and wounding more than 30 others as voters lined up to cast "
            + "their ballots, police and hospital officials said Monday.\n\nThe attacker, who was on foot, detonated an explosives vest near "
            + "the gate of a government girls' school being used as a polling station on the outskirts of Dera Ismail Khan, a city in Khyber "
            + "Pakhtunkhwa province, said local police chief Sajjad Ahmed.\n\nAhmed initially told reporters that eight people had died, but "
            + "the toll rose to 11 overnight as three of the wounded died at the city's District Headquarters Hospital, according to "
            + "hospital spokesman Dr. Imran Khattak. A provincial government statement late Sunday put the number of dead at 13, but "
            + "officials said Monday that two bodies had been counted twice.\n\n\"There was a huge bang and then smoke everywhere. People "
            + "were lying on the road, some of them not moving,\" said Gul Zaman, a 46-year-old shopkeeper who had been waiting to vote. "
            + "\"The police were shouting at everyone to run.\"\n\nAbout an hour after the bombing, gunmen opened fire on a police patrol "
            + "guarding a polling station in the neighboring district of Tank, killing two officers, police spokesman Naveed Akhtar said.", new DateOnly(2025, 11, 24), "opened"));
    }

    [Fact]
    public void Hours_before_the_bombing_are_on_the_day_of_the_act_it_names_not_the_last_one_told()
    {
        Assert.Equal("2025-09-23", DayOf("A car bomb exploded outside a police station in the Colombian town of Tulua late on Tuesday, killing three people, authorities said.\n\n"
                                         + "On Monday, troops clashed with rebels in rural Trujillo, killing two rebels, the army said.\n\n"
                                         + "Police arrested two suspects in the city of Buga on Wednesday.\n\n"
                                         + "Hours before the bombing, truck drivers had blocked the Pan-American Highway near Bugalagrande to protest against extortion.",
                                         new DateOnly(2025, 9, 24), "blocked"));
    }

    [Fact]
    public void Later_right_before_a_past_tense_keeps_the_storys_day()
    {
        Assert.Equal("2026-03-17", DayOf("FRESNILLO, Mexico (AP) — Gunmen ambushed a patrol near Fresnillo on Tuesday, killing two soldiers, the army said.\n\n"
                                       + "Troops later arrested four men at a nearby ranch and seized rifles.", new DateOnly(2026, 3, 18), "arrested"));
    }

    [Fact]
    public void An_act_told_the_same_day_takes_the_last_told_day_wherever_it_happened()
    {
        Assert.Equal("2026-10-07", DayOf("JAMUNDI, Colombia (AP) — Drones dropped explosives on a police station in Jamundi on Wednesday, killing two officers, police said.\n\n"
                                       + "Police in Cali arrested a man the same day on suspicion of flying the drones.", new DateOnly(2026, 10, 9), "arrested"));
    }

    [Theory]
    [InlineData("The next day, soldiers clashed with the rebels near Bouca.", "clashed", "2026-02-11")]
    [InlineData("Authorities imposed a curfew on the town the following day.", "imposed", "2026-02-11")]
    [InlineData("The governor had urged calm the previous day.", "urged", "2026-02-09")]
    public void The_next_or_previous_day_counts_from_the_storys_last_told_day(string sentence, string trigger, string day)
    {
        Assert.Equal(day, DayOf("BOSSANGOA, Central African Republic (AP) — Rebels attacked an army post near Bossangoa on Tuesday, killing three soldiers, the army said.\n\n"
                                + sentence, new DateOnly(2026, 2, 12), trigger));
    }

    [Fact]
    public void A_meeting_a_day_before_the_attack_takes_the_day_before_the_attacks()
    {
        Assert.Equal("2026-02-09", DayOf("BOSSANGOA, Central African Republic (AP) — Rebels attacked an army post near Bossangoa on Tuesday, killing three soldiers, the army said.\n\n"
                                       + "The attack came a day after the regional governor met tribal elders in Bossangoa.", new DateOnly(2026, 2, 12), "met"));
    }

    [Fact]
    public void The_attackers_named_back_act_on_the_attacks_day_however_far_back_and_wherever()
    {
        Assert.Equal("2026-02-10", DayOf("BOSSANGOA, Central African Republic (AP) — Rebels attacked an army post near Bossangoa on Tuesday, killing three soldiers, the army said.\n\n"
                                       + "\"They came at dawn,\" a farmer said. \"We ran into the bush.\" \"We hid all day.\" \"Nobody helped us.\" \"Our houses are gone.\"\n\n"
                                       + "The attackers also abducted six women in Bouca, residents said.", new DateOnly(2026, 2, 12), "abducted"));
    }

    [Theory]
    [InlineData("The justice minister met church leaders in Mirebalais on Thursday.\n\nAt the meeting, the clergy demanded that the government send more police.", "demanded")]
    [InlineData("The gang said in a statement on Thursday that it had carried out the attack.\n\nIn the same statement, the gang threatened more attacks on police.", "threatened")]
    [InlineData("Hundreds of residents rallied outside the town hall on Thursday.\n\nAddressing the crowd, the mayor urged calm.", "urged")]
    public void What_is_said_at_an_occasion_told_before_takes_its_day(string story, string trigger)
    {
        Assert.Equal("2026-08-06", DayOf("MIREBALAIS, Haiti (AP) — Gang members attacked a police station in Lascahobas on Wednesday, killing two officers.\n\n" + story,
            new DateOnly(2026, 8, 7), trigger));
    }

    [Fact]
    public void Repelling_the_attack_told_before_is_at_its_place_and_on_its_day()
    {
        var repelled = Assert.Single(Events("OUAGADOUGOU, Burkina Faso (AP) — Suspected jihadi fighters attacked an army post near the town of Djibo on Sunday, "
                                            + "killing at least 14 soldiers, the army said.\n\nThe army said soldiers repelled the attack and killed dozens of fighters."),
            e => e.Trigger.Text == "repelled");
        Assert.Equal(("Djibo", "2025-11-16"), (repelled.Place?.Text, repelled.Date?.Value));
    }

    [Fact]
    public void An_act_a_day_before_the_one_its_clause_dates_is_on_that_earlier_day_with_its_own_toll()
    {
        var events = Processed.Extract("LIMA, Peru (Reuters) - Peruvian police fired tear gas and rubber bullets on Thursday at thousands of demonstrators "
                                       + "who marched on Congress, a day after a protester was shot dead in clashes in the capital.", new DateOnly(2026, 11, 26)).Events;
        var fired = Assert.Single(events, e => e.Trigger.Text == "fired");
        Assert.Equal("2026-11-26", fired.Date?.Value);
        Assert.Null(fired.Fatalities);
        var shot = Assert.Single(events, e => e.Trigger.Text == "shot");
        Assert.Equal(("2026-11-25", 1), (shot.Date?.Value, shot.Fatalities?.Min));
    }

    [Fact]
    public void The_month_of_a_relative_clause_on_the_subject_is_no_date_of_the_act_but_its_day_is()
    {
        var expelled = Assert.Single(Events("The junta, which seized power in July 2023, expelled French troops."), e => e.Trigger.Text == "expelled");
        Assert.Null(expelled.Date);
        var met = Assert.Single(Events("Home Minister Amit Shah, who flew to Srinagar on Wednesday, met army and police commanders at the cantonment."),
            e => e.Trigger.Text == "met");
        Assert.Equal("2025-11-19", met.Date?.Value);
    }

    [Fact]
    public void The_year_of_a_relative_clause_on_the_subjects_apposition_is_no_date_of_the_act()
    {
        var accused = Assert.Single(Events("The MLCJ, a former rebel group that signed a peace deal with the government in 2019, accused the "
                                           + "peacekeepers of standing by."), e => e.Trigger.Text == "accused");
        Assert.Null(accused.Date);
    }

    [Fact]
    public void A_day_earlier_after_the_act_counts_back_from_the_day_told_before()
    {
        var met = Assert.Single(Events("The Young Mizo Association delivered food and blankets on Tuesday to about 400 newly arrived refugees in Aizawl. Leaders "
                                       + "of the Chinland Council had met Mizoram Chief Minister Lalduhoma in the state capital a day earlier to discuss border trade."),
            e => e.Trigger.Text == "met");
        Assert.Equal("2025-11-17", met.Date?.Value);
    }

    [Fact]
    public void The_day_of_a_relative_clause_on_an_according_to_source_is_no_date_of_the_act()
    {
        var arrested = Assert.Single(Events("Police arrested at least 50 people, according to the Law Society of Kenya, which accused officers of abducting activists "
                                            + "from their homes on Monday night."), e => e.Trigger.Text == "arrested");
        Assert.Null(arrested.Date);
    }

    [Fact]
    public void An_attack_a_week_before_a_reported_act_is_dated_a_week_before_it_with_its_own_toll_and_the_headline_is_the_act()
    {
        var events = Processed.Extract("Indian police kill 3 suspected militants in Kashmir gunfight\n\n"
                                       + "SRINAGAR, India (Reuters) - Indian security forces killed three suspected militants in a gunfight in Indian-administered "
                                       + "Kashmir on Thursday, police said, a week after an attack on tourists killed 26 people.", new DateOnly(2026, 11, 29)).Events;
        var gunfight = Assert.Single(events, e => e.Actor2?.Code == "INDUAF");
        Assert.Equal(("INDMIL", "2026-11-26", 3), (gunfight.Actor1?.Code, gunfight.Date?.Value, gunfight.Fatalities?.Min));
        var attack = Assert.Single(events, e => e.Fatalities?.Min == 26);
        Assert.Equal("2026-11-19", attack.Date?.Value);
    }

    [Fact]
    public void Later_that_day_is_the_last_told_day_even_when_the_raiders_are_named_back_and_a_later_clash_is_its_own()
    {
        var events = Processed.Extract("GAMBELA, Ethiopia (Reuters) - Armed men raided two villages in Ethiopia's western Gambela region on Monday, killing at least "
                                       + "21 people, regional officials said on Thursday.\n\nEthiopian federal troops were sent to the border area on Tuesday. Soldiers "
                                       + "exchanged fire with the raiders near the border later that day, killing four of them, a regional police commander told "
                                       + "reporters in Gambela town.\n\nIn Gambela town, the regional capital, clashes between armed Nuer and Anuak youths broke out on "
                                       + "Wednesday after the funeral of one of the victims, leaving three people dead, according to a hospital worker.",
            new DateOnly(2026, 3, 26)).Events;
        var exchange = Assert.Single(events, e => e.Trigger.Text == "exchanged");
        Assert.Equal("2026-03-24", exchange.Date?.Value);
        var clash = Assert.Single(events, e => e.Trigger.Text == "clashes");
        Assert.Contains("Nuer", clash.Actor1?.Text);
        Assert.Contains("Anuak", clash.Actor2?.Text);
        Assert.Equal(("2026-03-25", 3), (clash.Date?.Value, clash.Fatalities?.Min));
    }

    [Fact]
    public void An_accusation_is_not_dated_by_the_time_of_what_it_charges_but_by_the_post_it_was_made_in()
    {
        Assert.Equal("2026-01-09", DayOf("The group posted a statement on Friday. In the same post, the group accused soldiers of beating villagers during searches "
                                         + "near Ruma last week.", new DateOnly(2026, 1, 15), "accused"));
    }

    [Fact]
    public void Days_before_a_named_attack_count_back_from_that_attack_not_from_the_last_act_told()
    {
        const string story = "Gunmen stormed a crowded cattle market on the edge of Birao on Wednesday afternoon, killing at least 11 people. "
                             + "In a separate attack on Tuesday, unidentified gunmen ambushed a patrol near Ouadda. "
                             + "Two days before the market attack, the FPRC freed 11 traders on the road to Ndele.";
        Assert.Equal("2025-11-10", DayOf(story, new DateOnly(2025, 11, 14), "freed"));
        // (Not a clause's subject after "after": "a day after the police chief, Akhtar Hayat, met elders" counts back from the attack.)
        Assert.Equal("2026-05-11", DayOf("Gunmen ambushed a police patrol outside Kohat on Tuesday, killing four policemen. The attack came a day after the "
                                         + "provincial police chief, Akhtar Hayat, met tribal elders in Kohat.", new DateOnly(2026, 5, 14), "met"));
    }

    [Fact]
    public void A_clause_after_and_hung_as_a_parataxis_or_with_its_day_unmarked_happened_on_its_own_day()
    {
        Assert.Equal("2026-01-05", DayOf("Soldiers raided homes in Siguatepeque on Monday, and last week police arrested two men.", new DateOnly(2026, 1, 15), "arrested"));
        Assert.Equal("2025-08-22", DayOf("On Thursday night, doctors at Garoowe Group Hospital treated 23 wounded people, and on Friday the International Committee "
                                         + "of the Red Cross delivered surgical supplies to the hospital.", new DateOnly(2025, 8, 23), "delivered"));
    }

    [Fact]
    public void A_day_told_in_a_later_clause_of_its_own_leaves_the_first_clause_to_count_from_the_attack_it_names()
    {
        const string story = "Gunmen attacked a bus near Arua on Sunday, killing six people. Two days before the bus attack, gunmen shot dead a motorcycle taxi rider "
                             + "in Maracha, and last week the army said it had killed two suspected gunmen in a shootout in Yumbe.";
        Assert.Equal("2026-03-06", DayOf(story, new DateOnly(2026, 3, 10), "shot"));
    }

    [Fact]
    public void The_same_day_is_the_last_day_told_even_by_a_sentence_that_told_no_event()
    {
        const string story = "Jihadist fighters stormed an army camp in Bourem on Monday night, killing at least 12 soldiers. "
                             + "JNIM claimed the attack on Tuesday through its media arm. "
                             + "In an audio message released the same day, a man presenting himself as a JNIM spokesman threatened to attack any convoy using the road.";
        Assert.Equal("2026-02-17", DayOf(story, new DateOnly(2026, 2, 18), "threatened"));
    }

    [Fact]
    public void A_release_of_people_kidnapped_in_a_month_is_dated_by_its_own_day()
    {
        const string story = "In a separate development, 11 people kidnapped in December near Mokolo were freed on Saturday, reportedly in exchange for a ransom, a local lawmaker said.";
        Assert.Equal("2026-02-07", DayOf(story, new DateOnly(2026, 2, 10), "freed"));
    }

    [Fact]
    public void In_the_same_interview_is_the_day_someone_told_a_news_agency_before()
    {
        const string story = "A spokesman for the brigade told Reuters on Tuesday that its fighters had been hunting an Islamic State cell hiding in the orchards. "
                             + "In the same interview, he threatened clans that shelter the militants with \"severe punishment\" if the attacks continued.";
        Assert.Equal("2026-09-15", DayOf(story, new DateOnly(2026, 9, 15), "threatened"));
    }

    [Fact]
    public void A_clause_after_and_with_a_day_on_its_subject_a_condemnation_of_sundays_attack_on_tuesday_and_strikes_on_monday_take_their_own_days()
    {
        Assert.Equal("2026-05-12", DayOf("The army flew reinforcements into Tougan on Monday, and gendarmes on Tuesday arrested two traders at a checkpoint outside the town.",
            new DateOnly(2026, 5, 12), "arrested"));
        Assert.Equal("2026-05-12", DayOf("The African Union condemned Sunday's attack in a statement on Tuesday.", new DateOnly(2026, 5, 12), "condemned"));
        Assert.Equal("2025-11-17", DayOf("The army said it had sent reinforcements to Sebba on Sunday evening and that air strikes near the Niger border on Monday had "
                                         + "\"neutralised\" dozens of terrorists.", new DateOnly(2025, 11, 18), "strikes"));
    }
}
