using Vigil.Documents;
using Vigil.Entities;
using Vigil.Pipeline;

namespace Vigil.Tests.Entities;

public class EntityTests
{
    private static Mention M(int start, string text) => new(start, start + text.Length, text);

    [Fact]
    public void Surnames_and_trailing_name_parts_join_the_full_name()
    {
        var entities = NameCoreference.Group([
            (M(0, "Estanislao Beltran"), "PER"), (M(40, "Miguel Angel Osorio Chong"), "PER"),
            (M(90, "Beltran"), "PER"), (M(120, "Osorio Chong"), "PER"), (M(150, "Beltrán"), "PER")]);
        Assert.Equal(2, entities.Count);
        Assert.Equal(("Estanislao Beltran", 3), (entities[0].Name, entities[0].Mentions.Count));
        Assert.Equal(("Miguel Angel Osorio Chong", 2), (entities[1].Name, entities[1].Mentions.Count));
    }

    [Fact]
    public void Acronyms_join_their_organisation_and_labels_keep_entities_apart()
    {
        var entities = NameCoreference.Group([
            (M(0, "the Associated Press"), "ORG"), (M(30, "the AP"), "ORG"), (M(50, "AP"), "ORG"), (M(60, "Hope"), "PER"), (M(70, "Hope"), "LOC")]);
        Assert.Equal(3, entities.Count);
        Assert.Equal(3, entities[0].Mentions.Count);
        Assert.Equal(["E1", "E2", "E3"], entities.Select(e => e.Id));
    }

    [Fact]
    public void A_short_form_an_organisation_was_called_is_that_organisation_whatever_its_later_label()
    {
        var entities = NameCoreference.Group([(M(0, "Rapid Support Forces"), "ORG"), (M(22, "RSF"), "ORG"), (M(1700, "RSF"), "LOC"), (M(1800, "Darfur"), "LOC")]);
        Assert.Equal(2, entities.Count);
        Assert.Equal(("ORG", 3), (entities[0].Label, entities[0].Mentions.Count));
    }

    [Fact]
    public void One_name_in_one_document_is_one_entity_with_the_label_most_of_its_mentions_have()
    {
        var entities = NameCoreference.OneLabelPerName(NameCoreference.Group([
            (M(0, "ABECHE"), "LOC"), (M(20, "Khalis"), "PER"), (M(40, "Abeche"), "LOC"), (M(60, "Khalis"), "LOC"), (M(80, "Khalis"), "LOC"),
            (M(100, "Chadian"), "NORP"), (M(120, "Chadian"), "NORP")]));
        Assert.Equal(["E1", "E2", "E3"], entities.Select(e => e.Id));
        Assert.Equal(("Abeche", "LOC", 2), (entities[0].Name, entities[0].Label, entities[0].Mentions.Count));
        Assert.Equal(("Khalis", "LOC", 3), (entities[1].Name, entities[1].Label, entities[1].Mentions.Count));
        Assert.Equal([20, 60, 80], entities[1].Mentions.Select(m => m.Start));
    }

    [Fact]
    public void The_pipeline_finds_people_and_nationalities()
    {
        var document = new Document("Interior Minister Miguel Angel Osorio Chong said Mexican soldiers would stay. Osorio Chong spoke in Mexico City.");
        PipelineFactory.CreateDefault().Process(document);
        var minister = Assert.Single(document.Entities, e => e.Name == "Miguel Angel Osorio Chong");
        Assert.Equal("PER", minister.Label);
        Assert.Equal(2, minister.Mentions.Count);
        var norp = Assert.Single(document.Entities, e => e.Label == "NORP");
        Assert.Equal("Mexican", norp.Name);
        foreach (var mention in document.Entities.SelectMany(e => e.Mentions))
            Assert.Equal(mention.Text, document.Text[mention.Start..mention.End]);
    }

    [Fact]
    public void A_lone_nationality_the_recognizer_took_for_a_place_is_a_nationality()
    {
        var document = new Document("Egyptian and Qatari mediators have been pushing for a ceasefire.");
        PipelineFactory.CreateDefault().Process(document);
        Assert.Equal("NORP", Assert.Single(document.Entities, e => e.Name == "Qatari").Label);
    }

    [Fact]
    public void A_demonym_opening_an_organisations_name_is_part_of_it_and_gives_its_country()
    {
        var document = new Document("Alejandro Hope, director of security policy at the Mexican Competitiveness Institute, said the army had little choice.");
        PipelineFactory.CreateDefault().Process(document);
        var institute = Assert.Single(document.Entities, e => e.Label == "ORG");
        Assert.Equal(("Mexican Competitiveness Institute", "MEX"), (institute.Name, institute.Actor?.Country));
        Assert.DoesNotContain(document.Entities, e => e.Label == "NORP");
    }

    [Fact]
    public void Ner_scorer_counts_exact_spans_per_label()
    {
        var gold = new List<IobSentence> { new(["Estanislao", "Beltran", "told", "the", "AP", "in", "Antunez"], ["B-PER", "I-PER", "O", "O", "B-ORG", "O", "B-LOC"]) };
        var predicted = new List<string[]> { new[] { "B-PER", "O", "O", "O", "B-ORG", "O", "B-PER" } };
        var scores = NerScorer.Score(gold, predicted);
        // Beltran's span is cut short (wrong), AP is right, Antunez has the wrong type: 1 of 3 either way.
        Assert.Equal(100.0 / 3, scores.Overall.Precision, 3);
        Assert.Equal(100.0 / 3, scores.Overall.Recall, 3);
        Assert.Equal(100, scores.PerLabel["ORG"].F1, 3);
        Assert.Equal(0, scores.PerLabel["LOC"].Recall, 3);
    }

    [Fact]
    public void A_name_found_once_in_a_document_is_found_where_the_document_repeats_it()
    {
        string[][] sentences = [["I", "start", "at", "Azurix", "Monday", "."], ["Azurix", "is", "in", "Houston", "."], ["The", "azurix", "site", "."], ["Paris", "called", "."], ["Paris", "Hilton", "left", "Paris", "."]];
        string[][] bio = [["O", "O", "O", "B-ORG", "O", "O"], ["O", "O", "O", "B-LOC", "O"], ["O", "O", "O", "O"], ["B-PER", "O", "O"], ["B-PER", "I-PER", "O", "B-LOC", "O"]];
        DocumentConsistency.Propagate(sentences, bio);
        Assert.Equal(["B-ORG", "O", "O", "B-LOC", "O"], bio[1]);
        // Lower case is not the name; a name the document gives two types ("Paris") is left as it is.
        Assert.Equal(["O", "O", "O", "O"], bio[2]);
        Assert.Equal(["B-PER", "O", "O"], bio[3]);
    }

    [Fact]
    public void Iob_files_keep_their_documents_apart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vigil-iob-{Guid.NewGuid():N}.iob2");
        try
        {
            File.WriteAllText(path, "# newdoc id = a\n1\tAzurix\tB-ORG\n\n1\tHi\tO\n\n# newdoc id = b\n1\tBye\tO\n\n");
            Assert.Equal([1, 1, 2], IobReader.ReadFile(path).Select(s => s.Document));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_listed_organisation_the_recognizer_took_in_pieces_is_whole()
    {
        var document = Processed.Extract("Doctors Without Borders said its clinic had treated 30 wounded. The People's Defense Force said the strike hit a school.");
        Assert.Contains(document.Entities, e => e.Name == "Doctors Without Borders" && e.Label == "ORG");
        Assert.Contains(document.Entities, e => e.Name == "People's Defense Force" && e.Label == "ORG" && e.Actor?.Code == "MMRREB");
    }

    [Fact]
    public void A_body_named_for_what_it_is_to_do_and_an_of_name_through_and_are_one_organisation_each()
    {
        var document = Processed.Extract("The Committee to Protect Journalists called on Ethiopian authorities to release him. "
                                         + "The Department of Social Welfare and Development said it had delivered food packs to 300 families.");
        Assert.Contains(document.Entities, e => e.Name == "Committee to Protect Journalists" && e.Label == "ORG");
        Assert.Contains(document.Entities, e => e.Name == "Department of Social Welfare and Development" && e.Label == "ORG");
        Assert.Equal("The Committee to Protect Journalists", Assert.Single(document.Events, e => e.Trigger.Text == "called").Actor1?.Text);
    }

    [Fact]
    public void An_institution_goes_on_through_for_and_joins_its_coordinated_first_half()
    {
        var document = Processed.Extract("\"They attacked us,\" said Kalpona Akter, head of the Bangladesh Center for Worker Solidarity. "
                                         + "Factory owners agreed to pay, the Bangladesh Garment Manufacturers and Exporters Association said.");
        Assert.Contains(document.Entities, e => e.Name == "Bangladesh Center for Worker Solidarity" && e.Label == "ORG");
        Assert.Contains(document.Entities, e => e.Name == "Bangladesh Garment Manufacturers and Exporters Association" && e.Label == "ORG");
        var station = Processed.Extract("Al-Shabaab claimed responsibility for the attack in a statement on its Radio Andalus station, saying its fighters had targeted \"apostate officials\" staying at the hotel.");
        Assert.Contains(station.Entities, e => e.Name == "Radio Andalus" && e.Label == "ORG");
    }

    [Fact]
    public void A_name_after_a_word_for_a_settlement_and_of_is_a_place()
    {
        var document = Processed.Extract("Police fired tear gas and rubber bullets on Monday night at thousands of garment workers who had blocked a highway in the industrial suburb of Ashulia to demand unpaid wages.");
        Assert.Contains(document.Entities, e => e.Name == "Ashulia" && e.Label == "LOC");
        // (Also a hyphenated name of which the recognizer took the second part for a person.)
        var hyphenated = Processed.Extract("More than 6,000 people fled to the nearby city of Saint-Marc, the U.N. migration agency said.");
        Assert.Contains(hyphenated.Entities, e => e.Name == "Saint-Marc" && e.Label == "LOC");
        Assert.DoesNotContain(hyphenated.Entities, e => e.Label == "PER");
    }

    [Fact]
    public void A_name_before_a_word_for_a_site_is_a_place()
    {
        var document = Processed.Extract("Sudan's paramilitary Rapid Support Forces shelled the Abu Shouk displacement camp on the outskirts of El Fasher on Tuesday, killing at least 40 people, a group of local doctors said.");
        Assert.Contains(document.Entities, e => e.Name == "Abu Shouk" && e.Label == "LOC");
    }

    [Fact]
    public void A_name_the_actor_dictionary_lists_as_a_body_is_an_organisation_not_a_person()
    {
        var gang = Processed.Extract("Gran Grif, led by Luckson Elan, has been blamed for the killing of dozens of farmers in the Artibonite valley this year. "
                                     + "Last month, the gang kidnapped two nurses working for Doctors Without Borders, who were later released.");
        Assert.Equal("ORG", Assert.Single(gang.Entities, e => e.Name == "Gran Grif").Label);
        var aid = Processed.Extract("Medecins Sans Frontieres said its teams at the Saudi hospital in El Fasher had received 61 wounded people by Wednesday morning. "
                                    + "\"We are running out of everything,\" Claire Nicolet, the group's emergency coordinator, told Reuters by phone.");
        Assert.Equal("ORG", Assert.Single(aid.Entities, e => e.Name == "Medecins Sans Frontieres").Label);
    }

    [Theory]
    [InlineData("The Kenya Department of Water and Sanitation said the dam burst.", "Kenya Department of Water and Sanitation")]
    [InlineData("Aid was delivered by the Somalia Ministry of Health and Human Services on Friday.", "Somalia Ministry of Health and Human Services")]
    [InlineData("Staff of the Gaza Bank of Palestine were evacuated.", "Gaza Bank of Palestine")]
    [InlineData("Tenants sued the Housing Authority of New Orleans last week.", "Housing Authority of New Orleans")]
    public void A_place_inside_an_institutions_name_is_part_of_the_organisation(string text, string name)
    {
        Assert.Equal("ORG", Assert.Single(Processed.Extract(text).Entities, e => e.Name == name).Label);
        // (The recognizer itself, as `vigil eval ner` scores it: it found the place alone.)
        var tagger = Vigil.Models.LoadedModels.Tagger!;
        var tokens = Processed.Extract(text).Tokens.Select(t => t.Form).ToArray();
        var classes = new int[tokens.Length];
        tagger.Tag(tokens, classes);
        var bio = Vigil.Models.LoadedModels.Ner!.Tag(tokens, classes.Select(c => (string?)tagger.Xpos(c)).ToArray());
        var found = IobReader.Spans(bio).Select(span => (string.Join(' ', tokens[span.Start..(span.Start + span.Length)]), span.Type));
        Assert.Contains((string.Join(' ', name.Split(' ')), "ORG"), found);
    }

    [Fact]
    public void A_resident_of_a_town_names_a_place_and_a_body_read_as_a_place_is_an_organisation()
    {
        var resident = Processed.Extract("A resident of Djibo, who spoke on condition of anonymity for fear of reprisals, said he counted at least 30 bodies near the camp.");
        Assert.Equal("LOC", Assert.Single(resident.Entities, e => e.Name == "Djibo").Label);
        var sahel = Processed.Extract("Burkina Faso, Mali and Niger, all run by military juntas, formed the Alliance of Sahel States last year after expelling French troops.");
        Assert.Equal("ORG", Assert.Single(sahel.Entities, e => e.Name == "Alliance of Sahel States").Label);
        var watch = Processed.Extract("In March, soldiers executed at least 223 villagers in Nondin and Soro, Human Rights Watch said.");
        Assert.Equal("ORG", Assert.Single(watch.Entities, e => e.Name == "Human Rights Watch").Label);
    }

    [Fact]
    public void A_leader_introduced_with_its_speaks_for_the_body_named_before()
    {
        var d = Processed.Extract("PORT-AU-PRINCE, Haiti (AP) — The Viv Ansanm gang coalition claimed the attack in a video posted on social media. "
                                  + "Its leader, Jimmy \"Barbecue\" Cherizier, warned that his men would march on the National Palace.", new DateOnly(2026, 11, 25));
        var ansanm = Assert.Single(d.Entities, e => e.Name == "Viv Ansanm").Actor?.Code;
        Assert.NotNull(ansanm);
        Assert.Equal(ansanm, Assert.Single(d.Entities, e => e.Name.EndsWith("Cherizier", StringComparison.Ordinal)).Actor?.Code);
        // (And "his men" are the leader's group, not civilians.)
        Assert.Equal(ansanm, Assert.Single(d.Events, e => e.Actor1?.Text == "his men").Actor1!.Code);
    }

    [Fact]
    public void A_given_name_joined_by_a_hyphen_is_one_persons_name()
    {
        var d = Processed.Extract("French Foreign Minister Jean-Noel Barrot summoned Algeria's charge d'affaires in Paris.", new DateOnly(2026, 11, 25));
        Assert.Equal("FRAGOV", Assert.Single(d.Entities, e => e.Name == "Jean-Noel Barrot").Actor?.Code);
        Assert.DoesNotContain(d.Entities, e => e.Name == "Jean");
    }

    [Fact]
    public void A_nickname_in_quotation_marks_is_part_of_the_name_and_a_role_codes_the_person()
    {
        var d = Processed.Extract("The factions are led by the sons of former kingpin Joaquin \"El Chapo\" Guzman and by Ismael \"El Mayo\" Zambada.", new DateOnly(2024, 12, 8));
        var chapo = Assert.Single(d.Entities, e => e.Name == "Joaquin \"El Chapo\" Guzman");
        Assert.Equal(("PER", "MEXCRM"), (chapo.Label, chapo.Actor?.Code));
        Assert.Equal("MEXCRM", Assert.Single(d.Entities, e => e.Name == "Ismael \"El Mayo\" Zambada").Actor?.Code);
        var titled = Processed.Extract("Sinaloa Gov. Pedro Gomez said soldiers detained three suspects in Culiacan, Mexico.");
        Assert.Equal("MEXGOV", Assert.Single(titled.Entities, e => e.Name == "Pedro Gomez").Actor?.Code);
        var apposed = Processed.Extract("Pedro Gomez, the governor of Sinaloa, said soldiers detained three suspects in Culiacan, Mexico.");
        Assert.Equal("MEXGOV", Assert.Single(apposed.Entities, e => e.Name == "Pedro Gomez").Actor?.Code);
        Assert.Null(Assert.Single(Processed.Extract("Pedro Gomez said soldiers detained three suspects in Culiacan.").Entities, e => e.Name == "Pedro Gomez").Actor);
    }

    [Fact]
    public void A_governments_department_is_government_and_a_police_department_police()
    {
        var defense = Processed.Extract("In Culiacan, Mexico, the Defense Department said soldiers detained three suspects.");
        Assert.Equal("MEXGOV", Assert.Single(defense.Entities, e => e.Name == "Defense Department").Actor?.Code);
        var police = Processed.Extract("The police department in Culiacan, Mexico, accused gunmen of shooting three officers.");
        Assert.Equal("MEXCOP", Assert.Single(police.Events, e => e.Trigger.Text == "accused").Actor1?.Code);
    }

    [Fact]
    public void A_body_the_recognizer_left_out_is_an_organisation_when_the_actor_dictionary_lists_it()
    {
        var d = Processed.Extract("The attack was the deadliest in weeks of fighting between two factions of the Sinaloa cartel, Los Chapitos and La Mayiza.");
        Assert.Equal(("ORG", "MEXCRM"), (Assert.Single(d.Entities, e => e.Name == "Los Chapitos").Label, d.Entities.Single(e => e.Name == "Los Chapitos").Actor?.Code));
        // (Not a name's first word before a hyphen: "Houthi-run media".)
        Assert.DoesNotContain(Processed.Extract("Houthi-run media said the strikes hit Sanaa.").Entities, e => e.Name.EndsWith('-'));
    }

    [Fact]
    public void Proper_nouns_before_a_word_for_a_news_outlet_name_the_outlet()
    {
        var d = Processed.Extract("The state-run IRNA news agency reported the attack. Syrian TV said the army had entered the town.");
        Assert.Equal("ORG", Assert.Single(d.Entities, e => e.Name == "IRNA").Label);
        // (A nationality alone says whose the outlet is: it stays a nationality.)
        Assert.Equal("NORP", Assert.Single(d.Entities, e => e.Name == "Syrian").Label);
        // (A name right after the word for the outlet names it too, even one the gazetteer knows as a capital.)
        var after = Processed.Extract("State news agency SANA reported the strike. He told the state broadcaster CRTV that the army had nothing to hide.");
        Assert.Equal("ORG", Assert.Single(after.Entities, e => e.Name == "SANA").Label);
        Assert.Equal("ORG", Assert.Single(after.Entities, e => e.Name == "CRTV").Label);
    }

    [Fact]
    public void A_title_before_a_name_is_no_part_of_it_and_still_codes_the_person()
    {
        var d = Processed.Extract("Army spokesman Col. Serge Mbarga denied the allegation. Communication Minister Jean-Claude Mvondo rejected the demand.", new DateOnly(2024, 5, 2));
        var colonel = Assert.Single(d.Entities, e => e.Name == "Serge Mbarga");
        Assert.Equal("MIL", colonel.Actor?.Sector);
        var minister = Assert.Single(d.Entities, e => e.Name == "Jean-Claude Mvondo");
        Assert.Equal("GOV", minister.Actor?.Sector);
        Assert.DoesNotContain(d.Entities, e => e.Name.StartsWith("Col.", StringComparison.Ordinal) || e.Name.Contains("Minister"));
    }

    [Fact]
    public void A_dateline_in_capitals_is_a_place_no_speaker_is_resolved_to()
    {
        var d = Processed.Extract("TITAO, Mali (Reuters) — Gunmen killed at least 11 people near the town on Monday, officials said.\n\n"
                                  + "\"They kill our families at the wells,\" he said.", new DateOnly(2026, 11, 25));
        var dateline = Assert.Single(d.Entities, e => e.Name == "TITAO");
        Assert.Equal("LOC", dateline.Label);
        Assert.All(d.Quotes, q => Assert.NotEqual(dateline.Id, q.Source?.Entity));
    }

    [Fact]
    public void A_name_before_an_institutions_words_opens_the_institution_and_a_mission_is_one()
    {
        var d = Processed.Extract("The Fray Matías de Córdova Human Rights Center said 25 migrants were injured. The U.N. Support Mission in Libya urged all sides to respect the truce.");
        Assert.Equal("ORG", Assert.Single(d.Entities, e => e.Name == "Fray Matías de Córdova Human Rights Center").Label);
        var mission = Assert.Single(d.Entities, e => e.Name == "U.N. Support Mission");
        // (A part of a known body is coded as the body.)
        Assert.Equal("IGOUNO", mission.Actor?.Code);
    }

    [Fact]
    public void A_person_written_only_as_one_word_in_capitals_is_an_organisation()
    {
        var d = Processed.Extract("MINUSCA urged the armed groups to show restraint. The mission's chief met the president in Bangui.");
        Assert.Equal("ORG", Assert.Single(d.Entities, e => e.Name == "MINUSCA").Label);
    }

    [Fact]
    public void Capitals_in_brackets_after_a_name_are_its_acronym_and_after_a_place_a_body_unless_its_initials()
    {
        var d = Processed.Extract("The attackers were members of the Islamic State West Africa Province (ISWAP). ISWAP claimed responsibility. "
                                  + "The Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP), denied it. Fighting spread across the Central African Republic (CAR).");
        var iswap = Assert.Single(d.Entities, e => e.Name == "Islamic State West Africa Province");
        Assert.Equal(3, iswap.Mentions.Count);
        Assert.Equal("ORG", Assert.Single(d.Entities, e => e.Mentions.Any(m => m.Text == "TTP")).Label);
        Assert.Equal("LOC", Assert.Single(d.Entities, e => e.Mentions.Any(m => m.Text == "CAR")).Label);
    }

    [Fact]
    public void A_name_spelt_out_before_capitals_in_brackets_of_its_initials_is_one_organisation_in_whatever_order_they_come()
    {
        var d = Processed.Extract("The Movement of Central African Liberators for Justice (MLCJ) accused the peacekeepers. The Democratic Forces for the "
                                  + "Liberation of Rwanda (FDLR) attacked a village. Fighting spread across the Central African Republic (CAR).");
        var mlcj = Assert.Single(d.Entities, e => e.Name == "Movement of Central African Liberators for Justice");
        Assert.Equal("ORG", mlcj.Label);
        Assert.Contains(mlcj.Mentions, m => m.Text == "MLCJ");
        Assert.Equal("ORG", Assert.Single(d.Entities, e => e.Mentions.Any(m => m.Text == "FDLR")).Label);
        Assert.Contains(d.Entities, e => e.Name == "Democratic Forces for the Liberation of Rwanda");
        Assert.Equal("LOC", Assert.Single(d.Entities, e => e.Mentions.Any(m => m.Text == "CAR")).Label);
    }

    [Fact]
    public void A_person_whose_name_modifies_a_noun_of_bodies_or_has_one_in_apposition_is_that_body()
    {
        var d = Processed.Extract("Plataforma Decide, a local election monitoring group, said police opened fire on protesters in Maputo.\n\n"
                                  + "Opposition candidate Venancio Mondlane, who says the Oct. 9 vote was rigged in favour of the ruling Frelimo party, had called for a week of "
                                  + "protests. He urged supporters on Sunday to remain peaceful.\n\nThe electoral commission declared Frelimo's Daniel Chapo the winner.");
        var frelimo = Assert.Single(d.Entities, e => e.Name == "Frelimo");
        Assert.Equal(("ORG", "PTY"), (frelimo.Label, frelimo.Actor?.Sector));
        Assert.Equal("ORG", Assert.Single(d.Entities, e => e.Name == "Plataforma Decide").Label);
        var urged = Assert.Single(d.Quotes, q => q.Cue?.Text == "urged");
        Assert.Equal("Venancio Mondlane", d.Entities.FirstOrDefault(e => e.Id == urged.Source?.Entity)?.Name);
        // (Not a person named in full: "Donald Trump ... Trump company losses".)
        Assert.Equal("PER", Assert.Single(Processed.Extract("Donald Trump spoke on Monday. The report covered Trump company losses.").Entities, e => e.Name == "Donald Trump").Label);
    }

    [Fact]
    public void A_person_described_then_giving_his_name_is_the_person_named()
    {
        var document = Processed.Extract("A spokesman for the ADF, who identified himself only as Colonel Ikome, denied that the group's fighters had attacked the market. "
            + "Speaking to AFP by telephone, he accused the army of staging the killings.");
        var ikome = Assert.Single(document.Entities, e => e.Mentions.Any(m => m.Text.Contains("Ikome")));
        Assert.Contains("A spokesman", ikome.Mentions.Select(m => m.Text));
        Assert.Equal(ikome.Id, Assert.Single(document.Events, e => e.Trigger.Text == "accused").Actor1?.Entity);
        // ("gave his name as": and so does one giving his name.)
        var named = Processed.Extract("A man who gave his name as Faustin Ngoy threatened to attack army positions along the railway.");
        Assert.Contains("A man", Assert.Single(named.Entities, e => e.Label == "PER").Mentions.Select(m => m.Text));
        // (A clause the parser hung on the body he speaks for is still the spokesman's.)
        var mbah = Processed.Extract("A spokesman for the Ambazonia Defence Forces (ADF), one of the main separatist militias, who gave his name as General Mbah, "
            + "told Reuters on Wednesday that its fighters had been defending Fundong.").Entities.Single(e => e.Mentions.Any(m => m.Text.Contains("Mbah")));
        Assert.Equal(["A spokesman", "Mbah"], mbah.Mentions.Select(m => m.Text));
        // (A title in quotation marks before the name, and a clause hung on the faction he speaks for.)
        var kalunga = Processed.Extract("A spokesman for the faction, who gave his name as \"General\" Shabani Kalunga, told Reuters by telephone that his men had targeted soldiers.")
            .Entities.Single(e => e.Mentions.Any(m => m.Text.Contains("Kalunga")));
        Assert.Contains("A spokesman", kalunga.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void A_definite_description_joins_the_organisation_named_before_it()
    {
        var document = Processed.Extract("Fighters of the 444 Combat Brigade clashed with gunmen in Bani Walid on Monday. The brigade sent reinforcements on Tuesday.");
        var brigade = Assert.Single(document.Entities, e => e.Name == "444 Combat Brigade");
        Assert.Equal("ORG", brigade.Label);
        Assert.Equal(["444 Combat Brigade", "The brigade"], brigade.Mentions.Select(m => m.Text));
        var sent = Assert.Single(document.Events, e => e.Trigger.Text == "sent");
        Assert.Equal(brigade.Id, sent.Actor1?.Entity);
        // (Members of the body are the body.)
        Assert.Equal(brigade.Id, Assert.Single(document.Events, e => e.Trigger.Text == "clashed").Actor1?.Entity);
    }

    [Fact]
    public void A_description_joins_the_body_whose_noun_the_name_modifies_and_not_a_body_of_its_own()
    {
        var document = Processed.Extract("Fighters of the Gulf Clan drug trafficking group clashed with FARC dissidents near Ituango. "
                                         + "In pamphlets circulated on Saturday, the group threatened to kill community leaders.");
        var threat = Assert.Single(document.Events, e => e.Trigger.Text == "threatened");
        Assert.Equal("Gulf Clan", document.Entities.Single(e => e.Id == threat.Actor1?.Entity).Name);
        var council = Processed.Extract("The Social Council of Warfalla Tribes met on Monday. The council of elders condemned the attack.");
        Assert.DoesNotContain(council.Entities.SelectMany(e => e.Mentions), m => m.Text.StartsWith("The council", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_body_told_far_on_in_the_story_is_still_the_body_named_first()
    {
        var filler = string.Concat(Enumerable.Repeat("Residents said the town was quiet on Tuesday. ", 8));
        var document = Processed.Extract("The 444 Combat Brigade clashed with gunmen in Bani Walid on Monday. " + filler
                                         + "In March last year, fighters from the same brigade clashed with gunmen at the town's airport.");
        var brigade = Assert.Single(document.Entities, e => e.Name == "444 Combat Brigade");
        Assert.Contains(brigade.Mentions, m => m.Text == "the same brigade");
        Assert.Equal(brigade.Id, document.Events.Last(e => e.Trigger.Text == "clashed").Actor1?.Entity);
    }

    [Fact]
    public void A_short_form_in_brackets_after_a_name_is_that_names_whatever_initials_it_spells()
    {
        var document = Processed.Extract("Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's Sahel affiliate, claimed the attack in a statement on Wednesday. "
                                         + "In the same statement, the group threatened to attack villages that supply recruits to the army.");
        var jnim = Assert.Single(document.Entities, e => e.Mentions.Any(m => m.Text == "JNIM"));
        Assert.Contains(jnim.Mentions, m => m.Text == "Jama'at Nusrat al-Islam wal-Muslimin");
        // (And "the group" is the armed group that was the subject, not al Qaeda named in passing.)
        Assert.Equal(jnim.Id, Assert.Single(document.Events, e => e.Trigger.Text == "threatened").Actor1?.Entity);
    }

    [Fact]
    public void A_description_far_from_a_body_only_told_with_its_noun_joins_nothing()
    {
        var filler = string.Concat(Enumerable.Repeat("Residents said the town was quiet on Tuesday. ", 4));
        var document = Processed.Extract("Fighters of the Rapid Support Forces (RSF), a paramilitary group, crossed the border on Monday. " + filler
                                         + "The group threatened to remobilise its fighters if the government failed to send troops.");
        var rsf = Assert.Single(document.Entities, e => e.Mentions.Any(m => m.Text == "RSF"));
        Assert.DoesNotContain(rsf.Mentions, m => m.Text == "The group");
    }
}
