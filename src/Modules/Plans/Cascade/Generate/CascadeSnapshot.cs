using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook;

namespace Platform.Plans.Cascade.Generate;

/// <summary>Everything a generation reads, loaded once: units, statistics, the plans below the parent and their
/// obligations, each plan and obligation read as far as the generation uses it (<see cref="StoredPlan"/>,
/// <see cref="StoredObligation"/>).</summary>
internal sealed class CascadeSnapshot
{
    private readonly Dictionary<int, CascadeUnit> units;
    private readonly ILookup<int, CascadeUnit> childrenByParent;
    private readonly Dictionary<int, int> cascadeParents;
    private readonly Dictionary<(int UnitId, int Year), int> subordinateCounts = [];

    private CascadeSnapshot(
        List<CascadeUnit> allUnits,
        StatisticsLookup statistics,
        List<StoredPlan> plans,
        List<StoredObligation> obligations,
        HashSet<string> planCodes
    )
    {
        PlanCodes = planCodes;
        PlansByParentAndUnit = plans
            .Where(p => p.ParentPlanId is not null)
            .ToDictionary(p => (p.ParentPlanId!.Value, p.UnitId));
        units = allUnits.ToDictionary(u => u.Id);
        // A district (before 1 July 2025) is no level of the plans: a province's subordinates are the communes under
        // its
        // districts, as the national targets count them ("communes of the province").
        cascadeParents = allUnits
            .Where(u => u.ParentId is not null && u.Level != UnitLevel.District)
            .ToDictionary(
                u => u.Id,
                u =>
                    units[u.ParentId!.Value] is { Level: UnitLevel.District, ParentId: { } above }
                        ? above
                        : u.ParentId!.Value
            );
        childrenByParent = allUnits
            .Where(u => cascadeParents.ContainsKey(u.Id))
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .ToLookup(u => cascadeParents[u.Id]);
        Statistics = statistics;
        Plans = plans.ToDictionary(p => p.Id);
        Obligations = obligations.ToDictionary(o => (o.PlanId, o.UnitId, o.Year, o.IndicatorCode));
        ObligationsByPlan = obligations.ToLookup(o => o.PlanId);
        Overrides = obligations
            .Where(o => o.Overridden)
            .ToDictionary(o => (o.UnitId, o.IndicatorCode, o.Year), o => (o.Floor, o.Stretch));
    }

    public StatisticsLookup Statistics { get; }

    /// <summary>Every plan code in the database, and those this generation adds: a code is never given twice.</summary>
    public HashSet<string> PlanCodes { get; }

    /// <summary>The existing plans below the parent by their parent plan and unit version: a unit's plan is found by
    /// the unit, not by a code another version may hold.</summary>
    public Dictionary<(int ParentPlanId, int UnitId), StoredPlan> PlansByParentAndUnit { get; }

    /// <summary>The parent plan and every plan stored below it, by id.</summary>
    public Dictionary<int, StoredPlan> Plans { get; }

    public Dictionary<(int PlanId, int UnitId, int Year, string Indicator), StoredObligation> Obligations { get; }

    public ILookup<int, StoredObligation> ObligationsByPlan { get; }

    public IReadOnlyDictionary<
        (int UnitId, string Indicator, int Year),
        (long? Floor, long? Stretch)
    > Overrides { get; }

    public static async Task<CascadeSnapshot> LoadAsync(
        PlansDbContext db,
        Plan parent,
        CancellationToken cancellationToken
    )
    {
        var units = await db.Units.AsNoTracking()
            .Select(u => new CascadeUnit(u.Id, u.Code, u.Name, u.Level, u.ParentId, u.ValidFrom, u.ValidTo))
            .ToListAsync(cancellationToken);
        var statistics = new StatisticsLookup();
        var lastYear = parent.EndYear;
        foreach (
            var s in await db
                .Statistics.AsNoTracking()
                .Where(s => s.Year <= lastYear)
                .Select(s => new
                {
                    s.UnitId,
                    s.Metric,
                    s.Year,
                    s.Value,
                    s.Source,
                })
                .ToListAsync(cancellationToken)
        )
        {
            statistics.Add(s.UnitId, s.Metric, s.Year, s.Value, s.Source);
        }

        var prefix = parent.Path;
        var plans = await db
            .Plans.AsNoTracking()
            .Where(p => p.Path.StartsWith(prefix))
            .Select(p => new StoredPlan(p.Id, p.Code, p.UnitId, p.ParentPlanId, p.StartYear, p.EndYear, p.Status))
            .ToListAsync(cancellationToken);
        var planIds = plans.Select(p => p.Id).ToList();
        var obligations = await db
            .Obligations.AsNoTracking()
            // By the ids just read, not a correlated look-up of each obligation's plan and path.
            .Where(o => planIds.Contains(o.PlanId))
            .Select(o => new StoredObligation(
                o.Id,
                o.PlanId,
                o.UnitId,
                o.UnitCode,
                o.Year,
                o.IndicatorCode,
                o.RateFloor,
                o.RateStretch,
                o.Floor,
                o.Stretch,
                o.MissingData,
                o.MissingReason,
                o.ParentFloor,
                o.ParentStretch,
                o.RuleName,
                o.RuleVersion,
                o.DenominatorMetric,
                o.DenominatorValue,
                o.DenominatorYear,
                o.DenominatorSource,
                o.Fallback,
                o.Overridden,
                o.OverrideReason,
                o.OverriddenBy,
                o.OverriddenAtUtc
            ))
            .ToListAsync(cancellationToken);
        var codes = (await db.Plans.AsNoTracking().Select(p => p.Code).ToListAsync(cancellationToken)).ToHashSet(
            StringComparer.Ordinal
        );
        return new CascadeSnapshot(units, statistics, plans, obligations, codes);
    }

    public CascadeUnit Unit(int id) => units[id];

    /// <summary>The unit whose plan a unit's plan is generated from: its parent, or above a district its
    /// province.</summary>
    public int? CascadeParentOf(int unitId) => cascadeParents.TryGetValue(unitId, out var parent) ? parent : null;

    /// <summary>Direct subordinates in force in at least one year of the plan's period, by code.</summary>
    public List<CascadeUnit> ChildrenOf(CascadeUnit unit, IPlanHeader plan) =>
        childrenByParent[unit.Id].Where(c => plan.Years.Any(c.ExistsIn)).ToList();

    public int CountSubordinates(CascadeUnit unit, int year)
    {
        if (!subordinateCounts.TryGetValue((unit.Id, year), out var count))
        {
            subordinateCounts[(unit.Id, year)] = count = childrenByParent[unit.Id].Count(c => c.ExistsIn(year));
        }

        return count;
    }

    public int CountDescendants(CascadeUnit unit, IPlanHeader plan) =>
        ChildrenOf(unit, plan).Sum(c => 1 + CountDescendants(c, plan));

    /// <summary>What a root plan's targets, or a subordinate plan's own obligations, ask of the units below.</summary>
    public IReadOnlyDictionary<(string, int), ParentValue> ParentValues(Plan parent)
    {
        if (parent.ParentPlanId is null)
        {
            return parent.Targets.ToDictionary(
                t => (t.IndicatorCode, t.Year),
                t => new ParentValue(
                    t.IndicatorCode,
                    t.Year,
                    t.Floor,
                    t.Stretch,
                    null,
                    null,
                    $"target of {parent.Code} for {t.Year}"
                )
            );
        }

        return ObligationsByPlan[parent.Id]
            .Where(o => o.UnitId == parent.UnitId)
            .ToDictionary(
                o => (o.IndicatorCode, o.Year),
                o => new ParentValue(
                    o.IndicatorCode,
                    o.Year,
                    o.RateFloor,
                    o.RateStretch,
                    o.Floor,
                    o.Stretch,
                    $"obligation #{o.Id} of {parent.Code}"
                )
            );
    }
}
