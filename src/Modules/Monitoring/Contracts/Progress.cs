using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.Contracts;

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
public enum ProgressStatus
{
    Achieved,
    OnTrack,
    AtRisk,
    Behind,
    NoTarget,
}

/// <summary>An obligation with its actual and status as of a date.</summary>
public sealed record ProgressRow(
    int ObligationId,
    string PlanCode,
    string UnitCode,
    UnitLevel Level,
    string? ParentUnitCode,
    int Year,
    string IndicatorCode,
    long? Floor,
    long? Stretch,
    long Actual,
    double? ActualPercent,
    double ElapsedShare,
    double? Expected,
    bool StretchAchieved,
    ProgressStatus Status,
    DateOnly AsOf,
    string? ProvinceCode = null);

/// <summary>Progress of the obligations of a year as of a date (default today), filtered by unit, plan, indicator or
/// status.</summary>
[RequiresPermission(Permission.Read)]
public sealed record GetProgressQuery(
    int Year,
    DateOnly? AsOf = null,
    string? UnitCode = null,
    string? PlanCode = null,
    string? IndicatorCode = null,
    ProgressStatus? Status = null
) : IRequest<IReadOnlyList<ProgressRow>>;

/// <summary>
/// How a unit's actuals grew over a year: for each obligation of the unit in <paramref name="Year"/>, the actual at
/// the end of each month up to <paramref name="AsOf"/> (default today) and the expected line (floor × elapsed share)
/// at the end of every month. A unit outside the caller's scope is not found (404).
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetProgressSeriesQuery(string UnitCode, int Year, DateOnly? AsOf = null)
    : IRequest<ProgressSeries>;

/// <param name="MonthEnds">The twelve month ends of the year, the points of every line.</param>
/// <param name="Indicators">One line pair per obligation of the unit, in indicator-code order.</param>
public sealed record ProgressSeries(
    string UnitCode,
    int Year,
    DateOnly AsOf,
    IReadOnlyList<DateOnly> MonthEnds,
    IReadOnlyList<IndicatorSeries> Indicators
);

/// <param name="Actual">The actual at each month end; null for the months after the as-of date, whose end is the as-of
/// date's own figure when it falls inside the month.</param>
/// <param name="Expected">floor × the elapsed share at each month end (null without a floor).</param>
public sealed record IndicatorSeries(
    string IndicatorCode,
    string PlanCode,
    long? Floor,
    long? Stretch,
    IReadOnlyList<long?> Actual,
    IReadOnlyList<double?> Expected
);
