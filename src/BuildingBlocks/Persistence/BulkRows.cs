using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// Many rows written as one set, in the command's transaction, for writes that know all their rows first (the copies of
/// a national cascade's ~117,000 obligations): on SQLite the prepared statement of <see cref="BulkCommand"/> row by row
/// (in-process, microseconds each); on PostgreSQL one binary <c>COPY</c> into a temporary table and one statement from
/// it, where a round trip per row would cost seconds. Table, columns and their types come from the module's EF Core
/// model.
/// </summary>
public static class BulkRows
{
    /// <summary>
    /// Inserts <paramref name="rows"/> (values in the order of <paramref name="properties"/>, the key first) into the
    /// table of <typeparamref name="TEntity"/>, updating every other property of a row whose key exists; answers the
    /// rows written.
    /// </summary>
    public static async Task<int> UpsertAsync<TEntity>(
        DbContext db,
        IReadOnlyList<string> properties,
        IEnumerable<object?[]> rows,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(rows);
        // Rows are made as they are written, never held all at once (a national cascade's copies are 117,595).
        using var pending = rows.GetEnumerator();
        if (!pending.MoveNext())
        {
            return 0;
        }

        if (db.Database.GetDbConnection() is not NpgsqlConnection connection)
        {
            await using var upsert = BulkCommand.Upsert<TEntity>(db, properties);
            return await RowByRowAsync(upsert, Rest(pending), cancellationToken);
        }

        ChangeMarks.Wrote(db);
        var (table, columns) = Names<TEntity>(db, properties);
        var list = string.Join(", ", columns.Select(c => c.Name));
        await Run(
            connection,
            $"CREATE TEMP TABLE bulk_rows ON COMMIT DROP AS SELECT {list} FROM {table} WITH NO DATA;",
            cancellationToken
        );
        await CopyAsync(connection, "bulk_rows", columns, Rest(pending), cancellationToken);
        var set = string.Join(", ", columns.Skip(1).Select(c => $"{c.Name} = excluded.{c.Name}"));
        var count = await Run(
            connection,
            $"INSERT INTO {table} ({list}) SELECT {list} FROM bulk_rows "
                + $"ON CONFLICT ({columns[0].Name}) DO UPDATE SET {set};",
            cancellationToken
        );
        await Run(connection, "DROP TABLE bulk_rows;", cancellationToken);
        return count;
    }

    /// <summary>
    /// Inserts <paramref name="rows"/> (values in the order of <paramref name="properties"/>) into the table of
    /// <typeparamref name="TEntity"/>; answers the rows written. Rows may carry their own <c>Id</c>: PostgreSQL's
    /// identity is then moved past the largest, as SQLite's AUTOINCREMENT moves itself, so the next row the database
    /// numbers gets a new id.
    /// </summary>
    public static async Task<int> InsertAsync<TEntity>(
        DbContext db,
        IReadOnlyList<string> properties,
        IEnumerable<object?[]> rows,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(rows);
        using var pending = rows.GetEnumerator();
        if (!pending.MoveNext())
        {
            return 0;
        }

        if (db.Database.GetDbConnection() is not NpgsqlConnection connection)
        {
            await using var insert = BulkCommand.Insert<TEntity>(db, properties);
            return await RowByRowAsync(insert, Rest(pending), cancellationToken);
        }

        ChangeMarks.Wrote(db);
        var (table, columns) = Names<TEntity>(db, properties);
        var count = await CopyAsync(connection, table, columns, Rest(pending), cancellationToken);
        if (properties.Contains("Id", StringComparer.Ordinal))
        {
            await MoveIdentityPastAsync(connection, table, "Id", cancellationToken);
        }

        return count;
    }

    /// <summary>Deletes the rows of <typeparamref name="TEntity"/> whose <paramref name="key"/> is one of
    /// <paramref name="keys"/>; answers the rows removed.</summary>
    public static async Task<int> DeleteAsync<TEntity, TKey>(
        DbContext db,
        string key,
        IReadOnlyCollection<TKey> keys,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return 0;
        }

        if (db.Database.GetDbConnection() is not NpgsqlConnection connection)
        {
            await using var delete = BulkCommand.Delete<TEntity>(db, key);
            var removed = 0;
            foreach (var value in keys)
            {
                removed += await delete.Set(0, value).ExecuteAsync(cancellationToken);
            }

            return removed;
        }

        ChangeMarks.Wrote(db);
        var (table, columns) = Names<TEntity>(db, [key]);
        await using var command = new NpgsqlCommand(
            $"DELETE FROM {table} WHERE {columns[0].Name} = ANY(@keys);",
            connection
        );
        command.Parameters.Add(new NpgsqlParameter<TKey[]>("keys", keys.ToArray()));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Moves the identity of <paramref name="table"/>'s <paramref name="column"/> (if it has one) past the largest
    /// value in the table, so the next row the database numbers gets a new id: after rows were written with their
    /// own ids, as SQLite's AUTOINCREMENT does by itself.
    /// </summary>
    public static async Task MoveIdentityPastAsync(
        NpgsqlConnection connection,
        string table,
        string column,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand(
            $"SELECT setval(sequence, coalesce((SELECT max(\"{column}\") FROM {table}), 0) + 1, false) "
                + "FROM (SELECT pg_get_serial_sequence(@table, @column) AS sequence) s WHERE sequence IS NOT NULL;",
            connection
        );
        command.Parameters.Add(new NpgsqlParameter<string>("table", table));
        command.Parameters.Add(new NpgsqlParameter<string>("column", column));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>SQLite's way: one prepared statement, a row at a time, in-process.</summary>
    private static async Task<int> RowByRowAsync(
        BulkCommand command,
        IEnumerable<object?[]> rows,
        CancellationToken cancellationToken
    )
    {
        var written = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                command.Set(i, row[i]);
            }

            written += await command.ExecuteAsync(cancellationToken);
        }

        return written;
    }

    /// <summary>The rows of an enumerator already moved to its first.</summary>
    private static IEnumerable<object?[]> Rest(IEnumerator<object?[]> started)
    {
        do
        {
            yield return started.Current;
        }
        while (started.MoveNext());
    }

    private static async Task<int> CopyAsync(
        NpgsqlConnection connection,
        string table,
        IReadOnlyList<Column> columns,
        IEnumerable<object?[]> rows,
        CancellationToken cancellationToken
    )
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)",
            cancellationToken
        );
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            for (var i = 0; i < columns.Count; i++)
            {
                await columns[i].WriteAsync(copy, row[i], cancellationToken);
            }
        }

        return (int)await copy.CompleteAsync(cancellationToken);
    }

    private static async Task<int> Run(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static (string Table, List<Column> Columns) Names<TEntity>(DbContext db, IReadOnlyList<string> properties)
    {
        var (table, columns) = ModelNames.Of<TEntity>(db, properties);
        return (table, columns.Select(c => new Column(c.Name, c.Property)).ToList());
    }

    /// <summary>A column and how a value is written to it in binary: through the model's value converter, as the
    /// provider type PostgreSQL expects (text, integer, bigint, boolean, double precision, timestamp, date).</summary>
    private sealed record Column(string Name, IProperty Property)
    {
        private readonly Type providerType = Nullable.GetUnderlyingType(
            Property.GetTypeMapping().Converter?.ProviderClrType ?? Property.ClrType
        ) ?? Property.GetTypeMapping().Converter?.ProviderClrType ?? Property.ClrType;

        public Task WriteAsync(NpgsqlBinaryImporter copy, object? value, CancellationToken cancellationToken)
        {
            if (value is null or DBNull)
            {
                return copy.WriteNullAsync(cancellationToken);
            }

            if (value.GetType() != providerType && Property.GetTypeMapping().Converter is { } converter
                && converter.ModelClrType.IsInstanceOfType(value))
            {
                value = converter.ConvertToProvider(value)!;
            }

            return providerType switch
            {
                _ when providerType == typeof(string) => copy.WriteAsync(Convert.ToString(value,
                    System.Globalization.CultureInfo.InvariantCulture)!, NpgsqlDbType.Text, cancellationToken),
                _ when providerType == typeof(int) => copy.WriteAsync(Convert.ToInt32(value,
                    System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Integer, cancellationToken),
                _ when providerType == typeof(long) => copy.WriteAsync(Convert.ToInt64(value,
                    System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Bigint, cancellationToken),
                _ when providerType == typeof(bool) => copy.WriteAsync(Convert.ToBoolean(value,
                    System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Boolean, cancellationToken),
                _ when providerType == typeof(double) => copy.WriteAsync(Convert.ToDouble(value,
                    System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Double, cancellationToken),
                _ when providerType == typeof(DateTime) => copy.WriteAsync(
                    DateTime.SpecifyKind(
                        (DateTime)value is { Kind: DateTimeKind.Local } local
                            ? local.ToUniversalTime()
                            : (DateTime)value,
                        DateTimeKind.Unspecified
                    ),
                    NpgsqlDbType.Timestamp,
                    cancellationToken
                ),
                _ when providerType == typeof(DateOnly) => copy.WriteAsync((DateOnly)value, NpgsqlDbType.Date,
                    cancellationToken),
                _ => throw new NotSupportedException(
                    $"{Property.DeclaringType.ClrType.Name}.{Property.Name}: no bulk write for {providerType.Name}."),
            };
        }
    }
}
