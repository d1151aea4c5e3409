using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;

namespace Platform.Plans.PlanBook.ReadPlans;

internal sealed class ReportingDeadlinesHandler(PlansDbContext db) : IRequestHandler<GetReportingDeadlinesQuery, IReadOnlyList<PlanReportingDeadline>>
{
    public async Task<IReadOnlyList<PlanReportingDeadline>> Handle(GetReportingDeadlinesQuery request, CancellationToken cancellationToken)
    {
        var plans = db.Plans.AsNoTracking().Where(p => p.StartYear <= request.Year && p.EndYear >= request.Year);
        if (!string.IsNullOrWhiteSpace(request.UnderPlanCode))
        {
            var root = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Code == request.UnderPlanCode, cancellationToken)
                ?? throw new BuildingBlocks.Errors.NotFoundException($"No plan has the code '{request.UnderPlanCode}'.");
            plans = plans.Where(p => p.Path.StartsWith(root.Path));
        }

        var rows = await (from p in plans join u in db.Units on p.UnitId equals u.Id select new { Plan = p, u.Level }).ToListAsync(cancellationToken);
        return rows
            .SelectMany(r => r.Plan.Deadlines.Select(d => new PlanReportingDeadline(r.Plan.Code, r.Plan.UnitCode, r.Level, d.Title, d.Recipient, d.DueIn(request.Year))))
            .OrderBy(d => d.Due).ThenBy(d => d.Level).ThenBy(d => d.UnitCode, StringComparer.Ordinal)
            .ToList();
    }
}
