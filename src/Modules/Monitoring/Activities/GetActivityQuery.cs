using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Errors;
using Platform.Monitoring.Persistence;

namespace Platform.Monitoring.Activities;

/// <summary>One activity, with its version (the ETag a correction or withdrawal names in If-Match).</summary>
internal sealed record GetActivityQuery(int Id) : IRequest<ActivityView>;

internal sealed class GetActivityHandler(MonitoringDbContext db) : IRequestHandler<GetActivityQuery, ActivityView>
{
    public async Task<ActivityView> Handle(GetActivityQuery request, CancellationToken cancellationToken) =>
        ActivityView.From(await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException($"No activity has the id {request.Id}."));
}
