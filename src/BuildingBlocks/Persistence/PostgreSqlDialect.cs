using System.Data.Common;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Texts;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// A PostgreSQL database shared by several hosts (ADR 0028): each module's tables in a schema of its own
/// (<c>plans.plans_units</c>), connections from one pooled data source per host, and the one writer's turn taken by
/// every command through a transaction-scoped advisory lock, so commands are serialised across hosts as they are on
/// SQLite. Sessions run in UTC: dates are stored as SQLite stores them, naive UTC.
/// </summary>
public sealed class PostgreSqlDialect : DatabaseDialect
{
    /// <summary>The advisory lock every command takes in its transaction (an arbitrary, fixed number).</summary>
    public const long WriterLock = 7_243_554_140_815_392_017;

    /// <summary>The advisory lock held by a host while its modules migrate and seed.</summary>
    public const long InitializationLockKey = 7_243_554_140_815_392_018;

    private readonly NpgsqlDataSource dataSource;
    private readonly NpgsqlConnectionStringBuilder settings;

    public PostgreSqlDialect(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StartupConfigurationException(BuildingBlocksTexts.Get("Database.PostgreSqlNeedsConnection"));
        }

        try
        {
            settings = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException)
        {
            throw new StartupConfigurationException(BuildingBlocksTexts.Get("Database.NotPostgreSqlConnection"));
        }

        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            throw new StartupConfigurationException(BuildingBlocksTexts.Get("Database.NotPostgreSqlConnection"));
        }

        settings.Timezone = "UTC";
        if (string.IsNullOrEmpty(settings.ApplicationName))
        {
            settings.ApplicationName = "platform";
        }

        if (settings.MaxAutoPrepare == 0)
        {
            // Statements run again and again (bulk writes row by row, the feed's reads) are parsed and planned once.
            settings.MaxAutoPrepare = 64;
        }

        if (settings.CommandTimeout < PlatformDatabase.BusyTimeoutSeconds)
        {
            settings.CommandTimeout = PlatformDatabase.BusyTimeoutSeconds;
        }

        ConnectionString = settings.ConnectionString;
        dataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override string ConnectionString { get; }

    /// <summary>Host, port, database and user, never the password: for messages to operators.</summary>
    public string Server => $"{HostName}:{Port}";

    public string HostName => settings.Host!;

    public int Port => settings.Port;

    public string Database => settings.Database ?? settings.Username ?? "postgres";

    public string? UserName => settings.Username;

    public override DbConnection CreateConnection() => dataSource.CreateConnection();

    public override void Use(
        DbContextOptionsBuilder options,
        DbConnection connection,
        string historyTable,
        string module
    )
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseNpgsql(
            connection,
            npgsql => npgsql.MigrationsHistoryTable(historyTable, Schema(module)).SetPostgresVersion(15, 0)
        );
    }

    public override string? Schema(string module)
    {
        ArgumentException.ThrowIfNullOrEmpty(module);
        return module.ToLowerInvariant();
    }

    public override async Task BeginWriteAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"SELECT set_config('lock_timeout', '{PlatformDatabase.BusyTimeoutSeconds}s', true), "
            + $"pg_advisory_xact_lock({WriterLock});";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Connects (a server that cannot be reached, a refused user or a missing database stop start-up with one line),
    /// refuses a database that holds another application's tables, creates the modules' schemas and the change
    /// counters' table.
    /// </summary>
    public override async Task PrepareAsync(IReadOnlyCollection<string> modules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(modules);
        await using var connection = dataSource.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception failure) when (ConnectionFailure(failure) is { } line)
        {
            throw new StartupConfigurationException(line, failure);
        }

        var foreign = await ForeignTableAsync(connection, cancellationToken);
        if (foreign is not null)
        {
            throw new StartupConfigurationException(
                BuildingBlocksTexts.Get("Database.OtherApplication", Database, Server, foreign)
            );
        }

        // One host at a time: CREATE … IF NOT EXISTS is not safe against another session creating the same schema in
        // the same instant (hosts starting together failed on pg_namespace's unique index).
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var turn = connection.CreateCommand())
        {
            turn.CommandText = $"SELECT pg_advisory_xact_lock({InitializationLockKey});";
            await turn.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var module in modules)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE SCHEMA IF NOT EXISTS \"{Schema(module)}\";";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await DatabaseChanges.EnsureTableAsync(connection, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A table of the database that is not the platform's, when the database holds none of the platform's
    /// own (its migrations histories, its change counters); else null.</summary>
    private static async Task<string?> ForeignTableAsync(
        NpgsqlConnection connection,
        CancellationToken cancellationToken
    )
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT max(CASE WHEN table_name LIKE '%\_migrations\_history' OR table_name = 'platform_changes'
                            THEN 1 ELSE 0 END),
                   min(table_schema || '.' || table_name)
            FROM information_schema.tables
            WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg\_%';
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.IsDBNull(0) || reader.GetInt32(0) == 1 ? null : reader.GetString(1);
    }

    /// <summary>The one line for an operator when the server cannot be used; null when the failure is something
    /// else.</summary>
    private string? ConnectionFailure(Exception failure) => failure switch
    {
        PostgresException { SqlState: "28P01" or "28000" } =>
            BuildingBlocksTexts.Get("Database.Refused", UserName, Server),
        PostgresException { SqlState: "3D000" } => BuildingBlocksTexts.Get("Database.Missing", Database, Server),
        NpgsqlException { InnerException: SocketException or TimeoutException or IOException } or TimeoutException =>
            BuildingBlocksTexts.Get("Database.Unreachable", Server, (failure.InnerException ?? failure).Message),
        NpgsqlException and not PostgresException =>
            BuildingBlocksTexts.Get("Database.Unreachable", Server, failure.Message),
        _ => null,
    };

    public override async Task<IAsyncDisposable> InitializationLockAsync(CancellationToken cancellationToken)
    {
        var connection = dataSource.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT pg_advisory_lock({InitializationLockKey});";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new SessionLock(connection);
    }

    public override DatabaseFailure? Classify(Exception exception) => exception switch
    {
        // An integrity constraint (unique, foreign key, check, exclusion: class 23, as SQLite's SQLITE_CONSTRAINT):
        // another request's write came first.
        PostgresException { SqlState: [ '2', '3', .. ] } => DatabaseFailure.Raced,
        // Text PostgreSQL cannot hold (a NUL character), which SQLite stores: the request's fault.
        PostgresException { SqlState: "22021" or "22P05" } => DatabaseFailure.InvalidText,
        // lock_not_available (lock_timeout), serialization_failure, deadlock_detected.
        PostgresException { SqlState: "55P03" or "40001" or "40P01" } => DatabaseFailure.Busy,
        _ => null,
    };

    public override async Task<string> DescribeAsync(CancellationToken cancellationToken)
    {
        await using var connection = dataSource.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM information_schema.tables "
            + "WHERE table_schema NOT IN ('pg_catalog', 'information_schema');";
        var tables = Convert.ToInt64(
            await command.ExecuteScalarAsync(cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture
        );
        return $"PostgreSQL answers; {tables} tables.";
    }

    public override async ValueTask DisposeAsync()
    {
        await dataSource.DisposeAsync();
        await base.DisposeAsync();
    }

    private sealed class SessionLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT pg_advisory_unlock({InitializationLockKey});";
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                // Closing the session releases the lock in any case.
                await connection.DisposeAsync();
            }
        }
    }
}
