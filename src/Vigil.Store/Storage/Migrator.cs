using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;

namespace Vigil.Store.Storage;

/// <summary>
/// Versioned schema migrations: numbered SQL scripts embedded in this assembly under
/// Migrations/{dialect}/NNNN_name.sql, applied in order, each in its own transaction together with its row
/// in schema_migrations. A database is created on first use and upgraded on open.
/// </summary>
public static class Migrator
{
    public sealed record Migration(int Version, string Name, string Sql);

    public static IReadOnlyList<Migration> For(string dialect)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = $"Vigil.Store.Migrations.{dialect}/";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var name = Path.GetFileNameWithoutExtension(resource[prefix.Length..]);
            var version = int.Parse(name[..name.IndexOf('_')], CultureInfo.InvariantCulture);
            migrations.Add(new Migration(version, name, Read(assembly, resource)));
        }
        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        return migrations;
    }

    /// <summary>Applies what is missing and returns the schema version the database ends at.</summary>
    public static int Apply(DbConnection connection, string dialect, Func<DbConnection, DbTransaction> beginWrite)
    {
        connection.Execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        int current = 0;
        foreach (var migration in For(dialect))
        {
            using var transaction = beginWrite(connection);
            // Read inside the write transaction: another process may have migrated meanwhile.
            var applied = connection.ExecuteScalar<long?>(
                "SELECT MAX(version) FROM schema_migrations", transaction: transaction) ?? 0;
            if (migration.Version > applied)
            {
                connection.Execute(migration.Sql, transaction: transaction);
                connection.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @At)",
                    new { migration.Version, migration.Name, At = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture) },
                    transaction);
            }
            transaction.Commit();
            current = migration.Version;
        }
        return current;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
