using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;

namespace Platform.Auditing;

public static class AuditServiceCollectionExtensions
{
    /// <summary>
    /// The audit trail of each scope, the interceptor every module DbContext gets (see
    /// <see cref="PlatformDatabase.AddModuleDbContext{TContext, TPostgreSqlContext}"/>) and the behaviour naming
    /// entries after their command. The table itself comes from the Audit module's migration.
    /// </summary>
    public static IServiceCollection AddPlatformAudit(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ICurrentCaller, ClaimsCaller>();
        services.TryAddScoped<AuditTrail>();
        services.TryAddScoped<AuditInterceptor>();
        services.TryAddEnumerable(
            ServiceDescriptor.Scoped<IModuleContextInterceptor, AuditInterceptor>(
                provider => provider.GetRequiredService<AuditInterceptor>()
            )
        );
        services.TryAddEnumerable(
            ServiceDescriptor.Transient(typeof(IPipelineBehavior<,>), typeof(AuditOperationBehavior<,>))
        );
        return services;
    }
}
