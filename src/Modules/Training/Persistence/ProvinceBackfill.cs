using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Persistence;
using Platform.Plans.Contracts;

namespace Platform.Training.Persistence;

/// <summary>
/// People and classes recorded before they carried their unit's province (migration ScopeProvinceCodes) get it at
/// start-up, from Plans' register; rows of the nation itself keep none. Nothing to do once done.
/// </summary>
internal static class ProvinceBackfill
{
    public static async Task RunAsync(
        TrainingDbContext db,
        IMediator sender,
        UnitOfWork unitOfWork,
        CancellationToken cancellationToken
    )
    {
        var codes = await db.People.Where(p => p.ProvinceCode == null).Select(p => p.UnitCode)
            .Union(db.Classes.Where(c => c.ProvinceCode == null).Select(c => c.UnitCode))
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
                await db.People.Where(p => p.UnitCode == unit && p.ProvinceCode == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.ProvinceCode, province), cancellationToken);
                await db.Classes.Where(c => c.UnitCode == unit && c.ProvinceCode == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.ProvinceCode, province), cancellationToken);
            }
        }, cancellationToken);
    }
}
