using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Documents;
using Platform.BuildingBlocks.Http;
using Platform.Documents.Tabular;
using Platform.Monitoring.Contracts;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Monitoring.YearlyReports;

internal static class YearlyReportEndpoints
{
    /// <summary>On the group of one plan's yearly report (/api/monitoring/plans/{planCode}/reports/{year}): the report,
    /// and its files (the unit's report and one per unit directly below it, in the request's language).</summary>
    public static void MapYearlyReport(this RouteGroupBuilder reports)
    {
        reports
            .MapGet("/", async (string planCode, int year, DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetYearlyReportQuery(planCode, year, asOf), ct))
            )
            .Describe(
                "Read a yearly report",
                "The unit's report of a plan's year: its obligations, actuals and the " + "units below, as of a date."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        reports
            .MapGet(
                "/xlsx",
                async (string planCode, int year, DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
                    File(
                        await mediator.Send(
                            new GetYearlyReportFileQuery(planCode, year, asOf, YearlyReportFormat.Xlsx),
                            ct
                        )
                    )
            )
            .Produces<Stream>(Status200OK, TabularFile.XlsxContentType)
            .Describe("Download a yearly report as .xlsx", "The report as a workbook, one sheet for the unit and one "
                + "per unit directly below, in the request's language.")
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        reports
            .MapGet(
                "/docx",
                async (string planCode, int year, DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
                    File(
                        await mediator.Send(
                            new GetYearlyReportFileQuery(planCode, year, asOf, YearlyReportFormat.Docx),
                            ct
                        )
                    )
            )
            .Produces<Stream>(Status200OK, AdministrativeDocumentWriter.ContentType)
            .Describe("Download a yearly report as .docx", "The report as a document in the layout of Decree 30/2020, "
                + "in the request's language.")
            .ProducesProblems(Status400BadRequest, Status404NotFound);
    }

    private static FileContentHttpResult File(YearlyReportFile file) =>
        TypedResults.File(file.Content, file.ContentType, file.FileName);
}
