using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook;

namespace Platform.Plans.Campaigns;

/// <summary>
/// Which units a campaign's quotas land on: those in force on its start date, or, for a campaign older than the oldest
/// districts and communes the register holds (the snapshot of 1 March 2025, said to hold from 1 January 2021: ADR
/// 0016), those of that oldest structure. And which levels a plan has: those of the units below its unit in force
/// during its years, read on that same structure.
/// </summary>
internal static class CampaignStructure
{
    /// <summary>The earliest day on which the register holds districts or communes.</summary>
    public static async Task<DateOnly> OldestLowerUnitsAsync(PlansDbContext db, CancellationToken cancellationToken) =>
        await db
            .Units.Where(u => u.Level == UnitLevel.District || u.Level == UnitLevel.Commune)
            .Select(u => (DateOnly?)u.ValidFrom)
            .MinAsync(cancellationToken)
        ?? DateOnly.MinValue;

    /// <summary>The day whose units a campaign starting on <paramref name="start"/> lands on.</summary>
    public static DateOnly On(DateOnly start, DateOnly oldest) => start < oldest ? oldest : start;

    /// <summary>
    /// The levels a campaign of <paramref name="plan"/> may ask of: the plan's own level (from Province down) and those
    /// of the units below its unit in force at some day of its years. Districts belong to plans before 1 July 2025; a
    /// plan of 2026–2030 has none.
    /// </summary>
    public static async Task<IReadOnlySet<UnitLevel>> LevelsOfAsync(
        PlansDbContext db,
        Plan plan,
        DateOnly oldest,
        CancellationToken cancellationToken
    )
    {
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == plan.UnitId, cancellationToken);
        var from = On(new DateOnly(plan.StartYear, 1, 1), oldest);
        var to = new DateOnly(plan.EndYear, 12, 31);
        to = to < from ? from : to;
        var inForce = db.Units.Where(u => u.ValidFrom <= to && (u.ValidTo == null || u.ValidTo >= from));
        var below = unit.Level == UnitLevel.Nation
            ? inForce.Where(u => u.Level != UnitLevel.Nation)
            : inForce.Where(u => u.ParentId == unit.Id || (u.Parent != null && u.Parent.ParentId == unit.Id));
        var levels = await below.Select(u => u.Level).Distinct().ToListAsync(cancellationToken);
        if (unit.Level != UnitLevel.Nation)
        {
            levels.Add(unit.Level);
        }

        return levels.ToHashSet();
    }
}
