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
using Platform.Training.Classes.Attendance;
using Platform.Training.Classes.Complete;
using Platform.Training.Classes.CreateClass;
using Platform.Training.Classes.EditClass;
using Platform.Training.Classes.Enrol;
using Platform.Training.Classes.ImportClasses;
using Platform.Training.Classes.ListClasses;
using Platform.Training.Classes.ReadClass;
using Platform.Training.OData;
using Platform.Training.People.ImportPeople;
using Platform.Training.People.SearchPeople;
using Platform.Training.Persistence;
using Platform.Training.Quotas;
using Platform.Training.Quotas.ReadQuotas;
using Platform.Training.ReadModel;

namespace Platform.Training;

/// <summary>The Training module's one public entry: people, classes, enrolments, attendance, and quotas from the
/// obligations.</summary>
public static class TrainingModule
{
    public static IServiceCollection AddTraining(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<TrainingDbContext, TrainingPostgreSqlDbContext>(
            configuration,
            TrainingDbContext.HistoryTable
        );
        services.AddHandlersFrom(typeof(TrainingModule).Assembly);
        services.AddScoped<IModuleInitializer, TrainingInitializer>();
        services.AddScoped<QuotaCalculator>();
        services.AddScoped<TrainingReadModel>();
        services.AddODataSets<TrainingODataModel>();
        return services;
    }

    public static IEndpointRouteBuilder MapTraining(this IEndpointRouteBuilder app)
    {
        // Each use case maps its routes from its own folder. A GET needs the read policy, anything else WriteTraining;
        // a class answers with its version as a strong ETag.
        var training = app.MapGroup("/api/training").WithTags("Training")
            .RequireReadOrWrite(PlatformPolicies.WriteTraining);
        training.MapImportPeople();
        training.MapCreateClass();
        training.MapImportClasses();
        training.MapImportEnrolments();
        training.MapListClasses();
        training.MapSearchPeople();
        training.MapReadClass();
        training.MapEditClass();
        training.MapEnrol();
        training.MapAttendance();
        training.MapCompleteClass();
        training.MapReadQuotas();
        return app;
    }
}
