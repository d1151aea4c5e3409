using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Platform.Training.Persistence;

/// <summary>
/// Set-based writes for the bulk paths (attendance files, obligation notifications of a national cascade): one
/// prepared statement re-run per row inside one transaction, which SQLite does at a few hundred thousand rows a second.
/// </summary>
internal static class BulkSql
{
    public static async Task<int> ExecuteAsync<T>(
        TrainingDbContext db, string sql, string[] parameters, IEnumerable<T> rows, Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        var owns = db.Database.CurrentTransaction is null;
        await using var transaction = owns ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = sql;
        var slots = parameters.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);
        var affected = 0;
        foreach (var row in rows)
        {
            var cells = values(row);
            for (var i = 0; i < slots.Length; i++)
            {
                slots[i].Value = cells[i] ?? DBNull.Value;
            }

            affected += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return affected;
    }
}
