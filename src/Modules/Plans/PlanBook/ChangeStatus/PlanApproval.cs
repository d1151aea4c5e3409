using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.Scope;
using Platform.Plans.Texts;

namespace Platform.Plans.PlanBook.ChangeStatus;

/// <summary>
/// Who may move a plan: its own unit's planners submit, activate and close it; a planner whose scope holds the parent
/// plan's unit approves it or returns it to draft, and never the person who submitted it. A plan without a parent (a
/// national plan) is approved by the nation. Units below read the plans above them but change none of them (403).
/// </summary>
internal sealed class PlanApproval(PlansDbContext db, ICurrentCaller caller, IStringLocalizer<PlansTexts> texts)
{
    public static readonly Dictionary<PlanStatus, PlanStatus[]> Allowed = new()
    {
        [PlanStatus.Draft] = [PlanStatus.Submitted],
        [PlanStatus.Submitted] = [PlanStatus.Approved, PlanStatus.Draft],
        [PlanStatus.Approved] = [PlanStatus.Active],
        [PlanStatus.Active] = [PlanStatus.Closed],
        [PlanStatus.Closed] = [],
    };

    public static bool IsDecisionOfParent(PlanStatus from, PlanStatus to) =>
        from == PlanStatus.Submitted && to is PlanStatus.Approved or PlanStatus.Draft;

    public async Task EnsureMayMoveAsync(Plan plan, PlanStatus to, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(plan, to, cancellationToken) is { } refusal)
        {
            throw refusal;
        }
    }

    /// <summary>Why the caller may not make this move (a 403 to throw), or null when they may; whether the move exists
    /// is not asked here.</summary>
    public async Task<Exception?> RefusalAsync(Plan plan, PlanStatus to, CancellationToken cancellationToken)
    {
        if (!IsDecisionOfParent(plan.Status, to))
        {
            return await db.CoversUnitAsync(caller.Scope, plan.UnitId, cancellationToken)
                ? null
                : new ForbiddenException(
                    texts["Plan.ReadOnlyAbove", plan.Code, await UnitNameAsync(plan.UnitId, cancellationToken)]
                );
        }

        var parentCovered = plan.Parent is { } parent
            ? await db.CoversUnitAsync(caller.Scope, parent.UnitId, cancellationToken)
            : caller.Scope.IsNation;
        if (!parentCovered)
        {
            return new ForbiddenException(plan.Parent is { } p
                ? texts["Plan.ApproveByParent", plan.Code, await UnitNameAsync(p.UnitId, cancellationToken)]
                : texts["Plan.ApproveNational", plan.Code]);
        }

        var submitter = plan.History.LastOrDefault(h => h.To == PlanStatus.Submitted)?.By;
        return string.Equals(submitter, caller.Name, StringComparison.OrdinalIgnoreCase)
            ? new ForbiddenException(texts["Plan.SelfApproval", plan.Code, caller.Name])
            : null;
    }

    private Task<string> UnitNameAsync(int unitId, CancellationToken cancellationToken) =>
        db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellationToken);
}
