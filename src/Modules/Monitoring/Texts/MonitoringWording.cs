using System.Globalization;
using Platform.BuildingBlocks.Texts;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Progress;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Texts;

/// <summary><see cref="MonitoringTexts"/> in an explicit language, for files written outside a request's culture (host
/// verbs) as within it.</summary>
internal static class MonitoringWording
{
    public static readonly CultureInfo Vietnamese = Languages.Vietnamese;

    private static readonly ResourceTexts Texts = new(typeof(MonitoringTexts));

    public static bool IsEnglish(CultureInfo culture) => Languages.IsEnglish(culture);

    public static string Get(string key, CultureInfo culture, params object?[] args) => Texts.Get(key, culture, args);

    /// <summary>The text of a level: "Doc.Issuer.Commune" for a commune.</summary>
    public static string Of(UnitLevel level, string key, CultureInfo culture, params object?[] args) =>
        Get($"{key}.{level}", culture, args);

    public static string StatusName(ProgressStatus status, CultureInfo culture) => Get($"Status.{status}", culture);

    /// <summary>Numbers as people read them in the language: 9.880 in Vietnamese, 9,880 in English.</summary>
    public static string Number(double? value, CultureInfo culture, string format = "#,0") =>
        value?.ToString(format, Languages.NumberFormat(culture)) ?? "";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
