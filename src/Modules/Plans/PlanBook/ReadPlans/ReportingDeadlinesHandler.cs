using Microsoft.Extensions.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;

namespace Platform.Plans.PlanBook.ReadPlans;

/// <summary>
/// System-level, whoever asks (see <see cref="GetReportingDeadlinesQuery"/>): Monitoring computes its deadline lists
/// from it once for everyone and holds each answer to the caller's scope by the deadlines' unit and province.
/// </summary>
internal sealed class ReportingDeadlinesHandler(PlansDbContext db, IStringLocalizer<PlansTexts> texts)
    : IRequestHandler<GetReportingDeadlinesQuery, IReadOnlyList<PlanReportingDeadline>>
{
    public async Task<IReadOnlyList<PlanReportingDeadline>> Handle(
        GetReportingDeadlinesQuery request,
        CancellationToken cancellationToken
    )
    {
        var plans = db.Plans.AsNoTracking().Where(p => p.StartYear <= request.Year && p.EndYear >= request.Year);
        if (!string.IsNullOrWhiteSpace(request.UnderPlanCode))
        {
            var root = await db
                .Plans.AsNoTracking()
                .SingleOrDefaultAsync(p => p.Code == request.UnderPlanCode, cancellationToken)
                ?? throw new BuildingBlocks.Errors.NotFoundException(texts["Plan.NotFound", request.UnderPlanCode]);
            plans = plans.Where(p => p.Path.StartsWith(root.Path));
        }

        if (!string.IsNullOrWhiteSpace(request.UnitCode))
        {
            plans = plans.Where(p => p.UnitCode == request.UnitCode);
        }

        // Only the columns a deadline needs: the plans' targets, tasks and history stay in the database.
        // The province comes from the units view, read whatever the caller's scope: this answer is the same for
        // everyone.
        var rows = await (
            from p in plans
            join u in db.Units on p.UnitId equals u.Id
            join r in db.UnitRows.IgnoreQueryFilters() on p.UnitId equals r.Id
            select new
            {
                p.Code,
                p.UnitCode,
                p.Deadlines,
                u.Level,
                u.Name,
                u.ValidFrom,
                u.ValidTo,
                r.ProvinceCode,
            }
        ).ToListAsync(cancellationToken);
        // A unit owes the report of a year only if it answers for that year, in force on its 1 January, as the cascade
        // gives it obligations only then (ADR 0020): a commune of July 2025 owes nothing before 2026.
        var first = new DateOnly(request.Year, 1, 1);
        return rows.SelectMany(r =>
                r.Deadlines.Select(d => (Deadline: d, Due: d.DueIn(request.Year)))
                    .Where(_ => r.ValidFrom <= first && (r.ValidTo is null || r.ValidTo >= first))
                    .Select(d => new PlanReportingDeadline(
                        r.Code,
                        r.UnitCode,
                        r.Level,
                        d.Deadline.Title,
                        d.Deadline.Recipient,
                        d.Due,
                        r.ProvinceCode,
                        r.Name
                    ))
            )
            .OrderBy(d => d.Due)
            .ThenBy(d => d.Level)
            .ThenBy(d => d.UnitCode, StringComparer.Ordinal)
            .ToList();
    }
}
