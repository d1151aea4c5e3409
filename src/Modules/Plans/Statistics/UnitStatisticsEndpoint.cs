using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Plans.Contracts;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.Statistics;

internal static class UnitStatisticsEndpoint
{
    /// <summary>On the /api/units group: the figures recorded for one unit.</summary>
    public static void MapUnitStatistics(this RouteGroupBuilder units)
    {
        units
            .MapGet(
                "/{code}/statistics",
                async (string code, int? year, DateOnly? at, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(await mediator.Send(new GetUnitStatisticsQuery(code, year, at), ct))
            )
            .Describe(
                "Read a unit's statistics",
                "The figures recorded for the unit (population, workers, insured…), " + "of one year or of every year."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);
    }
}
