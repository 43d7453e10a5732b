using System.CommandLine;

namespace Vigil.Cli;

/// <summary>
/// Runs the command line and turns failures into one-line messages: user mistakes never show a stack
/// trace. Set VIGIL_DEBUG=1 to see the trace of an unexpected error. Commands write to
/// <c>parse.InvocationConfiguration.Output</c> and <c>.Error</c>, so tests can capture both.
/// </summary>
public static class CommandRunner
{
    public const int InputErrorExitCode = 1;
    public const int UsageErrorExitCode = 2;
    public const int InternalErrorExitCode = 70;

    public static int Run(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            var parse = root.Parse(args);
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output, Error = error });
        }
        catch (UsageException e)
        {
            error.WriteLine($"vigil: {e.Message}");
            return UsageErrorExitCode;
        }
        catch (Exception e) when (DamagedModel(e) is { } damaged)
        {
            // A damaged or wrong model file (models load in parallel, so it may come wrapped): the message names the file.
            error.WriteLine($"vigil: {damaged.Message}");
            return InternalErrorExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && Environment.GetEnvironmentVariable("VIGIL_DEBUG") is null)
        {
            // A file the machine will not let us read or write (in use, no permission, disk full): the
            // message names it; nothing in Vigil is broken, so no "internal error".
            error.WriteLine($"vigil: {e.Message}");
            return InputErrorExitCode;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("VIGIL_DEBUG") is null)
        {
            error.WriteLine($"vigil: internal error: {e.GetType().Name}: {e.Message} (set VIGIL_DEBUG=1 for details)");
            return InternalErrorExitCode;
        }
    }

    private static InvalidDataException? DamagedModel(Exception e) => e switch
    {
        InvalidDataException direct => direct,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.OfType<InvalidDataException>().FirstOrDefault(),
        _ => e.InnerException is { } inner ? DamagedModel(inner) : null,
    };
}

/// <summary>A mistake in how the command was called (a bad option value); reported in one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
