using Npgsql;
using Vigil.Store.Storage;

namespace Vigil.Tests.Store;

/// <summary>
/// The backends the shared store suite runs against: SQLite always; PostgreSQL when VIGIL_TEST_POSTGRES
/// holds a connection string (.ci/postgres.sh sets it). Each test gets an empty database: a new SQLite
/// file, or a new PostgreSQL schema dropped afterwards.
/// </summary>
public static class TestStores
{
    public const string PostgresVariable = "VIGIL_TEST_POSTGRES";

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    public static IEnumerable<object[]> Kinds()
    {
        yield return ["sqlite"];
        if (PostgresConnectionString is not null) yield return ["postgres"];
    }

    public static TestStore Create(string kind) => kind switch
    {
        "sqlite" => TestStore.Sqlite(),
        "postgres" => TestStore.Postgres(PostgresConnectionString ?? throw new InvalidOperationException($"{PostgresVariable} is not set")),
        _ => throw new ArgumentException(kind),
    };
}

/// <summary>An empty store for one test, removed on dispose.</summary>
public sealed class TestStore : IDisposable
{
    private readonly Action _cleanup;

    private TestStore(SqlEventStore store, Func<SqlEventStore> reopen, Action cleanup)
    {
        Store = store;
        Reopen = reopen;
        _cleanup = cleanup;
    }

    public SqlEventStore Store { get; }

    /// <summary>Opens the same database again (a second process, a restart).</summary>
    public Func<SqlEventStore> Reopen { get; }

    /// <summary>The --db or --postgres arguments that open this database from the command line.</summary>
    public string[] CliArguments { get; private init; } = [];

    public static TestStore Sqlite()
    {
        var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "events.db");
        return new TestStore(new SqliteEventStore(path), () => new SqliteEventStore(path), folder.Dispose)
        {
            CliArguments = ["--db", path],
        };
    }

    public static TestStore Postgres(string connectionString)
    {
        var schema = "vigil_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var admin = new NpgsqlConnection(connectionString))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", admin);
            create.ExecuteNonQuery();
        }
        var scoped = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ConnectionString;
        return new TestStore(new PostgresEventStore(scoped), () => new PostgresEventStore(scoped), () =>
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(connectionString);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", admin);
            drop.ExecuteNonQuery();
        })
        {
            CliArguments = ["--postgres", scoped],
        };
    }

    public void Dispose()
    {
        Store.Dispose();
        _cleanup();
    }
}

/// <summary>Says, in the test results, that the PostgreSQL half of the suite did not run and why.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestStores.PostgresConnectionString is null)
            Skip = $"PostgreSQL store tests skipped: set {TestStores.PostgresVariable} to a connection string (.ci/postgres.sh does)";
    }
}
