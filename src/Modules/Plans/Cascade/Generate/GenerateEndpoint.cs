using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Microsoft.Extensions.Localization;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Texts;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Plans.Cascade.Generate;

internal static class GenerateEndpoint
{
    public sealed record GenerateBody(string? UnitCode, bool? All, bool? Cascade);

    /// <summary>On the /api/plans group.</summary>
    public static void MapGenerateSubordinatePlans(this IEndpointRouteBuilder plans) =>
        plans
            .MapPost(
                "/{code}/subordinates",
                async (
                    string code,
                    GenerateBody? body,
                    IMediator mediator,
                    IStringLocalizer<PlansTexts> texts,
                    CancellationToken ct
                ) =>
                {
                    var request = body ?? throw new BadHttpRequestException(texts["Generation.BodyRequired"]);
                    return TypedResults.Ok(
                        await mediator.Send(
                            new GenerateSubordinatePlansCommand(
                                code,
                                request.UnitCode,
                                request.All ?? false,
                                request.Cascade ?? false
                            ),
                            ct
                        )
                    );
                }
            )
            .Describe(
                "Generate subordinate plans",
                "Computes the plans of the units below (one unit, or all of them, "
                    + "cascading down when asked) from the parent plan's targets and the rules, with every module's "
                    + "reaction in one transaction."
            )
            .ProducesWriteProblems(Status404NotFound, Status422UnprocessableEntity);
}
