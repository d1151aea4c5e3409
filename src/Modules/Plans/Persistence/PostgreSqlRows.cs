using Npgsql;
using NpgsqlTypes;

namespace Platform.Plans.Persistence;

/// <summary>What the PostgreSQL writers of a generation share: the table's next ids, typed values for binary
/// <c>COPY</c> (the table's name comes from <see cref="BuildingBlocks.Persistence.ModelNames"/>).</summary>
internal static class PostgreSqlRows
{
    public static string Columns(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));

    /// <summary>
    /// Takes <paramref name="count"/> values of <paramref name="table"/>'s <c>Id</c> identity: rows written with them
    /// never meet an id the database gives another writer.
    /// </summary>
    public static List<int> ReserveIds(NpgsqlConnection connection, string table, int count)
    {
        var ids = new List<int>(count);
        if (count == 0)
        {
            return ids;
        }

        using var command = new NpgsqlCommand(
            "SELECT nextval(pg_get_serial_sequence(@table, 'Id'))::integer FROM generate_series(1, @count);",
            connection
        );
        command.Parameters.Add(new NpgsqlParameter<string>("table", table));
        command.Parameters.Add(new NpgsqlParameter<int>("count", count));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
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
