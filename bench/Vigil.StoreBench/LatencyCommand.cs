using System.Diagnostics;

namespace Vigil.StoreBench;

/// <summary>Sends the same GET request repeatedly (after a warm-up) and reports median, p90, p99 and max latency.</summary>
public static class LatencyCommand
{
    public static int Run(string url, int requests, int warmup)
    {
        using var http = new HttpClient();
        long bytes = 0;
        for (int i = 0; i < warmup; i++) bytes = Fetch(http, url);
        var times = new double[requests];
        for (int i = 0; i < requests; i++)
        {
            long started = Stopwatch.GetTimestamp();
            Fetch(http, url);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        Array.Sort(times);
        double Percentile(double p) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(p * times.Length) - 1)];
        Console.WriteLine($"{url}\n  {requests} requests, {bytes} bytes each: median {Percentile(0.5):0.00} ms, p90 {Percentile(0.9):0.00} ms, " +
                          $"p99 {Percentile(0.99):0.00} ms, max {times[^1]:0.00} ms");
        return 0;
    }

    private static long Fetch(HttpClient http, string url)
    {
        using var response = http.GetAsync(url).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        return response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult().Length;
    }
}
