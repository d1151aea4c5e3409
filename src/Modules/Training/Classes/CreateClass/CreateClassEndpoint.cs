using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Training.Contracts.Classes;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Training.Classes.CreateClass;

internal static class CreateClassEndpoint
{
    /// <summary>On the /api/training group: the new class answers with its version as a strong ETag.</summary>
    public static void MapCreateClass(this RouteGroupBuilder training)
    {
        training
            .MapPost(
                "/classes",
                async (CreateClassCommand command, HttpContext http, IMediator mediator, CancellationToken ct) =>
                {
                    var created = await mediator.Send(command, ct);
                    return TypedResults.Created(
                        $"/api/training/classes/{created.Id}", http.Tagged(created, created.Version));
                }
            )
            .Describe(
                "Create a class",
                "Opens a training class of a unit for an audience, with its dates and " + "capacity."
            )
            .ProducesWriteProblems(Status404NotFound, Status409Conflict);
    }
}
