using System.CommandLine;
using Vigil.Cli.Commands;

namespace Vigil.Cli;

/// <summary>The `vigil` command tree: every command is registered here.</summary>
public static class VigilCommandLine
{
    public static RootCommand CreateRoot() => new("Vigil: reads news reports and codes who did what to whom, where, when, how many, according to whom.")
    {
        ExtractCommand.Create(),
        EvalCommand.Create(),
        TrainCommand.Create(),
        ModelsCommand.Create(),
        GazetteerCommand.Create(),
        ActorsCommand.Create(),
        EventsCommand.Create(),
        IngestCommand.Create(),
        QueryCommand.Create(),
        ExportCommand.Create(),
        ServeCommand.Create(),
    };
}
