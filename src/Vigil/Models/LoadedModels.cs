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

    /// <summary>Actors from models/actors.txt if a user put one there (e.g. imported from PETRARCH), else the built-in list.</summary>
    public static Actors.ActorDictionary ActorDictionary => LazyActors.Value;

    public static Actors.AgentDictionary AgentDictionary => LazyAgents.Value;

    private static readonly Lazy<Actors.ActorDictionary> LazyActors = new(() =>
        LoadIfPresent(Path.Combine(ModelPaths.Directory, "actors.txt"), path => Actors.ActorDictionary.Parse(DataLines(path))) ?? Actors.ActorDictionary.Default);

    private static readonly Lazy<Actors.AgentDictionary> LazyAgents = new(() =>
        LoadIfPresent(Path.Combine(ModelPaths.Directory, "agents.txt"), path => Actors.AgentDictionary.Parse(DataLines(path))) ?? Actors.AgentDictionary.Default);

    /// <summary>The built-in event patterns, plus models/event-patterns.txt if a user put one there (e.g. from `vigil events import-petrarch`).</summary>
    public static Events.EventLexicon EventLexicon => LazyEventLexicon.Value;

    private static readonly Lazy<Events.EventLexicon> LazyEventLexicon = new(() =>
        LoadIfPresent(Path.Combine(ModelPaths.Directory, "event-patterns.txt"), path => Events.EventLexicon.Default.WithPatterns(DataLines(path), path))
        ?? Events.EventLexicon.Default);

    /// <summary>Cue verbs learned by `vigil train attribution` (models/attribution-cues.txt), or none.</summary>
    public static IReadOnlyList<string> AttributionCues => LazyAttributionCues.Value;

    private static readonly Lazy<IReadOnlyList<string>> LazyAttributionCues = new(() =>
        LoadIfPresent(ModelPaths.AttributionCues, path => Attribution.CueRateLearner.ReadLemmas(File.ReadLines(path)).ToList()) ?? []);

    /// <summary>The attribution cue classifier trained by `vigil train attribution` (models/attribution-cues.bin), or null.</summary>
    public static Attribution.CueClassifier? AttributionCueClassifier => LazyCueClassifier.Value;

    private static readonly Lazy<Attribution.CueClassifier?> LazyCueClassifier = new(() =>
        LoadIfPresent(ModelPaths.AttributionCueClassifier, Attribution.CueClassifier.Load));

    private static IEnumerable<string> DataLines(string path) =>
        File.ReadLines(path).Select(l => l.TrimEnd()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

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
