using System.CommandLine;
using Vigil.Store.Storage;

namespace Vigil.Cli.Commands;

/// <summary>--db and --postgres, shared by every command that opens the event database.</summary>
public sealed class StoreOptions
{
    public Option<string?> Database { get; } = new("--db")
    {
        Description = $"SQLite event database file, created on first use (default: $VIGIL_DB or {EventStores.DefaultDatabase})",
    };

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = "PostgreSQL connection string (Host=...;Database=...;Username=...;Password=...) instead of SQLite",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Database);
        command.Options.Add(Postgres);
    }

    public SqlEventStore Open(ParseResult parse)
    {
        var db = parse.GetValue(Database);
        var postgres = parse.GetValue(Postgres);
        if (db is not null && postgres is not null) throw new UsageException("give either --db or --postgres, not both");
        return EventStores.Open(db, postgres);
    }
}
