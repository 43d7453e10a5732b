using System.Reflection;

namespace Vigil.Tokenization;

/// <summary>
/// The language knowledge the tokenizer and sentence splitter use, loaded from the data files beside
/// this code (embedded resources): abbreviations, words split into syntactic parts, sentence starters.
/// </summary>
public sealed class TokenizerLexicon
{
    private readonly HashSet<string> _abbreviations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _splitWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _sentenceStarters = new(StringComparer.Ordinal);
    private readonly HashSet<string> _emoticons = new(StringComparer.Ordinal);
    private readonly HashSet<string> _hyphenPrefixes = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _hyphenatedWords = new(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<TokenizerLexicon> Embedded = new(LoadEmbedded);

    public static TokenizerLexicon Default => Embedded.Value;

    public IReadOnlyDictionary<string, int[]> SplitWords => _splitWords;

    /// <summary>True for a listed abbreviation ("Gen.", "Inc."); the text includes the final period.</summary>
    public bool IsListedAbbreviation(ReadOnlySpan<char> word) =>
        _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for abbreviations that precede a name and so never end a sentence ("Gen.", "Jan.").</summary>
    public bool IsTitle(ReadOnlySpan<char> word) => _titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>True for a prefix that keeps its hyphen inside the word ("e" of "e-mail").</summary>
    public bool IsHyphenPrefix(ReadOnlySpan<char> prefix) => _hyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(prefix);

    /// <summary>True for a hyphenated word kept whole ("sit-in"), or its plural ("sit-ins").</summary>
    public bool IsHyphenatedWord(ReadOnlySpan<char> word)
    {
        var lookup = _hyphenatedWords.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word) || (word.Length > 1 && (word[^1] is 's' or 'S') && lookup.Contains(word[..^1]));
    }

    public bool IsEmoticon(ReadOnlySpan<char> chunk) => _emoticons.GetAlternateLookup<ReadOnlySpan<char>>().Contains(chunk);

    public bool IsSentenceStarter(ReadOnlySpan<char> word) =>
        _sentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The lengths of the parts a word is split into ("cannot" → 3, 3), or null.</summary>
    public int[]? SplitOf(ReadOnlySpan<char> word)
    {
        if (word.Length > 10) return null;
        Span<char> normalized = stackalloc char[word.Length];
        for (int i = 0; i < word.Length; i++) normalized[i] = word[i] == '’' ? '\'' : word[i];
        return _splitWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(normalized, out var parts) ? parts : null;
    }

    public static TokenizerLexicon FromLines(IEnumerable<string> abbreviations, IEnumerable<string> splitWords,
        IEnumerable<string> sentenceStarters, IEnumerable<string>? emoticons = null, IEnumerable<string>? hyphenPrefixes = null,
        IEnumerable<string>? hyphenatedWords = null)
    {
        var lexicon = new TokenizerLexicon();
        foreach (var line in DataLines(abbreviations))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            lexicon._abbreviations.Add(parts[0]);
            if (parts.Length > 1 && parts[1] == "!title") lexicon._titles.Add(parts[0]);
        }
        foreach (var line in DataLines(splitWords))
        {
            var fields = line.Split('\t');
            var lengths = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
            if (lengths.Sum() != fields[0].Length) throw new InvalidDataException($"clitics.txt: parts of '{fields[0]}' do not add up to its length");
            lexicon._splitWords[fields[0]] = lengths;
        }
        foreach (var line in DataLines(sentenceStarters)) lexicon._sentenceStarters.Add(line);
        foreach (var line in DataLines(emoticons ?? [])) lexicon._emoticons.Add(line);
        foreach (var line in DataLines(hyphenPrefixes ?? [])) lexicon._hyphenPrefixes.Add(line);
        foreach (var line in DataLines(hyphenatedWords ?? [])) lexicon._hyphenatedWords.Add(line);
        return lexicon;
    }

    private static IEnumerable<string> DataLines(IEnumerable<string> lines) =>
        lines.Select(l => l.TrimEnd()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    private static TokenizerLexicon LoadEmbedded() => FromLines(
        ReadResource("abbreviations.txt"), ReadResource("clitics.txt"), ReadResource("sentence-starters.txt"),
        ReadResource("emoticons.txt"), ReadResource("hyphen-prefixes.txt"),
        ReadResource("hyphenated-words.txt"));

    private static IEnumerable<string> ReadResource(string name)
    {
        var assembly = typeof(TokenizerLexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Vigil.Tokenization.Data.{name}")
                           ?? throw new InvalidOperationException($"missing embedded resource {name}");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }
}
