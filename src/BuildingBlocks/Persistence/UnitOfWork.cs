using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// One connection per DI scope (a request, a page's operation, a verb), shared by every module's DbContext, and at most
/// one transaction on it: a command and every module's reaction to what it published commit together or not at all
/// (ADR 0022). <see cref="RunAsync{T}"/> opens the transaction, enlists every module's DbContext of the scope (those
/// created later enlist as they are created), commits when the work returns and rolls everything back when it throws.
/// Work already inside the scope's transaction simply runs in it.
/// </summary>
public sealed class UnitOfWork(string connectionString) : IAsyncDisposable
{
    private readonly List<DbContext> contexts = [];
    private DbConnection? connection;
    private DbTransaction? transaction;

    /// <summary>The scope's connection, created on first use; EF Core opens and closes it around each operation outside a transaction.</summary>
    public DbConnection Connection => connection ??= new SqliteConnection(connectionString);

    /// <summary>The scope's transaction while <see cref="RunAsync{T}"/> runs, else null.</summary>
    public DbTransaction? Transaction => transaction;

    /// <summary>True once a unit of work of this scope was rolled back: nothing it wrote, in any module, was kept.</summary>
    public bool RolledBack { get; private set; }

    /// <summary>Called for every module DbContext the scope creates (<see cref="PlatformDatabase.AddModuleDbContext{TContext}"/>).</summary>
    internal void Enlist(DbContext db)
    {
        contexts.Add(db);
        if (transaction is not null)
        {
            db.Database.UseTransaction(transaction);
        }
    }

    public async Task RunAsync(Func<Task> work, CancellationToken cancellationToken) =>
        await RunAsync(async () =>
        {
            await work();
            return true;
        }, cancellationToken);

    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (transaction is not null)
        {
            return await work();
        }

        var opened = Connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await Connection.OpenAsync(cancellationToken);
            await SqliteConnectionSettings.ApplyAsync(Connection, cancellationToken);
        }

        transaction = await Connection.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (var db in contexts)
            {
                await db.Database.UseTransactionAsync(transaction, cancellationToken);
            }

            var result = await work();
            await transaction.CommitAsync(CancellationToken.None);
            return result;
        }
        catch
        {
            RolledBack = true;
            await transaction.RollbackAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            var ended = transaction;
            transaction = null;
            foreach (var db in contexts)
            {
                await db.Database.UseTransactionAsync(null, CancellationToken.None);
            }

            await ended.DisposeAsync();
            if (opened)
            {
                await Connection.CloseAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }
}
