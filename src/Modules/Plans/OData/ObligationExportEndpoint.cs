using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.BuildingBlocks.OData;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts.ReadModels;
using Platform.Plans.Persistence;

namespace Platform.Plans.OData;

/// <summary>
/// <c>GET /api/obligations/export</c>: every obligation row of the read model in the caller's scope as one streamed
/// JSON array, in Id order. A bulk export for scripts, and the plain-JSON yardstick the OData feed is measured against
/// (docs/benchmarks.md): it reads the view the same way the feed's plain pages do, straight from SQLite
/// (<see cref="SqliteJsonArray"/>), and through EF Core only where there is no database file to read (in memory).
/// </summary>
internal static class ObligationExportEndpoint
{
    private static readonly SqliteJsonRows Columns = SqliteJsonRows.ForClass<ObligationRow>();

    // The same encoding as the OData feed (UTF-8 names, not \u escapes), so the two are compared byte for byte alike.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    public static void MapObligationExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/obligations/export", (PlansDbContext db, SqliteReadConnections reader) => reader.Available
                ? (IResult)new SqliteJsonArray(Columns, ReadModelViews.Obligations, nameof(ObligationRow.Id), nameof(ObligationRow.UnitCode), nameof(ObligationRow.ProvinceCode))
                // The read model's query filter (see PlansDbContext) holds this one to the caller's scope.
                : TypedResults.Json(db.ObligationRows.AsNoTracking().OrderBy(o => o.Id).AsAsyncEnumerable(), Json))
            .WithTags("Plans")
            .RequireAuthorization(PlatformPolicies.Read);
}
