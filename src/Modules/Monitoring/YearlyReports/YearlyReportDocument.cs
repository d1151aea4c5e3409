using System.Globalization;
using Platform.Documents;
using Platform.Monitoring.Contracts;
using Platform.Monitoring.Texts;
using Platform.Plans.Contracts;

namespace Platform.Monitoring.YearlyReports;

/// <summary>
/// The yearly report as its unit sends it (seed 001: to the provincial People's Committee through the Department of
/// Home Affairs before 15/12), laid out by <see cref="AdministrativeDocumentWriter"/>: I. a table of the unit's
/// indicators with the workbook's columns; for a unit with units below, II. and an annex with a table per unit.
/// </summary>
internal static class YearlyReportDocument
{
    private static readonly int[] Widths = [2, 12, 4, 4, 4, 4, 3, 5];

    private static readonly CellAlignment[] Alignments =
    [
        CellAlignment.Center,
        CellAlignment.Left,
        CellAlignment.Center,
        CellAlignment.Right,
        CellAlignment.Right,
        CellAlignment.Right,
        CellAlignment.Right,
        CellAlignment.Center,
    ];

    public static AdministrativeDocument Compose(YearlyReportBook book)
    {
        var (report, unit, culture) = (book.Report, book.Unit, book.Culture);
        var level = unit.Level;
        string T(string key, params object?[] args) => MonitoringWording.Get(key, culture, args);
        var reporter = MonitoringWording.Of(level, "Doc.Reporter", culture, InText(unit));
        var summary = T("Doc.Summary", report.Year);

        var body = new List<DocumentBlock>
        {
            new Paragraph(T("Doc.Intro", reporter, InText(unit), report.Year, MonitoringWording.Date(report.AsOf))),
            new Heading(1, T("Doc.H.Results")),
            new Paragraph(StatusCounts(report, culture)),
            Table(null, report, culture),
        };
        Annex? annex = null;
        if (book.BelowLevel is { } below)
        {
            body.Add(new Heading(1, MonitoringWording.Of(below, "Doc.H.Units", culture)));
            body.Add(
                new Paragraph(T("Doc.UnitsIntro", book.Below.Count, book.Below.Count(r => r.Submission is not null)))
            );
            annex = new Annex(
                T("Doc.AnnexLabel"),
                T("Doc.AnnexTitle", report.Year),
                T("Doc.AnnexSubtitle", reporter),
                [.. book.Below.Select((r, i) => Table(Caption(r, i + 1, culture), r, culture))]);
        }

        body.Add(new Paragraph(T("Doc.Closing", report.Year, reporter)));
        return new AdministrativeDocument(
            SuperiorBody: null,
            IssuingBody: MonitoringWording.Of(
                level,
                "Doc.Issuer",
                culture,
                unit.Name.ToUpper(MonitoringWording.Vietnamese)
            ),
            NumberAndSymbol: MonitoringWording.Of(level, "Doc.Number", culture),
            PlaceAndDate: T("Doc.PlaceAndDate", Bare(unit), report.Year),
            Kind: T("Doc.Kind"),
            Summary: summary,
            Body: body,
            Recipients: [report.Recipient + ";", T("Doc.Archive")],
            Signature: new SignatureBlock(
                MonitoringWording.Of(level, "Doc.Signature", culture).Split("; ", StringSplitOptions.TrimEntries),
                ""
            ),
            Annexes: annex is null ? null : [annex],
            Language: MonitoringWording.IsEnglish(culture) ? "en-GB" : "vi-VN");
    }

    private static Table Table(string? caption, YearlyReport report, CultureInfo culture) =>
        new(
            caption,
            [
                MonitoringWording.Get("Col.No", culture),
                .. YearlyReportWorkbook.Columns.Select(c => MonitoringWording.Get(c, culture)),
            ],
            [
                .. report.Lines.Select(
                    (l, i) =>
                        (IReadOnlyList<string>)
                            [(i + 1).ToString(CultureInfo.InvariantCulture), .. YearlyReportWorkbook.Texts(l, culture)]
                ),
            ],
            Widths,
            Alignments
        );

    private static string StatusCounts(YearlyReport report, CultureInfo culture) =>
        MonitoringWording.Get(
            "Doc.StatusCounts",
            culture,
            [
                report.Lines.Count,
                .. Enum.GetValues<ProgressStatus>().Select(s => report.StatusCounts.GetValueOrDefault(s.ToString())),
            ]
        );

    private static string Caption(YearlyReport report, int number, CultureInfo culture) =>
        report.Submission is { } sent
            ? MonitoringWording.Get(
                "Doc.UnitSubmitted",
                culture,
                number,
                report.UnitName,
                MonitoringWording.Date(sent.SubmittedOn)
            )
            : MonitoringWording.Get(
                "Doc.UnitNotSubmitted",
                culture,
                number,
                report.UnitName,
                MonitoringWording.Date(report.AsOf)
            );

    /// <summary>"Xã An Phước" → "xã An Phước": the unit inside a sentence.</summary>
    private static string InText(UnitSummary unit) =>
        unit.Type.Length > 0 && unit.Name.StartsWith(unit.Type, StringComparison.OrdinalIgnoreCase)
            ? unit.Type + unit.Name[unit.Type.Length..]
            : unit.Name;

    /// <summary>"Xã An Phước" → "An Phước": the place of issue.</summary>
    private static string Bare(UnitSummary unit) =>
        unit.Type.Length > 0
        && unit.Name.Length > unit.Type.Length + 1
        && unit.Name.StartsWith(unit.Type + " ", StringComparison.OrdinalIgnoreCase)
            ? unit.Name[(unit.Type.Length + 1)..]
            : unit.Name;
}
