using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Mediation;
using Platform.BuildingBlocks.Modules;
using Platform.BuildingBlocks.Persistence;
using Platform.Plans.Persistence;
using Platform.Plans.Units;

namespace Platform.Plans;

/// <summary>The Plans module's one public entry: administrative units, statistics, plans and the cascade.</summary>
public static class PlansModule
{
    public static IServiceCollection AddPlans(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PlansDbContext>(configuration, PlansDbContext.HistoryTable);
        services.AddHandlersFrom(typeof(PlansModule).Assembly);
        services.AddScoped<IModuleInitializer, PlansInitializer>();
        return services;
    }

    public static IEndpointRouteBuilder MapPlans(this IEndpointRouteBuilder app)
    {
        app.MapUnitEndpoints();
        return app;
    }
}
