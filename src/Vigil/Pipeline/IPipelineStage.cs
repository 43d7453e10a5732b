using Vigil.Documents;

namespace Vigil.Pipeline;

/// <summary>
/// One step of the pipeline. A stage reads what earlier stages wrote on the document and adds its own
/// annotations; it never changes the text. Each stage can be constructed and run on its own in tests.
/// </summary>
public interface IPipelineStage
{
    /// <summary>A short name for timings and messages ("tokenizer", "tagger" ...).</summary>
    string Name { get; }

    void Process(Document document);
}
