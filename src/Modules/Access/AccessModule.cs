using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Access.Authentication;
using Platform.Access.Persistence;
using Platform.Access.Scopes;
using Platform.BuildingBlocks.Mediation;
using Platform.BuildingBlocks.Modules;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Access;

/// <summary>The Access module's one public entry: users, roles and unit scopes, API keys, and the authentication that reads them.</summary>
public static class AccessModule
{
    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AccessDbContext>(configuration, AccessDbContext.HistoryTable);
        services.AddHandlersFrom(typeof(AccessModule).Assembly);
        services.AddScoped<IModuleInitializer, AccessInitializer>();
        services.AddScoped<ScopeResolver>();
        services.AddScoped<KeyVerifier>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        // Nothing answers without credentials unless it says so (only /health does): an endpoint someone forgets to
        // give a policy is closed, not open.
        services.Configure<AuthorizationOptions>(options =>
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    public static IEndpointRouteBuilder MapAccess(this IEndpointRouteBuilder app)
    {
        app.MapAccessEndpoints();
        return app;
    }
}
