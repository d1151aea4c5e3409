using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Monitoring.Contracts;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Monitoring.Activities.RecordActivity;

internal static class RecordActivityEndpoint
{
    /// <summary>On the /api/monitoring group: the new activity answers with its version as a strong ETag.</summary>
    public static void MapRecordActivity(this RouteGroupBuilder monitoring)
    {
        monitoring
            .MapPost(
                "/activities",
                async (ActivityInput? activity, HttpContext http, IMediator mediator, CancellationToken ct) =>
                {
                    var view = await mediator.Send(new RecordActivityCommand(activity!), ct);
                    return TypedResults.Created(
                        $"/api/monitoring/activities/{view.Id}", http.Tagged(view, view.Version));
                }
            )
            .Describe(
                "Record an activity",
                "A communication activity a unit held (conference, article, broadcast…), "
                    + "with what it reached; it counts towards the unit's indicators."
            )
            .ProducesWriteProblems(Status404NotFound);
    }
}
