using Vigil.Documents;
using Vigil.Places;

namespace Vigil.Evaluation;

/// <summary>Event precision, recall and F1, and field accuracy (place within 25 km, date, fatalities) over matched events whose gold gives the field.</summary>
public sealed record EventScores(F1Score Events, double PlaceAccuracy, double DateAccuracy, double FatalitiesAccuracy, int Matched);

/// <summary>
/// Matches system events to gold events: same sentence, same CAMEO root, and each expected actor's words
/// found in the system actor's text or in a mention of the entity the actor is linked to ("The brigade" linked to
/// the "444 Combat Brigade" named before, "its teams" to "Medecins Sans Frontieres (MSF)"; a null expected actor accepts anything). One-to-one. Only factual
/// events (asserted or reported) count as system events.
/// </summary>
public sealed class EventScorer
{
    private int _correct, _system, _gold, _placeRight, _dateRight, _fatalRight, _placeKnown, _dateKnown, _fatalKnown;
    private readonly List<string> _misses = [];

    /// <summary>
    /// One line per gold event not found ("missed"), system event matching no gold ("spurious") and
    /// matched event with a wrong field ("place", "date", "fatalities"): article, sentence, code, actors.
    /// </summary>
    public IReadOnlyList<string> Misses => _misses;

    public void Add(GoldArticle gold, Document document)
    {
        // (Requests count as made, whatever they ask for; one not made, "didn't ask", does not.)
        var system = document.Events.Where(e => Modalities.IsFactual(e.Modality) || e.Plover.Type == "REQUEST" && e.Modality != Modalities.Negated).ToList();
        _system += system.Count;
        _gold += gold.Events.Count;
        var used = new bool[system.Count];
        foreach (var g in gold.Events)
        {
            int sentence = g.Sentence >= 0 ? g.Sentence : SentenceContaining(document, g.Evidence!);
            int found = -1;
            for (int i = 0; i < system.Count && found < 0; i++)
            {
                var e = system[i];
                if (used[i] || e.Sentence != sentence || !e.Cameo.StartsWith(g.CameoRoot, StringComparison.Ordinal)) continue;
                if (ActorMatches(document, g.Actor1, e.Actor1) && ActorMatches(document, g.Actor2, e.Actor2)) found = i;
            }
            string goldLine = $"{gold.Name}\t{sentence}\t{g.CameoRoot}\t{g.Actor1 ?? "-"}\t{g.Actor2 ?? "-"}";
            if (found < 0)
            {
                _misses.Add($"missed\t{goldLine}");
                continue;
            }
            used[found] = true;
            _correct++;
            var match = system[found];
            // Each field is scored where the gold gives it.
            if (g.Lat is not null)
            {
                _placeKnown++;
                if (PlaceRight(g, match)) _placeRight++;
                else _misses.Add($"place\t{goldLine}\t{match.Place?.Text ?? "-"}");
            }
            if (g.Date is not null)
            {
                _dateKnown++;
                if (g.Date == match.Date?.Value) _dateRight++;
                else _misses.Add($"date\t{goldLine}\t{g.Date} vs {match.Date?.Value ?? "-"}");
            }
            if (g.Fatalities is not null)
            {
                _fatalKnown++;
                if (g.Fatalities == match.Fatalities?.Min) _fatalRight++;
                else _misses.Add($"fatalities\t{goldLine}\t{g.Fatalities} vs {match.Fatalities?.Min.ToString() ?? "-"}");
            }
        }
        for (int i = 0; i < system.Count; i++)
        {
            var e = system[i];
            if (!used[i]) _misses.Add($"spurious\t{gold.Name}\t{e.Sentence}\t{e.Cameo}\t{e.Actor1?.Text ?? "-"}\t{e.Actor2?.Text ?? "-"}\t{e.Trigger.Text}");
        }
    }

    /// <summary>The index of the sentence whose text contains the evidence phrase, or -1 (the event then cannot match).</summary>
    private static int SentenceContaining(Document document, string evidence)
    {
        int at = document.Text.IndexOf(evidence, StringComparison.Ordinal);
        return at < 0 ? -1 : document.SentenceAt(at);
    }

    private static bool ActorMatches(Document document, string? expected, EventActor? actor) =>
        expected is null || actor is not null && (actor.Text.Contains(expected, StringComparison.OrdinalIgnoreCase)
                                                   || actor.Entity is { } id && document.Entities.FirstOrDefault(e => e.Id == id) is { } entity
                                                   && entity.Mentions.Any(m => m.Text.Contains(expected, StringComparison.OrdinalIgnoreCase)));

    private static bool PlaceRight(GoldEvent g, Event e)
    {
        if (e.Place?.Lat is null || e.Place.Lon is null) return false;
        return GreatCircle.DistanceKm(g.Lat!.Value, g.Lon!.Value, e.Place.Lat.Value, e.Place.Lon.Value) <= 25;
    }

    public EventScores Result()
    {
        static double Pct(int n, int d) => d == 0 ? 0 : 100.0 * n / d;
        return new EventScores(new F1Score(_correct, _system, _gold), Pct(_placeRight, _placeKnown), Pct(_dateRight, _dateKnown),
            Pct(_fatalRight, _fatalKnown), _correct);
    }
}
