using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Monitoring.Persistence;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Obligations;

/// <summary>
/// Keeps Monitoring's copy of the obligations. A national cascade publishes ~117,000 snapshots in one notification,
/// so they are written with two prepared statements in one transaction rather than tracked entity by entity.
/// </summary>
internal sealed class ObligationsChangedHandler(MonitoringDbContext db) : INotificationHandler<ObligationsChanged>
{
    public async Task Handle(ObligationsChanged notification, CancellationToken cancellationToken)
    {
        if (notification.Obligations.Count == 0)
        {
            return;
        }

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var upsert = connection.CreateCommand();
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO monitoring_obligations (ObligationId, PlanCode, UnitCode, Level, ParentUnitCode, Year, IndicatorCode, Floor, Stretch, MissingData)
                VALUES ($id, $plan, $unit, $level, $parent, $year, $indicator, $floor, $stretch, $missing)
                ON CONFLICT (ObligationId) DO UPDATE SET PlanCode = excluded.PlanCode, UnitCode = excluded.UnitCode, Level = excluded.Level,
                    ParentUnitCode = excluded.ParentUnitCode, Year = excluded.Year, IndicatorCode = excluded.IndicatorCode,
                    Floor = excluded.Floor, Stretch = excluded.Stretch, MissingData = excluded.MissingData;
                """;
            var p = new[] { "$id", "$plan", "$unit", "$level", "$parent", "$year", "$indicator", "$floor", "$stretch", "$missing" }
                .Select(name => upsert.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM monitoring_obligations WHERE ObligationId = $id;";
            var deleteId = delete.Parameters.Add(new SqliteParameter { ParameterName = "$id" });
            upsert.Prepare();
            delete.Prepare();

            foreach (var o in notification.Obligations)
            {
                if (o.Removed)
                {
                    deleteId.Value = o.ObligationId;
                    await delete.ExecuteNonQueryAsync(cancellationToken);
                    continue;
                }

                p[0].Value = o.ObligationId;
                p[1].Value = o.PlanCode;
                p[2].Value = o.UnitCode;
                p[3].Value = (int)o.Level;
                p[4].Value = (object?)o.ParentUnitCode ?? DBNull.Value;
                p[5].Value = o.Year;
                p[6].Value = o.IndicatorCode;
                p[7].Value = (object?)o.Floor ?? DBNull.Value;
                p[8].Value = (object?)o.Stretch ?? DBNull.Value;
                p[9].Value = o.MissingData ? 1 : 0;
                await upsert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
