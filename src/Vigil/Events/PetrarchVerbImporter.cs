using System.Text;
using System.Text.RegularExpressions;

namespace Vigil.Events;

/// <summary>What an import produced: the pattern file's lines and counts for the user.</summary>
public sealed record VerbImport(List<string> Lines, int Verbs, int Patterns, int WordSets, int Skipped);

/// <summary>
/// Converts a PETRARCH/TABARI verb dictionary (the CAMEO.verbpatterns format) to Vigil's pattern file
/// (Data/event-patterns.txt, documented in docs/events.md):
/// <list type="bullet">
/// <item>synonym sets ("&amp;CURRENCY" then "+DOLLARS" lines) become word sets "&amp;CURRENCY&lt;TAB&gt;dollars|...";</item>
/// <item>each verb block ("--- KILL [190] ---" with its verbs, one per line) becomes a word set of its
/// verbs and a pattern coding them with the block's code; a verb with its own "[code]" gets its own line;
/// multi-word verbs ("+CLEAR_UP", "KLM_NOP_+RST": the "+" word is the verb) get a context;</item>
/// <item>each pattern ("- * DIPLOMATIC TIES WITH + [064]") becomes a pattern for the block's verbs with
/// that context, PETRARCH's notation kept (see <see cref="PatternContext"/>).</item>
/// </list>
/// PLOVER and ACLED columns come from the CAMEO crosswalk. Irregular verb forms ("{SAYS SAID}") are
/// dropped: Vigil matches lemmas.
/// </summary>
public static partial class PetrarchVerbImporter
{
    public static VerbImport Convert(IEnumerable<string> rawLines, CameoOntology ontology)
    {
        var output = new List<string>();
        var sets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        int verbs = 0, patterns = 0, skipped = 0;
        string? setName = null;
        Block? block = null;
        void FlushBlock()
        {
            if (block is null) return;
            if (block.Verbs.Count > 0)
            {
                output.Add($"&{block.SetName}\t{string.Join('|', block.Verbs.Distinct())}");
                if (block.Code is not null) output.Add(Pattern("&" + block.SetName, block.Code, null, ontology));
            }
            output.AddRange(block.Lines);
            // A block's patterns are for all its verbs: a multi-word verb takes each one with its own words
            // around the trigger ("+BREAK_DOWN" and "- * TREATY [161]": "*_down treaty").
            foreach (var (trigger, verbContext) in block.MultiWordVerbs)
            {
                foreach (var (code, patternContext) in block.Patterns)
                    output.Add(Pattern(trigger, code, MergeContexts(verbContext, patternContext), ontology));
            }
            block = null;
        }
        foreach (var line in WithoutComments(rawLines))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                setName = null;
                continue;
            }
            if (trimmed.StartsWith("---", StringComparison.Ordinal))
            {
                FlushBlock();
                setName = null;
                var name = trimmed.Trim('-', ' ');
                int bracket = name.IndexOf('[');
                var blockName = SetName((bracket >= 0 ? name[..bracket] : name).Trim());
                block = new Block(blockName + "-VERBS", CodeOf(name) is { } blockCode && IsEventCode(blockCode) ? blockCode : null);
                continue;
            }
            if (trimmed.StartsWith('&'))
            {
                setName = SetName(trimmed.Split(' ', '\t')[0]);
                sets[setName] = [];
                continue;
            }
            if (setName is not null && trimmed.StartsWith('+'))
            {
                // A member may be several words, joined by "_" or written with spaces ("+DID N'T", "+AUSTRIAN FLORIN").
                sets[setName].Add(string.Join('_', trimmed[1..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd('_'));
                continue;
            }
            if (block is null) continue;
            if (trimmed.StartsWith('-'))
            {
                var code = CodeOf(trimmed);
                var context = BracketCode().Replace(trimmed[1..], "").Trim();
                if (code is null || !IsEventCode(code) || !context.Contains('*'))
                {
                    skipped++;
                    continue;
                }
                var sanitized = SanitizeSetReferences(context);
                block.Lines.Add(Pattern("&" + block.SetName, code, sanitized, ontology));
                block.Patterns.Add((code, sanitized));
                patterns++;
                continue;
            }
            // A verb line: "KILL", "SAY {SAYS SAID}", "EXPRESS [0110]", "+CLEAR_UP", "KLM_NOP_+RST [002]".
            var verb = Regex.Replace(trimmed, @"\{[^}]*\}", "").Trim();
            string? ownCode = CodeOf(verb);
            verb = BracketCode().Replace(verb, "").Trim().Split(' ', '\t')[0];
            if (verb.Length == 0) continue;
            verbs++;
            var words = verb.TrimStart('+').TrimEnd('_').Split('_', StringSplitOptions.RemoveEmptyEntries);
            int verbIndex = Math.Max(0, Array.FindIndex(words, w => w.StartsWith('+')));
            words = words.Select(w => w.TrimStart('+').ToLowerInvariant()).ToArray();
            if (words.Length == 1 && ownCode is null)
            {
                block.Verbs.Add(words[0]);
                continue;
            }
            if (words.Length == 1)
            {
                block.Verbs.Add(words[0]);
                block.Lines.Add(Pattern(words[0], ownCode!, null, ontology));
                continue;
            }
            // Multi-word verbs are coded by the block's (or their own) code; the block's patterns stay with one-word verbs.
            var context2 = string.Join('_', words[..verbIndex].Append("*").Concat(words[(verbIndex + 1)..]));
            if ((ownCode ?? block.Code) is { } multiCode) block.Lines.Add(Pattern(words[verbIndex], multiCode, context2, ontology));
            block.MultiWordVerbs.Add((words[verbIndex], context2));
        }
        FlushBlock();
        var setLines = sets.Where(s => s.Value.Count > 0).Select(s => $"&{s.Key}\t{string.Join('|', ExpandSet(s.Key, sets, 0).Distinct())}").ToList();
        // A pattern naming a set the dictionary never defines cannot match anything: skip it, and say so.
        var defined = setLines.Concat(output.Where(l => l.StartsWith('&') && l.Count(c => c == '\t') == 1))
            .Select(l => l[1..l.IndexOf('\t')]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        int before = output.Count;
        output.RemoveAll(l => SetReference().Matches(l).Any(m => !defined.Contains(m.Value[1..])));
        return new VerbImport([.. setLines, .. output], verbs, patterns - (before - output.Count), setLines.Count, skipped + before - output.Count);
    }

    private sealed class Block(string setName, string? code)
    {
        public string SetName { get; } = setName;
        public string? Code { get; } = code;
        public List<string> Verbs { get; } = [];
        public List<string> Lines { get; } = [];
        /// <summary>The block's patterns (code, context), for its multi-word verbs.</summary>
        public List<(string Code, string Context)> Patterns { get; } = [];
        /// <summary>Multi-word verbs: the trigger word and its context ("break", "*_down").</summary>
        public List<(string Trigger, string Context)> MultiWordVerbs { get; } = [];
    }

    /// <summary>
    /// A pattern's context with a multi-word verb in place of its trigger: "will not *" for "wire_*" is
    /// "will not wire_*", "* treaty" for "*_down" is "*_down treaty".
    /// </summary>
    private static string MergeContexts(string verbContext, string patternContext)
    {
        int star = patternContext.IndexOf('*');
        return patternContext[..star] + verbContext + patternContext[(star + 1)..];
    }

    /// <summary>
    /// Whether a bracketed code is an event code: CAMEO digits, perhaps with a letter or mark after them
    /// ("174K", "025?"), a pair ("032:033"), or "---" (no event). A code without digits ("+++", "xxy", "###")
    /// is one of the test dictionary's placeholders that codes nothing; its pattern is skipped.
    /// </summary>
    private static bool IsEventCode(string code) => code == "---" || code.Any(char.IsAsciiDigit);

    /// <summary>A pattern line: the PLOVER and ACLED columns from the crosswalk of the (first) CAMEO code.</summary>
    private static string Pattern(string trigger, string code, string? context, CameoOntology ontology)
    {
        var first = code.Split(':')[0];
        var categories = first == "---" ? null : ontology.Categorize(first);
        var columns = new[] { trigger, code, categories?.PloverType, categories?.PloverMode, categories?.AcledType, categories?.AcledSubType };
        var line = string.Join('\t', columns.Select(c => c ?? "-"));
        return context is null ? line : line + "\t" + Regex.Replace(context, @"\s+", " ").ToLowerInvariant();
    }

    /// <summary>The code in the last brackets: "[064]", "[032:033]", "[---]"; null when there is none.</summary>
    private static string? CodeOf(string text)
    {
        var matches = BracketCode().Matches(text);
        if (matches.Count == 0) return null;
        var code = matches[^1].Groups[1].Value.Trim();
        return code.Length == 0 ? null : code;
    }

    /// <summary>Members of a set, with the sets it names expanded ("+&amp;TIETYPES" inside &amp;ACCORDSYN).</summary>
    private static IEnumerable<string> ExpandSet(string name, Dictionary<string, List<string>> sets, int depth)
    {
        foreach (var member in sets.GetValueOrDefault(name) ?? [])
        {
            if (member.StartsWith('&') && depth < 5)
            {
                foreach (var inner in ExpandSet(SetName(member), sets, depth + 1)) yield return inner;
            }
            else yield return member.Replace('_', ' ').ToLowerInvariant();
        }
    }

    /// <summary>"&amp;PREPOSIT1_" → "PREPOSIT1" ("_" joins words in contexts; no set name has one inside).</summary>
    private static string SetName(string raw) => raw.TrimStart('&').TrimEnd('_').Replace('_', '-').Replace(' ', '-');

    private static string SanitizeSetReferences(string context) =>
        SetReference().Replace(context, m => "&" + SetName(m.Value));

    /// <summary>Lines without "#" comments and without "&lt;!-- ... --&gt;" blocks (which may span lines).</summary>
    private static IEnumerable<string> WithoutComments(IEnumerable<string> lines)
    {
        bool inComment = false;
        foreach (var raw in lines)
        {
            var line = new StringBuilder();
            for (int i = 0; i < raw.Length; i++)
            {
                if (inComment)
                {
                    if (string.CompareOrdinal(raw, i, "-->", 0, 3) == 0)
                    {
                        inComment = false;
                        i += 2;
                    }
                    continue;
                }
                if (string.CompareOrdinal(raw, i, "<!--", 0, 4) == 0)
                {
                    inComment = true;
                    i += 3;
                    continue;
                }
                if (raw[i] == '#') break;
                line.Append(raw[i]);
            }
            yield return line.ToString();
        }
    }

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex BracketCode();

    [GeneratedRegex(@"&[A-Za-z0-9\-]+")]
    private static partial Regex SetReference();
}
