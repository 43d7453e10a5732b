using System.Diagnostics;

namespace Vigil.Pipeline;

/// <summary>Accumulated wall-clock time per stage over every document a pipeline has processed.</summary>
public sealed class StageTimings
{
    private readonly Dictionary<string, long> _ticks = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public int Documents { get; private set; }

    public long Tokens { get; private set; }

    public void Add(string stage, long stopwatchTicks)
    {
        if (!_ticks.TryGetValue(stage, out var total)) _order.Add(stage);
        _ticks[stage] = total + stopwatchTicks;
    }

    public void CountDocument(int tokens)
    {
        Documents++;
        Tokens += tokens;
    }

    /// <summary>Stages in pipeline order with their total time.</summary>
    public IEnumerable<(string Stage, TimeSpan Elapsed)> Entries =>
        _order.Select(s => (s, TimeSpan.FromSeconds(_ticks[s] / (double)Stopwatch.Frequency)));

    public TimeSpan Total => TimeSpan.FromSeconds(_ticks.Values.Sum() / (double)Stopwatch.Frequency);
}
