using Vigil.Documents;
using Vigil.Pipeline;

namespace Vigil.Tests;

/// <summary>A text run through Vigil's pipelines, as the tests of the later stages need it.</summary>
internal static class Processed
{
    /// <summary>Tokens, sentences, tags, lemmas and the parse.</summary>
    public static Document Syntax(string text)
    {
        var document = new Document(text);
        PipelineFactory.CreateSyntax().Process(document);
        return document;
    }

    /// <summary>The whole pipeline, as `vigil extract` runs it.</summary>
    public static Document Extract(string text, DateOnly? published = null)
    {
        var document = new Document(text) { Published = published };
        PipelineFactory.CreateDefault().Process(document);
        return document;
    }
}
