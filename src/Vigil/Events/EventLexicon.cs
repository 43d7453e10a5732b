using System.Globalization;

namespace Vigil.Events;

/// <summary>
/// An event pattern of Data/event-patterns.txt. <see cref="Cameo"/> null is a discard pattern ("---" in
/// the file): it matches, and so blocks the trigger's general patterns, but codes no event.
/// <see cref="PairedCameo"/> is the reverse event a pattern like "032:033" also codes (target to source).
/// <see cref="PloverType"/> null: PLOVER has no category for the code (CAMEO 01, statements).
/// </summary>
public sealed record EventPattern(string Lemma, string? ObjectLemma, string? Preposition, string? Cameo, string? PloverType, string? PloverMode,
    string? AcledType, string? AcledSubType, PatternContext? Context = null, string? PairedCameo = null, bool VerbOnly = false)
{
    /// <summary>More conditions, and more context words, make a more specific pattern, which wins.</summary>
    public int Specificity =>
        (ObjectLemma is null ? 0 : 2) + (Preposition is null ? 0 : 2) + (Context is null ? 0 : 1 + 2 * Context.WordCount);
}

/// <summary>
/// The knowledge the event coder uses, loaded from the data files beside it: event patterns, nouns
/// that name actor groups with their sector, reporting verbs, modality words and country codes.
/// Users change the ontology by editing these files (documented at the top of each), or add patterns
/// of their own in the models folder (see <see cref="WithPatterns"/>).
/// </summary>
public sealed class EventLexicon
{
    private readonly Dictionary<string, List<EventPattern>> _patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> _wordSets = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, string> AgentSectors { get; private init; } = new Dictionary<string, string>();
    public IReadOnlySet<string> ReportingVerbs { get; private init; } = new HashSet<string>();
    public IReadOnlySet<string> Hypothetical { get; private init; } = new HashSet<string>();
    public IReadOnlySet<string> Future { get; private init; } = new HashSet<string>();
    public IReadOnlySet<string> Demand { get; private init; } = new HashSet<string>();

    /// <summary>Verbs whose infinitive did not happen ("failed to agree", "refused to withdraw").</summary>
    public IReadOnlySet<string> Failure { get; private init; } = new HashSet<string>();

    /// <summary>Verbs whose own infinitive or that-clause is yet to come ("promised to send reinforcements").</summary>
    public IReadOnlySet<string> Promise { get; private init; } = new HashSet<string>();

    /// <summary>Nouns that count or group an actor: "thousands of protesters", "a convoy of soldiers".</summary>
    public IReadOnlySet<string> Collectives { get; private init; } = new HashSet<string>();

    /// <summary>Verbs whose clause says the event did not happen: "The army denied that its soldiers opened fire".</summary>
    public IReadOnlySet<string> Denial { get; private init; } = new HashSet<string>();

    /// <summary>Verbs whose "to" clause is a mission, not yet done: "soldiers sent to disarm a group".</summary>
    public IReadOnlySet<string> Mission { get; private init; } = new HashSet<string>();
    public IReadOnlyDictionary<string, string> Alpha3 { get; private init; } = new Dictionary<string, string>();

    /// <summary>The CAMEO to PLOVER and ACLED crosswalk (Data/cameo-ontology.txt).</summary>
    public CameoOntology Ontology { get; private init; } = new([]);

    private static readonly Lazy<EventLexicon> Embedded = new(() => Load(Resource));

    public static EventLexicon Default => Embedded.Value;

    /// <remarks>British spellings find the American ones the patterns are written in ("criticise", "mobilise").</remarks>
    /// <summary>Whether a word is a one-word member of a word set of the patterns ("&amp;EXPLOSIVE": "bomb", "grenade").</summary>
    public bool InWordSet(string name, string word) =>
        _wordSets.TryGetValue(name, out var members) && members.Any(m => m.Length == 1 && m[0].Equals(word, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<EventPattern> PatternsFor(string lemma) =>
        _patterns.TryGetValue(lemma, out var list) ? list
        : lemma.EndsWith("ise", StringComparison.Ordinal) && lemma.Length > 5 && _patterns.TryGetValue(lemma[..^3] + "ize", out var american) ? american
        : [];

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
            Denial = modality.GetValueOrDefault("denial") ?? [],
            Failure = modality.GetValueOrDefault("failure") ?? [],
            Promise = modality.GetValueOrDefault("promise") ?? [],
            Mission = modality.GetValueOrDefault("mission") ?? [],
            Collectives = readFile("collective-nouns.txt").ToHashSet(StringComparer.Ordinal),
            Alpha3 = Pairs(readFile("country-codes.txt")),
            Ontology = new CameoOntology(readFile("cameo-ontology.txt")),
        };
        lexicon.AddPatterns(readFile("event-patterns.txt"), "event-patterns.txt");
        return lexicon;
    }

    /// <summary>
    /// This lexicon's word lists with other patterns: added to its own, or instead of them
    /// (<paramref name="replace"/>, as `vigil eval petrarch` does with the validation dictionary).
    /// </summary>
    public EventLexicon WithPatterns(IEnumerable<string> lines, string source, bool replace = false)
    {
        var lexicon = new EventLexicon
        {
            AgentSectors = AgentSectors, ReportingVerbs = ReportingVerbs, Hypothetical = Hypothetical, Future = Future,
            Demand = Demand, Denial = Denial, Failure = Failure, Promise = Promise, Mission = Mission, Collectives = Collectives, Alpha3 = Alpha3, Ontology = Ontology,
        };
        if (!replace)
        {
            foreach (var (name, members) in _wordSets) lexicon._wordSets[name] = members;
            foreach (var (lemma, list) in _patterns) lexicon._patterns[lemma] = [.. list];
        }
        lexicon.AddPatterns(lines.Select(l => l.TrimEnd()).Where(l => l.Length > 0 && !l.StartsWith('#')), source);
        return lexicon;
    }

    private void AddPatterns(IEnumerable<string> lines, string source)
    {
        var patternLines = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith('&') && line.Count(c => c == '\t') == 1) AddWordSet(line, source);
            else patternLines.Add(line);
        }
        // Word sets first: a context may use a set defined further down the file.
        foreach (var line in patternLines) AddPattern(line, source);
        // A stable sort: of patterns as specific, the one written first wins ("fire +obj:gas +prep:at" before
        // "+prep:on"), whatever else the file holds.
        foreach (var key in _patterns.Keys.ToList()) _patterns[key] = [.. _patterns[key].OrderByDescending(p => p.Specificity)];
    }

    /// <summary>"&amp;NAME&lt;TAB&gt;member|two words|...": a word set for contexts, or a set of trigger lemmas.</summary>
    private void AddWordSet(string line, string source)
    {
        var f = line.Split('\t');
        if (f.Length != 2) throw new InvalidDataException($"{source}: a word set needs &NAME<TAB>members: {line}");
        _wordSets[f[0]] = f[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(m => m.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 0).ToList();
    }

    private void AddPattern(string line, string source)
    {
        var f = line.Split('\t');
        if (f.Length is not (6 or 7)) throw new InvalidDataException($"{source}: expected 6 or 7 tab-separated fields: {line}");
        var trigger = f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? obj = trigger.FirstOrDefault(t => t.StartsWith("+obj:", StringComparison.Ordinal))?[5..];
        string? prep = trigger.FirstOrDefault(t => t.StartsWith("+prep:", StringComparison.Ordinal))?[6..];
        bool verbOnly = trigger.Contains("+verb");
        var codes = f[1].Split(':');
        string? cameo = codes[0] == "---" ? null : codes[0].PadLeft(2, '0');
        string? paired = codes.Length > 1 && codes[1] != "---" ? codes[1].PadLeft(2, '0') : null;
        string? context = f.Length == 7 ? Dash(f[6]) : null;
        // A trigger may be a word set: the pattern holds for every member; "clear up" adds "up" right after it.
        var triggers = trigger[0].StartsWith('&')
            ? _wordSets.GetValueOrDefault(trigger[0]) ?? throw new InvalidDataException($"{source}: undefined word set {trigger[0]}: {line}")
            : [trigger[0].ToLowerInvariant().Split('_')];
        foreach (var words in triggers)
        {
            var text = context;
            if (words.Length > 1) text = (text ?? "*").Replace("*", "*_" + string.Join('_', words[1..]), StringComparison.Ordinal);
            var parsed = text is null ? null : ParseContext(text, source, line);
            var pattern = new EventPattern(words[0], obj, prep, cameo, Dash(f[2]), Dash(f[3]), Dash(f[4]), Dash(f[5]), parsed, paired, verbOnly);
            if (!_patterns.TryGetValue(pattern.Lemma, out var list)) _patterns[pattern.Lemma] = list = [];
            list.Add(pattern);
        }
    }

    private PatternContext ParseContext(string text, string source, string line)
    {
        try
        {
            return PatternContext.Parse(text, _wordSets);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{source}: {e.Message} (line: {line})", e);
        }
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
