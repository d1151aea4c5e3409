using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace Platform.Feed;

/// <summary>
/// The <c>@odata.nextLink</c> of a truncated page, spelled exactly as the library's default skip-token handler spells
/// it (<c>$skiptoken=Name-literal,…</c> over the stable order: the <c>$orderby</c> properties, then the keys), so the
/// next request is parsed by the library as usual. Only plain <c>$orderby</c> lists of the entity's own properties are
/// understood; for anything else <see cref="TryParseOrder"/> fails and the OData serializer writes the page.
/// </summary>
internal static class FlatFeedNextLink
{
    public static bool TryParseOrder(HttpRequest request, IEdmEntityType type, out IReadOnlyList<string> order)
    {
        var names = new List<string>();
        order = names;
        if (request.Query.TryGetValue("$orderby", out var raw))
        {
            foreach (var clause in raw.ToString().Split(','))
            {
                var parts = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length is 0 or > 2 || (parts.Length == 2 && parts[1] is not ("asc" or "desc"))
                    || type.FindProperty(parts[0]) is not IEdmStructuralProperty || names.Contains(parts[0]))
                {
                    return false;
                }

                names.Add(parts[0]);
            }
        }

        names.AddRange(type.Key().Select(k => k.Name).Where(k => !names.Contains(k)));
        return true;
    }

    public static Uri? Build(
        HttpRequest request,
        IEdmModel model,
        IReadOnlyList<string> order,
        int pageSize,
        object last
    ) =>
        Build(request, model, order, pageSize, name =>
            last.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!.GetValue(last)
        );

    /// <summary>The link after a page whose last row has the values <paramref name="valueOf"/> gives for the properties
    /// of <paramref name="order"/>.</summary>
    public static Uri? Build(
        HttpRequest request,
        IEdmModel model,
        IReadOnlyList<string> order,
        int pageSize,
        Func<string, object?> valueOf
    )
    {
        var token = new StringBuilder();
        foreach (var name in order)
        {
            var value = valueOf(name);
            if (token.Length > 0)
            {
                token.Append(',');
            }

            token
                .Append(name)
                .Append('-')
                .Append(WebUtility.UrlEncode(ODataUriUtils.ConvertToUriLiteral(value, ODataVersion.V401, model)));
        }

        var query = new StringBuilder();
        foreach (var (key, values) in request.Query)
        {
            var value = values.ToString();
            switch (key.ToLowerInvariant())
            {
                case "$top" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var top):
                    // The page just written counts against $top; when it used $top up there is no next page.
                    if (top <= pageSize)
                    {
                        return null;
                    }

                    value = (top - pageSize).ToString(CultureInfo.InvariantCulture);
                    break;
                case "$skip" or "$skiptoken":
                    continue;
            }

            query.Append(key.StartsWith('$') ? "$" + Uri.EscapeDataString(key[1..]) : Uri.EscapeDataString(key))
                .Append('=').Append(Uri.EscapeDataString(value)).Append('&');
        }

        query.Append("$skiptoken=").Append(token);
        return new UriBuilder(new Uri(request.GetEncodedUrl())) { Query = query.ToString() }.Uri;
    }
}
