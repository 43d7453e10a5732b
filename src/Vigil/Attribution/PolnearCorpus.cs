namespace Vigil.Attribution;

/// <summary>One gold attribution of a PolNeAR-style annotation: source, cue and content spans (any may be absent).</summary>
public sealed record GoldAttribution(IReadOnlyList<(int Start, int End)> Source, IReadOnlyList<(int Start, int End)> Cue, IReadOnlyList<(int Start, int End)> Content);

/// <summary>One annotation of one article (an article may have several annotators).</summary>
public sealed record AnnotatedArticle(string Name, string Text, string Annotator, IReadOnlyList<GoldAttribution> Attributions);

/// <summary>
/// Reads a PolNeAR-style folder: text/NAME.txt and attributions/NAME_ANNOTATOR.ann (brat standoff: T
/// lines with Source, Cue and Content spans, possibly discontinuous "s e;s e"; E lines tying them into
/// one attribution, a content interrupted by its attribution as numbered parts, "Content:T18 Content2:T22").
/// </summary>
public static class PolnearCorpus
{
    public static List<AnnotatedArticle> Read(string folder)
    {
        var textDir = Path.Combine(folder, "text");
        var annDir = Path.Combine(folder, "attributions");
        if (!Directory.Exists(textDir) || !Directory.Exists(annDir))
            throw new DirectoryNotFoundException($"{folder}: expected text/ and attributions/ folders");
        var articles = new List<AnnotatedArticle>();
        foreach (var ann in Directory.GetFiles(annDir, "*.ann").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(ann);
            int underscore = stem.LastIndexOf('_');
            var name = underscore > 0 ? stem[..underscore] : stem;
            var textPath = Path.Combine(textDir, name + ".txt");
            if (!File.Exists(textPath)) continue;
            articles.Add(new AnnotatedArticle(name, File.ReadAllText(textPath), underscore > 0 ? stem[(underscore + 1)..] : "", ReadAnnotations(ann)));
        }
        return articles;
    }

    private static List<GoldAttribution> ReadAnnotations(string path)
    {
        var spans = new Dictionary<string, (string Type, List<(int, int)> Spans)>();
        var events = new List<string[]>();
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length < 2) continue;
            if (line.StartsWith('T'))
            {
                var head = f[1].Split(' ', 2);
                var ranges = head.Length > 1 ? head[1].Split(';').Select(r => r.Split(' ')).Where(r => r.Length == 2)
                    .Select(r => (int.Parse(r[0]), int.Parse(r[1]))).ToList() : [];
                spans[f[0]] = (head[0], ranges);
            }
            else if (line.StartsWith('E'))
            {
                events.Add(f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }
        var result = new List<GoldAttribution>();
        foreach (var parts in events)
        {
            // ("Content:T18 Content2:T22": a content the attribution interrupts is given in numbered parts, one content.)
            List<(int, int)> Role(string role) => parts.Where(p => p.StartsWith(role, StringComparison.Ordinal) && p.IndexOf(':') is var colon and > 0
                                                                   && p[role.Length..colon].All(char.IsAsciiDigit))
                .SelectMany(p => spans.TryGetValue(p[(p.IndexOf(':') + 1)..], out var s) ? s.Spans : []).ToList();
            result.Add(new GoldAttribution(Role("Source"), Role("Cue"), Role("Content")));
        }
        return result;
    }
}
