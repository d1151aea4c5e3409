using MiniExcelLibs;

namespace Platform.Monitoring.YearlyReports;

/// <summary>The yearly report as an .xlsx workbook: a "Report" sheet with the header facts, an "Indicators" sheet with one row per obligation.</summary>
internal static class YearlyReportWorkbook
{
    public static byte[] Write(YearlyReport report)
    {
        var header = new List<Dictionary<string, object?>>
        {
            Fact("Plan", report.PlanCode),
            Fact("Unit code", report.UnitCode),
            Fact("Unit", report.UnitName),
            Fact("Level", report.Level),
            Fact("Year", report.Year),
            Fact("As of", report.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            Fact("Report", report.Title),
            Fact("Recipient", report.Recipient),
            Fact("Due", report.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            Fact("Submitted on", report.Submission?.SubmittedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            Fact("Late", report.Submission?.Late),
            Fact("Submitted by", report.Submission?.SubmittedBy),
        };
        var lines = report.Lines.Select(l => new Dictionary<string, object?>
        {
            ["Indicator"] = l.IndicatorCode,
            ["Floor"] = l.Floor,
            ["Stretch"] = l.Stretch,
            ["Actual"] = l.Actual,
            ["Actual %"] = l.ActualPercent,
            ["Expected by date"] = l.Expected,
            ["Stretch achieved"] = l.StretchAchieved,
            ["Status"] = l.Status.ToString(),
        }).ToList();

        using var stream = new MemoryStream();
        var sheets = new Dictionary<string, object> { ["Report"] = header, ["Indicators"] = lines };
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();

        static Dictionary<string, object?> Fact(string name, object? value) => new() { ["Field"] = name, ["Value"] = value };
    }
}
