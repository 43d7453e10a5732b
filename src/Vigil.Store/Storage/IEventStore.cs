using Vigil.Documents;
using Vigil.Store.Filters;
using Vigil.Store.Model;

namespace Vigil.Store.Storage;

/// <summary>
/// The event database. Two implementations (SQLite and PostgreSQL) share every query and rule and differ
/// only in how they connect, lock and migrate. Every write of one document is one transaction: a document
/// is stored with its story link, report events and merges, or not at all. Safe for concurrent readers.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>"sqlite:/path/to/file.db" or "postgres:host/db", for messages.</summary>
    string Description { get; }

    /// <summary>True when a document with this exact text (SHA-256 of its UTF-8 bytes) is stored.</summary>
    bool ContainsContent(string contentHash);

    /// <summary>Stores one processed document: links it to its story, merges its events. Idempotent by content hash.</summary>
    IngestOutcome Ingest(Document document);

    IReadOnlyList<MergedEvent> QueryEvents(EventFilter filter, int offset, int limit);

    long CountEvents(EventFilter filter);

    /// <summary>Every matching event in a stable order, read in pages (for exports of any size).</summary>
    IEnumerable<MergedEvent> StreamEvents(EventFilter filter);

    EventDetail? GetEvent(long id);

    /// <summary>Report events of several merged events (for exports that list every report).</summary>
    IReadOnlyList<ReportEvent> ReportsOf(IReadOnlyCollection<long> mergedEventIds);

    StoredDocument? GetDocument(string id, bool includeText);

    IReadOnlyList<StoredDocument> ListDocuments(int offset, int limit);

    IReadOnlyList<DayCount> CountByDay(EventFilter filter);

    IReadOnlyList<CountryCount> CountByCountry(EventFilter filter);

    StoreTotals Totals();
}

/// <summary>What ingesting one document did.</summary>
public sealed record IngestOutcome(IngestStatus Status, long StoryId, bool NewStory, int Reports, int NewEvents, int MergedEvents)
{
    public static IngestOutcome Unchanged(long storyId) => new(IngestStatus.Unchanged, storyId, false, 0, 0, 0);
}

public enum IngestStatus
{
    Stored,

    /// <summary>The same text was already stored: nothing changed.</summary>
    Unchanged,
}
