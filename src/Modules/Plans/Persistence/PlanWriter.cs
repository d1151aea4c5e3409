using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
                raw.sqlite3_bind_text(
                    statement,
                    12,
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
                    )
                );
                raw.sqlite3_bind_text(
                    statement,
                    13,
                    JsonSerializer.Serialize(
                        plan.Deadlines.Select(d => new
                        {
                            d.DueDay,
                            d.DueMonth,
                            d.Recipient,
                            d.Title,
                        }),
                        Json
                    )
                );
                raw.sqlite3_bind_text(
                    statement,
                    14,
                    JsonSerializer.Serialize(
                        plan.History.Select(h => new
                        {
                            AtUtc = h.AtUtc.ToString(DateFormat, CultureInfo.InvariantCulture),
                            h.By,
                            From = h.From.ToString(),
                            h.Note,
                            To = h.To.ToString(),
                        }),
                        Json
                    )
                );
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
