using System.Data.Common;
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
public sealed class UnitOfWork(DatabaseDialect dialect) : IAsyncDisposable, IDisposable
{
    private readonly List<DbContext> contexts = [];
    private readonly List<Action> afterCommit = [];
    private readonly List<Action<Exception>> afterRollback = [];
    private readonly HashSet<string> written = new(StringComparer.Ordinal);
    private DbConnection? connection;
    private DbTransaction? transaction;

    /// <summary>The scope's connection, created on first use; EF Core opens and closes it around each operation outside
    /// a transaction.</summary>
    public DbConnection Connection => connection ??= dialect.CreateConnection();

    /// <summary>The scope's transaction while <see cref="RunAsync{T}"/> runs, else null.</summary>
    public DbTransaction? Transaction => transaction;

    /// <summary>True once a unit of work of this scope was rolled back: nothing it wrote, in any module, was
    /// kept.</summary>
    public bool RolledBack { get; private set; }

    /// <summary>Called for every module DbContext the scope creates (
    /// <see cref="PlatformDatabase.AddModuleDbContext{TContext, TPostgreSqlContext}"/>).</summary>
    internal void Enlist(DbContext db)
    {
        contexts.Add(db);
        if (transaction is not null)
        {
            db.Database.UseTransaction(transaction);
        }
    }

    /// <summary>A module wrote in the scope's transaction: its change counter moves at the commit (
    /// <see cref="DatabaseChanges"/>).</summary>
    internal void Wrote(string module) => written.Add(module);

    /// <summary>
    /// Runs <paramref name="read"/> on the scope's connection, opened for it when closed: reads outside EF Core (the
    /// change counters of <see cref="DatabaseChanges"/>), never inside a command's transaction (the counters would be
    /// the committed ones while the rows read beside them are not).
    /// </summary>
    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (transaction is not null)
        {
            throw new InvalidOperationException("The feed's rows are read outside a command's transaction.");
        }

        var opened = Connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await Connection.OpenAsync(cancellationToken);
            await dialect.ConnectionOpenedAsync(Connection, cancellationToken);
        }

        try
        {
            return await read(Connection);
        }
        finally
        {
            await CloseAsync(opened);
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
        try
        {
            if (opened)
            {
                await Connection.OpenAsync(cancellationToken);
                await dialect.ConnectionOpenedAsync(Connection, cancellationToken);
            }

            transaction = await Connection.BeginTransactionAsync(cancellationToken);
        }
        catch
        {
            await CloseAsync(opened);
            throw;
        }

        try
        {
            await dialect.BeginWriteAsync(transaction, cancellationToken);
        }
        catch
        {
            await transaction.DisposeAsync();
            transaction = null;
            await CloseAsync(opened);
            throw;
        }

        T result;
        try
        {
            foreach (var db in contexts)
            {
                await db.Database.UseTransactionAsync(transaction, cancellationToken);
            }

            result = await work();
            if (written.Count > 0)
            {
                await DatabaseChanges.BumpAsync(Connection, transaction, written, CancellationToken.None);
                written.Clear();
            }

            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception failure)
        {
            RolledBack = true;
            written.Clear();
            try
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
            catch (Exception rollback) when (rollback is not OutOfMemoryException)
            {
                // The original failure is what the caller must see; a connection that broke also ended the transaction.
                failure.Data["rollback"] = rollback.Message;
            }

            await EndAsync(opened);
            Run(afterRollback, action => action(failure));
            throw;
        }

        await EndAsync(opened);
        Run(afterCommit, action => action());
        return result;
    }

    /// <summary>
    /// Runs <paramref name="action"/> once the scope's transaction has committed (at once when there is none): what
    /// others may see only when the work is saved, such as a cascade run reported as succeeded.
    /// </summary>
    public void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (transaction is null)
        {
            action();
            return;
        }

        afterCommit.Add(action);
    }

    /// <summary>Runs <paramref name="action"/> with the failure if the scope's transaction is rolled back (never when
    /// there is none).</summary>
    public void AfterRollback(Action<Exception> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (transaction is not null)
        {
            afterRollback.Add(action);
        }
    }

    private static void Run<TAction>(List<TAction> actions, Action<TAction> run)
    {
        var pending = actions.ToList();
        actions.Clear();
        pending.ForEach(run);
    }

    private async Task EndAsync(bool opened)
    {
        var ended = transaction!;
        transaction = null;
        foreach (var db in contexts)
        {
            await db.Database.UseTransactionAsync(null, CancellationToken.None);
        }

        await ended.DisposeAsync();
        await CloseAsync(opened);
    }

    private async Task CloseAsync(bool opened)
    {
        if (opened && connection is not null)
        {
            await connection.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }

    /// <summary>For a scope disposed synchronously: ASP.NET's Data Protection reads and writes its keys through
    /// the Access module's context in scopes of its own.</summary>
    public void Dispose() => connection?.Dispose();
}
