using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Cascade;
using SQLitePCL;

namespace Platform.Plans.Persistence;

/// <summary>The one way a generation writes obligations below EF Core: inserts, updates, deletes, then
/// <see cref="Complete"/>; one writer per provider (<see cref="ObligationWriter.Create"/>).</summary>
internal interface IObligationWriter : IDisposable
{
    /// <summary>Inserts a new obligation; answers its id.</summary>
    int Insert(int planId, ObligationDraft draft);

    /// <summary>Rewrites the computed columns of obligation <paramref name="id"/> and bumps its version.</summary>
    void Update(int id, ObligationDraft draft);

    void Delete(int id);

    /// <summary>Writes whatever the writer held back; called once, after the last insert, update and delete.</summary>
    void Complete();
}

/// <summary>
/// Writes computed obligations inside the generation's transaction through prepared SQLite statements bound by
/// index. A national cascade writes about 120,000 rows: through EF Core's change tracker that takes several
/// seconds, through ADO.NET parameters (a name lookup and a binder object per value) about 2.5 s, this way well under
/// one.
/// </summary>
internal sealed class ObligationWriter : IObligationWriter
{
    /// <summary>The columns a regeneration rewrites, in the order the writers bind them.</summary>
    internal static readonly string[] Computed =
    [
        "RateFloor",
        "RateStretch",
        "ComputedFloor",
        "ComputedStretch",
        "Floor",
        "Stretch",
        "MissingData",
        "MissingReason",
        "ParentPlanCode",
        "ParentSource",
        "ParentFloor",
        "ParentStretch",
        "RuleName",
        "RuleVersion",
        "DenominatorMetric",
        "DenominatorValue",
        "DenominatorYear",
        "DenominatorSource",
        "Fallback",
        "UpdatedAtUtc",
    ];

    // Version 1 on insert; every update bumps it (the row's ETag changes whenever regeneration changes the obligation).
    internal static readonly string[] Identity =
    [
        "PlanId",
        "UnitId",
        "UnitCode",
        "Year",
        "IndicatorCode",
        "Kind",
        "Overridden",
        "Version",
    ];

    private readonly sqlite3 connection;
    private readonly sqlite3_stmt insert;
    private readonly sqlite3_stmt update;
    private readonly sqlite3_stmt delete;
    private readonly string now;

    private ObligationWriter(sqlite3 connection, DateTime now)
    {
        this.connection = connection;
        this.now = now.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        string[] columns = [.. Identity, .. Computed];
        insert = Prepare(
            $"INSERT INTO plans_obligations ({string.Join(", ", columns)}) VALUES "
                + $"({string.Join(", ", columns.Select((_, i) => $"?{i + 1}"))});"
        );
        update = Prepare(
            $"UPDATE plans_obligations SET {string.Join(", ", Computed.Select((c, i) => $"{c} = ?{i + 1}"))}, Version "
                + $"= Version + 1 WHERE Id = ?{Computed.Length + 1};"
        );
        delete = Prepare("DELETE FROM plans_obligations WHERE Id = ?1;");
    }

    /// <summary>The writer for <paramref name="db"/>'s provider, in its transaction; <paramref name="inserts"/> is how
    /// many obligations it will insert (PostgreSQL reserves their ids first).</summary>
    public static IObligationWriter Create(PlansDbContext db, DateTime now, int inserts)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Obligations are written inside the generation's transaction.");
        }

        BuildingBlocks.Persistence.DatabaseChanges.Wrote(db);
        if (!db.Database.IsSqlite())
        {
            return PostgreSqlObligationWriter.Create(db, now, inserts);
        }

        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle
            ?? throw new InvalidOperationException("The connection is not open.");
        return new ObligationWriter(handle, now);
    }

    public int Insert(int planId, ObligationDraft draft)
    {
        raw.sqlite3_bind_int64(insert, 1, planId);
        raw.sqlite3_bind_int64(insert, 2, draft.Unit.Id);
        raw.sqlite3_bind_text(insert, 3, draft.Unit.Code);
        raw.sqlite3_bind_int64(insert, 4, draft.Year);
        raw.sqlite3_bind_text(insert, 5, draft.IndicatorCode);
        raw.sqlite3_bind_text(insert, 6, draft.Kind);
        raw.sqlite3_bind_int64(insert, 7, 0);
        raw.sqlite3_bind_int64(insert, 8, 1);
        BindComputed(insert, Identity.Length, draft);
        Step(insert);
        return checked((int)raw.sqlite3_last_insert_rowid(connection));
    }

    public void Update(int id, ObligationDraft draft)
    {
        BindComputed(update, 0, draft);
        raw.sqlite3_bind_int64(update, Computed.Length + 1, id);
        Step(update);
    }

    public void Delete(int id)
    {
        raw.sqlite3_bind_int64(delete, 1, id);
        Step(delete);
    }

    /// <summary>Nothing is held back: every statement ran as it was called.</summary>
    public void Complete()
    {
    }

    public void Dispose()
    {
        insert.Dispose();
        update.Dispose();
        delete.Dispose();
    }

    private void BindComputed(sqlite3_stmt statement, int offset, ObligationDraft d)
    {
        var i = offset;
        Bind(statement, ++i, d.RateFloor);
        Bind(statement, ++i, d.RateStretch);
        Bind(statement, ++i, d.Floor);
        Bind(statement, ++i, d.Stretch);
        Bind(statement, ++i, d.Floor);
        Bind(statement, ++i, d.Stretch);
        raw.sqlite3_bind_int64(statement, ++i, d.MissingData ? 1 : 0);
        Bind(statement, ++i, d.MissingReason);
        Bind(statement, ++i, d.ParentPlanCode);
        Bind(statement, ++i, d.ParentSource);
        Bind(statement, ++i, d.ParentFloor);
        Bind(statement, ++i, d.ParentStretch);
        Bind(statement, ++i, d.RuleName);
        Bind(statement, ++i, d.RuleVersion);
        Bind(statement, ++i, d.DenominatorMetric);
        Bind(statement, ++i, d.DenominatorValue);
        Bind(statement, ++i, d.DenominatorYear);
        Bind(statement, ++i, d.DenominatorSource);
        Bind(statement, ++i, d.Fallback);
        Bind(statement, ++i, now);
    }

    private static void Bind(sqlite3_stmt statement, int index, string? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(statement, index);
        }
        else
        {
            raw.sqlite3_bind_text(statement, index, value);
        }
    }

    private static void Bind(sqlite3_stmt statement, int index, long? value)
    {
        if (value is { } v)
        {
            raw.sqlite3_bind_int64(statement, index, v);
        }
        else
        {
            raw.sqlite3_bind_null(statement, index);
        }
    }

    private static void Bind(sqlite3_stmt statement, int index, double? value)
    {
        if (value is { } v)
        {
            raw.sqlite3_bind_double(statement, index, v);
        }
        else
        {
            raw.sqlite3_bind_null(statement, index);
        }
    }

    private sqlite3_stmt Prepare(string sql)
    {
        var rc = raw.sqlite3_prepare_v2(connection, sql, out var statement);
        return rc == raw.SQLITE_OK ? statement : throw Error(rc);
    }

    private void Step(sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            throw Error(rc);
        }
    }

    private SqliteException Error(int rc) =>
        new(raw.sqlite3_errmsg(connection).utf8_to_string(), rc, raw.sqlite3_extended_errcode(connection));
}
