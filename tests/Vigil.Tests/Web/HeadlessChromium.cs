using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vigil.Tests.Web;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol (a WebSocket of JSON messages): enough to
/// load a page, run script in it and wait for conditions. Started with the flags that work on these
/// machines (no sandbox as root, no background networking), in a throwaway profile.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly Process _process;
    private readonly TempFolder _profile = new();
    private readonly ClientWebSocket _socket = new();
    private int _nextId;

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public HeadlessChromium()
    {
        var start = new ProcessStartInfo(ExecutablePath) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-extensions", "--window-size=1400,900",
                     "--remote-debugging-port=0", $"--user-data-dir={_profile.Path}", "about:blank",
                 })
            start.ArgumentList.Add(arg);
        _process = Process.Start(start)!;
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();

        var portFile = Path.Combine(_profile.Path, "DevToolsActivePort");
        var deadline = Stopwatch.StartNew();
        while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 2)
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(30) || _process.HasExited)
                throw new InvalidOperationException("Chromium did not open its DevTools port");
            Thread.Sleep(50);
        }
        var port = File.ReadAllLines(portFile)[0].Trim();
        using var http = new HttpClient();
        string? pageSocket = null;
        while (pageSocket is null)
        {
            var targets = JsonNode.Parse(http.GetStringAsync($"http://127.0.0.1:{port}/json/list").GetAwaiter().GetResult())!.AsArray();
            pageSocket = targets.FirstOrDefault(t => (string?)t!["type"] == "page")?["webSocketDebuggerUrl"]?.GetValue<string>();
            if (pageSocket is null) Thread.Sleep(50);
        }
        _socket.ConnectAsync(new Uri(pageSocket), CancellationToken.None).GetAwaiter().GetResult();
    }

    public void Navigate(Uri url) => Send("Page.navigate", new JsonObject { ["url"] = url.ToString() });

    /// <summary>Evaluates a JavaScript expression in the page (promises awaited) and returns its JSON value.</summary>
    public JsonNode? Evaluate(string expression)
    {
        var result = Send("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result?["exceptionDetails"] is { } error) throw new InvalidOperationException($"script failed: {error.ToJsonString()}");
        return result?["result"]?["value"];
    }

    /// <summary>Polls until the expression is truthy; fails the test with the expression when it never is.</summary>
    public void WaitFor(string expression, double seconds = 15)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            try
            {
                if (Evaluate($"!!({expression})")?.GetValue<bool>() == true) return;
            }
            catch (InvalidOperationException)
            {
                // The page is between documents; try again.
            }
            Thread.Sleep(50);
        }
        throw new TimeoutException($"timed out waiting for: {expression}");
    }

    /// <summary>Saves what the page shows as a PNG (for looking at a failure).</summary>
    public void Screenshot(string path)
    {
        var result = Send("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        File.WriteAllBytes(path, Convert.FromBase64String(result!["data"]!.GetValue<string>()));
    }

    private JsonNode? Send(string method, JsonObject parameters)
    {
        int id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, timeout.Token).GetAwaiter().GetResult();
        while (true)
        {
            var reply = JsonNode.Parse(Receive(timeout.Token))!;
            if ((int?)reply["id"] != id) continue; // an event or an older reply
            if (reply["error"] is { } error) throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
            return reply["result"];
        }
    }

    private string Receive(CancellationToken cancel)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = _socket.ReceiveAsync(buffer, cancel).GetAwaiter().GetResult();
            message.Write(buffer, 0, result.Count);
        } while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }

    public void Dispose()
    {
        try
        {
            _socket.Dispose();
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        finally
        {
            _process.Dispose();
            _profile.Dispose();
        }
    }
}

/// <summary>A test that needs Chromium; skipped, saying why, when /usr/bin/chromium is absent.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!HeadlessChromium.IsInstalled)
            Skip = $"browser test skipped: {HeadlessChromium.ExecutablePath} not found (install Debian's chromium, as .ci/chromium.sh does)";
    }
}
