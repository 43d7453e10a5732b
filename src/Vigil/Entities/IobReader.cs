namespace Vigil.Entities;

/// <summary>A sentence of an IOB2 named-entity file: tokens and their tags (B-PER, I-ORG, O ...).</summary>
public sealed record IobSentence(string[] Tokens, string[] Tags);

/// <summary>
/// Reads IOB2 files in the Universal NER layout (id, token, tag, ... tab-separated; "#" comments; blank
/// lines between sentences). Tags outside PER, LOC and ORG (UNER's early OTH, stray "B-O") become O.
/// </summary>
public static class IobReader
{
    public static readonly string[] Types = ["PER", "LOC", "ORG"];

    public static List<IobSentence> ReadFile(string path)
    {
        var sentences = new List<IobSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.StartsWith('#')) continue;
            if (line.Trim().Length == 0)
            {
                if (tokens.Count > 0) sentences.Add(new IobSentence([.. tokens], [.. tags]));
                tokens.Clear();
                tags.Clear();
                continue;
            }
            var f = line.Split('\t');
            if (f.Length < 3) throw new InvalidDataException($"line {lineNumber}: expected id, token and tag separated by tabs");
            tokens.Add(f[1]);
            tags.Add(Normalize(f[2]));
        }
        if (tokens.Count > 0) sentences.Add(new IobSentence([.. tokens], [.. tags]));
        return sentences;
    }

    private static string Normalize(string tag)
    {
        if (tag.Length > 2 && tag[1] == '-' && Types.Contains(tag[2..]) && tag[0] is 'B' or 'I') return tag;
        return "O";
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
