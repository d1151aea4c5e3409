using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Access.Contracts;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;

namespace Platform.Access.WhoAmI;

internal static class WhoAmIEndpoint
{
    /// <summary>Who the credentials sign in as: a quick check for a new key, from a script or a browser.</summary>
    internal sealed record CallerView(
        string Name,
        IReadOnlyCollection<string> Roles,
        string Scope,
        ScopeLevel ScopeLevel
    );

    public static void MapWhoAmI(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", (ICurrentCaller caller) =>
                TypedResults.Ok(
                    new CallerView(
                        caller.Name,
                        caller.Roles,
                        caller.Scope.UnitCode ?? UserView.NationCode,
                        caller.Scope.Level
                    )
                )
            )
            .WithTags("Access")
            .RequirePolicy(PlatformPolicies.Read)
            .Describe("Who am I", "The name, roles and unit scope the credentials sign in as: a quick check of a new "
                + "key.");
    }
}
