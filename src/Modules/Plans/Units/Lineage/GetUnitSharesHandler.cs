using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;

namespace Platform.Plans.Units.Lineage;

/// <summary>
/// The lineage shares between two dates, whatever the caller's scope: the register and its lineage are reference data;
/// the module that applies the shares holds the figures to the caller's scope by the units they land on.
/// </summary>
internal sealed class GetUnitSharesHandler(PlansDbContext db)
    : IRequestHandler<GetUnitSharesQuery, IReadOnlyList<UnitShare>>
{
    public async Task<IReadOnlyList<UnitShare>> Handle(GetUnitSharesQuery request, CancellationToken cancellationToken)
    {
        var (from, to) = (request.From, request.OnUnitsAt);
        var units = await db
            .UnitRows.IgnoreQueryFilters()
            .AsNoTracking()
            .Where(u =>
                (u.ValidFrom <= from && (u.ValidTo == null || u.ValidTo >= from))
                || (u.ValidFrom <= to && (u.ValidTo == null || u.ValidTo >= to))
            )
            .Select(u => new
            {
                u.Id,
                u.Code,
                u.Name,
                u.Level,
                u.ParentId,
                u.ProvinceCode,
                u.ValidFrom,
                u.ValidTo,
            })
            .ToListAsync(cancellationToken);
        bool InForce(DateOnly date, DateOnly validFrom, DateOnly? validTo) =>
            validFrom <= date && (validTo is null || validTo >= date);
        var targets = units
            .Where(u => InForce(to, u.ValidFrom, u.ValidTo))
            .ToDictionary(u => u.Id, u => (u.Code, u.Name, Level: Enum.Parse<UnitLevel>(u.Level), u.ProvinceCode));
        var sources = units.Where(u => InForce(from, u.ValidFrom, u.ValidTo)).ToList();
        var successors = (
            await db
                .Lineage.AsNoTracking()
                .Select(l => new
                {
                    l.OldUnitId,
                    l.NewUnitId,
                    l.Kind,
                })
                .ToListAsync(cancellationToken)
        ).Where(l => targets.ContainsKey(l.NewUnitId)).ToLookup(l => l.OldUnitId);

        // A district with communes holds only their figures, which go on through the communes' own links (Huyện Kim
        // Sơn's
        // link to Xã Kim Đông names land, not its 23 communes); a district without communes (an island district) stands
        // for its territory and goes on through its own link.
        var parents = sources.Where(u => u.ParentId is not null).Select(u => u.ParentId!.Value).ToHashSet();
        var shares = new List<UnitShare>(units.Count);
        foreach (var source in sources)
        {
            if (targets.TryGetValue(source.Id, out var itself))
            {
                shares.Add(
                    new UnitShare(
                        source.Code,
                        itself.Code,
                        itself.Name,
                        itself.Level,
                        itself.ProvinceCode,
                        1,
                        1,
                        Same: true,
                        Split: false
                    )
                );
                continue;
            }

            if (source.Level == nameof(UnitLevel.District) && parents.Contains(source.Id))
            {
                continue;
            }

            var links = successors[source.Id].OrderBy(l => targets[l.NewUnitId].Code, StringComparer.Ordinal).ToList();
            var split = links.Count > 1 || links.Any(l => l.Kind == LineageKind.Part);
            shares.AddRange(
                links.Select(
                    (l, i) =>
                    {
                        var target = targets[l.NewUnitId];
                        return new UnitShare(
                            source.Code,
                            target.Code,
                            target.Name,
                            target.Level,
                            target.ProvinceCode,
                            links.Count,
                            i + 1,
                            Same: false,
                            split
                        );
                    }
                )
            );
        }

        var sourceCodes = sources.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        shares.AddRange(
            targets
                .Where(t => !sourceCodes.Contains(t.Value.Code))
                .Select(t => new UnitShare(
                    t.Value.Code,
                    t.Value.Code,
                    t.Value.Name,
                    t.Value.Level,
                    t.Value.ProvinceCode,
                    1,
                    1,
                    Same: true,
                    Split: false
                ))
        );
        return shares;
    }
}
