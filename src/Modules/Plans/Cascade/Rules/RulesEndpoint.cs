using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;

namespace Platform.Plans.Cascade.Rules;

internal static class RulesEndpoint
{
    public static void MapRules(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/rules", (ICascadeRules rules) => TypedResults.Ok(rules.Files)).WithTags("Plans")
            .RequirePolicy(PlatformPolicies.Read)
            .Describe("List the cascade rules", "The rule files the cascade runs on: kind, file, version and rule "
                + "names.");
}
