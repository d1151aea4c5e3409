namespace Platform.Monitoring.Progress;

/// <summary>
/// Where an obligation stands as of a date. With <c>e</c> the elapsed share of the year (day of year of the as-of date
/// ÷ days in the year; 0 before the year, 1 after it) and <c>expected = floor × e</c>:
/// <list type="bullet">
/// <item><see cref="Achieved"/>: actual ≥ floor;</item>
/// <item><see cref="OnTrack"/>: actual ≥ expected;</item>
/// <item><see cref="AtRisk"/>: actual ≥ 80 % of expected;</item>
/// <item><see cref="Behind"/>: below that;</item>
/// <item><see cref="NoTarget"/>: the obligation has no floor (its denominator is missing).</item>
/// </list>
/// </summary>
internal enum ProgressStatus
{
    Achieved,
    OnTrack,
    AtRisk,
    Behind,
    NoTarget,
}

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
