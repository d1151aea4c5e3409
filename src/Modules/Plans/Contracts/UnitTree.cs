namespace Platform.Plans.Contracts;

/// <summary>
/// Units and their parents, indexed for what every module asks of the structure: a unit's level and province, whether
/// it lies within another unit, its children and its subtree. Immutable. Plans answers one for a date or a year
/// (<see cref="GetUnitTreeQuery"/>); a module may build one from nodes it holds. When a code comes more than once, its
/// first node stands.
/// </summary>
public sealed class UnitTree
{
    private readonly Dictionary<string, UnitNode> byCode = new(StringComparer.Ordinal);
    private readonly List<UnitNode> all = [];
    private readonly Dictionary<string, List<UnitNode>> children = new(StringComparer.Ordinal);

    public UnitTree(IEnumerable<UnitNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (byCode.TryAdd(node.Code, node))
            {
                all.Add(node);
            }
        }

        foreach (var node in all.Where(n => n.ParentCode is not null).OrderBy(n => n.Code, StringComparer.Ordinal))
        {
            if (!children.TryGetValue(node.ParentCode!, out var siblings))
            {
                children[node.ParentCode!] = siblings = [];
            }

            siblings.Add(node);
        }
    }

    public static UnitTree Empty { get; } = new([]);

    /// <summary>Every unit, in the order given (Plans gives the nation first, then by level and code).</summary>
    public IReadOnlyList<UnitNode> All => all;

    public int Count => all.Count;

    public UnitNode? Find(string code) => byCode.GetValueOrDefault(code);

    public UnitLevel? LevelOf(string code) => Find(code)?.Level;

    public string? ParentOf(string code) => Find(code)?.ParentCode;

    /// <summary>The direct children of <paramref name="code"/>, by code.</summary>
    public IReadOnlyList<UnitNode> ChildrenOf(string code) => children.TryGetValue(code, out var found) ? found : [];

    /// <summary>The units of one level, in the order given.</summary>
    public IEnumerable<UnitNode> AtLevel(UnitLevel level) => all.Where(n => n.Level == level);

    /// <summary><paramref name="code"/> and every unit below it, each once.</summary>
    public IEnumerable<UnitNode> SubtreeOf(string code)
    {
        if (Find(code) is not { } root)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { root.Code };
        var pending = new Stack<UnitNode>([root]);
        while (pending.TryPop(out var node))
        {
            yield return node;
            foreach (var child in ChildrenOf(node.Code).Where(c => seen.Add(c.Code)))
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>True when <paramref name="code"/> is <paramref name="ancestor"/> or lies below it.</summary>
    public bool IsWithin(string code, string ancestor) => Up(code, n => n.Code == ancestor) is not null;

    /// <summary>
    /// The province <paramref name="code"/> lies in (itself for a province); null for the nation or a unit not in the
    /// tree.
    /// </summary>
    public string? ProvinceOf(string code) => Up(code, n => n.Level == UnitLevel.Province)?.Code;

    /// <summary>This tree's units, then those of <paramref name="more"/> whose code it lacks.</summary>
    public UnitTree With(IEnumerable<UnitNode> more) => new(all.Concat(more));

    /// <summary>
    /// The first of the unit and its ancestors, nearest first, that <paramref name="match"/> accepts. A tree merged
    /// from several structures could in theory loop; no chain is longer than the tree, so the walk stops there.
    /// </summary>
    private UnitNode? Up(string code, Func<UnitNode, bool> match)
    {
        var current = Find(code);
        for (var steps = 0; current is not null && steps < all.Count; steps++)
        {
            if (match(current))
            {
                return current;
            }

            current = current.ParentCode is null ? null : Find(current.ParentCode);
        }

        return null;
    }
}
