using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Training.Contracts.Quotas;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Training.Quotas.ReadQuotas;

internal static class ReadQuotasEndpoint
{
    /// <summary>On the /api/training group.</summary>
    public static void MapReadQuotas(this RouteGroupBuilder training)
    {
        training.MapGet("/quotas", async (string? unitCode, int? year, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetTrainingQuotasQuery(unitCode, year), ct)))
            .Describe("Read training quotas", "Per audience, the classes and trainees the unit and each unit below it "
                + "must reach in a year under their obligations, against those held and trained, with the gaps.")
            .ProducesProblems(Status400BadRequest, Status404NotFound);
    }
}
