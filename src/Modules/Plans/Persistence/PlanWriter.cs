using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Platform.Plans.PlanBook;
using SQLitePCL;

namespace Platform.Plans.Persistence;

/// <summary>
/// Inserts generated plans through one prepared statement, in the generation's transaction: a national cascade
/// creates 3,355 plans with five JSON columns each, which EF Core's update pipeline takes one to two seconds over.
/// The JSON has the shape EF Core reads back (CLR property names, enums as text, SQLite's date format).
/// </summary>
internal static class PlanWriter
{
    private const string DateFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    private const string JsonDateFormat = "yyyy-MM-ddTHH:mm:ss.FFFFFFF";

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly string[] Columns =
    [
        "Code", "Title", "UnitId", "UnitCode", "StartYear", "EndYear", "ParentPlanId", "Path", "Status",
        "AudienceGroups", "Themes", "Tasks", "Deadlines", "History", "CreatedAtUtc", "Version",
    ];

    /// <summary>Inserts <paramref name="plans"/> parents first (the order they were drafted in) and sets their
    /// ids.</summary>
    public static void Insert(PlansDbContext db, IReadOnlyList<Plan> plans)
    {
        if (plans.Count == 0)
        {
            return;
        }

        BuildingBlocks.Persistence.DatabaseChanges.Wrote(db);
        if (!db.Database.IsSqlite())
        {
            PostgreSqlInsert(db, plans);
            return;
        }

        var connection = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
        var sql =
            $"INSERT INTO plans_plans ({string.Join(", ", Columns)}) VALUES "
                + $"({string.Join(", ", Columns.Select((_, i) => $"?{i + 1}"))});";
        Check(connection, raw.sqlite3_prepare_v2(connection, sql, out var statement), raw.SQLITE_OK);
        using (statement)
        {
            foreach (var plan in plans)
            {
                var parentId = plan.ParentPlanId ?? plan.Parent?.Id;
                raw.sqlite3_bind_text(statement, 1, plan.Code);
                raw.sqlite3_bind_text(statement, 2, plan.Title);
                raw.sqlite3_bind_int64(statement, 3, plan.UnitId);
                raw.sqlite3_bind_text(statement, 4, plan.UnitCode);
                raw.sqlite3_bind_int64(statement, 5, plan.StartYear);
                raw.sqlite3_bind_int64(statement, 6, plan.EndYear);
                _ = parentId is { } id ? raw.sqlite3_bind_int64(statement, 7, id) : raw.sqlite3_bind_null(statement, 7);
                raw.sqlite3_bind_text(statement, 8, plan.Path);
                raw.sqlite3_bind_text(statement, 9, plan.Status.ToString());
                raw.sqlite3_bind_text(statement, 10, JsonSerializer.Serialize(plan.AudienceGroups, Json));
                raw.sqlite3_bind_text(statement, 11, JsonSerializer.Serialize(plan.Themes, Json));
                raw.sqlite3_bind_text(statement, 12, TasksJson(plan));
                raw.sqlite3_bind_text(statement, 13, DeadlinesJson(plan));
                raw.sqlite3_bind_text(statement, 14, HistoryJson(plan, DateFormat));
                raw.sqlite3_bind_text(
                    statement,
                    15,
                    plan.CreatedAtUtc.ToString(DateFormat, CultureInfo.InvariantCulture)
                );
                raw.sqlite3_bind_int64(statement, 16, plan.Version);
                var rc = raw.sqlite3_step(statement);
                raw.sqlite3_reset(statement);
                Check(connection, rc, raw.SQLITE_DONE);
                plan.Id = checked((int)raw.sqlite3_last_insert_rowid(connection));
            }
        }
    }

    /// <summary>The same rows by binary <c>COPY</c>, ids reserved first and given parents first.</summary>
    private static void PostgreSqlInsert(PlansDbContext db, IReadOnlyList<Plan> plans)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var table = BuildingBlocks.Persistence.ModelNames.Table<Plan>(db);
        var ids = PostgreSqlRows.ReserveIds(connection, table, plans.Count);
        for (var i = 0; i < plans.Count; i++)
        {
            plans[i].Id = ids[i];
        }

        using var copy = connection.BeginBinaryImport(
            $"COPY {table} ({PostgreSqlRows.Columns(["Id", .. Columns])}) FROM STDIN (FORMAT BINARY)"
        );
        foreach (var plan in plans)
        {
            copy.StartRow();
            copy.Write(plan.Id, NpgsqlDbType.Integer);
            copy.Write(plan.Code, NpgsqlDbType.Text);
            copy.Write(plan.Title, NpgsqlDbType.Text);
            copy.Write(plan.UnitId, NpgsqlDbType.Integer);
            copy.Write(plan.UnitCode, NpgsqlDbType.Text);
            copy.Write(plan.StartYear, NpgsqlDbType.Integer);
            copy.Write(plan.EndYear, NpgsqlDbType.Integer);
            PostgreSqlRows.Write(copy, plan.ParentPlanId ?? plan.Parent?.Id);
            copy.Write(plan.Path, NpgsqlDbType.Text);
            copy.Write(plan.Status.ToString(), NpgsqlDbType.Varchar);
            copy.Write(plan.AudienceGroups.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            copy.Write(plan.Themes.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            copy.Write(TasksJson(plan), NpgsqlDbType.Jsonb);
            copy.Write(DeadlinesJson(plan), NpgsqlDbType.Jsonb);
            copy.Write(HistoryJson(plan, JsonDateFormat), NpgsqlDbType.Jsonb);
            copy.Write(DateTime.SpecifyKind(plan.CreatedAtUtc, DateTimeKind.Unspecified), NpgsqlDbType.Timestamp);
            copy.Write(plan.Version, NpgsqlDbType.Integer);
        }

        copy.Complete();
    }

    private static string TasksJson(Plan plan) =>
        JsonSerializer.Serialize(
            plan.Tasks.Select(t => new
            {
                t.Audience,
                t.Content,
                t.Cooperating,
                t.Forms,
                t.Responsible,
            }),
            Json
        );

    private static string DeadlinesJson(Plan plan) =>
        JsonSerializer.Serialize(
            plan.Deadlines.Select(d => new
            {
                d.DueDay,
                d.DueMonth,
                d.Recipient,
                d.Title,
            }),
            Json
        );

    /// <summary>The history as EF Core reads it back, its dates in <paramref name="dateFormat"/>: SQLite's text
    /// format, or ISO 8601 in PostgreSQL's JSON.</summary>
    private static string HistoryJson(Plan plan, string dateFormat) =>
        JsonSerializer.Serialize(
            plan.History.Select(h => new
            {
                AtUtc = h.AtUtc.ToString(dateFormat, CultureInfo.InvariantCulture),
                h.By,
                From = h.From.ToString(),
                h.Note,
                To = h.To.ToString(),
            }),
            Json
        );

    private static void Check(sqlite3 connection, int rc, int expected)
    {
        if (rc != expected)
        {
            throw new SqliteException(
                raw.sqlite3_errmsg(connection).utf8_to_string(),
                rc,
                raw.sqlite3_extended_errcode(connection)
            );
        }
    }
}
