using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Mediation;
using Platform.BuildingBlocks.Modules;
using Platform.Feed;
using Platform.BuildingBlocks.Persistence;
using Platform.Monitoring.OData;
using Platform.Monitoring.Persistence;

namespace Platform.Monitoring;

/// <summary>The Monitoring module's one public entry: activities, actuals, progress against obligations, reporting
/// deadlines.</summary>
public static class MonitoringModule
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<MonitoringDbContext>(configuration, MonitoringDbContext.HistoryTable);
        services.AddHandlersFrom(typeof(MonitoringModule).Assembly);
        services.AddScoped<IModuleInitializer, MonitoringInitializer>();
        services.AddScoped<Actuals.ActualsCalculator>();
        services.AddScoped<Progress.ProgressCalculator>();
        services.AddScoped<Deadlines.DeadlineCalculator>();
        services.AddScoped<YearlyReports.YearlyReportBuilder>();
        services.AddScoped<YearlyReports.YearlyReportNames>();
        services.AddScoped<ReadModel.MonitoringReadModel>();
        services.AddODataSets<MonitoringODataModel>();
        return services;
    }

    public static IEndpointRouteBuilder MapMonitoring(this IEndpointRouteBuilder app)
    {
        app.MapMonitoringEndpoints();
        return app;
    }
}
