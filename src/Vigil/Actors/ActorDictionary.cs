using System.Globalization;
using Vigil.Places;

namespace Vigil.Actors;

/// <summary>A CAMEO actor code that holds between two dates (either open).</summary>
public sealed record DatedCode(string Code, DateOnly? From, DateOnly? To)
{
    public bool HoldsOn(DateOnly? date) => date is null || (From is null || From <= date) && (To is null || date <= To);
}

/// <summary>
/// Named actors and their codes over time (Data/actors.txt, or a file in the same format): "Osorio
/// Chong" was MEXGOV from 2012 to 2018. Lookups fold case and accents.
/// </summary>
public sealed class ActorDictionary
{
    private readonly Dictionary<string, List<DatedCode>> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);

    /// <summary>Names written as acronyms ("AU", "UN"): they match only words in capitals, not "au" in "Port-au-Prince".</summary>
    private readonly HashSet<string> _acronyms = new(StringComparer.Ordinal);

    /// <summary>Whether any name starts with this word (folded like the names): most words start none.</summary>
    public bool MayStartWith(string word)
    {
        // Folding turns punctuation into spaces ("U.S." is "u s"), so compare the first folded word.
        var folded = NameFolding.Fold(word);
        int space = folded.IndexOf(' ');
        return _firstWords.Contains(space < 0 ? folded : folded[..space]);
    }

    public int Count => _byName.Count;

    /// <summary>The most words any name has: how far a phrase scan needs to look ahead.</summary>
    public int MaxWords { get; private set; } = 1;

    private static readonly Lazy<ActorDictionary> Embedded = new(() => Parse(Resources.Lines("actors.txt")));

    public static ActorDictionary Default => Embedded.Value;

    /// <summary>The code the actor has on <paramref name="date"/> (the first dated code that holds, else the first undated one), or null.</summary>
    public string? CodeFor(string name, DateOnly? date)
    {
        var key = NameFolding.Fold(name);
        if (!_byName.TryGetValue(key, out var codes)) return null;
        if (_acronyms.Contains(key) && !IsAcronym(name)) return null;
        // A dated role that holds beats an undated default, wherever the default is listed.
        return (codes.FirstOrDefault(c => (c.From is not null || c.To is not null) && c.HoldsOn(date))
                ?? codes.FirstOrDefault(c => c.HoldsOn(date)))?.Code;
    }

    /// <summary>
    /// Whether the dictionary lists the name as a body: a group or institution, whose code is undated and of
    /// an organisation's sector ("Gran Grif" HTICRM, "Doctors Without Borders" NGO). People are listed with the
    /// dates of their roles.
    /// </summary>
    public bool NamesABody(string name) =>
        _byName.TryGetValue(NameFolding.Fold(name), out var codes) && codes.All(c => c.From is null && c.To is null)
        && SectorCodes.FirstSectorIn(codes[0].Code) is "NGO" or "IGO" or "CRM" or "REB" or "MED" or "PTY" or "MIL" or "UAF" or "INS" or "BUS" or "EDU";

    public static ActorDictionary Parse(IEnumerable<string> lines)
    {
        var dictionary = new ActorDictionary();
        foreach (var line in lines)
        {
            var f = line.Split('\t');
            if (f.Length != 2) throw new InvalidDataException($"actors: expected names<TAB>codes: {line}");
            var codes = f[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseCode).ToList();
            foreach (var name in f[0].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var key = NameFolding.Fold(name);
                dictionary.MaxWords = Math.Max(dictionary.MaxWords, key.Count(c => c == ' ') + 1);
                dictionary._firstWords.Add(key.Split(' ')[0]);
                if (IsAcronym(name)) dictionary._acronyms.Add(key);
                if (!dictionary._byName.TryGetValue(key, out var list)) dictionary._byName[key] = list = [];
                list.AddRange(codes);
            }
        }
        return dictionary;
    }

    private static bool IsAcronym(string name) =>
        name.Length is >= 2 and <= 5 && name.All(c => char.IsUpper(c) || c == '.') && name.Any(char.IsLetter);

    private static DatedCode ParseCode(string text)
    {
        var parts = text.Split(' ', 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 1) return new DatedCode(parts[0], null, null);
        var range = parts[1].Split("..");
        return new DatedCode(parts[0], Date(range[0]), range.Length > 1 ? Date(range[1]) : null);
    }

    private static DateOnly? Date(string text) =>
        text.Length == 0 ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
