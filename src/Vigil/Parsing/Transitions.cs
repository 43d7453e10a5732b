namespace Vigil.Parsing;

/// <summary>
/// Action numbering of the labelled arc-hybrid system: 0 is SHIFT, 1..L are LEFT with each dependency
/// relation, L+1..2L are RIGHT with each relation.
/// </summary>
internal readonly struct Transitions(string[] relations)
{
    public readonly string[] Relations = relations;

    public int Count => 1 + 2 * Relations.Length;

    public const int Shift = 0;

    public int Left(int relation) => 1 + relation;

    public int Right(int relation) => 1 + Relations.Length + relation;

    public bool IsLeft(int action) => action >= 1 && action <= Relations.Length;

    public bool IsRight(int action) => action > Relations.Length;

    public int RelationOf(int action) => IsLeft(action) ? action - 1 : action - 1 - Relations.Length;

    public bool IsValid(int action, ParserState state) =>
        action == Shift ? state.CanShift : IsLeft(action) ? state.CanLeft : state.CanRight;

    public void Apply(int action, ParserState state)
    {
        if (action == Shift) state.Shift();
        else if (IsLeft(action)) state.Left(RelationOf(action));
        else state.Right(RelationOf(action));
    }

    public string[] ActionNames() =>
        ["SHIFT", .. Relations.Select(r => "L:" + r), .. Relations.Select(r => "R:" + r)];

    public static string[] RelationsFromActionNames(string[] names) =>
        names.Where(n => n.StartsWith("L:", StringComparison.Ordinal)).Select(n => n[2..]).ToArray();
}
