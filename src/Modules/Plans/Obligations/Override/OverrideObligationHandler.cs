using Microsoft.Extensions.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook;
using Platform.Plans.Units;
using Platform.Plans.Texts;
using Platform.Plans.Contracts.Obligations;

namespace Platform.Plans.Obligations.Override;

/// <summary>Overrides of obligations of units in the caller's scope; one outside it is not found, and nothing is
/// changed.</summary>
internal sealed class OverrideObligationHandler(
    PlansDbContext db,
    ICurrentCaller caller,
    IMediator mediator,
    TimeProvider clock,
    IStringLocalizer<PlansTexts> texts
) : IRequestHandler<OverrideObligationCommand, ObligationView>, IRequestHandler<ClearOverrideCommand, ObligationView>
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

    private async Task<(Obligation, AdministrativeUnit)> LoadAsync(
        int id,
        IfMatch? ifMatch,
        CancellationToken cancellationToken
    )
    {
        var obligation = await db.ObligationsIn(caller.Scope).SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException(texts["Obligation.NotFound", id]);
        ifMatch?.Ensure(obligation.Version, VersionedRecord.Obligation, id);
        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Id == obligation.PlanId, cancellationToken);
        if (plan.Status != PlanStatus.Draft)
        {
            throw new ConflictException(texts["Obligation.OnlyInDraft", plan.Code, texts[$"Status.{plan.Status}"]]);
        }

        var unit = await db
            .Units.AsNoTracking()
            .Include(u => u.Parent)
            .SingleAsync(u => u.Id == obligation.UnitId, cancellationToken);
        return (obligation, unit);
    }

    /// <summary>
    /// A percent obligation counts people out of its denominator (e.g. the labour force): more than all of them,
    /// over 100 %, cannot be reached, so such a floor or stretch is refused rather than stored.
    /// </summary>
    private void EnsureWithinDenominator(Obligation obligation, long floor, long? stretch)
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
                    texts[
                        "Override.OverDenominator",
                        field,
                        Wording.Number(value.Value),
                        Wording.Number(
                            (long)Math.Round(100.0 * value.Value / denominator, MidpointRounding.AwayFromZero)
                        ),
                        obligation.DenominatorMetric ?? "",
                        Wording.Number(denominator)
                    ],
                    new Dictionary<string, string[]>
                    {
                        [field] =
                        [
                            texts[
                                "Override.OverDenominatorField",
                                Wording.Number(denominator),
                                obligation.DenominatorMetric ?? ""
                            ],
                        ],
                    }
                );
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

        var shared = FloorRules.IsSharedAmongSiblings(obligation.RuleName, obligation.Fallback);
        if (!shared || obligation.ParentFloor is not { } parentFloor)
        {
            throw new RuleViolationException(
                texts["Override.BelowParent", Wording.Number(computed), obligation.ParentSource, Wording.Number(floor)],
                new Dictionary<string, string[]>
                {
                    ["floor"] = [texts["Override.BelowParentField", Wording.Number(computed)]],
                }
            );
        }

        var siblings = await db
            .Obligations.AsNoTracking()
            .Where(o =>
                o.Id != obligation.Id
                && o.ParentSource == obligation.ParentSource
                && o.IndicatorCode == obligation.IndicatorCode
                && o.Year == obligation.Year
            )
            .SumAsync(o => o.Floor ?? 0, cancellationToken);
        if (siblings + floor < parentFloor)
        {
            throw new RuleViolationException(
                texts[
                    "Override.SiblingsBelowParent",
                    Wording.Number(floor),
                    Wording.Number(siblings + floor),
                    Wording.Number((long)parentFloor),
                    obligation.ParentSource
                ],
                new Dictionary<string, string[]>
                {
                    ["floor"] = [texts["Override.SiblingsBelowParentField", Wording.Number((long)parentFloor)]],
                }
            );
        }
    }

    private async Task<ObligationView> SaveAndPublishAsync(
        Obligation obligation,
        AdministrativeUnit unit,
        CancellationToken cancellationToken
    )
    {
        await db.SaveChangesAsync(cancellationToken);
        var plan = await db
            .Plans.AsNoTracking()
            .Where(p => p.Id == obligation.PlanId)
            .Select(p => p.Code)
            .SingleAsync(cancellationToken);
        await mediator.Publish(
            new ObligationsChanged([
                new ObligationSnapshot(
                    obligation.Id,
                    plan,
                    obligation.UnitCode,
                    unit.Level,
                    unit.Parent?.Code,
                    obligation.Year,
                    obligation.IndicatorCode,
                    obligation.Floor,
                    obligation.Stretch,
                    obligation.MissingData,
                    Removed: false
                ),
            ]),
            cancellationToken
        );
        return await db.ViewAsync(obligation.Id, caller.Scope, cancellationToken);
    }
}
