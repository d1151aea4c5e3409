using Platform.BuildingBlocks.Persistence;

namespace Platform.Feed;

/// <summary>
/// The feed's one read path (ADR 0024): every entity set is read whole, as flat rows in key order, and kept in memory
/// while the change counters of the modules it is read from stay the same (<see cref="DatabaseChanges"/>); the query
/// options then run over those rows in memory (<see cref="FeedQuery"/>), and a plain page is found by key
/// (<see cref="KeyOrderedPaging"/>). The counters are read before the rows, so a write committed meanwhile makes the
/// next request read again; a write through any connection, process or host is seen by the next request.
/// </summary>
/// <remarks>
/// One load per set at a time: the first page of a walk reads, the requests behind it wait and reuse it. Kept for all
/// callers alike (rows of every unit); each request holds them to its caller's scope.
/// </remarks>
public sealed class FeedRows
{
    private const int Capacity = 32;

    private readonly Lock gate = new();
    private readonly LinkedList<Entry> entries = new();
    private readonly Dictionary<string, SemaphoreSlim> loading = new(StringComparer.Ordinal);

    /// <summary>
    /// The rows of <paramref name="set"/> as of the counters of <paramref name="modules"/>, read by
    /// <paramref name="load"/> (in key order) when they changed since the last read or were never read.
    /// </summary>
    public async Task<T> GetAsync<T>(
        UnitOfWork unitOfWork,
        string set,
        IReadOnlyCollection<string> modules,
        Func<CancellationToken, Task<T>> load,
        CancellationToken cancellationToken
    )
        where T : class
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(load);
        var stamp = await Stamp(unitOfWork, modules, cancellationToken);
        if (Find<T>(set, stamp) is { } cached)
        {
            return cached;
        }

        SemaphoreSlim one;
        lock (gate)
        {
            if (!loading.TryGetValue(set, out one!))
            {
                loading[set] = one = new SemaphoreSlim(1, 1);
            }
        }

        await one.WaitAsync(cancellationToken);
        try
        {
            stamp = await Stamp(unitOfWork, modules, cancellationToken);
            if (Find<T>(set, stamp) is { } ready)
            {
                return ready;
            }

            var rows = await load(cancellationToken);
            lock (gate)
            {
                Remove(set);
                entries.AddFirst(new Entry(set, stamp, rows));
                while (entries.Count > Capacity)
                {
                    entries.RemoveLast();
                }
            }

            return rows;
        }
        finally
        {
            one.Release();
            Forget();
        }
    }

    /// <summary>
    /// Drops the gates of sets no longer kept (Monitoring's sets are one per <c>asOf</c> date, so their number has no
    /// bound). A request that still holds a dropped gate loads at most once more in parallel, which is only work.
    /// </summary>
    private void Forget()
    {
        lock (gate)
        {
            if (loading.Count <= Capacity * 2)
            {
                return;
            }

            var kept = entries.Select(e => e.Set).ToHashSet(StringComparer.Ordinal);
            foreach (var (set, one) in loading.ToList())
            {
                if (!kept.Contains(set) && one.CurrentCount == 1)
                {
                    loading.Remove(set);
                }
            }
        }
    }

    private static Task<string> Stamp(
        UnitOfWork unitOfWork,
        IReadOnlyCollection<string> modules,
        CancellationToken cancellationToken
    ) =>
        unitOfWork.ReadAsync(
            connection => DatabaseChanges.StampAsync(connection, modules, cancellationToken),
            cancellationToken
        );

    private T? Find<T>(string set, string stamp)
        where T : class
    {
        lock (gate)
        {
            for (var node = entries.First; node is not null; node = node.Next)
            {
                if (node.Value.Set == set)
                {
                    if (node.Value.Stamp != stamp)
                    {
                        return null;
                    }

                    // Most recently used first, so the sets being walked stay.
                    entries.Remove(node);
                    entries.AddFirst(node);
                    return node.Value.Rows as T;
                }
            }

            return null;
        }
    }

    private void Remove(string set)
    {
        for (var node = entries.First; node is not null; node = node.Next)
        {
            if (node.Value.Set == set)
            {
                entries.Remove(node);
                return;
            }
        }
    }

    private sealed record Entry(string Set, string Stamp, object Rows);
}
