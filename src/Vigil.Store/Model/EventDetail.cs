namespace Vigil.Store.Model;

/// <summary>One merged event with every report that supports it and the fields on which reports disagree.</summary>
public sealed record EventDetail(
    MergedEvent Event,
    IReadOnlyList<ReportEvent> Reports,
    IReadOnlyList<StoredDocument> Documents,
    IReadOnlyList<Disagreement> Disagreements);

/// <summary>A field on which reports give different values, each value with the reports that give it.</summary>
public sealed record Disagreement(string Field, IReadOnlyList<ReportedValue> Values);

/// <summary>One value of a disputed field and who reports it.</summary>
public sealed record ReportedValue(string Value, IReadOnlyList<string> Sources, IReadOnlyList<string> DocumentIds);
