using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Audit.OData;
using Platform.Audit.Persistence;
using Platform.Audit.ReadEntries;
using Platform.Auditing;
using Platform.BuildingBlocks.Mediation;
using Platform.BuildingBlocks.Modules;
using Platform.Feed;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;

namespace Platform.Audit;

/// <summary>
/// The Audit module's one public entry: it owns the <c>audit_entries</c> table every module writes to (through the
/// interceptor of <see cref="AuditServiceCollectionExtensions.AddPlatformAudit"/>), and lets administrators read it at
/// <c>/api/audit</c> and as the
/// OData set <c>AuditEntries</c>.
/// </summary>
public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPlatformAudit();
        services.AddModuleDbContext<AuditDbContext, AuditPostgreSqlDbContext>(
            configuration,
            AuditDbContext.HistoryTable
        );
        services.AddHandlersFrom(typeof(AuditModule).Assembly);
        services.AddScoped<IModuleInitializer, AuditInitializer>();
        services.AddODataSets<AuditODataModel>();
        services.AddSingleton(new RestrictedODataSet(AuditODataController.AuditEntries, PlatformPolicies.Administer));
        return services;
    }

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapAuditEndpoints();
        return app;
    }
}
