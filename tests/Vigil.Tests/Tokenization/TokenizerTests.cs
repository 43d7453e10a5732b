using Vigil.Documents;
using Vigil.Tokenization;

namespace Vigil.Tests.Tokenization;

public class TokenizerTests
{
    private static readonly TokenizerStage Stage = new();

    private static Document Tokenize(string text)
    {
        var document = new Document(text);
        Stage.Process(document);
        return document;
    }

    private static string[] Forms(string text) => Tokenize(text).Tokens.Select(t => t.Form).ToArray();

    [Theory]
    [InlineData("don't", new[] { "do", "n't" })]
    [InlineData("can't", new[] { "ca", "n't" })]
    [InlineData("won’t", new[] { "wo", "n’t" })]
    [InlineData("cannot", new[] { "can", "not" })]
    [InlineData("I'm", new[] { "I", "'m" })]
    [InlineData("they're", new[] { "they", "'re" })]
    [InlineData("Beltran's", new[] { "Beltran", "'s" })]
    [InlineData("soldiers'", new[] { "soldiers", "'" })]
    [InlineData("gonna", new[] { "gon", "na" })]
    public void Clitics_are_split_as_in_the_treebank(string text, string[] expected)
    {
        Assert.Equal(expected, Forms(text));
    }

    [Fact]
    public void An_abbreviation_after_a_hyphen_keeps_its_period()
    {
        Assert.Equal(["Sen.", "Lindsey", "Graham", "(", "R", "-", "S.C.", ")", "told"], Forms("Sen. Lindsey Graham (R-S.C.) told"));
        Assert.Equal(["(", "D", "-", "Mo.", ")"], Forms("(D-Mo.)"));
        Assert.Equal(["It", "was", "well", "-", "known", "."], Forms("It was well-known."));
    }

    [Fact]
    public void Number_ranges_and_hyphenated_words_split_at_the_hyphen()
    {
        Assert.Equal(["between", "60", "-", "80", "soldiers"], Forms("between 60-80 soldiers"));
        Assert.Equal(["the", "self", "-", "defense", "group"], Forms("the self-defense group"));
    }

    [Fact]
    public void Pro_stays_attached_to_its_word_as_EWT_writes_it() =>
        Assert.Equal(["battled", "pro-Islamic", "State", "militants"], Forms("battled pro-Islamic State militants"));

    [Fact]
    public void Listed_event_nouns_keep_their_hyphen_and_so_do_their_plurals()
    {
        Assert.Equal(["staged", "a", "sit-in", "and", "two", "Sit-ins"], Forms("staged a sit-in and two Sit-ins"));
        Assert.Equal(["a", "shoot-out", "after", "a", "sit", "-", "down"], Forms("a shoot-out after a sit-down"));
    }

    [Fact]
    public void Abbreviations_and_initials_stay_whole()
    {
        Assert.Equal(["U.S.", "officials", "and", "Gen.", "Salvador", "Cienfuegos", "met", "J.", "Smith", "at", "9", "a.m.", "on", "Jan.", "12", "."],
            Forms("U.S. officials and Gen. Salvador Cienfuegos met J. Smith at 9 a.m. on Jan. 12."));
    }

    [Fact]
    public void Quotes_dashes_ellipses_and_brackets_are_tokens()
    {
        Assert.Equal(["“", "They", "fired", ",", "”", "she", "said", "—", "twice", "..."], Forms("“They fired,” she said—twice..."));
        Assert.Equal(["\"", "No", "\"", "(", "AP", ")", "—"], Forms("\"No\" (AP) —"));
        Assert.Equal(["‘", "opened", "fire", "’"], Forms("‘opened fire’"));
        // (Two apostrophes, as the NYT archive writes a double quotation mark, are one token, as in the treebank.)
        Assert.Equal(["''", "It", "is", "smart", ",", "''", "he", "said", "."], Forms("''It is smart,'' he said."));
    }

    [Fact]
    public void Urls_emails_numbers_and_money_are_kept_whole()
    {
        Assert.Equal(["See", "https://example.org/a?b=1", "."], Forms("See https://example.org/a?b=1."));
        Assert.Equal(["mail", "press@example.org", "now"], Forms("mail press@example.org now"));
        Assert.Equal(["1,200", "people", ",", "3.5", "%", ",", "$", "40", "million"], Forms("1,200 people, 3.5%, $40 million"));
    }

    [Fact]
    public void Offsets_slice_back_to_the_forms_with_accents_curly_quotes_and_crlf()
    {
        var text = "ANTÚNEZ, México —\r\n“Disparaban,” dijo Pérez’s tía.\r\n\r\nOtra línea.";
        var document = Tokenize(text);
        foreach (var token in document.Tokens) Assert.Equal(token.Form, text[token.Start..token.End]);
        Assert.Contains(document.Tokens, t => t.Form == "Pérez");
        Assert.Contains(document.Tokens, t => t.Form == "’s");
        Assert.All(document.Tokens, t => Assert.DoesNotContain('\r', t.Form));
    }

    [Fact]
    public void Sentences_end_at_terminal_punctuation_but_not_after_abbreviations()
    {
        var document = Tokenize("Gen. Salvador Cienfuegos arrived. U.S. officials said so. He left at 9 p.m. The army stayed.");
        var sentences = document.Sentences.Select(s => document.Slice(s.Span)).ToArray();
        Assert.Equal(["Gen. Salvador Cienfuegos arrived.", "U.S. officials said so.", "He left at 9 p.m.", "The army stayed."], sentences);
    }

    [Fact]
    public void The_social_network_X_ends_a_sentence_and_brigadier_and_initials_do_not()
    {
        var document = Tokenize("The office said in a post on X. Police said they arrested 23 people. Army spokesman Brig. Gen. Nabil Abdullah said so. "
                                + "Bush nominated A. Noel Anketell Kramer.");
        var sentences = document.Sentences.Select(s => document.Slice(s.Span)).ToArray();
        Assert.Equal(["The office said in a post on X.", "Police said they arrested 23 people.", "Army spokesman Brig. Gen. Nabil Abdullah said so.",
                      "Bush nominated A. Noel Anketell Kramer."], sentences);
    }

    [Fact]
    public void A_full_stop_inside_a_closing_bracket_before_a_lower_case_word_ends_no_sentence()
    {
        var document = Tokenize("Sen. Claire McCaskill (D-Mo.) said so. Others disagreed (see above.) Then they left.");
        var sentences = document.Sentences.Select(s => document.Slice(s.Span)).ToArray();
        Assert.Equal(["Sen. Claire McCaskill (D-Mo.) said so.", "Others disagreed (see above.)", "Then they left."], sentences);
    }

    [Fact]
    public void A_quoted_question_goes_on_with_the_lower_case_attribution_after_it()
    {
        var document = Tokenize("“Why should we see this in our country?” he asks. “Enough!” She left.");
        var sentences = document.Sentences.Select(s => document.Slice(s.Span)).ToArray();
        Assert.Equal(["“Why should we see this in our country?” he asks.", "“Enough!”", "She left."], sentences);
    }

    [Fact]
    public void An_abbreviation_ends_a_sentence_before_a_quotation_that_opens_with_a_sentence_starter()
    {
        var document = Tokenize("The attackers arrived around 3 a.m. \"They killed women and children,\" he said.");
        var sentences = document.Sentences.Select(s => document.Slice(s.Span)).ToArray();
        Assert.Equal(["The attackers arrived around 3 a.m.", "\"They killed women and children,\" he said."], sentences);
    }

    [Fact]
    public void The_time_of_day_ends_a_sentence_before_a_capitalised_word_but_a_day_or_a_zone()
    {
        var document = Tokenize("The shooting began at about 10 a.m. Police returned fire. It ended at 4 p.m. Monday. Talks began at 9 a.m. GMT on Friday.");
        var sentences = document.Sentences.Select(s => document.Slice(s.Span)).ToArray();
        Assert.Equal(["The shooting began at about 10 a.m.", "Police returned fire.", "It ended at 4 p.m. Monday.", "Talks began at 9 a.m. GMT on Friday."], sentences);
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence_and_quotes_can_run_over_sentences()
    {
        var document = Tokenize("\"They fired. We ran,\" she said. \"It was over.\" Beltran agreed.");
        var sentences = document.Sentences.Select(s => document.Slice(s.Span)).ToArray();
        Assert.Equal(["\"They fired.", "We ran,\" she said.", "\"It was over.\"", "Beltran agreed."], sentences);
    }

    [Fact]
    public void A_paragraph_break_always_ends_a_sentence()
    {
        var document = Tokenize("Soldiers fired on townspeople\r\n\r\nthe army said nothing");
        Assert.Equal(2, document.Sentences.Count);
        Assert.Equal("the army said nothing", document.Slice(document.Sentences[1].Span));
    }

    [Fact]
    public void A_headline_line_ends_a_sentence_and_so_does_the_dateline_after_it_but_a_wrapped_line_does_not()
    {
        var document = Tokenize("Soldiers fire on townspeople\nANTUNEZ, Mexico (AP) — Soldiers sent to the\ntown opened fire.");
        Assert.Equal(3, document.Sentences.Count);
        Assert.Equal("ANTUNEZ, Mexico (AP) —", document.Slice(document.Sentences[1].Span));
        Assert.Equal("Soldiers sent to the\ntown opened fire.", document.Slice(document.Sentences[2].Span));
        // Later in the story an all-capital word before a dash is no dateline.
        var later = Tokenize("One. Two. Three.\n\nNATO — the alliance — met.");
        Assert.Equal("NATO — the alliance — met.", later.Slice(later.Sentences[3].Span));
    }

    [Theory]
    [InlineData("PORT-AU-PRINCE, Haiti — Gangs attacked the prison.", "PORT-AU-PRINCE, Haiti —")]
    [InlineData("INNISFAIL - Nine-year-old Georgia is skating.", "INNISFAIL -")]
    [InlineData("DEIR AL-BALAH, Gaza Strip (AP) — Israeli airstrikes killed 17 people.", "DEIR AL-BALAH, Gaza Strip (AP) —")]
    [InlineData("WASHINGTON -- President Obama said the museum would open.", "WASHINGTON --")]
    public void A_dateline_ends_at_its_dash_not_at_a_hyphen_inside_the_name(string text, string dateline)
    {
        var document = Tokenize(text);
        Assert.Equal(dateline, document.Slice(document.Sentences[0].Span));
    }

    [Theory]
    [InlineData("Robert Bryngelson 08/16/2000 12:05 PM I just wanted to send you a note.", "Robert Bryngelson 08/16/2000 12:05 PM")]
    [InlineData("Call me at home. Kevin.A.Boone@accenture.com Our web address is below.", "Kevin.A.Boone@accenture.com")]
    public void A_mail_header_field_ends_before_a_capitalised_word(string text, string field)
    {
        var document = Tokenize(text);
        Assert.Contains(document.Sentences, s => document.Slice(s.Span) == field);
    }

    [Fact]
    public void A_time_in_running_text_does_not_end_a_sentence()
    {
        var document = Tokenize("The attack began at 10:30 PM Friday in the capital.");
        Assert.Single(document.Sentences);
    }

    [Fact]
    public void Tokens_know_their_sentence_and_following_space()
    {
        var document = Tokenize("It fired. It stopped.");
        Assert.Equal([0, 0, 0, 1, 1, 1], document.Tokens.Select(t => t.Sentence));
        Assert.False(document.Tokens[1].SpaceAfter);
        Assert.True(document.Tokens[2].SpaceAfter);
    }
}
