using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Platform.Plans.Cascade;
using Platform.Plans.PlanBook;

namespace Platform.Plans.Persistence;

/// <summary>
/// Writes a generation's obligations on PostgreSQL with binary <c>COPY</c>, the server's bulk path (one round trip per
/// row would cost a national cascade's 117,595 rows several seconds): ids reserved from the table's identity first, so
/// each insert answers its id at once; updates copied into a temporary table and applied by one statement; deletes by
/// one statement. All in the generation's transaction.
/// </summary>
internal sealed class PostgreSqlObligationWriter : IObligationWriter
{
    private readonly NpgsqlConnection connection;
    private readonly string table;
    private readonly DateTime now;
    private readonly Queue<int> ids;
    private readonly List<(int Id, ObligationDraft Draft)> updates = [];
    private readonly List<int> deletes = [];
    private NpgsqlBinaryImporter? importer;

    private PostgreSqlObligationWriter(NpgsqlConnection connection, string table, DateTime now, Queue<int> ids)
    {
        this.connection = connection;
        this.table = table;
        this.now = DateTime.SpecifyKind(now, DateTimeKind.Unspecified);
        this.ids = ids;
    }

    public static PostgreSqlObligationWriter Create(PlansDbContext db, DateTime now, int inserts)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var table = BuildingBlocks.Persistence.ModelNames.Table<Obligation>(db);
        return new PostgreSqlObligationWriter(
            connection,
            table,
            now,
            new Queue<int>(PostgreSqlRows.ReserveIds(connection, table, inserts))
        );
    }

    public int Insert(int planId, ObligationDraft draft)
    {
        importer ??= connection.BeginBinaryImport(
            $"COPY {table} ("
                + PostgreSqlRows.Columns(["Id", .. ObligationWriter.Identity, .. ObligationWriter.Computed])
                + ") FROM STDIN (FORMAT BINARY)"
        );
        var id = ids.Dequeue();
        importer.StartRow();
        importer.Write(id, NpgsqlDbType.Integer);
        importer.Write(planId, NpgsqlDbType.Integer);
        importer.Write(draft.Unit.Id, NpgsqlDbType.Integer);
        importer.Write(draft.Unit.Code, NpgsqlDbType.Text);
        importer.Write(draft.Year, NpgsqlDbType.Integer);
        importer.Write(draft.IndicatorCode, NpgsqlDbType.Text);
        importer.Write(draft.Kind, NpgsqlDbType.Text);
        importer.Write(false, NpgsqlDbType.Boolean);
        importer.Write(1, NpgsqlDbType.Integer);
        WriteComputed(importer, draft);
        return id;
    }

    public void Update(int id, ObligationDraft draft)
    {
        EndInserts();
        updates.Add((id, draft));
    }

    public void Delete(int id)
    {
        EndInserts();
        deletes.Add(id);
    }

    public void Complete()
    {
        EndInserts();
        if (updates.Count > 0)
        {
            var columns = ObligationWriter.Computed;
            Run(
                "CREATE TEMP TABLE obligation_updates ON COMMIT DROP AS "
                    + $"SELECT \"Id\", {PostgreSqlRows.Columns(columns)} FROM {table} WITH NO DATA;"
            );
            using (var copy = connection.BeginBinaryImport(
                $"COPY obligation_updates (\"Id\", {PostgreSqlRows.Columns(columns)}) FROM STDIN (FORMAT BINARY)"
            ))
            {
                foreach (var (id, draft) in updates)
                {
                    copy.StartRow();
                    copy.Write(id, NpgsqlDbType.Integer);
                    WriteComputed(copy, draft);
                }

                copy.Complete();
            }

            var set = string.Join(", ", columns.Select(c => $"\"{c}\" = u.\"{c}\""));
            Run(
                $"UPDATE {table} o SET {set}, \"Version\" = o.\"Version\" + 1 FROM obligation_updates u "
                    + "WHERE o.\"Id\" = u.\"Id\"; DROP TABLE obligation_updates;"
            );
            updates.Clear();
        }

        if (deletes.Count > 0)
        {
            using var command = new NpgsqlCommand($"DELETE FROM {table} WHERE \"Id\" = ANY(@ids);", connection);
            command.Parameters.Add(new NpgsqlParameter<int[]>("ids", deletes.ToArray()));
            command.ExecuteNonQuery();
            deletes.Clear();
        }
    }

    public void Dispose() => importer?.Dispose();

    private void EndInserts()
    {
        if (importer is not null)
        {
            importer.Complete();
            importer.Dispose();
            importer = null;
        }
    }

    private void Run(string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>The computed columns in the order of <see cref="ObligationWriter.Computed"/>.</summary>
    private void WriteComputed(NpgsqlBinaryImporter row, ObligationDraft d)
    {
        PostgreSqlRows.Write(row, d.RateFloor);
        PostgreSqlRows.Write(row, d.RateStretch);
        PostgreSqlRows.Write(row, d.Floor);
        PostgreSqlRows.Write(row, d.Stretch);
        PostgreSqlRows.Write(row, d.Floor);
        PostgreSqlRows.Write(row, d.Stretch);
        row.Write(d.MissingData, NpgsqlDbType.Boolean);
        PostgreSqlRows.Write(row, d.MissingReason);
        PostgreSqlRows.Write(row, d.ParentPlanCode);
        PostgreSqlRows.Write(row, d.ParentSource);
        PostgreSqlRows.Write(row, d.ParentFloor);
        PostgreSqlRows.Write(row, d.ParentStretch);
        PostgreSqlRows.Write(row, d.RuleName);
        PostgreSqlRows.Write(row, d.RuleVersion);
        PostgreSqlRows.Write(row, d.DenominatorMetric);
        PostgreSqlRows.Write(row, d.DenominatorValue);
        PostgreSqlRows.Write(row, d.DenominatorYear);
        PostgreSqlRows.Write(row, d.DenominatorSource);
        PostgreSqlRows.Write(row, d.Fallback);
        row.Write(now, NpgsqlDbType.Timestamp);
    }
}
