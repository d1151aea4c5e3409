using System.Globalization;
using MediatR;
using Platform.Documents;
using Platform.Documents.Tabular;
using Platform.Monitoring.Contracts;

namespace Platform.Monitoring.YearlyReports;

/// <summary>Writes the report's book (<see cref="GetYearlyReportBookQuery"/>: validation, scope, frozen figures) as a
/// workbook or a document.</summary>
internal sealed class GetYearlyReportFileHandler(IMediator sender)
    : IRequestHandler<GetYearlyReportFileQuery, YearlyReportFile>
{
    public async Task<YearlyReportFile> Handle(GetYearlyReportFileQuery request, CancellationToken cancellationToken)
    {
        var book = await sender.Send(
            new GetYearlyReportBookQuery(request.PlanCode, request.Year, request.AsOf, CultureInfo.CurrentUICulture),
            cancellationToken
        );
        return request.Format == YearlyReportFormat.Docx
            ? new(
                AdministrativeDocumentWriter.ToBytes(YearlyReportDocument.Compose(book)),
                AdministrativeDocumentWriter.ContentType,
                $"bao-cao-{request.PlanCode}-{request.Year}.docx",
                book.Report.UnitName,
                book.Below.Count
            )
            : new(
                YearlyReportWorkbook.Write(book),
                TabularFile.XlsxContentType,
                $"{request.PlanCode}-{request.Year}-report.xlsx",
                book.Report.UnitName,
                book.Below.Count
            );
    }
}
