using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;

namespace Platform.Plans.Units.ReadUnits;

/// <summary>
/// System-level, whoever asks: the whole structure, which Training and Monitoring need to check subtrees, find a
/// unit's province and roll figures up. They hold what they answer to the caller's scope themselves.
/// </summary>
internal sealed class UnitTreeHandler(PlansDbContext db, TimeProvider clock) : IRequestHandler<GetUnitTreeQuery, IReadOnlyList<UnitNode>>
{
    public async Task<IReadOnlyList<UnitNode>> Handle(GetUnitTreeQuery request, CancellationToken cancellationToken)
    {
        var date = request.At ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var units = await db.Units.AsNoTracking()
            .Where(u => u.ValidFrom <= date && (u.ValidTo == null || u.ValidTo >= date))
            .Select(u => new { u.Code, u.Name, u.Level, ParentCode = u.Parent == null ? null : u.Parent.Code })
            .ToListAsync(cancellationToken);
        return units.OrderBy(u => u.Level).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => new UnitNode(u.Code, u.Name, u.Level, u.ParentCode)).ToList();
    }
}
