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

internal sealed record YearlyReportLine(
    string IndicatorCode, long? Floor, long? Stretch, long Actual, double? ActualPercent, double? Expected, bool StretchAchieved, ProgressStatus Status);

internal sealed record YearlyReportSubmission(int Id, DateOnly SubmittedOn, bool Late, string SubmittedBy, string? Note);
