using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Contracts;
using Platform.Plans.Contracts.Campaigns;
using Platform.Plans.Contracts.PlanBook;

namespace Platform.Web;

/// <summary>
/// The files the pages offer for download, read with the session cookie (a link cannot carry an API key): each endpoint
/// sends the same request as the API's, as the signed-in person, so scope, roles and the request's language apply.
/// </summary>
internal static class WebFileEndpoints
{
    public static void MapWebFileEndpoints(this IEndpointRouteBuilder app)
    {
        // /files/plans/{code}/document[?year=]: the plan (or its year's plan) as a .docx, as GET
        // /api/plans/{code}/document.
        app.MapGet(
                "/files/plans/{code}/document",
                async (string code, int? year, IMediator mediator, CancellationToken ct) =>
                {
                    var file = await mediator.Send(new GetPlanDocumentQuery(code, year), ct);
                    return TypedResults.File(file.Content, PlanDocumentFile.ContentType, file.FileName);
                }
            )
            .RequireAuthorization(PlatformPolicies.Read)
            .ExcludeFromDescription();

        // /files/campaigns/{code}/brief[?unit=]: a unit's campaign brief as a .docx, as GET
        // /api/campaigns/{code}/brief.
        app.MapGet(
                "/files/campaigns/{code}/brief",
                async (string code, string? unit, IMediator mediator, CancellationToken ct) =>
                {
                    var file = await mediator.Send(new GetCampaignBriefQuery(code, unit), ct);
                    return TypedResults.File(file.Content, PlanDocumentFile.ContentType, file.FileName);
                }
            )
            .RequireAuthorization(PlatformPolicies.Read)
            .ExcludeFromDescription();

        // /files/reports/{plan}/{year}/docx or /xlsx: the yearly report, as GET
        // /api/monitoring/plans/{plan}/reports/{year}/docx.
        app.MapGet("/files/reports/{planCode}/{year:int}/{format}", async Task<IResult> (
                string planCode, int year, string format, DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
            {
                YearlyReportFormat? chosen = format switch
                {
                    "docx" => YearlyReportFormat.Docx,
                    "xlsx" => YearlyReportFormat.Xlsx,
                    _ => null,
                };
                if (chosen is null)
                {
                    return TypedResults.NotFound();
                }

                var file = await mediator.Send(new GetYearlyReportFileQuery(planCode, year, asOf, chosen.Value), ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization(PlatformPolicies.Read)
            .ExcludeFromDescription();
    }
}
