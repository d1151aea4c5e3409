using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Monitoring.Contracts;
using Platform.Plans.Contracts;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Monitoring.Deadlines;

internal static class DeadlineEndpoints
{
    /// <summary>On the /api/monitoring group.</summary>
    public static void MapDeadlines(this RouteGroupBuilder monitoring)
    {
        monitoring
            .MapGet(
                "/deadlines",
                async (
                    int? year,
                    DateOnly? asOf,
                    UnitLevel? level,
                    string? planCode,
                    bool? overdue,
                    string? unitCode,
                    IMediator mediator,
                    CancellationToken ct
                ) =>
                    TypedResults.Ok(
                        await mediator.Send(
                            new GetDeadlinesQuery(year ?? 0, asOf, level, planCode, overdue ?? false, unitCode),
                            ct
                        )
                    )
            )
            .Describe(
                "Read reporting deadlines",
                "When each unit's yearly report is due under its plans, and whether "
                    + "it was submitted or is overdue."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);
    }
}
