using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Training.Contracts.Classes;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Training.Classes.ListClasses;

internal static class ListClassesEndpoint
{
    /// <summary>On the /api/training group.</summary>
    public static void MapListClasses(this RouteGroupBuilder training)
    {
        training
            .MapGet(
                "/classes",
                async (int? year, int? month, string? unitCode, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new GetClassesQuery(year, month, unitCode), ct))
            )
            .Describe(
                "List classes",
                "The classes of the units in the caller's scope (or below unitCode), of a year " + "and month."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);
    }
}
