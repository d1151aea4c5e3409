using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.Units;

namespace Platform.Plans.Statistics;

internal sealed class GetUnitStatisticsHandler(PlansDbContext db, ICurrentCaller caller, IMediator mediator)
    : IRequestHandler<GetUnitStatisticsQuery, IReadOnlyList<UnitStatisticView>>
{
    public async Task<IReadOnlyList<UnitStatisticView>> Handle(
        GetUnitStatisticsQuery request,
        CancellationToken cancellationToken
    )
    {
        // Resolving through GetUnitQuery gives the same 404 for an unknown code, or one outside the caller's scope, as
        // every other unit endpoint.
        var unit = await mediator.Send(new GetUnitQuery(request.Code, request.At), cancellationToken);
        // Only that version's figures: a reused code (75 is the old and the new Đồng Nai) never mixes two units'
        // statistics.
        var ids = db.UnitsIn(caller.Scope)
            .Where(u => u.Code == unit.Code && u.ValidFrom == unit.ValidFrom)
            .Select(u => u.Id);
        var query = db.Statistics.AsNoTracking().Where(s => ids.Contains(s.UnitId));
        if (request.Year is { } year)
        {
            query = query.Where(s => s.Year == year);
        }

        return await query.OrderBy(s => s.Year).ThenBy(s => s.Metric)
            .Select(s => new UnitStatisticView(unit.Code, s.Year, s.Metric, s.Value, s.Source))
            .ToListAsync(cancellationToken);
    }
}
