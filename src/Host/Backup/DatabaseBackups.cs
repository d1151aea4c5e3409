using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Host.Backup;

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
        : Path.Combine(Path.GetDirectoryName(SqliteRestore.DatabasePath(ConnectionString))!, "backups");

    private string ConnectionString => dialect.ConnectionString;

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

        var connectionString = services.GetRequiredService<DatabaseDialect>().ConnectionString;
        return await SqliteRestore.RestoreAsync(connectionString, file, known, cancellationToken);
    }
}
