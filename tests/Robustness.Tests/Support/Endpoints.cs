using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Robustness.Tests.Support;

/// <summary>A REST endpoint as the running application maps it, with the parameters its handler binds.</summary>
public sealed record DiscoveredEndpoint(
    string Method,
    string Pattern,
    IReadOnlyList<ParameterInfo> QueryParameters,
    IReadOnlyList<string> RouteParameters,
    bool AcceptsJson
)
{
    public override string ToString() => $"{Method} {Pattern}";
}

/// <summary>
/// Every REST endpoint (under /api, and /health), read from the application's <see cref="EndpointDataSource"/> at run
/// time (so an endpoint added later is attacked without anyone listing it). The OData controllers and the web
/// interface (its pages, sign-in, downloads and static files) have tests of their own (OData.Tests, Web.Tests).
/// </summary>
public static class Endpoints
{
    public static IReadOnlyList<DiscoveredEndpoint> Discover(IServiceProvider services) =>
        services
            .GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Where(e =>
                e.RoutePattern.RawText is { } raw
                && (raw.StartsWith("/api/", StringComparison.Ordinal) || raw == "/health")
            )
            .SelectMany(e =>
                (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(
                    method => new DiscoveredEndpoint(
                        method,
                        e.RoutePattern.RawText!,
                        e.Metadata.OfType<IParameterBindingMetadata>()
                            .Select(p => p.ParameterInfo)
                            .Where(IsQueryBound(e))
                            .ToList(),
                        e.RoutePattern.Parameters.Select(p => p.Name).ToList(),
                        e.Metadata.OfType<IAcceptsMetadata>().Any(a => a.ContentTypes.Contains("application/json"))
                    )
                )
            )
            .OrderBy(e => e.Pattern, StringComparer.Ordinal)
            .ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();

    /// <summary>Simple-typed parameters that are not route values bind from the query string.</summary>
    private static Func<ParameterInfo, bool> IsQueryBound(RouteEndpoint endpoint) =>
        parameter =>
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            var simple =
                type.IsPrimitive
                || type.IsEnum
                || type == typeof(string)
                || type == typeof(DateOnly)
                || type == typeof(DateTimeOffset)
                || type == typeof(decimal);
            return simple && endpoint.RoutePattern.GetParameter(parameter.Name!) is null;
        };
}

/// <summary>How to call one endpoint validly against <see cref="SeededPlatform"/>: the hand-written half of the
/// sweep.</summary>
/// <param name="Url">A URL whose route values name real things.</param>
/// <param name="Body">A body the endpoint accepts (JSON endpoints only).</param>
/// <param name="Required">Body fields whose absence must be refused.</param>
/// <param name="Codes">Body fields that name something (unit, indicator, vocabulary): a made-up value must be
/// refused.</param>
/// <param name="Text">Free-text body fields, stored as given (inert) and NFC.</param>
public sealed record EndpointCase(
    string Method,
    string Pattern,
    Func<SeededPlatform, string> Url,
    Func<SeededPlatform, JsonObject>? Body = null,
    string[]? Required = null,
    string[]? Codes = null,
    string[]? Text = null,
    bool ImportsFile = false)
{
    public string[] RequiredFields => Required ?? [];

    public string[] CodeFields => Codes ?? [];

    public string[] TextFields => Text ?? [];

    public override string ToString() => $"{Method} {Pattern}";
}
