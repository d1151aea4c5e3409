using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Auditing;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook;
using Platform.Plans.PlanBook.Reporting;
using Platform.Plans.Scope;

using Platform.Plans.Texts;

namespace Platform.Plans.Cascade.Generate;

/// <summary>
/// Generation from a plan in the caller's scope (a provincial planner generates the plans of their communes from their
/// province's plan), or from the plan directly above it for the caller's own unit only (the same planner generates her
/// province's plan from the national plan). Every unit below a unit in scope is in it too.
/// </summary>
internal sealed class GenerateSubordinatePlansHandler(
    PlansDbContext db,
    ICurrentCaller caller,
    CascadeCalculator calculator,
    CascadeRuns runs,
    IMediator mediator,
    TimeProvider clock,
    ReportingSchedules schedules,
    AuditTrail audit,
    UnitOfWork unitOfWork,
    IStringLocalizer<PlansTexts> texts
) : IRequestHandler<GenerateSubordinatePlansCommand, GenerationResult>
{
    public async Task<GenerationResult> Handle(
        GenerateSubordinatePlansCommand request,
        CancellationToken cancellationToken
    )
    {
        var parent = await db.PlansReadableIn(caller.Scope)
            .AsNoTracking()
            .Include(p => p.Targets)
            .SingleOrDefaultAsync(p => p.Code == request.ParentCode, cancellationToken)
            ?? throw new NotFoundException(texts["Plan.NotFound", request.ParentCode]);
        // A plan at the top holds its targets itself; one without any (the 2020 launch day's, whose quotas are its
        // campaign's) has nothing to hand down.
        if (parent.ParentPlanId is null && parent.Targets.Count == 0)
        {
            throw new RuleViolationException(texts["Generation.NoTargets", parent.Code]);
        }

        var snapshot = await CascadeSnapshot.LoadAsync(db, parent, cancellationToken);
        var children = SelectChildren(parent, snapshot, request);
        var (runUnit, runProvince) = (parent.UnitCode, await db.ProvinceOfAsync(parent.UnitId, cancellationToken));
        if (!await db.CoversUnitAsync(caller.Scope, parent.UnitId, cancellationToken))
        {
            // From above the scope: one unit, the caller's own (its province is itself, or the parent plan's province).
            var own = children.Count == 1 && !request.All ? children[0] : null;
            var ownProvince = own?.Level == UnitLevel.Province ? own.Code : runProvince;
            if (own is null || !caller.Scope.Covers(own.Code, ownProvince))
            {
                throw new ForbiddenException(
                    texts[
                        "Generation.OwnUnitFromAbove",
                        parent.Code,
                        snapshot.Unit(parent.UnitId).Name,
                        caller.Scope.UnitCode ?? ""
                    ]
                );
            }

            (runUnit, runProvince) = (own.Code, ownProvince);
        }

        var unitsTotal = request.Cascade ? children.Sum(c => 1 + snapshot.CountDescendants(c, parent)) : children.Count;
        var run = runs.Start(parent.Code, runUnit, runProvince, unitsTotal, request.RunId);
        try
        {
            var result = await GenerateAsync(request, parent, snapshot, children, run.RunId, cancellationToken);
            // Succeeded only once saved, with every module's reaction (ADR 0022): a page following the run reloads
            // then.
            unitOfWork.AfterCommit(() => runs.Finish(run.RunId, "succeeded", result.Message, result));
            unitOfWork.AfterRollback(failure => runs.Finish(run.RunId, "failed", Reason(failure)));
            return result;
        }
        catch (Exception exception)
        {
            runs.Finish(run.RunId, "failed", Reason(exception));
            throw;
        }
    }

    private async Task<GenerationResult> GenerateAsync(
        GenerateSubordinatePlansCommand request,
        Plan parent,
        CascadeSnapshot snapshot,
        List<CascadeUnit> children,
        string runId,
        CancellationToken cancellationToken
    )
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var by = caller.Name;
        var schedule = schedules.ForPlanAt(parent.Path);
        var plan = new GenerationPlan(snapshot, now);
        var queue =
            new Queue<(
                IPlanHeader Parent,
                IReadOnlyDictionary<(string, int), ParentValue> Values,
                List<CascadeUnit> Children
            )>();
        queue.Enqueue((parent, snapshot.ParentValues(parent), children));
        var done = 0;
        while (queue.TryDequeue(out var step))
        {
            var drafts = calculator.Compute(
                new CascadeCalculator.Input(
                    step.Parent.Code,
                    [.. step.Parent.Years],
                    step.Values,
                    step.Children,
                    snapshot.CountSubordinates,
                    snapshot.Statistics,
                    snapshot.Overrides
                )
            );
            var byUnit = drafts.GroupBy(d => d.Unit.Id).ToDictionary(g => g.Key, g => g.ToList());
            var source = await DraftingSourceAsync(step.Parent, step.Children, plan, cancellationToken);
            foreach (var child in step.Children)
            {
                var childPlan = plan.PlanFor(child, step.Parent, code =>
                    SubordinatePlanDrafter.Draft(
                        code,
                        source ?? throw new InvalidOperationException($"{step.Parent.Code} has no text to draft from."),
                        snapshot.Unit(step.Parent.UnitId),
                        child,
                        schedule,
                        by,
                        now
                    )
                );
                var childDrafts = byUnit.GetValueOrDefault(child.Id) ?? [];
                plan.Record(childPlan, childDrafts);
                if (request.Cascade && snapshot.ChildrenOf(child, step.Parent) is { Count: > 0 } grandChildren)
                {
                    queue.Enqueue((childPlan, plan.EffectiveValues(childPlan, childDrafts), grandChildren));
                }

                runs.Progress(runId, "computing", ++done);
            }
        }

        // Progress while writing counts the units whose plans are written, from 0 again.
        runs.Progress(runId, "saving", 0);
        var outcome = await plan.SaveAsync(
            db,
            o => Summary(request, parent, done, plan, o),
            saved => runs.Progress(runId, "saving", saved),
            cancellationToken
        );
        await NotifyAsync(outcome.Changed, done, runId, cancellationToken);

        return new GenerationResult(
            runId,
            parent.Code,
            done,
            outcome.PlansCreated,
            outcome.PlansExisting,
            outcome.Added,
            outcome.Updated,
            outcome.Unchanged,
            outcome.KeptOverridden,
            outcome.Removed,
            outcome.MissingData.Count,
            [.. outcome.Differences.Take(GenerationResult.ListedAtMost)],
            [.. outcome.MissingData.Take(GenerationResult.ListedAtMost)],
            outcome.LockedPlans
        );
    }

    /// <summary>
    /// The plan the new plans of <paramref name="children"/> are drafted from: <paramref name="parent"/> itself when it
    /// is whole (the plan generated from, or one drafted now); a stored plan, read without its text, is read again by
    /// key, and only when one of the children has no plan under it yet (a regeneration drafts nothing).
    /// </summary>
    private async Task<Plan?> DraftingSourceAsync(
        IPlanHeader parent,
        List<CascadeUnit> children,
        GenerationPlan plan,
        CancellationToken cancellationToken
    ) =>
        parent as Plan
        ?? (
            children.TrueForAll(c => plan.Existing(parent, c) is not null)
                ? null
                : await db.Plans.AsNoTracking().SingleAsync(p => p.Id == parent.Id, cancellationToken)
        );

    /// <summary>
    /// Training and Monitoring take in the changed obligations a plan at a time, in notifications of about
    /// <see cref="NotifiedAtOnce"/> obligations, so that a whole-nation run (117,595 obligations, about a second) still
    /// reports its progress: the <paramref name="units"/> of the run in proportion to the obligations handed over.
    /// </summary>
    private async Task NotifyAsync(
        List<ObligationSnapshot> changed,
        int units,
        string runId,
        CancellationToken cancellationToken
    )
    {
        if (changed.Count == 0)
        {
            return;
        }

        runs.Progress(runId, "notifying", 0);
        var (notified, batch) = (0, new List<ObligationSnapshot>());
        foreach (var planObligations in changed.GroupBy(o => o.PlanCode))
        {
            batch.AddRange(planObligations);
            if (batch.Count >= NotifiedAtOnce)
            {
                await PublishAsync();
            }
        }

        if (batch.Count > 0)
        {
            await PublishAsync();
        }

        async Task PublishAsync()
        {
            await mediator.Publish(new ObligationsChanged(batch), cancellationToken);
            notified += batch.Count;
            batch = [];
            runs.Progress(runId, "notifying", (int)((long)units * notified / changed.Count));
        }
    }

    private const int NotifiedAtOnce = 10_000;

    /// <summary>Why a run failed, as the person following it reads it: the platform's own refusals as written, any
    /// other fault in words.</summary>
    private string Reason(Exception failure) =>
        PlatformExceptions.IsRefusal(failure) ? failure.Message : texts["Generation.ServerFault"];

    /// <summary>The generation's one audit entry: what was asked, the counts, and the first differences (old → new,
    /// why).</summary>
    private AuditEntry Summary(
        GenerateSubordinatePlansCommand request,
        Plan parent,
        int units,
        GenerationPlan plan,
        GenerationPlan.Outcome o
    ) =>
        audit.Entry(
            AuditActions.Generated,
            nameof(Plan),
            parent.Code,
            request.UnitCode?.Trim() ?? parent.UnitCode,
            null,
            new
            {
                parentPlan = parent.Code,
                unitCode = request.UnitCode?.Trim(),
                all = request.All,
                cascade = request.Cascade,
                by = caller.Name,
                units,
                plansCreated = o.PlansCreated,
                plansRegenerated = o.PlansExisting,
                obligationsAdded = o.Added,
                obligationsUpdated = o.Updated,
                obligationsRemoved = o.Removed,
                obligationsUnchanged = o.Unchanged,
                obligationsKeptOverridden = o.KeptOverridden,
                missingData = o.MissingData.Count,
                lockedPlans = o.LockedPlans,
                createdPlans = plan.CreatedPlanCodes.Take(AuditSummary.Items).ToList(),
                differences = o
                    .Differences.Take(AuditSummary.Items)
                    .Select(d =>
                        $"{d.PlanCode} {d.UnitCode} {d.IndicatorCode} {d.Year}: {Range(d.OldFloor, d.OldStretch)} → "
                            + $"{Range(d.NewFloor, d.NewStretch)} ({d.Why})"
                    )
                    .ToList(),
            }
        );

    private static string Range(long? floor, long? stretch) =>
        floor is null ? "none"
        : stretch is null || stretch == floor ? $"{floor}"
        : $"{floor}–{stretch}";

    private List<CascadeUnit> SelectChildren(
        Plan parent,
        CascadeSnapshot snapshot,
        GenerateSubordinatePlansCommand request
    )
    {
        var parentUnit = snapshot.Unit(parent.UnitId);
        var children = snapshot.ChildrenOf(parentUnit, parent);
        if (!string.IsNullOrWhiteSpace(request.UnitCode))
        {
            children = children.Where(c => c.Code == request.UnitCode.Trim()).ToList();
            if (children.Count == 0)
            {
                throw new NotFoundException(
                    texts[
                        "Generation.NotASubordinate",
                        request.UnitCode,
                        parentUnit.Name,
                        parentUnit.Code,
                        parent.StartYear,
                        parent.EndYear
                    ]
                );
            }
        }

        return children.Count > 0
            ? children
            : throw new RuleViolationException(
                texts["Generation.NoSubordinates", parentUnit.Name, parentUnit.Code, parent.StartYear, parent.EndYear]
            );
    }
}
