using System.Globalization;
using MediatR;
using Platform.BuildingBlocks.Documents;
using Platform.BuildingBlocks.Tabular;
using Platform.Monitoring.Contracts.YearlyReports;

namespace Platform.Monitoring.YearlyReports;

/// <summary>Writes the yearly report's book (<see cref="GetYearlyReportBookQuery"/>: scope, validation, frozen figures) as Word or Excel.</summary>
internal sealed class YearlyReportFileHandler(IMediator sender) : IRequestHandler<GetYearlyReportFileQuery, YearlyReportFile>
{
    public async Task<YearlyReportFile> Handle(GetYearlyReportFileQuery request, CancellationToken cancellationToken)
    {
        var book = await sender.Send(new GetYearlyReportBookQuery(request.PlanCode, request.Year, request.AsOf, CultureInfo.CurrentUICulture), cancellationToken);
        return request.Format == YearlyReportFormat.Xlsx
            ? new YearlyReportFile($"{request.PlanCode}-{request.Year}-report.xlsx", TabularFile.XlsxContentType, YearlyReportWorkbook.Write(book))
            : new YearlyReportFile(
                $"bao-cao-{request.PlanCode}-{request.Year}.docx", AdministrativeDocumentWriter.ContentType, AdministrativeDocumentWriter.ToBytes(YearlyReportDocument.Compose(book)));
    }
}
