using System.Data.Common;
using System.Globalization;
using Dapper;
using Vigil.Documents;
using Vigil.Output;
using Vigil.Store.Dedup;
using Vigil.Store.Filters;
using Vigil.Store.Merging;
using Vigil.Store.Model;

namespace Vigil.Store.Storage;

/// <summary>
/// The event store over any SQL database Dapper can talk to. All queries and all rules (story linking,
/// event merging, aggregation) live here; subclasses say how to connect, how to start a write
/// transaction that excludes other writers, and which migration scripts to run.
/// </summary>
public abstract class SqlEventStore : IEventStore
{
    /// <summary>Columns of <see cref="MergedEvent"/> (leaves out the internal date_lo, date_hi and search_text).</summary>
    protected const string EventColumns =
        "id, event_date, date_precision, cameo, cameo_root, plover_type, plover_mode, acled_type, acled_sub_type, " +
        "actor1_text, actor1_code, actor1_country, actor1_sector, actor2_text, actor2_code, actor2_country, actor2_sector, " +
        "actor1_associated, actor2_associated, location, geonames_id, lat, lon, geo_precision, country, admin1, fatalities_low, fatalities_high, injuries_low, " +
        "injuries_high, fatalities_disputed, num_reports, num_stories, num_sources, sources, source_url, notes, first_seen";

    private const string DocumentColumns =
        "id, content_hash, story_id, title, url, source, published, origin, ingested_at, event_count";

    private const string Order = "ORDER BY event_date DESC NULLS LAST, id DESC";

    private readonly EventMatcher _matcher;
    private readonly NearDuplicateSettings _dedup;

    static SqlEventStore()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new EvidenceTypeHandler());
    }

    protected SqlEventStore(MergeSettings? merge, NearDuplicateSettings? dedup)
    {
        _matcher = new EventMatcher(merge ?? MergeSettings.Default);
        _dedup = dedup ?? NearDuplicateSettings.Default;
    }

    public abstract string Description { get; }

    /// <summary>Names the folder of migration scripts (Sqlite, Postgres).</summary>
    protected abstract string Dialect { get; }

    /// <summary>The schema version after opening.</summary>
    public int SchemaVersion { get; private set; }

    protected abstract DbConnection Open();

    /// <summary>"column is one of the list in @parameter": Dapper expands lists for SQLite, PostgreSQL takes an array.</summary>
    protected abstract string InList(string column, string parameter);

    /// <summary>A transaction that no other writer can interleave with (the merge reads what it then writes).</summary>
    protected abstract DbTransaction BeginWrite(DbConnection connection);

    protected void Migrate()
    {
        using var connection = Open();
        SchemaVersion = Migrator.Apply(connection, Dialect, BeginWrite);
    }

    public bool ContainsContent(string contentHash)
    {
        using var c = Open();
        return c.ExecuteScalar<long>("SELECT COUNT(*) FROM documents WHERE content_hash = @contentHash", new { contentHash }) > 0;
    }

    public IngestOutcome Ingest(Document document)
    {
        var hash = Document.ContentHash(document.Text);
        var reports = ReportEventBuilder.Build(document);
        var signature = Signature(document.Text);

        using var c = Open();
        using var tx = BeginWrite(c);
        var existing = c.QueryFirstOrDefault<StoredDocument>(
            $"SELECT {DocumentColumns} FROM documents WHERE content_hash = @hash OR id = @id",
            new { hash, id = document.Id }, tx);
        if (existing is not null)
        {
            if (existing.ContentHash == hash) return IngestOutcome.Unchanged(existing.StoryId);
            throw new StoreException($"document id '{document.Id}' is already stored with a different text");
        }

        var (storyId, newStory) = FindOrCreateStory(c, tx, document.Id, signature);
        InsertDocument(c, tx, document, hash, storyId, signature, reports.Count);

        int created = 0, merged = 0;
        var now = Now();
        var storyEvents = c.Query<long>("SELECT DISTINCT merged_event_id FROM reports WHERE story_id = @storyId", new { storyId }, tx).ToHashSet();
        var touched = new SortedSet<long>();
        foreach (var report in reports)
        {
            var stored = report with { StoryId = storyId };
            var target = BestMatch(c, tx, stored, storyEvents);
            long eventId;
            if (target is null)
            {
                eventId = InsertEvent(c, tx, MergedEventRules.FromReport(stored), now, MergedEventRules.SearchText(stored));
                created++;
            }
            else
            {
                eventId = target.Id;
                UpdateEvent(c, tx, MergedEventRules.Combine(target, stored), MergedEventRules.SearchText(stored));
                merged++;
            }
            InsertReport(c, tx, stored with { MergedEventId = eventId });
            storyEvents.Add(eventId);
            touched.Add(eventId);
        }
        foreach (var eventId in touched) RefreshAggregates(c, tx, eventId);
        tx.Commit();
        return new IngestOutcome(IngestStatus.Stored, storyId, newStory, reports.Count, created, merged);
    }

    private ulong[]? Signature(string text)
    {
        var shingles = Shingles.Of(text);
        // Fewer shingles than words-minus-size+1 means a short text; too short to call anything a copy of it.
        if (shingles.Count + Shingles.Size - 1 < _dedup.MinimumWords) return null;
        return MinHash.Signature(shingles);
    }

    private (long StoryId, bool NewStory) FindOrCreateStory(DbConnection c, DbTransaction tx, string documentId, ulong[]? signature)
    {
        if (signature is not null)
        {
            var bands = MinHash.BandHashes(signature);
            var candidates = c.Query<(string Id, long StoryId, byte[] Minhash)>(
                "SELECT DISTINCT d.id, d.story_id, d.minhash FROM document_bands b JOIN documents d ON d.id = b.document_id " +
                $"WHERE {InList("b.band_hash", "bands")}", new { bands }, tx);
            double best = 0;
            long bestStory = 0;
            foreach (var candidate in candidates)
            {
                double similarity = MinHash.Similarity(signature, MinHash.FromBytes(candidate.Minhash));
                if (similarity > best || (similarity == best && candidate.StoryId < bestStory))
                {
                    best = similarity;
                    bestStory = candidate.StoryId;
                }
            }
            if (best >= _dedup.Threshold) return (bestStory, false);
        }
        var id = c.ExecuteScalar<long>(
            "INSERT INTO stories (first_document_id, created_at) VALUES (@documentId, @now) RETURNING id",
            new { documentId, now = Now() }, tx);
        return (id, true);
    }

    private static void InsertDocument(DbConnection c, DbTransaction tx, Document d, string hash, long storyId, ulong[]? signature, int eventCount)
    {
        var json = DocumentJsonWriter.Serialize(DocumentJson.From(d, includeTokens: false), indented: false);
        c.Execute(
            "INSERT INTO documents (id, content_hash, story_id, title, url, source, published, origin, ingested_at, event_count, minhash, text, document_json) " +
            "VALUES (@Id, @hash, @storyId, @Title, @Url, @Source, @published, @Origin, @now, @eventCount, @minhash, @Text, @json)",
            new
            {
                d.Id, hash, storyId, d.Title, d.Url, d.Source,
                published = d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                d.Origin, now = Now(), eventCount = (long)eventCount,
                minhash = signature is null ? null : MinHash.ToBytes(signature), d.Text, json,
            }, tx);
        if (signature is null) return;
        // One statement for all bands: a round trip per band dominates on a networked database.
        var bands = MinHash.BandHashes(signature);
        var p = new DynamicParameters();
        p.Add("Id", d.Id);
        var values = new List<string>(bands.Length);
        for (int i = 0; i < bands.Length; i++)
        {
            p.Add($"b{i}", bands[i]);
            values.Add($"(@b{i}, @Id)");
        }
        c.Execute($"INSERT INTO document_bands (band_hash, document_id) VALUES {string.Join(", ", values)}", p, tx);
    }

    /// <summary>
    /// The merged event this report's event most likely is. Candidates: every event of the same story, and
    /// events whose date interval is within the slack and whose position is within the widest merge radius
    /// (a box in degrees; the exact distance and the type are checked by the matcher). A report without
    /// coordinates can only join an event of its own story, since place agreement is required otherwise.
    /// </summary>
    private MergedEvent? BestMatch(DbConnection c, DbTransaction tx, ReportEvent r, HashSet<long> storyEvents)
    {
        var p = new DynamicParameters();
        p.Add("story", r.StoryId);
        var sql = $"SELECT {EventColumns} FROM events WHERE id IN (SELECT merged_event_id FROM reports WHERE story_id = @story)";
        if (storyEvents.Count == 0) sql = "";
        if (DatePrecisions.Interval(r.EventDate, r.DatePrecision) is { } days && r.Lat is { } lat && r.Lon is { } lon)
        {
            var slack = _matcher.SlackDays;
            p.Add("lo", FilterSql.Iso(days.Lo.AddDays(-slack)));
            p.Add("hi", FilterSql.Iso(days.Hi.AddDays(slack)));
            p.Add("scanFrom", FilterSql.Iso(days.Lo.AddDays(-slack - DatePrecisions.WidestIntervalDays)));
            double latDegrees = _matcher.MaxRadiusKm / 110.5;
            p.Add("minLat", lat - latDegrees);
            p.Add("maxLat", lat + latDegrees);
            // Unary + keeps SQLite's planner off the lat index (a whole latitude band of the world): the
            // (date_lo, lat, lon) index then finds the date window and checks the box without touching rows.
            // PostgreSQL must see the plain columns to check them in that index; "+lat" made it read every
            // row of the date window from the table.
            var plus = Dialect == "Sqlite" ? "+" : "";
            var near = $"{plus}lat BETWEEN @minLat AND @maxLat";
            double cos = Math.Cos(lat * Math.PI / 180);
            double lonDegrees = cos > 0.1 ? _matcher.MaxRadiusKm / (111.3 * cos) : 360;
            if (lon - lonDegrees > -180 && lon + lonDegrees < 180)
            {
                near += $" AND {plus}lon BETWEEN @minLon AND @maxLon";
                p.Add("minLon", lon - lonDegrees);
                p.Add("maxLon", lon + lonDegrees);
            }
            var nearby = $"SELECT {EventColumns} FROM events WHERE date_lo >= @scanFrom AND date_lo <= @hi AND date_hi >= @lo AND {near}";
            sql = sql.Length == 0 ? nearby : sql + " UNION " + nearby;
        }
        if (sql.Length == 0) return null;
        MergedEvent? best = null;
        double bestScore = double.NegativeInfinity;
        foreach (var candidate in c.Query<MergedEvent>(sql, p, tx))
        {
            if (_matcher.Score(candidate, r, storyEvents.Contains(candidate.Id)) is { } score &&
                (score > bestScore || (score == bestScore && candidate.Id < best!.Id)))
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static DynamicParameters EventParameters(MergedEvent e)
    {
        var p = new DynamicParameters(e);
        var days = DatePrecisions.Interval(e.EventDate, e.DatePrecision);
        p.Add("DateLo", days is { } d1 ? FilterSql.Iso(d1.Lo) : null);
        p.Add("DateHi", days is { } d2 ? FilterSql.Iso(d2.Hi) : null);
        return p;
    }

    private const string EventValueColumns =
        "event_date = @EventDate, date_precision = @DatePrecision, date_lo = @DateLo, date_hi = @DateHi, cameo = @Cameo, " +
        "cameo_root = @CameoRoot, plover_type = @PloverType, plover_mode = @PloverMode, acled_type = @AcledType, " +
        "acled_sub_type = @AcledSubType, actor1_text = @Actor1Text, actor1_code = @Actor1Code, actor1_country = @Actor1Country, " +
        "actor1_sector = @Actor1Sector, actor2_text = @Actor2Text, actor2_code = @Actor2Code, actor2_country = @Actor2Country, " +
        "actor2_sector = @Actor2Sector, actor1_associated = @Actor1Associated, actor2_associated = @Actor2Associated, location = @Location, geonames_id = @GeonamesId, lat = @Lat, lon = @Lon, " +
        "geo_precision = @GeoPrecision, country = @Country, admin1 = @Admin1, sources = @Sources, source_url = @SourceUrl, notes = @Notes";

    private static long InsertEvent(DbConnection c, DbTransaction tx, MergedEvent e, string now, string searchText)
    {
        var p = EventParameters(e);
        p.Add("now", now);
        p.Add("search", searchText);
        return c.ExecuteScalar<long>(
            "INSERT INTO events (event_date, date_precision, date_lo, date_hi, cameo, cameo_root, plover_type, plover_mode, acled_type, " +
            "acled_sub_type, actor1_text, actor1_code, actor1_country, actor1_sector, actor2_text, actor2_code, actor2_country, actor2_sector, " +
            "actor1_associated, actor2_associated, location, geonames_id, lat, lon, geo_precision, country, admin1, sources, source_url, notes, first_seen, search_text) VALUES (" +
            "@EventDate, @DatePrecision, @DateLo, @DateHi, @Cameo, @CameoRoot, @PloverType, @PloverMode, @AcledType, @AcledSubType, " +
            "@Actor1Text, @Actor1Code, @Actor1Country, @Actor1Sector, @Actor2Text, @Actor2Code, @Actor2Country, @Actor2Sector, " +
            "@Actor1Associated, @Actor2Associated, @Location, @GeonamesId, @Lat, @Lon, @GeoPrecision, @Country, @Admin1, @Sources, @SourceUrl, @Notes, @now, @search) RETURNING id",
            p, tx);
    }

    private static void UpdateEvent(DbConnection c, DbTransaction tx, MergedEvent e, string searchText)
    {
        var p = EventParameters(e);
        p.Add("search", " " + searchText);
        c.Execute($"UPDATE events SET {EventValueColumns}, search_text = search_text || @search WHERE id = @Id", p, tx);
    }

    private static void InsertReport(DbConnection c, DbTransaction tx, ReportEvent r)
    {
        var p = new DynamicParameters(r);
        p.Add("DisputedFlag", r.FatalitiesDisputed ? 1L : 0L);
        c.Execute(
            "INSERT INTO reports (merged_event_id, document_id, story_id, local_id, cameo, plover_type, plover_mode, acled_type, " +
            "acled_sub_type, trigger_text, actor1_text, actor1_code, actor1_country, actor1_sector, actor2_text, actor2_code, " +
            "actor2_country, actor2_sector, actor1_associated, actor2_associated, place_text, place_name, geonames_id, lat, lon, geo_precision, country, admin1, " +
            "event_date, date_precision, date_text, fatalities_min, fatalities_max, fatalities_text, fatalities_disputed, " +
            "injuries_min, injuries_max, modality, confidence, source, url, published, evidence) VALUES (" +
            "@MergedEventId, @DocumentId, @StoryId, @LocalId, @Cameo, @PloverType, @PloverMode, @AcledType, @AcledSubType, " +
            "@TriggerText, @Actor1Text, @Actor1Code, @Actor1Country, @Actor1Sector, @Actor2Text, @Actor2Code, @Actor2Country, " +
            "@Actor2Sector, @Actor1Associated, @Actor2Associated, @PlaceText, @PlaceName, @GeonamesId, @Lat, @Lon, @GeoPrecision, @Country, @Admin1, @EventDate, " +
            "@DatePrecision, @DateText, @FatalitiesMin, @FatalitiesMax, @FatalitiesText, @DisputedFlag, @InjuriesMin, " +
            "@InjuriesMax, @Modality, @Confidence, @Source, @Url, @Published, @Evidence)", p, tx);
    }

    /// <summary>Recounts support and casualty ranges from the event's reports; wire copies count as one story.</summary>
    private static void RefreshAggregates(DbConnection c, DbTransaction tx, long id) => c.Execute(
        "UPDATE events SET " +
        "num_reports = (SELECT COUNT(*) FROM reports WHERE merged_event_id = @id), " +
        "num_stories = (SELECT COUNT(DISTINCT story_id) FROM reports WHERE merged_event_id = @id), " +
        "num_sources = (SELECT COUNT(DISTINCT COALESCE(source, document_id)) FROM reports WHERE merged_event_id = @id), " +
        "fatalities_low = (SELECT MIN(fatalities_min) FROM reports WHERE merged_event_id = @id), " +
        "fatalities_high = (SELECT MAX(COALESCE(fatalities_max, fatalities_min)) FROM reports WHERE merged_event_id = @id), " +
        "injuries_low = (SELECT MIN(injuries_min) FROM reports WHERE merged_event_id = @id), " +
        "injuries_high = (SELECT MAX(COALESCE(injuries_max, injuries_min)) FROM reports WHERE merged_event_id = @id), " +
        "fatalities_disputed = CASE WHEN (SELECT COUNT(DISTINCT fatalities_min) FROM reports WHERE merged_event_id = @id) > 1 " +
        "OR EXISTS (SELECT 1 FROM reports WHERE merged_event_id = @id AND fatalities_disputed = 1) THEN 1 ELSE 0 END " +
        "WHERE id = @id", new { id }, tx);

    public IReadOnlyList<MergedEvent> QueryEvents(EventFilter filter, int offset, int limit)
    {
        var (where, p) = FilterSql.Build(filter);
        p.Add("offset", (long)offset);
        p.Add("limit", (long)limit);
        using var c = Open();
        // The page's ids are chosen first and only those rows read: a filter answered from an index
        // (a bounding box with a fatality floor) then never reads the rows it skips or sorts.
        return c.Query<MergedEvent>(
            $"SELECT {EventColumns} FROM events WHERE id IN (SELECT id FROM events {where} {Order} LIMIT @limit OFFSET @offset) {Order}",
            p).AsList();
    }

    public long CountEvents(EventFilter filter)
    {
        var (where, p) = FilterSql.Build(filter);
        using var c = Open();
        return c.ExecuteScalar<long>($"SELECT COUNT(*) FROM events {where}", p);
    }

    public IEnumerable<MergedEvent> StreamEvents(EventFilter filter)
    {
        const int PageSize = 2000;
        long after = 0;
        while (true)
        {
            var (where, p) = FilterSql.Build(filter);
            p.Add("after", after);
            var clause = where.Length == 0 ? "WHERE id > @after" : where + " AND id > @after";
            List<MergedEvent> page;
            using (var c = Open())
                page = c.Query<MergedEvent>($"SELECT {EventColumns} FROM events {clause} ORDER BY id LIMIT {PageSize}", p).AsList();
            foreach (var e in page) yield return e;
            if (page.Count < PageSize) yield break;
            after = page[^1].Id;
        }
    }

    public EventDetail? GetEvent(long id)
    {
        using var c = Open();
        var merged = c.QueryFirstOrDefault<MergedEvent>($"SELECT {EventColumns} FROM events WHERE id = @id", new { id });
        if (merged is null) return null;
        var reports = c.Query<ReportEvent>("SELECT * FROM reports WHERE merged_event_id = @id ORDER BY id", new { id }).AsList();
        var documents = c.Query<StoredDocument>(
            $"SELECT {DocumentColumns} FROM documents WHERE id IN (SELECT document_id FROM reports WHERE merged_event_id = @id) ORDER BY ingested_at, id",
            new { id }).AsList();
        return new EventDetail(merged, reports, documents, Disagreements.Of(reports));
    }

    public IReadOnlyList<ReportEvent> ReportsOf(IReadOnlyCollection<long> mergedEventIds)
    {
        if (mergedEventIds.Count == 0) return [];
        using var c = Open();
        return c.Query<ReportEvent>($"SELECT * FROM reports WHERE {InList("merged_event_id", "ids")} ORDER BY merged_event_id, id",
            new { ids = mergedEventIds.ToArray() }).AsList();
    }

    public StoredDocument? GetDocument(string id, bool includeText)
    {
        using var c = Open();
        var columns = includeText ? DocumentColumns + ", text" : DocumentColumns;
        return c.QueryFirstOrDefault<StoredDocument>($"SELECT {columns} FROM documents WHERE id = @id", new { id });
    }

    public IReadOnlyList<StoredDocument> ListDocuments(int offset, int limit)
    {
        using var c = Open();
        return c.Query<StoredDocument>(
            $"SELECT {DocumentColumns} FROM documents ORDER BY ingested_at DESC, id LIMIT @limit OFFSET @offset",
            new { limit = (long)limit, offset = (long)offset }).AsList();
    }

    public IReadOnlyList<DayCount> CountByDay(EventFilter filter)
    {
        var (where, p) = FilterSql.Build(filter);
        var clause = where.Length == 0 ? "WHERE event_date IS NOT NULL" : where + " AND event_date IS NOT NULL";
        using var c = Open();
        return c.Query<DayCount>(
            $"SELECT event_date AS day, COUNT(*) AS events FROM events {clause} GROUP BY event_date ORDER BY event_date", p).AsList();
    }

    public IReadOnlyList<CountryCount> CountByCountry(EventFilter filter)
    {
        var (where, p) = FilterSql.Build(filter);
        var clause = where.Length == 0 ? "WHERE country IS NOT NULL" : where + " AND country IS NOT NULL";
        using var c = Open();
        return c.Query<CountryCount>(
            $"SELECT country, COUNT(*) AS events, COALESCE(SUM(fatalities_low), 0) AS fatalities FROM events {clause} " +
            "GROUP BY country ORDER BY COUNT(*) DESC, country", p).AsList();
    }

    public StoreTotals Totals()
    {
        using var c = Open();
        return c.QuerySingle<StoreTotals>(
            "SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM stories) AS stories, " +
            "(SELECT COUNT(*) FROM reports) AS reports, (SELECT COUNT(*) FROM events) AS events");
    }

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    public virtual void Dispose() => GC.SuppressFinalize(this);
}

/// <summary>A problem with the store or with what was asked of it, reported in one line.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
