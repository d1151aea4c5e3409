using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Mediation;
using Platform.BuildingBlocks.Modules;
using Platform.Feed;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring.Activities;
using Platform.Monitoring.Activities.CorrectActivity;
using Platform.Monitoring.Activities.ImportActivities;
using Platform.Monitoring.Activities.RecordActivity;
using Platform.Monitoring.Actuals;
using Platform.Monitoring.Campaigns;
using Platform.Monitoring.Deadlines;
using Platform.Monitoring.IndicatorValues;
using Platform.Monitoring.OData;
using Platform.Monitoring.Persistence;
using Platform.Monitoring.Progress;
using Platform.Monitoring.YearlyReports;

namespace Platform.Monitoring;

/// <summary>The Monitoring module's one public entry: activities, actuals, progress against obligations, reporting
/// deadlines.</summary>
public static class MonitoringModule
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<MonitoringDbContext, MonitoringPostgreSqlDbContext>(
            configuration,
            MonitoringDbContext.HistoryTable
        );
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
        // Each use case maps its routes from its own folder. A GET needs the read policy, anything else
        // WriteMonitoring; an activity and a report's submission answer with their version as a strong ETag.
        var monitoring = app.MapGroup("/api/monitoring").WithTags("Monitoring")
            .RequireReadOrWrite(PlatformPolicies.WriteMonitoring);
        monitoring.MapRecordActivity();
        monitoring.MapReadActivity();
        monitoring.MapCorrectActivity();
        monitoring.MapImportActivities();
        monitoring.MapListActivities();
        monitoring.MapReportIndicatorValue();
        monitoring.MapActuals();
        monitoring.MapProgress();
        monitoring.MapDeadlines();
        monitoring.MapCampaignResults();
        var reports = monitoring.MapGroup("/plans/{planCode}/reports/{year:int}");
        reports.MapYearlyReport();
        reports.MapSubmission();
        return app;
    }
}
