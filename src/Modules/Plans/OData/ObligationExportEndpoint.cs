using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Persistence;

namespace Platform.Plans.OData;

/// <summary>
/// <c>GET /api/obligations/export</c>: every obligation row of the read model as one streamed JSON array, in Id order.
/// The plain-JSON yardstick the OData feed is measured against (docs/benchmarks.md), and a bulk export for scripts.
/// </summary>
internal static class ObligationExportEndpoint
{
    public static void MapObligationExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/obligations/export", (PlansDbContext db) =>
                TypedResults.Ok(db.ObligationRows.AsNoTracking().OrderBy(o => o.Id).AsAsyncEnumerable()))
            .WithTags("Plans");
}
