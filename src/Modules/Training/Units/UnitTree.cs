using MediatR;
using Platform.Plans.Contracts;

namespace Platform.Training.Units;

/// <summary>The structure in force on a date, indexed for subtree checks and roll-ups.</summary>
internal sealed class UnitTree
{
    private readonly Dictionary<string, UnitNode> byCode;
    private readonly ILookup<string, UnitNode> children;

    public UnitTree(IEnumerable<UnitNode> nodes)
    {
        byCode = new Dictionary<string, UnitNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            byCode.TryAdd(node.Code, node);
        }

        children = byCode.Values.Where(n => n.ParentCode is not null).ToLookup(n => n.ParentCode!, StringComparer.Ordinal);
    }

    public IEnumerable<UnitNode> All => byCode.Values;

    public UnitNode? Find(string code) => byCode.GetValueOrDefault(code);

    public IEnumerable<UnitNode> ChildrenOf(string code) => children[code].OrderBy(c => c.Code, StringComparer.Ordinal);

    /// <summary><paramref name="code"/> and every unit below it.</summary>
    public IEnumerable<UnitNode> SubtreeOf(string code)
    {
        if (Find(code) is not { } root)
        {
            yield break;
        }

        var pending = new Stack<UnitNode>([root]);
        while (pending.TryPop(out var node))
        {
            yield return node;
            foreach (var child in children[node.Code])
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>True when <paramref name="code"/> is <paramref name="ancestor"/> or lies below it.</summary>
    public bool IsWithin(string code, string ancestor)
    {
        for (var current = Find(code); current is not null; current = current.ParentCode is null ? null : Find(current.ParentCode))
        {
            if (current.Code == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The province a unit lies in (itself for a province), or null for the nation.</summary>
    public string? ProvinceOf(string code)
    {
        for (var current = Find(code); current is not null; current = current.ParentCode is null ? null : Find(current.ParentCode))
        {
            if (current.Level == UnitLevel.Province)
            {
                return current.Code;
            }
        }

        return null;
    }
}

/// <summary>
/// Asks Plans for the unit tree (GetUnitTreeQuery) at most once per date in a request: one instance per scope.
/// </summary>
internal sealed class UnitTreeCache(IMediator mediator)
{
    private readonly Dictionary<DateOnly, UnitTree> trees = [];
    private readonly Dictionary<int, UnitTree> years = [];

    public async Task<UnitTree> AtAsync(DateOnly date, CancellationToken cancellationToken)
    {
        if (!trees.TryGetValue(date, out var tree))
        {
            trees[date] = tree = new UnitTree(await mediator.Send(new GetUnitTreeQuery(date), cancellationToken));
        }

        return tree;
    }

    /// <summary>Every unit in force at some time in <paramref name="year"/>: the structure on 31 December, plus units that ended earlier that year.</summary>
    public async Task<UnitTree> InYearAsync(int year, CancellationToken cancellationToken)
    {
        if (!years.TryGetValue(year, out var tree))
        {
            var end = await AtAsync(new DateOnly(year, 12, 31), cancellationToken);
            var start = await AtAsync(new DateOnly(year, 1, 1), cancellationToken);
            years[year] = tree = new UnitTree(end.All.Concat(start.All));
        }

        return tree;
    }
}
