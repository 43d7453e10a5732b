using Vigil.Documents;

namespace Vigil.Input;

/// <summary>A problem with one input: which input (path, "path:line" or "-") and why, in one line.</summary>
public sealed record InputError(string Input, string Reason)
{
    public override string ToString() => $"{Input}: {Reason}";
}

/// <summary>What reading one input gives: a document, or an error that names the input.</summary>
public readonly struct InputResult
{
    private InputResult(Document? document, InputError? error)
    {
        Document = document;
        Error = error;
    }

    public Document? Document { get; }

    public InputError? Error { get; }

    public static InputResult Of(Document document) => new(document, null);

    public static InputResult Fail(string input, string reason) => new(null, new InputError(input, reason));
}
