using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Plans.Contracts.PlanBook;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.PlanBook.Reporting;

internal static class SetReportDateEndpoint
{
    public sealed record ReportDateBody(string? Due);

    /// <summary>On the /api/plans group: honours If-Match (412 when stale) and answers the new version as the
    /// ETag.</summary>
    public static void MapSetReportDate(this IEndpointRouteBuilder plans) =>
        plans
            .MapPut(
                "/{code}/report-date",
                async (string code, ReportDateBody? body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                {
                    var plan = await mediator.Send(
                        new SetReportDateCommand(code, body?.Due, EntityTags.IfMatchOf(http.Request)),
                        ct
                    );
                    return TypedResults.Ok(http.Tagged(plan, plan.Version));
                }
            )
            .Describe(
                "Set a plan's report date",
                "The day of the year (\"15/12\") by which the plan's units report " + "each year."
            )
            .HonoursIfMatch()
            .ProducesWriteProblems(Status404NotFound, Status422UnprocessableEntity);
}
