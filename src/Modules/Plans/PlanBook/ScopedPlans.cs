using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Persistence;
using Platform.Plans.Scope;
using Platform.Plans.Texts;

namespace Platform.Plans.PlanBook;

/// <summary>The plans and obligations one caller may see or change (<see cref="PlansScope"/> says which units).
/// </summary>
internal static class ScopedPlans
{
    public static IQueryable<Plan> PlansIn(this PlansDbContext db, UnitScope scope) =>
        scope.IsNation ? db.Plans : db.Plans.Where(p => db.UnitIdsIn(scope).Contains(p.UnitId));

    /// <summary>
    /// The plans a scope may read: its own units' and those of the units above it (a province reads the nation's plans,
    /// a commune its province's and the nation's), whose targets it implements. Only <see cref="PlansIn"/> may be
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
}
