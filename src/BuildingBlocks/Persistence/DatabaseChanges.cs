using System.Data.Common;
using System.Security.Cryptography;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// One change counter per module, in the table <c>platform_changes</c> of the platform's database: a module's counter
/// takes a new random value in the same transaction as every write to the module's tables (<see cref="UnitOfWork"/> at
/// commit; EF Core's commands and <see cref="BulkCommand"/> outside one). Feed rows cached in memory are kept while the
/// counters of the modules they are read from stay the same (ADR 0024), so a write through any connection, process or
/// host is seen by the next request. Plain SQL, so it runs on any provider.
/// </summary>
public static class DatabaseChanges
{
    private const string Table = "platform_changes";

    /// <summary>How many writes in this process could not move their counter: part of every stamp, so rows read before
    /// such a write are never used again.</summary>
    private static long unsure;

    /// <summary>The module a DbContext belongs to, by its type's name (<c>PlansDbContext</c> → <c>Plans</c>).</summary>
    public static string ModuleOf(Type contextType)
    {
        ArgumentNullException.ThrowIfNull(contextType);
        return contextType.Name.EndsWith("DbContext", StringComparison.Ordinal)
            ? contextType.Name[..^"DbContext".Length]
            : contextType.Name;
    }

    /// <summary>
    /// Marks <paramref name="db"/>'s module as written in its current transaction, for writers below EF Core (EF Core's
    /// own commands are marked by an interceptor).
    /// </summary>
    public static void Wrote(Microsoft.EntityFrameworkCore.DbContext db) => ChangeMarks.Wrote(db);

    /// <summary>A write outside a transaction was made and its counter could not move: every stamp this process
    /// gives from now on differs from those given before.</summary>
    public static void Unsure() => Interlocked.Increment(ref unsure);

    /// <summary>Creates the table when the database has none (start-up, before the modules' migrations).</summary>
    public static async Task EnsureTableAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"CREATE TABLE IF NOT EXISTS {Table} (module TEXT NOT NULL PRIMARY KEY, version BIGINT NOT NULL);";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Gives each of <paramref name="modules"/> a new counter value, in <paramref name="transaction"/> when
    /// there is one.</summary>
    public static void Bump(DbConnection connection, DbTransaction? transaction, IEnumerable<string> modules)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(modules);
        using var command = BumpCommand(connection, transaction, modules);
        command.ExecuteNonQuery();
    }

    /// <inheritdoc cref="Bump"/>
    public static async Task BumpAsync(
        DbConnection connection,
        DbTransaction? transaction,
        IEnumerable<string> modules,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(modules);
        await using var command = BumpCommand(connection, transaction, modules);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The counters of <paramref name="modules"/> as one stamp: equal stamps mean none of them
    /// changed.</summary>
    public static async Task<string> StampAsync(
        DbConnection connection,
        IReadOnlyCollection<string> modules,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(modules);
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT module, version FROM {Table};";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                versions[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        return string.Join(
            '|',
            modules.Select(m =>
                versions.GetValueOrDefault(m).ToString(System.Globalization.CultureInfo.InvariantCulture)
            )
        ) + $"|{Interlocked.Read(ref unsure)}";
    }

    private static DbCommand BumpCommand(
        DbConnection connection,
        DbTransaction? transaction,
        IEnumerable<string> modules
    )
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var rows = new List<string>();
        foreach (var module in modules.Distinct(StringComparer.Ordinal))
        {
            var i = rows.Count;
            var name = command.CreateParameter();
            name.ParameterName = $"@m{i}";
            name.Value = module;
            var version = command.CreateParameter();
            version.ParameterName = $"@v{i}";
            // Random, not incremented: a database restored from a backup, or another host's, never repeats a value a
            // cache holds.
            version.Value =
                RandomNumberGenerator.GetInt32(int.MaxValue) * (long)int.MaxValue
                + RandomNumberGenerator.GetInt32(int.MaxValue);
            command.Parameters.Add(name);
            command.Parameters.Add(version);
            rows.Add($"(@m{i}, @v{i})");
        }

        if (rows.Count == 0)
        {
            throw new ArgumentException("No module named.", nameof(modules));
        }

        command.CommandText =
            $"INSERT INTO {Table} (module, version) VALUES {string.Join(", ", rows)} ON CONFLICT (module) DO UPDATE "
                + $"SET version = excluded.version;";
        return command;
    }
}
