using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;

namespace Platform.Plans.Units.Lineage;

/// <summary>
/// The lineage of each version of a code in the caller's scope, each version apart: 75 answers the new Đồng Nai (its
/// predecessors, old Bình Phước and old Đồng Nai) and the old Đồng Nai (its successor), never one list of both.
/// The units at the other end of a link are named whatever the scope: they are reference data, not figures.
/// </summary>
internal sealed class GetUnitLineageHandler(
    PlansDbContext db,
    ICurrentCaller caller,
    IStringLocalizer<PlansTexts> texts
) : IRequestHandler<GetUnitLineageQuery, IReadOnlyList<UnitLineageVersion>>
{
    public async Task<IReadOnlyList<UnitLineageVersion>> Handle(
        GetUnitLineageQuery request,
        CancellationToken cancellationToken
    )
    {
        var code = request.Code.Trim();
        var versions = (
            await db.UnitsIn(caller.Scope).AsNoTracking().Where(u => u.Code == code).ToListAsync(cancellationToken)
        )
            .Where(u => request.At is not { } at || u.IsValidOn(at))
            .OrderByDescending(u => u.ValidFrom)
            .ToList();
        if (versions.Count == 0)
        {
            throw new NotFoundException(
                request.At is { } date
                    ? texts["Unit.NotInForce", code, $"{date:yyyy-MM-dd}"]
                    : texts["Unit.NotFound", code]
            );
        }

        var ids = versions.Select(v => v.Id).ToList();
        var links = await (
            from link in db.Lineage.AsNoTracking()
            where ids.Contains(link.OldUnitId) || ids.Contains(link.NewUnitId)
            join old in db.Units on link.OldUnitId equals old.Id
            join now in db.Units on link.NewUnitId equals now.Id
            select new
            {
                link.OldUnitId,
                link.NewUnitId,
                Link = new UnitLineageLink(
                    old.Code,
                    old.Name,
                    old.Level,
                    old.ValidFrom,
                    old.ValidTo,
                    now.Code,
                    now.Name,
                    now.Level,
                    now.ValidFrom,
                    link.Kind,
                    link.Wording,
                    link.EffectiveDate
                ),
            }
        ).ToListAsync(cancellationToken);

        return versions
            .Select(v => new UnitLineageVersion(
                v.Code,
                v.Name,
                v.Level,
                v.ValidFrom,
                v.ValidTo,
                [
                    .. links
                        .Where(l => l.NewUnitId == v.Id)
                        .Select(l => l.Link)
                        .OrderBy(l => l.OldCode, StringComparer.Ordinal),
                ],
                [
                    .. links
                        .Where(l => l.OldUnitId == v.Id)
                        .Select(l => l.Link)
                        .OrderBy(l => l.NewCode, StringComparer.Ordinal),
                ]
            ))
            .ToList();
    }
}
