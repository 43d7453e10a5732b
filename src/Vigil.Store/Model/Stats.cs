namespace Vigil.Store.Model;

/// <summary>Number of merged events on one day (yyyy-MM-dd).</summary>
public sealed record DayCount
{
    public required string Day { get; init; }
    public long Events { get; init; }
}

/// <summary>Number of merged events in one country (ISO alpha-2), with their conservative fatality total.</summary>
public sealed record CountryCount
{
    public required string Country { get; init; }
    public long Events { get; init; }
    public long Fatalities { get; init; }
}

/// <summary>Sizes of the whole store.</summary>
public sealed record StoreTotals
{
    public long Documents { get; init; }
    public long Stories { get; init; }
    public long Reports { get; init; }
    public long Events { get; init; }
}
