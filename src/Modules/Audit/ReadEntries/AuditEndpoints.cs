using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Audit.Contracts;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Platform.Audit.ReadEntries;

internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(
                "/api/audit",
                async (
                    string? entity,
                    string? key,
                    string? user,
                    DateTimeOffset? from,
                    DateTimeOffset? to,
                    int? top,
                    int? skip,
                    string? unit,
                    string? action,
                    IMediator mediator,
                    CancellationToken ct
                ) =>
                    TypedResults.Ok(
                        await mediator.Send(
                            new GetAuditEntriesQuery(entity, key, user, from, to, top ?? 100, skip ?? 0, unit, action),
                            ct
                        )
                    )
            )
            .WithTags("Audit")
            .RequirePolicy(PlatformPolicies.Administer)
            .Describe("Read the audit log", "Who changed what, when, before and after, newest first, filtered by "
                + "entity, key, user, unit, action and time, a page of top (100) from skip.")
            .ProducesProblems(Status400BadRequest);
    }
}
