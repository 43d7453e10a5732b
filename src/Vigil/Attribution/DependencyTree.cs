using Vigil.Documents;

namespace Vigil.Attribution;

/// <summary>Children lists and subtree extents over a parsed document's tokens.</summary>
internal sealed class DependencyTree
{
    private readonly Token[] _tokens;
    private readonly List<int>[] _children;

    public DependencyTree(Token[] tokens)
    {
        _tokens = tokens;
        _children = new List<int>[tokens.Length];
        for (int i = 0; i < tokens.Length; i++) _children[i] = [];
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Head >= 0) _children[tokens[i].Head].Add(i);
        }
    }

    public IReadOnlyList<int> Children(int head) => _children[head];

    /// <summary>The first child with one of the relations (subtypes included: "nsubj" matches "nsubj:pass"), or -1.</summary>
    public int Child(int head, params ReadOnlySpan<string> relations)
    {
        foreach (var c in _children[head])
        {
            var rel = _tokens[c].DepRel ?? "";
            foreach (var r in relations)
            {
                if (rel == r || rel.StartsWith(r + ":", StringComparison.Ordinal)) return c;
            }
        }
        return -1;
    }

    /// <summary>Whether <paramref name="word"/> is <paramref name="ancestor"/> or hangs under it.</summary>
    public bool Dominates(int ancestor, int word)
    {
        for (int t = word; t >= 0; t = _tokens[t].Head)
        {
            if (t == ancestor) return true;
        }
        return false;
    }

    /// <summary>The first and last token of a word's subtree, optionally without one child's subtree at its edge.</summary>
    public (int First, int Last) Subtree(int head, int exclude = -1)
    {
        int first = head, last = head;
        var stack = new Stack<int>();
        stack.Push(head);
        while (stack.Count > 0)
        {
            int node = stack.Pop();
            first = Math.Min(first, node);
            last = Math.Max(last, node);
            foreach (var c in _children[node])
            {
                if (c != exclude) stack.Push(c);
            }
        }
        if (exclude >= 0)
        {
            var (exFirst, exLast) = Subtree(exclude);
            // Cut the excluded part off whichever end it sits at (a cue in the middle keeps the longer side).
            if (exFirst <= first + 1 || exFirst - first < last - exLast) first = Math.Max(first, exLast + 1);
            else last = Math.Min(last, exFirst - 1);
        }
        return (first, last);
    }
}
