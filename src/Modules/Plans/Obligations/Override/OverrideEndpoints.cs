using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Plans.Contracts.Obligations;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.Obligations.Override;

internal static class OverrideEndpoints
{
    public sealed record OverrideBody(long? Floor, long? Stretch, string? Reason);

    /// <summary>On the /api/obligations group: both honour If-Match (412 when stale) and answer the new version as the
    /// ETag.</summary>
    public static void MapOverrideObligation(this IEndpointRouteBuilder obligations)
    {
        obligations
            .MapPut(
                "/{id:int}/override",
                async (int id, OverrideBody? body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                {
                    var obligation = await mediator.Send(
                        new OverrideObligationCommand(
                            id,
                            body?.Floor,
                            body?.Stretch,
                            body?.Reason,
                            EntityTags.IfMatchOf(http.Request)
                        ),
                        ct
                    );
                    return TypedResults.Ok(http.Tagged(obligation, obligation.Version));
                }
            )
            .Describe(
                "Override an obligation",
                "Sets the floor and stretch by hand, with a reason; regenerations " + "keep it."
            )
            .HonoursIfMatch()
            .ProducesWriteProblems(Status404NotFound, Status409Conflict, Status422UnprocessableEntity);
        obligations
            .MapDelete(
                "/{id:int}/override",
                async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                {
                    var obligation = await mediator.Send(
                        new ClearOverrideCommand(id, EntityTags.IfMatchOf(http.Request)),
                        ct
                    );
                    return TypedResults.Ok(http.Tagged(obligation, obligation.Version));
                }
            )
            .Describe("Clear an obligation's override", "Returns the obligation to the computed figures.")
            .HonoursIfMatch()
            .ProducesProblems(Status404NotFound, Status409Conflict, Status503ServiceUnavailable);
    }
}
