using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Monitoring.Contracts.YearlyReports;

/// <summary>The two files of a yearly report: the report as its unit sends it (Word) and the workbook (Excel).</summary>
public enum YearlyReportFormat
{
    Docx = 0,
    Xlsx = 1,
}

/// <summary>
/// The yearly report of a plan's unit as a file, in the request's language: the unit's report and one per unit directly
/// below it, submitted figures where submitted, else as of <see cref="AsOf"/> (default today). Held to the caller's scope.
/// </summary>
[RequiresPermission(Permission.Read)]
public sealed record GetYearlyReportFileQuery(string PlanCode, int Year, YearlyReportFormat Format, DateOnly? AsOf = null) : IRequest<YearlyReportFile>;

public sealed record YearlyReportFile(string FileName, string ContentType, byte[] Content);
