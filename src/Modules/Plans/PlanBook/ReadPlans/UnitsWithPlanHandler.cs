using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;

namespace Platform.Plans.PlanBook.ReadPlans;

internal sealed class UnitsWithPlanHandler(PlansDbContext db)
    : IRequestHandler<GetUnitsWithPlanQuery, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(
        GetUnitsWithPlanQuery request,
        CancellationToken cancellationToken
    ) =>
        await db
            .Plans.AsNoTracking()
            .Where(p => p.StartYear <= request.Year && p.EndYear >= request.Year)
            .Select(p => p.UnitCode).Distinct().OrderBy(c => c)
            .ToListAsync(cancellationToken);
}
