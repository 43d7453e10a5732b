using Vigil.Actors;
using Vigil.Documents;
using Vigil.Events;
using Vigil.Pipeline;

namespace Vigil.Tests.Events;

/// <summary>PETRARCH-style patterns: the context notation, the verb dictionary import, and coding with dictionaries alone.</summary>
public class PetrarchPatternTests
{
    private static readonly Dictionary<string, List<string[]>> NoSets = new();

    [Fact]
    public void A_context_reads_words_before_and_after_the_trigger_with_target_and_source()
    {
        var context = PatternContext.Parse("said $ * diplomatic_ties with +", NoSets);
        Assert.Equal([ContextElementKind.Source, ContextElementKind.Word], context.Before.Select(e => e.Kind));
        Assert.Equal([ContextElementKind.Word, ContextElementKind.Word, ContextElementKind.Word, ContextElementKind.Target], context.After.Select(e => e.Kind));
        Assert.False(context.After[0].Adjacent);
        Assert.True(context.After[1].Adjacent); // "diplomatic_ties": "ties" right after "diplomatic"
        Assert.Equal(4, context.WordCount);
        Assert.True(context.HasTarget && context.HasSource);
    }

    [Fact]
    public void A_context_without_the_trigger_or_with_an_unknown_set_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => PatternContext.Parse("diplomatic ties", NoSets));
        Assert.Throws<InvalidDataException>(() => PatternContext.Parse("* &NOSUCHSET", NoSets));
    }

    [Theory]
    [InlineData("prepar", "preparing", null, true)] // a stem of five letters or more
    [InlineData("in", "into", null, false)] // short words match whole
    [InlineData("arnor_", "arnorian", null, false)] // a trailing "_" asks for the exact word
    [InlineData("fight", "fought", "fight", true)] // the lemma counts
    public void Words_match_forms_lemmas_and_stems(string word, string form, string? lemma, bool matches) =>
        Assert.Equal(matches, PatternContext.WordMatches(word, form, lemma));

    [Fact]
    public void A_verb_dictionary_becomes_word_sets_and_patterns_with_plover_and_acled_from_the_crosswalk()
    {
        string[] dictionary =
        [
            "&CURRENCY",
            "+DOLLARS",
            "+SWISS_FRANCS",
            "",
            "--- KILL [190] ---",
            "KILL",
            "MURDER {MURDERS MURDERED}",
            "+GUN_DOWN",
            "- * &CURRENCY [---]  # not an event",
            "- $ * + IN_AIR_STRIKE [195]",
            "- * HOSTAGES [032:033]",
            "- NO TRIGGER HERE [190]",
        ];
        var import = PetrarchVerbImporter.Convert(dictionary, EventLexicon.Default.Ontology);
        Assert.Equal((3, 3, 1, 1), (import.Verbs, import.Patterns, import.WordSets, import.Skipped));
        Assert.Contains("&CURRENCY\tdollars|swiss francs", import.Lines);
        Assert.Contains("&KILL-VERBS\tkill|murder", import.Lines);
        Assert.Contains("&KILL-VERBS\t195\tASSAULT\taerial\tExplosions/Remote violence\tAir/drone strike\t$ * + in_air_strike", import.Lines);
        Assert.Contains("gun\t190\tASSAULT\tfirearms\tBattles\tArmed clash\t*_down", import.Lines);

        var lexicon = EventLexicon.Default.WithPatterns(import.Lines, "test", replace: true);
        var murder = lexicon.PatternsFor("murder");
        Assert.Equal("195", murder[0].Cameo); // the most specific first
        Assert.Contains(murder, p => p.Cameo is null); // "---": a discard pattern
        Assert.Contains(murder, p => p is { Cameo: "032", PairedCameo: "033" });
        Assert.Contains(lexicon.PatternsFor("gun"), p => p.Context is { After.Count: 1 });
    }

    [Fact]
    public void Multi_word_verbs_take_their_blocks_patterns_and_set_members_may_be_several_words()
    {
        string[] dictionary =
        [
            "&NEGATVAUXVRB",
            "+WO N'T",
            "+REALLY DID NOT",
            "+WILL NOT",
            "",
            "--- BREAK [1717] ---",
            "BREAK",
            "+BREAK_DOWN",
            "- * TREATY [161]",
            "- * THE FULL [xxy]  # a placeholder, not a code",
            "--- CONFISCATE [1711] ---",
            "CONFISCATE",
            "WIRE_+TAP",
            "- &NEGATVAUXVRB * [081]",
        ];
        var import = PetrarchVerbImporter.Convert(dictionary, EventLexicon.Default.Ontology);
        Assert.Contains("&NEGATVAUXVRB\two n't|really did not|will not", import.Lines);
        Assert.Contains(import.Lines, l => l.StartsWith("break\t161\t", StringComparison.Ordinal) && l.EndsWith("\t*_down treaty", StringComparison.Ordinal));
        Assert.Contains(import.Lines, l => l.StartsWith("tap\t081\t", StringComparison.Ordinal) && l.EndsWith("\t&negatvauxvrb wire_*", StringComparison.Ordinal));
        Assert.DoesNotContain(import.Lines, l => l.Contains("xxy", StringComparison.Ordinal));
        Assert.Equal(1, import.Skipped);

        var lexicon = EventLexicon.Default.WithPatterns(import.Lines, "test", replace: true);
        var coder = PipelineFactory.CreateDictionaryCoder(lexicon, new ActorPhraseCoder(
            ActorDictionary.Parse(PetrarchImporter.ConvertActors(["ETHIOPIA_ [ETH]", "LIBYA_ [LBY]"])), AgentDictionary.Parse([])));
        Assert.Equal(["ETH LBY 161"], Code(coder, "Ethiopia broke down a treaty with Libya.")); // not the block's 1717
        Assert.Equal(["ETH LBY 1717"], Code(coder, "Ethiopia broke down relations with Libya.")); // the block's code when no pattern fits
        Assert.Equal(["ETH LBY 081"], Code(coder, "Ethiopia will not wire tap the links leading into Libya."));
    }

    [Fact]
    public void Dictionaries_alone_code_actors_with_roles_countries_and_coordination()
    {
        var actors = ActorDictionary.Parse(PetrarchImporter.ConvertActors(["ARNOR_ [ARN]", "GONDOR [GON]", "+MINAS_TIRITH", "OSGILIATH [OSG]"]));
        var agents = AgentDictionary.Parse(PetrarchImporter.ConvertAgents(["PRIME_MINISTER [~GOV]", "LAWMAKER [~LEG]"]));
        var lexicon = EventLexicon.Default.WithPatterns(
            PetrarchVerbImporter.Convert(["--- WELCOME [041] ---", "WELCOME", "--- RESTORE [064] ---", "RESTORE", "- * TIES [064]"], EventLexicon.Default.Ontology).Lines,
            "test", replace: true);
        var coder = PipelineFactory.CreateDictionaryCoder(lexicon, new ActorPhraseCoder(actors, agents));

        var triples = Code(coder, "Lawmakers in Arnor and Gondor welcomed a resumption of formal diplomatic ties with Osgiliath.");
        Assert.Equal(["ARNLEG OSG 041", "GONLEG OSG 041"], triples.Order());

        triples = Code(coder, "Arnor's Prime Minister is about to restore full diplomatic ties with Minas Tirith.");
        Assert.Equal(["ARNGOV GON 064"], triples);
    }

    [Fact]
    public void Coordinated_subjects_without_an_object_act_on_each_other()
    {
        var actors = ActorDictionary.Parse(PetrarchImporter.ConvertActors(["ARNOR_ [ARN]", "GONDOR [GON]"]));
        var lexicon = EventLexicon.Default.WithPatterns(
            PetrarchVerbImporter.Convert(["--- AGREE [030] ---", "AGREE"], EventLexicon.Default.Ontology).Lines, "test", replace: true);
        var coder = PipelineFactory.CreateDictionaryCoder(lexicon, new ActorPhraseCoder(actors, AgentDictionary.Parse([])));
        var triples = Code(coder, "Arnor and Gondor agree that the dispute should be resolved through arbitration.");
        Assert.Equal(["ARN GON 030", "GON ARN 030"], triples.Order());
    }

    [Fact]
    public void Every_agent_of_a_countrys_phrase_adds_its_role_and_a_former_role_is_an_elites()
    {
        var actors = ActorDictionary.Parse(PetrarchImporter.ConvertActors(["ARNOR_ [ARN]", "GONDOR [GON]", "DENMARK [DNK]", "+DANISH"]));
        var agents = AgentDictionary.Parse(PetrarchImporter.ConvertAgents(["MEDIA [~MED]", "ISLAMIST [~MUS]", "MSF [NGO~]", "DIPLOMAT [~GOV]", "PROSECUTOR [~JUD]"]));
        var lexicon = EventLexicon.Default.WithPatterns(
            PetrarchVerbImporter.Convert(["--- RESTORE [064] ---", "RESTORE", "- * TIES [064]"], EventLexicon.Default.Ontology).Lines, "test", replace: true);
        var coder = PipelineFactory.CreateDictionaryCoder(lexicon, new ActorPhraseCoder(actors, agents));
        Assert.Equal(["DNKMUSMED GON 064"], Code(coder, "The Danish Islamist media restored ties with Gondor."));
        Assert.Equal(["NGOARNGOV GON 064"], Code(coder, "An MSF Arnor diplomat restored ties with Gondor."));
        Assert.Equal(["ARN GONELI 064"], Code(coder, "Arnor restored ties with former Gondor prosecutors."));
    }

    [Fact]
    public void A_coordinated_phrase_whose_head_names_no_actor_is_the_actor_of_its_of_phrase()
    {
        var actors = ActorDictionary.Parse(PetrarchImporter.ConvertActors(["ITHILEN [ITH]", "GONDOR [GON]", "OSGILIATH [OSG]"]));
        var lexicon = EventLexicon.Default.WithPatterns(
            PetrarchVerbImporter.Convert(["--- WARN [160] ---", "WARN"], EventLexicon.Default.Ontology).Lines, "test", replace: true);
        var coder = PipelineFactory.CreateDictionaryCoder(lexicon, new ActorPhraseCoder(actors, AgentDictionary.Parse([])));
        Assert.Equal(["GON OSG 160", "ITH OSG 160"], Code(coder, "Ithilen's sheep and goats of Gondor warned Osgiliath.").Order());
    }

    [Fact]
    public void Under_petrarchs_conventions_a_passive_without_a_by_agent_is_its_subjects_act()
    {
        var actors = ActorDictionary.Parse(PetrarchImporter.ConvertActors(["ERIADOR [ERI]", "OSGILIATH [OSG]", "PHILIPPINES [PHL]"]));
        var lexicon = EventLexicon.Default.WithPatterns(
            PetrarchVerbImporter.Convert(["--- CRITICIZE [121] ---", "CRITICIZE", "- HEAVILY * [122]"], EventLexicon.Default.Ontology).Lines, "test", replace: true);
        var coder = PipelineFactory.CreateDictionaryCoder(lexicon, new ActorPhraseCoder(actors, AgentDictionary.Parse([])));
        Assert.Equal(["PHL ERI 122"], Code(coder, "The Philippines was heavily criticized over its territorial dispute with Eriador."));
        Assert.Equal(["OSG ERI 121"], Code(coder, "Eriador was criticized by Osgiliath."));
    }

    [Fact]
    public void A_name_for_several_actors_codes_an_event_for_each()
    {
        var actors = ActorDictionary.Parse(PetrarchImporter.ConvertActors(["THE_SHIRE [FRO/BIL/SAM]", "GONDOR [GON]"]));
        var lexicon = EventLexicon.Default.WithPatterns(
            PetrarchVerbImporter.Convert(["--- PRAISE [051] ---", "PRAISE"], EventLexicon.Default.Ontology).Lines, "test", replace: true);
        var coder = PipelineFactory.CreateDictionaryCoder(lexicon, new ActorPhraseCoder(actors, AgentDictionary.Parse([])));
        var triples = Code(coder, "The Shire praised Gondor on Monday.");
        Assert.Equal(["BIL GON 051", "FRO GON 051", "SAM GON 051"], triples.Order());
    }

    [Fact]
    public void A_compound_subject_marked_in_the_pattern_acts_on_itself_not_on_a_later_actor()
    {
        var actors = ActorDictionary.Parse(PetrarchImporter.ConvertActors(["GONDOR [GON]", "OSGILIATH [OSG]", "MORDOR [MOR]"]));
        var lexicon = EventLexicon.Default.WithPatterns(
            PetrarchVerbImporter.Convert(["--- DELAY [120] ---", "DELAY", "- % HAVE * [191]"], EventLexicon.Default.Ontology).Lines, "test", replace: true);
        Assert.True(lexicon.PatternsFor("delay").First(p => p.Cameo == "191").Context!.CompoundSubject);
        var coder = PipelineFactory.CreateDictionaryCoder(lexicon, new ActorPhraseCoder(actors, AgentDictionary.Parse([])));
        Assert.Equal(["GON OSG 191", "OSG GON 191"], Code(coder, "Gondor and Osgiliath have delayed their meeting after troops were seen in Mordor.").Order());
        Assert.Equal(["GON MOR 120"], Code(coder, "Gondor has delayed its meeting with Mordor."));
    }

    [Fact]
    public void A_skip_in_a_pattern_passes_over_one_phrase_before_the_target()
    {
        var actors = ActorDictionary.Parse(PetrarchImporter.ConvertActors(["ARNOR [ARN]", "GONDOR [GON]", "OSGILIATH [OSG]"]));
        var lexicon = EventLexicon.Default.WithPatterns(PetrarchVerbImporter.Convert(
            ["--- CELEBRATE [181] ---", "CELEBRATE", "- * IFTAR AT ^ ^ + [044]", "- * IFTAR IN ^ + [045]"], EventLexicon.Default.Ontology).Lines, "test", replace: true);
        var coder = PipelineFactory.CreateDictionaryCoder(lexicon, new ActorPhraseCoder(actors, AgentDictionary.Parse([])));
        Assert.Equal(["ARN GON 045"], Code(coder, "Arnor celebrated Iftar in Osgiliath with Gondor."));
        Assert.Equal(["ARN GON 044"], Code(coder, "Arnor celebrated Iftar at Osgiliath with the elders of Gondor."));
    }

    private static List<string> Code(VigilPipeline coder, string text)
    {
        var document = new Document(text) { Published = new DateOnly(1995, 1, 1) };
        coder.Process(document);
        return document.Events.Where(e => e.Actor1?.Code is not null && e.Actor2?.Code is not null)
            .Select(e => $"{e.Actor1!.Code} {e.Actor2!.Code} {e.Cameo}").Distinct().ToList();
    }
}
