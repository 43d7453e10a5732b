namespace Vigil.Entities;

/// <summary>
/// A sentence of an IOB2 named-entity file: tokens and their tags (B-PER, I-ORG, O ...), and the number
/// of the document it belongs to ("# newdoc" comments start one; 0 in files without them).
/// </summary>
public sealed record IobSentence(string[] Tokens, string[] Tags, int Document = 0);

/// <summary>
/// Reads IOB2 files: the Universal NER layout (id, token, tag, ... tab-separated; "#" comments) or the
/// CoNLL 2003 layout (token, tag), blank lines between sentences. re3d's long type names map to PER, LOC
/// and ORG (Person, Location, Organisation); every other type (UNER's early OTH, re3d's Weapon or
/// Temporal, stray "B-O") becomes O.
/// </summary>
public static class IobReader
{
    public static readonly string[] Types = ["PER", "LOC", "ORG"];

    public static List<IobSentence> ReadFile(string path)
    {
        var sentences = new List<IobSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        int lineNumber = 0, document = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.StartsWith("# newdoc", StringComparison.Ordinal)) document++;
            if (line.StartsWith('#')) continue;
            if (line.Trim().Length == 0)
            {
                if (tokens.Count > 0) sentences.Add(new IobSentence([.. tokens], [.. tags], document));
                tokens.Clear();
                tags.Clear();
                continue;
            }
            var f = line.Split('\t');
            if (f.Length < 2) throw new InvalidDataException($"line {lineNumber}: expected a token and a tag separated by tabs");
            bool withId = f.Length >= 3 && int.TryParse(f[0], out _);
            tokens.Add(withId ? f[1] : f[0]);
            tags.Add(Normalize(withId ? f[2] : f[1]));
        }
        if (tokens.Count > 0) sentences.Add(new IobSentence([.. tokens], [.. tags], document));
        return sentences;
    }

    private static string Normalize(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I')) return "O";
        var type = tag[2..] switch
        {
            "Person" => "PER",
            "Location" => "LOC",
            "Organisation" or "Organization" => "ORG",
            var t => t,
        };
        return Types.Contains(type) ? tag[..2] + type : "O";
    }

    /// <summary>Entity spans (first token, token count, type) from a tag sequence; a stray I- starts a new entity.</summary>
    public static List<(int Start, int Length, string Type)> Spans(IReadOnlyList<string> tags)
    {
        var spans = new List<(int, int, string)>();
        for (int i = 0; i < tags.Count; i++)
        {
            if (tags[i] == "O") continue;
            var type = tags[i][2..];
            int j = i + 1;
            while (j < tags.Count && tags[j] == "I-" + type) j++;
            spans.Add((i, j - i, type));
            i = j - 1;
        }
        return spans;
    }
}
