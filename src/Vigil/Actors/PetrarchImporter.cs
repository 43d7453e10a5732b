using System.Globalization;
using System.Text;

namespace Vigil.Actors;

/// <summary>
/// Converts PETRARCH/TABARI dictionaries into Vigil's actor and agent files.
/// Actors: a name line ("ABDULLAH_ABDULLAH_" or "HAMAS [PSEREBHMS]"), "+SYNONYM" lines, and code lines
/// "[AFGGOV 091102-]" with YYMMDD date ranges ("&gt;YYMMDD" from, "&lt;YYMMDD" until).
/// Agents: "POLICE_OFFICER [~COP]" lines, with "!MACRO!" expansions defined as "!PERSON! = MAN, MEN ...".
/// </summary>
public static class PetrarchImporter
{
    public static List<string> ConvertActors(IEnumerable<string> lines)
    {
        var output = new List<string>();
        List<string>? names = null;
        var codes = new List<string>();
        void Flush()
        {
            if (names is { Count: > 0 } && codes.Count > 0) output.Add(string.Join('|', names.Distinct()) + "\t" + string.Join("; ", codes));
            names = null;
            codes.Clear();
        }
        foreach (var raw in lines)
        {
            var line = StripComment(raw);
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('<')) continue;
            var trimmed = line.Trim();
            if (trimmed.StartsWith('+'))
            {
                names?.Add(Name(trimmed[1..]));
                continue;
            }
            if (trimmed.StartsWith('['))
            {
                codes.AddRange(Codes(trimmed));
                continue;
            }
            Flush();
            int bracket = trimmed.IndexOf('[');
            names = [Name(bracket >= 0 ? trimmed[..bracket] : trimmed)];
            if (bracket >= 0) codes.AddRange(Codes(trimmed[bracket..]));
        }
        Flush();
        return output;
    }

    public static List<string> ConvertAgents(IEnumerable<string> lines)
    {
        var macros = new Dictionary<string, string[]>();
        var output = new List<string>();
        foreach (var raw in lines)
        {
            var line = StripComment(raw).Trim();
            if (line.Length == 0 || line.StartsWith('<')) continue;
            if (line.StartsWith('!') && line.Contains('='))
            {
                var parts = line.Split('=', 2);
                macros[parts[0].Trim()] = parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            int bracket = line.IndexOf('[');
            if (bracket < 0) continue;
            // "[~GOV]" follows the actor's country; "[NGO~]" comes before it (kept as "NGO~").
            var code = line[(bracket + 1)..].Split(']')[0].Trim().ToUpperInvariant();
            code = code.StartsWith('~') ? code[1..] : code;
            if (code.TrimEnd('~').Length < 3) continue;
            var name = line[..bracket].Trim();
            // "GOLDEN_GOOSE {GOLDEN_GEESE}": an irregular plural is a name too; "{}" (regular plural) adds nothing.
            var names = new List<string>();
            int braces = name.IndexOf('{');
            if (braces >= 0)
            {
                names.AddRange(name[(braces + 1)..].TrimEnd('}', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
                name = name[..braces].Trim();
            }
            names.Insert(0, name);
            foreach (var expanded in names.SelectMany(n => Expand(n, macros))) output.Add(Name(expanded).ToLowerInvariant() + "\t" + code);
        }
        return output.Distinct().ToList();
    }

    private static IEnumerable<string> Expand(string name, Dictionary<string, string[]> macros)
    {
        foreach (var (macro, values) in macros)
        {
            if (!name.Contains(macro, StringComparison.Ordinal)) continue;
            return values.Select(v => name.Replace(macro, v)).SelectMany(n => Expand(n, macros)).ToList();
        }
        return [name];
    }

    private static string StripComment(string line)
    {
        int hash = line.IndexOf('#');
        return hash >= 0 ? line[..hash] : line;
    }

    /// <summary>"MIGUEL_ANGEL_OSORIO_CHONG_" → "Miguel Angel Osorio Chong".</summary>
    /// <remarks>(Any white space parts words: a tab inside a name, as one Phoenix line has, would break the converted file's columns.)</remarks>
    private static string Name(string raw)
    {
        var words = raw.Trim().Trim('_').Replace('_', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var text = new StringBuilder();
        foreach (var w in words)
        {
            if (text.Length > 0) text.Append(' ');
            bool acronym = w.Length <= 3 && w.All(char.IsUpper) && w is not ("THE" or "OF" or "AND" or "DE" or "LA" or "EL" or "FOR" or "DEL" or "E" or "I");
            text.Append(acronym ? w : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w.ToLowerInvariant()));
        }
        return text.ToString();
    }

    private static IEnumerable<string> Codes(string text)
    {
        foreach (var part in text.Split('[', StringSplitOptions.RemoveEmptyEntries))
        {
            var inner = part.Split(']')[0].Trim();
            if (inner.Length == 0) continue;
            var fields = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "[ELR/GAL]": one name standing for several actors at once (the event coder codes each).
            var code = fields[0].ToUpperInvariant().TrimStart('~');
            if (fields.Length == 1)
            {
                yield return code;
                continue;
            }
            // "<950601", "< 950601", ">990816", "950601-990815", "19950601 - 19990815".
            var range = string.Concat(fields[1..]);
            string from = "", to = "";
            if (range.StartsWith('<')) to = Date(range[1..]);
            else if (range.StartsWith('>')) from = Date(range[1..]);
            else
            {
                var ends = range.Split('-');
                from = Date(ends[0]);
                to = ends.Length > 1 ? Date(ends[1]) : "";
            }
            yield return $"{code} {from}..{to}";
        }
    }

    /// <summary>YYMMDD or YYYYMMDD to YYYY-MM-DD (two-digit years up to 30 are 20xx, as TABARI reads them).</summary>
    private static string Date(string digits)
    {
        if (digits.Length == 8 && digits.All(char.IsAsciiDigit)) return $"{digits[..4]}-{digits[4..6]}-{digits[6..8]}";
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit)) return "";
        int year = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        year += year <= 30 ? 2000 : 1900;
        return $"{year:D4}-{digits[2..4]}-{digits[4..6]}";
    }
}
