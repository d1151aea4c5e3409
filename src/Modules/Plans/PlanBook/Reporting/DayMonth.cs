using System.Globalization;

namespace Platform.Plans.PlanBook.Reporting;

/// <summary>A day of every year, as plans write a yearly due date ("15/12"); 29/02 is none, since not every year has
/// it.</summary>
internal readonly record struct DayMonth(int Day, int Month)
{
    public override string ToString() => $"{Day:00}/{Month:00}";

    public DateOnly In(int year) => new(year, Month, Day);

    public bool IsBefore(DayMonth other) => Month < other.Month || (Month == other.Month && Day < other.Day);

    /// <summary>"15/12" or "5/1": a day that every year has, else null.</summary>
    public static DayMonth? Parse(string? text)
    {
        var parts = (text ?? "").Trim().Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2001, month))
        {
            return null;
        }

        return new DayMonth(day, month);
    }
}
