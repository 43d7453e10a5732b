using Vigil.Models;

namespace Vigil.Tests.Tagging;

/// <summary>The shipped tagger on news clauses a left-to-right pass misreads as participles.</summary>
public class FiniteVerbRepairTests
{
    private static string[] Xpos(string sentence)
    {
        var tagger = LoadedModels.Tagger!;
        var forms = sentence.Split(' ');
        var classes = new int[forms.Length];
        tagger.Tag(forms, classes);
        return classes.Select(tagger.Xpos).ToArray();
    }

    [Theory]
    [InlineData("The soldiers fired on the crowd .", 2)]
    [InlineData("Peace talks between the government and the rebels collapsed in 2017 but President Ferdinand Marcos Jr. agreed last year to revive them .", 8)]
    [InlineData("Minyon Moore , a senior adviser to the Clinton campaign , called Mr. Obama 's remarks a wake-up call .", 11)]
    [InlineData("One of the docs called Oz a quack .", 4)]
    [InlineData("Police detained 84 people , the Interior Ministry said .", 1)]
    [InlineData("Gunmen from the cartel and self-defense groups fought gun battles .", 7)]
    [InlineData("Inmates armed with guns and grenades fought each other at a prison .", 6)]
    [InlineData("The Republican nominee also linked cyber vulnerabilities to the server .", 4)]
    [InlineData("Asayish officers later detained 12 protesters , a rights group said .", 3)]
    [InlineData("Troops shelled hills around the town where the rebels were believed to be hiding , residents said .", 1)]
    [InlineData("Dozens of relatives of the detained men protested outside the provincial government headquarters on Tuesday .", 7)]
    [InlineData("The army deployed units to Arbinda , and gendarmes detained about 20 men in the town .", 9)]
    [InlineData("Gunmen on a motorcycle assassinated a candidate as he greeted supporters in Tixtla .", 4)]
    [InlineData("Two days earlier , insurgents from the al - Qaida - linked Hayat Tahrir al - Sham group shelled villages .", 18)]
    [InlineData("The Pakistani Taliban , known as Tehreek - e-Taliban Pakistan ( TTP ) , claimed responsibility for the bombing .", 14)]
    [InlineData("The SDF , in a statement late on Wednesday , accused government - allied factions of using the bombing as a pretext .", 10)]
    [InlineData("The Brahmaputra Relief Trust , a Guwahati - based charity , distributed tarpaulins , rice and blankets on Wednesday .", 11)]
    [InlineData("Gunmen ambushed a bus , and in September soldiers battled raiders near Nakapiripirit .", 9)]
    [InlineData("Lawyers protested the detention of a colleague whom gendarmes arrested at his office .", 9)]
    [InlineData("The gunmen then seized three crew members and took them into the forest .", 3)]
    [InlineData("The attackers , who arrived on horseback before dawn , also seized two young women and took them into the forest .", 11)]
    [InlineData("Medecins Sans Frontieres ( MSF ) , which supports the town 's regional hospital , treated 37 wounded people on Tuesday and by Wednesday evening had received 21 bodies .", 15)]
    [InlineData("On Monday the army , which controls the town , deployed troops to the border .", 10)]
    [InlineData("Hundreds of residents , many of them women carrying noken string bags , marched through Sugapa 's market on Wednesday .", 13)]
    public void A_clause_with_a_subject_and_no_finite_verb_has_its_verb_in_the_past_tense(string sentence, int verb) =>
        Assert.Equal("VBD", Xpos(sentence)[verb]);

    [Theory]
    [InlineData("A war monitor said Russian warplanes carried out the strikes .", 2)]
    [InlineData("Airstrikes kill 12 in northern Syrian town , monitor says", 8)]
    [InlineData("Airstrikes killed 12 civilians , including three children , a war monitor and rescue workers said .", 11)]
    public void A_word_for_a_reporter_that_is_also_a_verb_before_said_is_a_noun(string sentence, int reporter) =>
        Assert.Equal("NN", Xpos(sentence)[reporter]);

    [Fact]
    public void Gang_is_a_noun_unless_people_gang_up() =>
        Assert.Equal(["NN", "VB"], [Xpos("The minister demanded that judges stop granting bail to gang suspects .")[9], Xpos("They tried to gang up on him .")[3]]);

    [Fact]
    public void A_hyphen_joining_two_words_in_the_text_is_a_hyphen_not_a_comma()
    {
        var document = Processed.Syntax("Insurgents seized government-held towns, killing two, and the army shelled rebel-held villages in the 60-80 km range.");
        var hyphens = document.Tokens.Where(t => t.Form == "-").ToList();
        Assert.Equal(["HYPH", "HYPH"], hyphens.Take(2).Select(t => t.Xpos));
        Assert.Equal("VBD", document.Tokens.Single(t => t.Form == "seized").Xpos);
    }

    [Theory]
    [InlineData("Soldiers sent to the town opened fire .", 1)]
    [InlineData("Police arrested nine suspects , among them two brothers wanted for earlier bombings , an officer said .", 9)]
    [InlineData("Two people taken hostage .", 2)]
    [InlineData("Maria Lopez , a farmer from the village , wounded in the attack .", 9)]
    [InlineData("Government troops backed by clan militias known as Ma'awisley clashed with al Shabaab near Buulobarde on Monday .", 2)]
    [InlineData("Officers exchanged fire with gang members holed up in a house , killing one suspect .", 6)]
    [InlineData("Separately , the Joint Forces , an alliance of former Darfur rebel groups allied with the army , said they ambushed an RSF convoy .", 13)]
    public void Participles_stay_participles_when_the_clause_has_its_verb_or_the_form_is_only_a_participle(string sentence, int participle) =>
        Assert.Equal("VBN", Xpos(sentence)[participle]);

    [Theory]
    [InlineData("An Israeli airstrike hit a school sheltering displaced families in Gaza City .", 6)]
    [InlineData("Gunmen attacked a camp sheltering refugees near the border .", 4)]
    [InlineData("A Myanmar military airstrike hit a Buddhist monastery sheltering displaced villagers in the central Sagaing region .", 8)]
    public void An_unknown_ing_word_between_a_noun_and_a_plural_is_a_participle_with_an_object(string sentence, int participle) =>
        Assert.Equal("VBG", Xpos(sentence)[participle]);

    [Theory]
    [InlineData("Beijing on Thursday warned Taipei .")]
    [InlineData("Pyongyang on Thursday fired two artillery shells at Seoul .")]
    public void An_unknown_capitalised_first_word_before_a_date_and_the_verb_is_a_proper_noun(string sentence) =>
        Assert.Equal("NNP", Xpos(sentence)[0]);

    [Fact]
    public void A_past_tense_coordinated_with_another_is_one_too() =>
        Assert.Equal("VBD", Xpos("Last month , gunmen pulled nine passengers off a bus on a highway near Kalat and shot them dead .")[16]);

    [Fact]
    public void A_participle_after_and_is_a_past_tense_when_the_past_before_it_was_found_by_a_clause_repair() =>
        Assert.Equal("VBD", Xpos("He said troops killed three of the attackers and recovered weapons .")[9]);

    [Fact]
    public void An_ing_word_between_commas_after_the_subject_is_a_participle_and_the_verb_after_it_a_past()
    {
        var tags = Xpos("The attackers , riding motorcycles , overpowered security guards at the school .");
        Assert.Equal(("VBG", "VBD"), (tags[3], tags[6]));
    }

    [Fact]
    public void A_headlines_act_on_one_person_before_in_or_as_is_a_participle() =>
        Assert.Equal("VBN", Xpos("Opposition leader arrested in Tanzania as police break up rally")[2]);

    [Fact]
    public void A_participle_after_a_possessed_subject_before_a_that_clause_and_a_coordinated_past_is_a_past() =>
        Assert.Equal("VBD", Xpos("Pakistan 's foreign ministry rejected Indian accusations that it supported the militants and called for an investigation .")[4]);

    [Fact]
    public void A_nationality_coordinated_with_the_adjective_of_a_noun_is_an_adjective() =>
        Assert.Equal("JJ", Xpos("The strikes came a day after Ukrainian and Russian negotiators met in Istanbul .")[6]);

    [Theory]
    [InlineData("Prosecutors opened an investigation into whether guards helped the inmates escape , and police detained three guards .", 10, "VB")]
    [InlineData("Soldiers let them cross into the camp .", 3, "VB")]
    // (Not a noun after a singular object: "helped the group leader".)
    [InlineData("The donation helped the group leader .", 4, "NN")]
    public void A_singular_noun_after_help_or_let_and_the_people_it_helps_is_a_bare_infinitive(string sentence, int word, string xpos) =>
        Assert.Equal(xpos, Xpos(sentence)[word]);

    [Theory]
    [InlineData("Further down the Euphrates , clashes between gunmen from the Shaitat tribe and a rival clan over farmland killed four people .", 5, "NNS")]
    [InlineData("Further down the Euphrates , clashes between gunmen from the Shaitat tribe and a rival clan over farmland killed four people .", 16, "IN")]
    // (A present with its subject before it stays one: "The town lies between two rivers".)
    [InlineData("The town lies between two rivers and was flooded .", 2, "VBZ")]
    // (And the participle the noun's verb was read as is its past.)
    [InlineData("In January , clashes between the Metros and the Scorpions in neighbourhoods on the city 's eastern edge killed at least 11 people .", 18, "VBD")]
    public void A_present_before_between_with_no_subject_is_a_plural_noun(string sentence, int word, string xpos) =>
        Assert.Equal(xpos, Xpos(sentence)[word]);

    [Theory]
    [InlineData("Smugglers had abducted 23 Nigerien and Sudanese migrants on the desert road .", 4, "JJ")]
    // (A country's name stays one: "Iran and Iraqi officials".)
    [InlineData("Talks between Iran and Iraqi officials resumed .", 2, "NNP")]
    public void A_nationality_of_another_ending_coordinated_with_the_adjective_of_a_noun_is_an_adjective(string sentence, int word, string xpos) =>
        Assert.Equal(xpos, Xpos(sentence)[word]);

    [Fact]
    public void A_past_after_the_source_according_to_names_is_a_participle() =>
        Assert.Equal("VBN", Xpos("According to a Gallup poll released last week , immigration is now the top concern for American voters .")[5]);

    [Fact]
    public void A_base_form_after_a_modal_and_and_stays_one() =>
        Assert.Equal("VB", Xpos("Gunmen said they would come back and burn the village .")[7]);

    [Fact]
    public void Unknown_compounds_of_known_words_take_their_tags_and_lemmas()
    {
        var xpos = Xpos("Militiamen armed with guns overran the village of Ngongo .");
        Assert.Equal(("NNS", "VBD"), (xpos[0], xpos[4]));
        var lemmatizer = LoadedModels.Tagger!.Lemmatizer;
        Assert.Equal("overrun", lemmatizer.Lemmatize("overran", "VERB", "VBD"));
        Assert.Equal("militiaman", lemmatizer.Lemmatize("Militiamen", "NOUN", "NNS"));
        Assert.Equal("blockade", lemmatizer.Lemmatize("blockaded", "VERB", "VBD"));
        Assert.Equal("behead", lemmatizer.Lemmatize("beheaded", "VERB", "VBD"));
    }

    [Fact]
    public void A_known_participle_opening_a_sentence_stays_one() =>
        Assert.Equal("VBG", Xpos("Using Python is easy .")[0]);

    [Fact]
    public void Say_after_a_noun_is_a_verb() =>
        Assert.Equal("VBP", Xpos("In recent days , advisers to Mr. Obama say , the president has grown exasperated .")[8]);

    [Fact]
    public void A_verb_after_a_name_and_a_hyphen_is_a_participle() =>
        Assert.Equal("VBN", Xpos("The Taliban - run Foreign Ministry accused Pakistan .")[3]);

    [Fact]
    public void A_plural_before_a_past_tense_is_a_noun() =>
        Assert.Equal("NNS", Xpos("Jihadist fighters stormed an army base near the town .")[1]);

    [Fact]
    public void An_acronym_in_capitals_between_brackets_is_a_name() =>
        Assert.Equal("NNP", Xpos("The World Health Organization ( WHO ) said it had delivered trauma kits .")[5]);

    [Fact]
    public void A_verb_of_claiming_after_a_name_in_a_headlines_second_clause_is_its_verb() =>
        Assert.Equal("VBZ", Xpos("Car bomb kills at least 9 near Mogadishu checkpoint ; al - Shabab claims attack")[13]);

    [Fact]
    public void Accused_of_in_a_headline_is_a_participle() =>
        Assert.Equal("VBN", Xpos("Sudan 's RSF accused of killing dozens in attack on Darfur displacement camp")[3]);

    [Fact]
    public void A_verbs_object_compound_ending_before_a_comma_is_a_noun()
    {
        var tags = Xpos("Protesters marched on parliament to oppose new tax increases , and a rights group said one demonstrator was shot dead .");
        Assert.Equal("NNS", tags[8]);
        // (Not a clause's verb after a preposition: "as the level of production increases , the price falls".)
        Assert.Equal("VBZ", Xpos("As the level of production increases , the price falls .")[5]);
    }

    [Fact]
    public void A_plural_before_a_place_phrase_and_a_past_tense_is_a_noun() =>
        Assert.Equal("NNS", Xpos("Last month , inmates at the Machala jail held six guards hostage for more than 30 hours .")[3]);

    [Fact]
    public void A_capitalised_name_read_as_a_verb_before_the_clauses_verb_is_a_name() =>
        Assert.Equal(["NNP", "NNP", "NNP"], Xpos("Human Rights Watch condemned both the checkpoint attack and the reprisals in Bekondo .")[..3]);

    [Fact]
    public void A_capitalised_name_read_as_a_wh_word_before_the_clauses_verb_is_a_name() =>
        Assert.Equal(["NNP", "NNP", "NNP"], Xpos("Human Rights Watch urged the authorities to investigate the killings .")[..3]);

    [Fact]
    public void A_past_tense_that_is_no_noun_after_its_subject_is_the_past_tense() =>
        Assert.Equal("VBD", Xpos("Last month , the ELN and the Gulf Clan fought for three days around the town of Segovia .")[9]);

    [Fact]
    public void A_participle_or_present_coordinated_with_a_later_past_is_a_past()
    {
        Assert.Equal("VBD", Xpos("Riot police fired tear gas at the crowd on Monday and arrested dozens of people .")[2]);
        // (Also after a subject with a hyphenated word and "of": "The commander-in-chief of Ukraine's armed forces visited/VBN".)
        Assert.Equal("VBD", Xpos("The commander - in - chief of Ukraine 's armed forces visited command posts near Kupiansk on Monday and met brigade commanders .")[11]);
        Assert.Equal("VBD", Xpos("Information Minister Faisal Saleh blamed \" infiltrators \" for the violence and said the authorities had arrested 60 people .")[4]);
        Assert.Equal("VBD", Xpos("Residents said the attackers shot dead six civilians at a market , and abducted 20 women .")[4]);
    }

    [Fact]
    public void Since_between_had_and_a_participle_is_an_adverb()
    {
        var xpos = Xpos("A police source said security forces had since detained 11 men .");
        Assert.Equal(("RB", "VBN"), (xpos[7], xpos[8]));
    }

    [Fact]
    public void Shot_dead_is_a_past_tense_or_after_was_a_participle()
    {
        Assert.Equal("VBD", Xpos("In January , dissidents shot dead a community leader .")[4]);
        Assert.Equal("VBN", Xpos("A community leader was shot dead in January .")[4]);
    }

    [Fact]
    public void A_countrys_military_before_a_past_is_the_noun_and_an_unknown_first_name_word_a_name()
    {
        var xpos = Xpos("Myanmar 's military shelled fishing villages .");
        Assert.Equal(("NN", "VBD"), (xpos[2], xpos[3]));
        Assert.Equal("NNP", Xpos("Khaing Min Oo , a spokesman for the Arakan Army , on Wednesday accused the junta .")[0]);
        // (So is an armed group's front, before "in" or "to": "the front threatened in pamphlets ... to kill shopkeepers".)
        xpos = Xpos("Last month , the front threatened in pamphlets distributed in Mocoa to kill shopkeepers .");
        Assert.Equal(("NN", "VBD"), (xpos[4], xpos[5]));
    }

    [Fact]
    public void A_bomb_that_tore_through_a_market_is_a_past_tense() =>
        Assert.Equal("VBD", Xpos("A car bomb tore through a crowded vegetable market on Monday .")[3]);

    [Fact]
    public void A_plural_read_as_a_present_before_then_and_a_past_is_the_subject() =>
        Assert.Equal("NNS", Xpos("Druze fighters then abducted about a dozen Bedouin men .")[1]);

    [Fact]
    public void A_short_plural_read_as_a_present_before_later_a_day_and_a_past_is_the_subject() =>
        Assert.Equal("NNS", Xpos("Air force jets later on Sunday struck militant positions .")[2]);

    [Fact]
    public void A_capitalised_name_read_as_a_verb_before_this_month_and_the_verb_is_a_name() =>
        Assert.Equal(["NNP", "NNP", "NNP"], Xpos("Human Rights Watch this month accused the Malian army of executing civilians .")[..3]);

    [Fact]
    public void A_plural_after_a_comma_before_a_denials_subject_and_verb_is_a_noun() =>
        Assert.Equal("NNS", Xpos("Amnesty accused soldiers of executing dozens of men , charges the government rejected as baseless .")[9]);

    [Theory]
    [InlineData("At the al-Hol camp , east of Hasakah , camp guards arrested three women .", 5, "RB")]
    [InlineData("Police in the north of England arrested three men .", 3, "NN")]
    public void A_compass_point_before_of_and_a_name_is_an_adverb_unless_after_an_article(string sentence, int word, string xpos) =>
        Assert.Equal(xpos, Xpos(sentence)[word]);

    [Fact]
    public void Armed_before_a_noun_is_an_adjective_and_clashed_with_no_auxiliary_a_past_tense()
    {
        var xpos = Xpos("On Wednesday , fighters of the Movement for the Salvation of Azawad ( MSA ) , a Tuareg armed group allied with the junta in Bamako , clashed with Islamic State militants .");
        Assert.Equal(("JJ", "VBD"), (xpos[18], xpos[27]));
    }

    [Fact]
    public void A_plural_after_a_relative_pronoun_before_said_is_a_noun_and_the_ed_word_after_the_clauses_past()
    {
        var xpos = Xpos("The attackers , who witnesses said numbered about 30 , also abducted two teenage girls .");
        Assert.Equal(("NNS", "VBD"), (xpos[4], xpos[6]));
    }

    [Fact]
    public void Top_after_a_possessive_and_before_a_noun_phrase_is_an_adjective() =>
        Assert.Equal("JJ", Xpos("A representative of the country 's top Shi'ite cleric urged the government to meet the demands .")[6]);

    [Fact]
    public void A_past_before_and_a_past_and_a_name_before_its_acronym()
    {
        Assert.Equal("VBD", Xpos("Members of the Imbonerakure beat and detained at least 12 supporters .")[4]);
        var xpos = Xpos("Human Rights Watch ( HRW ) accused the militia .");
        Assert.Equal(("NNP", "NNP", "NNP"), (xpos[0], xpos[1], xpos[2]));
    }

    [Fact]
    public void A_participle_after_the_name_apposed_to_the_opening_phrase_before_a_coordinated_past_is_a_past() =>
        Assert.Equal("VBD", Xpos("The regional governor , Colonel Abdou Garba , travelled to Magaria on Tuesday and met traditional chiefs .")[8]);

    [Fact]
    public void A_past_after_a_counted_subject_of_after_and_an_invariant_past_before_a_possessive_are_past_tenses()
    {
        Assert.Equal("VBD", Xpos("The assassination came hours after hundreds of residents blocked roads with burning tyres in the Crater district .")[8]);
        Assert.Equal("VBD", Xpos("In Bawku itself , traders at the central market shut their stalls for the day on Monday .")[9]);
    }

    [Fact]
    public void Accused_with_an_object_before_of_after_the_opening_subject_is_a_past_tense()
    {
        Assert.Equal("VBD", Xpos("Local self - defence leaders accused state police of letting cartel gunmen pass through checkpoints .")[5]);
        Assert.Equal("VBN", Xpos("Two men accused of killing a police officer were released on bail .")[2]);
    }

    [Fact]
    public void Laden_glued_by_a_hyphen_is_an_adjective_before_its_plural()
    {
        var xpos = Xpos("On Sunday , dissidents used explosive - laden drones to attack a police station .");
        Assert.Equal(("JJ", "NNS"), (xpos[7], xpos[8]));
    }

    [Fact]
    public void A_plural_after_and_and_a_verbs_object_before_to_is_the_objects_conjunct()
    {
        var xpos = Xpos("The Kenya Red Cross distributed food and blankets to about 300 families in Witu .");
        Assert.Equal(("VBD", "NNS"), (xpos[4], xpos[7]));
    }

    [Fact]
    public void The_act_demanded_after_that_is_a_base_form()
    {
        Assert.Equal("VB", Xpos("The bishop demanded that police confiscate every rifle in the province .")[5]);
        Assert.Equal("VB", Xpos("The minister demanded that traditional chiefs hand over all firearms .")[6]);
        Assert.Equal("VB", Xpos("The BYC demanded that the provincial government release everyone still held .")[7]);
        Assert.Equal("VB", Xpos("An association demanded that the government assign armed escorts to buses .")[6]);
        Assert.Equal("NN", Xpos("The union demanded that the police chief Ali Hassan resign .")[6]);
        Assert.Equal("VB", Xpos("The rebels demanded that Luanda open negotiations on independence .")[5]);
        // (Also with the demand's time between it and "that", and before a number.)
        Assert.Equal("VB", Xpos("Local elders demanded on Wednesday that the military command free the men .")[9]);
        Assert.Equal("VB", Xpos("The man also demanded that the authorities free three gang members .")[7]);
        Assert.Equal("VB", Xpos("The front demanded that the government halt forced eradication in Catatumbo .")[6]);
        // (A verb that is also a noun before the singular noun it acts on; and a demand with its place and time before "that".)
        Assert.Equal("VB", Xpos("The Iraqi Turkmen Front demanded that Baghdad hand responsibility for security to local police .")[7]);
        Assert.Equal("VB", Xpos("Soomro demanded at a news conference in Sukkur on Wednesday that the provincial government hand control of the area to the army .")[14]);
    }

    [Fact]
    public void Shot_down_after_a_noun_and_an_invariant_past_before_and_a_past_are_past_tenses()
    {
        Assert.Equal("VBD", Xpos("Army air defences shot down four RSF drones over Aroma , a military spokesman said .")[3]);
        Assert.Equal("VBD", Xpos("The Sudan Doctors Network , a volunteer medical group , put the number of dead at 17 and accused the RSF of targeting civilians .")[10]);
        Assert.Equal("VBD", Xpos("The United Nations ' World Food Programme ( WFP ) distributed emergency rations on Tuesday .")[10]);
    }

    [Fact]
    public void A_past_in_an_apposition_before_the_clauses_verb_is_a_participle() =>
        Assert.Equal("VBN", Xpos("Fighters of the CPC , a rebel alliance formed to disrupt the 2020 elections , killed five soldiers .")[8]);

    [Fact]
    public void A_past_in_a_hyphenated_apposition_is_a_participle_too() =>
        Assert.Equal("VBN", Xpos("The Forum ( ITLF ) , a Kuki - Zo body based in Churachandpur , denied that any group was involved .")[11]);

    [Fact]
    public void A_participle_with_an_object_after_said_and_a_noun_phrase_is_the_reported_clauses_past_tense()
    {
        Assert.Equal("VBD", Xpos("Hamas - run media said Israeli tanks also shelled homes in Rafah .")[8]);
        Assert.Equal("VBN", Xpos("He said the weapons seized today were destroyed .")[4]);
        Assert.Equal("VBN", Xpos("The ministry said the weapons seized in the raid were destroyed .")[5]);
    }

    [Fact]
    public void After_told_its_listener_and_a_subject_a_participle_opening_a_quotation_is_the_past_tense()
    {
        Assert.Equal("VBD", Xpos("Beltran told a local radio station the soldiers \" opened fire on civilians . \"")[9]);
        Assert.Equal("VBD", Xpos("Beltran told a local radio station the soldiers \u201C opened fire on civilians , \u201D according to the AP .")[9]);
        // (A participle before a preposition still modifies the subject.)
        Assert.Equal("VBN", Xpos("Beltran told a local radio station the soldiers wounded in the clash were recovering .")[8]);
    }

    [Fact]
    public void A_straight_single_quote_opens_a_quotation_by_its_spacing_not_a_possessive()
    {
        var tokens = Processed.Extract("He said the soldiers 'opened fire on civilians', and the soldiers' guns were seized.").Tokens;
        Assert.Equal(["``", "VBD", "''"], new[] { 4, 5, 9 }.Select(i => tokens[i].Xpos));
        Assert.Equal("POS", tokens[14].Xpos);
    }

    [Fact]
    public void Run_after_a_name_and_a_hyphen_before_a_noun_is_a_participle() =>
        Assert.Equal("VBN", Xpos("Hamas - run media said the strike killed six .")[2]);

    [Fact]
    public void A_plural_looking_word_after_said_and_a_singular_noun_with_an_object_is_the_present_tense()
    {
        Assert.Equal("VBZ", Xpos("Zaw Min Tun has previously said the military only targets armed groups .")[9]);
        Assert.Equal("VBZ", Xpos("Officials said the military targets armed groups .")[4]);
        Assert.Equal("NNS", Xpos("Officials said the company profits rose .")[4]);
    }

    [Fact]
    public void That_after_the_day_of_a_statement_opens_the_reported_clause()
    {
        var clashes = Xpos("Officials said on Monday that clashes in the area had killed five people .");
        Assert.Equal(("IN", "NNS"), (clashes[4], clashes[5]));
        var demand = Xpos("The bishop demanded on Tuesday that state and federal authorities guarantee the safety of residents .");
        Assert.Equal(("IN", "NN"), (demand[5], demand[6]));
        Assert.Equal("IN", Xpos("He told reporters last week that the talks had failed .")[5]);
        Assert.Equal("IN", Xpos("Hassan told The Associated Press that security forces killed four attackers .")[5]);
        // (A relative "that" after a day stays one: "the day that changed everything".)
        Assert.Equal("WDT", Xpos("It was the Monday that changed everything .")[4]);
    }

    [Theory]
    [InlineData("Opposition leaders called for a nationwide strike on Thursday and urged President William Ruto to withdraw the bill .", 2, "VBD")]
    [InlineData("Banners signed by the cartel and hung from bridges threatened lime growers .", 1, "VBN")]
    [InlineData("Kenyan police kill 8 as anti-tax protests spread", 2, "VBP")]
    [InlineData("according to state figures", 2, "NN")]
    [InlineData("Mass atrocities continue in Darfur as China and Russia support the government .", 9, "VBP")]
    [InlineData("The United States , Britain and France support some opposition groups .", 7, "VBP")]
    // (Past tenses after an apposition, a coordination, or with a subordinate clause after them.)
    [InlineData("The U.N. mission condemned the killings on Tuesday and called on the authorities to bring those responsible to justice .", 9, "VBD")]
    [InlineData("The junta accused the KIA of using villagers as human shields and threatened further strikes .", 12, "VBD")]
    [InlineData("The bishop of Kontagora , whose diocese covers Mokwa , urged the authorities to act .", 7, "VBZ")]
    [InlineData("Fishermen blocked the bridge over the Logone that links Yagoua to Bongor on Tuesday .", 8, "VBZ")]
    [InlineData("Islamic State , in a statement carried by its Amaq news agency , put the number of dead at 15 and threatened more attacks on the army .", 21, "VBD")]
    [InlineData("Within weeks the effort had sent letters to shareholders , hired lawyers and firms , and placed national newspaper ads calling the deal a mistake .", 16, "VBN")]
    [InlineData("Aondover Gbaka , president of a Tiv youth association in Gboko , threatened on Wednesday to shut every road into the town if the government failed to act .", 12, "VBD")]
    [InlineData("Transport unions in Riberalta , about 85 km to the west by road , threatened on Wednesday to block the highway .", 14, "VBD")]
    [InlineData("In Mangu , a vigilante commander warned on Monday that his men would take the fight to the attackers if the army failed to act .", 6, "VBD")]
    [InlineData("Police fired tear gas to disperse the crowd when some of the marchers tried to force their way .", 1, "VBD")]
    [InlineData("A TTP commander threatened police officers in Kohat with death unless they resigned from the force .", 3, "VBD")]
    [InlineData("Police and suspected drug traffickers exchanged fire near the town of Trojes .", 5, "VBD")]
    // (A participle after "and" whose last verb is a participle, or after "was", stays one.)
    [InlineData("The man was arrested and charged with murder .", 5, "VBN")]
    [InlineData("Police said a man detained and questioned overnight was released .", 6, "VBN")]
    [InlineData("Lynch agreed to a 30 - minute interview for the project .", 0, "NNP")]
    [InlineData("Reinforcements rushed from a nearby camp exchanged fire with the insurgents .", 6, "VBD")]
    [InlineData("Police fired tear gas at opposition supporters as protests against tax increases spread to several towns .", 11, "NNS")]
    [InlineData("Gunmen on a motorcycle shot dead two mototaxi drivers .", 7, "NN")]
    [InlineData("On Monday a Russian drone struck an evacuation van near Bilytske .", 5, "VBD")]
    [InlineData("On Thursday , about 200 residents displaced by earlier fighting staged a rally outside the provincial capitol .", 10, "VBD")]
    [InlineData("In a statement on Tuesday , the ministry accused loyalists of former president Bashar al - Assad of carrying out the ambush and said the attackers had fled .", 8, "VBD")]
    [InlineData("An MPC spokesman , Ali Oumar , denied any involvement on Monday and accused government troops of stirring up violence .", 13, "VBD")]
    // (After a that-clause with a modal, "would ... and accused" can be no participle; "would have ... and accused" can.)
    [InlineData("Ruto warned that his government would not tolerate \" anarchy \" and accused opposition politicians of paying young people .", 12, "VBD")]
    [InlineData("She said that they would have been arrested and charged the next day .", 9, "VBN")]
    // (A subordinate clause's intransitive past, its phrase running to the clause's end; not a passive's participle with an agent.)
    [InlineData("Police fired tear gas at protesters on Tuesday as thousands marched against a proposed tax increase , killing eight people .", 10, "VBD")]
    [InlineData("The strike ended on Tuesday after talks mediated by a Roman Catholic bishop .", 7, "VBN")]
    [InlineData("The strike ended after the people injured in the attack were taken to hospital .", 6, "VBN")]
    [InlineData("M23 rebels seized the eastern Congolese town of Walikale on Wednesday after two days of fighting with the army and allied militias , residents and a rebel spokesman said .", 20, "JJ")]
    [InlineData("( See attached file : UnleadedStocks.pdf )", 5, "NN")]
    [InlineData("Earlier this month , the military threatened villagers around Shwebo in leaflets dropped from aircraft .", 6, "VBD")]
    [InlineData("\u201c They are 100 percent wrong , \u201d said 9/11 widow Terry Strada .", 10, "NN")]
    [InlineData("\u201c He did everything right , \u201d said MSNBC host Chris Matthews .", 9, "NN")]
    [InlineData("The attack came two days after Somali troops and allied clan militias recaptured the town .", 9, "JJ")]
    public void Verbs_and_nouns_news_constructions_need(string sentence, int word, string xpos) =>
        Assert.Equal(xpos, Xpos(sentence)[word]);

    [Fact]
    public void A_straight_quotation_mark_after_an_opened_one_closes_it()
    {
        var tags = Xpos("\" Absolutely hate this framing of the necessity of voting ( for Democrats ) that places all the blame on marginalized and young folks , \" Vann R. Newkirk II , a writer for The Atlantic , said on Twitter .");
        Assert.Equal(("``", "''"), (tags[0], tags[25]));
    }

    [Fact]
    public void That_after_where_something_was_said_opens_the_reported_clause() =>
        Assert.Equal("IN", Xpos("The commission says on its website that “ there were issues regarding Donald Trump ’s audio . ”")[6]);

    [Theory]
    [InlineData("But environmentalists worry that Mr. Clarke is breathing new life into a polluting industry .", 1, "NNS", 2, "VBP")]
    [InlineData("But some note that Trump has proposed little .", 2, "VBP", 3, "IN")]
    [InlineData("But Lynch notes they were appointed before she came .", 1, "NNP", 2, "VBZ")]
    [InlineData("Bonuses were $ 500 every three months , The Wall Street Journal reports .", 12, "VBZ", 13, ".")]
    [InlineData("His reports that the war ended were false .", 0, "PRP$", 1, "NNS")]
    public void A_verb_of_thinking_between_its_subject_and_what_it_reports_is_the_present_tense(string sentence, int first, string firstTag, int second, string secondTag)
    {
        var tags = Xpos(sentence);
        Assert.Equal((firstTag, secondTag), (tags[first], tags[second]));
    }

    [Theory]
    [InlineData("The attackers stormed Bokkos and nearby Mangu villages shortly after 10 p.m. , shooting residents as they fled , said Alfred Alabo .", 13)]
    public void An_act_of_violence_in_ing_with_its_object_after_a_clause_is_its_participle(string sentence, int participle) =>
        Assert.Equal("VBG", Xpos(sentence)[participle]);

    [Fact]
    public void A_capitalised_adverb_after_a_name_and_before_its_verb_ends_the_name() =>
        Assert.Equal("NNP", Xpos("Independent media outlet Myanmar Now reported that the toll could exceed 30 .")[4]);

    [Fact]
    public void Outside_after_a_noun_and_before_a_noun_is_a_preposition() =>
        Assert.Equal("IN", Xpos("Riot police used water cannon to break up thousands of protesters outside parliament in Tbilisi overnight .")[11]);

    [Fact]
    public void The_word_after_authorized_to_is_a_verb() =>
        Assert.Equal("VB", Xpos("The official , who was not authorized to brief reporters , spoke on condition of anonymity .")[8]);

    [Fact]
    public void An_act_that_is_also_a_noun_after_the_plural_subject_of_a_that_clause_is_its_verb() =>
        Assert.Equal("VBP", Xpos("It has previously denied that its forces target civilians .")[7]);

    [Fact]
    public void Fighting_after_as_with_a_participle_ending_its_clause_is_the_subject_of_a_past_tense()
    {
        var xpos = Xpos("A drone strike killed 30 people , residents said , as fighting between federal troops and Fano militiamen intensified .");
        Assert.Equal(("NN", "VBD"), (xpos[11], xpos[18]));
    }

    [Fact]
    public void Free_after_to_before_whom_it_frees_is_the_verb_and_so_is_a_second_demanded_act_after_and()
    {
        var xpos = Xpos("Human Rights Watch urged the Uzbek authorities on Saturday to free everyone held for peaceful protest .");
        Assert.Equal(("TO", "VB"), (xpos[9], xpos[10]));
        Assert.Equal("JJ", Xpos("They demanded access to free medical care .")[4]);
        Assert.Equal("VB", Xpos("The leaders demanded that the government pay all arrears within two weeks and investigate warehouse operators .")[13]);
    }

    [Fact]
    public void A_noun_ending_the_subject_of_a_demanded_act_before_or_and_a_base_form_is_the_first_act()
    {
        Assert.Equal("VB", Xpos("The group demanded that the army charge or release them .")[6]);
        // (Not a noun with no subject before it: "demanded that charges or releases follow" keeps its nouns.)
        Assert.StartsWith("NN", Xpos("The group demanded that a charge or release follow .")[5]);
    }

    [Fact]
    public void Fighting_with_its_sides_opening_a_sentence_is_the_subject_of_the_verb_after_them()
    {
        var xpos = Xpos("Fighting between rival clans in Tonj East county killed more than 60 people last week , officials said .");
        Assert.Equal(("NN", "VBD"), (xpos[0], xpos[8]));
    }

    [Fact]
    public void A_past_tense_without_ed_after_the_opening_plural_subject_is_the_verb_and_so_is_its_conjunct()
    {
        var xpos = Xpos("Gunmen set vehicles ablaze and blocked highways around the city after soldiers captured a leader , authorities said .");
        Assert.Equal(("VBD", "VBD"), (xpos[1], xpos[5]));
    }

    [Fact]
    public void A_past_tense_before_as_after_a_time_and_a_subject_with_a_participle_modifier_is_the_verb() =>
        Assert.Equal("VBD", Xpos("Kenyan police fired tear gas and live bullets at thousands of protesters in Nairobi on Tuesday as demonstrations against a proposed tax increase turned violent , a rights group said .")[2]);

    [Fact]
    public void A_past_tense_after_a_relative_clause_between_commas_on_the_opening_subject_is_its_verb() =>
        Assert.Equal("VBD", Xpos("The group , which has about 6,000 fighters , suspended peace talks with the government in January .")[9]);

    [Fact]
    public void Fire_after_the_opening_noun_of_a_headline_and_before_what_is_fired_is_the_verb() =>
        Assert.Equal("VBP", Xpos("Kenyan police fire tear gas , live rounds at protesters ; rights group says 8 dead")[2]);

    [Fact]
    public void Rival_before_a_name_is_its_adjective() =>
        Assert.Equal("JJ", Xpos("Fighters from the Arakan Rohingya Salvation Army and the rival Rohingya Solidarity Organisation clashed on Sunday .")[9]);

    [Fact]
    public void A_past_tense_after_an_apposition_with_a_relative_clause_on_the_opening_subject_is_its_verb() =>
        Assert.Equal("VBD", Xpos("The Kashmir Tigers , a group that Indian officials describe as a front for the Pakistan - based Jaish - e-Mohammed , threatened in a statement on Friday to avenge the deaths .")[22]);

    [Fact]
    public void Back_right_after_a_modal_and_before_a_name_is_the_modals_verb() =>
        Assert.Equal("VB", Xpos("Sanders will back Clinton , former rival says .")[2]);

    [Fact]
    public void A_participle_after_a_relative_clause_on_the_opening_subject_before_a_clause_of_time_is_its_verb() =>
        Assert.Equal("VBD", Xpos("The attackers , who arrived on motorcycles and in pickup trucks , struck as the patrol was returning to its base , the ministry said .")[12]);

    [Fact]
    public void Read_after_a_prepositions_noun_is_a_participle() =>
        Assert.Equal("VBN", Xpos("The ministry said in a statement read on state television that 23 soldiers were killed .")[6]);

    [Fact]
    public void A_past_tense_after_the_noun_of_an_opening_preposition_is_a_participle() =>
        Assert.Equal("VBN", Xpos("In a list handed to the governor on Tuesday , the organisers demanded that the ministry restore power .")[3]);

    [Fact]
    public void A_word_for_people_ending_a_noun_phrase_after_an_article_is_its_noun() =>
        Assert.Equal("NN", Xpos("Troops clashed with the attackers near Sumisip on Tuesday , killing a suspected militant , the military said .")[13]);

    [Fact]
    public void Fled_is_flee_whatever_a_treebanks_slip_taught_the_lemmatizer() =>
        Assert.Equal("flee", LoadedModels.Tagger!.Lemmatizer.Lemmatize("fled", "VERB", "VBD"));

    [Fact]
    public void A_participle_after_said_and_a_subject_with_a_particle_and_an_object_is_the_reported_past() =>
        Assert.Equal("VBD", Xpos("Residents said security forces sealed off the area and detained at least a dozen young men .")[4]);

    [Fact]
    public void Asked_opening_a_sentence_before_its_question_is_a_participle() =>
        Assert.Equal("VBN", Xpos("Asked whether Mr. Clinton would hold a cabinet position , she laughed .")[0]);

    [Fact]
    public void A_present_after_the_singular_subject_of_a_demanded_clause_is_the_subjunctive() =>
        Assert.Equal("VB", Xpos("Last Friday , Berom leaders had demanded that the federal government disarm armed groups hiding in the hills .")[11]);

    [Fact]
    public void Asked_set_off_by_commas_after_the_subject_before_its_question_is_a_participle() =>
        Assert.Equal("VBN", Xpos("Mexico 's president , asked about the ambush at her morning news conference , said the government would not allow it .")[4]);

    [Fact]
    public void A_role_between_the_proper_nouns_opening_a_sentence_and_a_name_is_a_noun_not_a_verb() =>
        Assert.Equal("NN", Xpos("Florida delegate John Archer , wearing a Canova T-Shirt covered in Sanders buttons , said he 's proud of the way the challenger is funding his campaign .")[1]);

    [Fact]
    public void Rival_before_a_modifier_or_a_noun_is_an_adjective() =>
        Assert.Equal("JJ", Xpos("Clashes between supporters of two rival political parties in northern Bangladesh left three people dead .")[5]);

    [Fact]
    public void A_past_tense_after_an_apposition_with_a_pronoun_on_the_opening_subject_is_its_verb() =>
        Assert.Equal("VBD", Xpos("Hundreds of residents , many of them students , marched through the streets of Les Cayes on Wednesday afternoon to protest against the insecurity .")[9]);

    [Theory]
    [InlineData("Police shot a protester on Monday .", 1)]
    [InlineData("Soldiers shot 12 people during the raids .", 1)]
    public void An_irregular_past_read_as_a_present_is_a_past_tense(string sentence, int verb) =>
        Assert.Equal("VBD", Xpos(sentence)[verb]);

    [Theory]
    [InlineData("Congo 's government accused neighbouring Rwanda of backing the rebels .", 4, "JJ")]
    [InlineData("Hamani also accused authorities in neighboring Nigeria of failing to secure the border .", 5, "JJ")]
    [InlineData("Later on Thursday , elders from Misrata and neighbouring Zliten met commanders of both groups .", 8, "JJ")]
    [InlineData("The rebels hold a town neighbouring Rwanda .", 5, "VBG")]
    public void Neighbouring_before_a_place_is_read_as_its_adjective_but_not_after_a_noun(string sentence, int word, string tag) =>
        Assert.Equal(tag, Xpos(sentence)[word]);

    [Theory]
    [InlineData("Colombian soldiers killed in ELN drone attack on base", 2, "VBN")]
    [InlineData("Two journalists detained after protest in Tbilisi", 2, "VBN")]
    [InlineData("Gunmen killed 12 villagers in Plateau state", 1, "VBD")]
    [InlineData("Soldiers killed in ELN drone attack on base .", 1, "VBD")]
    public void A_headlines_past_form_after_its_victims_and_before_a_preposition_is_a_passive_participle(string sentence, int word, string tag) =>
        Assert.Equal(tag, Xpos(sentence)[word]);

    [Fact]
    public void A_participle_after_and_and_a_count_sharing_a_passives_auxiliary_is_a_participle() =>
        Assert.Equal("VBN", Xpos("Two soldiers were killed and six wounded when rebels attacked a base , the army said .")[6]);

    [Fact]
    public void What_someone_is_accused_of_doing_is_a_gerund() =>
        Assert.Equal("VBG", Xpos("The military accused the militant group of hiding rockets in civilian buildings .")[7]);

    [Fact]
    public void A_participle_opening_the_sentence_before_a_plural_noun_leaves_the_clause_its_past_tense() =>
        Assert.Equal(("VBN", "VBD"), (Xpos("Suspected jihadists killed at least 14 civilians in an attack on Bazi Haoussa , local officials said .")[0],
            Xpos("Suspected jihadists killed at least 14 civilians in an attack on Bazi Haoussa , local officials said .")[2]));

    [Fact]
    public void The_wounded_with_no_noun_after_them_are_people() =>
        Assert.Equal(("NNS", "VBN"), (Xpos("Ambulances evacuated the most seriously wounded to Dera Ismail Khan .")[5],
            Xpos("Ambulances evacuated the wounded soldiers to Dera Ismail Khan .")[3]));

    [Fact]
    public void A_past_like_its_base_form_after_a_singular_subject_opening_its_clause_is_the_past() =>
        Assert.Equal(("VBD", "VB"), (Xpos("In Howli , about 12 km to the north , a mob beat a man to death on Wednesday night .")[12],
            Xpos("Witnesses saw a mob beat a man to death .")[4]));

    [Fact]
    public void A_reported_past_before_an_adjective_and_its_plural_noun_is_the_past() =>
        Assert.Equal("VBD", Xpos("The army said its drones struck militant positions near Toma on Tuesday .")[5]);

    [Fact]
    public void A_count_of_wounded_that_a_verb_of_care_takes_are_people() =>
        Assert.Equal(("NNS", "VBD"), (Xpos("Its teams had treated 27 wounded at the regional hospital .")[5],
            Xpos("Gunmen killed two people and wounded 27 .")[5]));

    [Fact]
    public void A_participle_after_a_relative_clause_opened_by_whom_is_the_subjects_past_tense() =>
        Assert.Equal("VBD", Xpos("The attackers , whom residents identified as Twa militiamen , also abducted five women before fleeing .")[11]);

    [Fact]
    public void A_list_of_weapons_keeps_its_clause_and_a_gerund_before_its_last_noun_modifies_it()
    {
        var tags = Xpos("Militiamen armed with machetes , bows and hunting rifles killed at least 11 people .");
        Assert.Equal(("NN", "VBD"), (tags[7], tags[9]));
    }

    [Fact]
    public void A_participle_opening_the_subject_after_an_opening_time_leaves_the_clause_its_past_tense() =>
        Assert.Equal("VBD", Xpos("On Wednesday , suspected militants fired at a police post near Churachandpur , a spokesman said .")[5]);

    [Fact]
    public void A_past_form_between_a_noun_and_its_time_before_a_verb_of_saying_is_a_participle() =>
        Assert.Equal("VBN", Xpos("But a Defense Ministry statement released late Monday said seven soldiers were killed .")[5]);

    [Fact]
    public void Participles_after_the_subject_of_a_clause_a_subordinator_opens_are_past_tenses()
    {
        var xpos = Xpos("Officers had fired warning shots after demonstrators set up barricades , burned tyres and looted shops .");
        Assert.Equal(("VBD", "VBD", "VBD"), (xpos[7], xpos[11], xpos[14]));
        // (Not a participle with its auxiliary: "after the protesters were detained".)
        Assert.Equal("VBN", Xpos("Police fired after the protesters were detained .")[6]);
        // (And "unless": "threatened to answer with force unless the Tebu gunmen pulled out of Tayuri".)
        Assert.Equal("VBD", Xpos("A commander threatened on Friday to answer with force unless the Tebu gunmen pulled out of Tayuri .")[13]);
        // (Or after a subject in a named place and the name's apposition: "after gendarmes in Maroua , the regional capital , arrested".)
        Assert.Equal("VBD", Xpos("The raid came two days after gendarmes in Maroua , the regional capital , arrested five men suspected of belonging to a kidnapping ring .")[14]);
    }

    [Fact]
    public void Accused_of_after_the_noun_of_a_clause_that_has_its_verb_is_a_participle() =>
        Assert.Equal("VBN", Xpos("Last Thursday , police arrested 11 men in Kamba accused of supplying the militants with fuel .")[9]);

    [Fact]
    public void A_verb_coordinated_inside_a_relative_clause_leaves_the_clause_without_a_verb_of_its_own() =>
        Assert.Equal("VBD", Xpos("The same day , the Punjab Provincial Disaster Management Authority ( PDMA ) distributed tents and blankets to about 150 families "
                                 + "who had fled katcha villages and were camped outside Saddiqabad .")[13]);

    [Fact]
    public void A_past_of_what_is_done_to_people_after_a_noun_before_its_passive_is_a_participle()
    {
        Assert.Equal("VBN", Xpos("17 passengers abducted on the road between Gusau and Tsafe last week were freed on Saturday .")[2]);
        // (Not a past with a passive of its own clause after a comma: "Gunmen abducted on Monday ..., and they were freed".)
        Assert.Equal("VBD", Xpos("Gunmen abducted on Monday 12 passengers , and they were freed on Saturday .")[1]);
    }

    [Fact]
    public void A_word_read_as_an_adjective_between_a_and_a_participle_no_noun_follows_is_a_noun()
    {
        var xpos = Xpos("In March last year , a soldier was killed by a landmine planted on a path near San Francisco .");
        Assert.Equal(("NN", "VBN"), (xpos[11], xpos[12]));
        // (Not "a few": "a few killed in the blast".)
        Assert.NotEqual("NN", Xpos("Only a few wounded in the blast were taken to Kabul .")[2]);
    }

    [Fact]
    public void Believed_to_after_a_plural_the_sentences_verb_comes_before_is_a_participle() =>
        Assert.Equal("VBN", Xpos("Police arrested 14 suspected raiders and cattle traders believed to have bought stolen animals in Kitgum last week .")[8]);
}
