using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.PlanBook.YearPlans;

internal static class DraftYearPlanEndpoint
{
    /// <summary>On the /api/plans group: the new plan, its version as a strong ETag.</summary>
    public static void MapDraftYearPlan(this IEndpointRouteBuilder plans) =>
        plans
            .MapPost(
                "/{code}/years/{year:int}",
                async (string code, int year, HttpContext http, IMediator mediator, CancellationToken ct) =>
                {
                    var plan = await mediator.Send(new DraftYearPlanCommand(code, year), ct);
                    http.Tagged(plan, plan.Version);
                    return TypedResults.Created($"/api/plans/{plan.Code}", plan);
                }
            )
            .Describe("Draft a year's plan", "Creates the draft plan of one year under a multi-year plan.")
            .ProducesWriteProblems(Status404NotFound, Status409Conflict, Status422UnprocessableEntity);
}
