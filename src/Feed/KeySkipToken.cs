using Microsoft.AspNetCore.OData.Query;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace Platform.Feed;

/// <summary>
/// The feed's <c>$skiptoken</c>s as the library writes them in nextLinks: <c>Name-literal</c> items between commas
/// (<c>UnitName-'Xã Đồng Tâm',Id-1092</c>), checked here against the query and read by <see cref="FeedKey{T}"/>.
/// </summary>
internal static class KeySkipToken
{
    /// <summary>
    /// Whether <paramref name="token"/> has the shape of the library's own tokens for this query: one item per
    /// <c>$orderby</c> clause then per key not ordered by, <c>Name-literal</c> for a property (the value alone for an
    /// expression), each literal of the clause's type or <c>null</c>. The library itself reads the values by position
    /// and ignores the names, so <c>Nope-5</c> or another set's key would pass for <c>Id-5</c>.
    /// </summary>
    public static bool IsOneTheFeedGave(string token, ODataQueryOptions options)
    {
        if (options.Apply is not null || options.Context.ElementType is not IEdmEntityType entity)
        {
            return true;
        }

        var order = new List<(string? Name, IEdmTypeReference? Type)>();
        for (var clause = options.OrderBy?.OrderByClause; clause is not null; clause = clause.ThenBy)
        {
            var expression = clause.Expression;
            order.Add(expression is SingleValuePropertyAccessNode { Source: ResourceRangeVariableReferenceNode } p
                ? (p.Property.Name, p.TypeReference)
                : (null, expression.TypeReference));
        }

        order.AddRange(entity.Key().Where(k => !order.Any(o => o.Name == k.Name))
            .Select(k => ((string?)k.Name, (IEdmTypeReference?)k.Type)));
        var items = Items(token);
        var model = options.Context.Model;
        return items.Count == order.Count
            && items.Zip(order).All(pair => IsItem(pair.First, pair.Second.Name, pair.Second.Type, model));
    }

    private static bool IsItem(string item, string? name, IEdmTypeReference? type, IEdmModel model)
    {
        if (name is not null && !item.StartsWith(name + "-", StringComparison.Ordinal))
        {
            return false;
        }

        var literal = name is null ? item : item[(name.Length + 1)..];
        if (literal.Length == 0)
        {
            return false;
        }

        if (literal.Equals("null", StringComparison.OrdinalIgnoreCase) || type is null || type.IsEnum())
        {
            return true;
        }

        try
        {
            return ODataUriUtils.ConvertFromUriLiteral(literal, ODataVersion.V401, model, type) is not null;
        }
        catch (Exception exception) when (exception is ODataException or FormatException or OverflowException
            or ArgumentException or InvalidCastException)
        {
            return false;
        }
    }

    /// <summary>The items between commas, a comma inside a quoted string literal not counting.</summary>
    public static List<string> Items(string token)
    {
        var items = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] == '\'')
            {
                quoted = !quoted;
            }
            else if (token[i] == ',' && !quoted)
            {
                items.Add(token[start..i].Trim());
                start = i + 1;
            }
        }

        items.Add(token[start..].Trim());
        return items;
    }
}
