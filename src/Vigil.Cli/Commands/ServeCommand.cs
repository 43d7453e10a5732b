using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using Vigil.Web;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil serve</c>: the HTTP API and the web view (map, timeline, filters, event panel) over the event
/// database. Listens on loopback unless told otherwise, because the API has no authentication.
/// </summary>
public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Addresses to listen on, ';'-separated (default {DefaultUrls})",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var store = new StoreOptions();
        var command = new Command("serve", "Serve the event database over HTTP with a web view") { urls };
        store.AddTo(command);
        command.SetAction(parse =>
        {
            var addresses = parse.GetValue(urls)!;
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            foreach (var address in addresses.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                    throw new UsageException($"--urls: '{address}' is not an http(s) address");
                if (!IsLoopback(uri.Host))
                    stderr.WriteLine($"vigil: warning: listening on {uri.Host}, which is not loopback; the API has no authentication");
            }
            using var events = IngestCommand.OpenStore(() => store.Open(parse), stderr);
            if (events is null) return CommandRunner.InputErrorExitCode;
            var app = VigilWebApp.Build(events, addresses);
            try
            {
                app.Start();
            }
            catch (IOException e)
            {
                stderr.WriteLine($"vigil: cannot listen on {addresses} ({e.Message})");
                return CommandRunner.InputErrorExitCode;
            }
            stdout.WriteLine($"serving {events.Description} at {addresses} (Ctrl+C to stop)");
            stdout.Flush();
            app.WaitForShutdown();
            return 0;
        });
        return command;
    }

    private static bool IsLoopback(string host) =>
        host is "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
