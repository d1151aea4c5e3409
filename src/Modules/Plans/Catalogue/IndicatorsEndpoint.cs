using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Catalogue;

internal static class IndicatorsEndpoint
{
    public static void MapIndicators(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/indicators", () => TypedResults.Ok(IndicatorCatalogue.All)).WithTags("Plans")
            .RequirePolicy(PlatformPolicies.Read)
            .Describe("List the indicators", "The indicators plans set targets for: code, names, unit of measure and "
                + "cascade kind.");
}
