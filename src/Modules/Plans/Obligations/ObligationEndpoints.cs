using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.Plans.Contracts.Obligations;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.Obligations;

internal static class ObligationEndpoints
{
    /// <summary>On the /api/plans group: a plan's obligations, filtered, ordered and paged.</summary>
    public static void MapPlanObligations(this IEndpointRouteBuilder plans) =>
        plans
            .MapGet(
                "/{code}/obligations",
                async (
                    string code,
                    int? year,
                    string? unitCode,
                    string? indicator,
                    bool? missingData,
                    int? top,
                    int? skip,
                    string? search,
                    bool? overridden,
                    ObligationOrder? orderBy,
                    bool? desc,
                    IMediator mediator,
                    CancellationToken ct
                ) =>
                    TypedResults.Ok(
                        await mediator.Send(
                            new GetPlanObligationsQuery(
                                code,
                                year,
                                unitCode,
                                indicator,
                                missingData,
                                top ?? 1000,
                                skip ?? 0,
                                search,
                                overridden,
                                orderBy ?? ObligationOrder.Unit,
                                desc ?? false
                            ),
                            ct
                        )
                    )
            )
            .Describe(
                "List a plan's obligations",
                "What each unit in the caller's scope owes under the plan, "
                    + "filtered and ordered, a page of top (1000) from skip."
            )
            .ProducesProblems(Status400BadRequest, Status404NotFound);

    /// <summary>On the /api/obligations group: one obligation, its version as a strong ETag.</summary>
    public static void MapReadObligation(this IEndpointRouteBuilder obligations) =>
        obligations.MapGet("/{id:int}", async (int id, HttpContext http, IMediator mediator, CancellationToken ct) =>
        {
            var obligation = await mediator.Send(new GetObligationQuery(id), ct);
            return TypedResults.Ok(http.Tagged(obligation, obligation.Version));
        })
            .Describe("Read an obligation", "What one unit owes for one indicator and year; its version is the ETag.")
            .ProducesProblems(Status404NotFound);
}
