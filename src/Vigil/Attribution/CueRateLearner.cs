using System.Globalization;
using Vigil.Documents;

namespace Vigil.Attribution;

/// <summary>
/// Learns which verbs introduce attributions from an annotated corpus (PolNeAR): for every verb that
/// is shaped like a cue (a subject, and a clause, an object or a parenthetical to report), how often it
/// lies inside a gold cue span. Verbs that are cues often enough become cue words, written as
/// models/attribution-cues.txt ("lemma, rate, count"): a data file a user can read and edit.
/// </summary>
public sealed class CueRateLearner
{
    private readonly Dictionary<string, (int Cues, int Total)> _counts = new(StringComparer.Ordinal);

    /// <summary>Counts one parsed article against its gold cue spans (character ranges).</summary>
    public void Add(Document document, IEnumerable<(int Start, int End)> goldCues)
    {
        var cues = goldCues.ToList();
        var tokens = document.Tokens;
        if (tokens.Length == 0 || tokens[0].Upos is null) return;
        var tree = new DependencyTree(tokens);
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Upos is not "VERB" || tokens[i].Lemma is not { } lemma || !IsCueShaped(tree, tokens, i)) continue;
            bool inCue = cues.Any(c => c.Start <= tokens[i].Start && tokens[i].End <= c.End);
            var (hits, total) = _counts.GetValueOrDefault(lemma.ToLowerInvariant());
            _counts[lemma.ToLowerInvariant()] = (hits + (inCue ? 1 : 0), total + 1);
        }
    }

    /// <summary>A verb with a subject and something to report: a clause, an infinitive, an object, or a host clause.</summary>
    internal static bool IsCueShaped(DependencyTree tree, Token[] tokens, int verb) =>
        tree.Child(verb, "nsubj") >= 0 && (tree.Child(verb, "ccomp", "xcomp", "obj") >= 0 || tokens[verb].DepRel == "parataxis");

    /// <summary>The verbs seen at least <paramref name="minCount"/> times whose cue rate is at least <paramref name="minRate"/>.</summary>
    public IEnumerable<(string Lemma, double Rate, int Count)> Cues(double minRate, int minCount) =>
        _counts.Where(p => p.Value.Total >= minCount && (double)p.Value.Cues / p.Value.Total >= minRate)
            .Select(p => (p.Key, (double)p.Value.Cues / p.Value.Total, p.Value.Total))
            .OrderByDescending(c => c.Item2).ThenBy(c => c.Key, StringComparer.Ordinal);

    public static void Write(TextWriter writer, IEnumerable<(string Lemma, double Rate, int Count)> cues, string source)
    {
        writer.WriteLine("# Attribution cue verbs learned by `vigil train attribution` from " + source + ".");
        writer.WriteLine("# lemma<TAB>share of its cue-shaped uses (subject + clause or object) inside a gold cue<TAB>uses seen.");
        writer.WriteLine("# Added to the built-in src/Vigil/Attribution/Data/cue-words.txt; edit or delete lines freely.");
        foreach (var (lemma, rate, count) in cues)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lemma}\t{rate:F2}\t{count}"));
    }

    /// <summary>The lemmas of a cue file (first column; comments and blank lines skipped).</summary>
    public static IEnumerable<string> ReadLemmas(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[0]);
}
