using Microsoft.Data.Sqlite;
using Platform.Plans.Cascade;

namespace Platform.Benchmarks;

/// <summary>
/// The floor of the persisted cascade (issue 16): the direct loop computing the obligations, plus the rows the
/// generation stored — its plans and its obligations, every column — inserted by one prepared statement per table in
/// one transaction into an empty copy of the two tables (their schema and indexes, read from the platform's database).
/// The rows are read before the clock starts, so what is timed is only computing and writing.
/// </summary>
internal sealed class PersistedFloor : IDisposable
{
    private static readonly string[] Tables = ["plans_plans", "plans_obligations"];

    private readonly string folder = Directory.CreateTempSubdirectory("platform-floor-").FullName;
    private readonly List<(string Table, string[] Columns, List<object?[]> Rows)> tables = [];
    private readonly List<string> schema = [];

    public PersistedFloor(string databasePath)
    {
        using var source = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        source.Open();
        foreach (var table in Tables)
        {
            using (var ddl = source.CreateCommand())
            {
                ddl.CommandText = "SELECT sql FROM sqlite_master WHERE tbl_name = $t AND sql IS NOT NULL "
                    + "ORDER BY type DESC";
                ddl.Parameters.AddWithValue("$t", table);
                using var reader = ddl.ExecuteReader();
                while (reader.Read())
                {
                    schema.Add(reader.GetString(0));
                }
            }

            using var select = source.CreateCommand();
            select.CommandText = $"SELECT * FROM {table}";
            using var rows = select.ExecuteReader();
            var columns = Enumerable.Range(0, rows.FieldCount).Select(rows.GetName).ToArray();
            var list = new List<object?[]>();
            while (rows.Read())
            {
                var values = new object?[columns.Length];
                rows.GetValues(values!);
                list.Add(values);
            }

            tables.Add((table, columns, list));
        }
    }

    public int Rows => tables.Sum(t => t.Rows.Count);

    /// <summary>A fresh empty copy of the tables; not timed.</summary>
    public string Prepare()
    {
        var path = Path.Combine(folder, $"floor-{Guid.NewGuid():N}.db");
        using var connection = Open(path);
        foreach (var statement in schema)
        {
            using var command = connection.CreateCommand();
            command.CommandText = statement;
            command.ExecuteNonQuery();
        }

        return path;
    }

    /// <summary>Computes the obligations by the direct loop and writes the stored rows into <paramref name="path"/>:
    /// the timed part.</summary>
    public int Run(string path, Func<ObligationTable> compute)
    {
        var computed = compute();
        using var connection = Open(path);
        using var transaction = connection.BeginTransaction();
        foreach (var (table, columns, rows) in tables)
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES "
                + $"({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", null)))
                .ToArray();
            insert.Prepare();
            foreach (var row in rows)
            {
                for (var i = 0; i < parameters.Length; i++)
                {
                    parameters[i].Value = row[i] ?? DBNull.Value;
                }

                insert.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        return computed.Count;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static SqliteConnection Open(string path)
    {
        // The platform's journal mode, without foreign keys: the units are not copied.
        var connection = new SqliteConnection($"Data Source={path};Foreign Keys=False;Pooling=False");
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode = WAL;";
        pragma.ExecuteNonQuery();
        return connection;
    }
}
