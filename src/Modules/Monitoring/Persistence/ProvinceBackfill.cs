using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Persistence;

/// <summary>
/// Activities recorded before they carried their unit's province (migration ScopeProvinceCodes) get it at start-up,
/// from Plans' register; activities of the nation itself keep none. Nothing to do once done.
/// </summary>
internal static class ProvinceBackfill
{
    public static async Task RunAsync(
        MonitoringDbContext db,
        IMediator sender,
        UnitOfWork unitOfWork,
        CancellationToken cancellationToken
    )
    {
        var codes = await db
            .Activities.Where(a => a.ProvinceCode == null)
            .Select(a => a.UnitCode)
            .Distinct()
            .ToListAsync(cancellationToken);
        if (codes.Count == 0)
        {
            return;
        }

        var provinces = await sender.Send(new GetProvincesOfUnitsQuery(codes), cancellationToken);
        await unitOfWork.RunAsync(async () =>
        {
            foreach (var (unit, province) in provinces.Where(p => p.Value is not null))
            {
                await db.Activities.Where(a => a.UnitCode == unit && a.ProvinceCode == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.ProvinceCode, province), cancellationToken);
            }
        }, cancellationToken);
    }
}
