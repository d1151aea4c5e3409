using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Monitoring.Persistence;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Actuals;

/// <summary>
/// The units of a year and their parents: first as the obligations of that year place them (the structure the plan
/// cascaded over), then the structure in force on 31 December, then on 1 January, for units without obligations.
/// </summary>
internal sealed class UnitHierarchy
{
    private readonly Dictionary<string, (UnitLevel Level, string? Parent)> units = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, (UnitLevel Level, string? Parent)> Units => units;

    public static async Task<UnitHierarchy> LoadAsync(MonitoringDbContext db, IMediator sender, int year, CancellationToken cancellationToken)
    {
        var hierarchy = new UnitHierarchy();
        var placed = await db.Obligations.AsNoTracking().Where(o => o.Year == year)
            .Select(o => new { o.UnitCode, o.Level, o.ParentUnitCode }).Distinct().ToListAsync(cancellationToken);
        foreach (var unit in placed)
        {
            hierarchy.units.TryAdd(unit.UnitCode, (unit.Level, unit.ParentUnitCode));
        }

        foreach (var on in new[] { new DateOnly(year, 12, 31), new DateOnly(year, 1, 1) })
        {
            foreach (var node in await sender.Send(new GetUnitTreeQuery(on), cancellationToken))
            {
                hierarchy.units.TryAdd(node.Code, (node.Level, node.ParentCode));
            }
        }

        return hierarchy;
    }

    public UnitLevel? LevelOf(string code) => units.TryGetValue(code, out var unit) ? unit.Level : null;

    public string? ParentOf(string code) => units.TryGetValue(code, out var unit) ? unit.Parent : null;

    /// <summary>The province a unit lies in (itself for a province; null for the nation or a unit not placed).</summary>
    public string? ProvinceOf(string code)
    {
        // Nation → province → district → commune: a few steps up at most.
        for (var (current, step) = (code, 0); current is not null && step < 5; (current, step) = (ParentOf(current), step + 1))
        {
            if (LevelOf(current) == UnitLevel.Province)
            {
                return current;
            }
        }

        return null;
    }
}
