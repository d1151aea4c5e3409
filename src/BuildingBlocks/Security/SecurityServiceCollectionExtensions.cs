using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.BuildingBlocks.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>The caller of each request (<see cref="ClaimsCaller"/>) and the role policies of
    /// <see cref="PlatformPolicies"/>.</summary>
    public static IServiceCollection AddPlatformCaller(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddScoped<SignedInPrincipal>();
        services.TryAddScoped<ICurrentCaller, ClaimsCaller>();
        services.AddAuthorization(options => options.AddPlatformPolicies());
        return services;
    }
}
