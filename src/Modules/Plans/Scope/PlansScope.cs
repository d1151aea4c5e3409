using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Obligations;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook;
using Platform.Plans.Texts;
using Platform.Plans.Units;

namespace Platform.Plans.Scope;

/// <summary>
/// The write entities as one caller may see them. A unit's province comes from the view <c>plans_v_units</c> (the unit
/// itself, its parent or its grandparent), the one place that says which province a unit lies in; the view is read
/// without its query filter so that the scope passed in, not the context's caller, decides.
/// </summary>
internal static class PlansScope
{
    /// <summary>Ids of the unit versions the scope covers.</summary>
    public static IQueryable<int> UnitIdsIn(this PlansDbContext db, UnitScope scope) =>
        scope.Filter(db.UnitRows.IgnoreQueryFilters(), r => r.Code, r => r.ProvinceCode).Select(r => r.Id);

    public static IQueryable<AdministrativeUnit> UnitsIn(this PlansDbContext db, UnitScope scope) =>
        scope.IsNation ? db.Units : db.Units.Where(u => db.UnitIdsIn(scope).Contains(u.Id));

    public static IQueryable<Plan> PlansIn(this PlansDbContext db, UnitScope scope) =>
        scope.IsNation ? db.Plans : db.Plans.Where(p => db.UnitIdsIn(scope).Contains(p.UnitId));

    /// <summary>
    /// The plans a scope may read: its own units' and those of the units above it (a province reads the nation's plans,
    /// a
    /// commune its province's and the nation's), whose targets it implements. Only <see cref="PlansIn"/> may be
    /// changed.
    /// </summary>
    public static IQueryable<Plan> PlansReadableIn(this PlansDbContext db, UnitScope scope)
    {
        if (scope.IsNation)
        {
            return db.Plans;
        }

        var code = scope.UnitCode;
        var above = db.UnitRows.IgnoreQueryFilters().Where(r => r.Code == code).Select(r => r.ProvinceCode);
        return db.Plans.Where(p =>
            db.UnitIdsIn(scope).Contains(p.UnitId)
            || db.Units.Any(u => u.Id == p.UnitId && (u.Level == Contracts.UnitLevel.Nation || above.Contains(u.Code)))
        );
    }

    /// <summary>Why a caller cannot change plan <paramref name="code"/>: 404 when they cannot read it either, 403 when
    /// it is a plan above them.</summary>
    public static async Task<Exception> RefusalAsync(
        this PlansDbContext db,
        UnitScope scope,
        string code,
        IStringLocalizer<PlansTexts> texts,
        CancellationToken cancellationToken
    ) =>
        await db.PlansReadableIn(scope)
            .Where(p => p.Code == code)
            .Select(p => db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).Single())
            .SingleOrDefaultAsync(cancellationToken)
            is { } unit
            ? new ForbiddenException(texts["Plan.ReadOnlyAbove", code, unit])
            : new NotFoundException(texts["Plan.NotFound", code]);

    public static IQueryable<Obligation> ObligationsIn(this PlansDbContext db, UnitScope scope) =>
        scope.IsNation ? db.Obligations : db.Obligations.Where(o => db.UnitIdsIn(scope).Contains(o.UnitId));

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
