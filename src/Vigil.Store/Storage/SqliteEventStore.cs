using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Vigil.Store.Dedup;
using Vigil.Store.Merging;

namespace Vigil.Store.Storage;

/// <summary>
/// The event store in one SQLite file, created on first use. Write-ahead logging lets the web view read
/// while an ingest writes; each write transaction is BEGIN IMMEDIATE, so two ingests never interleave a merge.
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private readonly string _connectionString;

    public SqliteEventStore(string path, MergeSettings? merge = null, NearDuplicateSettings? dedup = null) : base(merge, dedup)
    {
        Path = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        try
        {
            using (var c = Open()) c.Execute("PRAGMA journal_mode = WAL");
            Migrate();
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{Path}: not a usable SQLite event database ({e.Message})", e);
        }
    }

    public string Path { get; }

    public override string Description => $"sqlite:{Path}";

    protected override string Dialect => "Sqlite";

    protected override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Per connection: NORMAL sync is durable across process crashes in WAL mode (only an OS crash can lose the last commits).
        connection.Execute("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000");
        return connection;
    }

    protected override string InList(string column, string parameter) => $"{column} IN @{parameter}";

    protected override DbTransaction BeginWrite(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: false);

    public override void Dispose()
    {
        // Keeps the planner's statistics current after large writes (cheap when nothing changed much).
        try
        {
            using var c = Open();
            c.Execute("PRAGMA optimize");
        }
        catch (SqliteException)
        {
            // Statistics are an optimisation; a busy or read-only database is fine without them.
        }
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        base.Dispose();
    }
}
