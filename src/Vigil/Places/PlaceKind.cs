namespace Vigil.Places;

/// <summary>What a gazetteer entry is, coarsely: it decides the precision of an event's place.</summary>
public enum PlaceKind : byte
{
    Town = 0,
    Admin2 = 1,
    Admin1 = 2,
    Country = 3,
}
