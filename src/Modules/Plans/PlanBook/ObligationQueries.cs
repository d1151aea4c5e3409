using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Catalogue;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;
using Platform.Plans.Contracts.Obligations;

namespace Platform.Plans.PlanBook;

internal static class ObligationQueries
{
    public static IQueryable<ObligationView> Views(this PlansDbContext db, IQueryable<Obligation> obligations) =>
        from o in obligations
        join p in db.Plans on o.PlanId equals p.Id
        join u in db.Units on o.UnitId equals u.Id
        select new ObligationView(
            o.Id,
            p.Code,
            o.UnitCode,
            u.Name,
            o.Year,
            o.IndicatorCode,
            o.IndicatorCode,
            o.Kind,
            o.RateFloor,
            o.RateStretch,
            o.Floor,
            o.Stretch,
            o.ComputedFloor,
            o.ComputedStretch,
            o.MissingData,
            o.MissingReason,
            o.RuleName,
            o.RuleVersion,
            o.ParentPlanCode,
            o.ParentSource,
            o.DenominatorMetric,
            o.DenominatorValue,
            o.DenominatorYear,
            o.DenominatorSource,
            o.Fallback,
            o.Overridden,
            o.OverrideReason,
            o.OverriddenBy,
            o.OverriddenAtUtc,
            o.Version
        );

    public static ObligationView Named(this ObligationView view) =>
        view with { IndicatorName = IndicatorCatalogue.Find(view.IndicatorCode)?.Name ?? view.IndicatorCode };

    /// <summary>The obligation as the API shows it; one of a unit outside <paramref name="scope"/> is not
    /// found.</summary>
    public static async Task<ObligationView> ViewAsync(
        this PlansDbContext db,
        int id,
        UnitScope scope,
        CancellationToken cancellationToken
    ) =>
        (
            await db.Views(db.ObligationsIn(scope).AsNoTracking().Where(o => o.Id == id))
                .SingleOrDefaultAsync(cancellationToken)
        )?.Named()
        ?? throw new NotFoundException(
            Wording.Get("Obligation.NotFound", System.Globalization.CultureInfo.CurrentUICulture, id)
        );
}
