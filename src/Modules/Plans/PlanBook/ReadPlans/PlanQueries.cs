using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Errors;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Text;
using Platform.Plans.Catalogue;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.Obligations;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Persistence;
using Platform.Plans.Scope;
using Platform.Plans.Texts;

namespace Platform.Plans.PlanBook.ReadPlans;


/// <summary>Plans and their obligations as the caller's scope shows them: a plan of a unit outside it is not
/// found.</summary>
internal sealed class PlanQueryHandlers(PlansDbContext db, ICurrentCaller caller, IStringLocalizer<PlansTexts> texts) :
    IRequestHandler<GetPlanQuery, PlanView>,
    IRequestHandler<GetPlanObligationsQuery, ObligationPage>
{
    public const int MaxTop = 10000;

    public async Task<PlanView> Handle(GetPlanQuery request, CancellationToken cancellationToken)
    {
        var plan = await db.PlansReadableIn(caller.Scope).AsNoTracking().Include(p => p.Targets).Include(p => p.Parent)
            .SingleOrDefaultAsync(p => p.Code == request.Code, cancellationToken)
            ?? throw new NotFoundException(texts["Plan.NotFound", request.Code]);
        var unitName = await db
            .Units.Where(u => u.Id == plan.UnitId)
            .Select(u => u.Name)
            .SingleAsync(cancellationToken);
        // A yearly plan reads its multi-year plan's obligations of its year.
        var basis = plan.IsYearPlan ? plan.Parent! : plan;
        int? year = plan.IsYearPlan ? plan.StartYear : null;
        var children = db.PlansIn(caller.Scope).Where(p => p.ParentPlanId == plan.Id);
        var subordinates = await children
            .Where(p => p.UnitId != plan.UnitId)
            .OrderBy(p => p.Code)
            .Select(p => p.Code)
            .ToListAsync(cancellationToken);
        var yearPlans = await children
            .Where(p => p.UnitId == plan.UnitId)
            .OrderBy(p => p.Code)
            .Select(p => p.Code)
            .ToListAsync(cancellationToken);
        var subordinatePlans = db.PlansIn(caller.Scope)
            .Where(p => p.ParentPlanId == basis.Id && p.UnitId != basis.UnitId);
        var own = await db
            .Obligations.AsNoTracking()
            .Where(o => o.PlanId == basis.Id && o.UnitId == basis.UnitId && (year == null || o.Year == year))
            .OrderBy(o => o.IndicatorCode)
            .ThenBy(o => o.Year)
            .ToListAsync(cancellationToken);
        var below = await db.ObligationsIn(caller.Scope)
            .Where(o =>
                subordinatePlans.Any(p => p.Id == o.PlanId && p.UnitId == o.UnitId) && (year == null || o.Year == year)
            )
            .GroupBy(o => new { o.IndicatorCode, o.Year })
            .Select(g => new
            {
                g.Key.IndicatorCode,
                g.Key.Year,
                Units = g.Count(),
                Floor = g.Sum(o => o.Floor ?? 0),
                Stretch = g.Sum(o => o.Stretch ?? o.Floor ?? 0),
                Missing = g.Count(o => o.MissingData),
                Overridden = g.Count(o => o.Overridden),
            })
            .ToListAsync(cancellationToken);
        var belowUnits = await db.ObligationsIn(caller.Scope)
            .Where(o => subordinatePlans.Any(p => p.Id == o.PlanId))
            .Select(o => o.UnitId)
            .Distinct()
            .CountAsync(cancellationToken);
        var summary = new ObligationSummary(
            own.Count,
            own.Count(o => o.MissingData),
            below.Sum(b => b.Units),
            below.Sum(b => b.Missing),
            own.Count(o => o.Overridden) + below.Sum(b => b.Overridden),
            belowUnits,
            below
                .OrderBy(b => b.IndicatorCode, StringComparer.Ordinal)
                .ThenBy(b => b.Year)
                .Select(b => new SubordinateTotal(
                    b.IndicatorCode,
                    IndicatorName(b.IndicatorCode),
                    b.Year,
                    b.Units,
                    b.Floor,
                    b.Stretch,
                    b.Missing
                ))
                .ToList()
        );
        return new PlanView(
            plan.Code,
            plan.Title,
            plan.UnitCode,
            unitName,
            plan.StartYear,
            plan.EndYear,
            plan.Parent?.Code,
            plan.Status,
            texts[$"Status.{plan.Status}"],
            plan.AudienceGroups,
            plan.Themes,
            plan.Tasks.Select(t => new PlanTaskView(t.Audience, t.Content, t.Forms, t.Responsible, t.Cooperating))
                .ToList(),
            plan.Deadlines.Select(d => new DeadlineView(d.Title, d.Recipient, $"{d.DueDay:00}/{d.DueMonth:00}"))
                .ToList(),
            plan.History.Select(h => new StatusChangeView(h.From, h.To, h.By, h.AtUtc, h.Note)).ToList(),
            Targets(plan, own),
            summary,
            subordinates,
            yearPlans,
            !await db.CoversUnitAsync(caller.Scope, plan.UnitId, cancellationToken),
            plan.Version
        );
    }

    /// <summary>A national plan's targets as set; a subordinate plan's are its own unit's obligations.</summary>
    private static List<TargetView> Targets(Plan plan, List<Obligation> own) =>
        own.Count == 0
            ? plan
                .Targets.OrderBy(t => t.IndicatorCode, StringComparer.Ordinal)
                .ThenBy(t => t.Year)
                .Select(t => new TargetView(
                    t.IndicatorCode,
                    IndicatorName(t.IndicatorCode),
                    t.Year,
                    IndicatorCatalogue.Find(t.IndicatorCode)?.UnitOfMeasure ?? "",
                    t.Floor,
                    t.Stretch,
                    null,
                    null,
                    null,
                    false,
                    false,
                    null,
                    t.Note
                ))
                .ToList()
            : own.Select(o => new TargetView(
                    o.IndicatorCode,
                    IndicatorName(o.IndicatorCode),
                    o.Year,
                    IndicatorCatalogue.Find(o.IndicatorCode)?.UnitOfMeasure ?? "",
                    o.RateFloor,
                    o.RateStretch,
                    o.Floor,
                    o.Stretch,
                    IndicatorCatalogue.Find(o.IndicatorCode)?.CountUnit,
                    o.MissingData,
                    o.Overridden,
                    o.Id,
                    null
                ))
                .ToList();

    private static string IndicatorName(string code) => IndicatorCatalogue.Find(code)?.Name ?? code;

    public async Task<ObligationPage> Handle(GetPlanObligationsQuery request, CancellationToken cancellationToken)
    {
        var plan = await db.PlansReadableIn(caller.Scope)
            .AsNoTracking()
            .Include(p => p.Parent)
            .SingleOrDefaultAsync(p => p.Code == request.Code, cancellationToken)
            ?? throw new NotFoundException(texts["Plan.NotFound", request.Code]);
        if (request.Year is { } asked)
        {
            PlanYears.EnsureWithin(plan, asked, texts);
        }

        // A yearly plan's obligations are its multi-year plan's of its year.
        var prefix = plan.IsYearPlan ? plan.Parent!.Path : plan.Path;
        var query = db.ObligationsIn(caller.Scope)
            .AsNoTracking()
            .Where(o => db.Plans.Any(p => p.Id == o.PlanId && p.Path.StartsWith(prefix)));
        if ((plan.IsYearPlan ? plan.StartYear : request.Year) is { } year)
        {
            query = query.Where(o => o.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(request.UnitCode))
        {
            query = query.Where(o => o.UnitCode == request.UnitCode);
        }

        if (!string.IsNullOrWhiteSpace(request.Indicator))
        {
            query = query.Where(o => o.IndicatorCode == request.Indicator);
        }

        if (request.MissingData is { } missing)
        {
            query = query.Where(o => o.MissingData == missing);
        }

        if (request.Overridden is { } overridden)
        {
            query = query.Where(o => o.Overridden == overridden);
        }

        var search = request.Search?.Trim();
        if (!string.IsNullOrEmpty(search))
        {
            var pattern =
                "%" + VietnameseText.Fold(search).Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(o =>
                o.UnitCode == search
                || db.Units.Any(u => u.Id == o.UnitId && EF.Functions.Like(u.SearchName, pattern, "\\"))
            );
        }

        var top = Math.Clamp(request.Top, 1, MaxTop);
        var skip = Math.Max(0, request.Skip);
        var (total, ids) = request.OrderBy == ObligationOrder.UnitName
            ? await PageByUnitNameAsync(query, request.Descending, skip, top, cancellationToken)
            : await PageAsync(query, request.OrderBy, request.Descending, skip, top, cancellationToken);

        // The page's ids first, then only their rows are joined to their plan and unit.
        var items = (
            await db.Views(db.Obligations.Where(o => ids.Contains(o.Id))).ToListAsync(cancellationToken)
        ).ToDictionary(i => i.Id);
        return new ObligationPage(total, skip, top, ids.Select(id => items[id].Named()).ToList());
    }

    /// <summary>
    /// The ids of a page in the order asked. A page in the far half is read from the other end in the opposite order,
    /// so SQLite's OFFSET walks at most half of the rows (page 4,000 of 4,704 skips 17,595 rows, not 99,975); the order
    /// is total (it ends on the id), so the opposite order is its exact mirror.
    /// </summary>
    private static async Task<(int Total, List<int> Ids)> PageAsync(
        IQueryable<Obligation> query,
        ObligationOrder order,
        bool descending,
        int skip,
        int top,
        CancellationToken cancellationToken
    )
    {
        var total = await query.CountAsync(cancellationToken);
        if (skip >= total)
        {
            return (total, []);
        }

        var fromEnd = skip + (top / 2) > total / 2;
        var offset = fromEnd ? Math.Max(0, total - skip - top) : skip;
        var take = fromEnd ? Math.Min(top, total - skip) : top;
        var ids = await Ordered(query, order, descending, fromEnd)
            .Select(o => o.Id)
            .Skip(offset)
            .Take(take)
            .ToListAsync(cancellationToken);
        if (fromEnd)
        {
            ids.Reverse();
        }

        return (total, ids);
    }

    /// <summary>
    /// The ids of a page by the units' folded names (then unit code and version, then year, indicator and id). The
    /// units are counted and ordered first (3,355 for the nation), so only the obligations of the one or two units the
    /// page falls on are read: sorting 117,595 obligations by their unit's name and walking to the middle one took 300
    /// ms.
    /// </summary>
    private async Task<(int Total, List<int> Ids)> PageByUnitNameAsync(
        IQueryable<Obligation> query, bool descending, int skip, int top, CancellationToken cancellationToken)
    {
        var units = (
            await query
                .GroupBy(o => o.UnitId)
                .Select(g => new { UnitId = g.Key, Count = g.Count() })
                .Join(
                    db.Units,
                    g => g.UnitId,
                    u => u.Id,
                    (g, u) =>
                        new
                        {
                            g.UnitId,
                            g.Count,
                            u.SearchName,
                            u.Code,
                        }
                )
                .ToListAsync(cancellationToken)
        ).Select(u => (u.UnitId, u.Count, u.SearchName, u.Code)).ToList();
        var ordered = (
            descending
                ? units.OrderByDescending(u => u.SearchName, StringComparer.Ordinal)
                : units.OrderBy(u => u.SearchName, StringComparer.Ordinal)
        )
            .ThenBy(u => u.Code, StringComparer.Ordinal)
            .ThenBy(u => u.UnitId);

        // The units the page falls on, and where the first of them starts.
        var (onPage, first, position) = (new List<int>(), -1, 0);
        foreach (var unit in ordered)
        {
            if (position >= skip + top)
            {
                break;
            }

            if (position + unit.Count > skip)
            {
                first = first < 0 ? position : first;
                onPage.Add(unit.UnitId);
            }

            position += unit.Count;
        }

        var total = units.Sum(u => u.Count);
        if (onPage.Count == 0)
        {
            return (total, []);
        }

        var rows = (
            await query
                .Where(o => onPage.Contains(o.UnitId))
                .Select(o => new
                {
                    o.Id,
                    o.UnitId,
                    o.Year,
                    o.IndicatorCode,
                })
                .ToListAsync(cancellationToken)
        ).ToLookup(r => r.UnitId);
        var ids = onPage
            .SelectMany(unit =>
                rows[unit].OrderBy(r => r.Year).ThenBy(r => r.IndicatorCode, StringComparer.Ordinal).ThenBy(r => r.Id)
            )
            .Skip(skip - first)
            .Take(top)
            .Select(r => r.Id)
            .ToList();
        return (total, ids);
    }

    /// <summary>
    /// In the order asked, then by unit code, year, indicator and id, so that consecutive pages neither overlap nor
    /// skip; <paramref name="reversed"/> turns every term round.
    /// </summary>
    private static IQueryable<Obligation> Ordered(
        IQueryable<Obligation> query,
        ObligationOrder order,
        bool descending,
        bool reversed
    )
    {
        var first = descending != reversed;
        var ordered = order switch
        {
            ObligationOrder.Year => By(query, o => o.Year, first),
            ObligationOrder.Indicator => By(query, o => o.IndicatorCode, first),
            // An obligation without a figure (missing data) comes first, last when descending: said outright, as
            // SQLite sorts NULL first and PostgreSQL last.
            ObligationOrder.Floor => Then(By(query, o => o.Floor != null, first), o => o.Floor, first),
            ObligationOrder.Stretch => Then(By(query, o => o.Stretch != null, first), o => o.Stretch, first),
            _ => By(query, o => o.UnitCode, first),
        };
        return Then(
            Then(Then(Then(ordered, o => o.UnitCode, reversed), o => o.Year, reversed), o => o.IndicatorCode, reversed),
            o => o.Id,
            reversed
        );
    }

    private static IOrderedQueryable<T> Then<T, TKey>(
        IOrderedQueryable<T> query,
        System.Linq.Expressions.Expression<Func<T, TKey>> key,
        bool descending
    ) => descending ? query.ThenByDescending(key) : query.ThenBy(key);

    private static IOrderedQueryable<Obligation> By<TKey>(
        IQueryable<Obligation> query,
        System.Linq.Expressions.Expression<Func<Obligation, TKey>> key,
        bool descending
    ) => descending ? query.OrderByDescending(key) : query.OrderBy(key);
}
