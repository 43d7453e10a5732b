using Vigil.Documents;
using Vigil.Events;
using Vigil.Pipeline;

namespace Vigil.Evaluation;

/// <summary>A record Vigil did not reproduce exactly: what it expected and what Vigil coded.</summary>
public sealed record PetrarchMiss(PetrarchRecord Record, IReadOnlyList<CodedTriple> Coded, Document Document);

/// <summary>How many records Vigil codes exactly as expected, and at the CAMEO root.</summary>
public sealed record PetrarchScore(int Records, int Exact, int Root, IReadOnlyList<PetrarchMiss> Misses)
{
    public double ExactPercent => Records == 0 ? 0 : 100.0 * Exact / Records;
    public double RootPercent => Records == 0 ? 0 : 100.0 * Root / Records;
}

/// <summary>
/// Runs Vigil's coder over PETRARCH's validation records and compares triples. A record counts as exact
/// when the set of (source, target, code) triples Vigil codes equals the expected set (an empty set for
/// records that expect no event), and at the root when the sets agree with codes cut to two digits.
/// As PETRARCH does by default, only events with both a source and a target are coded (records under a
/// "require_dyad" option set to false code one-sided events too, the missing side "---"); negation is
/// the patterns' business there ("did n't * " codes its own event), so negated events count too.
/// </summary>
public static class PetrarchValidation
{
    public static PetrarchScore Run(IEnumerable<PetrarchRecord> records, VigilPipeline coder, DiscardList discards)
    {
        int count = 0, exact = 0, root = 0;
        var misses = new List<PetrarchMiss>();
        foreach (var record in records)
        {
            count++;
            var document = new Document(record.Text) { Published = record.Date };
            var coded = Code(document, coder, discards, record.RequireDyad, record.NewActorLength);
            var expected = record.Expected.ToHashSet();
            if (expected.SetEquals(coded)) exact++;
            else misses.Add(new PetrarchMiss(record, coded, document));
            if (expected.Select(t => t.AtRoot()).ToHashSet().SetEquals(coded.Select(t => t.AtRoot()))) root++;
        }
        return new PetrarchScore(count, exact, root, misses);
    }

    /// <summary>
    /// PETRARCH's code for an event's side: a role without a country as "---GOV"; with "new_actor_length"
    /// above 0, a phrase no dictionary codes, of at most that many words, by its words (null: uncoded).
    /// </summary>
    private static string? PetrarchCode(EventActor? actor, int newActorLength)
    {
        if (actor?.Code is { } code) return Actors.SectorCodes.RolesOnly(code) ? "---" + code : code;
        if (newActorLength <= 0 || string.IsNullOrWhiteSpace(actor?.Text)) return null;
        // ("Gryffindor's head Minerva McGonagall": PETRARCH's noun phrase words, the possessive marker apart.)
        var words = actor.Text.Replace("’", "'", StringComparison.Ordinal).Replace("'s", " ", StringComparison.OrdinalIgnoreCase)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= newActorLength ? "\"" + string.Join(' ', words).ToUpperInvariant() + "\"" : null;
    }

    private static List<CodedTriple> Code(Document document, VigilPipeline coder, DiscardList discards, bool requireDyad, int newActorLength)
    {
        coder.Process(document);
        if (discards.Discards(document.Tokens.Select(t => t.Form).ToList())) return [];
        // (Without "require_dyad", one side is enough; the other is written "---".)
        return document.Events
            .Select(e => (Source: PetrarchCode(e.Actor1, newActorLength), Target: PetrarchCode(e.Actor2, newActorLength), e.Cameo))
            .Where(e => requireDyad ? e.Source is not null && e.Target is not null : e.Source is not null || e.Target is not null)
            .Select(e => new CodedTriple(e.Source ?? "---", e.Target ?? "---", e.Cameo))
            .Distinct()
            .ToList();
    }
}
