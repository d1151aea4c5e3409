using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// A number that changes whenever anything is committed to the platform's database, by any connection of any module,
/// raw SQL included, or by another process: SQLite's <c>PRAGMA data_version</c> on a connection of its own that never
/// writes. Read models that cache what they compute (Monitoring's progress feed) keep a result for as long as it does
/// not change. Costs one pragma (microseconds) per read.
/// </summary>
public sealed class DatabaseChanges(IConfiguration configuration) : IDisposable
{
    private readonly Lock gate = new();
    private SqliteConnection? connection;
    private SqliteCommand? command;

    public long Current()
    {
        lock (gate)
        {
            if (command is null)
            {
                connection = new SqliteConnection(PlatformDatabase.ConnectionString(configuration));
                connection.Open();
                command = connection.CreateCommand();
                command.CommandText = "PRAGMA data_version;";
            }

            return (long)command.ExecuteScalar()!;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            command?.Dispose();
            connection?.Dispose();
            command = null;
            connection = null;
        }
    }
}
