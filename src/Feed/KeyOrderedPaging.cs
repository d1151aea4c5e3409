using Microsoft.AspNetCore.Http;
using Microsoft.OData;

namespace Platform.Feed;

/// <summary>
/// The key of a feed set's rows, in the order the library pages them (<c>$skiptoken=Id-5</c>,
/// <c>ClassId-1,PersonId-2,Session-3</c>): its property names and values, compared as the query layer compares them
/// (numbers by value, text ordinally).
/// </summary>
public sealed class FeedKey<T>(IReadOnlyList<string> names, Func<T, IComparable[]> values) : IComparer<T>
{
    /// <summary>A key of one property.</summary>
    public FeedKey(string name, Func<T, IComparable> value)
        : this([name], row => [value(row)])
    {
    }

    public IReadOnlyList<string> Names => names;

    public int Compare(T? x, T? y) => Compare(values(x!), values(y!));

    internal int CompareTo(T row, IComparable[] key) => Compare(values(row), key);

    private static int Compare(IComparable[] x, IComparable[] y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var order = (x[i], y[i]) switch
            {
                (string a, string b) => string.CompareOrdinal(a, b),
                (string, _) or (_, string) => -1,
                var (a, b) when a.GetType() == b.GetType() => a.CompareTo(b),
                // A token's 5 is an Int32 where the key is an Int64.
                var (a, b) => Convert
                    .ToDecimal(a, System.Globalization.CultureInfo.InvariantCulture)
                    .CompareTo(Convert.ToDecimal(b, System.Globalization.CultureInfo.InvariantCulture)),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    /// <summary>The key a skip token names, as the library writes them; false for a token of another shape.</summary>
    internal bool TryParse(string token, out IComparable[] key)
    {
        key = new IComparable[names.Count];
        var items = KeySkipToken.Items(token);
        if (items.Count != names.Count)
        {
            return false;
        }

        for (var i = 0; i < names.Count; i++)
        {
            var prefix = names[i] + "-";
            var literal = items[i].StartsWith(prefix, StringComparison.Ordinal) ? items[i][prefix.Length..] : "";
            if (literal.Length == 0 || literal[0] == '+')
            {
                return false;
            }

            try
            {
                if (ODataUriUtils.ConvertFromUriLiteral(literal, ODataVersion.V4) is not IComparable value)
                {
                    return false;
                }

                key[i] = value;
            }
            catch (ODataException)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// Paging through feed rows kept in key order (<see cref="FeedRows"/>): when a request only pages — <c>$skiptoken</c>,
/// <c>$top</c>, <c>$select</c>, nothing that filters, sorts, skips, counts or aggregates — the rows after the skip
/// token are found by binary search and only one page and one row more are handed to the query layer, which then
/// orders, truncates and links them as usual. Otherwise the query layer gets every row in the caller's scope.
/// </summary>
public static class KeyOrderedPaging
{
    private static readonly string[] PagingOnly = ["$skiptoken", "$top", "$select", "$format"];

    public static IQueryable<T> Page<T>(
        HttpRequest request,
        IReadOnlyList<T> rowsInKeyOrder,
        FeedKey<T> key,
        Func<T, bool> include
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rowsInKeyOrder);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(include);
        if (!OnlyPages(request) || !TryAfter(request, key, out var after))
        {
            return FeedQuery.Over(rowsInKeyOrder.Where(include));
        }

        var page = new List<T>(ODataLimits.PageSize + 1);
        for (
            var i = after is null ? 0 : FirstAfter(rowsInKeyOrder, key, after);
            i < rowsInKeyOrder.Count && page.Count <= ODataLimits.PageSize;
            i++
        )
        {
            if (include(rowsInKeyOrder[i]))
            {
                page.Add(rowsInKeyOrder[i]);
            }
        }

        return FeedQuery.Over(page);
    }

    /// <summary>
    /// The value of a system query option as the library reads it: with or without its <c>$</c> (OData 4.01, the
    /// library's default) and in any case; empty when the request has none.
    /// </summary>
    public static string Option(HttpRequest request, string option)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Query.Where(q => SystemOption(q.Key) == option)
            .Select(q => q.Value.ToString())
            .FirstOrDefault() ?? "";
    }

    /// <summary><c>$filter</c> for <c>filter</c>, <c>$Filter</c> or <c>$filter</c>; null for other options.</summary>
    private static string? SystemOption(string key)
    {
        var name = (key.StartsWith('$') ? key : "$" + key).ToLowerInvariant();
        return Microsoft.AspNetCore.OData.Query.ODataQueryOptions.IsSystemQueryOption(name) ? name : null;
    }

    private static bool OnlyPages(HttpRequest request) =>
        !request.Path.Value!.EndsWith("/$count", StringComparison.OrdinalIgnoreCase)
        && request.Query.Keys.All(k => (k.StartsWith('$') ? k.ToLowerInvariant() : SystemOption(k)) is not { } name
            || PagingOnly.Contains(name, StringComparer.Ordinal));

    /// <summary>The key after which the page starts: null without a skip token; false for a token of another
    /// shape.</summary>
    private static bool TryAfter<T>(HttpRequest request, FeedKey<T> key, out IComparable[]? after)
    {
        after = null;
        var token = Option(request, "$skiptoken");
        if (token.Length == 0)
        {
            return true;
        }

        if (!key.TryParse(token.ToString(), out var parsed))
        {
            return false;
        }

        after = parsed;
        return true;
    }

    private static int FirstAfter<T>(IReadOnlyList<T> rows, FeedKey<T> key, IComparable[] after)
    {
        var (low, high) = (0, rows.Count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (key.CompareTo(rows[middle], after) <= 0)
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
