using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Plans.Contracts.Obligations;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.Obligations.Explain;

internal static class ExplainObligationEndpoint
{
    /// <summary>On the /api/obligations group.</summary>
    public static void MapExplainObligation(this IEndpointRouteBuilder obligations) =>
        obligations.MapGet("/{id:int}/explanation", async (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ExplainObligationQuery(id), ct)))
            .Describe("Explain an obligation", "How the obligation was computed: the rule, its version and the "
                + "figures.")
            .ProducesProblems(Status404NotFound);
}
