using Vigil.Store.Filters;
using Vigil.Store.Model;
using Vigil.Store.Storage;

namespace Vigil.Tests.Store;

/// <summary>
/// The store's behaviour, run against every backend (<see cref="TestStores.Kinds"/>): idempotence, story
/// linking of wire copies, cross-report merging with disagreements kept, what must not merge, filters,
/// paging, statistics, evidence, transactions and migrations.
/// </summary>
public class EventStoreSuite
{
    public static IEnumerable<object[]> Kinds => TestStores.Kinds();

    [Theory, MemberData(nameof(Kinds))]
    public void Reingesting_the_same_document_changes_nothing(string kind)
    {
        using var db = TestStores.Create(kind);
        var first = db.Store.Ingest(Reports.Wire("Associated Press"));
        var totals = db.Store.Totals();
        var again = db.Store.Ingest(Reports.Wire("Associated Press"));

        Assert.Equal(IngestStatus.Stored, first.Status);
        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal(totals, db.Store.Totals());
        Assert.Equal(new StoreTotals { Documents = 1, Stories = 1, Reports = 1, Events = 1 }, totals);
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Wire_copies_are_one_story_counted_once_with_every_outlet_kept(string kind)
    {
        using var db = TestStores.Create(kind);
        var original = db.Store.Ingest(Reports.Wire("Associated Press"));
        var copy1 = db.Store.Ingest(Reports.Wire("Houston Chronicle", variant: 1));
        var copy2 = db.Store.Ingest(Reports.Wire("Fox News", variant: 2));

        Assert.True(original.NewStory);
        Assert.False(copy1.NewStory);
        Assert.False(copy2.NewStory);
        Assert.Equal(original.StoryId, copy1.StoryId);
        Assert.Equal(original.StoryId, copy2.StoryId);

        var e = Assert.Single(db.Store.QueryEvents(EventFilter.All, 0, 10));
        Assert.Equal(3, e.NumReports);
        Assert.Equal(1, e.NumStories);
        Assert.Equal(3, e.NumSources);
        Assert.Equal("Associated Press; Houston Chronicle; Fox News", e.Sources);
        Assert.Equal(new StoreTotals { Documents = 3, Stories = 1, Reports = 3, Events = 1 }, db.Store.Totals());
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Independent_reports_of_one_event_merge_and_keep_their_disagreement(string kind)
    {
        using var db = TestStores.Create(kind);
        db.Store.Ingest(Reports.Wire("Associated Press"));
        var reuters = db.Store.Ingest(Reports.Reuters());

        Assert.True(reuters.NewStory);
        Assert.Equal(1, reuters.MergedEvents);
        var e = Assert.Single(db.Store.QueryEvents(EventFilter.All, 0, 10));
        Assert.Equal(2, e.NumStories);
        Assert.Equal(2, e.FatalitiesLow);
        Assert.Equal(4, e.FatalitiesHigh);
        Assert.True(e.FatalitiesDisputed);
        Assert.Equal("Associated Press; Reuters", e.Sources);

        var detail = db.Store.GetEvent(e.Id)!;
        Assert.Equal(2, detail.Reports.Count);
        Assert.Equal(2, detail.Documents.Count);
        var fatalities = Assert.Single(detail.Disagreements, d => d.Field == "fatalities");
        Assert.Equal(["2", "4"], fatalities.Values.Select(v => v.Value).Order());
        Assert.Equal(["Associated Press"], fatalities.Values.Single(v => v.Value == "2").Sources);
        Assert.Equal(["Reuters"], fatalities.Values.Single(v => v.Value == "4").Sources);
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Events_apart_in_place_time_or_actors_stay_separate(string kind)
    {
        using var db = TestStores.Create(kind);
        db.Store.Ingest(Reports.Wire("Associated Press"));
        Assert.Equal(0, db.Store.Ingest(Reports.Morelia()).MergedEvents);
        Assert.Equal(0, db.Store.Ingest(Reports.AntunezWeekLater()).MergedEvents);
        Assert.Equal(0, db.Store.Ingest(Reports.VigilantesSameDay()).MergedEvents);
        Assert.Equal(4, db.Store.CountEvents(EventFilter.All));
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Events_that_did_not_happen_are_not_stored(string kind)
    {
        using var db = TestStores.Create(kind);
        var outcome = db.Store.Ingest(Reports.Threat());
        Assert.Equal(IngestStatus.Stored, outcome.Status);
        Assert.Equal(0, outcome.Reports);
        Assert.Equal(0, db.Store.CountEvents(EventFilter.All));
        Assert.Equal(1, db.Store.Totals().Documents);
    }

    private static TestStore Populated(string kind)
    {
        var db = TestStores.Create(kind);
        foreach (var document in new[]
                 {
                     Reports.Wire("Associated Press"), Reports.Reuters(), Reports.Morelia(), Reports.AntunezWeekLater(),
                     Reports.VigilantesSameDay(), Reports.Kharkiv(), Reports.Paris(),
                 })
            db.Store.Ingest(document);
        return db;
    }

    public static TheoryData<string, string, int> Filters()
    {
        var cases = new (string Filter, int Expected)[]
        {
            ("", 6),
            ("from=2014-01-13;to=2014-01-13", 3),
            ("from=2014-01-14", 3),
            ("country=mx", 4),
            ("country=UA", 1),
            ("admin1=michoacán", 4),
            ("bbox=-103,18.5,-102,19.5", 3),
            ("bbox=170,40,40,60", 2),
            ("cameo=19", 5),
            ("cameo=195", 1),
            ("plover=protest", 1),
            ("acled=Battles", 1),
            ("acled=Armed clash", 1),
            ("actor=MEXREB", 1),
            ("actor=RUS", 1),
            ("actor=vigilantes", 1),
            ("min-fatalities=3", 3),
            ("min-fatalities=4", 2),
            ("text=pension reform", 1),
            ("text=antúnez", 3),
            ("text=reuters", 1),
            ("country=MX;min-fatalities=2;from=2014-01-01;to=2014-01-31", 2),
        };
        var data = new TheoryData<string, string, int>();
        foreach (var kind in TestStores.Kinds())
            foreach (var (filter, expected) in cases) data.Add((string)kind[0], filter, expected);
        return data;
    }

    [Theory, MemberData(nameof(Filters))]
    public void Filters_select_the_matching_events(string kind, string filter, int expected)
    {
        using var db = Populated(kind);
        var values = filter.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var parsed = EventFilterParser.Parse(name => values.GetValueOrDefault(name));

        Assert.Equal(expected, db.Store.CountEvents(parsed));
        Assert.Equal(expected, db.Store.QueryEvents(parsed, 0, 100).Count);
        Assert.Equal(expected, db.Store.StreamEvents(parsed).Count());
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Events_page_newest_first(string kind)
    {
        using var db = Populated(kind);
        var all = db.Store.QueryEvents(EventFilter.All, 0, 100);
        var dates = all.Select(e => e.EventDate).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        var paged = Enumerable.Range(0, 3).SelectMany(page => db.Store.QueryEvents(EventFilter.All, page * 2, 2)).Select(e => e.Id);
        Assert.Equal(all.Select(e => e.Id), paged);
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Statistics_count_events_by_day_and_country(string kind)
    {
        using var db = Populated(kind);
        var days = db.Store.CountByDay(EventFilter.All);
        Assert.Equal(new DayCount { Day = "2014-01-13", Events = 3 }, days.Single(d => d.Day == "2014-01-13"));
        Assert.Equal(6, days.Sum(d => d.Events));

        var countries = db.Store.CountByCountry(EventFilter.All);
        Assert.Equal(new CountryCount { Country = "MX", Events = 4, Fatalities = 2 + 1 + 3 }, countries[0]);
        Assert.Equal(["MX", "FR", "UA"], countries.Select(c => c.Country));
        Assert.Equal(1, db.Store.CountByCountry(new EventFilter { PloverType = "PROTEST" }).Single().Events);
    }

    [Theory, MemberData(nameof(Kinds))]
    public void An_event_keeps_its_evidence_and_attribution(string kind)
    {
        using var db = TestStores.Create(kind);
        db.Store.Ingest(Reports.Wire("Associated Press"));
        var id = db.Store.QueryEvents(EventFilter.All, 0, 1).Single().Id;
        var report = db.Store.GetEvent(id)!.Reports.Single();
        var evidence = report.Evidence;

        Assert.StartsWith("ANTUNEZ, Mexico (AP) — Soldiers fired on townspeople", evidence.Sentence);
        string Marked(string kind) => evidence.Sentence[evidence.Highlights.Single(h => h.Kind == kind).Start..evidence.Highlights.Single(h => h.Kind == kind).End];
        Assert.Equal("fired", Marked("trigger"));
        Assert.Equal("Soldiers", Marked("actor1"));
        Assert.Equal("townspeople", Marked("actor2"));
        Assert.Equal("Antúnez", Marked("place"));
        Assert.Equal("Monday night", Marked("date"));
        Assert.Equal("killing two people", Marked("fatalities"));
        Assert.Equal([new AttributionLink("source", "Estanislao Beltrán"), new AttributionLink("cue", "told"), new AttributionLink("via", "the AP")],
            evidence.Attribution);
        Assert.Equal("Associated Press", report.Source);
        Assert.Equal(2, report.FatalitiesMin);

        var document = db.Store.GetDocument(report.DocumentId, includeText: true)!;
        Assert.Equal(evidence.Sentence, document.Text!.Substring(evidence.SentenceStart, evidence.Sentence.Length));
    }

    [Theory, MemberData(nameof(Kinds))]
    public void A_failing_write_leaves_nothing_behind(string kind)
    {
        using var db = TestStores.Create(kind);
        var broken = Reports.Morelia();
        broken.Events[0].Cameo = null!; // violates NOT NULL after the document row is written
        Assert.ThrowsAny<Exception>(() => db.Store.Ingest(broken));
        Assert.Equal(new StoreTotals(), db.Store.Totals());
        Assert.False(db.Store.ContainsContent(Vigil.Documents.Document.ContentHash(broken.Text)));

        Assert.Equal(IngestStatus.Stored, db.Store.Ingest(Reports.Morelia()).Status);
        Assert.Equal(1, db.Store.CountEvents(EventFilter.All));
    }

    [Theory, MemberData(nameof(Kinds))]
    public void A_different_text_under_a_stored_id_is_refused(string kind)
    {
        using var db = TestStores.Create(kind);
        db.Store.Ingest(new Vigil.Documents.Document("First version.", "story-1"));
        var e = Assert.Throws<StoreException>(() => db.Store.Ingest(new Vigil.Documents.Document("Second version.", "story-1")));
        Assert.Contains("story-1", e.Message);
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Migrations_are_recorded_and_not_repeated(string kind)
    {
        using var db = TestStores.Create(kind);
        db.Store.Ingest(Reports.Paris());
        Assert.Equal(4, db.Store.SchemaVersion);
        using var reopened = db.Reopen();
        Assert.Equal(4, reopened.SchemaVersion);
        Assert.Equal(1, reopened.CountEvents(EventFilter.All));
    }

    [PostgresFact]
    public void PostgreSQL_suite_is_configured() => Assert.Contains("postgres", TestStores.Kinds().Select(k => (string)k[0]));
}
