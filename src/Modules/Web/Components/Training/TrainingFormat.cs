using System.Globalization;
using MudBlazor;
using Platform.Training.Contracts.Classes;

namespace Platform.Web.Components.Training;

/// <summary>Where a class stands on a day: the key of its text and the colour of its chip.</summary>
public enum ClassStage
{
    Upcoming,
    Running,
    Ended,
    Completed,
}

/// <summary>How the training pages write dates and name a class's stage (texts come from WebTexts, keys built
/// here).</summary>
public static class TrainingFormat
{
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"08/09 – 12/09/2026", or one day when the class lasts one day.</summary>
    public static string Dates(DateOnly start, DateOnly end) =>
        start == end ? Date(start)
        : start.Year == end.Year ? $"{start.ToString("dd/MM", CultureInfo.InvariantCulture)} – {Date(end)}"
        : $"{Date(start)} – {Date(end)}";

    public static ClassStage Stage(DateOnly start, DateOnly end, bool completed, DateOnly today) =>
        completed ? ClassStage.Completed
        : today > end ? ClassStage.Ended
        : today >= start ? ClassStage.Running
        : ClassStage.Upcoming;

    public static ClassStage Stage(ClassSummary c, DateOnly today) => Stage(c.StartDate, c.EndDate, c.Completed, today);

    public static ClassStage Stage(ClassView c, DateOnly today) => Stage(c.StartDate, c.EndDate, c.Completed, today);

    public static Color Colour(ClassStage stage) => stage switch
    {
        ClassStage.Completed => Color.Success,
        ClassStage.Ended => Color.Warning,
        ClassStage.Running => Color.Primary,
        _ => Color.Default,
    };

    /// <summary>Today as the server counts it (UTC, as the Training module does when it completes a class).</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    }
}
