using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Monitoring.Contracts;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Monitoring.Progress;

internal static class ProgressEndpoint
{
    /// <summary>On the /api/monitoring group.</summary>
    public static void MapProgress(this RouteGroupBuilder monitoring)
    {
        monitoring
            .MapGet(
                "/progress",
                async (
                    int? year,
                    DateOnly? asOf,
                    string? unitCode,
                    string? planCode,
                    string? indicator,
                    ProgressStatus? status,
                    IMediator mediator,
                    CancellationToken ct
                ) =>
                    TypedResults.Ok(
                        await mediator.Send(
                            new GetProgressQuery(year ?? 0, asOf, unitCode, planCode, indicator, status),
                            ct
                        )
                    )
            )
            .Describe(
                "Read progress",
                "Each obligation of a year against its actual, as of a date: achieved, on "
                    + "track, at risk, behind or without a target."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);
    }
}
