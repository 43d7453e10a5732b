using System.CommandLine;
using Vigil.Cli.Rendering;
using Vigil.Documents;
using Vigil.Input;
using Vigil.Pipeline;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil extract PATH... | -</c>: run the pipeline over documents and write vigil/1 JSON or a table.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files (.txt, .html, .jsonl), folders (read recursively) or - for standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = new Option<string?>("--published")
        {
            Description = "Publication date (YYYY-MM-DD) for documents that do not carry their own",
        };
        var format = new Option<string>("--format")
        {
            Description = "json (pretty for one document, JSON lines for several), jsonl, or table",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "table");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var tokens = new Option<bool>("--tokens") { Description = "Include tokens with tags, lemmas and dependency heads" };
        var timings = new Option<bool>("--timings") { Description = "Print time per pipeline stage on standard error" };

        var command = new Command("extract", "Extract events, actors, places and quotes from news articles")
        {
            paths, published, format, output, tokens, timings,
        };
        command.SetAction(parse => Run(new ExtractSettings(
            parse.GetValue(paths)!,
            ParsePublished(parse.GetValue(published)),
            parse.GetValue(format)!,
            parse.GetValue(output),
            parse.GetValue(tokens),
            parse.GetValue(timings)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    private static DateOnly? ParsePublished(string? value)
    {
        if (value is null) return null;
        if (PublishedDate.TryParse(value, out var date)) return date;
        throw new UsageException($"--published: '{value}' is not a date (expected YYYY-MM-DD)");
    }

    public static int Run(ExtractSettings settings, TextWriter stdout, TextWriter stderr)
    {
        var errors = new ErrorReporter(stderr);
        var pipeline = PipelineFactory.CreateDefault();
        using var sink = DocumentSinks.Open(settings.Format, settings.OutputPath, settings.IncludeTokens, stdout);
        var source = new InputSource(settings.Limits);

        foreach (var input in source.Read(settings.Paths))
        {
            if (input.Error is { } error)
            {
                errors.Report(error);
                continue;
            }
            var document = input.Document!;
            document.Published ??= settings.Published;
            pipeline.Process(document);
            sink.Write(document);
        }
        sink.Complete();

        if (settings.ShowTimings) TimingsView.Write(pipeline.Timings, stderr);
        return errors.Count > 0 ? CommandRunner.InputErrorExitCode : 0;
    }
}

public sealed record ExtractSettings(
    IReadOnlyList<string> Paths,
    DateOnly? Published,
    string Format,
    string? OutputPath,
    bool IncludeTokens,
    bool ShowTimings)
{
    /// <summary>Size bounds on inputs; the defaults suit news articles.</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;
}
