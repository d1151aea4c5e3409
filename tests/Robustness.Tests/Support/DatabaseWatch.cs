using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using Platform.TestKit;

namespace Platform.Robustness.Tests.Support;

/// <summary>One table as it stands: its schema, row count and a hash of every row.</summary>
public sealed record TableFingerprint(string Name, long Rows, string Hash);

/// <summary>
/// Watches the platform's database from a connection of its own. <see cref="DataVersionAsync"/> is SQLite's
/// <c>PRAGMA data_version</c>, which moves whenever another connection commits: a refused request must leave it
/// where it was. <see cref="FingerprintAsync"/> hashes every row of every table, to show what changed. On PostgreSQL
/// (a connection string that is not SQLite's <c>Data Source=…</c>) no counter moves per database with its commits
/// (transaction ids are the cluster's, moved by the tests beside), so both read every table of the module schemas and
/// of <c>public</c>: its row count and <c>sum(hashtext(row::text))</c>.
/// </summary>
public sealed class DatabaseWatch : IAsyncDisposable
{
    /// <summary>The schemas whose tables are watched on PostgreSQL: the modules' and <c>public</c>
    /// (<c>platform_changes</c>).</summary>
    private static readonly string[] WatchedSchemas = [.. TestDatabase.ModuleSchemas, "public"];

    private readonly DbConnection connection;

    private DatabaseWatch(DbConnection connection) => this.connection = connection;

    public static async Task<DatabaseWatch> OpenAsync(string connectionString)
    {
        var connection = Connection(connectionString);
        await connection.OpenAsync();
        return new DatabaseWatch(connection);
    }

    /// <summary>
    /// A number that moves when another connection commits a change: SQLite's <c>PRAGMA data_version</c>; on
    /// PostgreSQL a hash of <see cref="FingerprintAsync"/> (it moves when a commit changed a row).
    /// </summary>
    public async Task<long> DataVersionAsync()
    {
        if (connection is NpgsqlConnection postgres)
        {
            var tables = await PostgresFingerprintAsync(postgres);
            var text = string.Join('\u001e', tables.Select(t => $"{t.Name}\u001f{t.Rows}\u001f{t.Hash}"));
            return BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version;";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public static async Task<IReadOnlyList<TableFingerprint>> FingerprintAsync(string connectionString)
    {
        await using var connection = Connection(connectionString);
        await connection.OpenAsync();
        if (connection is NpgsqlConnection postgres)
        {
            return await PostgresFingerprintAsync(postgres);
        }

        var tables = new List<(string Name, string Sql)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name;";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add((reader.GetString(0), reader.IsDBNull(1) ? string.Empty : reader.GetString(1)));
            }
        }

        var result = new List<TableFingerprint>();
        foreach (var (name, sql) in tables)
        {
            var rows = new List<string>();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{name}\";";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.IsDBNull(i)
                        ? "∅"
                        : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? string.Empty;
                }

                rows.Add(string.Join('\u001f', cells));
            }

            rows.Sort(StringComparer.Ordinal);
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sql + "\u001e" + string.Join('\u001e', rows)));
            result.Add(new TableFingerprint(name, rows.Count, Convert.ToHexString(hash)[..16]));
        }

        return result;
    }

    /// <summary>
    /// Every table of the database as a <c>SELECT</c> names it, sorted: <c>"plans_units"</c> on SQLite,
    /// <c>"plans"."plans_units"</c> on PostgreSQL (the module schemas and <c>public</c>).
    /// </summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var tables = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = connection is NpgsqlConnection
            ? "SELECT '\"' || table_schema || '\".\"' || table_name || '\"' FROM information_schema.tables "
                + $"WHERE table_type = 'BASE TABLE' AND table_schema IN ({SchemaList()}) "
                + "ORDER BY table_schema, table_name;"
            : "SELECT '\"' || name || '\"' FROM sqlite_master WHERE type = 'table' ORDER BY name;";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    public async ValueTask DisposeAsync()
    {
        await connection.DisposeAsync();
    }

    private static DbConnection Connection(string connectionString) =>
        connectionString.TrimStart().StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase)
            ? new SqliteConnection(
                new SqliteConnectionStringBuilder(connectionString)
                {
                    Pooling = false,
                    Mode = SqliteOpenMode.ReadOnly,
                }.ToString()
            )
            : new NpgsqlConnection(
                new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString
            );

    private static string SchemaList() => string.Join(", ", WatchedSchemas.Select(s => $"'{s}'"));

    private static async Task<IReadOnlyList<TableFingerprint>> PostgresFingerprintAsync(NpgsqlConnection connection)
    {
        var result = new List<TableFingerprint>();
        foreach (var table in await TablesAsync(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*), coalesce(sum(hashtext(t::text)), 0) FROM {table} t;";
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            var rows = reader.GetInt64(0);
            var sum = Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture);
            result.Add(new TableFingerprint(table.Replace("\"", string.Empty, StringComparison.Ordinal), rows, sum!));
        }

        return result;
    }
}
