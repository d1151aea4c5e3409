using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Plans.Contracts.PlanBook;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.PlanBook.ReadPlans;

internal static class ReadPlanEndpoints
{
    /// <summary>On the /api/plans group: a unit's plans, one plan (its version as a strong ETag), its unit
    /// moves.</summary>
    public static void MapReadPlans(this IEndpointRouteBuilder plans)
    {
        plans.MapGet("/", async (string? unitCode, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetUnitPlansQuery(unitCode), ct)))
            .Describe("List a unit's plans", "The unit's own plans and those of the units above it (the caller's unit "
                + "by default).")
            .ProducesProblems(Status404NotFound);
        plans.MapGet("/{code}", async (string code, HttpContext http, IMediator mediator, CancellationToken ct) =>
        {
            var plan = await mediator.Send(new GetPlanQuery(code), ct);
            return TypedResults.Ok(http.Tagged(plan, plan.Version));
        })
            .Describe("Read a plan", "The plan with its targets and status; its version is the ETag.")
            .ProducesProblems(Status404NotFound);
        plans.MapGet("/{code}/moves", async (string code, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetPlanMovesQuery(code), ct)))
            .Describe("List a plan's unit moves", "The units merged, split or moved since the plan was generated, "
                + "whose obligations follow the structure of the plan's time (ADR 0020).")
            .ProducesProblems(Status404NotFound);
    }
}
