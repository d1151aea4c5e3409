using Platform.BuildingBlocks.Security;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Plans.Persistence;

namespace Platform.Plans.OData;

/// <summary>
/// <c>GET /api/obligations/export</c>: every obligation row of the read model as one streamed JSON array, in Id order.
/// The plain-JSON yardstick the OData feed is measured against (docs/benchmarks.md), and a bulk export for scripts.
/// Only the caller's scope: the read model's query filter (see <see cref="PlansDbContext"/>) holds it there.
/// </summary>
internal static class ObligationExportEndpoint
{
    // The same encoding as the OData feed (UTF-8 names, not \u escapes), so the two are compared byte for byte alike.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    public static void MapObligationExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/obligations/export", (PlansDbContext db) =>
                TypedResults.Json(db.ObligationRows.AsNoTracking().OrderBy(o => o.Id).AsAsyncEnumerable(), Json))
            .WithTags("Plans")
            .RequireAuthorization(PlatformPolicies.Read);
}
