using Vigil.Cli;

namespace Vigil.Tests.Cli;

/// <summary>Runs the real `vigil` command tree in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CommandRunner.Run(VigilCommandLine.CreateRoot(), args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
