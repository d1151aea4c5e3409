using System.Globalization;
using Platform.BuildingBlocks.Texts;

namespace Platform.Documents;

/// <summary>
/// The texts of files in and out for people (import rejections, row errors, reports, uploads):
/// DocumentsTexts.resx in Vietnamese, the default, and DocumentsTexts.en.resx in English, read in
/// <see cref="CultureInfo.CurrentUICulture"/>, which request localization sets from <c>Accept-Language</c>.
/// </summary>
public static class DocumentsTexts
{
    private static readonly ResourceTexts Texts = new(typeof(DocumentsTexts));

    public static string Get(string key, params object?[] arguments) =>
        Texts.Get(key, CultureInfo.CurrentUICulture, arguments);
}
