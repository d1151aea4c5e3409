using Microsoft.AspNetCore.Http;

namespace Platform.BuildingBlocks.OData;

/// <summary>
/// Paging through an in-memory set kept in key order (Monitoring's computed sets): when a request only pages —
/// <c>$skiptoken</c>, <c>$top</c>, <c>$select</c>, nothing that filters, sorts, skips, counts or aggregates — the rows
/// after the skip token are found by binary search and only one page and one row more are handed to the query layer,
/// which then orders, truncates and links them as usual. Without it, every page filtered and sorted the whole set.
/// </summary>
public static class KeyOrderedPaging
{
    private static readonly string[] PagingOnly = ["$skiptoken", "$top", "$select", "$format"];

    public static IQueryable<T> Page<T>(HttpRequest request, IReadOnlyList<T> rowsInKeyOrder, string keyName, Func<T, int> key, Func<T, bool> include)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rowsInKeyOrder);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(include);
        if (!OnlyPages(request) || !TryAfter(request, keyName, out var after))
        {
            return rowsInKeyOrder.Where(include).AsQueryable();
        }

        var page = new List<T>(ODataLimits.PageSize + 1);
        for (var i = FirstAfter(rowsInKeyOrder, key, after); i < rowsInKeyOrder.Count && page.Count <= ODataLimits.PageSize; i++)
        {
            if (include(rowsInKeyOrder[i]))
            {
                page.Add(rowsInKeyOrder[i]);
            }
        }

        return page.AsQueryable();
    }

    private static bool OnlyPages(HttpRequest request) =>
        !request.Path.Value!.EndsWith("/$count", StringComparison.OrdinalIgnoreCase)
        && request.Query.Keys.All(k => !k.StartsWith('$') || PagingOnly.Contains(k, StringComparer.OrdinalIgnoreCase));

    /// <summary>The key after which the page starts: <c>int.MinValue</c> without a skip token; false for a token of another shape.</summary>
    private static bool TryAfter(HttpRequest request, string keyName, out int after)
    {
        after = int.MinValue;
        if (!request.Query.TryGetValue("$skiptoken", out var token))
        {
            return true;
        }

        if (!KeySkipToken.TryParse(token.ToString(), keyName, out var key) || key is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        after = (int)key;
        return true;
    }

    private static int FirstAfter<T>(IReadOnlyList<T> rows, Func<T, int> key, int after)
    {
        var (low, high) = (0, rows.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (key(rows[middle]) <= after)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
