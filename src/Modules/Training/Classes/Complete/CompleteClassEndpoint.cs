using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Training.Contracts.Classes;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Training.Classes.Complete;

internal static class CompleteClassEndpoint
{
    /// <summary>On the /api/training group: the completed class answers with its new version as the ETag.</summary>
    public static void MapCompleteClass(this RouteGroupBuilder training)
    {
        training
            .MapPost(
                "/classes/{id:int}/complete",
                async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                {
                    var completed = await mediator.Send(new CompleteClassCommand(id), ct);
                    return TypedResults.Ok(http.Tagged(completed, completed.Version));
                }
            )
            .Describe(
                "Complete a class",
                "Closes the class: who attended enough of its sessions completed it, and "
                    + "Monitoring counts them, in one transaction."
            )
            .ProducesProblems(
                Status404NotFound, Status409Conflict, Status422UnprocessableEntity, Status503ServiceUnavailable);
    }
}
