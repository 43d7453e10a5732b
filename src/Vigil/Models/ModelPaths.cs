namespace Vigil.Models;

/// <summary>
/// Where Vigil's trained models and gazetteer live: $VIGIL_MODELS if set, otherwise the models/ folder
/// copied next to the program at build time (from the repository's models/).
/// </summary>
public static class ModelPaths
{
    public static string Directory =>
        Environment.GetEnvironmentVariable("VIGIL_MODELS") is { Length: > 0 } custom
            ? custom
            : Path.Combine(AppContext.BaseDirectory, "models");

    public static string Tagger => Path.Combine(Directory, "tagger.bin");

    public static string Parser => Path.Combine(Directory, "parser.bin");

    public static string Ner => Path.Combine(Directory, "ner.bin");

    public static string Gazetteer => Path.Combine(Directory, "gazetteer.bin");

    /// <summary>Attribution cue verbs learned from PolNeAR (`vigil train attribution`).</summary>
    public static string AttributionCues => Path.Combine(Directory, "attribution-cues.txt");

    public static string AttributionCueClassifier => Path.Combine(Directory, "attribution-cues.bin");
}
