using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Texts;

namespace Platform.Monitoring.Activities;

/// <summary>An activity of a unit outside the caller's scope is not found.</summary>
internal sealed class GetActivityHandler(
    MonitoringDbContext db,
    ICurrentCaller caller,
    IStringLocalizer<MonitoringTexts> texts
) : IRequestHandler<GetActivityQuery, ActivityView>
{
    public async Task<ActivityView> Handle(GetActivityQuery request, CancellationToken cancellationToken) =>
        ActivityViews.From(
            await caller
                .Scope.Filter(db.Activities.AsNoTracking(), a => a.UnitCode, a => a.ProvinceCode)
                .SingleOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException(texts["Activity.NotFound", request.Id])
        );
}
