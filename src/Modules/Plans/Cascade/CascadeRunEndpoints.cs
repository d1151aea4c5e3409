using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts.PlanBook;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.Cascade;

internal static class CascadeRunEndpoints
{
    public static void MapCascadeRuns(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/cascade-runs", async (string? parentPlan, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetCascadeRunsQuery(parentPlan), ct)))
            .WithTags("Plans").RequirePolicy(PlatformPolicies.Read)
            .Describe("List cascade runs", "The generations run, of one parent plan or of all.");
        app.MapGet("/api/cascade-runs/{id}", async (string id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetCascadeRunQuery(id), ct)))
            .WithTags("Plans").RequirePolicy(PlatformPolicies.Read)
            .Describe("Read a cascade run", "A generation's state: running, succeeded or failed, and when.")
            .ProducesProblems(Status404NotFound);
        app.MapGet("/api/cascade-runs/{id}/result", async (string id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetCascadeRunResultQuery(id), ct)))
            .WithTags("Plans").RequirePolicy(PlatformPolicies.Read)
            .Describe("Read a cascade run's result", "What a finished generation wrote: plans and obligations per "
                + "level.")
            .ProducesProblems(Status404NotFound);
    }
}
