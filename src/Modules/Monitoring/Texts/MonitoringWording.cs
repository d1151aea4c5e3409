using System.Globalization;
using System.Resources;
using Platform.Monitoring.Progress;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Texts;

/// <summary><see cref="MonitoringTexts"/> in an explicit language, for files written outside a request's culture (host verbs) as within it.</summary>
internal static class MonitoringWording
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    private static readonly ResourceManager Resources = new(typeof(MonitoringTexts).FullName!, typeof(MonitoringTexts).Assembly);

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    public static string Get(string key, CultureInfo culture, params object?[] args) =>
        Resources.GetString(key, culture) is { } text
            ? string.Format(culture, text, args)
            : throw new InvalidOperationException($"MonitoringTexts has no text '{key}'.");

    /// <summary>The text of a level: "Doc.Issuer.Commune" for a commune.</summary>
    public static string Of(UnitLevel level, string key, CultureInfo culture, params object?[] args) => Get($"{key}.{level}", culture, args);

    public static string StatusName(ProgressStatus status, CultureInfo culture) => Get($"Status.{status}", culture);

    /// <summary>Numbers as people read them in the language: 9.880 in Vietnamese, 9,880 in English.</summary>
    public static string Number(double? value, CultureInfo culture, string format = "#,0") =>
        value?.ToString(format, IsEnglish(culture) ? CultureInfo.GetCultureInfo("en-GB") : Vietnamese) ?? "";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
