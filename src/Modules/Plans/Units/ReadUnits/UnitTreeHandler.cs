using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Contracts;
using Platform.Plans.Persistence;

namespace Platform.Plans.Units.ReadUnits;

/// <summary>
/// System-level, whoever asks: the structure, which Training and Monitoring need to check subtrees, find a unit's
/// province and roll figures up. They hold what they answer to the caller's scope themselves.
/// </summary>
internal sealed class UnitTreeHandler(PlansDbContext db, TimeProvider clock, UnitTreeCache cache)
    : IRequestHandler<GetUnitTreeQuery, UnitTree>
{
    public async Task<UnitTree> Handle(GetUnitTreeQuery request, CancellationToken cancellationToken)
    {
        var at = request.At ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        DateOnly[] dates = request.Since is { } since ? [at, since] : [at];
        if (request.Codes is null)
        {
            return await WholeAsync(dates, cancellationToken);
        }

        return cache.Find(dates) is { } whole
            ? Around(whole, request.Codes)
            : await AroundAsync(dates, request.Codes, cancellationToken);
    }

    /// <summary>The units of the first date, then those of the others whose code it lacks.</summary>
    private async Task<UnitTree> WholeAsync(DateOnly[] dates, CancellationToken cancellationToken)
    {
        if (cache.Find(dates) is not { } tree)
        {
            tree = dates.Length == 1
                ? Ordered(await Nodes(InForce(dates[0])).ToListAsync(cancellationToken))
                : (await WholeAsync([dates[0]], cancellationToken))
                    .With((await WholeAsync(dates[1..], cancellationToken)).All);
            cache.Keep(dates, tree);
        }

        return tree;
    }

    /// <summary>
    /// The codes and their ancestors a level at a time (four steps at most: commune to nation), each code as the first
    /// date knows it, else as the next one does.
    /// </summary>
    private async Task<UnitTree> AroundAsync(
        DateOnly[] dates, IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var found = new List<UnitNode>();
        var asked = new HashSet<string>(codes, StringComparer.Ordinal);
        var pending = asked.ToList();
        while (pending.Count > 0)
        {
            var level = new List<UnitNode>();
            foreach (var date in dates)
            {
                var left = pending.Except(level.Select(n => n.Code), StringComparer.Ordinal).ToList();
                if (left.Count > 0)
                {
                    var units = InForce(date).Where(u => left.Contains(u.Code));
                    level.AddRange(await Nodes(units).ToListAsync(cancellationToken));
                }
            }

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

/// <summary>The whole trees read in this request, by their dates: one instance per scope.</summary>
internal sealed class UnitTreeCache
{
    private readonly Dictionary<string, UnitTree> trees = new(StringComparer.Ordinal);

    public UnitTree? Find(DateOnly[] dates) => trees.GetValueOrDefault(Key(dates));

    public void Keep(DateOnly[] dates, UnitTree tree) => trees[Key(dates)] = tree;

    private static string Key(DateOnly[] dates) => string.Join('|', dates.Select(d => d.DayNumber));
}
