using Microsoft.Extensions.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;
using Platform.Plans.Texts;

namespace Platform.Plans.Units.ReadUnits;

/// <summary>
/// The unit endpoints and the Contracts queries of the same names, held to the caller's scope: a unit outside it is
/// answered as unknown, and searches and children lists leave such units out.
/// </summary>
internal sealed class UnitReadHandlers(
    PlansDbContext db,
    ICurrentCaller caller,
    TimeProvider clock,
    IStringLocalizer<PlansTexts> texts
)
    : IRequestHandler<GetUnitQuery, UnitSummary>,
        IRequestHandler<GetUnitChildrenQuery, IReadOnlyList<UnitSummary>>,
        IRequestHandler<SearchUnitsQuery, IReadOnlyList<UnitSummary>>
{
    public const int MaxSearchResults = 500;

    public async Task<UnitSummary> Handle(GetUnitQuery request, CancellationToken cancellationToken)
    {
        var unit = await FindAsync(request.Code, request.At, cancellationToken);
        return (await Summaries(db.Units.Where(u => u.Id == unit.Id), Today(request.At), cancellationToken))[0];
    }

    public async Task<IReadOnlyList<UnitSummary>> Handle(
        GetUnitChildrenQuery request,
        CancellationToken cancellationToken
    )
    {
        var unit = await FindAsync(request.Code, request.At, cancellationToken);
        // The children in force on the date asked (today by default), or on the unit's last day when it ended before.
        var on = StructureDate(unit, Today(request.At));
        var children = db.UnitsIn(caller.Scope)
            .Where(u => u.ParentId == unit.Id && u.ValidFrom <= on && (u.ValidTo == null || u.ValidTo >= on));
        return await Summaries(children.OrderBy(u => u.Code), on, cancellationToken);
    }

    public async Task<IReadOnlyList<UnitSummary>> Handle(SearchUnitsQuery request, CancellationToken cancellationToken)
    {
        var today = Today(request.At);
        var query = db.UnitsIn(caller.Scope)
            .Where(u => u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today));
        if (request.At is null)
        {
            // A code no longer in force (old Bình Phước 70) is still found, by its latest version; a reused one (75)
            // only as today's unit.
            query = db.UnitsIn(caller.Scope)
                .Where(u =>
                    (u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo >= today))
                    || (
                        !db.Units.Any(o =>
                            o.Code == u.Code && o.ValidFrom <= today && (o.ValidTo == null || o.ValidTo >= today)
                        ) && !db.Units.Any(o => o.Code == u.Code && o.ValidFrom > u.ValidFrom)
                    )
                );
        }

        var folded = VietnameseText.Fold(request.Search);
        if (folded.Length > 0)
        {
            var pattern = "%" + folded.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(u => EF.Functions.Like(u.SearchName, pattern, "\\"));
        }

        if (request.Level is { } level)
        {
            query = query.Where(u => u.Level == level);
        }

        if (!string.IsNullOrWhiteSpace(request.ParentCode))
        {
            var parent = await FindAsync(request.ParentCode, request.At, cancellationToken);
            query = query.Where(u => u.ParentId == parent.Id);
        }

        var top = Math.Clamp(request.Top, 1, MaxSearchResults);
        // Level is stored as text, so ordering by it in SQL would put communes ("Commune") before provinces.
        var byTier = query.OrderBy(u =>
            u.Level == UnitLevel.Nation ? 0
            : u.Level == UnitLevel.Province ? 1
            : u.Level == UnitLevel.District ? 2
            : 3
        );
        return await Summaries(
            byTier.ThenBy(u => u.Code).ThenByDescending(u => u.ValidFrom).Take(top),
            today,
            cancellationToken
        );
    }

    /// <summary>The version of <paramref name="code"/> in force on the date, else the most recent one, among those in
    /// the caller's scope.</summary>
    private async Task<AdministrativeUnit> FindAsync(string code, DateOnly? at, CancellationToken cancellationToken)
    {
        var date = Today(at);
        var versions = await db.UnitsIn(caller.Scope)
            .AsNoTracking()
            .Where(u => u.Code == code)
            .OrderByDescending(u => u.ValidFrom)
            .ToListAsync(cancellationToken);
        return versions.FirstOrDefault(u => u.IsValidOn(date))
            ?? (at is null ? versions.FirstOrDefault() : null)
            ?? throw new NotFoundException(
                at is null ? texts["Unit.NotFound", code] : texts["Unit.NotInForce", code, $"{at:yyyy-MM-dd}"]
            );
    }

    private DateOnly Today(DateOnly? at) => at ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static DateOnly StructureDate(AdministrativeUnit unit, DateOnly date) =>
        unit.ValidTo is { } end && end < date ? end : date;

    /// <summary>Each unit with the number of its children in force on <paramref name="date"/>, or on its own last day
    /// if it ended before.</summary>
    private async Task<IReadOnlyList<UnitSummary>> Summaries(
        IQueryable<AdministrativeUnit> units,
        DateOnly date,
        CancellationToken cancellationToken
    ) =>
        await units
            .AsNoTracking()
            .Select(u => new UnitSummary(
                u.Code,
                u.Name,
                u.Type,
                u.Level,
                u.Parent == null ? null : u.Parent.Code,
                u.ValidFrom,
                u.ValidTo,
                db.Units.Count(c => c.ParentId == u.Id
                    && c.ValidFrom <= (u.ValidTo != null && u.ValidTo < date ? u.ValidTo.Value : date)
                    && (
                        c.ValidTo == null
                        || c.ValidTo >= (u.ValidTo != null && u.ValidTo < date ? u.ValidTo.Value : date)
                    )
                )
            ))
            .ToListAsync(cancellationToken);
}
