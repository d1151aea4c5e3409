using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Monitoring;

/// <summary>The Monitoring module's one public entry. Its use cases land with their own issue; until then it only registers its handlers.</summary>
public static class MonitoringModule
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHandlersFrom(typeof(MonitoringModule).Assembly);
        return services;
    }

    public static IEndpointRouteBuilder MapMonitoring(this IEndpointRouteBuilder app) => app;
}
