using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Vigil.Store.Model;
using Vigil.Store.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil query [filters]</c>: merged events from the database, newest first, as a table or JSON.</summary>
public static class QueryCommand
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "Events to show", DefaultValueFactory = _ => 50 };
        var offset = new Option<int>("--offset") { Description = "Events to skip (paging)", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var store = new StoreOptions();
        var filters = new FilterOptions();
        var command = new Command("query", "List events in the database that match filters") { limit, offset, json };
        filters.AddTo(command);
        store.AddTo(command);
        command.SetAction(parse =>
        {
            var filter = filters.Parse(parse);
            int take = parse.GetValue(limit), skip = parse.GetValue(offset);
            if (take < 1 || skip < 0) throw new UsageException("--limit must be at least 1 and --offset at least 0");
            var stdout = parse.InvocationConfiguration.Output;
            using var events = IngestCommand.OpenStore(() => store.Open(parse), parse.InvocationConfiguration.Error);
            if (events is null) return CommandRunner.InputErrorExitCode;
            var total = events.CountEvents(filter);
            var page = events.QueryEvents(filter, skip, take);
            if (parse.GetValue(json))
                stdout.WriteLine(JsonSerializer.Serialize(new { total, offset = skip, limit = take, events = page }, Json));
            else
                WriteTable(page, total, skip, stdout);
            return 0;
        });
        return command;
    }

    private static void WriteTable(IReadOnlyList<MergedEvent> events, long total, int offset, TextWriter stdout)
    {
        bool interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!interactive) console.Profile.Width = 200;
        var table = new Table { Border = TableBorder.Rounded };
        foreach (var column in new[] { "id", "date", "type", "cameo", "actor 1", "actor 2", "place", "country", "killed", "reports", "sources" })
            table.AddColumn(column);
        foreach (var e in events)
        {
            table.AddRow(new[]
            {
                e.Id.ToString(CultureInfo.InvariantCulture), e.EventDate, e.AcledSubType ?? e.AcledType ?? e.PloverType, e.Cameo,
                Actor(e.Actor1Text, e.Actor1Code), Actor(e.Actor2Text, e.Actor2Code), e.Location, e.Country, Killed(e),
                $"{e.NumReports} ({e.NumStories} stories)", e.Sources,
            }.Select(v => Markup.Escape(v ?? "")).ToArray());
        }
        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{events.Count} of {total} events shown (from {(events.Count == 0 ? 0 : offset + 1)})"));
    }

    private static string? Actor(string? text, string? code) => text is null && code is null ? null : $"{text} ({code ?? "?"})";

    /// <summary>"2", or "2-4 disputed" when reports disagree.</summary>
    public static string? Killed(MergedEvent e)
    {
        if (e.FatalitiesLow is null) return null;
        var range = e.FatalitiesHigh is { } high && high != e.FatalitiesLow ? $"{e.FatalitiesLow}-{high}" : $"{e.FatalitiesLow}";
        return e.FatalitiesDisputed ? range + " disputed" : range;
    }
}
