using System.Diagnostics;
using System.Text;
using Vigil.Documents;
using Vigil.Store.Filters;
using Vigil.Store.Storage;

namespace Vigil.StoreBench;

/// <summary>
/// Fills a store with synthetic reports whose events are already coded (as the pipeline would code them),
/// until it holds the requested number of merged events: real towns, dates over six years, CAMEO/PLOVER/ACLED
/// types, actor codes and death counts. Goes through <see cref="IEventStore.Ingest"/>, so story linking and
/// merging run as in a real ingest.
/// </summary>
public static class SeedCommand
{
    private sealed record Kind(string Verb, string Cameo, string Plover, string? AcledType, string? AcledSub);

    private static readonly Kind[] Kinds =
    [
        new("attacked", "190", "ASSAULT", "Violence against civilians", "Attack"),
        new("clashed with", "193", "ASSAULT", "Battles", "Armed clash"),
        new("shelled", "195", "ASSAULT", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        new("protested against", "141", "PROTEST", "Protests", "Peaceful protest"),
        new("rioted against", "145", "PROTEST", "Riots", "Violent demonstration"),
        new("arrested", "173", "COERCE", "Strategic developments", "Arrests"),
        new("threatened", "138", "THREATEN", null, null),
        new("accused", "112", "ACCUSE", null, null),
        new("met with", "040", "CONSULT", null, null),
    ];

    private static readonly (string Name, string Sector)[] Actors =
    [
        ("soldiers", "MIL"), ("police", "COP"), ("rebels", "REB"), ("protesters", "CVL"), ("gunmen", "UAF"),
        ("the government", "GOV"), ("a gang", "CRM"), ("villagers", "CVL"), ("opposition supporters", "OPP"),
    ];

    public static int Run(IEventStore store, long targetEvents, string geonames, int eventsPerDocument, int seed)
    {
        var random = new Random(seed);
        var cities = City.Load(geonames, 15_000);
        var countries = Vigil.Store.Export.ReferenceData.CountryOf;
        var clock = Stopwatch.StartNew();
        long documents = 0, events = store.CountEvents(EventFilter.All);
        while (events < targetEvents)
        {
            var document = Report(random, cities, eventsPerDocument, documents, c => countries(c)?.Iso3 ?? "XXX");
            var outcome = store.Ingest(document);
            events += outcome.NewEvents;
            documents++;
            if (documents % 2000 == 0)
                Console.Error.WriteLine($"{documents} documents, {events} events, {documents / clock.Elapsed.TotalSeconds:0} documents/s");
        }
        Console.WriteLine($"seeded {documents} documents, {events} events into {store.Description} in {clock.Elapsed.TotalSeconds:0.0} s " +
                          $"({documents / clock.Elapsed.TotalSeconds:0.0} documents/s, {events / clock.Elapsed.TotalSeconds:0.0} events/s)");
        return 0;
    }

    private static Document Report(Random random, List<City> cities, int count, long serial, Func<string, string> iso3)
    {
        var text = new StringBuilder($"Report {serial}. ");
        var pending = new List<Func<Document, Event>>();
        var places = new List<Place>();
        for (int i = 0; i < count; i++)
        {
            var city = cities[random.Next(cities.Count)];
            var kind = Kinds[random.Next(Kinds.Length)];
            var actor = Actors[random.Next(Actors.Length)];
            var target = Actors[random.Next(Actors.Length)];
            var date = new DateOnly(2020, 1, 1).AddDays(random.Next(6 * 365));
            int dead = kind.Plover == "ASSAULT" ? random.Next(0, 15) : 0;
            int a1 = text.Length;
            text.Append(char.ToUpperInvariant(actor.Name[0])).Append(actor.Name[1..]);
            int a1End = text.Length;
            text.Append(' ');
            int trigger = text.Length;
            text.Append(kind.Verb);
            int triggerEnd = text.Length;
            text.Append(' ');
            int a2 = text.Length;
            text.Append(target.Name);
            int a2End = text.Length;
            text.Append(" in ");
            int place = text.Length;
            text.Append(city.Name);
            int placeEnd = text.Length;
            var dateWords = $"on {date:MMMM d, yyyy}";
            text.Append(' ').Append(dateWords);
            var deadWords = $"killing {dead}";
            if (dead > 0) text.Append(", ").Append(deadWords);
            text.Append(". ");
            var code = iso3(city.Country);
            int index = i;
            places.Add(new Place { Start = place, End = placeEnd, Text = city.Name, Name = city.Name, GeonamesId = city.GeonamesId,
                Lat = city.Lat, Lon = city.Lon, Country = city.Country, Admin1 = city.Admin1, Feature = "PPL", Score = 0.9 });
            pending.Add(_ => new Event
            {
                Id = $"V{index + 1}", Sentence = index + 1, Trigger = new SpanRef(trigger, triggerEnd, kind.Verb), Cameo = kind.Cameo,
                Plover = new PloverCode(kind.Plover, null), Acled = kind.AcledType is null ? null : new AcledCode(kind.AcledType, kind.AcledSub),
                Actor1 = new EventActor(a1, a1End, actor.Name, null, code + actor.Sector, code, actor.Sector),
                Actor2 = new EventActor(a2, a2End, target.Name, null, code + target.Sector, code, target.Sector),
                Place = new EventPlace(place, placeEnd, city.Name, city.GeonamesId, city.Lat, city.Lon, "town"),
                Date = new EventDate(date.ToString("yyyy-MM-dd"), "day", dateWords),
                Fatalities = dead > 0 ? new CasualtyCount(dead, dead, deadWords, false) : null,
                Confidence = 0.8,
            });
        }
        var document = new Document(text.ToString().TrimEnd()) { Source = $"Outlet {random.Next(40)}", Published = new DateOnly(2026, 1, 1) };
        int start = 0;
        foreach (var part in document.Text.Split(". "))
        {
            int end = Math.Min(document.Text.Length, start + part.Length + 1);
            document.Sentences.Add(new Sentence(start, end, 0, 0));
            start = end + 1;
        }
        document.Places.AddRange(places);
        foreach (var make in pending) document.Events.Add(make(document));
        return document;
    }
}
