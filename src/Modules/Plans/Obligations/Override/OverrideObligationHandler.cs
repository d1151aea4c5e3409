using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Cascade.Rules;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.Scope;
using Platform.Plans.Units;

namespace Platform.Plans.Obligations.Override;

/// <summary>Overrides of obligations of units in the caller's scope; one outside it is not found, and nothing is changed.</summary>
internal sealed class OverrideObligationHandler(PlansDbContext db, ICurrentCaller caller, IMediator mediator, TimeProvider clock) :
    IRequestHandler<OverrideObligationCommand, ObligationView>,
    IRequestHandler<ClearOverrideCommand, ObligationView>
{
    public async Task<ObligationView> Handle(OverrideObligationCommand request, CancellationToken cancellationToken)
    {
        var (obligation, unit) = await LoadAsync(request.Id, request.IfMatch, cancellationToken);
        var floor = request.Floor!.Value;
        EnsureWithinDenominator(obligation, floor, request.Stretch);
        await EnsureNotBelowParentAsync(obligation, floor, cancellationToken);
        obligation.Floor = floor;
        obligation.Stretch = request.Stretch;
        obligation.Overridden = true;
        obligation.OverrideReason = VietnameseText.Note(request.Reason);
        obligation.OverriddenBy = caller.Name;
        obligation.OverriddenAtUtc = clock.GetUtcNow().UtcDateTime;
        obligation.UpdatedAtUtc = obligation.OverriddenAtUtc.Value;
        return await SaveAndPublishAsync(obligation, unit, cancellationToken);
    }

    public async Task<ObligationView> Handle(ClearOverrideCommand request, CancellationToken cancellationToken)
    {
        var (obligation, unit) = await LoadAsync(request.Id, request.IfMatch, cancellationToken);
        obligation.Floor = obligation.ComputedFloor;
        obligation.Stretch = obligation.ComputedStretch;
        obligation.Overridden = false;
        obligation.OverrideReason = null;
        obligation.OverriddenBy = null;
        obligation.OverriddenAtUtc = null;
        obligation.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        return await SaveAndPublishAsync(obligation, unit, cancellationToken);
    }

    private async Task<(Obligation, AdministrativeUnit)> LoadAsync(int id, IfMatch? ifMatch, CancellationToken cancellationToken)
    {
        var obligation = await db.ObligationsIn(caller.Scope).SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException($"No obligation has the id {id}.");
        ifMatch?.Ensure(obligation.Version, VersionedRecord.Obligation, id);
        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == obligation.PlanId, cancellationToken);
        if (plan.Status != PlanStatus.Draft)
        {
            throw new ConflictException($"Plan {plan.Code} is {plan.Status}; obligations can be changed only while it is a Draft.");
        }

        var unit = await db.Units.AsNoTracking().Include(u => u.Parent).SingleAsync(u => u.Id == obligation.UnitId, cancellationToken);
        return (obligation, unit);
    }

    /// <summary>
    /// A percent obligation counts people out of its denominator (e.g. the labour force): more than all of them,
    /// over 100 %, cannot be reached, so such a floor or stretch is refused rather than stored.
    /// </summary>
    private static void EnsureWithinDenominator(Obligation obligation, long floor, long? stretch)
    {
        if (obligation.Kind != CascadeKinds.PercentOfDenominator || obligation.DenominatorValue is not { } denominator)
        {
            return;
        }

        foreach (var (field, value) in new[] { ("floor", (long?)floor), ("stretch", stretch) })
        {
            if (value > denominator)
            {
                throw new RuleViolationException(
                    $"A {field} of {value:N0} is {100.0 * value.Value / denominator:N0} % of the unit's {obligation.DenominatorMetric} ({denominator:N0}); a percent obligation cannot exceed 100 %.",
                    new Dictionary<string, string[]> { [field] = [$"must be at most {denominator:N0} (100 % of {obligation.DenominatorMetric})"] });
            }
        }
    }

    /// <summary>
    /// A directly computed obligation may not go below its computed floor. A commune's part of a split or proposed
    /// count may, as long as the communes together still meet the province's floor.
    /// </summary>
    private async Task EnsureNotBelowParentAsync(Obligation obligation, long floor, CancellationToken cancellationToken)
    {
        if (obligation.MissingData || obligation.ComputedFloor is not { } computed || floor >= computed)
        {
            return;
        }

        var shared = obligation.RuleName.StartsWith(CascadeKindsOf.Shared, StringComparison.Ordinal) || obligation.Fallback?.Contains("largest remainder", StringComparison.Ordinal) == true;
        if (!shared || obligation.ParentFloor is not { } parentFloor)
        {
            throw new RuleViolationException(
                $"The floor may not go below {computed:N0}, what the parent ({obligation.ParentSource}) demands of this unit; {floor:N0} was asked.",
                new Dictionary<string, string[]> { ["floor"] = [$"must be at least {computed:N0}"] });
        }

        var siblings = await db.Obligations.AsNoTracking()
            .Where(o => o.Id != obligation.Id && o.ParentSource == obligation.ParentSource && o.IndicatorCode == obligation.IndicatorCode && o.Year == obligation.Year)
            .SumAsync(o => o.Floor ?? 0, cancellationToken);
        if (siblings + floor < parentFloor)
        {
            throw new RuleViolationException(
                $"With a floor of {floor:N0} here the units together would hold {siblings + floor:N0}, below the parent's floor of {parentFloor:N0} ({obligation.ParentSource}). Raise another unit first.",
                new Dictionary<string, string[]> { ["floor"] = [$"the units together must keep at least {parentFloor:N0}"] });
        }
    }

    private async Task<ObligationView> SaveAndPublishAsync(Obligation obligation, AdministrativeUnit unit, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == obligation.PlanId).Select(p => p.Code).SingleAsync(cancellationToken);
        await mediator.Publish(new ObligationsChanged([new ObligationSnapshot(
            obligation.Id, plan, obligation.UnitCode, unit.Level, unit.Parent?.Code, obligation.Year, obligation.IndicatorCode,
            obligation.Floor, obligation.Stretch, obligation.MissingData, Removed: false)]), cancellationToken);
        return await db.ViewAsync(obligation.Id, caller.Scope, cancellationToken);
    }
}

internal static class CascadeKindsOf
{
    /// <summary>Rules whose commune parts are a choice among siblings rather than a figure of the unit alone.</summary>
    public const string Shared = CascadeKinds.ShareOfSubordinateUnits + "/commune";
}
