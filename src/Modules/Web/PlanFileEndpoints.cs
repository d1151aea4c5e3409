using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Monitoring.Contracts.YearlyReports;
using Platform.Plans.Contracts.PlanBook;

namespace Platform.Web;

/// <summary>
/// The planner's downloads, under the session cookie (the fallback policy turns away anyone not signed in): the plan
/// document and the yearly report, sending the same requests as the API's endpoints, so scope and roles apply alike.
/// </summary>
internal static class PlanFileEndpoints
{
    public static void MapPlanFileEndpoints(this IEndpointRouteBuilder app)
    {
        var plan = app.MapGroup("/files/plans/{code}");
        plan.MapGet("/document", async (string code, int? year, IMediator sender, CancellationToken ct) =>
        {
            var file = await sender.Send(new GetPlanDocumentQuery(code, year), ct);
            return TypedResults.File(file.Content, PlanDocumentFile.ContentType, file.FileName);
        });
        plan.MapGet("/reports/{year:int}/{format}", async (string code, int year, string format, IMediator sender, CancellationToken ct) =>
        {
            if (!Enum.TryParse<YearlyReportFormat>(format, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                return Results.NotFound();
            }

            var file = await sender.Send(new GetYearlyReportFileQuery(code, year, kind), ct);
            return TypedResults.File(file.Content, file.ContentType, file.FileName);
        });
    }
}
