using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// Runs on every connection a module's DbContext opens. WAL is a property of the file (set once by
/// <see cref="SqliteDialect.PrepareAsync"/>); the busy timeout belongs to the connection, so it is set here:
/// SQLite's own busy handler then waits for the writer in milliseconds, where Microsoft.Data.Sqlite's retry loop
/// (bounded by the command timeout) sleeps 150 ms between tries.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    private static readonly string Pragmas = $"PRAGMA busy_timeout = {PlatformDatabase.BusyTimeoutSeconds * 1000};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default
    ) => ApplyAsync(connection, cancellationToken);

    /// <summary>The same settings on a connection opened outside EF Core (the scope's transaction,
    /// <see cref="UnitOfWork"/>).</summary>
    public static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
