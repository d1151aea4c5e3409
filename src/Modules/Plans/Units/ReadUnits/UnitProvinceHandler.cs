using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;

namespace Platform.Plans.Units.ReadUnits;

internal sealed class UnitProvinceHandler(PlansDbContext db)
    : IRequestHandler<GetProvincesOfUnitsQuery, IReadOnlyDictionary<string, string?>>
{
    public async Task<IReadOnlyDictionary<string, string?>> Handle(
        GetProvincesOfUnitsQuery request,
        CancellationToken cancellationToken
    )
    {
        var codes = request.UnitCodes.Distinct(StringComparer.Ordinal).ToList();
        var versions = await db.UnitRows.IgnoreQueryFilters().AsNoTracking().Where(u => codes.Contains(u.Code))
            .Select(u => new { u.Code, u.ValidFrom, u.ProvinceCode }).ToListAsync(cancellationToken);
        var latest = versions.GroupBy(v => v.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.ValidFrom)!.ProvinceCode, StringComparer.Ordinal);
        return codes.ToDictionary(c => c, c => latest.GetValueOrDefault(c), StringComparer.Ordinal);
    }
}
