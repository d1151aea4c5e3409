using System.Globalization;

namespace Platform.Web.Components.Shared;

/// <summary>Days as Vietnamese offices write them on every page, in either language: "23/05/2020", and a span as
/// "08/09 – 12/09/2026" (one day alone when it lasts one day).</summary>
public static class PageDates
{
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Dates(DateOnly start, DateOnly end) =>
        start == end ? Date(start)
        : start.Year == end.Year ? $"{start.ToString("dd/MM", CultureInfo.InvariantCulture)} – {Date(end)}"
        : $"{Date(start)} – {Date(end)}";
}
