using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Monitoring.Contracts;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Monitoring.Activities.CorrectActivity;

internal static class CorrectActivityEndpoints
{
    /// <summary>On the /api/monitoring group: correcting or withdrawing an activity honours If-Match (412 when
    /// stale); a correction answers with the new version as the ETag.</summary>
    public static void MapCorrectActivity(this RouteGroupBuilder monitoring)
    {
        monitoring
            .MapPut(
                "/activities/{id:int}",
                async (int id, ActivityInput? activity, HttpContext http, IMediator mediator, CancellationToken ct) =>
                {
                    var corrected = await mediator.Send(
                        new CorrectActivityCommand(id, activity!, EntityTags.IfMatchOf(http.Request)),
                        ct
                    );
                    return TypedResults.Ok(http.Tagged(corrected, corrected.Version));
                }
            )
            .Describe("Correct an activity", "Replaces what was recorded of the activity.")
            .HonoursIfMatch()
            .ProducesWriteProblems(Status404NotFound, Status409Conflict);

        monitoring
            .MapDelete(
                "/activities/{id:int}",
                async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                {
                    await mediator.Send(new WithdrawActivityCommand(id, EntityTags.IfMatchOf(http.Request)), ct);
                    return TypedResults.NoContent();
                }
            )
            .Describe(
                "Withdraw an activity",
                "Removes the activity; it no longer counts towards the unit's " + "indicators."
            )
            .HonoursIfMatch()
            .ProducesProblems(Status404NotFound, Status409Conflict, Status503ServiceUnavailable);
    }
}
