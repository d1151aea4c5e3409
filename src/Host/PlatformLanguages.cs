using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Platform.Host;

/// <summary>
/// Texts for people are Vietnamese unless the request asks for English (<c>Accept-Language: en</c>, or <c>?culture=en</c>,
/// or the culture cookie). Only the language of texts changes: numbers and dates in data keep the invariant format, so
/// a file or a query parses the same whatever language the client reads.
/// </summary>
internal static class PlatformLanguages
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static RequestLocalizationOptions Options() => new()
    {
        DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, Vietnamese),
        SupportedCultures = [CultureInfo.InvariantCulture],
        SupportedUICultures = [Vietnamese, English],
        FallBackToParentUICultures = true,
    };
}
