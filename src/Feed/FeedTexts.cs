using System.Globalization;
using Platform.BuildingBlocks.Texts;

namespace Platform.Feed;

/// <summary>
/// The feed's texts for people (query errors):
/// FeedTexts.resx in Vietnamese, the default, and FeedTexts.en.resx in English, read in
/// <see cref="CultureInfo.CurrentUICulture"/>, which request localization sets from <c>Accept-Language</c>.
/// </summary>
public static class FeedTexts
{
    private static readonly ResourceTexts Texts = new(typeof(FeedTexts));

    public static string Get(string key, params object?[] arguments) =>
        Texts.Get(key, CultureInfo.CurrentUICulture, arguments);
}
