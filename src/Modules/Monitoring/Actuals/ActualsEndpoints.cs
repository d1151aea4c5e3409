using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Monitoring.Contracts;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Monitoring.Actuals;

internal static class ActualsEndpoints
{
    /// <summary>On the /api/monitoring group: actuals of a year, and a past year's read on today's units.</summary>
    public static void MapActuals(this RouteGroupBuilder monitoring)
    {
        monitoring
            .MapGet(
                "/actuals",
                async (
                    int? year,
                    DateOnly? asOf,
                    string? unitCode,
                    string? indicator,
                    IMediator mediator,
                    CancellationToken ct
                ) => TypedResults.Ok(await mediator.Send(new GetActualsQuery(year ?? 0, asOf, unitCode, indicator), ct))
            )
            .Describe(
                "Read actuals",
                "What each unit in the caller's scope achieved per indicator in a year, as of a " + "date."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);

        monitoring
            .MapGet(
                "/actuals/on-units",
                async (
                    int? year,
                    DateOnly? onUnitsAt,
                    DateOnly? asOf,
                    string? unitCode,
                    string? indicator,
                    IMediator mediator,
                    CancellationToken ct
                ) =>
                    TypedResults.Ok(
                        await mediator.Send(
                            new GetActualsOnUnitsQuery(year ?? 0, onUnitsAt, asOf, unitCode, indicator),
                            ct
                        )
                    )
            )
            .Describe(
                "Read actuals on today's units",
                "The actuals of a past year read on the units in force on " + "onUnitsAt (ADR 0019)."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);
    }
}
