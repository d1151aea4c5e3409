using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.Statistics.OnUnits;

internal static class StatisticsOnUnitsEndpoint
{
    /// <summary>History on today's units: figures recorded on old units read on the units in force on onUnitsAt (ADR
    /// 0019).</summary>
    public static void MapStatisticsOnUnits(this IEndpointRouteBuilder app)
    {
        app.MapGet(
                "/api/statistics",
                async (
                    string? metric,
                    int? year,
                    string? unitCode,
                    DateOnly? onUnitsAt,
                    IMediator mediator,
                    CancellationToken ct
                ) =>
                    TypedResults.Ok(
                        await mediator.Send(new GetStatisticsOnUnitsQuery(metric ?? "", year, unitCode, onUnitsAt), ct)
                    )
            )
            .WithTags("Unit statistics")
            .RequirePolicy(PlatformPolicies.Read)
            .Describe("Read statistics on today's units", "A metric's figures, those recorded on old units read on "
                + "the units in force on onUnitsAt (ADR 0019), in the caller's scope.")
            .ProducesProblems(Status400BadRequest, Status404NotFound);
    }
}
