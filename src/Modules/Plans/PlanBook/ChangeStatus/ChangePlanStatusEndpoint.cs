using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Plans.Contracts;
using Platform.Plans.Contracts.PlanBook;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.PlanBook.ChangeStatus;

internal static class ChangePlanStatusEndpoint
{
    public sealed record StatusBody(PlanStatus? To, string? Note);

    /// <summary>On the /api/plans group: honours If-Match (412 when stale) and answers the new version as the
    /// ETag.</summary>
    public static void MapChangePlanStatus(this IEndpointRouteBuilder plans) =>
        plans
            .MapPost(
                "/{code}/status",
                async (string code, StatusBody? body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                {
                    var plan = await mediator.Send(
                        new ChangePlanStatusCommand(code, body?.To, body?.Note, EntityTags.IfMatchOf(http.Request)),
                        ct
                    );
                    return TypedResults.Ok(http.Tagged(plan, plan.Version));
                }
            )
            .Describe(
                "Change a plan's status",
                "Moves the plan to another status (draft, submitted, approved, " + "active, closed), with a note."
            )
            .HonoursIfMatch()
            .ProducesWriteProblems(Status404NotFound, Status409Conflict);
}
