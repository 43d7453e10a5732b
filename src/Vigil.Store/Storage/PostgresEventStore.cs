using System.Data.Common;
using Dapper;
using Npgsql;
using Vigil.Store.Dedup;
using Vigil.Store.Merging;

namespace Vigil.Store.Storage;

/// <summary>
/// The event store in a PostgreSQL database, with the same schema, queries and rules as SQLite. Writers
/// serialise on a transaction-scoped advisory lock, so concurrent ingests cannot both create the same merged event.
/// </summary>
public sealed class PostgresEventStore : SqlEventStore
{
    /// <summary>Arbitrary, fixed: the advisory lock key every Vigil writer takes ("VIGL").</summary>
    private const long WriterLockKey = 0x5649474C;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresEventStore(string connectionString, MergeSettings? merge = null, NearDuplicateSettings? dedup = null) : base(merge, dedup)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreException($"--postgres: not a connection string ({e.Message})", e);
        }
        Description = $"postgres:{builder.Host}/{builder.Database}";
        // The same few statements run for every report: let Npgsql prepare them once per connection.
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 64;
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        try
        {
            Migrate();
        }
        catch (Exception e) when (e is NpgsqlException or PostgresException)
        {
            _dataSource.Dispose();
            throw new StoreException($"{Description}: cannot open the event database ({e.Message})", e);
        }
    }

    public override string Description { get; }

    protected override string Dialect => "Postgres";

    protected override DbConnection Open() => _dataSource.OpenConnection();

    protected override string InList(string column, string parameter) => $"{column} = ANY(@{parameter})";

    protected override DbTransaction BeginWrite(DbConnection connection)
    {
        var transaction = connection.BeginTransaction();
        connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = WriterLockKey }, transaction);
        return transaction;
    }

    public override void Dispose()
    {
        _dataSource.Dispose();
        base.Dispose();
    }
}
