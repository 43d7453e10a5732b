using Vigil.Documents;

namespace Vigil.Tests.Attribution;

/// <summary>Each attribution construction, through the whole pipeline (tokens, tags, parse, entities).</summary>
public class AttributionTests
{
    private static Document Extract(string text) => Processed.Extract(text, new DateOnly(2014, 1, 14));

    private static string Content(Document d, Quote q) => d.Text[q.Content.Start..q.Content.End];

    /// <summary>The text has one attribution, with this content.</summary>
    private static void AssertTheOnlyContent(string text, string content)
    {
        var d = Extract(text);
        Assert.Equal(content, Content(d, Assert.Single(d.Quotes)));
    }

    /// <summary>The text has one attribution, with this source, cue and content.</summary>
    private static void AssertTheOnlyQuote(string text, string? source, string cue, string content)
    {
        var d = Extract(text);
        var q = Assert.Single(d.Quotes);
        Assert.Equal((source, cue, content), (q.Source?.Text, q.Cue?.Text, Content(d, q)));
    }

    [Fact]
    public void Indirect_speech_with_said_that()
    {
        var d = Extract("Estanislao Beltran said that soldiers opened fire on civilians.");
        var q = Assert.Single(d.Quotes);
        Assert.False(q.Direct);
        Assert.Equal("said", q.Cue!.Text);
        Assert.Equal("Estanislao Beltran", q.Source!.Text);
        Assert.EndsWith("soldiers opened fire on civilians", Content(d, q));
        Assert.NotNull(q.Source.Entity);
    }

    [Theory]
    [InlineData("Clinton cited Trump's past references to Machado as examples of Trump's disrespectful comments about women.",
        "Trump's past references to Machado as examples of Trump's disrespectful comments about women")]
    public void Words_the_parser_hung_on_the_cue_after_the_content_end_the_content(string text, string content) => AssertTheOnlyContent(text, content);

    [Theory]
    [InlineData("Graham has acknowledged the reality of climate change, which makes him something of an outlier among Republican lawmakers.", "the reality of climate change")]
    [InlineData("Video shows that Crutcher had his hands in the air, contradicting the police's earlier claim.", "that Crutcher had his hands in the air")]
    [InlineData("The center estimates that the plan would raise $1.1 trillion over the next decade; the Tax Foundation puts the figure at $498 billion.",
        "that the plan would raise $1.1 trillion over the next decade")]
    public void The_writers_comment_after_a_forward_content_is_not_part_of_it(string text, string content)
    {
        var d = Extract(text);
        Assert.Equal(content, Content(d, d.Quotes.First(q => q.Cue is { } cue && cue.Start < q.Content.Start)));
    }

    [Fact]
    public void A_straight_quotation_mark_left_open_is_not_continued_by_a_curly_paragraph()
    {
        // A block pasted from another paper opens with a stray straight mark; the next paragraph's curly
        // quotation is the speaker's, not a continuation of it.
        var d = Extract("\"Melanie thought the whole thing was outrageous. She was anxious, sure.\n\n" +
            "“It never crossed my mind that I’m losing it,” she said several months after her release.");
        var quote = Assert.Single(d.Quotes, q => q.Cue?.Text == "said");
        Assert.Equal("It never crossed my mind that I’m losing it", Content(d, quote).TrimEnd(','));
    }

    [Fact]
    public void A_cue_before_a_colon_reports_what_follows_it_or_the_next_sentence()
    {
        var d = Extract("The New York Times reports:\nJust 24 percent of the contributors to the campaign have given $200 or less.");
        var quote = Assert.Single(d.Quotes);
        Assert.Equal(("The New York Times", "Just 24 percent of the contributors to the campaign have given $200 or less"), (quote.Source!.Text, Content(d, quote)));
        d = Extract("He said: the plan would fail.");
        Assert.Equal("the plan would fail", Content(d, Assert.Single(d.Quotes)));
    }

    [Fact]
    public void When_and_where_after_a_demanded_noun_phrase_are_the_demands_own() =>
        AssertTheOnlyContent("France's foreign minister called for restraint during a visit to Beirut on Sunday.",
            "restraint");

    [Fact]
    public void A_title_and_name_split_by_the_parser_and_a_second_cue_after_and_said_keep_the_minister_as_source()
    {
        var d = Extract("Interior Minister Miguel Angel Osorio Chong demanded on Monday that the vigilantes put down their arms " +
                        "and return to their communities, and said federal forces would take over security in the area.");
        Assert.Equal(2, d.Quotes.Count);
        Assert.All(d.Quotes, q => Assert.Equal("Interior Minister Miguel Angel Osorio Chong", q.Source!.Text));
        var demand = d.Quotes.Single(q => q.Cue!.Text == "demanded");
        Assert.DoesNotContain("federal forces", Content(d, demand));
        Assert.EndsWith("federal forces would take over security in the area", Content(d, d.Quotes.Single(q => q.Cue!.Text == "said")));
    }

    [Fact]
    public void A_quotation_woven_into_a_later_sentence_does_not_resume_the_one_before()
    {
        var d = Extract("“This just isn’t right,” Warren said. “You squeezed employees to the breaking point” to drive up the stock price, she said.");
        var first = d.Quotes.Single(q => q.Source?.Text == "Warren");
        Assert.Contains("This just isn’t right", Content(d, first));
        Assert.DoesNotContain("squeezed", Content(d, first));
    }

    [Fact]
    public void A_quotation_that_finishes_the_speakers_own_sentence_reports_the_whole_sentence()
    {
        var d = Extract("However laudable the goal, using the capital gains tax “is a misguided approach,” Mr. Burman said.");
        var q = Assert.Single(d.Quotes, q => q.Source?.Text == "Mr. Burman");
        Assert.Equal("However laudable the goal, using the capital gains tax “is a misguided approach", Content(d, q));
    }

    [Fact]
    public void A_news_agency_named_after_its_noun_is_one_source()
    {
        var d = Extract("Syrian troops shelled rebel positions near Idlib on Monday, the state news agency SANA said.");
        Assert.Equal("the state news agency SANA", Assert.Single(d.Quotes).Source!.Text);
    }

    [Fact]
    public void A_transcript_label_after_an_opening_quotation_mark_is_the_speaker()
    {
        var d = Extract("\"WALLACE: Let's start with breaking news on the debate story.\n\n\"PENCE: Well, look, this is serious business.");
        Assert.Equal(["WALLACE", "PENCE"], d.Quotes.Where(q => q.Cue!.Text == ":").Select(q => q.Source!.Text));
    }

    [Fact]
    public void Each_turn_of_a_quoted_transcript_says_only_its_own_paragraph()
    {
        var d = Extract("Partial transcript as follows:\n\n\"WALLACE: Do you really see those two as equivalent?\n\n" +
                        "\"PENCE: Well, look, Mark Cuban has been saying some pretty tough stuff.\n\n\"WALLACE: Governor, I want to try to get on.\"");
        var turns = d.Quotes.Where(q => q.Cue!.Text == ":").Select(q => (q.Source!.Text, Content(d, q))).ToList();
        Assert.Equal([("WALLACE", "Do you really see those two as equivalent?"), ("PENCE", "Well, look, Mark Cuban has been saying some pretty tough stuff."),
            ("WALLACE", "Governor, I want to try to get on.")], turns);
    }

    [Fact]
    public void According_to_before_a_clause_relays_every_cue_under_the_verb_it_governs()
    {
        // (The cue classifier takes "saw" for a cue: the officers saw, as the police tell it, and so did they order.)
        var d = Extract("According to police, officers saw Scott get out of a car with a handgun, and they ordered him to drop the weapon.");
        var saw = Assert.Single(d.Quotes, q => q.Cue?.Text == "saw");
        var ordered = Assert.Single(d.Quotes, q => q.Cue?.Text == "ordered");
        Assert.Equal(["police"], saw.Via.Select(v => v.Text));
        Assert.Equal(["police"], ordered.Via.Select(v => v.Text));
    }

    [Fact]
    public void A_subject_the_parser_made_the_cues_object_stays_in_the_content()
    {
        var d = Extract("Hillary Clinton says Donald Trump's flurry of late-night tweets was \"unhinged, even for him.\"");
        var q = Assert.Single(d.Quotes);
        Assert.StartsWith("Donald Trump's flurry", Content(d, q));
    }

    [Fact]
    public void A_conjunction_after_a_quotation_is_no_source()
    {
        var d = Extract("She called Wells Fargo's behavior \"outrageous\" and called for compensation to be clawed back.");
        Assert.All(d.Quotes, q => Assert.Equal("She", q.Source!.Text));
    }

    [Fact]
    public void A_trailing_cue_parsed_as_an_adverbial_clause_reports_the_clause_before_it()
    {
        var d = Extract("Resources could be better spent in partnership with NATO, critics say.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal(("critics", "Resources could be better spent in partnership with NATO"), (q.Source!.Text, Content(d, q)));
    }

    [Fact]
    public void Direct_quote_with_the_cue_after_it()
    {
        var d = Extract("“They fired into the crowd without warning,” said Gloria Perez Torres.");
        var q = Assert.Single(d.Quotes);
        Assert.True(q.Direct);
        Assert.Equal("They fired into the crowd without warning", Content(d, q));
        Assert.Equal("Gloria Perez Torres", q.Source!.Text);
    }

    [Fact]
    public void A_trailing_teller_and_its_listener_report_the_whole_sentence_before_them()
    {
        var d = Extract("Al-Shabaab fighters stormed a military base on Sunday, killing at least 12 soldiers, a military official told Reuters.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal(("a military official", "told"), (q.Source?.Text, q.Cue?.Text));
        Assert.Equal(["Reuters"], q.Via.Select(v => v.Text));
        Assert.StartsWith("Al-Shabaab fighters stormed", Content(d, q));
        Assert.Equal("reported", Assert.Single(d.Events, e => e.Trigger.Text == "stormed").Modality);
    }

    [Fact]
    public void A_source_who_spoke_to_an_outlet_is_relayed_by_it()
    {
        var d = Extract("A resident who spoke to Reuters by phone said the soldiers opened fire.");
        Assert.Equal(["Reuters"], Assert.Single(d.Quotes).Via.Select(v => v.Text));
        var accordingTo = Extract("Gang members attacked the town of Mirebalais late Monday, killing at least 10 people, according to a local official who spoke to The Associated Press.");
        Assert.Equal(["The Associated Press"], Assert.Single(accordingTo.Quotes).Via.Select(v => v.Text));
        // (Not one who spoke to a person or an audience.)
        Assert.Empty(Assert.Single(Extract("A resident who spoke to his neighbours said the soldiers opened fire.").Quotes).Via);
    }

    [Fact]
    public void Told_names_the_listener_as_a_relay_and_according_to_comes_last()
    {
        var d = Extract("Beltran told a local radio station the soldiers opened fire on civilians, according to the AP.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("Beltran", q.Source!.Text);
        Assert.Equal(["a local radio station", "the AP"], q.Via.Select(v => v.Text));
        Assert.DoesNotContain("according", Content(d, q));
        // The reported words may be partly quoted, as the AP wrote them: the speaker and the relays stay.
        foreach (var quoted in new[] { "\"opened fire on civilians,\"", "\u201Copened fire on civilians,\u201D", "'opened fire on civilians',", "\u2018opened fire on civilians\u2019," })
        {
            var partly = Extract($"Beltran told a local radio station the soldiers {quoted} according to the AP.");
            var reported = Assert.Single(partly.Quotes);
            Assert.Equal("Beltran", reported.Source!.Text);
            Assert.Equal("told", reported.Cue!.Text);
            Assert.Equal(["a local radio station", "the AP"], reported.Via.Select(v => v.Text));
        }
        // (So does a direct quotation's: "“...,” Kolo told Reuters by phone".)
        var direct = Assert.Single(Extract("\"They tied their hands,\" Kolo told Reuters by phone.").Quotes);
        Assert.Equal(["Reuters"], direct.Via.Select(v => v.Text));
    }

    [Fact]
    public void An_audience_told_is_no_relay_a_broadcaster_is()
    {
        Assert.Empty(Assert.Single(Extract("\"This election was stolen,\" Ouma told supporters in Kisumu.").Quotes).Via);
        Assert.Empty(Assert.Single(Extract("The new arrivals told officials that fighting had intensified last week.").Quotes).Via);
        var broadcaster = Assert.Single(Extract("A district administrator told state broadcaster TVM that seven bodies had been recovered.").Quotes);
        Assert.Equal(["state broadcaster TVM"], broadcaster.Via.Select(v => v.Text));
        Assert.Equal(["the state news agency"], Assert.Single(Extract("The administrator told the state news agency that seven bodies had been recovered.").Quotes).Via.Select(v => v.Text));
        Assert.Empty(Assert.Single(Extract("The envoy told the U.N. Security Council that the ceasefire was holding.").Quotes).Via);
    }

    [Fact]
    public void Who_saw_a_document_is_not_its_author()
    {
        var d = Extract("Police arrested a man in Campo Verde on Thursday, according to a police report seen by Reuters.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("a police report seen by Reuters", q.Source?.Text);
        Assert.NotEqual("Reuters", d.Entities.FirstOrDefault(e => e.Id == q.Source?.Entity)?.Name);
    }

    [Fact]
    public void A_report_set_against_an_according_to_source_is_neither_its_content_nor_relayed_by_it()
    {
        var d = Extract("At least 10 people were killed, including two police officers, according to Haiti's National Police, though a local radio station put the death toll at 25.");
        var police = Assert.Single(d.Quotes, q => q.Cue?.Text == "according to");
        Assert.Equal("At least 10 people were killed, including two police officers", Content(d, police));
        Assert.Equal("National Police", d.Entities.FirstOrDefault(e => e.Id == police.Source?.Entity)?.Name);
        var radio = Assert.Single(d.Quotes, q => q.Cue?.Text == "put");
        Assert.Equal("a local radio station", radio.Source?.Text);
        Assert.Empty(radio.Via);
    }

    [Fact]
    public void She_as_the_subject_of_a_clause_coordinated_with_a_speakers_is_the_speaker_not_the_person_last_named()
    {
        var d = Extract("Press secretary Karine Jean-Pierre told reporters that President Joe Biden \"will continue to fight\" to protect reproductive rights, and she criticized Republicans for their agenda.");
        var told = Assert.Single(d.Quotes, q => q.Cue?.Text == "told");
        Assert.Equal("that President Joe Biden \"will continue to fight\" to protect reproductive rights", Content(d, told));
        var criticized = Assert.Single(d.Quotes, q => q.Cue?.Text == "criticized");
        Assert.Equal("Karine Jean-Pierre", d.Entities.FirstOrDefault(e => e.Id == criticized.Source?.Entity)?.Name);
    }

    [Fact]
    public void A_call_on_someone_after_the_day_of_the_call_is_called_on_them_not_the_day()
    {
        AssertTheOnlyQuote("Mali's High Islamic Council on Sunday called on all sides to spare civilians.", "Mali's High Islamic Council", "called on", "all sides to spare civilians");
        AssertTheOnlyQuote("On Sunday, the council called on all sides to spare civilians.", "the council", "called on", "all sides to spare civilians");
    }

    [Fact]
    public void A_past_tense_after_a_denied_gerund_and_and_is_a_second_act_of_the_subject_not_part_of_the_denial()
    {
        var d = Extract("The group has previously denied targeting civilians and accused the army of using camps as shields.");
        Assert.Equal("targeting civilians", Content(d, Assert.Single(d.Quotes, q => q.Cue?.Text == "has previously denied")));
        Assert.Equal("The group", Assert.Single(d.Quotes, q => q.Cue?.Text == "accused").Source?.Text);
        Assert.Equal("asserted", Assert.Single(d.Events, e => e.Trigger.Text == "accused").Modality);
    }

    [Fact]
    public void Whom_a_speaker_urges_to_do_something_is_part_of_what_is_urged()
    {
        AssertTheOnlyQuote("Ukrainian President Volodymyr Zelenskyy urged Western allies to speed up deliveries of air defense systems.", "Ukrainian President Volodymyr Zelenskyy", "urged",
            "Western allies to speed up deliveries of air defense systems");
    }

    [Fact]
    public void A_speaker_with_a_relative_clause_that_names_another_subject_is_the_source()
    {
        var d = Extract("President Jose Jeri, who took office last week after Congress removed his predecessor, said he regretted the death and promised an impartial investigation.");
        Assert.All(d.Quotes, q => Assert.StartsWith("President Jose Jeri", q.Source?.Text));
        Assert.Contains(d.Quotes, q => q.Cue?.Text == "said");
    }

    [Fact]
    public void A_strike_called_is_a_deed_not_words_but_a_vote_called_something_is_words()
    {
        Assert.Empty(Extract("The bus drivers' union called a 24-hour strike in response.").Quotes);
        Assert.Single(Extract("Clinton called her vote in favor of the Iraq War a mistake.").Quotes);
    }

    [Fact]
    public void A_trailing_reporter_whose_place_has_a_name_in_apposition_is_the_person_not_the_place()
    {
        var d = Extract("The fighters overran the base in the town of Djibo on Sunday morning and fought with troops for several hours before withdrawing, "
                        + "a resident who fled to the capital, Ouagadougou, told The Associated Press by phone.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("a resident who fled to the capital, Ouagadougou", q.Source?.Text);
        Assert.Null(q.Source?.Entity);
        Assert.EndsWith("before withdrawing", Content(d, q));
    }

    [Fact]
    public void A_clause_after_but_with_its_own_subject_is_not_part_of_what_was_vowed()
    {
        AssertTheOnlyQuote("Capt. Ibrahim Traore, the junta leader, has vowed to defeat the jihadis but large swaths of the country remain outside government control.",
            "Capt. Ibrahim Traore, the junta leader", "has vowed", "to defeat the jihadis");
    }

    [Fact]
    public void According_to_alone_is_an_attribution()
    {
        var d = Extract("According to witnesses, soldiers fired on the crowd.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("witnesses", q.Source!.Text);
        Assert.Equal("According to", q.Cue!.Text);
        Assert.Equal("soldiers fired on the crowd", Content(d, q));
    }

    [Theory]
    [InlineData("The show will end next year, according to show insiders.", "show insiders")]
    [InlineData("Clinton leads by five points, according to a New York Times/CBS News poll released last week.", "a New York Times/CBS News poll")]
    [InlineData("The rate is rising, according to Craig Bryan, head of the National Center for Veterans Studies, and other scientists.",
        "Craig Bryan, head of the National Center for Veterans Studies, and other scientists")]
    [InlineData("According to the Emergency Lawyers, a rights group, the RSF detained 15 volunteers.", "the Emergency Lawyers, a rights group")]
    [InlineData("According to a National Autistic Society survey, most adults with autism need support.", "a National Autistic Society survey")]
    public void According_to_names_its_whole_source_with_the_role_after_it(string text, string source) =>
        Assert.Equal(source, Assert.Single(Extract(text).Quotes, q => string.Equals(q.Cue?.Text, "according to", StringComparison.OrdinalIgnoreCase)).Source?.Text);

    [Fact]
    public void A_pronoun_speaker_links_to_the_person_before_it()
    {
        var d = Extract("Estanislao Beltran spoke to reporters. He said four people were killed.");
        var q = Assert.Single(d.Quotes, q => q.Cue?.Text == "said");
        Assert.Equal("He", q.Source!.Text);
        var beltran = Assert.Single(d.Entities, e => e.Name == "Estanislao Beltran");
        Assert.Equal(beltran.Id, q.Source.Entity);
    }

    [Fact]
    public void A_quotation_continued_over_a_paragraph_break_keeps_its_speaker()
    {
        var d = Extract("Alejandro Hope said the army had little choice.\n\n“If the soldiers pull back now, the cartel will take the region again.”");
        Assert.Equal(2, d.Quotes.Count);
        var continued = d.Quotes[1];
        Assert.True(continued.Direct);
        Assert.Null(continued.Cue);
        Assert.Equal("Alejandro Hope", continued.Source!.Text);
    }

    [Fact]
    public void Events_under_an_attribution_are_reported_and_linked()
    {
        var d = Extract("Residents said soldiers arrested the gunmen.");
        var arrest = Assert.Single(d.Events, e => e.Cameo == "173");
        Assert.Equal("reported", arrest.Modality);
        Assert.Equal(d.Quotes.Single().Id, arrest.Quote);
    }

    [Fact]
    public void A_quotation_interrupted_by_its_attribution_is_one_content()
    {
        var d = Extract("The crowd cheered.\n\n“Here he is,” she said, clapping. “He is finally here.”");
        var q = Assert.Single(d.Quotes);
        Assert.True(q.Direct);
        Assert.Equal("said", q.Cue!.Text);
        Assert.Equal("she", q.Source!.Text);
        Assert.Equal("Here he is,” she said, clapping. “He is finally here.", Content(d, q));
        Assert.Equal(["Here he is", "He is finally here."], q.Parts!.Select(p => d.Text[p.Start..p.End]));
        var whole = Assert.Single(Extract("“He is finally here,” she said.").Quotes);
        Assert.Null(whole.Parts);
    }

    [Fact]
    public void A_cue_before_the_quotation_with_a_colon()
    {
        var d = Extract("Interior Minister Miguel Angel Osorio Chong said in a statement: “The federal forces will stay in Michoacan.”");
        var q = Assert.Single(d.Quotes);
        Assert.True(q.Direct);
        Assert.Equal("The federal forces will stay in Michoacan.", Content(d, q));
        Assert.EndsWith("Osorio Chong", q.Source!.Text);
    }

    [Fact]
    public void A_stray_opening_mark_does_not_swallow_the_next_quotation()
    {
        var d = Extract("He called it “a rant.\n\nThen the officer turned to the crowd. “Go home now,” he said.");
        var q = Assert.Single(d.Quotes, q => q.Cue?.Text == "said");
        Assert.Equal("Go home now", Content(d, q));
        Assert.Equal("he", q.Source!.Text);
    }

    [Fact]
    public void A_headline_title_before_a_colon_is_no_speaker()
    {
        var d = Extract("The Gap Goes On: It was under his watch that the assembly set up the agency.\nThe Latest: Trump urges supporters to monitor polls.\n" +
                        "CLARIFICATION: The first sentence has been clarified.\nPat Caddell: Democrat voters are worried about the race.\n" +
                        "Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics.\n");
        Assert.Equal(["Pat Caddell"], d.Quotes.Where(q => q.Cue?.Text == ":").Select(q => q.Source!.Text));
    }

    [Fact]
    public void A_transcript_speaker_label_and_a_dash_byline_attribute_their_lines()
    {
        var d = Extract("WALLACE: Will the governor attend the debate tomorrow?\nUPDATE: The debate was moved.\n“He makes blanket statements about people.” ― Pamela Padilla\n");
        var label = Assert.Single(d.Quotes, q => q.Cue?.Text == ":");
        Assert.Equal("WALLACE", label.Source!.Text);
        Assert.Equal("Will the governor attend the debate tomorrow?", Content(d, label));
        var byline = Assert.Single(d.Quotes, q => q.Cue?.Text == "―");
        Assert.Equal("Pamela Padilla", byline.Source!.Text);
        Assert.Equal("“He makes blanket statements about people.”", Content(d, byline));
    }

    [Fact]
    public void A_quotation_of_several_sentences_is_one_content_and_a_later_scare_quote_is_not_its_resumption()
    {
        var d = Extract("Trump declared that “NATO may be obsolete. Things are different now.”\n\n" +
            "“We need change,” the businessman said, arguing that he will bring a “common-sense” approach.");
        var declared = Assert.Single(d.Quotes, q => q.Cue?.Text == "declared");
        Assert.EndsWith("Things are different now.", Content(d, declared));
        var said = Assert.Single(d.Quotes, q => q.Cue?.Text == "said");
        Assert.Equal("We need change", Content(d, said));
    }

    [Fact]
    public void What_is_called_for_is_the_content()
    {
        var d = Extract("The NAACP called for a moratorium on charter schools.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("The NAACP", q.Source!.Text);
        Assert.Equal("a moratorium on charter schools", Content(d, q));
    }

    [Fact]
    public void A_quotation_opening_the_sentence_after_a_trailing_attribution_goes_on_with_it()
    {
        var d = Extract("“Mitt Romney was prepared. Mitt Romney was qualified,” Sen. Claire McCaskill said. " +
                        "“Mitt Romney did not spend the entire debate talking about himself.”");
        var q = Assert.Single(d.Quotes);
        Assert.StartsWith("Mitt Romney was prepared", Content(d, q));
        Assert.EndsWith("talking about himself", Content(d, q).TrimEnd('.', '”'));
    }

    [Theory]
    [InlineData("“This is not who we are,” she continued.", "she", "continued", "This is not who we are")]
    [InlineData("Limbaugh continued: “The left is saying that it is bad.”", "Limbaugh", "continued", "The left is saying that it is bad.")]
    [InlineData("“Mitt Romney was qualified,” Sen. Claire McCaskill (D-Mo.) said.", "Sen. Claire McCaskill (D-Mo.)", "said", "Mitt Romney was qualified")]
    [InlineData("“It is a problem,” said Kenneth Baer, a former Obama administration official who runs Crosscut Strategies.",
        "Kenneth Baer, a former Obama administration official who runs Crosscut Strategies", "said", "It is a problem")]
    [InlineData("“It was bad,” said Charlie King, a prominent New York Democrat.", "Charlie King, a prominent New York Democrat", "said", "It was bad")]
    public void A_quotation_handed_over_to_any_verb_of_its_speaker_is_attributed(string text, string source, string cue, string content) => AssertTheOnlyQuote(text, source, cue, content);

    [Theory]
    [InlineData("It does not answer whether Scott had a gun, as police have said.", "police", "have said", "whether Scott had a gun")]
    [InlineData("Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get two hurricanes.",
        "one of Mr. Obama's climate advisers", "pointed out", "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get two hurricanes")]
    [InlineData("The truth, the senator said then, was that Trump had attacked his wife.",
        "the senator", "said", "The truth, the senator said then, was that Trump had attacked his wife")]
    public void An_aside_with_as_a_particle_or_an_adverb_still_attributes_its_sentence(string text, string source, string cue, string content)
    {
        var d = Extract(text);
        var q = Assert.Single(d.Quotes, q => q.Source?.Text == source);
        Assert.Equal((source, cue, content), (q.Source?.Text, q.Cue?.Text, Content(d, q)));
    }

    [Theory]
    [InlineData("Politifact checked Donald Trump's claim that there have been thousands of shootings in Chicago.", "Donald Trump", "claim",
        "that there have been thousands of shootings in Chicago")]
    [InlineData("Clinton is seizing upon a New York Times report that Donald Trump had a net loss in 1995.", "New York Times", "report",
        "that Donald Trump had a net loss in 1995")]
    public void A_noun_of_saying_with_its_owner_and_its_that_clause_is_an_attribution(string text, string source, string cue, string content)
    {
        var d = Extract(text);
        var q = Assert.Single(d.Quotes, q => q.Cue?.Text == cue);
        Assert.Equal((source, content), (q.Source?.Text, Content(d, q)));
    }

    [Fact]
    public void A_noun_of_saying_without_an_owner_is_no_attribution() =>
        Assert.DoesNotContain(Extract("The claim that the vote was rigged spread quickly.").Quotes, q => q.Cue?.Text == "claim");

    [Theory]
    [InlineData("Jihadists attacked the army base at dawn.")]
    [InlineData("Protesters attacked the embassy.")]
    public void An_attack_by_an_armed_group_or_on_a_place_says_nothing(string text) => Assert.Empty(Extract(text).Quotes);

    [Theory]
    [InlineData("Stumpf refused to admit that the bank had failed.", "admit", "Stumpf")]
    [InlineData("She started off by emphasizing that the economy is strong.", "emphasizing", "She")]
    [InlineData("About 200 residents blocked the main road into Aguililla to demand that the government reopen the highway.", "demand", "About 200 residents")]
    [InlineData("Blige sings to Clinton before asking her, \u201cI just want to know, where do we go from here?\u201d", "asking", "Blige")]
    [InlineData("Obama's aides were also complimentary, perhaps recognizing that imitation is the best form of flattery.", "recognizing", "Obama's aides")]
    [InlineData("European leaders gathered Friday to discuss the torrent of challenges facing their continent.", "discuss", "European leaders")]
    [InlineData("He was able to consistently tout his polling strength while needling opponents.", "tout", "He")]
    [InlineData("The collapse of the talks left many farmers feeling that the government had abandoned them.", "feeling", "many farmers")]
    [InlineData("McConnell met with her and other Burmese leaders and came away convinced that concrete reforms were underway.", "convinced", "McConnell")]
    [InlineData("Trump will be unable to turn the crowds against the moderators and accuse the audience of being donors.", "accuse", "Trump")]
    [InlineData("A union representing flight attendants endorsed Hillary Clinton for president on Thursday, another example of organized labor throwing its support behind the nominee.",
        "endorsed", "A union representing flight attendants")]
    [InlineData("Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, called on President Obama to retaliate against Russia for interference in the election -- meddling the California congressman said is designed to sow discord.",
        "called", "Rep. Adam Schiff, the top Democrat on the House Intelligence Committee")]
    public void A_cue_without_a_subject_is_said_by_who_controls_it(string text, string cue, string source) =>
        Assert.Equal(source, Assert.Single(Extract(text).Quotes, q => q.Cue?.Text == cue).Source?.Text);

    [Fact]
    public void A_speaker_after_straight_quotation_marks_is_not_sought_across_them() =>
        Assert.Equal("he", Assert.Single(Extract("(John Schlafly defended his mother. ''Family values people'' are ''not out to bash gays,'' he said.)").Quotes,
            q => q.Cue?.Text == "said").Source?.Text);

    [Fact]
    public void A_relative_clause_reporting_something_itself_is_no_part_of_the_source_before_it() =>
        Assert.Equal("Mr. Kamin", Assert.Single(Extract("\"It is complicated,\" said Mr. Kamin, who emphasized that her proposals would simplify returns.").Quotes,
            q => q.Cue?.Text == "said").Source?.Text);

    [Fact]
    public void A_participle_on_a_noun_for_no_speaker_has_no_source() =>
        Assert.DoesNotContain(Extract("She says Trump's early-morning tweets accusing Alicia Machado of having a criminal record are lies.").Quotes,
            q => q.Cue?.Text == "accusing" && q.Source is not null);

    [Fact]
    public void A_source_before_its_cue_keeps_the_bracket_an_abbreviation_closes() =>
        Assert.Equal("Sen. Mitch McConnell (R-Ky.)", Assert.Single(Extract("Sen. Mitch McConnell (R-Ky.) said the deal was dead.").Quotes).Source?.Text);

    [Fact]
    public void A_relative_clause_describing_the_source_is_part_of_it()
    {
        var d = Extract("Joseph, who has four children, said the school was closed.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal(("Joseph, who has four children", "the school was closed"), (q.Source?.Text, Content(d, q)));
    }

    [Fact]
    public void A_relative_clause_that_reports_a_clause_of_its_own_is_no_part_of_the_source()
    {
        var d = Extract("Mr. Obama, who understood that a legislative push would be fruitless, told his advisers to find another way.");
        Assert.Contains(d.Quotes, q => q.Cue?.Text == "told" && q.Source?.Text == "Mr. Obama");
    }

    [Fact]
    public void A_verb_after_the_closing_comma_of_the_speakers_relative_clause_is_the_speakers()
    {
        var d = Extract("ISWAP, which split from Boko Haram in 2016, claimed responsibility for the attack in a statement.");
        Assert.Contains(d.Quotes, q => q.Cue?.Text == "claimed" && q.Source?.Text == "ISWAP, which split from Boko Haram in 2016");
    }

    [Fact]
    public void A_participle_after_a_comma_shares_the_subject_of_the_verb_it_hangs_on()
    {
        var d = Extract("Trump spoke to a gathering of fracking industry leaders, promising to lift environmental regulations.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal(("Trump", "promising", "to lift environmental regulations"), (q.Source?.Text, q.Cue?.Text, Content(d, q)));
    }

    [Theory]
    [InlineData("President Obama called for reducing the corporate tax rate to 28 percent.", "called for", "reducing the corporate tax rate to 28 percent")]
    [InlineData("The UN called for a ceasefire in the region.", "called for", "a ceasefire in the region")]
    [InlineData("Donald Trump is demanding President Barack Obama make a pledge.", "is demanding", "President Barack Obama make a pledge")]
    [InlineData("The Security Council called it a clear threat to international peace.", "called", "it a clear threat to international peace")]
    public void A_cue_and_its_content_part_where_the_annotators_part_them(string text, string cue, string content)
    {
        var d = Extract(text);
        var q = Assert.Single(d.Quotes);
        Assert.Equal((cue, content), (q.Cue?.Text, Content(d, q)));
    }

    [Fact]
    public void Two_apostrophes_quote_as_a_double_mark_does()
    {
        // The NYT archive writes '' for a straight double quote: the quotation is direct, and the next one goes on with it.
        var d = Extract("''It has the important virtue of being fiscally responsible,'' Leonard E. Burman said of Mrs. Clinton's plan. " +
                        "''It doesn't make our long-term fiscal problems worse.''");
        var q = Assert.Single(d.Quotes);
        Assert.True(q.Direct);
        Assert.StartsWith("It has the important virtue", Content(d, q));
        Assert.EndsWith("fiscal problems worse.", Content(d, q));
    }

    [Theory]
    [InlineData("The meeting deteriorated from there, said one GOP source in the room.", "The meeting deteriorated from there", "one GOP source in the room")]
    [InlineData("The refusal did not go over well, and the meeting deteriorated from there, said one GOP source in the room.", "the meeting deteriorated from there", "one GOP source in the room")]
    [InlineData("The explosion went off in front of the building, according to NYPD Commissioner James O’Neill.", "The explosion went off in front of the building", "NYPD Commissioner James O’Neill")]
    public void A_reporter_after_what_it_reports_is_the_source(string text, string content, string source)
    {
        var d = Extract(text);
        var q = Assert.Single(d.Quotes);
        Assert.Equal((content, source), (Content(d, q), q.Source?.Text));
    }

    [Fact]
    public void A_subordinate_clause_after_a_quoted_phrase_is_not_its_attribution()
    {
        var d = Extract("Retired Lt. Gen. Michael Flynn said Donald Trump was “absolutely right” when he said that generals had been reduced to rubble.");
        Assert.DoesNotContain(d.Quotes, q => q.Source is { } s && s.Text!.Contains("when", StringComparison.Ordinal));
        var flynn = Assert.Single(d.Quotes, q => q.Source?.Text == "Retired Lt. Gen. Michael Flynn");
        Assert.StartsWith("Donald Trump was", Content(d, flynn));
    }

    [Fact]
    public void A_clause_between_a_comma_and_the_cue_is_no_parenthetical_source()
    {
        var d = Extract("Once, I laughed and said, \"I don't believe in the devil.\"");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("I", q.Source?.Text);
        Assert.StartsWith("I don't believe", Content(d, q).TrimStart('"'));
    }

    [Fact]
    public void Reporters_after_the_story_and_a_title_before_the_teller_give_the_source()
    {
        var d = Extract("Gunmen stormed the village on Sunday, killing at least 30 people and abducting dozens of women, residents and a local lawmaker said.");
        var said = Assert.Single(d.Quotes);
        Assert.Equal("residents and a local lawmaker", said.Source?.Text);
        Assert.StartsWith("Gunmen stormed the village", Content(d, said));
        var both = Extract("Gunmen abducted at least 25 schoolgirls from a boarding school in Nigeria's northwestern Kebbi state before dawn on Monday, "
                           + "killing a vice principal who tried to stop them, police and a school official said.");
        Assert.Equal("police and a school official", Assert.Single(both.Quotes).Source?.Text);
        // (A participle after the reporters is the story verb's, not what they said: "..., residents and a rebel spokesman said, pushing further west";
        // one of their own reporting stays theirs: "..., a local official said, asking not to be named".)
        var pushing = Extract("M23 rebels seized the eastern Congolese town of Walikale on Wednesday after two days of fighting with the army and allied militias, "
                              + "residents and a rebel spokesman said, pushing further west than at any time since the insurgency began.");
        Assert.StartsWith("M23 rebels seized", Content(pushing, Assert.Single(pushing.Quotes)));
        var told = Assert.Single(Extract("Resident Ibrahim Sani told Reuters by phone that the attackers burned houses.").Quotes);
        Assert.Equal("Resident Ibrahim Sani", told.Source?.Text);
    }

    [Fact]
    public void A_reporter_after_a_whole_attribution_relays_it()
    {
        var d = Extract("The Nigerian army said its troops had killed 15 bandits in a raid last week, the state news agency NAN reported.");
        var army = Assert.Single(d.Quotes, q => q.Source?.Text == "The Nigerian army");
        Assert.Equal("its troops had killed 15 bandits in a raid last week", Content(d, army));
        Assert.Equal(["the state news agency NAN"], army.Via.Select(v => v.Text));
        var agency = Assert.Single(d.Quotes, q => q.Source?.Text == "the state news agency NAN");
        Assert.StartsWith("The Nigerian army said", Content(d, agency));
    }

    [Fact]
    public void A_possessive_organisation_name_is_one_source()
    {
        var d = Extract("Israeli troops arrested 12 Palestinians in raids across the West Bank on Tuesday, the Palestinian Prisoners' Society said.");
        Assert.Equal("the Palestinian Prisoners' Society", Assert.Single(d.Quotes).Source?.Text);
    }

    [Fact]
    public void A_clause_coordinated_with_the_cue_that_names_its_own_subject_is_the_next_statement() =>
        AssertTheOnlyContent("Egyptian and Qatari mediators have been pushing for a ceasefire, and U.S. Secretary of State Antony Blinken arrived in Cairo on Wednesday for talks.",
            "a ceasefire");

    [Fact]
    public void A_source_after_the_quotation_keeps_its_restrictive_relative_clause_and_is_not_the_place_it_names()
    {
        var d = Extract("\"They come at night, you hear the buzzing and then the blast,\" said a farmer who fled to Aguililla with his family.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal(("a farmer who fled to Aguililla with his family", null), (q.Source?.Text, q.Source?.Entity));
    }

    [Fact]
    public void The_writers_comment_on_a_report_is_not_its_content_and_a_trailing_cue_reports_the_whole_coordination()
    {
        var d = Extract("In the eastern Donetsk region, Russian troops captured the village of Novoselivka, the Russian Defence Ministry said, a claim Reuters could not independently verify.");
        Assert.Equal("In the eastern Donetsk region, Russian troops captured the village of Novoselivka", Content(d, Assert.Single(d.Quotes)));
        var raid = Extract("Police arrested three Ecuadorian nationals in a raid on a house in Zarumilla late on Wednesday, where officers also found two pistols "
                           + "and a motorcycle believed to have been used in the killings, the Interior Ministry said in a statement.");
        Assert.StartsWith("Police arrested three Ecuadorian nationals", Content(raid, Assert.Single(raid.Quotes)));
    }

    [Fact]
    public void A_source_runs_to_the_end_of_the_name_it_starts()
    {
        var d = Extract("The Bangladesh Garment Manufacturers and Exporters Association said in a statement that the wages would be paid by Thursday.");
        Assert.Equal("The Bangladesh Garment Manufacturers and Exporters Association", Assert.Single(d.Quotes).Source?.Text);
    }

    [Fact]
    public void A_trailing_cues_closing_prepositional_phrase_is_not_part_of_the_content()
    {
        var lead = Extract("An Israeli air strike on a car in southern Lebanon killed six people on Sunday, including two children, Lebanon's health ministry said, "
                           + "in one of the deadliest attacks since a ceasefire took effect last year.");
        Assert.Equal("An Israeli air strike on a car in southern Lebanon killed six people on Sunday, including two children", Content(lead, Assert.Single(lead.Quotes)));
        var statement = Extract("Six people were killed in the strike, the ministry said, in a statement on its website.");
        Assert.Equal("Six people were killed in the strike", Content(statement, Assert.Single(statement.Quotes)));
    }

    [Fact]
    public void A_trailing_cues_closing_clause_of_time_is_not_part_of_the_content_but_its_reason_is()
    {
        var shelled = Extract("Paramilitary fighters shelled a crowded market on Friday, killing at least 27 people and wounding dozens more, a local aid group said, "
                              + "as the Rapid Support Forces pressed their offensive on the region's last army-held areas.");
        var said = Assert.Single(shelled.Quotes, q => q.Cue?.Text == "said");
        Assert.Equal("Paramilitary fighters shelled a crowded market on Friday, killing at least 27 people and wounding dozens more", Content(shelled, said));
        // (PolNeAR counts a reason part of what was said: "There is no chance of that, officials insist, because policing has evolved".)
        var because = Extract("There is no chance of that level of violence, officials in both cities insist, because modern policing has evolved.");
        Assert.EndsWith("because modern policing has evolved", Content(because, Assert.Single(because.Quotes)));
    }

    [Fact]
    public void A_weapon_says_nothing()
    {
        var d = Extract("A Russian missile slammed into a nine-storey apartment building in the central Ukrainian city of Dnipro late on Friday, killing at least 12 people, "
                        + "including two children, and wounding 45, regional governor Serhiy Lysak said on Telegram.");
        Assert.Equal("said", Assert.Single(d.Quotes).Cue?.Text);
    }

    [Fact]
    public void A_weapon_that_is_a_passives_agent_says_nothing_either()
    {
        var d = Extract("Mayor Agustin Intriago, 38, was hit by several bullets fired from a passing car, Police Commander Victor Zarate told reporters.");
        Assert.Equal("told", Assert.Single(d.Quotes).Cue?.Text);
    }

    [Fact]
    public void The_writers_summing_up_after_a_trailing_reporter_is_not_what_it_reports()
    {
        var d = Extract("Gunmen abducted at least 25 students in Kebbi state on Monday, police said, the latest in a wave of kidnappings.");
        Assert.Equal("Gunmen abducted at least 25 students in Kebbi state on Monday", Content(d, Assert.Single(d.Quotes)));
        var shorter = Extract("Gang members killed a bus driver, police said, the latest in a wave of attacks on transport.");
        Assert.Equal("Gang members killed a bus driver", Content(shorter, Assert.Single(shorter.Quotes)));
    }

    [Fact]
    public void A_call_for_something_in_the_sentence_after_a_quotation_reports_what_it_calls_for_not_the_quotation()
    {
        var d = Extract("Interior Minister Kithure Kindiki defended the police, saying officers had acted with restraint against \"criminals who infiltrated peaceful demonstrations.\" "
                        + "Opposition leader Raila Odinga called for a full investigation.");
        var call = Assert.Single(d.Quotes, q => q.Cue?.Text == "called for");
        Assert.Equal("a full investigation", Content(d, call));
    }

    [Fact]
    public void A_relative_clause_on_an_according_to_source_is_not_what_it_reports()
    {
        var d = Extract("Police arrested at least 50 people, according to the Law Society of Kenya, which accused officers of abducting activists from their homes on Monday night.");
        var according = Assert.Single(d.Quotes, q => q.Cue?.Text == "according to");
        Assert.Equal("Police arrested at least 50 people", Content(d, according));
    }

    [Fact]
    public void A_name_hyphenated_to_a_participle_in_the_source_is_not_the_sources_entity()
    {
        var d = Extract("The al-Qaeda-linked group claimed responsibility for the attack in a statement on its radio station.");
        var claim = Assert.Single(d.Quotes);
        Assert.Equal("The al-Qaeda-linked group", claim.Source?.Text);
        Assert.Null(claim.Source?.Entity);
    }

    [Fact]
    public void A_senators_party_and_state_after_an_inverted_cue_are_part_of_the_source()
    {
        var d = Extract("\"This is a cover-up, plain and simple,\" said Sen. Richard Blumenthal, D-Conn., who sits on the Judiciary Committee.");
        Assert.Equal("Sen. Richard Blumenthal, D-Conn., who sits on the Judiciary Committee", Assert.Single(d.Quotes).Source?.Text);
    }

    [Fact]
    public void What_a_place_has_seen_is_no_ones_account()
    {
        var d = Extract("Ecuador has seen a surge in violence as drug cartels battle for control of smuggling routes.");
        Assert.Empty(d.Quotes);
    }

    [Fact]
    public void A_source_keeps_the_closing_bracket_of_its_acronym()
    {
        var d = Extract("The United Nations Support Mission in Libya (UNSMIL) said the clashes had killed at least 12 civilians.");
        Assert.Equal("The United Nations Support Mission in Libya (UNSMIL)", Assert.Single(d.Quotes).Source?.Text);
    }

    [Fact]
    public void A_contrast_with_another_actors_deed_after_while_is_not_part_of_what_was_called_for()
    {
        var d = Extract("Opposition leader Kalonzo Musyoka called on President William Ruto to withdraw the bill, while the Law Society of Kenya threatened to sue the government over the arrests.");
        var call = Assert.Single(d.Quotes, q => q.Cue?.Text == "called");
        Assert.Equal("to withdraw the bill", Content(d, call));
        Assert.Empty(Assert.Single(d.Quotes, q => q.Cue?.Text == "threatened").Via);
    }

    [Fact]
    public void A_reporter_read_as_the_object_of_a_wounding_before_a_parenthetical_said_is_the_source()
    {
        var d = Extract("A Russian missile struck a residential building in Kharkiv on Thursday evening, killing seven people and wounding at least 40, regional governor Oleh Syniehubov said on Telegram.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("regional governor Oleh Syniehubov", q.Source?.Text);
        Assert.EndsWith("wounding at least 40", Content(d, q));
    }

    [Theory]
    [InlineData("Two people were shot dead, according to a hospital official who asked not to be named.")]
    [InlineData("Two people were shot dead, said a hospital official who spoke on condition of anonymity.")]
    public void Asking_not_to_be_named_is_no_statement(string text)
    {
        var d = Extract(text);
        Assert.Equal("Two people were shot dead", Content(d, Assert.Single(d.Quotes)));
    }

    [Fact]
    public void A_name_the_tagger_broke_on_a_wh_word_is_the_whole_source()
    {
        var d = Extract("Human Rights Watch urged the authorities to investigate the killings.");
        Assert.Equal("Human Rights Watch", Assert.Single(d.Quotes).Source?.Text);
    }

    [Fact]
    public void A_trailing_cue_with_a_participle_of_its_own_reports_the_clause_before_it()
    {
        var d = Extract("Separately, the Houthis fired two ballistic missiles at the Saudi city of Jizan on Wednesday, the coalition said, adding that both were intercepted.");
        var said = d.Quotes.Single(q => q.Cue?.Text == "said");
        Assert.Equal("Separately, the Houthis fired two ballistic missiles at the Saudi city of Jizan on Wednesday", Content(d, said));
        Assert.Equal("the coalition", said.Source?.Text);
        Assert.Equal("the coalition", d.Quotes.Single(q => q.Cue?.Text == "adding").Source?.Text);
    }

    [Fact]
    public void A_name_in_apposition_after_an_inverted_source_is_part_of_it()
    {
        var d = Extract("\"Many of them are women and children,\" said the group's head of mission, Caroline Seguin.");
        Assert.Equal("the group's head of mission, Caroline Seguin", Assert.Single(d.Quotes).Source?.Text);
    }

    [Fact]
    public void A_number_after_a_wounding_is_its_object_and_part_of_the_content()
    {
        var d = Extract("Gunmen ambushed a convoy of police officers in Michoacan on Monday, killing 13 officers and wounding three, authorities said.");
        Assert.EndsWith("wounding three", Content(d, Assert.Single(d.Quotes)));
    }

    [Fact]
    public void What_a_source_calls_a_thing_and_then_says_are_two_statements()
    {
        var d = Extract("Iran's foreign ministry spokesman Nasser Kanaani condemned the measures as \"illegal\" and said Tehran would respond.");
        var said = Assert.Single(d.Quotes, q => q.Cue?.Text == "said");
        Assert.Equal("Tehran would respond", Content(d, said));
        Assert.Equal("Iran's foreign ministry spokesman Nasser Kanaani", said.Source?.Text);
        Assert.StartsWith("the measures as", Content(d, Assert.Single(d.Quotes, q => q.Cue?.Text == "condemned")));
    }

    [Fact]
    public void What_a_source_condemns_a_thing_as_is_the_content_with_the_thing_over_the_day_between_them()
    {
        var d = Extract("Aleppo's governor condemned the bombing on Wednesday as a \"cowardly attack\" on civilians.");
        Assert.Equal("the bombing on Wednesday as a \"cowardly attack\" on civilians", Content(d, Assert.Single(d.Quotes)));
    }

    [Fact]
    public void A_second_that_clause_after_and_is_part_of_what_was_said()
    {
        var d = Extract("She noted that the odds of dying in a terrorist attack were very low, and that Americans should worry more about other things.");
        Assert.EndsWith("and that Americans should worry more about other things", Content(d, Assert.Single(d.Quotes, q => q.Cue?.Text == "noted")));
    }

    [Fact]
    public void What_one_body_urged_ends_where_another_says_something_after_and()
    {
        var d = Extract("The U.S. Embassy in Nairobi urged all sides to avoid violence, and the Law Society of Kenya said it would challenge the bill in court.");
        Assert.Equal("all sides to avoid violence", Content(d, Assert.Single(d.Quotes, q => q.Cue?.Text == "urged")));
        Assert.Equal("the Law Society of Kenya", Assert.Single(d.Quotes, q => q.Cue?.Text == "said").Source?.Text);
    }

    [Fact]
    public void A_body_that_called_for_something_and_said_something_is_the_source_of_both()
    {
        var d = Extract("Portugal's foreign ministry called for the immediate release of its two citizens and said its embassy in Luanda was following the case closely.");
        Assert.All(d.Quotes, q => Assert.Equal("Portugal's foreign ministry", q.Source?.Text));
    }

    [Fact]
    public void What_a_source_calls_a_thing_in_quotation_marks_is_the_content_with_the_thing()
    {
        var d = Extract("Cauca Governor Octavio Guzman called the abduction \"a cowardly act\" and urged the group to release the hostages.");
        Assert.Equal("the abduction \"a cowardly act\"", Content(d, Assert.Single(d.Quotes, q => q.Cue?.Text == "called")));
    }

    [Fact]
    public void A_compound_the_parser_split_at_the_start_is_the_whole_source()
    {
        var d = Extract("Human rights groups say more than 300 social leaders have been killed in Colombia since 2022.");
        Assert.Equal("Human rights groups", Assert.Single(d.Quotes).Source?.Text);
    }

    [Fact]
    public void A_participle_that_gives_a_name_is_no_cue()
    {
        var d = Extract("Defense Minister Ivan Velasquez blamed the National Liberation Army, known as the ELN, for the attack.");
        Assert.DoesNotContain(d.Quotes, q => q.Cue?.Text == "known");
        var hedged = Extract("Witnesses said the attackers, believed to belong to the Gran Grif gang, shot people in their homes.");
        Assert.DoesNotContain(hedged.Quotes, q => q.Cue?.Text == "believed");
    }

    [Fact]
    public void An_accusation_after_a_denial_is_the_speakers_second_statement()
    {
        var d = Extract("India's military denied that its soldiers had targeted civilians and accused Pakistani forces of violating a 2003 ceasefire agreement.");
        var accused = Assert.Single(d.Quotes, q => q.Cue?.Text == "accused");
        Assert.Equal("India's military", accused.Source?.Text);
        Assert.Empty(accused.Via);
        Assert.Contains(d.Events, e => e.Trigger.Text == "accused" && e.Modality == "asserted");
    }

    [Theory]
    [InlineData("Kharkiv Mayor Ihor Terekhov said the attack involved at least 10 drones.", "Ihor Terekhov")]
    [InlineData("Ukrainian President Volodymyr Zelenskyy said the strike showed that Russia wants only war.", "Volodymyr Zelenskyy")]
    [InlineData("Ukraine's General Staff said its troops had repelled 11 attacks.", "Ukraine")]
    public void A_source_is_the_person_a_capitalised_title_names_not_the_place_that_opens_it(string text, string entity)
    {
        var d = Extract(text);
        var source = Assert.Single(d.Quotes).Source!;
        Assert.Equal(entity, Assert.Single(d.Entities, e => e.Id == source.Entity).Name);
    }

    [Fact]
    public void A_surname_alone_is_the_person_named_in_full_before_it()
    {
        var d = Extract("Lissu was taken to a police station, party spokesman John Mrema told Reuters. \"They beat him and threw him into a car,\" Mrema said.");
        var source = Assert.Single(d.Quotes, q => q.Source?.Text == "Mrema").Source!;
        Assert.Equal("John Mrema", Assert.Single(d.Entities, e => e.Id == source.Entity).Name);
        // (And the "him" of his own words is not him: the events stage reads it as the person before.)
        Assert.Equal("Lissu", Assert.Single(d.Events, e => e.Trigger.Text == "beat").Actor2?.Text);
    }

    [Fact]
    public void What_a_source_speaks_anonymously_to_discuss_is_no_quotation()
    {
        var d = Extract("Several Republican senators, speaking on condition of anonymity to discuss private conversations, said Trump had lobbied them.");
        Assert.DoesNotContain(d.Quotes, q => q.Cue?.Text == "discuss");
        Assert.Contains(d.Quotes, q => q.Cue?.Text == "said");
    }

    [Fact]
    public void The_with_of_an_absolute_phrase_is_no_part_of_its_speaker()
    {
        var d = Extract("Senate Republicans blocked the bill, with Minority Leader Mitch McConnell arguing that the measure does not go far enough.");
        Assert.Equal("Minority Leader Mitch McConnell", Assert.Single(d.Quotes, q => q.Cue?.Text == "arguing").Source?.Text);
    }

    [Fact]
    public void A_bodys_it_is_the_body_that_spoke_in_the_sentence_before()
    {
        var d = Extract("Russia's Defense Ministry said its air defenses had destroyed 31 Ukrainian drones over the Belgorod region. It did not report any casualties.");
        var it = Assert.Single(d.Quotes, q => q.Source?.Text == "It").Source!;
        Assert.Equal("Russia", Assert.Single(d.Entities, e => e.Id == it.Entity).Name);
        // (Not a person's: "he" is for that.)
        var person = Extract("Mayor Ihor Terekhov said the attack involved at least 10 drones. It did not report any casualties.");
        Assert.Null(Assert.Single(person.Quotes, q => q.Source?.Text == "It").Source!.Entity);
    }

    [Fact]
    public void The_source_is_the_entity_named_first_in_it_not_one_found_earlier_in_the_story()
    {
        var d = Extract("Troops shelled Masiu on Monday. \"We have not slept since Tuesday,\" said Aminah Dimaporo, a mother of four who fled Masiu with her children.");
        var source = Assert.Single(d.Quotes).Source!;
        Assert.Equal("Aminah Dimaporo", Assert.Single(d.Entities, e => e.Id == source.Entity).Name);
    }

    [Fact]
    public void A_name_in_the_source_comes_before_the_place_whose_role_it_holds()
    {
        var named = Extract("Jonglei's governor, Mading Achiek, demanded that the cattle be returned.");
        Assert.Equal("Mading Achiek", Assert.Single(named.Entities, e => e.Id == Assert.Single(named.Quotes).Source!.Entity).Name);
        // (Nor a name that modifies the role: "Borno state governor", "Amnesty International's Nigeria director".)
        var modified = Extract("Borno state governor Babagana Zulum said the government would recruit guards. Amnesty International's Nigeria director, Isa Sanusi, said the army had failed.");
        Assert.Equal(["Babagana Zulum", "Isa Sanusi"], modified.Quotes.Select(q => modified.Entities.Single(e => e.Id == q.Source!.Entity).Name));
        // (Without a name the place still says whose the source is.)
        var unnamed = Extract("Pakistan's military said two soldiers were killed.");
        Assert.Equal("Pakistan", Assert.Single(unnamed.Entities, e => e.Id == Assert.Single(unnamed.Quotes).Source!.Entity).Name);
    }

    [Fact]
    public void A_relative_clause_is_part_of_the_source_and_the_name_alone_is_its_entity()
    {
        var restrictive = Extract("Officials who visited the site said the damage was extensive.");
        Assert.Equal("Officials who visited the site", Assert.Single(restrictive.Quotes).Source?.Text);
        // (PolNeAR marks an aside set off by commas as part of the source too; the entity is the name.)
        var aside = Extract("Gloria Perez Torres, who runs a shop in the town, said the soldiers fired first.");
        var source = Assert.Single(aside.Quotes).Source!;
        Assert.Equal("Gloria Perez Torres, who runs a shop in the town", source.Text);
        Assert.Equal("Gloria Perez Torres", Assert.Single(aside.Entities, e => e.Id == source.Entity).Name);
    }

    [Fact]
    public void A_time_hung_on_the_source_is_no_part_of_it()
    {
        var d = Extract("The Times on Saturday wrote that the plan had failed.");
        Assert.Equal("The Times", Assert.Single(d.Quotes).Source?.Text);
    }

    [Fact]
    public void A_reporter_ending_the_sentence_after_a_comma_reports_the_clause_before_it()
    {
        var d = Extract("A military airstrike on a village in the Sagaing region killed at least 40 people, a resistance group and local media reported Wednesday.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("a resistance group and local media", q.Source?.Text);
        Assert.StartsWith("A military airstrike", Content(d, q));
        // (And what studies have shown, with the verb's auxiliary in the cue.)
        AssertTheOnlyQuote("Large sections of the city are divided by race and income, other studies have shown.",
            "other studies", "have shown", "Large sections of the city are divided by race and income");
    }

    [Fact]
    public void A_source_after_a_quotation_keeps_its_hyphenated_name_and_its_coordinated_reporters()
    {
        var hyphenated = Extract("\"The M23 entered the town at around 10 a.m. The soldiers had already left,\" said Jean-Claude Mbusa, a civil society leader in Masisi, by telephone.");
        Assert.Equal("Jean-Claude Mbusa, a civil society leader in Masisi", Assert.Single(hyphenated.Quotes).Source!.Text);
        var backed = Extract("GOMA, Congo (Reuters) - Rwanda-backed M23 rebels captured the town of Masisi in eastern Congo on Wednesday after heavy fighting with the Congolese army and allied militias, residents and a local official said.");
        var report = Assert.Single(backed.Quotes);
        Assert.Equal("residents and a local official", report.Source!.Text);
        Assert.StartsWith("Rwanda-backed M23 rebels captured", backed.Text[report.Content.Start..report.Content.End]);
    }

    [Fact]
    public void An_accusation_after_a_reported_clause_in_the_past_perfect_is_the_speakers_own()
    {
        var d = Extract("Congolese army spokesman Lieutenant Colonel Guillaume Ndjike said troops had withdrawn to avoid civilian casualties and accused Rwanda of sending its own soldiers to fight alongside the rebels.");
        Assert.DoesNotContain(d.Quotes, q => q.Source?.Text == "troops");
        var accusation = Assert.Single(d.Events, e => e.Trigger.Text == "accused");
        Assert.Contains("Ndjike", accusation.Actor1!.Text);
        Assert.Equal("asserted", accusation.Modality);
    }

    [Fact]
    public void A_relative_pronoun_as_the_source_names_the_entity_before_it()
    {
        var d = Extract("Beltran, who said the soldiers opened fire on civilians, was arrested on Monday.");
        var quote = Assert.Single(d.Quotes);
        Assert.Equal("who", quote.Source!.Text);
        Assert.Equal(Assert.Single(d.Entities, e => e.Name == "Beltran").Id, quote.Source.Entity);
    }

    [Fact]
    public void A_speaker_in_a_relative_clause_is_the_relative_pronoun_linked_to_the_entity_it_stands_for()
    {
        var d = Extract("Estanislao Beltran, who told the AP that soldiers opened fire on civilians, was arrested on Monday.");
        var quote = Assert.Single(d.Quotes);
        Assert.Equal(("who", "told"), (quote.Source!.Text, quote.Cue!.Text));
        Assert.Equal(Assert.Single(d.Entities, e => e.Name == "Estanislao Beltran").Id, quote.Source.Entity);
    }

    [Fact]
    public void According_to_relays_a_cue_coordinated_with_its_verb_but_not_one_deeper_in_the_clause()
    {
        var d = Extract("The Greater Wisconsin Committee, which supported Kloppenburg, spent at least $345,430 on TV ads, according to the Brennan Center.");
        var center = Assert.Single(d.Quotes, q => q.Cue?.Text == "according to");
        Assert.Equal(("the Brennan Center", "The Greater Wisconsin Committee, which supported Kloppenburg, spent at least $345,430 on TV ads"),
            (center.Source?.Text, Content(d, center)));
        Assert.Equal("the Brennan Center", Assert.Single(Assert.Single(d.Quotes, q => q.Cue?.Text == "supported").Via).Text);
    }

    [Theory]
    [InlineData("Only one person was killed by a gun last year in Japan, according to the National Police Agency, and there were only eight reported incidents of a gun being fired.",
        "Only one person was killed by a gun last year in Japan")]
    [InlineData("His criticism, according to an interview with The New York Times at the time, was the president's choice of paramour.",
        "His criticism, according to an interview with The New York Times at the time, was the president's choice of paramour")]
    [InlineData("On Monday, the RSF detained 15 volunteers from a community kitchen in the Zamzam camp, according to the Emergency Lawyers, a rights group.",
        "On Monday, the RSF detained 15 volunteers from a community kitchen in the Zamzam camp")]
    public void According_to_reports_the_clause_it_belongs_to(string text, string content) => AssertTheOnlyContent(text, content);

    [Fact]
    public void A_cue_opening_the_next_sentence_with_a_clause_of_its_own_does_not_attribute_the_quotation_before()
    {
        var d = Extract("Sinaloa Gov. Ruben Rocha Moya condemned the killings and said the state would not be \"intimidated by criminals.\" He said soldiers and National Guard troops had been deployed to the neighborhood.");
        var deployed = Assert.Single(d.Quotes, q => q.Source?.Text == "He");
        Assert.Equal("soldiers and National Guard troops had been deployed to the neighborhood", d.Text[deployed.Content.Start..deployed.Content.End]);
        Assert.DoesNotContain(d.Quotes, q => q.Source?.Text == "He" && q.Content.Start == 0);
    }

    [Fact]
    public void A_speaker_with_a_relative_clause_and_a_source_after_according_to()
    {
        var witness = Extract("A witness who asked not to be identified for fear of reprisals said about a dozen men in two pickup trucks arrived shortly after 4 p.m.");
        var said = Assert.Single(witness.Quotes);
        Assert.Equal("A witness who asked not to be identified for fear of reprisals", said.Source!.Text);
        Assert.StartsWith("about a dozen men", witness.Text[said.Content.Start..said.Content.End]);
        var figures = Extract("More than 500 people have been killed in Sinaloa since the infighting erupted in September, according to state figures.");
        Assert.Equal("state figures", Assert.Single(figures.Quotes).Source!.Text);
    }

    [Theory]
    [InlineData("Republican presidential nominee Donald Trump could embrace a clean energy policy, but only if he can be convinced that it is a good business decision, Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday.",
        "Sen. Lindsey Graham (R-S.C.)", "told", "Republican presidential nominee Donald Trump could embrace a clean energy policy, but only if he can be convinced that it is a good business decision")]
    [InlineData("In an interview on CBS's \"Face the Nation,\" House Speaker Paul D. Ryan (R-Wis.) said the recent spate of police shootings demands more listening.",
        "House Speaker Paul D. Ryan (R-Wis.)", "said", "the recent spate of police shootings demands more listening")]
    [InlineData("\"Absolutely hate this framing of the necessity of voting (for Democrats) that places all the blame on marginalized and young folks,\" Vann R. Newkirk II, a writer for The Atlantic, said on Twitter.",
        "Vann R. Newkirk II, a writer for The Atlantic", "said", "Absolutely hate this framing of the necessity of voting (for Democrats) that places all the blame on marginalized and young folks")]
    [InlineData("Democratic nominee Hillary Clinton, at a later press gaggle, said, “I’ve been briefed about the bombings in New York.”",
        "Democratic nominee Hillary Clinton", "said", "I’ve been briefed about the bombings in New York.")]
    [InlineData("“It is a shame,” said Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus.",
        "Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus", "said", "It is a shame")]
    [InlineData("Benjamin J. Rhodes, one of the president's closest aides, recalled that the president was furious.",
        "Benjamin J. Rhodes, one of the president's closest aides", "recalled", "that the president was furious")]
    [InlineData("Trump, speaking to a veterans group in Virginia, said the military was depleted.", "Trump", "said", "the military was depleted")]
    [InlineData("WASHINGTON -- President Obama, dedicating the museum on Saturday, said it would tell an American story.", "President Obama", "said",
        "it would tell an American story")]
    [InlineData("The tax code is a mess. Said Ellis: “I don’t get the sense she is interested in tax reform.”", "Ellis", "Said", "I don’t get the sense she is interested in tax reform.")]
    [InlineData("Said Ellis: “I don’t get the sense she is interested in tax reform.”", "Ellis", "Said", "I don’t get the sense she is interested in tax reform.")]
    [InlineData("As a summer associate at a North Carolina law firm, Loretta E. Lynch said she was asked to give a presentation to a client.",
        "Loretta E. Lynch", "said", "she was asked to give a presentation to a client")]
    [InlineData("Trump has tried to use the ad against Clinton, accusing her of being asleep during the attack.", "Trump", "accusing", "her of being asleep during the attack")]
    [InlineData("“It is a disaster,” said Luis Rubio, who heads the Center of Research for Development in Mexico City.",
        "Luis Rubio, who heads the Center of Research for Development in Mexico City", "said", "It is a disaster")]
    [InlineData("\"It will happen,\" said James Acton, a physicist who is co-director of the Nuclear Policy Program.",
        "James Acton, a physicist who is co-director of the Nuclear Policy Program", "said", "It will happen")]
    [InlineData("\"These are strange days,\" said Peter Morgan, a lawyer for the Sierra Club, who has been challenging the coal industry for years.",
        "Peter Morgan, a lawyer for the Sierra Club, who has been challenging the coal industry for years", "said", "These are strange days")]
    [InlineData("\"We make sure that the donors are legal,\" said Colin Strother, a Cuellar campaign spokesman.", "Colin Strother, a Cuellar campaign spokesman",
        "said", "We make sure that the donors are legal")]
    [InlineData("\"Mexicans laugh at our tragedies,\" said German Ortega, one of the stars of the play.", "German Ortega, one of the stars of the play",
        "said", "Mexicans laugh at our tragedies")]
    [InlineData("\"It was truly shameful,\" said Leslie Feldman, 34, a plaintiff in the lawsuit.", "Leslie Feldman, 34, a plaintiff in the lawsuit",
        "said", "It was truly shameful")]
    [InlineData("The conservative publication has been outspoken in its opposition to Donald Trump, arguing he is an opportunist.",
        "The conservative publication", "arguing", "he is an opportunist")]
    [InlineData("Graham spoke on Monday. He continued, “I believe it’s not about turning out evangelical Christians.”", "He", "continued",
        "I believe it’s not about turning out evangelical Christians.")]
    public void Speakers_around_titles_brackets_and_quotation_marks_are_found(string text, string source, string cue, string content) => AssertTheOnlyQuote(text, source, cue, content);

    [Theory]
    [InlineData("As mayor, he has championed lesbian and gay rights and extended benefits to gay couples.", "lesbian and gay rights")]
    [InlineData("In July, Gingrich cynically dismissed NATO member Estonia as being in the “suburbs of St. Petersburg” — a metaphor for the GOP’s abandonment of principle.",
        "NATO member Estonia as being in the “suburbs of St. Petersburg”")]
    public void A_noun_phrase_content_ends_before_the_speakers_next_act_or_the_writers_comment(string text, string content) => AssertTheOnlyContent(text, content);

    [Theory]
    [InlineData("Scott's family called on people to protest peacefully.", "people to protest peacefully")]
    [InlineData("Reid frequently mocked Romney for not releasing his full tax returns.", "Romney for not releasing his full tax returns")]
    public void What_the_object_is_called_on_to_do_or_blamed_for_is_part_of_the_content(string text, string content) => AssertTheOnlyContent(text, content);

    [Theory]
    [InlineData("They can't blame this on President Bush.", "this on President Bush")]
    [InlineData("She pressed him on his failure to release tax returns.", "him on his failure to release tax returns")]
    [InlineData("Blair praised the teachers in a statement on Friday.", "the teachers")]
    [InlineData("Trump attacked Machado on Friday.", "Machado")]
    public void A_phrase_after_the_object_belongs_to_the_content_unless_it_says_when_or_where_it_was_said(string text, string content) => AssertTheOnlyContent(text, content);

    [Theory]
    [InlineData("I despise Trump because his speech is full of hate.", "Trump")]
    [InlineData("My mother mentioned the devil to me while driving on the highway.", "the devil to me")]
    public void A_clause_of_cause_or_time_after_a_noun_phrase_content_is_the_writers(string text, string content) => AssertTheOnlyContent(text, content);

    [Theory]
    [InlineData("A Twitter spokesman, Christopher Abboud, said on Saturday that there were one million tweets with the hashtag in 10 hours.",
        "said", "that there were one million tweets with the hashtag in 10 hours")]
    [InlineData("Trump said during this week’s GOP debate that he is in favor of bringing back waterboarding.", "said", "that he is in favor of bringing back waterboarding")]
    [InlineData("Ryan said that “we need more information” about how the FBI came to its conclusion.", "said", "that “we need more information” about how the FBI came to its conclusion")]
    [InlineData("Sanders said on Twitter Thursday that the comment by Dr. Paul Song “was inappropriate and insensitive.”", "said",
        "that the comment by Dr. Paul Song “was inappropriate and insensitive.")]
    [InlineData("Cruz said Thursday during a taping of a MSNBC town hall meeting in Buffalo, New York, that state is wrong to have a law banning hydraulic fracturing.",
        "said", "that state is wrong to have a law banning hydraulic fracturing")]
    [InlineData("Adelson said earlier on Friday during a news conference that he may wait until February’s primaries to decide who to back.",
        "said", "that he may wait until February’s primaries to decide who to back")]
    public void A_that_clause_after_the_reporters_time_place_or_listener_is_what_is_reported(string text, string cue, string content)
    {
        var d = Extract(text);
        var q = Assert.Single(d.Quotes);
        Assert.Equal((cue, content), (q.Cue?.Text, Content(d, q)));
    }

    [Theory]
    [InlineData("In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent.", "an early-October CBS News poll", "In",
        "she led Mr. Sanders 56 percent to 32 percent")]
    [InlineData("Hillary Clinton held a 24-point lead over Barack Obama among black voters in a CNN national poll.", "a CNN national poll", "in",
        "Hillary Clinton held a 24-point lead over Barack Obama among black voters")]
    public void A_poll_named_in_a_prepositional_phrase_is_the_source_of_its_clause(string text, string source, string cue, string content) => AssertTheOnlyQuote(text, source, cue, content);

    [Fact]
    public void A_standing_in_the_polls_is_nobodys_statement() => Assert.Empty(Extract("Trump leads in the polls.").Quotes);

    [Theory]
    [InlineData("O’Malley’s move was first reported by MSNBC.", "MSNBC", "was first reported", "O’Malley’s move")]
    [InlineData("This proposal was rejected by 64 percent of the electorate.", "64 percent of the electorate", "was rejected", "This proposal")]
    public void A_passive_cue_with_its_agent_reports_its_subject(string text, string source, string cue, string content) => AssertTheOnlyQuote(text, source, cue, content);

    [Fact]
    public void A_verb_of_saying_in_the_reporters_tense_coordinated_into_the_clause_is_the_speakers_next_statement()
    {
        var d = Extract("Kasich says he respects Clinton and calls her an extremely intelligent woman.");
        Assert.Equal(2, d.Quotes.Count);
        Assert.Equal(("Kasich", "says", "he respects Clinton"), (d.Quotes[0].Source?.Text, d.Quotes[0].Cue?.Text, Content(d, d.Quotes[0])));
        Assert.Equal(("Kasich", "calls"), (d.Quotes[1].Source?.Text, d.Quotes[1].Cue?.Text));
    }

    [Fact]
    public void A_coordinated_verb_with_its_infinitive_right_after_it_continues_the_clauses_subject()
    {
        var d = Extract("Witnesses told The Associated Press that about 200 residents surrounded a convoy and refused to let it pass.");
        var told = Assert.Single(d.Quotes, q => q.Cue?.Text == "told");
        Assert.EndsWith("refused to let it pass", Content(d, told));
        Assert.All(d.Quotes.Where(q => q.Cue?.Text == "refused"), q => Assert.Equal("about 200 residents", q.Source?.Text));
    }

    [Fact]
    public void Who_someone_is_after_the_content_is_the_writers_aside() =>
        AssertTheOnlyContent("Analysts said the fading attention on the Democratic race helped Clinton, who does not need to demonstrate her staying power.",
            "the fading attention on the Democratic race helped Clinton");

    [Fact]
    public void A_that_clause_on_the_listener_of_telling_is_what_is_told()
    {
        var d = Extract("Donald Trump is telling a veterans group that the military is “depleted” and says he will expand it.");
        var q = Assert.Single(d.Quotes, q => q.Cue?.Text == "is telling");
        Assert.Equal(("Donald Trump", "that the military is “depleted”"), (q.Source?.Text, Content(d, q)));
    }

    [Fact]
    public void A_participle_aside_after_the_attribution_leaves_one_quotation_going_on()
    {
        var d = Extract("“Every time you say that,” Tester said, referring to the 1 percent excuse, “you give ammunition to the people who want to break up the big banks.”");
        var q = Assert.Single(d.Quotes, q => q.Cue?.Text == "said");
        Assert.StartsWith("Every time you say that", Content(d, q));
        Assert.EndsWith("break up the big banks.", Content(d, q));
    }

    [Fact]
    public void A_text_that_opens_with_an_empty_line_is_read_like_any_other()
    {
        var d = Extract("\n“That’s right, Donald — USA, baby,” Melanie said to the Republican nominee.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal(("Melanie", "That’s right, Donald — USA, baby"), (q.Source?.Text, Content(d, q)));
    }

    [Theory]
    [InlineData("Many Democrats are afraid that the large edge may be undercut by apathy.", "Many Democrats", "are afraid", "that the large edge may be undercut by apathy")]
    [InlineData("At this juncture, it's obvious that they are wasting their breath.", null, "it's obvious", "that they are wasting their breath")]
    public void An_adjective_of_knowing_or_feeling_reports_its_clause(string text, string? source, string cue, string content) => AssertTheOnlyQuote(text, source, cue, content);

    [Fact]
    public void An_adjective_of_judgement_reports_nothing() => Assert.Empty(Extract("It is important that we vote in November.").Quotes);

    [Fact]
    public void A_trailing_added_reports_the_sentence_before_it_like_said()
    {
        var d = Extract("Clinton had told police officials that she did not want the escort at all, but the NYPD overruled that request, the source added.");
        var q = Assert.Single(d.Quotes, q => q.Cue?.Text == "added");
        Assert.Equal("the source", q.Source?.Text);
        Assert.EndsWith("the NYPD overruled that request", Content(d, q));
    }

    [Fact]
    public void A_trailing_reporter_followed_by_though_reports_the_clause_before_it_with_all_its_words()
    {
        var d = Extract("Soldiers fired on residents blocking a highway on Tuesday night, killing three people and wounding a dozen, " +
                        "local officials said, though a regional human rights group put the death toll at five.");
        var said = Assert.Single(d.Quotes, q => q.Cue?.Text == "said");
        Assert.Equal(("local officials", "Soldiers fired on residents blocking a highway on Tuesday night, killing three people and wounding a dozen"),
            (said.Source?.Text, Content(d, said)));
        var put = Assert.Single(d.Quotes, q => q.Cue?.Text == "put");
        Assert.Equal(("a regional human rights group", "the death toll at five"), (put.Source?.Text, Content(d, put)));
    }

    [Theory]
    [InlineData("Subsequent estimates put the figure closer to 54,000 pages.", "Subsequent estimates", "the figure closer to 54,000 pages")]
    [InlineData("The Health Ministry put the number of dead at 34.", "The Health Ministry", "the number of dead at 34")]
    public void A_figure_put_at_a_number_is_the_source_s_estimate(string text, string source, string content) =>
        AssertTheOnlyQuote(text, source, "put", content);

    [Fact]
    public void Putting_something_somewhere_reports_nothing() =>
        Assert.Empty(Extract("The soldiers put the bodies in a truck.").Quotes);

    [Fact]
    public void A_relative_pronoun_after_an_apposition_names_the_person_before_it()
    {
        var d = Extract("\"They shot at us,\" said Rosa Mamani, a 45-year-old farmer, who said her nephew was among the dead.");
        var who = Assert.Single(d.Quotes, q => q.Source?.Text == "who");
        var rosa = d.Entities.Single(e => e.Mentions.Any(m => d.Text[m.Start..m.End] == "Rosa Mamani"));
        Assert.Equal(rosa.Id, who.Source!.Entity);
    }

    [Theory]
    [InlineData("A nurse at the district hospital said 12 bodies had been brought in, while the governor's office put the toll at nine.",
        "12 bodies had been brought in")]
    [InlineData("The ministry said the fire was an accident, though residents said soldiers had set it.", "the fire was an accident")]
    public void A_report_of_another_source_set_against_the_first_is_neither_its_content_nor_relayed_by_it(string text, string content)
    {
        var d = Extract(text);
        Assert.Equal(2, d.Quotes.Count);
        Assert.Equal(content, Content(d, d.Quotes[0]));
        Assert.Empty(d.Quotes[1].Via);
    }

    [Fact]
    public void A_second_clause_after_comma_and_has_its_own_source_and_is_not_the_first_ones_content()
    {
        var d = Extract("Egypt and Qatar condemned the strike, and U.N. Secretary-General Antonio Guterres called for an immediate ceasefire.");
        Assert.Equal("the strike", Content(d, Assert.Single(d.Quotes, q => q.Cue?.Text == "condemned")));
        Assert.Equal("U.N. Secretary-General Antonio Guterres", Assert.Single(d.Quotes, q => q.Cue?.Text == "called for").Source?.Text);
    }

    [Theory]
    [InlineData("The Palestinian Civil Defence said rescuers had pulled 15 bodies from the rubble by Tuesday morning — a figure Reuters could not independently verify.",
        "rescuers had pulled 15 bodies from the rubble by Tuesday morning")]
    [InlineData("Protest leaders said a second man died overnight in a Huancayo hospital, a claim officials could not confirm.",
        "a second man died overnight in a Huancayo hospital")]
    public void The_writers_caveat_that_no_one_could_verify_a_claim_is_neither_its_content_nor_an_attribution(string text, string content) =>
        AssertTheOnlyContent(text, content);

    [Fact]
    public void A_pronoun_that_stands_for_the_outer_source_is_that_source_again_not_one_it_relays()
    {
        var governor = Extract("The governor also called on the national government to send more troops to the Atrato and San Juan basins, "
                               + "where she said the state had practically disappeared.");
        Assert.Empty(Assert.Single(governor.Quotes, q => q.Cue?.Text == "said").Via);
        var united = Extract("The United Nations called on all parties to allow humanitarian access to Rakhine, where it has warned that "
                             + "more than two million people are at risk of famine.");
        Assert.Empty(Assert.Single(united.Quotes, q => q.Cue?.Text == "has warned").Via);
        var spokesman = Extract("Army spokesman Col. Peter Deng Lual told reporters in Juba that seven rebels and four soldiers had died in the fighting, "
                                + "which he said began when the rebels attacked an army position at dawn.");
        Assert.Empty(Assert.Single(spokesman.Quotes, q => q.Source?.Text == "he").Via);
    }

    [Fact]
    public void A_perfect_with_the_cues_own_auxiliary_after_the_reported_clause_is_the_speakers_next_act() =>
        AssertTheOnlyContent("The government did not respond. It has previously denied that its forces target civilians and has suspended several "
                             + "international media outlets for reporting on alleged abuses.", "that its forces target civilians");

    [Fact]
    public void The_person_an_outlet_cites_is_the_source_and_the_outlet_relays_it()
    {
        var d = Extract("Gunmen opened fire on worshippers at a church in Owo on Sunday, killing at least six people, the Punch newspaper "
                        + "reported, citing a police spokeswoman, Funmilayo Odunlami.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal(("a police spokeswoman, Funmilayo Odunlami", "reported"), (q.Source?.Text, q.Cue?.Text));
        Assert.Equal(["the Punch newspaper"], q.Via.Select(v => v.Text));
        // (A document cited is no speaker: the outlet stays the source.)
        var report = Extract("At least 40 people were killed in the fighting, Reuters reported, citing a report by the United Nations.");
        Assert.Equal("Reuters", Assert.Single(report.Quotes, x => x.Cue?.Text == "reported").Source?.Text);
    }

    [Fact]
    public void A_hyphenated_backer_before_the_subject_of_a_long_report_is_no_source() =>
        AssertTheOnlyQuote("Rwanda-backed M23 rebels captured the town of Minova in eastern Congo on Tuesday after heavy fighting with the Congolese army and "
                           + "allied militias, forcing thousands of people to flee toward Goma, the United Nations said.", "the United Nations", "said",
                           "Rwanda-backed M23 rebels captured the town of Minova in eastern Congo on Tuesday after heavy fighting with the Congolese army and "
                           + "allied militias, forcing thousands of people to flee toward Goma");

    [Fact]
    public void An_outlet_citing_an_official_between_its_name_and_its_report_relays_the_official()
    {
        var d = Extract("The state-affiliated Fana broadcaster, citing a regional security official, reported that extremists had attacked a military patrol near the town.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal(("a regional security official", "The state-affiliated Fana broadcaster"), (q.Source?.Text, Assert.Single(q.Via).Text));
    }

    [Theory]
    [InlineData("The army, in a statement read on state television, said soldiers had repelled the assault.", "The army", "said", "soldiers had repelled the assault")]
    [InlineData("The attackers, who arrived on motorcycles, struck as the patrol was returning to its base, the ministry said in a statement read on state television.",
        "the ministry", "said", "The attackers, who arrived on motorcycles, struck as the patrol was returning to its base")]
    [InlineData("The talks were a failure, conceded a senior official.", "a senior official", "conceded", "The talks were a failure")]
    [InlineData("Two bombs fell on the market, said a shop owner who asked not to be named.", "a shop owner who asked not to be named", "said", "Two bombs fell on the market")]
    public void A_statement_told_through_its_medium_or_by_an_inverted_speaker_is_that_speakers(string text, string source, string cue, string content) =>
        AssertTheOnlyQuote(text, source, cue, content);

    [Fact]
    public void A_claim_of_a_thing_ends_before_a_contrasted_clause_with_its_own_subject() =>
        AssertTheOnlyQuote("No group immediately claimed responsibility, but fighters linked to the Islamic State group are active in the area.",
            "No group", "claimed", "responsibility");

    [Fact]
    public void Whom_a_speaker_refers_to_is_what_the_reference_says()
    {
        var d = Extract("The candidate spoke for an hour in Phoenix on Monday, referring to his rival as a loser.");
        var q = Assert.Single(d.Quotes, q => q.Cue?.Text == "referring to");
        Assert.Equal(("The candidate", "his rival as a loser"), (q.Source?.Text, Content(d, q)));
    }

    [Fact]
    public void How_long_a_speaker_spoke_for_and_the_day_a_call_was_made_are_no_content()
    {
        var d = Extract("Mr. Trump, in a freewheeling, sometimes stream-of-consciousness style, spoke for more than 45 minutes, criticizing his rivals.");
        Assert.DoesNotContain(d.Quotes, q => q.Cue?.Text?.StartsWith("spoke", StringComparison.Ordinal) == true);
        d = Extract("The candidate spoke for 45 minutes in Phoenix on Monday.");
        Assert.Empty(d.Quotes);
        d = Extract("Attorney General Roy Cooper (D), McCrory's opponent in the upcoming gubernatorial election, called Friday for releasing the police videos, as well.");
        Assert.DoesNotContain(d.Quotes, q => Content(d, q) == "Friday");
    }

    [Fact]
    public void A_question_asked_at_the_opening_ends_before_the_answerers_clause()
    {
        var d = Extract("Asked whether Mr. Clinton would hold a cabinet position, she laughed.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal(("Asked", "whether Mr. Clinton would hold a cabinet position"), (q.Cue?.Text, Content(d, q)));
    }

    [Theory]
    [InlineData("Sanders was asked if he thought the email went too far.", "was asked", "if he thought the email went too far")]
    [InlineData("Clinton was asked about her emails.", "was asked about", "her emails")]
    public void Who_was_asked_heard_the_question_and_the_asker_is_not_named(string text, string cue, string content) =>
        AssertTheOnlyQuote(text, null, cue, content);

    [Fact]
    public void A_trailing_reporter_after_a_gapped_passive_reports_both_passives() =>
        AssertTheOnlyQuote("Four people were killed and at least 20 injured in the blast, police said.", "police", "said",
            "Four people were killed and at least 20 injured in the blast");

    [Fact]
    public void A_trailing_reporter_after_a_subject_with_a_by_phrase_reports_the_whole_clause() =>
        AssertTheOnlyQuote("A drone attack by Sudan's paramilitary Rapid Support Forces on a fuel depot in the city of El Obeid killed at least "
                           + "12 civilians on Wednesday, a medical group said.", "a medical group", "said",
            "A drone attack by Sudan's paramilitary Rapid Support Forces on a fuel depot in the city of El Obeid killed at least 12 civilians on Wednesday");

    [Fact]
    public void Reporters_coordinated_after_an_including_phrase_are_the_source_and_the_phrase_is_counted() =>
        AssertTheOnlyQuote("A suicide bomber killed at least 11 people, including four soldiers, police and hospital officials said.",
            "police and hospital officials", "said", "A suicide bomber killed at least 11 people, including four soldiers");

    [Fact]
    public void An_inverted_speaker_keeps_the_participles_that_modify_its_nouns() =>
        AssertTheOnlyQuote("\"They shot at women who were fetching water,\" said a displaced farmer.", "a displaced farmer", "said",
            "They shot at women who were fetching water");

    [Theory]
    [InlineData("A car bomb exploded in a crowded market on Tuesday, killing at least seven civilians and wounding more than 20, a local health official and witnesses said.",
        "a local health official and witnesses", "A car bomb exploded in a crowded market on Tuesday, killing at least seven civilians and wounding more than 20")]
    [InlineData("Kuwait sent a convoy of 40 water tankers to Basra on Sunday, the Kuwaiti embassy in Baghdad said.",
        "the Kuwaiti embassy in Baghdad", "Kuwait sent a convoy of 40 water tankers to Basra on Sunday")]
    public void A_trailing_reporter_read_as_a_participles_object_or_a_days_apposition_is_the_source(string text, string source, string content) =>
        AssertTheOnlyQuote(text, source, "said", content);

    [Theory]
    [InlineData("Mediators met delegations from both sides in Doha on Sunday, a diplomat briefed on the meeting said.",
        "a diplomat briefed on the meeting", "Mediators met delegations from both sides in Doha on Sunday")]
    [InlineData("Security forces arrested 14 suspects in villages near Taunsa on Thursday, the Punjab Counter Terrorism Department (CTD) said.",
        "the Punjab Counter Terrorism Department (CTD)", "Security forces arrested 14 suspects in villages near Taunsa on Thursday")]
    [InlineData("A doctor at the government hospital in Anantnag, where the wounded were taken, said eight bodies had been brought in.",
        "A doctor at the government hospital in Anantnag, where the wounded were taken", "eight bodies had been brought in")]
    public void A_reporter_with_a_participle_an_acronym_or_a_where_clause_is_the_source(string text, string source, string content) =>
        AssertTheOnlyQuote(text, source, "said", content);

    [Theory]
    [InlineData("Separately, the Catholic diocese of Kaya said gunmen had abducted a priest and two catechists near Boussouma on Saturday.",
        "the Catholic diocese of Kaya", "gunmen had abducted a priest and two catechists near Boussouma on Saturday")]
    [InlineData("Enga's provincial police commander, Superintendent Joseph Kupo, said a first count of 11 dead had risen as bodies were recovered from gardens.",
        "Enga's provincial police commander, Superintendent Joseph Kupo", "a first count of 11 dead had risen as bodies were recovered from gardens")]
    public void A_reporter_under_an_opening_adverb_or_its_own_complement_is_the_source(string text, string source, string content) =>
        AssertTheOnlyQuote(text, source, "said", content);

    [Fact]
    public void A_name_apposed_after_the_act_is_no_reporter_and_an_opening_participle_no_verb() =>
        AssertTheOnlyQuote("Suspected jihadists killed at least 14 civilians in an attack on Bazi Haoussa, a village a few kilometres from the town of "
                           + "Ansongo in northeastern Mali, on Wednesday, local officials and residents said.", "local officials and residents", "said",
            "Suspected jihadists killed at least 14 civilians in an attack on Bazi Haoussa, a village a few kilometres from the town of Ansongo in northeastern Mali, on Wednesday");

    [Fact]
    public void Reporters_read_as_conjuncts_of_the_victims_are_the_source() =>
        AssertTheOnlyQuote("Gunmen opened fire on a minibus carrying khat traders outside Jijiga, the capital of Ethiopia's Somali region, late on "
                           + "Tuesday, killing at least seven people, police and residents said.", "police and residents", "said",
            "Gunmen opened fire on a minibus carrying khat traders outside Jijiga, the capital of Ethiopia's Somali region, late on Tuesday, killing at least seven people");

    [Fact]
    public void Reporters_read_inside_the_subject_after_an_objectless_verb_are_the_source_and_the_rest_its_object()
    {
        var d = Extract("Police used water cannon on Monday to break up a march by Tamil families, and later detained six of the organisers, officials and witnesses said.");
        Assert.Equal("officials and witnesses", Assert.Single(d.Quotes).Source?.Text);
        Assert.Equal("six of the organisers", d.Events.Single(e => e.Trigger.Text == "detained").Actor2?.Text);
    }

    [Fact]
    public void A_day_read_as_a_reporters_first_subject_is_no_source()
    {
        var d = Extract("Al-Shabab fighters attacked a hotel near the presidential palace in Mogadishu late Thursday, killing at least five people, police said.");
        Assert.Contains(d.Quotes, q => q.Cue?.Text == "said" && q.Source?.Text == "police");
    }

    [Fact]
    public void A_statement_released_on_a_day_is_the_source_with_its_day() =>
        AssertTheOnlyQuote("But a Defense Ministry statement released late Monday said seven soldiers were killed.",
            "a Defense Ministry statement released late Monday", "said", "seven soldiers were killed");

    [Fact]
    public void A_participle_set_off_after_the_speaker_of_a_quotation_is_no_part_of_the_source()
    {
        var d = Extract("Mr. Trump, asked about the deaths of journalists under Mr. Putin, had said: \"I think our country does plenty of killing also.\"");
        Assert.Contains(d.Quotes, q => q.Source?.Text == "Mr. Trump" && Content(d, q).StartsWith("I think", StringComparison.Ordinal));
    }
}
