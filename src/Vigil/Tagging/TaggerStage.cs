using Vigil.Documents;
using Vigil.Pipeline;

namespace Vigil.Tagging;

/// <summary>Pipeline stage: part-of-speech tags, lemmas and morphological features.</summary>
public sealed class TaggerStage(PosTagger tagger) : IPipelineStage
{
    public string Name => "tagger";

    public void Process(Document document) => tagger.Annotate(document);
}
