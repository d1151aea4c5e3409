using Platform.BuildingBlocks.Persistence;

namespace Platform.Monitoring.ReadModel;

/// <summary>
/// The computed feed sets (progress, actuals, deadlines of every year as of a date) kept between the pages of one walk:
/// Power Query reads a set page by page, and recomputing every year for each page made a walk quadratic. An entry holds
/// while <see cref="DatabaseChanges"/> stays the same, so a write anywhere is seen by the next request; the version is
/// read before computing, so a write committed meanwhile invalidates the entry at once. A few as-of dates are kept.
/// </summary>
internal sealed class ComputedSetCache(DatabaseChanges changes)
{
    private const int Capacity = 8;

    private readonly Lock gate = new();
    private readonly SemaphoreSlim computing = new(1, 1);
    private readonly LinkedList<(string Key, long Version, object Rows)> entries = new();

    public async Task<IReadOnlyList<T>> GetAsync<T>(string set, DateOnly asOf, Func<Task<IReadOnlyList<T>>> compute, CancellationToken cancellationToken)
    {
        var key = $"{set}@{asOf:yyyy-MM-dd}";
        var version = changes.Current();
        if (Find<T>(key, version) is { } cached)
        {
            return cached;
        }

        // One computation at a time: the first page of a walk computes, the requests behind it wait and reuse it.
        await computing.WaitAsync(cancellationToken);
        try
        {
            version = changes.Current();
            if (Find<T>(key, version) is { } ready)
            {
                return ready;
            }

            var rows = await compute();
            lock (gate)
            {
                RemoveKey(key);
                entries.AddFirst((key, version, rows));
                while (entries.Count > Capacity)
                {
                    entries.RemoveLast();
                }
            }

            return rows;
        }
        finally
        {
            computing.Release();
        }
    }

    private IReadOnlyList<T>? Find<T>(string key, long version)
    {
        lock (gate)
        {
            var entry = entries.FirstOrDefault(e => e.Key == key);
            return entry.Key is not null && entry.Version == version ? (IReadOnlyList<T>)entry.Rows : null;
        }
    }

    private void RemoveKey(string key)
    {
        for (var node = entries.First; node is not null; node = node.Next)
        {
            if (node.Value.Key == key)
            {
                entries.Remove(node);
                return;
            }
        }
    }
}
