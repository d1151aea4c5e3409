using Microsoft.EntityFrameworkCore;
using Platform.Monitoring.Actuals;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Persistence;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Progress;

/// <summary>Progress of every obligation of a year: one query for the obligations, the actuals table, a join in
/// memory.</summary>
internal sealed class ProgressCalculator(MonitoringDbContext db, ActualsCalculator actuals)
{
    public async Task<IReadOnlyList<ProgressRow>> ComputeAsync(
        int year,
        DateOnly asOf,
        CancellationToken cancellationToken
    )
    {
        var table = await actuals.ComputeAsync(year, asOf, cancellationToken);
        return await ComputeAsync(table, asOf, null, cancellationToken);
    }

    public async Task<IReadOnlyList<ProgressRow>> ComputeAsync(
        ActualsTable table,
        DateOnly asOf,
        string? unitCode,
        CancellationToken cancellationToken
    )
    {
        var query = db.Obligations.AsNoTracking().Where(o => o.Year == table.Year);
        if (unitCode is not null)
        {
            query = query.Where(o => o.UnitCode == unitCode);
        }

        var obligations = await query.ToListAsync(cancellationToken);
        var elapsed = ProgressRules.ElapsedShare(table.Year, asOf);
        var rows = new List<ProgressRow>(obligations.Count);
        foreach (var o in obligations)
        {
            var actual = table.Find(o.UnitCode, o.IndicatorCode);
            var value = actual?.Value ?? 0;
            var (status, expected) = ProgressRules.Assess(o.Floor, value, elapsed);
            rows.Add(
                new ProgressRow(
                    o.ObligationId,
                    o.PlanCode,
                    o.UnitCode,
                    o.Level,
                    o.ParentUnitCode,
                    o.Year,
                    o.IndicatorCode,
                    o.Floor,
                    o.Stretch,
                    value,
                    actual?.Percent,
                    Math.Round(elapsed, 4),
                    expected,
                    (o.Stretch ?? o.Floor) is { } s && value >= s,
                    status,
                    asOf,
                    table.ProvinceOf(o.UnitCode)
                )
            );
        }

        return rows;
    }
}
