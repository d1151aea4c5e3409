using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Platform.Training.Persistence;

/// <summary>
/// Set-based writes for the bulk paths (people, enrolment and attendance files; the obligation notifications of a
/// national cascade): one INSERT … SELECT over a JSON array inside one transaction, never row by row through the
/// change tracker.
/// </summary>
internal static class BulkSql
{
    private const int RowsPerStatement = 50_000;

    /// <summary>
    /// Runs <paramref name="insert"/> (e.g. <c>INSERT INTO t (a, b)</c>) over the rows sent as one JSON parameter and
    /// unpacked by SQLite's <c>json_each</c>, then <paramref name="suffix"/> (e.g. an ON CONFLICT clause): one statement per
    /// 50,000 rows, so nothing is bound or executed row by row. Answers the number of rows SQLite changed.
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
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var cells = string.Join(", ", Enumerable.Range(0, columns).Select(c => $"json_extract(value, '$[{c}]')"));
        // "WHERE true" keeps SQLite from reading an ON CONFLICT suffix as part of the SELECT.
        command.CommandText = $"{insert} SELECT {cells} FROM json_each($rows) WHERE true {suffix}";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$rows";
        command.Parameters.Add(parameter);
        var affected = 0;
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            cancellationToken.ThrowIfCancellationRequested();
            parameter.Value = Json(chunk, values);
            affected += await command.ExecuteNonQueryAsync(cancellationToken);
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

    private static string Json<T>(IEnumerable<T> rows, Func<T, object?[]> values)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartArray();
                foreach (var cell in values(row))
                {
                    switch (cell)
                    {
                        case null: json.WriteNullValue(); break;
                        case int i: json.WriteNumberValue(i); break;
                        case long l: json.WriteNumberValue(l); break;
                        case bool b: json.WriteNumberValue(b ? 1 : 0); break;
                        // The text form EF Core and Microsoft.Data.Sqlite give a DateTime in SQLite.
                        case DateTime d: json.WriteStringValue(d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)); break;
                        default: json.WriteStringValue(Convert.ToString(cell, CultureInfo.InvariantCulture)); break;
                    }
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
