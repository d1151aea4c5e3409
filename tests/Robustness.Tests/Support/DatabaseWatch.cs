using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Platform.Robustness.Tests.Support;

/// <summary>One table as it stands: its schema, row count and a hash of every row.</summary>
public sealed record TableFingerprint(string Name, long Rows, string Hash);

/// <summary>
/// Watches the platform's database from a connection of its own. <see cref="CommitsSinceAsync"/> is SQLite's
/// <c>PRAGMA data_version</c>, which moves whenever another connection commits: a refused request must leave it
/// where it was. <see cref="FingerprintAsync"/> hashes every row of every table, to show what changed.
/// </summary>
public sealed class DatabaseWatch : IAsyncDisposable
{
    private readonly SqliteConnection connection;

    private DatabaseWatch(SqliteConnection connection) => this.connection = connection;

    public static async Task<DatabaseWatch> OpenAsync(string connectionString)
    {
        var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder(connectionString)
            {
                Pooling = false,
                Mode = SqliteOpenMode.ReadOnly,
            }.ToString()
        );
        await connection.OpenAsync();
        return new DatabaseWatch(connection);
    }

    public async Task<long> DataVersionAsync()
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version;";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public static async Task<IReadOnlyList<TableFingerprint>> FingerprintAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder(connectionString)
            {
                Pooling = false,
                Mode = SqliteOpenMode.ReadOnly,
            }.ToString()
        );
        await connection.OpenAsync();
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

    public async ValueTask DisposeAsync()
    {
        await connection.DisposeAsync();
    }
}
