namespace Vigil.Events;

/// <summary>What one element of a pattern context stands for.</summary>
public enum ContextElementKind
{
    /// <summary>A word (or one of a word set's members, which may be several words long).</summary>
    Word,
    /// <summary>"+": the actor phrase found here is the event's target.</summary>
    Target,
    /// <summary>"$": the actor phrase found here is the event's source.</summary>
    Source,
    /// <summary>"^": PETRARCH's skip, one phrase passed over ("* iftar in ^ +": the place, then the target).</summary>
    Skip,
}

/// <summary>
/// One element of a context. <see cref="Adjacent"/>: it must come right after the previous element
/// (or the trigger) in reading direction, joined by "_" in the pattern; otherwise other words may come between.
/// </summary>
public sealed record ContextElement(ContextElementKind Kind, IReadOnlyList<string[]> Alternatives, bool Adjacent);

/// <summary>
/// The words around a trigger that a pattern requires, in PETRARCH's notation (the seventh column of
/// event-patterns.txt): "* diplomatic ties with +" is the trigger, then "diplomatic", "ties", "with" in
/// that order (other words may come between), then an actor phrase that becomes the target.
/// "_" joins elements that must be adjacent ("was_*_wounded"), "$" marks the source, "&amp;NAME" a word
/// set defined in the file, "^" one phrase skipped (a preposition with its noun, "with the parliament"),
/// "%" before the trigger a compound subject acting on itself (see <see cref="CompoundSubject"/>;
/// elsewhere it is accepted and ignored).
/// A word matches a token's form or lemma, case-insensitively; a word of five letters or more also
/// matches as a stem ("prepar" matches "preparing"), as PETRARCH's dictionaries expect, unless it ends in "_".
/// </summary>
public sealed class PatternContext
{
    /// <summary>Elements before the trigger, nearest the trigger first.</summary>
    public IReadOnlyList<ContextElement> Before { get; }

    /// <summary>Elements after the trigger, nearest the trigger first.</summary>
    public IReadOnlyList<ContextElement> After { get; }

    /// <summary>How many words the context requires: more words make a more specific pattern.</summary>
    public int WordCount { get; }

    public bool HasTarget => Before.Concat(After).Any(e => e.Kind == ContextElementKind.Target);

    public bool HasSource => Before.Concat(After).Any(e => e.Kind == ContextElementKind.Source);

    /// <summary>
    /// "%" before the trigger ("% have * [191]"): PETRARCH's mark for a compound subject, whose members the
    /// pattern has act on each other ("Gondor and Osgiliath have delayed their meeting").
    /// </summary>
    public bool CompoundSubject { get; private init; }

    /// <summary>
    /// Whether the word is one the context spells out itself ("curfew" in "impose * curfew"): part of the
    /// event's wording, not an actor. Members of a word set ("&amp;CAPTIVE" in "free * &amp;CAPTIVE") may be actors.
    /// </summary>
    public bool Names(string form, string? lemma) => Before.Concat(After).Any(e => e.Kind == ContextElementKind.Word && e.Alternatives.Count == 1
        && e.Alternatives[0] is [var word] && (word.TrimEnd('_').Equals(form, StringComparison.OrdinalIgnoreCase) || word.TrimEnd('_').Equals(lemma, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Whether the word is one of the words the context asks for, alone or among a set ("agreement" in "sign * &amp;ACCORD").</summary>
    public bool Mentions(string form, string? lemma) => Before.Concat(After).Any(e => e.Kind == ContextElementKind.Word
        && e.Alternatives.Any(alternative => alternative is [var word]
            && (word.TrimEnd('_').Equals(form, StringComparison.OrdinalIgnoreCase) || word.TrimEnd('_').Equals(lemma, StringComparison.OrdinalIgnoreCase))));

    private PatternContext(List<ContextElement> before, List<ContextElement> after)
    {
        Before = before;
        After = after;
        WordCount = before.Concat(after).Count(e => e.Kind == ContextElementKind.Word);
    }

    /// <summary>Parses a context; <paramref name="wordSets"/> resolves "&amp;NAME" (members as word arrays).</summary>
    public static PatternContext Parse(string text, IReadOnlyDictionary<string, List<string[]>> wordSets)
    {
        // Tokens with the connector that precedes them: ' ' (gap allowed) or '_' (adjacent).
        var items = new List<(string Text, bool Joined)>();
        bool joined = false;
        var current = new System.Text.StringBuilder();
        void Flush(bool nextJoined)
        {
            if (current.Length > 0) items.Add((current.ToString(), joined));
            else if (joined && !nextJoined && items.Count > 0) items[^1] = (items[^1].Text + "_", items[^1].Joined); // "word_ ": an exact word
            current.Clear();
            joined = nextJoined;
        }
        foreach (char c in text.Trim())
        {
            if (c == ' ') Flush(false);
            else if (c == '_') Flush(true);
            else current.Append(c);
        }
        Flush(false);

        int star = items.FindIndex(i => i.Text == "*");
        if (star < 0) throw new InvalidDataException($"pattern context without the trigger \"*\": {text}");
        var before = new List<ContextElement>();
        for (int i = star - 1; i >= 0; i--)
        {
            // Reading backwards, an element is adjacent when the one after it was joined to it.
            var element = Element(items[i].Text, items[i + 1].Joined, wordSets, text);
            if (element is not null) before.Add(element);
        }
        var after = new List<ContextElement>();
        for (int i = star + 1; i < items.Count; i++)
        {
            var element = Element(items[i].Text, items[i].Joined, wordSets, text);
            if (element is not null) after.Add(element);
        }
        return new PatternContext(before, after) { CompoundSubject = items.Take(star).Any(i => i.Text == "%") };
    }

    private static ContextElement? Element(string item, bool adjacent, IReadOnlyDictionary<string, List<string[]>> wordSets, string text)
    {
        switch (item)
        {
            case "+": return new ContextElement(ContextElementKind.Target, [], adjacent);
            case "$": return new ContextElement(ContextElementKind.Source, [], adjacent);
            case "^": return new ContextElement(ContextElementKind.Skip, [], adjacent);
            case "%" or "*": return null;
        }
        if (item.StartsWith('&'))
        {
            var name = item.TrimEnd('_');
            if (!wordSets.TryGetValue(name, out var members)) throw new InvalidDataException($"pattern context uses undefined word set {name}: {text}");
            return new ContextElement(ContextElementKind.Word, members, adjacent);
        }
        return new ContextElement(ContextElementKind.Word, [[item.ToLowerInvariant()]], adjacent);
    }

    /// <summary>Whether a pattern word matches a token (see the class comment for the stem rule).</summary>
    public static bool WordMatches(string word, string form, string? lemma)
    {
        if (word.EndsWith('_'))
        {
            var exact = word[..^1];
            return form.Equals(exact, StringComparison.OrdinalIgnoreCase) || exact.Equals(lemma, StringComparison.OrdinalIgnoreCase);
        }
        if (form.Equals(word, StringComparison.OrdinalIgnoreCase) || word.Equals(lemma, StringComparison.OrdinalIgnoreCase)) return true;
        return word.Length >= 5 && form.Length <= word.Length + 4 && form.StartsWith(word, StringComparison.OrdinalIgnoreCase);
    }
}
