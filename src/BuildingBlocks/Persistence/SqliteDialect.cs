using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// One SQLite file named by <c>ConnectionStrings:Platform</c> (default <c>data/platform.db</c> under the working
/// directory), in WAL mode (readers never block the writer); every connection waits up to
/// <see cref="PlatformDatabase.BusyTimeoutSeconds"/> for a busy writer, both as a command timeout and as SQLite's busy
/// timeout. The one writer's turn is SQLite's own: Microsoft.Data.Sqlite begins every transaction <c>IMMEDIATE</c>.
/// </summary>
public sealed class SqliteDialect : DatabaseDialect
{
    public const string DefaultConnectionString = "Data Source=data/platform.db";

    public SqliteDialect(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString
        );
        if (builder.DefaultTimeout < PlatformDatabase.BusyTimeoutSeconds)
        {
            // SQLite answers "database is locked" at once unless told to wait; writers queue instead.
            builder.DefaultTimeout = PlatformDatabase.BusyTimeoutSeconds;
        }

        ConnectionString = builder.ToString();
    }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString { get; }

    /// <summary>The database file, or null for an in-memory database.</summary>
    public string? FilePath
    {
        get
        {
            var builder = new SqliteConnectionStringBuilder(ConnectionString);
            return builder.Mode == SqliteOpenMode.Memory
                || string.IsNullOrEmpty(builder.DataSource)
                || builder.DataSource == ":memory:"
                ? null
                : builder.DataSource;
        }
    }

    public override DbConnection CreateConnection() => new SqliteConnection(ConnectionString);

    public override void Use(
        DbContextOptionsBuilder options,
        DbConnection connection,
        string historyTable,
        string module
    )
    {
        ArgumentNullException.ThrowIfNull(options);
        options
            .UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable(historyTable))
            .AddInterceptors(SqliteConnectionSettings.Instance);
    }

    public override string? Schema(string module) => null;

    public override Task ConnectionOpenedAsync(DbConnection connection, CancellationToken cancellationToken) =>
        SqliteConnectionSettings.ApplyAsync(connection, cancellationToken);

    /// <summary>
    /// Creates the database file's folder, switches the file to WAL so readers never block the writer, and creates the
    /// modules' change counters (<see cref="DatabaseChanges"/>).
    /// </summary>
    public override async Task PrepareAsync(IReadOnlyCollection<string> modules, CancellationToken cancellationToken)
    {
        if (FilePath is { } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        await DatabaseChanges.EnsureTableAsync(connection, cancellationToken);
    }

    public override DatabaseFailure? Classify(Exception exception) => exception switch
    {
        // SQLITE_CONSTRAINT: a unique key or a reference another request's write made invalid.
        SqliteException { SqliteErrorCode: 19 } => DatabaseFailure.Raced,
        // SQLITE_BUSY, SQLITE_LOCKED: the busy timeout ran out behind another writer.
        SqliteException { SqliteErrorCode: 5 or 6 } => DatabaseFailure.Busy,
        _ => null,
    };

    public override async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master;";
        var objects = Convert.ToInt64(
            await command.ExecuteScalarAsync(cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture
        );
        return $"SQLite answers; {objects} schema objects.";
    }
}
