using Vigil.Actors;

namespace Vigil.Entities;

/// <summary>
/// Names of known actors (people, organisations, armed groups) for the entity recognizer's features,
/// read from PETRARCH/TABARI actor dictionaries (the Phoenix files: "HAMAS", "EXXON_MOBIL",
/// "ASHRAF_GHANI_"). A name whose codes carry dates is a role holder, nearly always a person; one coded
/// with a bare country or region code ("PARIS [FRA]") is a place; any other is an organisation or a group.
/// Matching is by lower-cased tokens, longest name first, so "hamas", "Exxon Mobil" and "al - Qaeda" are
/// found however the text writes them. Saved inside ner.bin, so the recognizer sees at run time the names it
/// was trained with (the shipped file predates the place kind: its countries are organisations).
/// </summary>
public sealed class NameLexicon
{
    public const int MaxWords = 6;

    /// <summary>What a known name is, as far as its dictionary entry tells.</summary>
    public enum Kind : byte { None = 0, RoleHolder = 1, Organisation = 2, GivenName = 3, Place = 4 }

    /// <summary>The names, case-insensitively: "hamas" and "Exxon Mobil" are found however the text writes them.</summary>
    private readonly WordSequenceIndex<Kind> _names;

    public NameLexicon(Dictionary<string, Kind> names) => _names = new WordSequenceIndex<Kind>(names, StringComparer.OrdinalIgnoreCase);

    public int Count => _names.Count;

    /// <summary>Reads actor dictionaries in the PETRARCH/TABARI format (see <see cref="PetrarchImporter"/>).</summary>
    public static NameLexicon FromPetrarchActors(IEnumerable<string> paths)
    {
        var names = new Dictionary<string, Kind>(StringComparer.Ordinal);
        var givenNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var line in PetrarchImporter.ConvertActors(File.ReadLines(path)))
            {
                var fields = line.Split('\t');
                // ("KABUL [AFG]", "AFGHANISTAN [AFG]": a name coded with a bare country or region code is a place, which
                // the recognizer must not learn as an organisation, "GOOGLE [MNCUSAMED]", "XINHUA [MED]".)
                var kind = fields[1].Contains("..", StringComparison.Ordinal) ? Kind.RoleHolder
                    : fields[1].Split(';', StringSplitOptions.TrimEntries).All(IsBareCountryCode) ? Kind.Place : Kind.Organisation;
                foreach (var name in fields[0].Split('|'))
                {
                    var key = Key(name);
                    if (key.Length < 2 || key.Split(' ').Length > MaxWords) continue;
                    // A name listed as both keeps the first reading (files are read in the order given).
                    names.TryAdd(key, kind);
                    // "Ashraf" of "Ashraf Ghani": a role holder's first word is a given name, a feature for people the dictionaries lack.
                    if (kind == Kind.RoleHolder && key.IndexOf(' ') is > 1 and var space) givenNames.Add(key[..space]);
                    if (key.Contains('-')) names.TryAdd(key.Replace("-", " - ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), kind);
                }
            }
        }
        foreach (var given in givenNames) names.TryAdd(given, Kind.GivenName);
        return new NameLexicon(names);
    }

    private static bool IsBareCountryCode(string code) => code.Length == 3 && code.All(char.IsAsciiLetterUpper) && !SectorCodes.IsSector(code);

    private static string Key(string name) => string.Join(' ', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// For each token, where it stands in a known name and what kind of name: 0 outside any, else
    /// kind * 4 + position (0 single word, 1 first, 2 inside, 3 last).
    /// </summary>
    public ulong[] Mark(ReadOnlySpan<string> tokens)
    {
        var marks = new ulong[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            var (length, kind) = _names.LongestAt(tokens, i, MaxWords);
            if (length == 0) continue;
            ulong k = (ulong)kind * 4;
            if (length == 1) marks[i] = k;
            else
            {
                marks[i] = k + 1;
                for (int j = i + 1; j < i + length - 1; j++) marks[j] = k + 2;
                marks[i + length - 1] = k + 3;
            }
            i += length - 1;
        }
        return marks;
    }

    /// <summary>The longest known name starting at a token: its length (0 when none) and kind.</summary>
    public (int Length, Kind Kind) LongestAt(ReadOnlySpan<string> tokens, int start) => _names.LongestAt(tokens, start, MaxWords);

    public void Write(BinaryWriter writer)
    {
        writer.Write(_names.Count);
        foreach (var (name, kind) in _names.Entries.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(name);
            writer.Write((byte)kind);
        }
    }

    public static NameLexicon Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        var names = new Dictionary<string, Kind>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++) names[reader.ReadString()] = (Kind)reader.ReadByte();
        return new NameLexicon(names);
    }
}
