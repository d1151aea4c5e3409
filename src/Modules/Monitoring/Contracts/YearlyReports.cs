using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Monitoring.Contracts;

/// <summary>Where a yearly report stands as of a date.</summary>
public enum DeadlineStatus
{
    /// <summary>Not submitted; not yet due.</summary>
    Pending,

    /// <summary>Not submitted and past its due date.</summary>
    Overdue,

    /// <summary>Submitted on or before the due date.</summary>
    SubmittedOnTime,

    /// <summary>Submitted after the due date.</summary>
    SubmittedLate,
}

/// <summary>A yearly report due, with its submission status as of <see cref="AsOf"/>; <see cref="DaysLate"/> for an
/// overdue or late one.</summary>
public sealed record DeadlineRow(
    string PlanCode,
    string UnitCode,
    UnitLevel Level,
    int Year,
    string Title,
    string Recipient,
    DateOnly Due,
    DateOnly? SubmittedOn,
    DeadlineStatus Status,
    int DaysLate,
    DateOnly AsOf,
    string? ProvinceCode = null,
    string UnitName = ""
);

/// <summary>
/// The yearly reports due in <paramref name="Year"/> (from the plans' deadlines) with their submission status as of
/// <paramref name="AsOf"/> (default today). <paramref name="OverdueOnly"/> keeps the late ones: overdue, or submitted
/// late; <paramref name="UnitCode"/> keeps one unit's plans. Only plans in the caller's scope.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetDeadlinesQuery(
    int Year,
    DateOnly? AsOf = null,
    UnitLevel? Level = null,
    string? UnderPlanCode = null,
    bool OverdueOnly = false,
    string? UnitCode = null
) : IRequest<IReadOnlyList<DeadlineRow>>;

/// <summary>
/// The yearly report of a plan: once submitted, the figures frozen at submission (whatever arrived later);
/// before that, live as of <paramref name="AsOf"/> (default today). Its lines are named in the request's language.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetYearlyReportQuery(string PlanCode, int Year, DateOnly? AsOf = null) : IRequest<YearlyReport>;

/// <summary>The yearly report a plan's unit sends upward: each of its obligations with the actual and the status as of
/// <see cref="AsOf"/>.</summary>
public sealed record YearlyReport(
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
/// An obligation of the report. The names (<see cref="IndicatorName"/>, <see cref="CountUnit"/>,
/// <see cref="StatusName"/>) are given in the reader's language when the report is read, never taken from a frozen
/// submission.
/// </summary>
public sealed record YearlyReportLine(
    string IndicatorCode,
    long? Floor,
    long? Stretch,
    long Actual,
    double? ActualPercent,
    double? Expected,
    bool StretchAchieved,
    ProgressStatus Status,
    string? IndicatorName = null,
    string? CountUnit = null,
    string? StatusName = null
)
{
    /// <summary>The result as a share of the floor (the report's "tỷ lệ đạt"), in percent to one decimal; none without
    /// a floor.</summary>
    public double? AchievedPercent => Floor is > 0 ? Math.Round(100.0 * Actual / Floor.Value, 1) : null;
}

/// <summary>How and when a report was submitted.</summary>
public sealed record YearlyReportSubmission(int Id, DateOnly SubmittedOn, bool Late, string SubmittedBy, string? Note);

/// <summary>
/// Submits a plan's yearly report: its figures as of today are frozen with the submission, and it is late when
/// submitted after the due date. One submission per plan and year (409 for a second).
/// </summary>
[RequiresPermission(Permission.WriteMonitoring)]
public sealed record SubmitYearlyReportCommand(string PlanCode, int Year, string? By, string? Note)
    : ICommand<YearlyReport>;

/// <summary>The formats a yearly report is downloaded in.</summary>
public enum YearlyReportFormat
{
    /// <summary>The workbook: a sheet for the plan's unit, then one per unit directly below.</summary>
    Xlsx,

    /// <summary>The report the unit sends, in the layout of Decree 30/2020, with an annex per unit below.</summary>
    Docx,
}

/// <summary>A file to download: its bytes, content type and the name it is saved under.</summary>
public sealed record YearlyReportFile(
    byte[] Content,
    string ContentType,
    string FileName,
    string UnitName,
    int UnitsBelow
);

/// <summary>
/// The yearly report of a plan as a file, in the request's language: what the API's <c>/xlsx</c> and <c>/docx</c> and
/// the web interface's downloads send.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetYearlyReportFileQuery(string PlanCode, int Year, DateOnly? AsOf, YearlyReportFormat Format)
    : IRequest<YearlyReportFile>;
