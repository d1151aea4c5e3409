using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Plans.Cascade;
using Platform.Plans.Persistence;

namespace Platform.Plans.Obligations;

/// <summary>
/// Writes computed obligations with prepared statements (synchronously: SQLite has no async I/O) inside the caller's transaction: a national cascade writes
/// about 100,000 rows, which EF Core's change tracker would take several seconds over.
/// </summary>
internal sealed class ObligationWriter : IAsyncDisposable
{
    private const string Computed = "RateFloor, RateStretch, ComputedFloor, ComputedStretch, Floor, Stretch, MissingData, MissingReason, ParentPlanCode, ParentSource, ParentFloor, ParentStretch, RuleName, RuleVersion, DenominatorMetric, DenominatorValue, DenominatorYear, DenominatorSource, Fallback, UpdatedAtUtc";

    private static readonly string[] ComputedColumns = Computed.Split(", ");

    private readonly DbCommand insert;
    private readonly DbCommand update;
    private readonly DbCommand delete;

    private ObligationWriter(DbConnection connection, DbTransaction transaction)
    {
        insert = Command(connection, transaction,
            $"INSERT INTO plans_obligations (PlanId, UnitId, UnitCode, Year, IndicatorCode, Kind, Overridden, {Computed}) VALUES ($PlanId, $UnitId, $UnitCode, $Year, $IndicatorCode, $Kind, 0, {string.Join(", ", ComputedColumns.Select(c => "$" + c))}) RETURNING Id;",
            ["PlanId", "UnitId", "UnitCode", "Year", "IndicatorCode", "Kind", .. ComputedColumns]);
        update = Command(connection, transaction,
            $"UPDATE plans_obligations SET {string.Join(", ", ComputedColumns.Select(c => $"{c} = ${c}"))} WHERE Id = $Id;",
            ["Id", .. ComputedColumns]);
        delete = Command(connection, transaction, "DELETE FROM plans_obligations WHERE Id = $Id;", ["Id"]);
    }

    public static ObligationWriter Create(PlansDbContext db) =>
        new(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Obligations are written inside the generation's transaction."));

    public int Insert(int planId, ObligationDraft draft, DateTime now)
    {
        Set(insert, "PlanId", planId);
        Set(insert, "UnitId", draft.Unit.Id);
        Set(insert, "UnitCode", draft.Unit.Code);
        Set(insert, "Year", draft.Year);
        Set(insert, "IndicatorCode", draft.IndicatorCode);
        Set(insert, "Kind", draft.Kind);
        SetComputed(insert, draft, now);
        return Convert.ToInt32(insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Update(int id, ObligationDraft draft, DateTime now)
    {
        Set(update, "Id", id);
        SetComputed(update, draft, now);
        update.ExecuteNonQuery();
    }

    public void Delete(int id)
    {
        Set(delete, "Id", id);
        delete.ExecuteNonQuery();
    }

    public async ValueTask DisposeAsync()
    {
        await insert.DisposeAsync();
        await update.DisposeAsync();
        await delete.DisposeAsync();
    }

    private static void SetComputed(DbCommand command, ObligationDraft d, DateTime now)
    {
        Set(command, "RateFloor", d.RateFloor);
        Set(command, "RateStretch", d.RateStretch);
        Set(command, "ComputedFloor", d.Floor);
        Set(command, "ComputedStretch", d.Stretch);
        Set(command, "Floor", d.Floor);
        Set(command, "Stretch", d.Stretch);
        Set(command, "MissingData", d.MissingData);
        Set(command, "MissingReason", d.MissingReason);
        Set(command, "ParentPlanCode", d.ParentPlanCode);
        Set(command, "ParentSource", d.ParentSource);
        Set(command, "ParentFloor", d.ParentFloor);
        Set(command, "ParentStretch", d.ParentStretch);
        Set(command, "RuleName", d.RuleName);
        Set(command, "RuleVersion", d.RuleVersion);
        Set(command, "DenominatorMetric", d.DenominatorMetric);
        Set(command, "DenominatorValue", d.DenominatorValue);
        Set(command, "DenominatorYear", d.DenominatorYear);
        Set(command, "DenominatorSource", d.DenominatorSource);
        Set(command, "Fallback", d.Fallback);
        Set(command, "UpdatedAtUtc", now);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$" + name;
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    private static void Set(DbCommand command, string name, object? value) =>
        command.Parameters["$" + name].Value = value switch
        {
            null => DBNull.Value,
            bool b => b ? 1 : 0,
            DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture),
            _ => value,
        };
}
