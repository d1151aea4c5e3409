using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Platform.BuildingBlocks.Texts;

namespace Platform.Host;

/// <summary>
/// Texts for people are Vietnamese unless the request asks for English (<c>Accept-Language: en</c>, or
/// <c>?culture=en</c>, or the culture cookie). Only the language of texts changes: numbers and dates in data keep the
/// invariant format, so a file or a query parses the same whatever language the client reads.
/// </summary>
internal static class PlatformLanguages
{
    public static RequestLocalizationOptions Options() => new()
    {
        DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, Languages.Vietnamese),
        SupportedCultures = [CultureInfo.InvariantCulture],
        SupportedUICultures = [Languages.Vietnamese, Languages.English],
        FallBackToParentUICultures = true,
    };
}
