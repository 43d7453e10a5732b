using Vigil.Documents;

namespace Vigil.Evaluation;

/// <summary>Event precision, recall and F1, and field accuracy (place within 25 km, date, fatalities) over matched events whose gold gives the field.</summary>
public sealed record EventScores(F1Score Events, double PlaceAccuracy, double DateAccuracy, double FatalitiesAccuracy, int Matched);

/// <summary>
/// Matches system events to gold events: same sentence, same CAMEO root, and each expected actor's words
/// found in the system actor's text (a null expected actor accepts anything). One-to-one. Only factual
/// events (asserted or reported) count as system events.
/// </summary>
public sealed class EventScorer
{
    private int _correct, _system, _gold, _placeRight, _dateRight, _fatalRight, _placeKnown, _dateKnown, _fatalKnown;

    public void Add(GoldArticle gold, Document document)
    {
        var system = document.Events.Where(e => Modalities.IsFactual(e.Modality) || e.Plover.Type == "REQUEST").ToList();
        _system += system.Count;
        _gold += gold.Events.Count;
        var used = new bool[system.Count];
        foreach (var g in gold.Events)
        {
            int sentence = g.Sentence >= 0 ? g.Sentence : SentenceContaining(document, g.Evidence!);
            for (int i = 0; i < system.Count; i++)
            {
                var e = system[i];
                if (used[i] || e.Sentence != sentence || !e.Cameo.StartsWith(g.CameoRoot, StringComparison.Ordinal)) continue;
                if (!ActorMatches(g.Actor1, e.Actor1) || !ActorMatches(g.Actor2, e.Actor2)) continue;
                used[i] = true;
                _correct++;
                // Each field is scored where the gold gives it.
                if (g.Lat is not null) { _placeKnown++; if (PlaceRight(g, e)) _placeRight++; }
                if (g.Date is not null) { _dateKnown++; if (g.Date == e.Date?.Value) _dateRight++; }
                if (g.Fatalities is not null) { _fatalKnown++; if (g.Fatalities == e.Fatalities?.Min) _fatalRight++; }
                break;
            }
        }
    }

    /// <summary>The index of the sentence whose text contains the evidence phrase, or -1 (the event then cannot match).</summary>
    private static int SentenceContaining(Document document, string evidence)
    {
        int at = document.Text.IndexOf(evidence, StringComparison.Ordinal);
        return at < 0 ? -1 : document.SentenceAt(at);
    }

    private static bool ActorMatches(string? expected, EventActor? actor) =>
        expected is null || actor is not null && actor.Text.Contains(expected, StringComparison.OrdinalIgnoreCase);

    private static bool PlaceRight(GoldEvent g, Event e)
    {
        if (e.Place?.Lat is null || e.Place.Lon is null) return false;
        return GeoScorer.DistanceKm(g.Lat!.Value, g.Lon!.Value, e.Place.Lat.Value, e.Place.Lon.Value) <= 25;
    }

    public EventScores Result()
    {
        static double Pct(int n, int d) => d == 0 ? 0 : 100.0 * n / d;
        return new EventScores(new F1Score(_correct, _system, _gold), Pct(_placeRight, _placeKnown), Pct(_dateRight, _dateKnown),
            Pct(_fatalRight, _fatalKnown), _correct);
    }
}
