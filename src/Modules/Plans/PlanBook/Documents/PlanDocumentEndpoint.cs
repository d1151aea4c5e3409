using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Plans.Contracts.PlanBook;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.PlanBook.Documents;

internal static class PlanDocumentEndpoint
{
    /// <summary>On the /api/plans group.</summary>
    public static void MapPlanDocument(this IEndpointRouteBuilder plans) =>
        plans.MapGet("/{code}/document", async (string code, int? year, IMediator mediator, CancellationToken ct) =>
        {
            var file = await mediator.Send(new GetPlanDocumentQuery(code, year), ct);
            return TypedResults.File(file.Content, PlanDocumentFile.ContentType, file.FileName);
        })
            .Produces<Stream>(Status200OK, PlanDocumentFile.ContentType)
            .Describe("Download a plan as a document", "The plan (or its year's plan) as a .docx in the layout of "
                + "Decree 30/2020, in the request's language.")
            .ProducesProblems(Status400BadRequest, Status404NotFound, Status422UnprocessableEntity);
}
