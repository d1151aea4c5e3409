using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.BuildingBlocks.Mediation;
using Platform.BuildingBlocks.Modules;
using Platform.Feed;
using Platform.BuildingBlocks.Persistence;
using Platform.Training.OData;
using Platform.Training.Persistence;
using Platform.Training.Quotas;
using Platform.Training.ReadModel;

namespace Platform.Training;

/// <summary>The Training module's one public entry: people, classes, enrolments, attendance, and quotas from the
/// obligations.</summary>
public static class TrainingModule
{
    public static IServiceCollection AddTraining(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<TrainingDbContext>(configuration, TrainingDbContext.HistoryTable);
        services.AddHandlersFrom(typeof(TrainingModule).Assembly);
        services.AddScoped<IModuleInitializer, TrainingInitializer>();
        services.AddScoped<QuotaCalculator>();
        services.AddScoped<TrainingReadModel>();
        services.AddODataSets<TrainingODataModel>();
        return services;
    }

    public static IEndpointRouteBuilder MapTraining(this IEndpointRouteBuilder app)
    {
        app.MapTrainingEndpoints();
        return app;
    }
}
