using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Training.Contracts.Classes;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Training.Classes.EditClass;

internal static class EditClassEndpoint
{
    /// <summary>On the /api/training group: PUT honours If-Match (412 when stale) and answers the new version as the
    /// ETag.</summary>
    public static void MapEditClass(this RouteGroupBuilder training)
    {
        training
            .MapPut(
                "/classes/{id:int}",
                async (int id, EditClassBody? body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                {
                    var edited = await mediator.Send(
                        new EditClassCommand(
                            id,
                            body?.Title,
                            body?.StartDate,
                            body?.EndDate,
                            body?.Capacity,
                            EntityTags.IfMatchOf(http.Request)
                        ),
                        ct
                    );
                    return TypedResults.Ok(http.Tagged(edited, edited.Version));
                }
            )
            .Describe("Edit a class", "Changes the class's title, dates or capacity before it is completed.")
            .HonoursIfMatch()
            .ProducesWriteProblems(Status404NotFound, Status409Conflict, Status422UnprocessableEntity);
    }
}

internal sealed record EditClassBody(string? Title, DateOnly? StartDate, DateOnly? EndDate, int? Capacity);
