using Vigil.Models;
using Vigil.Parsing;
using Vigil.Tagging;
using Vigil.Tokenization;

namespace Vigil.Pipeline;

/// <summary>
/// The one place where Vigil's pipeline is assembled, in order:
/// tokens and sentences → tags, lemmas, parse → entities, coreference, actors → attribution → places → events.
/// Stages that do not exist yet are simply absent, so their output arrays stay empty.
/// </summary>
public static class PipelineFactory
{
    public static VigilPipeline CreateDefault()
    {
        var stages = new List<IPipelineStage>();
        stages.AddRange(SyntaxStages());
        if (LoadedModels.Ner is { } ner) stages.Add(new Entities.EntitiesStage(ner, LoadedModels.Gazetteer));
        if (LoadedModels.Parser is not null) stages.Add(new Attribution.AttributionStage(learnedCues: LoadedModels.AttributionCues,
            classifier: LoadedModels.AttributionCueClassifier));
        if (LoadedModels.Gazetteer is { } gazetteer) stages.Add(new Places.PlacesStage(gazetteer));
        stages.Add(new Actors.ActorsStage(LoadedModels.ActorDictionary, LoadedModels.AgentDictionary, LoadedModels.Gazetteer));
        if (LoadedModels.Parser is not null) stages.Add(new Entities.DescriptionCoreferenceStage());
        if (LoadedModels.Parser is not null)
            stages.Add(new Events.EventsStage(LoadedModels.EventLexicon, new Actors.ActorPhraseCoder(LoadedModels.ActorDictionary, LoadedModels.AgentDictionary),
                gazetteer: LoadedModels.Gazetteer));
        return new VigilPipeline(stages);
    }

    /// <summary>
    /// The syntax stages and an event coder with dictionaries of the caller's choosing, and no entity
    /// recognizer: what `vigil eval petrarch` runs, where actors come from the dictionaries alone.
    /// </summary>
    public static VigilPipeline CreateDictionaryCoder(Events.EventLexicon lexicon, Actors.ActorPhraseCoder phraseCoder) =>
        new([.. SyntaxStages(), new Events.EventsStage(lexicon, phraseCoder, petrarchConventions: true)]);

    /// <summary>Tokens, sentences, tags, lemmas and the dependency parse: what `vigil eval conllu` measures.</summary>
    public static VigilPipeline CreateSyntax() => new(SyntaxStages());

    private static IEnumerable<IPipelineStage> SyntaxStages()
    {
        // Load the models side by side: the parser dominates start-up, the rest overlaps with it.
        Parallel.Invoke(() => _ = LoadedModels.Tagger, () => _ = LoadedModels.Parser);
        yield return new TokenizerStage();
        if (LoadedModels.Tagger is { } tagger) yield return new TaggerStage(tagger);
        if (LoadedModels.Tagger is not null && LoadedModels.Parser is { } parser) yield return new ParserStage(parser);
    }
}
