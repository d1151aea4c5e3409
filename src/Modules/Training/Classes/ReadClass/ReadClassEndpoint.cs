using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Training.Contracts.Classes;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Training.Classes.ReadClass;

internal static class ReadClassEndpoint
{
    /// <summary>On the /api/training group: a class answers with its version as a strong ETag.</summary>
    public static void MapReadClass(this RouteGroupBuilder training)
    {
        training
            .MapGet("/classes/{id:int}", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var read = await mediator.Send(new GetClassQuery(id), ct);
                return TypedResults.Ok(http.Tagged(read, read.Version));
            })
            .Describe("Read a class", "The class with its enrolments and sessions; its version is the ETag.")
            .ProducesProblems(Status404NotFound);
    }
}
