using MediatR;
using Platform.Plans.Contracts;
using Platform.Training.Persistence;

namespace Platform.Training.Quotas;

/// <summary>
/// Keeps Training's copy of the training obligations current. Runs inside the Plans request after Plans committed;
/// a national cascade sends ~117,000 snapshots in one notification, so the copy is written in one transaction with
/// one prepared upsert (and one delete for removed obligations), never row by row through the change tracker.
/// </summary>
internal sealed class ObligationsChangedHandler(TrainingDbContext db) : INotificationHandler<ObligationsChanged>
{
    private const string Insert =
        "INSERT INTO training_quota_obligations (ObligationId, PlanCode, UnitCode, Level, ParentUnitCode, Year, IndicatorCode, Floor, Stretch, MissingData)";

    private const string OnConflict = """
        ON CONFLICT (ObligationId) DO UPDATE SET
            PlanCode = excluded.PlanCode, UnitCode = excluded.UnitCode, Level = excluded.Level, ParentUnitCode = excluded.ParentUnitCode,
            Year = excluded.Year, IndicatorCode = excluded.IndicatorCode, Floor = excluded.Floor, Stretch = excluded.Stretch,
            MissingData = excluded.MissingData
        """;

    public async Task Handle(ObligationsChanged notification, CancellationToken cancellationToken)
    {
        var relevant = notification.Obligations.Where(o => QuotaIndicators.Map(o.IndicatorCode) is not null).ToList();
        if (relevant.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BulkSql.ExecuteAsync(
            db, "DELETE FROM training_quota_obligations WHERE ObligationId = $id", ["$id"],
            relevant.Where(o => o.Removed), o => [o.ObligationId], cancellationToken);
        await BulkSql.InsertAsync(
            db, Insert, 10, relevant.Where(o => !o.Removed).ToList(),
            o => [o.ObligationId, o.PlanCode, o.UnitCode, o.Level.ToString(), o.ParentUnitCode, o.Year, o.IndicatorCode, o.Floor, o.Stretch, o.MissingData],
            cancellationToken, OnConflict);
        await transaction.CommitAsync(cancellationToken);
    }
}
