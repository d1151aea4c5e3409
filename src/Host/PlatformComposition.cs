using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Platform.Access;
using Platform.BuildingBlocks.Mediation;
using Platform.BuildingBlocks.Modules;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;
using Platform.Monitoring;
using Platform.Plans;
using Platform.Training;

namespace Platform.Host;

/// <summary>Composes the modules, MediatR, error handling, health checks and the OData feed. No business logic lives here.</summary>
internal static class PlatformComposition
{
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]) && string.IsNullOrWhiteSpace(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddPlatformMediation();
        services.AddPlatformCaller();
        services.AddProblemDetails();
        services.AddPlatformOData();
        services.AddExceptionHandler<PlatformExceptionHandler>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));

        services.AddPlans(builder.Configuration);
        services.AddTraining(builder.Configuration);
        services.AddMonitoring(builder.Configuration);
        services.AddAccess(builder.Configuration);
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UsePlatformOData();
        app.UseAuthentication();
        app.UseAuthorization();
        // The one endpoint open without credentials, for load balancers and monitoring.
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = DatabaseHealthCheck.WriteAsync }).AllowAnonymous();
        app.MapPlans();
        app.MapTraining();
        app.MapMonitoring();
        app.MapAccess();
        app.MapControllers();
        return app;
    }

    /// <summary>Creates the database file if needed, then lets each module apply its migrations and seed data.</summary>
    public static async Task InitializeModulesAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await PlatformDatabase.PrepareFileAsync(PlatformDatabase.ConnectionString(app.Configuration), cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        foreach (var initializer in scope.ServiceProvider.GetServices<IModuleInitializer>().OrderBy(i => i.Order))
        {
            await initializer.InitializeAsync(scope.ServiceProvider, cancellationToken);
        }
    }
}
