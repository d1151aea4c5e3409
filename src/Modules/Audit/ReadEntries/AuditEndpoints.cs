using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Audit.Contracts;
using Platform.BuildingBlocks.Security;

namespace Platform.Audit.ReadEntries;

internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", async (
                string? entity, string? key, string? user, DateTimeOffset? from, DateTimeOffset? to, int? top, int? skip, string? unit, string? action, IMediator mediator,
                CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAuditEntriesQuery(entity, key, user, from, to, top ?? 100, skip ?? 0, unit, action), ct)))
            .WithTags("Audit")
            .RequireAuthorization(PlatformPolicies.Administer);
    }
}
