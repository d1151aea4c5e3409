using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;

namespace Platform.Plans.Units.ReadUnits;

/// <summary>
/// System-level, whoever asks: the structure, which Training and Monitoring need to check subtrees, find a unit's
/// province and roll figures up. They hold what they answer to the caller's scope themselves.
/// </summary>
internal sealed class UnitTreeHandler(PlansDbContext db, TimeProvider clock, UnitTreeCache cache) :
    IRequestHandler<GetUnitTreeQuery, UnitTree>,
    IRequestHandler<GetYearUnitTreeQuery, UnitTree>
{
    public async Task<UnitTree> Handle(GetUnitTreeQuery request, CancellationToken cancellationToken)
    {
        var date = request.At ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (request.Codes is null)
        {
            return await WholeAsync(date, cancellationToken);
        }

        return cache.Whole(date) is { } whole ? Around(whole, request.Codes) : await AroundAsync(date, request.Codes, cancellationToken);
    }

    public async Task<UnitTree> Handle(GetYearUnitTreeQuery request, CancellationToken cancellationToken)
    {
        if (cache.Year(request.Year) is not { } tree)
        {
            var end = await WholeAsync(new DateOnly(request.Year, 12, 31), cancellationToken);
            var start = await WholeAsync(new DateOnly(request.Year, 1, 1), cancellationToken);
            cache.Keep(request.Year, tree = end.With(start.All));
        }

        return tree;
    }

    private async Task<UnitTree> WholeAsync(DateOnly date, CancellationToken cancellationToken)
    {
        if (cache.Whole(date) is not { } tree)
        {
            cache.Keep(date, tree = Ordered(await Nodes(InForce(date)).ToListAsync(cancellationToken)));
        }

        return tree;
    }

    /// <summary>The codes in force and their ancestors, a level at a time (four steps at most: commune to nation).</summary>
    private async Task<UnitTree> AroundAsync(DateOnly date, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var found = new List<UnitNode>();
        var asked = new HashSet<string>(codes, StringComparer.Ordinal);
        var pending = asked.ToList();
        while (pending.Count > 0)
        {
            var level = await Nodes(InForce(date).Where(u => pending.Contains(u.Code))).ToListAsync(cancellationToken);
            found.AddRange(level);
            pending = [.. level.Select(u => u.ParentCode).OfType<string>().Where(asked.Add)];
        }

        return Ordered(found);
    }

    private static UnitTree Around(UnitTree whole, IReadOnlyCollection<string> codes)
    {
        var found = new Dictionary<string, UnitNode>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var node = whole.Find(code);
            while (node is not null && found.TryAdd(node.Code, node))
            {
                node = node.ParentCode is null ? null : whole.Find(node.ParentCode);
            }
        }

        return Ordered(found.Values);
    }

    private IQueryable<AdministrativeUnit> InForce(DateOnly date) =>
        db.Units.AsNoTracking().Where(u => u.ValidFrom <= date && (u.ValidTo == null || u.ValidTo >= date));

    private static IQueryable<UnitNode> Nodes(IQueryable<AdministrativeUnit> units) =>
        units.Select(u => new UnitNode(u.Code, u.Name, u.Level, u.Parent == null ? null : u.Parent.Code));

    private static UnitTree Ordered(IEnumerable<UnitNode> units) =>
        new(units.OrderBy(u => u.Level).ThenBy(u => u.Code, StringComparer.Ordinal));
}

/// <summary>The whole trees read in this request, by date and by year: one instance per scope.</summary>
internal sealed class UnitTreeCache
{
    private readonly Dictionary<DateOnly, UnitTree> dates = [];
    private readonly Dictionary<int, UnitTree> years = [];

    public UnitTree? Whole(DateOnly date) => dates.GetValueOrDefault(date);

    public UnitTree? Year(int year) => years.GetValueOrDefault(year);

    public void Keep(DateOnly date, UnitTree tree) => dates[date] = tree;

    public void Keep(int year, UnitTree tree) => years[year] = tree;
}
