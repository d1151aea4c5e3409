using Npgsql;
using NpgsqlTypes;

namespace Platform.Plans.Persistence;

/// <summary>What the PostgreSQL writers of a generation share: the table's next ids, typed values for binary
/// <c>COPY</c> (the table's name comes from <see cref="BuildingBlocks.Persistence.ModelNames"/>).</summary>
internal static class PostgreSqlRows
{
    public static string Columns(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));

    /// <summary>
    /// Takes <paramref name="count"/> values of <paramref name="table"/>'s <c>Id</c> identity as one block: rows
    /// written with them never meet an id the database gives another writer. One <c>nextval</c> and one
    /// <c>setval</c> rather than a <c>nextval</c> per row (117,595 of them cost a third of a second): no other session
    /// takes ids between the two, because every write to these tables is a command's and commands write one at a time
    /// (the writer's turn, <see cref="BuildingBlocks.Persistence.DatabaseDialect.BeginWriteAsync"/>).
    /// </summary>
    public static List<int> ReserveIds(NpgsqlConnection connection, string table, int count)
    {
        if (count == 0)
        {
            return [];
        }

        using var command = new NpgsqlCommand(
            "SELECT setval(s, nextval(s) + @count - 1)::integer "
                + "FROM (SELECT pg_get_serial_sequence(@table, 'Id') s) q;",
            connection
        );
        command.Parameters.Add(new NpgsqlParameter<string>("table", table));
        command.Parameters.Add(new NpgsqlParameter<int>("count", count));
        var last = (int)command.ExecuteScalar()!;
        return Enumerable.Range(last - count + 1, count).ToList();
    }

    public static void Write(NpgsqlBinaryImporter row, string? value)
    {
        if (value is null)
        {
            row.WriteNull();
        }
        else
        {
            row.Write(value, NpgsqlDbType.Text);
        }
    }

    public static void Write(NpgsqlBinaryImporter row, long? value)
    {
        if (value is { } v)
        {
            row.Write(v, NpgsqlDbType.Bigint);
        }
        else
        {
            row.WriteNull();
        }
    }

    public static void Write(NpgsqlBinaryImporter row, int? value)
    {
        if (value is { } v)
        {
            row.Write(v, NpgsqlDbType.Integer);
        }
        else
        {
            row.WriteNull();
        }
    }

    public static void Write(NpgsqlBinaryImporter row, double? value)
    {
        if (value is { } v)
        {
            row.Write(v, NpgsqlDbType.Double);
        }
        else
        {
            row.WriteNull();
        }
    }
}
