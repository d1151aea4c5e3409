using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Plans.Contracts.PlanBook;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.PlanBook.MissingData;

internal static class MissingDataEndpoint
{
    /// <summary>On the /api/plans group.</summary>
    public static void MapMissingData(this IEndpointRouteBuilder plans) =>
        plans.MapGet("/{code}/missing-data", async (string code, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetPlanMissingDataQuery(code), ct)))
            .Describe("List a plan's missing data", "The units whose obligations could not be computed, and the "
                + "statistic each lacks.")
            .ProducesProblems(Status404NotFound);
}
