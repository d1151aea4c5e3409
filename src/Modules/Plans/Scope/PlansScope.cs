using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Persistence;

namespace Platform.Plans.Scope;

/// <summary>
/// The units one caller's scope covers, which every folder filters its write entities by (<c>ScopedUnits</c>,
/// <c>ScopedPlans</c>). A unit's province comes from the view <c>plans_v_units</c> (the unit itself, its parent or its
/// grandparent), the one place that says which province a unit lies in; the view is read without its query filter so
/// that the scope passed in, not the context's caller, decides.
/// </summary>
internal static class PlansScope
{
    /// <summary>Ids of the unit versions the scope covers.</summary>
    public static IQueryable<int> UnitIdsIn(this PlansDbContext db, UnitScope scope) =>
        scope.Filter(db.UnitRows.IgnoreQueryFilters(), r => r.Code, r => r.ProvinceCode).Select(r => r.Id);

    public static async Task<bool> CoversUnitAsync(
        this PlansDbContext db,
        UnitScope scope,
        int unitId,
        CancellationToken cancellationToken
    ) => scope.IsNation || await db.UnitIdsIn(scope).ContainsAsync(unitId, cancellationToken);

    /// <summary>The province of a unit version (itself for a province; null for the nation), whatever the caller's
    /// scope.</summary>
    public static Task<string?> ProvinceOfAsync(
        this PlansDbContext db,
        int unitId,
        CancellationToken cancellationToken
    ) =>
        db
            .UnitRows.IgnoreQueryFilters()
            .Where(r => r.Id == unitId)
            .Select(r => r.ProvinceCode)
            .SingleOrDefaultAsync(cancellationToken);
}
