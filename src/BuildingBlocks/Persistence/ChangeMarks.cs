using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// Sees every command a module's DbContext runs and, for each one that writes, moves the module's change counter
/// (<see cref="DatabaseChanges"/>) in the same transaction: at the commit of the scope's unit of work, inside any other
/// transaction at once, and after a write that runs on its own (nothing may be seen newer than the counter says).
/// Writes below EF Core (<see cref="BulkCommand"/>, the cascade's writers) report themselves through
/// <see cref="Wrote"/>.
/// </summary>
internal sealed class ChangeMarks(UnitOfWork unitOfWork, string module) : DbCommandInterceptor
{
    private string Module => module;

    /// <summary>Marks <paramref name="db"/>'s module as written in its current transaction (see the class
    /// remarks).</summary>
    public static void Wrote(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var marks = db.GetService<IDbContextOptions>()
            .FindExtension<CoreOptionsExtension>()
            ?.Interceptors?.OfType<ChangeMarks>()
            .FirstOrDefault();
        if (marks is null)
        {
            return;
        }

        // Outside a transaction the counter could only move after the write, and a reader between the two would keep
        // the old rows under the new counter: a writer below EF Core runs in the command's transaction.
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException(
                $"A write to {marks.Module} below EF Core runs in a transaction (a command's, see ADR 0022).");
        marks.Before(db.Database.GetDbConnection(), transaction);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result
    )
    {
        Before(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default
    )
    {
        Before(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result
    )
    {
        Before(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        Before(command);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(
        DbCommand command,
        CommandExecutedEventData eventData,
        DbDataReader result
    )
    {
        AfterOnItsOwn(command);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        AfterOnItsOwn(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command,
        CommandExecutedEventData eventData,
        int result,
        CancellationToken cancellationToken = default
    )
    {
        AfterOnItsOwn(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command,
        CommandExecutedEventData eventData,
        DbDataReader result,
        CancellationToken cancellationToken = default
    )
    {
        // A reader's command (an INSERT … RETURNING of SaveChanges) runs in SaveChanges' own transaction: marked
        // before.
        AfterOnItsOwn(command);
        return ValueTask.FromResult(result);
    }

    private void Before(DbCommand command)
    {
        if (Writes(command.CommandText))
        {
            Before(command.Connection!, command.Transaction);
        }
    }

    private void Before(DbConnection connection, DbTransaction? transaction)
    {
        if (transaction is null)
        {
            return;
        }

        if (unitOfWork.Transaction == transaction)
        {
            unitOfWork.Wrote(module);
        }
        else
        {
            // SaveChanges' own transaction, or one a test or bench began: the counter moves with the write or not at
            // all.
            DatabaseChanges.Bump(connection, transaction, [module]);
        }
    }

    private void AfterOnItsOwn(DbCommand command)
    {
        if (command.Transaction is null && Writes(command.CommandText))
        {
            try
            {
                DatabaseChanges.Bump(command.Connection!, null, [module]);
            }
            catch
            {
                // The write is done and its counter did not move: no row kept in this process may be used again.
                DatabaseChanges.Unsure();
                throw;
            }
        }
    }

    private static bool Writes(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        return text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase);
    }
}
