using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Plans.Contracts;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.Units.Lineage;

internal static class UnitLineageEndpoint
{
    /// <summary>On the /api/units group.</summary>
    public static void MapUnitLineage(this RouteGroupBuilder units)
    {
        units.MapGet("/{code}/lineage", async (string code, DateOnly? at, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetUnitLineageQuery(code, at), ct)))
            .Describe("Read a unit's lineage", "The units the unit was made from and the ones it became (ADR 0019).")
            .ProducesProblems(Status400BadRequest, Status404NotFound);
    }
}
