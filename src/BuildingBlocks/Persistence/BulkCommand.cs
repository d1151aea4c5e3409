using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// The one way to write many rows below EF Core's change tracker (imports of tens of thousands of rows, the copies of a
/// national cascade's obligations): one prepared statement with positional parameters <c>@p0</c>, <c>@p1</c>, …, run
/// once per row on the context's connection inside the command's transaction (ADR 0022). Plain ADO.NET, so it runs on
/// any provider EF Core runs on.
/// </summary>
public sealed class BulkCommand : IAsyncDisposable
{
    private readonly DbCommand command;

    private BulkCommand(DbCommand command) => this.command = command;

    /// <summary>Prepares <paramref name="sql"/> with <paramref name="parameters"/> positional parameters on
    /// <paramref name="db"/>'s transaction.</summary>
    public static BulkCommand Prepare(DbContext db, string sql, int parameters)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are written in bulk only inside the command's transaction.");
        ChangeMarks.Wrote(db);
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = Parameter(i);
            command.Parameters.Add(parameter);
        }

        if (command is not Npgsql.NpgsqlCommand)
        {
            // SQLite compiles the statement once here; Npgsql would need every parameter's type first and prepares on
            // its own when the statement repeats.
            command.Prepare();
        }

        return new BulkCommand(command);
    }

    /// <summary>
    /// <c>INSERT INTO</c> the table of <typeparamref name="TEntity"/> its <paramref name="properties"/> (parameters in
    /// that order), then <paramref name="suffix"/> (e.g. an <c>ON CONFLICT</c> clause): table and column names come
    /// from the module's EF Core model, so only its <c>Persistence/</c> names them.
    /// </summary>
    public static BulkCommand Insert<TEntity>(DbContext db, IReadOnlyList<string> properties, string suffix = "")
    {
        var (table, columns) = Names<TEntity>(db, properties);
        return Prepare(
            db,
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({Parameters(columns.Count)}) {suffix};",
            columns.Count
        );
    }

    /// <summary>The insert of <see cref="Insert{TEntity}"/> answering the new row's <paramref name="key"/> (
    /// <see cref="ScalarAsync"/>).</summary>
    public static BulkCommand InsertReturning<TEntity>(DbContext db, IReadOnlyList<string> properties, string key) =>
        Insert<TEntity>(db, properties, $"RETURNING {Names<TEntity>(db, [key]).Columns[0]}");

    /// <summary>An upsert keyed by <paramref name="key"/>: the insert of <paramref name="properties"/> (the key first),
    /// every other one updated on conflict.</summary>
    public static BulkCommand Upsert<TEntity>(DbContext db, IReadOnlyList<string> properties)
    {
        var (_, columns) = Names<TEntity>(db, properties);
        return Insert<TEntity>(
            db,
            properties,
            $"ON CONFLICT ({columns[0]}) DO UPDATE SET "
                + $"{string.Join(", ", columns.Skip(1).Select(c => $"{c} = excluded.{c}"))}"
        );
    }

    /// <summary><c>UPDATE</c> the row of <typeparamref name="TEntity"/> whose <paramref name="key"/> is the last
    /// parameter, setting <paramref name="properties"/> from the first ones.</summary>
    public static BulkCommand Update<TEntity>(DbContext db, string key, IReadOnlyList<string> properties)
    {
        var (table, columns) = Names<TEntity>(db, [.. properties, key]);
        var set = string.Join(", ", columns.Take(properties.Count).Select((c, i) => $"{c} = {Parameter(i)}"));
        return Prepare(
            db,
            $"UPDATE {table} SET {set} WHERE {columns[^1]} = {Parameter(properties.Count)};",
            columns.Count
        );
    }

    /// <summary><c>DELETE</c> the row of <typeparamref name="TEntity"/> whose <paramref name="key"/> is the one
    /// parameter.</summary>
    public static BulkCommand Delete<TEntity>(DbContext db, string key)
    {
        var (table, columns) = Names<TEntity>(db, [key]);
        return Prepare(db, $"DELETE FROM {table} WHERE {columns[0]} = {Parameter(0)};", 1);
    }

    private static (string Table, List<string> Columns) Names<TEntity>(DbContext db, IReadOnlyList<string> properties)
    {
        var (table, columns) = ModelNames.Of<TEntity>(db, properties);
        return (table, columns.Select(c => c.Name).ToList());
    }

    /// <summary>The name of the <paramref name="index"/>th parameter, for writing the statement.</summary>
    public static string Parameter(int index) => $"@p{index}";

    /// <summary>The first <paramref name="count"/> parameters, for a VALUES list: <c>@p0, @p1, …</c>.</summary>
    public static string Parameters(int count) => string.Join(", ", Enumerable.Range(0, count).Select(Parameter));

    /// <summary>Sets the parameter at <paramref name="index"/> (null is written as NULL).</summary>
    public BulkCommand Set(int index, object? value)
    {
        command.Parameters[index].Value = value ?? DBNull.Value;
        return this;
    }

    /// <summary>Runs the statement with the parameters set; answers the rows it changed.</summary>
    public Task<int> ExecuteAsync(CancellationToken cancellationToken) =>
        command.ExecuteNonQueryAsync(cancellationToken);

    /// <summary>Runs the statement and answers its one value (e.g. <c>RETURNING Id</c>).</summary>
    public Task<object?> ScalarAsync(CancellationToken cancellationToken) =>
        command.ExecuteScalarAsync(cancellationToken);

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
