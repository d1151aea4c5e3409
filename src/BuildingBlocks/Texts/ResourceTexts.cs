using System.Globalization;
using System.Resources;

namespace Platform.BuildingBlocks.Texts;

/// <summary>
/// The platform's two languages: Vietnamese, the default of every text a person reads, and English on request. Figures
/// are written as the reader writes them (9.880 in Vietnamese, 9,880 in English).
/// </summary>
public static class Languages
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static bool IsEnglish(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "en";
    }

    public static CultureInfo NumberFormat(CultureInfo culture) =>
        IsEnglish(culture) ? CultureInfo.GetCultureInfo("en-GB") : Vietnamese;
}

/// <summary>
/// A module's resource file (the marker type's .resx, Vietnamese, beside its .en.resx) read in an explicit language:
/// for texts written outside a request's culture (documents for a chosen language, host verbs, plans drafted in
/// Vietnamese) as within it. Inside handlers, <c>IStringLocalizer&lt;T&gt;</c> reads the same files in the request's
/// language.
/// </summary>
public sealed class ResourceTexts(Type marker)
{
    private readonly ResourceManager resources = new(marker.FullName!, marker.Assembly);

    /// <summary>The text of <paramref name="key"/> in <paramref name="culture"/>, filled with <paramref name="args"/>;
    /// null when there is no such key.</summary>
    public string? Find(string key, CultureInfo culture, params object?[] args) =>
        resources.GetString(key, culture) is { } text
            ? (args.Length == 0 ? text : string.Format(culture, text, args))
            : null;

    public string Get(string key, CultureInfo culture, params object?[] args) =>
        Find(key, culture, args) ?? throw new InvalidOperationException($"{marker.Name} has no text '{key}'.");
}
