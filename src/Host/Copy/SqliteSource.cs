using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Persistence;
using Platform.Host.Backup;

namespace Platform.Host.Copy;

/// <summary>The copy was refused before anything was written to the target database.</summary>
public sealed class CopyRefusedException(string message) : Exception(message);

/// <summary>
/// The SQLite file <c>copy-from-sqlite</c> reads, opened read-only with each module's SQLite context on it (the model
/// the file was written with, so its dates, flags and lists are read as the platform reads them). Refused unless it is
/// an SQLite database of this platform holding exactly this build's migrations, every module's: copying an older file
/// would leave columns PostgreSQL has and the file lacks, a newer one columns this build does not know.
/// </summary>
internal sealed class SqliteSource : IAsyncDisposable
{
    private readonly IStringLocalizer<HostTexts> texts;

    private SqliteSource(
        string path,
        SqliteConnection connection,
        IReadOnlyList<DbContext> contexts,
        IStringLocalizer<HostTexts> texts
    )
    {
        this.texts = texts;
        Path = path;
        Connection = connection;
        Contexts = contexts;
    }

    public string Path { get; }

    public SqliteConnection Connection { get; }

    /// <summary>Each module's SQLite context on <see cref="Connection"/>, in the order the modules are
    /// registered.</summary>
    public IReadOnlyList<DbContext> Contexts { get; }

    public static async Task<SqliteSource> OpenAsync(
        IServiceProvider services,
        string file,
        CancellationToken cancellationToken
    )
    {
        var texts = services.GetRequiredService<IStringLocalizer<HostTexts>>();
        var path = System.IO.Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            throw new CopyRefusedException(texts["Copy.NoFile", path]);
        }

        if (!await SqliteRestore.StartsAsSqliteAsync(path, cancellationToken))
        {
            throw new CopyRefusedException(texts["Copy.NotSqlite", path]);
        }

        var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
            }.ToString()
        );
        var contexts = new List<DbContext>();
        var source = new SqliteSource(path, connection, contexts, texts);
        try
        {
            await connection.OpenAsync(cancellationToken);
            foreach (var module in services.GetServices<ModuleDatabase>())
            {
                contexts.Add(Context(services, module, connection));
            }

            await source.CheckMigrationsAsync(services, cancellationToken);
            return source;
        }
        catch (SqliteException failure)
        {
            await source.DisposeAsync();
            throw new CopyRefusedException(texts["Copy.Unreadable", path, failure.Message]);
        }
        catch
        {
            await source.DisposeAsync();
            throw;
        }
    }

    /// <summary>The module's own (SQLite) context type, created on <paramref name="connection"/> with its migrations
    /// history table.</summary>
    private static DbContext Context(IServiceProvider services, ModuleDatabase module, SqliteConnection connection)
    {
        var options = (DbContextOptionsBuilder)Activator.CreateInstance(
            typeof(DbContextOptionsBuilder<>).MakeGenericType(module.ContextType)
        )!;
        options.UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable(module.HistoryTable));
        return (DbContext)ActivatorUtilities.CreateInstance(services, module.ContextType, options.Options);
    }

    private async Task CheckMigrationsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var modules = services.GetServices<ModuleDatabase>().ToList();
        var applied = new List<IReadOnlyCollection<string>>();
        foreach (var db in Contexts)
        {
            applied.Add((await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList());
        }

        if (applied.All(a => a.Count == 0))
        {
            throw new CopyRefusedException(
                texts["Copy.NotOurs", Path, string.Join(", ", modules.Select(m => m.HistoryTable))]
            );
        }

        for (var i = 0; i < Contexts.Count; i++)
        {
            var known = Contexts[i].Database.GetMigrations().ToList();
            var unknown = applied[i].Except(known, StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                throw new CopyRefusedException(
                    texts["Copy.Newer", Path, modules[i].HistoryTable, string.Join(", ", unknown)]
                );
            }

            var missing = known.Except(applied[i], StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                throw new CopyRefusedException(
                    texts["Copy.NotUpToDate", Path, modules[i].HistoryTable, string.Join(", ", missing)]
                );
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var db in Contexts)
        {
            await db.DisposeAsync();
        }

        await Connection.DisposeAsync();
    }
}
