using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.OData;
using Platform.BuildingBlocks.Persistence;
using Platform.Plans.Contracts.ReadModels;
using Platform.Plans.Persistence;

namespace Platform.Plans.OData;

/// <summary>
/// The Plans sets of the feed as rows kept in memory (<see cref="FeedRows"/>, ADR 0024): each view read whole, for every
/// caller, in key order, with the navigation properties <c>$expand</c> follows linked to the rows of the other sets
/// (<c>Obligation → Unit, Indicator, Plan</c>; <c>Plan → Unit, Targets</c>; <c>Target → Plan, Indicator</c>;
/// <c>UnitStatistic → Unit</c>). Every navigation joins rows of the same unit, so a row in a caller's scope reaches only
/// rows in it.
/// </summary>
internal sealed class PlansFeed(PlansDbContext db, FeedRows cache, UnitOfWork unitOfWork)
{
    private static readonly string[] PlansOnly = ["Plans"];

    public static readonly FeedKey<AdministrativeUnitRow> UnitKey = FeedKey<AdministrativeUnitRow>.Of(nameof(AdministrativeUnitRow.Id), r => r.Id);
    public static readonly FeedKey<UnitStatisticRow> StatisticKey = FeedKey<UnitStatisticRow>.Of(nameof(UnitStatisticRow.Id), r => r.Id);
    public static readonly FeedKey<UnitLineageRow> LineageKey = FeedKey<UnitLineageRow>.Of(nameof(UnitLineageRow.Id), r => r.Id);
    public static readonly FeedKey<StatisticOnUnitRow> StatisticOnUnitKey = FeedKey<StatisticOnUnitRow>.Of(nameof(StatisticOnUnitRow.Key), r => r.Key);
    public static readonly FeedKey<IndicatorRow> IndicatorKey = FeedKey<IndicatorRow>.Of(nameof(IndicatorRow.Code), r => r.Code);
    public static readonly FeedKey<PlanRow> PlanKey = FeedKey<PlanRow>.Of(nameof(PlanRow.Id), r => r.Id);
    public static readonly FeedKey<TargetRow> TargetKey = FeedKey<TargetRow>.Of(nameof(TargetRow.Id), r => r.Id);
    public static readonly FeedKey<ObligationRow> ObligationKey = FeedKey<ObligationRow>.Of(nameof(ObligationRow.Id), r => r.Id);

    public Task<List<AdministrativeUnitRow>> UnitsAsync(CancellationToken cancellationToken) =>
        Rows("Units", token => Read(db.UnitRows, UnitKey, token), cancellationToken);

    public Task<List<IndicatorRow>> IndicatorsAsync(CancellationToken cancellationToken) =>
        Rows("Indicators", token => Read(db.Indicators, IndicatorKey, token), cancellationToken);

    public Task<List<UnitLineageRow>> LineageAsync(CancellationToken cancellationToken) =>
        Rows("UnitLineage", token => Read(db.LineageRows, LineageKey, token), cancellationToken);

    public Task<List<StatisticOnUnitRow>> StatisticsOnUnitsAsync(CancellationToken cancellationToken) =>
        Rows("UnitStatisticsOnUnits", token => Read(db.StatisticOnUnitRows, StatisticOnUnitKey, token), cancellationToken);

    public Task<List<UnitStatisticRow>> StatisticsAsync(CancellationToken cancellationToken) =>
        Rows("UnitStatistics", async token =>
        {
            var units = (await UnitsAsync(token)).ToDictionary(u => u.Id);
            var rows = await Read(db.StatisticRows, StatisticKey, token);
            rows.ForEach(s => s.Unit = units.GetValueOrDefault(s.UnitId));
            return rows;
        }, cancellationToken);

    public async Task<List<PlanRow>> PlansAsync(CancellationToken cancellationToken) => (await PlansAndTargetsAsync(cancellationToken)).Plans;

    public async Task<List<TargetRow>> TargetsAsync(CancellationToken cancellationToken) => (await PlansAndTargetsAsync(cancellationToken)).Targets;

    public Task<List<ObligationRow>> ObligationsAsync(CancellationToken cancellationToken) =>
        Rows("Obligations", async token =>
        {
            var units = (await UnitsAsync(token)).ToDictionary(u => u.Id);
            var indicators = (await IndicatorsAsync(token)).ToDictionary(i => i.Code, StringComparer.Ordinal);
            var plans = (await PlansAsync(token)).ToDictionary(p => p.Id);
            var rows = await Read(db.ObligationRows, ObligationKey, token);
            foreach (var row in rows)
            {
                row.Unit = units.GetValueOrDefault(row.UnitId);
                row.Indicator = indicators.GetValueOrDefault(row.IndicatorCode);
                row.Plan = plans.GetValueOrDefault(row.PlanId);
            }

            return rows;
        }, cancellationToken);

    // A plan lists its targets and a target names its plan, so the two are read together.
    private Task<PlansAndTargets> PlansAndTargetsAsync(CancellationToken cancellationToken) =>
        cache.GetAsync(unitOfWork, "Plans/PlansAndTargets", PlansOnly, async token =>
        {
            var units = (await UnitsAsync(token)).ToDictionary(u => u.Id);
            var indicators = (await IndicatorsAsync(token)).ToDictionary(i => i.Code, StringComparer.Ordinal);
            var plans = await Read(db.PlanRows, PlanKey, token);
            var byId = plans.ToDictionary(p => p.Id);
            plans.ForEach(p => p.Unit = units.GetValueOrDefault(p.UnitId));
            var targets = await Read(db.TargetRows, TargetKey, token);
            foreach (var target in targets)
            {
                target.Indicator = indicators.GetValueOrDefault(target.IndicatorCode);
                if (byId.TryGetValue(target.PlanId, out var plan))
                {
                    target.Plan = plan;
                    plan.Targets.Add(target);
                }
            }

            return new PlansAndTargets(plans, targets);
        }, cancellationToken);

    private Task<List<T>> Rows<T>(string set, Func<CancellationToken, Task<List<T>>> load, CancellationToken cancellationToken) =>
        cache.GetAsync(unitOfWork, "Plans/" + set, PlansOnly, load, cancellationToken);

    /// <summary>A view whole, for every caller (the read models' scope filters are for queries made per caller), in key order.</summary>
    private static async Task<List<T>> Read<T>(IQueryable<T> view, FeedKey<T> key, CancellationToken cancellationToken)
        where T : class
    {
        var rows = await view.IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        rows.Sort(key);
        return rows;
    }

    private sealed record PlansAndTargets(List<PlanRow> Plans, List<TargetRow> Targets);
}
