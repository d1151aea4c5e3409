using Microsoft.Extensions.Localization;
using Platform.Feed;

namespace Platform.Host;

/// <summary>
/// Query options the OData library would silently ignore or accept half-written, refused before routing so an
/// analyst learns the query was not what they meant: <c>$search</c> (not supported), a <c>$format</c> other than
/// JSON, and empty items in <c>$select</c>, <c>$orderby</c> or <c>$expand</c> (<c>$select=Id,</c>).
/// </summary>
internal static class ODataQueryGuard
{
    private static readonly string[] Lists = ["$select", "$orderby", "$expand"];

    public static string? Refusal(HttpRequest request)
    {
        var query = request.Query;
        var texts = request.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<HostTexts>>();
        if (query.ContainsKey("$search"))
        {
            return texts["OData.NoSearch"];
        }

        var isMetadata = request.Path.Value?.EndsWith("/$metadata", StringComparison.OrdinalIgnoreCase) == true;
        if (!isMetadata && query.TryGetValue("$format", out var format) && !IsJson(format.ToString()))
        {
            return texts["OData.FormatNotJson", format.ToString()];
        }

        foreach (var option in Lists)
        {
            if (query.TryGetValue(option, out var value) && HasEmptyItem(value.ToString()))
            {
                return texts["OData.EmptyItem", option, value.ToString()];
            }
        }

        return null;
    }

    private static bool IsJson(string format)
    {
        var mediaType = format.Split(';', 2)[0].Trim();
        return mediaType.Equals("json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A comma with nothing but blanks before or after it, up to the ends or the brackets of a nested
    /// option.</summary>
    private static bool HasEmptyItem(string list)
    {
        var compact = string.Concat(list.Where(c => !char.IsWhiteSpace(c)));
        return compact.StartsWith(',') || compact.EndsWith(',')
            || compact.Contains(",,", StringComparison.Ordinal) || compact.Contains(",)", StringComparison.Ordinal)
            || compact.Contains("(,", StringComparison.Ordinal) || compact.Contains("=,", StringComparison.Ordinal)
            || compact.Contains(",;", StringComparison.Ordinal);
    }
}
