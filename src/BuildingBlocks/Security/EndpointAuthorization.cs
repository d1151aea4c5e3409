using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.BuildingBlocks.Http;

namespace Platform.BuildingBlocks.Security;

public static class EndpointAuthorization
{
    private static readonly HashSet<string> ReadMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        HttpMethods.Get,
        HttpMethods.Head,
    };

    /// <summary>
    /// The endpoint needs <paramref name="policy"/>: it answers 401 without credentials and 403 without a role that
    /// allows it, both declared for the OpenAPI document.
    /// </summary>
    public static TBuilder RequirePolicy<TBuilder>(this TBuilder builder, string policy)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy).ProducesAccessProblems();

    /// <summary>
    /// One line per endpoint group: its GET (and HEAD) endpoints need <see cref="PlatformPolicies.Read"/>, every other
    /// method <paramref name="writePolicy"/>; each declares 401 and 403. A write endpoint added to the group later is
    /// protected without a further line.
    /// </summary>
    public static TBuilder RequireReadOrWrite<TBuilder>(this TBuilder builder, string writePolicy)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentException.ThrowIfNullOrEmpty(writePolicy);
        // Route handlers put their HttpMethodMetadata on the endpoint before group conventions run.
        builder.Add(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault()?.HttpMethods ?? [];
            var reads = methods.Count > 0 && methods.All(ReadMethods.Contains);
            endpoint.Metadata.Add(new AuthorizeAttribute(reads ? PlatformPolicies.Read : writePolicy));
        });
        return builder.ProducesAccessProblems();
    }

    private static TBuilder ProducesAccessProblems<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
}
