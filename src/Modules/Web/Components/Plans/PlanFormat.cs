using System.Globalization;
using Platform.Plans.Contracts;

namespace Platform.Web.Components.Plans;

/// <summary>
/// Figures as a planner reads them, in the page's language (1.234 in Vietnamese, 1,234 in English): the request's data
/// culture stays invariant (PlatformLanguages), so figures are written for the UI culture.
/// </summary>
internal static class PlanFormat
{
    public static string Number(long? value) => value is { } v ? v.ToString("N0", PageFigures) : "—";

    public static string Number(double? value) =>
        value is { } v ? v.ToString(v == Math.Floor(v) ? "N0" : "0.##", PageFigures) : "—";

    /// <summary>"67", or "134–268" when the stretch differs from the floor; "—" without a figure.</summary>
    public static string Range(long? floor, long? stretch) =>
        floor is null ? "—"
        : stretch is null || stretch == floor ? Number(floor)
        : $"{Number(floor)}–{Number(stretch)}";

    public static string Range(double? floor, double? stretch) =>
        floor is null ? "—"
        : stretch is null || stretch == floor ? Number(floor)
        : $"{Number(floor)}–{Number(stretch)}";

    /// <summary>The CSS class of a status, for its colour.</summary>
    public static string StatusClass(PlanStatus status) =>
        $"plan-status plan-status-{status.ToString().ToLowerInvariant()}";

    public static string Period(int start, int end) => start == end ? $"{start}" : $"{start}–{end}";

    /// <summary>Separators of the page's language (the UI culture), not of the invariant data culture.</summary>
    private static NumberFormatInfo PageFigures => CultureInfo.CurrentUICulture.NumberFormat;
}
