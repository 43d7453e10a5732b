using Spectre.Console;
using Vigil.Documents;

namespace Vigil.Cli.Rendering;

/// <summary>A readable terminal view of each document: events, actors, places and quotes.</summary>
public sealed class TableSink : IDocumentSink
{
    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;
    private readonly IAnsiConsole _console;

    public TableSink(TextWriter writer, bool ownsWriter, bool interactive)
    {
        _writer = writer;
        _ownsWriter = ownsWriter;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!interactive) _console.Profile.Width = 160;
    }

    public void Write(Document document)
    {
        var heading = document.Title ?? document.Origin ?? document.Id;
        _console.Write(new Rule($"[bold]{Markup.Escape(heading)}[/]").LeftJustified());
        _console.MarkupLine(Markup.Escape(
            $"published {document.Published?.ToString("yyyy-MM-dd") ?? "unknown"} · source {document.Source ?? "unknown"} · " +
            $"{document.Sentences.Count} sentences · {document.Tokens.Length} tokens"));
        WriteEvents(document);
        WriteActors(document);
        WritePlaces(document);
        WriteQuotes(document);
        _writer.Flush();
    }

    private void WriteEvents(Document document)
    {
        if (document.Events.Count == 0)
        {
            _console.MarkupLine("[grey]no events[/]");
            return;
        }
        var table = NewTable("Events", "id", "trigger", "CAMEO", "PLOVER", "ACLED", "actor 1", "actor 2", "place", "date", "killed", "modality");
        foreach (var e in document.Events)
        {
            table.AddRow(Cells(e.Id, e.Trigger.Text, e.Cameo, e.Plover.Type, e.Acled?.SubEventType ?? e.Acled?.EventType,
                Actors(e.Actor1, e.Actor1Associated), Actors(e.Actor2, e.Actor2Associated), e.Place?.Text, e.Date?.Value ?? e.Date?.Text, Count(e.Fatalities), e.Modality));
        }
        _console.Write(table);
    }

    private void WriteActors(Document document)
    {
        if (document.Entities.Count == 0) return;
        var table = NewTable("Actors and entities", "id", "label", "name", "actor", "mentions");
        foreach (var entity in document.Entities)
        {
            table.AddRow(Cells(entity.Id, entity.Label, entity.Name, entity.Actor?.Code, entity.Mentions.Count.ToString()));
        }
        _console.Write(table);
    }

    private void WritePlaces(Document document)
    {
        if (document.Places.Count == 0) return;
        var table = NewTable("Places", "text", "name", "country", "admin1", "feature", "lat", "lon", "score");
        foreach (var p in document.Places)
        {
            table.AddRow(Cells(p.Text, p.Name, p.Country, p.Admin1, p.Feature, p.Lat?.ToString("F4"), p.Lon?.ToString("F4"), p.Score.ToString("F2")));
        }
        _console.Write(table);
    }

    private void WriteQuotes(Document document)
    {
        if (document.Quotes.Count == 0) return;
        var table = NewTable("Quotes", "id", "speaker", "cue", "via", "content");
        foreach (var q in document.Quotes)
        {
            // (An interrupted quotation shows the speaker's pieces only, the writer's words between them elided.)
            var content = q.Parts is { } parts ? string.Join(" … ", parts.Select(p => document.Slice(p.Start, p.End))) : document.Slice(q.Content.Start, q.Content.End);
            table.AddRow(Cells(q.Id, q.Source?.Text, q.Cue?.Text, string.Join(" ← ", q.Via.Select(v => v.Text)),
                (q.Direct ? "“" : "") + Shorten(content, 90) + (q.Direct ? "”" : "")));
        }
        _console.Write(table);
    }

    private static Table NewTable(string title, params string[] columns)
    {
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded };
        foreach (var column in columns) table.AddColumn(column);
        return table;
    }

    private static string[] Cells(params string?[] values) => values.Select(v => Markup.Escape(v ?? "")).ToArray();

    private static string? Actor(EventActor? actor) => actor is null ? null : $"{actor.Text} ({actor.Code ?? "?"})";

    /// <summary>An actor with any further actors of the same act ("the director (MEXGOV); four guards (MEXCOP)").</summary>
    private static string? Actors(EventActor? main, List<EventActor> associated) =>
        associated.Count == 0 ? Actor(main) : string.Join("; ", associated.Prepend(main).Select(Actor).OfType<string>());

    private static string? Count(CasualtyCount? count) => count is null
        ? null
        : (count.Max is { } max && max != count.Min ? $"{count.Min}-{max}" : $"{count.Min}") + (count.Disputed ? " disputed" : "");

    private static string Shorten(string text, int max)
    {
        text = text.ReplaceLineEndings(" ");
        return text.Length <= max ? text : text[..(max - 1)] + "…";
    }

    public void Complete() => _writer.Flush();

    public void Dispose()
    {
        if (_ownsWriter) _writer.Dispose();
    }
}
