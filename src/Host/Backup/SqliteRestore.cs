using System.Text;
using Microsoft.Data.Sqlite;
using System.Globalization;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Texts;

namespace Platform.Host.Backup;

/// <summary>What a restore did: the file restored, where the database it replaced was kept, the migrations it
/// holds.</summary>
public sealed record RestoreResult(string Database, string? KeptAs, IReadOnlyDictionary<string, int> Migrations);

/// <summary>A restore was refused; the current database was not touched.</summary>
public sealed class RestoreRefusedException(string message) : Exception(message);

/// <summary>
/// Replaces the platform's database with a backup, only while no host serves it. The backup is copied beside the
/// database and checked there (a SQLite file, <c>PRAGMA integrity_check</c> ok, the modules' migrations histories known
/// to this build, one missing only for a module newer than the backup); only then is the current database (with its
/// -wal and -shm) renamed to <c>*.before-restore</c> and the checked copy put in its place. Migrations the backup lacks
/// are applied when the host starts.
/// </summary>
public static class SqliteRestore
{
    public const string KeptSuffix = ".before-restore";
    private const string Staging = ".restoring";
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("SQLite format 3\0");
    private static readonly string[] Companions = ["", "-wal", "-shm"];
    private static readonly ResourceTexts Texts = new(typeof(HostTexts));

    /// <param name="knownMigrations">Per migrations-history table, the migrations this build knows.</param>
    public static async Task<RestoreResult> RestoreAsync(
        string connectionString,
        string backupPath,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> knownMigrations,
        CancellationToken cancellationToken
    )
    {
        var database = DatabasePath(connectionString);
        var backup = Path.GetFullPath(backupPath);
        await EnsureSqliteFileAsync(backup, cancellationToken);
        SqliteConnection.ClearAllPools();
        using var exclusive = DatabaseInUse.TryHoldExclusive(database)
            ?? throw new RestoreRefusedException(Text("Restore.HostRunning", database));

        var staging = database + Staging;
        DeleteWithCompanions(staging);
        try
        {
            File.Copy(backup, staging);
            if (File.Exists(backup + "-wal"))
            {
                File.Copy(backup + "-wal", staging + "-wal");
            }

            var migrations = await CheckAsync(staging, backup, knownMigrations, cancellationToken);
            var keptAs = File.Exists(database) ? database + KeptSuffix : null;
            if (keptAs is not null)
            {
                DeleteWithCompanions(keptAs);
                MoveWithCompanions(database, keptAs);
            }

            DeleteWithCompanions(database);
            MoveWithCompanions(staging, database);
            return new RestoreResult(database, keptAs, migrations);
        }
        finally
        {
            DeleteWithCompanions(staging);
        }
    }

    /// <summary>The full path of the database file a connection string names.</summary>
    public static string DatabasePath(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return
            builder.Mode == SqliteOpenMode.Memory
            || string.IsNullOrEmpty(builder.DataSource)
            || builder.DataSource == ":memory:"
            ? throw new RestoreRefusedException(Text("Restore.InMemory"))
            : Path.GetFullPath(builder.DataSource);
    }

    private static async Task EnsureSqliteFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new RestoreRefusedException(Text("Restore.NoFile", path));
        }

        if (!await StartsAsSqliteAsync(path, cancellationToken))
        {
            throw new RestoreRefusedException(Text("Restore.NotSqlite", path));
        }
    }

    /// <summary>Whether the existing file <paramref name="path"/> begins with SQLite's header.</summary>
    internal static async Task<bool> StartsAsSqliteAsync(string path, CancellationToken cancellationToken)
    {
        var start = new byte[Header.Length];
        await using var stream = File.OpenRead(path);
        return await stream.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancellationToken)
                >= start.Length
            && start.AsSpan().SequenceEqual(Header);
    }

    /// <summary>Checks the staged copy and leaves it in WAL mode, ready to serve; answers the number of migrations per
    /// history table.</summary>
    private static async Task<Dictionary<string, int>> CheckAsync(
        string staging,
        string backup,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> knownMigrations,
        CancellationToken cancellationToken
    )
    {
        try
        {
            await using var connection = new SqliteConnection(
                SqliteBackup.FileConnectionString(staging, SqliteOpenMode.ReadWrite)
            );
            await connection.OpenAsync(cancellationToken);
            var integrity = await ScalarsAsync(connection, "PRAGMA integrity_check(10);", cancellationToken);
            if (integrity is not ["ok"])
            {
                throw new RestoreRefusedException(
                    Text("Restore.IntegrityFailed", backup, string.Join("; ", integrity))
                );
            }

            // A module added after the backup was taken has no history table in it yet: its migrations run when the
            // host
            // starts, as for a new database. A file with none of the platform's history tables is not one of its
            // backups.
            var present = new List<string>();
            foreach (var table in knownMigrations.Keys)
            {
                if (
                    (
                        await ScalarsAsync(
                            connection,
                            $"SELECT name FROM sqlite_master WHERE type = 'table' AND name = '{table}';",
                            cancellationToken
                        )
                    ).Count > 0
                )
                {
                    present.Add(table);
                }
            }

            if (present.Count == 0)
            {
                throw new RestoreRefusedException(
                    Text("Restore.NotOurs", backup, string.Join(", ", knownMigrations.Keys))
                );
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (table, known) in knownMigrations)
            {
                if (!present.Contains(table))
                {
                    counts[table] = 0;
                    continue;
                }

                var applied = await ScalarsAsync(
                    connection,
                    $"SELECT MigrationId FROM \"{table}\" ORDER BY MigrationId;",
                    cancellationToken
                );
                var unknown = applied.Except(known, StringComparer.Ordinal).ToList();
                if (unknown.Count > 0)
                {
                    throw new RestoreRefusedException(
                        Text("Restore.Newer", backup, table, string.Join(", ", unknown))
                    );
                }

                counts[table] = applied.Count;
            }

            await ScalarsAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken);
            return counts;
        }
        catch (SqliteException exception)
        {
            throw new RestoreRefusedException(Text("Restore.Unreadable", backup, exception.Message));
        }
    }

    private static async Task<List<string>> ScalarsAsync(
        SqliteConnection connection,
        string sql,
        CancellationToken cancellationToken
    )
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetValue(0).ToString() ?? string.Empty);
        }

        return values;
    }

    private static void MoveWithCompanions(string from, string to)
    {
        foreach (var suffix in Companions.Where(s => File.Exists(from + s)))
        {
            File.Move(from + suffix, to + suffix);
        }
    }

    private static void DeleteWithCompanions(string path)
    {
        foreach (var suffix in Companions)
        {
            File.Delete(path + suffix);
        }
    }

    private static string Text(string key, params object?[] arguments) =>
        Texts.Get(key, CultureInfo.CurrentUICulture, arguments);
}
