using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Monitoring.IndicatorValues;

internal static class ReportIndicatorValueEndpoint
{
    /// <summary>On the /api/monitoring group.</summary>
    public static void MapReportIndicatorValue(this RouteGroupBuilder monitoring)
    {
        monitoring
            .MapPost(
                "/indicator-values",
                async (ReportIndicatorValueCommand? command, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Ok(
                        await mediator.Send(
                            command ?? new ReportIndicatorValueCommand(null, null, null, null, null, null, null),
                            ct
                        )
                    )
            )
            .Describe(
                "Report an indicator value",
                "A figure a unit reports directly for an indicator that no "
                    + "activity counts (a share of people reached, …), as of a date."
            )
            .ProducesWriteProblems(Status404NotFound);
    }
}
