using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Persistence;
using Platform.Plans.PlanBook.ChangeStatus;
using Platform.Plans.Scope;
using Platform.Plans.Texts;
using Platform.Plans.Units;

namespace Platform.Plans.PlanBook.ReadPlans;

/// <summary>A unit's plans and those above it, and the moves the caller may make on a plan, as the caller's scope shows
/// them.</summary>
internal sealed class UnitPlansHandlers(PlansDbContext db, ICurrentCaller caller, IStringLocalizer<PlansTexts> texts) :
    IRequestHandler<GetUnitPlansQuery, UnitPlans>,
    IRequestHandler<GetPlanMovesQuery, PlanMoves>
{
    public async Task<UnitPlans> Handle(GetUnitPlansQuery request, CancellationToken cancellationToken)
    {
        var code = string.IsNullOrWhiteSpace(request.UnitCode)
            ? caller.Scope.UnitCode ?? NationalUnit.Code
            : request.UnitCode.Trim();
        var versions = await db.UnitsIn(caller.Scope)
            .AsNoTracking()
            .Where(u => u.Code == code)
            .Select(u => new { u.Id, u.ParentId })
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            throw new NotFoundException(texts["Unit.NotFound", code]);
        }

        // Every version of the code has its own chain of units above (the structure before July 2025 had districts).
        var above = new List<int>();
        var next = versions.Where(v => v.ParentId is not null).Select(v => v.ParentId!.Value).Distinct().ToList();
        while (next.Count > 0)
        {
            above.AddRange(next.Except(above));
            next = await db
                .Units.AsNoTracking()
                .Where(u => next.Contains(u.Id) && u.ParentId != null)
                .Select(u => u.ParentId!.Value)
                .Distinct()
                .ToListAsync(cancellationToken);
            next = next.Except(above).ToList();
        }

        var own = await ListAsync(db.PlansIn(caller.Scope).Where(p => p.UnitCode == code), cancellationToken);
        var plansAbove = await ListAsync(
            db.PlansReadableIn(caller.Scope).Where(p => above.Contains(p.UnitId)),
            cancellationToken
        );
        // Nearest unit first: a commune's province before the nation.
        var rank = above.Select((id, index) => (id, index)).ToDictionary(x => x.id, x => x.index);
        return new UnitPlans(
            code,
            [.. own.Select(p => p.Item)],
            [.. plansAbove.OrderBy(p => rank[p.UnitId]).Select(p => p.Item)]
        );
    }

    public async Task<PlanMoves> Handle(GetPlanMovesQuery request, CancellationToken cancellationToken)
    {
        var plan = await db.PlansReadableIn(caller.Scope)
            .AsNoTracking()
            .Include(p => p.Parent)
            .SingleOrDefaultAsync(p => p.Code == request.Code, cancellationToken)
            ?? throw new NotFoundException(texts["Plan.NotFound", request.Code]);
        var moves = new List<PlanStatus>();
        if (caller.Has(Permission.WritePlans))
        {
            var approval = new PlanApproval(db, caller, texts);
            foreach (var to in PlanApproval.Allowed[plan.Status])
            {
                if (await approval.RefusalAsync(plan, to, cancellationToken) is null)
                {
                    moves.Add(to);
                }
            }
        }

        return new PlanMoves(plan.Code, plan.Status, moves, plan.Version);
    }

    /// <summary>The plans in order: by years, a multi-year plan before the yearly plans of its years.</summary>
    private async Task<List<(int UnitId, PlanListItem Item)>> ListAsync(
        IQueryable<Plan> plans,
        CancellationToken cancellationToken
    )
    {
        var scopeUnits = db.UnitIdsIn(caller.Scope);
        var rows = await plans.AsNoTracking()
            .Select(p => new
            {
                p.Code,
                p.Title,
                p.UnitId,
                p.UnitCode,
                UnitName = db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).Single(),
                p.StartYear,
                p.EndYear,
                ParentCode = p.Parent == null ? null : p.Parent.Code,
                p.Status,
                IsYearPlan = p.Parent != null && p.Parent.UnitId == p.UnitId,
                Covered = caller.Scope.IsNation || scopeUnits.Contains(p.UnitId),
            })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.IsYearPlan ? r.StartYear : r.StartYear - 0.5)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r =>
                (
                    r.UnitId,
                    new PlanListItem(
                        r.Code,
                        r.Title,
                        r.UnitCode,
                        r.UnitName,
                        r.StartYear,
                        r.EndYear,
                        r.ParentCode,
                        r.Status,
                        texts[$"Status.{r.Status}"],
                        r.IsYearPlan,
                        !r.Covered
                    )
                )
            )
            .ToList();
    }
}
