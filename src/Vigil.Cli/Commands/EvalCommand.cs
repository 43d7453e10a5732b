using System.CommandLine;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil eval ...</c>: every evaluation Vigil reports, so published numbers can be rerun.</summary>
public static class EvalCommand
{
    public static Command Create() => new("eval", "Measure Vigil against annotated data")
    {
        EvalConlluCommand.Create(),
        EvalGeoCommand.Create(),
        EvalNerCommand.Create(),
        EvalAttributionCommand.Create(),
        EvalEventsCommand.Create(),
        EvalPetrarchCommand.Create(),
    };
}
