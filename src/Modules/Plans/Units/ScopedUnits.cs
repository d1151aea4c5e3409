using Platform.BuildingBlocks.Security;
using Platform.Plans.Persistence;
using Platform.Plans.Scope;

namespace Platform.Plans.Units;

/// <summary>The units one caller may see (<see cref="PlansScope"/> says which).</summary>
internal static class ScopedUnits
{
    public static IQueryable<AdministrativeUnit> UnitsIn(this PlansDbContext db, UnitScope scope) =>
        scope.IsNation ? db.Units : db.Units.Where(u => db.UnitIdsIn(scope).Contains(u.Id));
}
