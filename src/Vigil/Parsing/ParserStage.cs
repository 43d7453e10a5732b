using Vigil.Documents;
using Vigil.Pipeline;

namespace Vigil.Parsing;

/// <summary>Pipeline stage: the dependency parse (head and relation of every token).</summary>
public sealed class ParserStage(DependencyParser parser) : IPipelineStage
{
    public string Name => "parser";

    public void Process(Document document) => parser.Annotate(document);
}
