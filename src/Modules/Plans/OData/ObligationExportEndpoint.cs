using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Feed;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts.ReadModels;

namespace Platform.Plans.OData;

/// <summary>
/// <c>GET /api/obligations/export</c>: every obligation row of the read model in the caller's scope as one streamed
/// JSON array, in Id order. A bulk export for scripts, and the plain-JSON yardstick the OData feed is measured against
/// (docs/benchmarks.md): the same rows as the feed's (<see cref="PlansFeed"/>), written by the same row writer, so the
/// two differ only by the feed's envelope and paging.
/// </summary>
internal static class ObligationExportEndpoint
{
    public static void MapObligationExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/obligations/export", async (PlansFeed feed, ICurrentCaller caller, HttpContext http) =>
                new FlatJsonArray<ObligationRow>(
                    PlansODataController.Obligations,
                    (await feed.ObligationsAsync(linked: false, http.RequestAborted)).Where(o =>
                        caller.Scope.Covers(o.UnitCode, o.ProvinceCode)
                    )
                )
            )
            .WithTags("Plans")
            .RequireAuthorization(PlatformPolicies.Read);
}
