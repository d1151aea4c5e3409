using Microsoft.AspNetCore.Authorization;

namespace Platform.BuildingBlocks.Security;

/// <summary>
/// Authorization policy names, one per <see cref="Permission"/>: endpoints say
/// <c>.RequireAuthorization(PlatformPolicies.WritePlans)</c>.
/// Scope (which units) is the handlers' business, through <see cref="ICurrentCaller"/>; policies only say which roles
/// may act.
/// </summary>
public static class PlatformPolicies
{
    public const string Read = "platform.read";
    public const string WriteRegister = "platform.write-register";
    public const string WritePlans = "platform.write-plans";
    public const string WriteTraining = "platform.write-training";
    public const string WriteMonitoring = "platform.write-monitoring";
    public const string Administer = "platform.administer";

    /// <summary>The claim type that carries the caller's scope level and unit code, e.g. <c>province:79</c>.</summary>
    public const string ScopeClaim = "platform:scope";

    public static string For(Permission permission) => permission switch
    {
        Permission.Read => Read,
        Permission.WriteRegister => WriteRegister,
        Permission.WritePlans => WritePlans,
        Permission.WriteTraining => WriteTraining,
        Permission.WriteMonitoring => WriteMonitoring,
        Permission.Administer => Administer,
        _ => throw new ArgumentOutOfRangeException(nameof(permission)),
    };

    public static AuthorizationOptions AddPlatformPolicies(this AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var permission in Enum.GetValues<Permission>())
        {
            options.AddPolicy(For(permission), policy => policy.RequireAuthenticatedUser()
                .RequireAssertion(context => context.User.Claims
                    .Where(c => c.Type == System.Security.Claims.ClaimTypes.Role)
                    .Any(c => PlatformRoles.Allows(c.Value, permission))));
        }

        return options;
    }
}
