using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.OData;
using Microsoft.Extensions.Localization;
using Microsoft.OData;
using Microsoft.OData.Json;
using Microsoft.OData.ModelBuilder;
using Platform.Feed;

namespace Platform.Host;

/// <summary>
/// The one OData feed at <c>/odata</c>: its model is what every module's <see cref="IODataModelContributor"/> adds,
/// and the forwarded-headers middleware plus one of its own make it friendly to Power Query (see docs/odata.md and ADR
/// 0007).
/// </summary>
internal static class ODataComposition
{
    private const string Prefix = "/" + ODataLimits.RoutePrefix;

    public static IServiceCollection AddPlatformOData(this IServiceCollection services)
    {
        services
            .AddControllers()
            .AddOData(
                (options, provider) =>
                {
                    var builder = new ODataConventionModelBuilder
                    {
                        Namespace = "Platform",
                        ContainerName = "Platform",
                    };
                    foreach (var contributor in provider.GetServices<IODataModelContributor>())
                    {
                        contributor.Contribute(builder);
                    }

                    options
                        .AddRouteComponents(ODataLimits.RoutePrefix, builder.GetEdmModel(), FastWriter)
                        .Select()
                        .Filter()
                        .OrderBy()
                        .Expand()
                        .Count()
                        .SkipToken()
                        .SetMaxTop(ODataLimits.MaxTop);
                    options.TimeZone = TimeZoneInfo.Utc;
                }
            );
        // After AddOData, so the flat-feed writer comes before the OData formatters (it declines whatever it does not
        // handle).
        services
            .AddOptions<Microsoft.AspNetCore.Mvc.MvcOptions>()
            .Configure<IConfiguration>(
                (options, configuration) =>
                {
                    if (configuration.GetValue(ODataLimits.FastWriterSetting, true))
                    {
                        options.OutputFormatters.Insert(0, new FlatFeedOutputFormatter());
                    }
                }
            );
        services.AddExceptionHandler<ODataExceptionHandler>();
        // First, so it comes before the default ProblemDetails writer: under /odata every error is an OData error body.
        services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, ODataProblemDetailsWriter>());
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // nextLink is absolute: behind a reverse proxy it must name the address the client used.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
        });
        return services;
    }

    /// <summary>
    /// Vietnamese text written as UTF-8 rather than \u escapes, and no per-property payload validation: the payload
    /// comes from our own EDM model, and validation cost about a quarter of a page's time (docs/benchmarks.md).
    /// </summary>
    private static void FastWriter(IServiceCollection routeServices)
    {
        routeServices.AddSingleton<IJsonWriterFactory>(
            new ODataUtf8JsonWriterFactory(JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
        );
        routeServices.AddSingleton<
            Microsoft.AspNetCore.OData.Formatter.Serialization.ODataServiceDocumentSerializer,
            ServiceDocumentSerializer
        >();
        routeServices.AddSingleton<
            Microsoft.AspNetCore.OData.Formatter.Serialization.ODataResourceSerializer,
            AggregatedRowSerializer
        >();
        routeServices.AddScoped(_ => new ODataMessageWriterSettings
        {
            EnableMessageStreamDisposal = false,
            MessageQuotas = new ODataMessageQuotas { MaxReceivedMessageSize = long.MaxValue },
            Validations = ValidationKinds.None,
        });
    }

    /// <summary>Runs before routing: forwarded headers, XML <c>$metadata</c>, and a sane <c>Prefer:
    /// odata.maxpagesize</c>.</summary>
    public static WebApplication UsePlatformOData(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.Use(
            async (context, next) =>
            {
                if (!context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase))
                {
                    await next(context);
                    return;
                }

                if (ODataQueryGuard.Refusal(context.Request) is { } refusal)
                {
                    await ODataErrorResponse.WriteAsync(
                        context,
                        StatusCodes.Status400BadRequest,
                        ODataQueryErrors.Code,
                        refusal
                    );
                    return;
                }

                if (context.Request.Path.StartsWithSegments(Prefix + "/$batch", StringComparison.OrdinalIgnoreCase))
                {
                    // The feed is read by single GETs (Power Query never batches): a batch is refused, whatever its
                    // method.
                    var texts = context.RequestServices.GetRequiredService<IStringLocalizer<HostTexts>>();
                    await ODataErrorResponse.WriteAsync(
                        context,
                        StatusCodes.Status501NotImplemented,
                        "NotImplemented",
                        texts["OData.BatchNotSupported", ODataLimits.RoutePrefix]
                    );
                    return;
                }

                ForceXmlMetadata(context.Request);
                BoundMaxPageSize(context.Request);
                NormalizedQuery.Compose(context.Request);
                await next(context);
                if (
                    context.Response.StatusCode == StatusCodes.Status404NotFound
                    && !context.Response.HasStarted
                    && context.GetEndpoint() is null
                )
                {
                    var texts = context.RequestServices.GetRequiredService<IStringLocalizer<HostTexts>>();
                    if (ODataKeyRefusal.Describe(context, texts) is { } wrongKey)
                    {
                        await ODataErrorResponse.WriteAsync(
                            context,
                            StatusCodes.Status400BadRequest,
                            "InvalidKey",
                            wrongKey
                        );
                        return;
                    }

                    // No such entity set or path: the same OData error body Power Query shows for every other refusal.
                    await ODataErrorResponse.WriteAsync(
                        context,
                        StatusCodes.Status404NotFound,
                        "NotFound",
                        texts["OData.NoResource", context.Request.Path.ToString(), ODataLimits.RoutePrefix]
                    );
                }
            }
        );
        return app;
    }

    /// <summary>
    /// Power Query sends <c>Accept: application/json</c> (and OData 3 headers) for <c>$metadata</c> too, and the
    /// library would answer JSON CSDL, which Power Query cannot read: CSDL is always XML here.
    /// </summary>
    private static void ForceXmlMetadata(HttpRequest request)
    {
        if (request.Path.Value?.EndsWith("/$metadata", StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        request.Headers.Accept = "application/xml";
        if (request.Query.ContainsKey("$format"))
        {
            request.QueryString = QueryString.Create(request.Query.Where(q => q.Key != "$format"));
        }
    }

    /// <summary>
    /// The library takes min(page size, preference), so <c>odata.maxpagesize=0</c> or a negative one would switch
    /// paging off: a preference outside 1..PageSize is dropped, and the server's page size applies.
    /// </summary>
    private static void BoundMaxPageSize(HttpRequest request)
    {
        if (!request.Headers.TryGetValue("Prefer", out var values))
        {
            return;
        }

        var kept = new List<string>();
        foreach (
            var preference in values
                .SelectMany(v => (v ?? "").Split(','))
                .Select(p => p.Trim())
                .Where(p => p.Length > 0)
        )
        {
            var parts = preference.Split('=', 2);
            var name = parts[0].Trim();
            if (
                name.Equals("odata.maxpagesize", StringComparison.OrdinalIgnoreCase)
                || name.Equals("maxpagesize", StringComparison.OrdinalIgnoreCase)
            )
            {
                if (
                    parts.Length == 2
                    && int.TryParse(
                        parts[1].Trim().Trim('"'),
                        NumberStyles.None,
                        CultureInfo.InvariantCulture,
                        out var size
                    )
                    && size is > 0 and <= ODataLimits.PageSize
                )
                {
                    kept.Add($"odata.maxpagesize={size.ToString(CultureInfo.InvariantCulture)}");
                }

                continue;
            }

            kept.Add(preference);
        }

        request.Headers["Prefer"] = kept.Count == 0 ? default : string.Join(", ", kept);
    }
}
