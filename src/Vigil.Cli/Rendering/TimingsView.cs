using System.Globalization;
using Vigil.Pipeline;

namespace Vigil.Cli.Rendering;

/// <summary>Prints time per pipeline stage, and throughput, as a small aligned table.</summary>
public static class TimingsView
{
    public static void Write(StageTimings timings, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var (model, elapsed) in Models.LoadedModels.LoadDurations.OrderBy(p => p.Key, StringComparer.Ordinal))
            output.WriteLine(string.Format(inv, "loaded {0} in {1:F0} ms", model, elapsed.TotalMilliseconds));
        output.WriteLine($"{"stage",-14} {"ms",10} {"share",7}");
        double total = timings.Total.TotalMilliseconds;
        foreach (var (stage, elapsed) in timings.Entries)
        {
            double ms = elapsed.TotalMilliseconds;
            double share = total > 0 ? 100 * ms / total : 0;
            output.WriteLine(string.Format(inv, "{0,-14} {1,10:F1} {2,6:F1}%", stage, ms, share));
        }
        double seconds = timings.Total.TotalSeconds;
        var rate = seconds > 0
            ? string.Format(inv, ", {0:F0} tokens/s, {1:F1} documents/s", timings.Tokens / seconds, timings.Documents / seconds)
            : "";
        output.WriteLine(string.Format(inv, "{0,-14} {1,10:F1}   {2} documents, {3} tokens{4}", "total", total, timings.Documents, timings.Tokens, rate));
    }
}
