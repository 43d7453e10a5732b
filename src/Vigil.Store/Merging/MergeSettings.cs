namespace Vigil.Store.Merging;

/// <summary>How close two reports' events must be to count as one event.</summary>
public sealed record MergeSettings
{
    public static readonly MergeSettings Default = new();

    /// <summary>Town-level places within this distance can be the same event (village vs nearby town names).</summary>
    public double RadiusKm { get; init; } = 50;

    /// <summary>Admin1-level places are centroids; a region-sized radius applies when either place is that coarse.</summary>
    public double RegionRadiusKm { get; init; } = 250;

    /// <summary>Days allowed between the two events' date intervals (reports say "Monday" vs "on Tuesday night").</summary>
    public int SlackDays { get; init; } = 1;

    /// <summary>Independent pieces of agreement (date, place, actor codes; same story counts double) needed to merge.</summary>
    public int MinimumEvidence { get; init; } = 2;
}
