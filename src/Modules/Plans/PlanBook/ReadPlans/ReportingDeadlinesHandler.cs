using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.Scope;

namespace Platform.Plans.PlanBook.ReadPlans;

/// <summary>The deadlines of the plans in the caller's scope; a plan named outside it is not found.</summary>
internal sealed class ReportingDeadlinesHandler(PlansDbContext db, ICurrentCaller caller) : IRequestHandler<GetReportingDeadlinesQuery, IReadOnlyList<PlanReportingDeadline>>
{
    public async Task<IReadOnlyList<PlanReportingDeadline>> Handle(GetReportingDeadlinesQuery request, CancellationToken cancellationToken)
    {
        var plans = db.PlansIn(caller.Scope).AsNoTracking().Where(p => p.StartYear <= request.Year && p.EndYear >= request.Year);
        if (!string.IsNullOrWhiteSpace(request.UnderPlanCode))
        {
            var root = await db.PlansIn(caller.Scope).AsNoTracking().SingleOrDefaultAsync(p => p.Code == request.UnderPlanCode, cancellationToken)
                ?? throw new NotFoundException($"No plan has the code '{request.UnderPlanCode}'.");
            plans = plans.Where(p => p.Path.StartsWith(root.Path));
        }

        var rows = await (
            from p in plans
            join u in db.Units on p.UnitId equals u.Id
            join r in db.UnitRows.IgnoreQueryFilters() on p.UnitId equals r.Id
            select new { Plan = p, u.Level, r.ProvinceCode }).ToListAsync(cancellationToken);
        return rows
            .SelectMany(r => r.Plan.Deadlines.Select(d => new PlanReportingDeadline(
                r.Plan.Code, r.Plan.UnitCode, r.Level, d.Title, d.Recipient, d.DueIn(request.Year), r.ProvinceCode)))
            .OrderBy(d => d.Due).ThenBy(d => d.Level).ThenBy(d => d.UnitCode, StringComparer.Ordinal)
            .ToList();
    }
}
