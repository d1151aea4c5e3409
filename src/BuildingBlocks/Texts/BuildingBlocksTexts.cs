using System.Globalization;

namespace Platform.BuildingBlocks.Texts;

/// <summary>
/// The kernel's texts for people (a stale ETag and the record it names, a refused permission):
/// BuildingBlocksTexts.resx in Vietnamese, the default, and BuildingBlocksTexts.en.resx in English. Static helpers have
/// no DI at hand, so every text here is read through one <see cref="ResourceTexts"/> in
/// <see cref="CultureInfo.CurrentUICulture"/>, which request localization sets from <c>Accept-Language</c> (outside a
/// request: the process default, Vietnamese).
/// </summary>
public static class BuildingBlocksTexts
{
    private static readonly ResourceTexts Texts = new(typeof(BuildingBlocksTexts));

    /// <summary>The text under <paramref name="key"/> in the current UI language, formatted with
    /// <paramref name="arguments"/>.</summary>
    public static string Get(string key, params object?[] arguments) =>
        Texts.Get(key, CultureInfo.CurrentUICulture, arguments);
}
