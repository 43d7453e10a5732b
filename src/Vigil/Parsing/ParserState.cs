namespace Vigil.Parsing;

/// <summary>
/// The configuration of the arc-hybrid transition system over one sentence of n words (0..n-1), with the
/// artificial root at index n, the end of the buffer. Tracks heads, labels and the two outermost
/// children on each side of every word and the labels of all its children (what the feature templates look at).
/// </summary>
internal sealed class ParserState
{
    public const int None = -1;

    public int[] Stack = new int[64];
    public int StackCount;
    public int Buffer;
    public int Length;
    public int[] Heads = new int[65];
    public int[] Labels = new int[65];
    public int[] Left1 = new int[65], Left2 = new int[65], Right1 = new int[65], Right2 = new int[65];
    public int[] LeftCount = new int[65], RightCount = new int[65];
    /// <summary>The labels of each word's left and right children, as bit sets (label mod 64).</summary>
    public ulong[] LeftLabels = new ulong[65], RightLabels = new ulong[65];

    public void Reset(int length)
    {
        Length = length;
        EnsureCapacity(length);
        StackCount = 0;
        Buffer = 0;
        for (int i = 0; i <= length; i++)
        {
            Heads[i] = None;
            Labels[i] = None;
            Left1[i] = Left2[i] = Right1[i] = Right2[i] = None;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
        }
    }

    /// <summary>Makes this state a copy of <paramref name="other"/> (the beam's way of branching).</summary>
    public void CopyFrom(ParserState other)
    {
        int n = other.Length + 1;
        Length = other.Length;
        EnsureCapacity(other.Length);
        StackCount = other.StackCount;
        Buffer = other.Buffer;
        Array.Copy(other.Stack, Stack, other.StackCount);
        Array.Copy(other.Heads, Heads, n);
        Array.Copy(other.Labels, Labels, n);
        Array.Copy(other.Left1, Left1, n); Array.Copy(other.Left2, Left2, n);
        Array.Copy(other.Right1, Right1, n); Array.Copy(other.Right2, Right2, n);
        Array.Copy(other.LeftCount, LeftCount, n); Array.Copy(other.RightCount, RightCount, n);
        Array.Copy(other.LeftLabels, LeftLabels, n); Array.Copy(other.RightLabels, RightLabels, n);
    }

    private void EnsureCapacity(int length)
    {
        if (Heads.Length < length + 1)
        {
            int size = Math.Max(length + 1, Heads.Length * 2);
            Stack = new int[size];
            Heads = new int[size];
            Labels = new int[size];
            Left1 = new int[size]; Left2 = new int[size]; Right1 = new int[size]; Right2 = new int[size];
            LeftCount = new int[size]; RightCount = new int[size];
            LeftLabels = new ulong[size]; RightLabels = new ulong[size];
        }
    }

    public bool IsTerminal => Buffer == Length && StackCount == 0;

    public int S0 => StackCount > 0 ? Stack[StackCount - 1] : None;
    public int S1 => StackCount > 1 ? Stack[StackCount - 2] : None;
    public int S2 => StackCount > 2 ? Stack[StackCount - 3] : None;

    public bool CanShift => Buffer < Length;
    public bool CanLeft => StackCount > 0;
    public bool CanRight => StackCount > 1;

    public void Shift() => Stack[StackCount++] = Buffer++;

    /// <summary>s0 becomes a dependent of the first buffer word (or of the root).</summary>
    public void Left(int label) => AddArc(Buffer, Stack[--StackCount], label);

    /// <summary>s0 becomes a dependent of s1.</summary>
    public void Right(int label)
    {
        int dependent = Stack[--StackCount];
        AddArc(Stack[StackCount - 1], dependent, label);
    }

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        if (dependent < head)
        {
            // Keep the two outermost children on each side (leftmost, second leftmost; likewise right).
            if (Left1[head] == None || dependent < Left1[head]) { Left2[head] = Left1[head]; Left1[head] = dependent; }
            else if (Left2[head] == None || dependent < Left2[head]) Left2[head] = dependent;
            LeftCount[head]++;
            LeftLabels[head] |= 1UL << (label & 63);
        }
        else
        {
            if (Right1[head] == None || dependent > Right1[head]) { Right2[head] = Right1[head]; Right1[head] = dependent; }
            else if (Right2[head] == None || dependent > Right2[head]) Right2[head] = dependent;
            RightCount[head]++;
            RightLabels[head] |= 1UL << (label & 63);
        }
    }
}
