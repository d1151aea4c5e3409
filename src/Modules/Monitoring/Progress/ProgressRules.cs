using Platform.Monitoring.Contracts;

namespace Platform.Monitoring.Progress;

/// <summary>The thresholds of <see cref="ProgressStatus"/>: expected = floor × elapsed share of the year.</summary>
internal static class ProgressRules
{
    public const double AtRiskShareOfExpected = 0.8;

    public static double ElapsedShare(int year, DateOnly asOf)
    {
        if (asOf.Year < year)
        {
            return 0;
        }

        return asOf.Year > year ? 1 : (double)asOf.DayOfYear / (DateTime.IsLeapYear(year) ? 366 : 365);
    }

    public static (ProgressStatus Status, double? Expected) Assess(long? floor, long actual, double elapsedShare)
    {
        if (floor is null)
        {
            return (ProgressStatus.NoTarget, null);
        }

        var expected = floor.Value * elapsedShare;
        var status = actual >= floor ? ProgressStatus.Achieved
            : actual >= expected ? ProgressStatus.OnTrack
            : actual >= AtRiskShareOfExpected * expected ? ProgressStatus.AtRisk
            : ProgressStatus.Behind;
        return (status, Math.Round(expected, 2));
    }
}
