using Vigil.Conllu;
using Vigil.Documents;
using Vigil.Actors;
using Vigil.Evaluation;
using Vigil.Events;
using Vigil.Pipeline;

namespace Vigil.Tests.Evaluation;

/// <summary>The scorers on a hand-checked miniature: every expected number below was counted by hand.</summary>
public class ScorerTests
{
    [Fact]
    public void Gold_text_is_rebuilt_with_spaces_paragraphs_and_multiword_tokens()
    {
        var sentences = TinyTreebank.Sentences();
        var gold = GoldText.Build(sentences);
        Assert.StartsWith("Soldiers fired on townspeople. Police arrested gunmen.", gold.Text);
        Assert.EndsWith("town.\n\nThey didn't stop.", gold.Text);
        var last = gold.WordSpans[^1];
        Assert.Equal(["They", "did", "n't", "stop", "."], last.Select(s => gold.Text[s.Start..s.End]));
        Assert.Equal("They didn't stop.", gold.Text[gold.SentenceSpans[^1].Start..gold.SentenceSpans[^1].End]);
    }

    [Fact]
    public void Gold_token_scores_count_tags_heads_and_universal_relations()
    {
        var sentences = TinyTreebank.Sentences().Take(1).ToList();
        // Soldiers fired on townspeople . : one wrong UPOS (on as ADV), one wrong head (on → fired),
        // one relation differing only in its subtype (obl:on counts as obl), one wrong relation (punct as dep).
        var prediction = new GoldTokenScorer.Prediction(
            Upos: ["NOUN", "VERB", "ADV", "NOUN", "PUNCT"],
            Xpos: ["NNS", "VBD", "IN", "NNS", "."],
            Lemma: ["soldier", "fire", "on", "townsperson", "."],
            Head: [2, 0, 2, 2, 2],
            DepRel: ["nsubj", "root", "case", "obl:on", "dep"]);
        var scores = GoldTokenScorer.Score(sentences, [prediction]);
        Assert.Equal(80, scores.Upos, 3);
        Assert.Equal(100, scores.Xpos, 3);
        Assert.Equal(80, scores.Lemma, 3);
        Assert.Equal(80, scores.Uas, 3);
        Assert.Equal(60, scores.Las, 3);
    }

    [Fact]
    public void Raw_text_scores_align_words_and_sentences_by_offsets()
    {
        var sentences = TinyTreebank.Sentences().Take(2).ToList();
        var gold = GoldText.Build(sentences);
        Assert.Equal("Soldiers fired on townspeople. Police arrested gunmen.", gold.Text);
        // The system glues "townspeople." and treats everything as one sentence.
        var system = new Document(gold.Text)
        {
            Tokens =
            [
                new Token(0, 8, "Soldiers") { Upos = "NOUN", Head = 1, DepRel = "nsubj" },
                new Token(9, 14, "fired") { Upos = "VERB", Head = -1, DepRel = "root" },
                new Token(15, 17, "on") { Upos = "ADP", Head = 3, DepRel = "case" },
                new Token(18, 30, "townspeople.") { Upos = "NOUN", Head = 1, DepRel = "obl" },
                new Token(31, 37, "Police") { Upos = "NOUN", Head = 5, DepRel = "nsubj" },
                new Token(38, 46, "arrested") { Upos = "VERB", Head = 1, DepRel = "conj" },
                new Token(47, 53, "gunmen") { Upos = "NOUN", Head = 5, DepRel = "obj" },
                new Token(53, 54, ".") { Upos = "PUNCT", Head = 5, DepRel = "punct" },
            ],
        };
        system.Sentences.Add(new Sentence(0, 54, 0, 8));
        var scores = RawTextScorer.Score(sentences, gold, system);
        // 7 of 8 system words match 7 of 9 gold words: P = 7/8, R = 7/9.
        Assert.Equal(2 * (7.0 / 8) * (7.0 / 9) / (7.0 / 8 + 7.0 / 9) * 100, scores.TokensF1, 3);
        Assert.Equal(0, scores.SentencesF1, 3);
        // All 7 aligned words have the right UPOS; heads right for Soldiers, fired, on? no: on's gold head is
        // townspeople, which is unaligned. Right: Soldiers, fired, Police, gunmen, "." = 5 (arrested is attached wrongly).
        Assert.Equal(2 * (7.0 / 8) * (7.0 / 9) / (7.0 / 8 + 7.0 / 9) * 100, scores.Upos, 3);
        Assert.Equal(2 * (5.0 / 8) * (5.0 / 9) / (5.0 / 8 + 5.0 / 9) * 100, scores.Uas, 3);
    }

    [Fact]
    public void A_gold_event_given_by_evidence_matches_in_the_sentence_that_contains_the_phrase()
    {
        const string text = "Police arrested gunmen. Soldiers fired on townspeople.";
        var document = new Document(text);
        document.Sentences.Add(new Sentence(0, 23, 0, 4));
        document.Sentences.Add(new Sentence(24, text.Length, 4, 5));
        document.Events.Add(new Event
        {
            Id = "V1", Sentence = 1, Trigger = new SpanRef(33, 38, "fired"), Cameo = "190", Plover = new PloverCode("ASSAULT", null),
            Actor1 = new EventActor(24, 32, "Soldiers", null, null, null, null),
        });
        var inSecond = new GoldEvent(-1, "19", "soldiers", null, null, null, null, null, Evidence: "fired on townspeople");
        var inFirst = new GoldEvent(-1, "19", "soldiers", null, null, null, null, null, Evidence: "arrested gunmen");
        var scorer = new EventScorer();
        scorer.Add(new GoldArticle("a", text, null, [inSecond]), document);
        scorer.Add(new GoldArticle("b", text, null, [inFirst]), document);
        // One of two gold events found, one of two system events right.
        Assert.Equal(1, scorer.Result().Matched);
        Assert.Equal(50, scorer.Result().Events.Precision, 3);
    }

    [Fact]
    public void A_request_counts_as_made_whatever_it_asks_unless_it_was_not_made()
    {
        const string text = "They urged calm. They did not ask anything.";
        var document = new Document(text);
        document.Sentences.Add(new Sentence(0, 16, 0, 4));
        document.Sentences.Add(new Sentence(17, text.Length, 4, 10));
        document.Events.Add(new Event { Id = "V1", Sentence = 0, Trigger = new SpanRef(5, 10, "urged"), Cameo = "020", Plover = new PloverCode("REQUEST", null), Modality = "demanded" });
        document.Events.Add(new Event { Id = "V2", Sentence = 1, Trigger = new SpanRef(34, 37, "ask"), Cameo = "020", Plover = new PloverCode("REQUEST", null), Modality = "negated" });
        var scorer = new EventScorer();
        scorer.Add(new GoldArticle("a", text, null, [new GoldEvent(0, "02", null, null, null, null, null, null)]), document);
        // The appeal made matches; the one not made is no system event at all.
        Assert.Equal((1, 100.0), (scorer.Result().Matched, scorer.Result().Events.Precision));
    }

    [Fact]
    public void An_expected_actor_matches_the_name_of_the_entity_the_actor_is_linked_to()
    {
        const string text = "The 444 Combat Brigade clashed with gunmen. The brigade sent reinforcements.";
        var document = new Document(text);
        document.Sentences.Add(new Sentence(0, 43, 0, 8));
        document.Sentences.Add(new Sentence(44, text.Length, 8, 13));
        var brigade = new Entity { Id = "E1", Label = "ORG", Name = "444 Combat Brigade", Mentions = [new Mention(0, 22, "The 444 Combat Brigade"), new Mention(44, 55, "The brigade")] };
        document.Entities.Add(brigade);
        document.Events.Add(new Event { Id = "V1", Sentence = 1, Trigger = new SpanRef(56, 60, "sent"), Cameo = "154", Plover = new PloverCode("MOBILIZE", null), Modality = "asserted",
            Actor1 = new EventActor(44, 55, "The brigade", "E1", "MIL", null, "MIL") });
        var scorer = new EventScorer();
        scorer.Add(new GoldArticle("a", text, null, [new GoldEvent(1, "15", "444 Combat Brigade", null, null, null, null, null)]), document);
        Assert.Equal(1, scorer.Result().Matched);
        // (Not an entity the actor is not linked to.)
        document.Events[0].Actor1 = new EventActor(44, 55, "The brigade", null, "MIL", null, "MIL");
        var unlinked = new EventScorer();
        unlinked.Add(new GoldArticle("a", text, null, [new GoldEvent(1, "15", "444 Combat Brigade", null, null, null, null, null)]), document);
        Assert.Equal(0, unlinked.Result().Matched);
    }

    [Fact]
    public void Petrarch_records_carry_the_require_dyad_option_in_force_where_they_stand()
    {
        var records = ReadRecords("""
            <Sentence date="19950101" id="A-01" category="A"><EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding><Text>Arnor restored ties with Gondor.</Text></Sentence>
            <Config option="require_dyad" value="false"></Config>
            <Sentence date="19950101" id="A-02" category="A"><EventCoding sourcecode="---GOV" targetcode="---" eventcode="023"></EventCoding><Text>An official said.</Text></Sentence>
            <Config option="require_dyad" value="True"></Config>
            <Sentence date="19950101" id="A-03" category="A"><Text>Nothing.</Text></Sentence>
            """);
        Assert.Equal([true, false, true], records.Select(r => r.RequireDyad));
    }

    [Fact]
    public void Under_new_actor_length_an_uncoded_phrase_short_enough_is_coded_by_its_words()
    {
        var records = ReadRecords("""
            <Config option="new_actor_length" value="4"></Config>
            <Sentence date="19950101" id="A-01" category="A"><EventCoding sourcecode='"ELROND HALFELVEN"' targetcode="GON" eventcode="051"></EventCoding><Text>Elrond Halfelven praised Gondor.</Text></Sentence>
            <Config option="new_actor_length" value="1"></Config>
            <Sentence date="19950101" id="A-02" category="A"><EventCoding noevents="True"></EventCoding><Text>Elrond Halfelven praised Gondor.</Text></Sentence>
            """);
        Assert.Equal([4, 1], records.Select(r => r.NewActorLength));
        var lexicon = EventLexicon.Default.WithPatterns(PetrarchVerbImporter.Convert(["--- PRAISE [051] ---", "PRAISE"], EventLexicon.Default.Ontology).Lines, "test", replace: true);
        var coder = PipelineFactory.CreateDictionaryCoder(lexicon,
            new ActorPhraseCoder(ActorDictionary.Parse(PetrarchImporter.ConvertActors(["GONDOR [GON]"])), AgentDictionary.Parse([])));
        var score = PetrarchValidation.Run(records, coder, DiscardList.Parse([]));
        Assert.Equal(2, score.Exact);
    }

    /// <summary>Records read from a validation file holding the given sentences and options.</summary>
    private static List<PetrarchRecord> ReadRecords(string sentences)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "records.xml");
        File.WriteAllText(path, $"<Sentences>\n<Environment><Verbfile>v.txt</Verbfile></Environment>\n{sentences}\n</Sentences>");
        return PetrarchRecords.Read(path).Records;
    }

    [Fact]
    public void A_polnear_content_given_in_numbered_parts_is_one_content()
    {
        using var folder = new TempFolder();
        const string text = "\"Subpoenas are not optional,\" the chairman said. \"He is a crucial witness.\"";
        folder.File("text/a.txt", text);
        int second = text.IndexOf("\"He", StringComparison.Ordinal);
        folder.File("attributions/a_x.ann",
            $"T1\tContent 0 29\t\"Subpoenas are not optional,\"\nT2\tSource 30 42\tthe chairman\nT3\tCue 43 47\tsaid\n"
            + $"T4\tContent {second} {text.Length}\t\"He is a crucial witness.\"\nE1\tAttribution:T3 Content:T1 Source:T2 Cue:T3 Content2:T4\n");
        var attribution = Assert.Single(Assert.Single(Vigil.Attribution.PolnearCorpus.Read(folder.Path)).Attributions);
        Assert.Equal([(0, 29), (second, text.Length)], attribution.Content);
    }
}
