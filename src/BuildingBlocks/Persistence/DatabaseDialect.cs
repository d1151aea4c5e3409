using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Texts;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>The database servers the platform runs on (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>One SQLite file beside the host: the default, for a province office or a trial.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by several hosts: a national deployment.</summary>
    PostgreSql,
}

/// <summary>
/// Everything that differs between the providers, in one place (ADR 0028): how connections are made and set up, how a
/// module's DbContext is pointed at its tables, how the database is prepared at start-up, and how a command takes the
/// one writer's turn. Everything else talks to <see cref="DbConnection"/> and EF Core. One instance per host, from
/// <c>Database:Provider</c> and <c>ConnectionStrings:Platform</c>.
/// </summary>
public abstract class DatabaseDialect : IAsyncDisposable
{
    public const string ProviderKey = "Database:Provider";

    public abstract DatabaseProvider Provider { get; }

    /// <summary>The connection string, completed with the platform's settings (timeouts).</summary>
    public abstract string ConnectionString { get; }

    /// <summary>A new, closed connection to the platform's database.</summary>
    public abstract DbConnection CreateConnection();

    /// <summary>
    /// Points a module's DbContext at <paramref name="connection"/>: its provider, and its migrations history in
    /// <paramref name="historyTable"/> (on PostgreSQL in the module's schema, <see cref="Schema"/>).
    /// </summary>
    public abstract void Use(
        DbContextOptionsBuilder options,
        DbConnection connection,
        string historyTable,
        string module
    );

    /// <summary>The schema of <paramref name="module"/>'s tables: none on SQLite, the module's name in lower case on
    /// PostgreSQL.</summary>
    public abstract string? Schema(string module);

    /// <summary>Settings of a freshly opened connection (SQLite's busy timeout).</summary>
    public virtual Task ConnectionOpenedAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Takes the one writer's turn in a command's freshly begun <paramref name="transaction"/>: commands write one at a
    /// time across every host, as SQLite's <c>BEGIN IMMEDIATE</c> makes them, so a command's checks and its writes see
    /// the same rows.
    /// </summary>
    public virtual Task BeginWriteAsync(DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Makes the database ready for the modules' migrations (the file's folder and WAL; the server, its
    /// schemas), with a clear refusal when it cannot be used; then the change counters' table.</summary>
    public abstract Task PrepareAsync(IReadOnlyCollection<string> modules, CancellationToken cancellationToken);

    /// <summary>Held while the modules migrate and seed at start-up, so hosts starting together do it once.</summary>
    public virtual Task<IAsyncDisposable> InitializationLockAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    /// <summary>Whether <paramref name="exception"/> is a write that lost a race (a key or constraint another request
    /// took first), a database too busy to answer in time or text it cannot hold; null for anything else.</summary>
    public abstract DatabaseFailure? Classify(Exception exception);

    /// <summary>A one-line state of the database for <c>/health</c>.</summary>
    public abstract Task<string> DescribeAsync(CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>The dialect named by <c>Database:Provider</c> (default SQLite); a wrong setting stops start-up with one
    /// line saying what to write.</summary>
    public static DatabaseDialect FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetConnectionString(PlatformDatabase.ConnectionStringName);
        return ParseProvider(configuration[ProviderKey]) switch
        {
            DatabaseProvider.PostgreSql => new PostgreSqlDialect(configured),
            _ => new SqliteDialect(configured),
        };
    }

    public static DatabaseProvider ParseProvider(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Sqlite;
        }

        if (value.Trim().Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase)
            || value.Trim().Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.PostgreSql;
        }

        throw new StartupConfigurationException(BuildingBlocksTexts.Get("Database.UnknownProvider", value));
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>What a database failure means for the person who asked.</summary>
public enum DatabaseFailure
{
    /// <summary>Another request wrote the same key or reference first: 409, try again.</summary>
    Raced,

    /// <summary>The database did not answer in time (another writer held it): 503, try again shortly.</summary>
    Busy,

    /// <summary>The request carries text the database cannot hold (PostgreSQL: a NUL character): 400.</summary>
    InvalidText,
}
