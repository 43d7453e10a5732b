using System.Diagnostics;
using Vigil.Documents;

namespace Vigil.Pipeline;

/// <summary>An ordered list of stages run over each document, optionally timing each one.</summary>
public sealed class VigilPipeline
{
    private readonly IReadOnlyList<IPipelineStage> _stages;

    public VigilPipeline(IEnumerable<IPipelineStage> stages)
    {
        _stages = stages.ToArray();
    }

    public IReadOnlyList<IPipelineStage> Stages => _stages;

    public StageTimings Timings { get; } = new();

    public void Process(Document document)
    {
        foreach (var stage in _stages)
        {
            long started = Stopwatch.GetTimestamp();
            stage.Process(document);
            Timings.Add(stage.Name, Stopwatch.GetTimestamp() - started);
        }
        Timings.CountDocument(document.Tokens.Length);
    }
}
