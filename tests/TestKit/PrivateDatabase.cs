using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Platform.TestKit;

/// <summary>
/// One private database, alive while this object is, for calling a module's code on its own DbContext without the
/// platform: in-memory SQLite, or on PostgreSQL (<see cref="TestDatabase.Provider"/>) a database of its own, dropped at
/// the end. <see cref="Context{TContext, TPostgreSqlContext}"/> makes the module's context for the provider; apply its
/// migrations, then use it.
/// </summary>
public sealed class PrivateDatabase : IDisposable
{
    private readonly SqliteConnection? sqlite;
    private readonly string? folder;

    public PrivateDatabase()
    {
        if (TestDatabase.IsPostgreSql)
        {
            folder = PlatformFactory.NewFolder();
            TestDatabase.EnsureCreated(folder);
        }
        else
        {
            sqlite = new SqliteConnection("Data Source=:memory:");
            sqlite.Open();
        }
    }

    /// <summary>
    /// The module's context: <typeparamref name="TContext"/> on SQLite, <typeparamref name="TPostgreSqlContext"/> (its
    /// schema, conventions and migrations, ADR 0028) on PostgreSQL, with the module's migrations history table.
    /// </summary>
    public TContext Context<TContext, TPostgreSqlContext>(string historyTable, string schema)
        where TContext : DbContext
        where TPostgreSqlContext : TContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        if (sqlite is not null)
        {
            options.UseSqlite(sqlite, s => s.MigrationsHistoryTable(historyTable));
        }
        else
        {
            options.UseNpgsql(
                TestDatabase.ConnectionString(folder!),
                npgsql => npgsql.MigrationsHistoryTable(historyTable, schema).SetPostgresVersion(15, 0)
            );
        }

        return (TContext)Activator.CreateInstance(
            sqlite is null ? typeof(TPostgreSqlContext) : typeof(TContext),
            options.Options
        )!;
    }

    public void Dispose()
    {
        sqlite?.Dispose();
        if (folder is not null)
        {
            NpgsqlConnection.ClearAllPools();
            TestDatabase.Drop(folder);
        }
    }
}
