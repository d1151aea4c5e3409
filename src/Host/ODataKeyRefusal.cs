using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OData;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Platform.Feed;

namespace Platform.Host;

/// <summary>
/// A key of the wrong type (<c>Plans('abc')</c>, <c>Obligations(1.5)</c>) matches no route, so the framework would say
/// the resource does not exist: the set does, and the analyst is told what its key looks like instead (400).
/// </summary>
internal static partial class ODataKeyRefusal
{
    public static string? Describe(HttpContext context, IStringLocalizer<HostTexts> texts)
    {
        var match = KeyPath().Match(context.Request.Path.Value ?? "");
        var model = context.RequestServices.GetRequiredService<IOptions<ODataOptions>>().Value
            .RouteComponents.TryGetValue(ODataLimits.RoutePrefix, out var route) ? route.EdmModel : null;
        if (!match.Success || model?.EntityContainer.FindEntitySet(match.Groups["set"].Value) is not { } set
            || set.EntityType.Key().ToList() is not [var key])
        {
            return null;
        }

        var literal = match.Groups["key"].Value;
        if (IsLiteralOf(literal, key.Type, model))
        {
            return null;
        }

        var example = key.Type.IsString() ? "'…'" : "1";
        return texts["OData.InvalidKey", literal, set.Name, key.Name, key.Type.FullName(), ODataLimits.RoutePrefix,
            example];
    }

    private static bool IsLiteralOf(string literal, IEdmTypeReference type, IEdmModel model)
    {
        try
        {
            return ODataUriUtils.ConvertFromUriLiteral(literal, ODataVersion.V4, model, type) is not null;
        }
        catch (Exception exception) when (exception is ODataException or FormatException or OverflowException
            or ArgumentException or InvalidCastException)
        {
            return false;
        }
    }

    [GeneratedRegex("^/" + ODataLimits.RoutePrefix + @"/(?<set>[A-Za-z_][A-Za-z0-9_]*)\((?<key>[^/]*)\)(/.*)?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex KeyPath();
}
