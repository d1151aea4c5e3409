using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http;
using Platform.Access.Authentication;
using Platform.Access.Contracts;
using Platform.Access.Keys.IssueKey;
using Platform.Access.Keys.RevokeKey;
using Platform.Access.SignIn;
using Platform.Access.Persistence;
using Platform.Access.Scopes;
using Platform.Access.Users.ChangeUser;
using Platform.Access.Users.CreateUser;
using Platform.Access.Users.ReadUsers;
using Platform.Access.WhoAmI;
using Platform.BuildingBlocks.Mediation;
using Platform.BuildingBlocks.Modules;
using Platform.BuildingBlocks.Persistence;
using Platform.BuildingBlocks.Security;

namespace Platform.Access;

/// <summary>The Access module's one public entry: users, roles and unit scopes, API keys, and the authentication that
/// reads them.</summary>
public static class AccessModule
{
    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AccessDbContext, AccessPostgreSqlDbContext>(
            configuration,
            AccessDbContext.HistoryTable
        );
        services.AddHandlersFrom(typeof(AccessModule).Assembly);
        // The keys that sign sessions and forms live in the database, named for the platform rather than the folder
        // a host runs from: any host serving the database reads a cookie another made, and a restart keeps them.
        services.AddDataProtection().SetApplicationName("Platform").PersistKeysToDbContext<AccessDbContext>();
        services.AddScoped<IModuleInitializer, AccessInitializer>();
        services.AddScoped<ScopeResolver>();
        services.AddScoped<KeyVerifier>();
        services.AddSingleton<SignInThrottle>();
        services
            .AddAuthentication(AccessSchemes.Default)
            .AddPolicyScheme(AccessSchemes.Default, AccessSchemes.Default, options =>
                options.ForwardDefaultSelector = SchemeFor
            )
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AccessSchemes.ApiKey, null)
            .AddSessionCookie(configuration);
        // Nothing answers without credentials unless it says so (only /health does): an endpoint someone forgets to
        // give a policy is closed, not open.
        services.Configure<AuthorizationOptions>(options =>
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>
    /// Keys for the API, the feed and anything that sends an <c>Authorization</c> header; the session cookie for the
    /// web interface only, so a cookie never authorizes an API call a foreign page could forge.
    /// </summary>
    private static string SchemeFor(HttpContext context)
    {
        var path = context.Request.Path;
        return
            context.Request.Headers.Authorization.Count > 0
            || path.StartsWithSegments("/api")
            || path.StartsWithSegments("/odata")
            || path.StartsWithSegments("/health")
            ? AccessSchemes.ApiKey
            : AccessSchemes.Session;
    }

    public static IEndpointRouteBuilder MapAccess(this IEndpointRouteBuilder app)
    {
        app.MapWhoAmI();
        // Each use case maps its routes from its own folder; managing users and keys needs Administer.
        var users = app.MapGroup("/api/admin/users").WithTags("Access").RequirePolicy(PlatformPolicies.Administer);
        users.MapListUsers();
        users.MapCreateUser();
        users.MapReadUser();
        users.MapScopeAndRoles();
        users.MapIssueKey();
        users.MapRevokeKey();
        users.MapDisableUser();
        return app;
    }
}
