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

/// <summary>How the training pages name a class's stage (texts come from WebTexts, keys built here); days are written
/// by <see cref="Shared.PageDates"/>.</summary>
public static class TrainingFormat
{
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
