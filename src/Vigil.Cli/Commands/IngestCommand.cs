using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Vigil.Input;
using Vigil.Pipeline;
using Vigil.Store.Ingest;
using Vigil.Store.Storage;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil ingest PATH...|URL</c>: extract events from documents, feeds or web pages and store them, linking
/// wire copies to one story and merging each event with the same event from other reports. Safe to re-run
/// and to interrupt (Ctrl+C stops after the current document; a re-run resumes).
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files (.txt, .html, .jsonl), folders, RSS/Atom feeds (.xml, .rss, .atom) or http(s) URLs of a feed or article",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for documents that do not carry their own" };
        var workers = new Option<int>("--workers")
        {
            Description = "Pipeline threads (default: processor count)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var store = new StoreOptions();
        var command = new Command("ingest", "Extract events from documents and add them to the event database") { inputs, published, workers };
        store.AddTo(command);
        command.SetAction(parse =>
        {
            var publishedDate = parse.GetValue(published) is { } p
                ? PublishedDate.TryParse(p, out var d) ? d : throw new UsageException($"--published: '{p}' is not a date (expected YYYY-MM-DD)")
                : (DateOnly?)null;
            int threads = parse.GetValue(workers);
            if (threads < 1) throw new UsageException("--workers must be at least 1");
            return Run(parse.GetValue(inputs)!, publishedDate, threads, () => store.Open(parse),
                parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    public static int Run(IReadOnlyList<string> inputs, DateOnly? published, int workers, Func<IEventStore> openStore,
        TextWriter stdout, TextWriter stderr, HttpMessageHandler? http = null)
    {
        var errors = new ErrorReporter(stderr);
        using var store = OpenStore(openStore, stderr);
        if (store is null) return CommandRunner.InputErrorExitCode;
        using var client = WebFetcher.CreateClient(http);
        var sources = new IngestSources(new WebFetcher(client, InputLimits.Default), InputLimits.Default);
        var documents = sources.Read(inputs).Select(r =>
        {
            if (r.Document is { } doc) doc.Published ??= published;
            return r;
        });
        var ingestor = new Ingestor(store, PipelineFactory.CreateDefault, workers);

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        IngestSummary summary;
        try
        {
            summary = IsTerminal(stderr)
                ? WithProgressBar(ingestor, documents, IngestSources.EstimateDocuments(inputs), cancel.Token)
                : ingestor.Run(documents, progress: null, errors.Report, cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(summary.Interrupted ? "interrupted after" : "ingested")} {summary.Read} documents into {store.Description}: " +
            $"{summary.Stored} stored, {summary.Unchanged} unchanged, {summary.Failed} failed; " +
            $"{summary.NewStories} new stories, {summary.Stored - summary.NewStories} copies of known stories; " +
            $"{summary.Reports} event reports, {summary.NewEvents} new events, {summary.MergedEvents} merged into known events; " +
            $"{summary.DocumentsPerSecond:0.0} documents/s"));
        if (summary.Interrupted) stderr.WriteLine("vigil: interrupted; every stored document is committed, run the same command again to resume");
        return summary.Failed > 0 || summary.Interrupted ? CommandRunner.InputErrorExitCode : 0;
    }

    internal static IEventStore? OpenStore(Func<IEventStore> open, TextWriter stderr)
    {
        try
        {
            return open();
        }
        catch (StoreException e)
        {
            stderr.WriteLine($"vigil: {e.Message}");
            return null;
        }
    }

    private static bool IsTerminal(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    private static IngestSummary WithProgressBar(Ingestor ingestor, IEnumerable<InputResult> documents, long? estimate,
        CancellationToken cancel)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestSummary? summary = null;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingest", maxValue: Math.Max(1, estimate ?? 1));
                task.IsIndeterminate = estimate is null;
                summary = ingestor.Run(documents, counts =>
                {
                    if (counts.Read > task.MaxValue) task.MaxValue = counts.Read;
                    task.Value = counts.Read;
                    task.Description = $"{counts.Stored} new, {counts.Unchanged} unchanged, {counts.Failed} failed";
                }, error => console.MarkupLine($"[red]{Markup.Escape($"vigil: {error.Input}: {error.Reason}")}[/]"), cancel);
                task.Value = task.MaxValue;
                task.StopTask();
            });
        return summary!;
    }

    /// <summary>Documents per second, the figure that tells whether an ingest will finish tonight.</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Speed ?? 0:0.0} docs/s"));
    }
}
