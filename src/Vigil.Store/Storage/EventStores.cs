namespace Vigil.Store.Storage;

/// <summary>Opens the store the command line asks for: PostgreSQL with a connection string, else a SQLite file.</summary>
public static class EventStores
{
    public const string DefaultDatabase = "vigil.db";

    /// <param name="sqlitePath">--db; when null, $VIGIL_DB or vigil.db in the current folder.</param>
    /// <param name="postgres">--postgres connection string; wins over the SQLite path.</param>
    public static SqlEventStore Open(string? sqlitePath, string? postgres)
    {
        if (!string.IsNullOrWhiteSpace(postgres)) return new PostgresEventStore(postgres);
        var path = sqlitePath ?? Environment.GetEnvironmentVariable("VIGIL_DB") ?? DefaultDatabase;
        return new SqliteEventStore(path);
    }
}
