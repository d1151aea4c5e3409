using Platform.Monitoring.Progress;

namespace Platform.Monitoring.YearlyReports;

/// <summary>The yearly report a plan's unit sends upward: each of its obligations with the actual and the status as of <see cref="AsOf"/>.</summary>
internal sealed record YearlyReport(
    string PlanCode,
    string UnitCode,
    string UnitName,
    string Level,
    int Year,
    DateOnly AsOf,
    string Title,
    string Recipient,
    DateOnly Due,
    YearlyReportSubmission? Submission,
    IReadOnlyDictionary<string, int> StatusCounts,
    IReadOnlyList<YearlyReportLine> Lines);

/// <summary>
/// An obligation of the report. The names (<see cref="IndicatorName"/>, <see cref="CountUnit"/>, <see cref="StatusName"/>)
/// are given in the reader's language when the report is read, never taken from a frozen submission.
/// </summary>
internal sealed record YearlyReportLine(
    string IndicatorCode, long? Floor, long? Stretch, long Actual, double? ActualPercent, double? Expected, bool StretchAchieved, ProgressStatus Status,
    string? IndicatorName = null, string? CountUnit = null, string? StatusName = null)
{
    /// <summary>The result as a share of the floor (the report's "tỷ lệ đạt"), in percent to one decimal; none without a floor.</summary>
    public double? AchievedPercent => Floor is > 0 ? Math.Round(100.0 * Actual / Floor.Value, 1) : null;
}

internal sealed record YearlyReportSubmission(int Id, DateOnly SubmittedOn, bool Late, string SubmittedBy, string? Note);
