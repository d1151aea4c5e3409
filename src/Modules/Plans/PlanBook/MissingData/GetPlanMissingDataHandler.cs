using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;

namespace Platform.Plans.PlanBook.MissingData;

/// <summary>Reads the obligations marked missing data under a plan, grouped by unit, so a planner knows which figures
/// to import.</summary>
internal sealed class GetPlanMissingDataHandler(
    PlansDbContext db,
    ICurrentCaller caller,
    IStringLocalizer<PlansTexts> texts
) : IRequestHandler<GetPlanMissingDataQuery, IReadOnlyList<UnitMissingData>>
{
    public async Task<IReadOnlyList<UnitMissingData>> Handle(
        GetPlanMissingDataQuery request,
        CancellationToken cancellationToken
    )
    {
        var plan = await db.PlansReadableIn(caller.Scope)
            .AsNoTracking()
            .SingleOrDefaultAsync(p => p.Code == request.Code, cancellationToken)
            ?? throw new NotFoundException(texts["Plan.NotFound", request.Code]);
        var prefix = plan.Path;
        var rows = await (
            from o in db.ObligationsIn(caller.Scope).AsNoTracking()
            where o.MissingData
            join p in db.Plans on o.PlanId equals p.Id
            where p.Path.StartsWith(prefix)
            join u in db.Units on o.UnitId equals u.Id
            select new
            {
                o.UnitCode,
                UnitName = u.Name,
                PlanCode = p.Code,
                o.IndicatorCode,
                o.Year,
                o.DenominatorMetric,
                o.MissingReason,
            }
        ).ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.UnitCode, r.UnitName))
            .OrderBy(g => g.Key.UnitCode, StringComparer.Ordinal)
            .Select(g => new UnitMissingData(
                g.Key.UnitCode,
                g.Key.UnitName,
                [
                    .. g.Where(r => r.DenominatorMetric is not null)
                        .Select(r => r.DenominatorMetric!)
                        .Distinct()
                        .Order(StringComparer.Ordinal),
                ],
                [
                    .. g.OrderBy(r => r.IndicatorCode, StringComparer.Ordinal)
                        .ThenBy(r => r.Year)
                        .Select(r => new MissingDataEntry(
                            r.PlanCode,
                            r.IndicatorCode,
                            r.Year,
                            r.DenominatorMetric,
                            r.MissingReason
                        )),
                ]
            ))
            .ToList();
    }
}
