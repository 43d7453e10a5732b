using System.Globalization;

namespace Vigil.Events;

/// <summary>An event pattern of Data/event-patterns.txt.</summary>
public sealed record EventPattern(string Lemma, string? ObjectLemma, string? Preposition, string Cameo, string PloverType, string? PloverMode,
    string? AcledType, string? AcledSubType)
{
    public int Specificity => (ObjectLemma is null ? 0 : 1) + (Preposition is null ? 0 : 1);
}

/// <summary>
/// The knowledge the event coder uses, loaded from the data files beside it: event patterns, nouns
/// that name actor groups with their sector, reporting verbs, modality words and country codes.
/// Users change the ontology by editing these files (documented at the top of each).
/// </summary>
public sealed class EventLexicon
{
    private readonly Dictionary<string, List<EventPattern>> _patterns = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> AgentSectors { get; private init; } = new Dictionary<string, string>();
    public IReadOnlySet<string> ReportingVerbs { get; private init; } = new HashSet<string>();
    public IReadOnlySet<string> Hypothetical { get; private init; } = new HashSet<string>();
    public IReadOnlySet<string> Future { get; private init; } = new HashSet<string>();
    public IReadOnlySet<string> Demand { get; private init; } = new HashSet<string>();
    public IReadOnlyDictionary<string, string> Alpha3 { get; private init; } = new Dictionary<string, string>();

    private static readonly Lazy<EventLexicon> Embedded = new(() => Load(Resource));

    public static EventLexicon Default => Embedded.Value;

    public IReadOnlyList<EventPattern> PatternsFor(string lemma) =>
        _patterns.TryGetValue(lemma, out var list) ? list : [];

    public int PatternCount => _patterns.Values.Sum(l => l.Count);

    public static EventLexicon Load(Func<string, IEnumerable<string>> readFile)
    {
        var modality = Sections(readFile("modality-words.txt"));
        var lexicon = new EventLexicon
        {
            AgentSectors = Actors.AgentDictionary.Default.Sectors,
            ReportingVerbs = readFile("reporting-verbs.txt").ToHashSet(StringComparer.Ordinal),
            Hypothetical = modality.GetValueOrDefault("hypothetical") ?? [],
            Future = modality.GetValueOrDefault("future") ?? [],
            Demand = modality.GetValueOrDefault("demand") ?? [],
            Alpha3 = Pairs(readFile("country-codes.txt")),
        };
        foreach (var line in readFile("event-patterns.txt"))
        {
            var f = line.Split('\t');
            if (f.Length != 6) throw new InvalidDataException($"event-patterns.txt: expected 6 tab-separated fields: {line}");
            var trigger = f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string? obj = trigger.FirstOrDefault(t => t.StartsWith("+obj:", StringComparison.Ordinal))?[5..];
            string? prep = trigger.FirstOrDefault(t => t.StartsWith("+prep:", StringComparison.Ordinal))?[6..];
            var pattern = new EventPattern(trigger[0], obj, prep, f[1].PadLeft(2, '0'), f[2], Dash(f[3]), Dash(f[4]), Dash(f[5]));
            if (!lexicon._patterns.TryGetValue(pattern.Lemma, out var list)) lexicon._patterns[pattern.Lemma] = list = [];
            list.Add(pattern);
        }
        foreach (var list in lexicon._patterns.Values) list.Sort((a, b) => b.Specificity.CompareTo(a.Specificity));
        return lexicon;
    }

    private static string? Dash(string field) => field == "-" || field.Length == 0 ? null : field;

    private static Dictionary<string, string> Pairs(IEnumerable<string> lines) =>
        lines.Select(l => l.Split('\t')).Where(f => f.Length == 2).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);

    private static Dictionary<string, HashSet<string>> Sections(IEnumerable<string> lines)
    {
        var sections = new Dictionary<string, HashSet<string>>();
        HashSet<string>? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith('[')) sections[line.Trim('[', ']')] = current = new HashSet<string>(StringComparer.Ordinal);
            else current?.Add(line);
        }
        return sections;
    }

    private static IEnumerable<string> Resource(string name)
    {
        using var stream = typeof(EventLexicon).Assembly.GetManifestResourceStream("Vigil.Events.Data." + name)
                           ?? throw new InvalidOperationException($"missing embedded resource {name}");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.TrimEnd();
            if (line.Length > 0 && !line.StartsWith('#')) lines.Add(line);
        }
        return lines;
    }

    internal static CultureInfo Invariant => CultureInfo.InvariantCulture;
}
