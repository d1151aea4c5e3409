using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Platform.Training.Persistence;

/// <summary>
/// Set-based writes for the bulk paths (people, enrolment and attendance files; the obligation notifications of a
/// national cascade): prepared statements that insert many rows each, inside one transaction, never row by row
/// through the change tracker.
/// </summary>
internal static class BulkSql
{
    // SQLite finds a named parameter by a linear scan of the statement's names, so very wide statements cost more to
    // bind than they save; about a hundred parameters a statement measured best.
    private const int ParametersPerStatement = 120;

    /// <summary>
    /// Runs <paramref name="insert"/> (e.g. <c>INSERT INTO t (a, b)</c>) with a VALUES list of about a hundred parameters at a time,
    /// then <paramref name="suffix"/> (e.g. an ON CONFLICT clause). Answers the number of rows SQLite changed.
    /// </summary>
    public static async Task<int> InsertAsync<T>(
        TrainingDbContext db, string insert, int columns, IReadOnlyCollection<T> rows, Func<T, object?[]> values, CancellationToken cancellationToken, string suffix = "")
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var owns = db.Database.CurrentTransaction is null;
        await using var transaction = owns ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var affected = 0;
        var rowsPerStatement = Math.Max(1, ParametersPerStatement / columns);
        DbCommand? full = null;
        try
        {
            foreach (var chunk in rows.Chunk(rowsPerStatement))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var command = chunk.Length == rowsPerStatement
                    ? full ??= Prepare(db, insert, columns, rowsPerStatement, suffix)
                    : Prepare(db, insert, columns, chunk.Length, suffix);
                for (var r = 0; r < chunk.Length; r++)
                {
                    var cells = values(chunk[r]);
                    for (var c = 0; c < columns; c++)
                    {
                        command.Parameters[(r * columns) + c].Value = cells[c] ?? DBNull.Value;
                    }
                }

                // Synchronous on purpose: Microsoft.Data.Sqlite's async calls only wrap the synchronous ones.
                affected += command.ExecuteNonQuery();
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return affected;
    }

    /// <summary>Runs one statement per row (for deletes and updates keyed by one row each).</summary>
    public static async Task<int> ExecuteAsync<T>(
        TrainingDbContext db, string sql, string[] parameters, IEnumerable<T> rows, Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        var owns = db.Database.CurrentTransaction is null;
        await using var transaction = owns ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = sql;
        var slots = parameters.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        command.Prepare();
        var affected = 0;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = values(row);
            for (var i = 0; i < slots.Length; i++)
            {
                slots[i].Value = cells[i] ?? DBNull.Value;
            }

            affected += command.ExecuteNonQuery();
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return affected;
    }

    private static DbCommand Prepare(TrainingDbContext db, string insert, int columns, int rows, string suffix)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var sql = new StringBuilder(insert).Append(" VALUES ");
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ",(");
            for (var c = 0; c < columns; c++)
            {
                var name = $"$p{(r * columns) + c}";
                sql.Append(c == 0 ? name : "," + name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            sql.Append(')');
        }

        command.CommandText = sql.Append(' ').Append(suffix).ToString();
        command.Prepare();
        return command;
    }
}
