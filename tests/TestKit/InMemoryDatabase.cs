using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Platform.TestKit;

/// <summary>
/// One private in-memory SQLite database, alive while this object is, for calling a module's code on its own
/// DbContext without the platform: create the context with <see cref="Options{TContext}"/>, then apply its migrations.
/// </summary>
public sealed class InMemoryDatabase : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public InMemoryDatabase() => connection.Open();

    public DbContextOptions<TContext> Options<TContext>(string historyTable)
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable(historyTable))
            .Options;

    public void Dispose() => connection.Dispose();
}
