using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Training.Contracts.People;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Training.People.SearchPeople;

internal static class SearchPeopleEndpoint
{
    /// <summary>On the /api/training group.</summary>
    public static void MapSearchPeople(this RouteGroupBuilder training)
    {
        training
            .MapGet(
                "/people",
                async (
                    string? search,
                    string? unitCode,
                    string? audience,
                    int? year,
                    int? top,
                    IMediator mediator,
                    CancellationToken ct
                ) =>
                    TypedResults.Ok(
                        await mediator.Send(new SearchPeopleQuery(search, unitCode, audience, year, top ?? 20), ct)
                    )
            )
            .Describe(
                "Search people",
                "People to train in the caller's scope (or below unitCode, in the structure of "
                    + "year) whose name or code matches search, of an audience; at most top (20)."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);
    }
}
