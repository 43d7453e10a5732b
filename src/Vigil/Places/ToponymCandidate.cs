namespace Vigil.Places;

/// <summary>What the context says about a name: nothing, a town ("the town of X"), or a region ("X state").</summary>
public enum PlaceCue { None, Locative, Town, Region, Dateline }

/// <summary>A span of text that names a place, with the gazetteer entries it could be.</summary>
public sealed record ToponymCandidate(int Start, int End, string Text, int[] Entries, bool IsDemonym, PlaceCue Cue, int Sentence);
