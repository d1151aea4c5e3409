using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Platform.Access;
using Platform.Audit;
using Platform.Auditing;
using Platform.BuildingBlocks.Mediation;
using Platform.BuildingBlocks.Modules;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;
using Platform.Host.Backup;
using Platform.Monitoring;
using Platform.Plans;
using Platform.Training;
using Platform.Web;

namespace Platform.Host;

/// <summary>Composes the modules, MediatR, error handling, health checks and the OData feed. No business logic lives
/// here.</summary>
internal static class PlatformComposition
{
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        if (
            string.IsNullOrWhiteSpace(builder.Configuration["urls"])
            && string.IsNullOrWhiteSpace(builder.Configuration["http_ports"])
        )
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.AddRequestLimits();
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddPlatformMediation();
        services.AddPlatformCaller();
        services.AddLocalization();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = StatusCodeProblems.Customize);
        services.AddPlatformOData();
        services.AddExceptionHandler<PlatformExceptionHandler>();
        services.AddApiDocument();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddSingleton<DatabaseBackups>();
        services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter())
        );

        services.AddAudit(builder.Configuration);
        services.AddPlans(builder.Configuration);
        services.AddTraining(builder.Configuration);
        services.AddMonitoring(builder.Configuration);
        services.AddAccess(builder.Configuration);
        services.AddWeb(builder.Configuration);

        // The interface's styles and scripts (MudBlazor's among them) are served from the build output in every
        // environment, not only Development: `dotnet run` must show a styled page with nothing else to do.
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseRequestLocalization(PlatformLanguages.Options());
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLimits();
        app.UsePlatformOData();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseWeb();
        // Open without credentials, for load balancers and monitoring.
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = DatabaseHealthCheck.WriteAsync })
            .AllowAnonymous();
        // The API's description, open like /health (a client generator or a newcomer reads it before holding a key).
        app.MapApiDocument();
        app.MapPlans();
        app.MapTraining();
        app.MapMonitoring();
        app.MapAccess();
        app.MapAudit();
        app.MapControllers();
        app.MapBackupEndpoints();
        app.MapWeb();
        return app;
    }

    /// <summary>
    /// Marks the database as served by this process until it stops (see <see cref="DatabaseInUse"/>), so a restore
    /// refuses to replace it meanwhile. A file-less (in-memory) database needs no mark.
    /// </summary>
    public static IDisposable? HoldDatabase(this WebApplication app)
    {
        if (app.Services.GetRequiredService<DatabaseDialect>() is not SqliteDialect { FilePath: { } file })
        {
            // In memory, or a server's database: several hosts serving it is the normal case.
            return null;
        }

        var held = DatabaseInUse.HoldShared(file);
        app.Lifetime.ApplicationStopped.Register(held.Dispose);
        return held;
    }

    /// <summary>Prepares the database (the file, or the server's schemas), then lets each module apply its migrations
    /// and seed data, one host at a time.</summary>
    public static async Task InitializeModulesAsync(
        this WebApplication app,
        CancellationToken cancellationToken = default
    )
    {
        var dialect = app.Services.GetRequiredService<DatabaseDialect>();
        var modules = app.Services.GetServices<ModuleDatabase>()
            .Select(m => DatabaseChanges.ModuleOf(m.ContextType))
            .ToList();
        await dialect.PrepareAsync(modules, cancellationToken);
        await using var initializing = await dialect.InitializationLockAsync(cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        // What the modules seed at start-up is audited as the host's ("system") doing.
        scope.ServiceProvider.GetRequiredService<AuditTrail>().Operation = "start-up";
        foreach (var initializer in scope.ServiceProvider.GetServices<IModuleInitializer>().OrderBy(i => i.Order))
        {
            await initializer.InitializeAsync(scope.ServiceProvider, cancellationToken);
        }
    }
}
