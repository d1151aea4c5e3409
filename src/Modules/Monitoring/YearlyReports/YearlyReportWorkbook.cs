using System.Globalization;
using MiniExcelLibs;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Texts;

namespace Platform.Monitoring.YearlyReports;

/// <summary>
/// The yearly report as an .xlsx workbook: a sheet for the plan's unit as a whole, then one per unit below it (a
/// province's communes), each named after its unit, with a row per indicator under the headers of
/// <see cref="Columns"/>.
/// </summary>
internal static class YearlyReportWorkbook
{
    /// <summary>The columns of the workbook and of the document's tables, as keys of
    /// <see cref="MonitoringTexts"/>.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "Col.Indicator",
        "Col.CountUnit",
        "Col.Floor",
        "Col.Stretch",
        "Col.Actual",
        "Col.Rate",
        "Col.Status",
    ];

    public static byte[] Write(YearlyReportBook book)
    {
        var reports = new[] { book.Report }.Concat(book.Below).ToList();
        var headers = Columns.Select(c => MonitoringWording.Get(c, book.Culture)).ToList();
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (report, name) in reports.Zip(SheetNames.Unique(reports.Select(r => r.UnitName))))
        {
            sheets[name] = report
                .Lines.Select(l => headers.Zip(Cells(l)).ToDictionary(p => p.First, p => p.Second))
                .ToList();
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>A line's values in the order of <see cref="Columns"/>: numbers stay numbers.</summary>
    public static IReadOnlyList<object?> Cells(YearlyReportLine line) =>
        [
            line.IndicatorName ?? line.IndicatorCode,
            line.CountUnit,
            line.Floor,
            line.Stretch,
            line.Actual,
            line.AchievedPercent,
            line.StatusName,
        ];

    /// <summary>A line's values as a document's table shows them, numbers written in
    /// <paramref name="culture"/>.</summary>
    public static IReadOnlyList<string> Texts(YearlyReportLine line, CultureInfo culture) =>
        [
            line.IndicatorName ?? line.IndicatorCode,
            line.CountUnit ?? "",
            MonitoringWording.Number(line.Floor, culture),
            MonitoringWording.Number(line.Stretch, culture),
            MonitoringWording.Number(line.Actual, culture),
            MonitoringWording.Number(line.AchievedPercent, culture, "#,0.#"),
            line.StatusName ?? "",
        ];
}
