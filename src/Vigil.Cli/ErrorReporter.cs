using Vigil.Input;

namespace Vigil.Cli;

/// <summary>Reports bad inputs on stderr, one line each, and remembers whether any input failed.</summary>
public sealed class ErrorReporter(TextWriter stderr)
{
    public int Count { get; private set; }

    public void Report(InputError error)
    {
        Count++;
        stderr.WriteLine($"vigil: {error.Input}: {error.Reason}");
    }
}
