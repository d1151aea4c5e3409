using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Host.Backup;

/// <summary>The database is on a server: its backups are the operator's, with the server's tools.</summary>
public sealed class BackupByServerToolsException(string message) : Exception(message);

/// <summary>
/// Backups of the platform's database into one folder: <c>Backup:Folder</c>, else <c>backups/</c> beside the database
/// (<c>data/backups</c> with the default database). Clients never name a path; the host names each file by the time.
/// </summary>
internal sealed class DatabaseBackups(IConfiguration configuration, DatabaseDialect dialect, TimeProvider clock)
    : IDisposable
{
    public const string FolderSetting = "Backup:Folder";

    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public string Folder => configuration[FolderSetting] is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(Path.GetDirectoryName(SqliteRestore.DatabasePath(SqliteOnly(dialect)))!, "backups");

    private string ConnectionString => SqliteOnly(dialect);

    public void Dispose() => oneAtATime.Dispose();

    /// <summary>One backup at a time: a second request waits for the first rather than doubling the disk
    /// traffic.</summary>
    public async Task<BackupFile> TakeAsync(CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await SqliteBackup.BackupIntoAsync(
                ConnectionString,
                Folder,
                clock.GetUtcNow().UtcDateTime,
                cancellationToken
            );
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    public Task<BackupFile> TakeToAsync(string file, CancellationToken cancellationToken) =>
        SqliteBackup.BackupToAsync(ConnectionString, file, clock.GetUtcNow().UtcDateTime, cancellationToken);

    public IReadOnlyList<BackupFile> List() => SqliteBackup.List(Folder);

    /// <summary>The SQLite file's connection string; on PostgreSQL the refusal that names the server's own tools (
    /// <c>pg_dump</c>, <c>pg_restore</c>), which the operator runs.</summary>
    private static string SqliteOnly(DatabaseDialect dialect) => dialect is PostgreSqlDialect server
        ? throw new BackupByServerToolsException(
            new Platform.BuildingBlocks.Texts.ResourceTexts(typeof(HostTexts)).Get(
                "Backup.ByServerTools",
                System.Globalization.CultureInfo.CurrentUICulture,
                server.Server,
                server.Database,
                server.HostName,
                server.Port,
                server.UserName ?? "postgres"
            )
        )
        : dialect.ConnectionString;

    /// <summary>Restores <paramref name="file"/> over the database, checking its migrations against every
    /// module's.</summary>
    public static async Task<RestoreResult> RestoreAsync(
        IServiceProvider services,
        string file,
        CancellationToken cancellationToken
    )
    {
        var known = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        foreach (var module in services.GetServices<ModuleDatabase>())
        {
            var context = (DbContext)services.GetRequiredService(module.ContextType);
            known[module.HistoryTable] = context.Database.GetMigrations().ToList();
        }

        var connectionString = SqliteOnly(services.GetRequiredService<DatabaseDialect>());
        return await SqliteRestore.RestoreAsync(connectionString, file, known, cancellationToken);
    }
}
