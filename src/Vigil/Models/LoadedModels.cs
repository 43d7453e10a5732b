using Vigil.Parsing;
using Vigil.Tagging;

namespace Vigil.Models;

/// <summary>
/// The trained models, each loaded once per process on first use and shared by every pipeline (they are
/// read-only after loading, so sharing across threads is safe). A model whose file is absent is null and
/// its stage is left out of the pipeline.
/// </summary>
public static class LoadedModels
{
    private static readonly Lazy<PosTagger?> LazyTagger = new(() => LoadIfPresent(ModelPaths.Tagger, PosTagger.Load));

    private static readonly Lazy<DependencyParser?> LazyParser = new(() => LoadIfPresent(ModelPaths.Parser, DependencyParser.Load));

    private static readonly Lazy<Places.Gazetteer?> LazyGazetteer = new(() => LoadIfPresent(ModelPaths.Gazetteer, Places.Gazetteer.Open));

    private static readonly Lazy<Entities.EntityRecognizer?> LazyNer = new(() => LoadIfPresent(ModelPaths.Ner, path => Entities.EntityRecognizer.Load(path, Gazetteer)));

    public static Entities.EntityRecognizer? Ner => LazyNer.Value;

    public static PosTagger? Tagger => LazyTagger.Value;

    public static Places.Gazetteer? Gazetteer => LazyGazetteer.Value;

    public static DependencyParser? Parser => LazyParser.Value;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TimeSpan> LoadTimes = new();

    /// <summary>How long each model took to load (file name → time), for --timings.</summary>
    public static IReadOnlyDictionary<string, TimeSpan> LoadDurations => LoadTimes;

    private static T? LoadIfPresent<T>(string path, Func<string, T> load) where T : class
    {
        if (!File.Exists(path)) return null;
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        var model = load(path);
        LoadTimes[Path.GetFileName(path)] = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        return model;
    }
}
