using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Platform.BuildingBlocks.Security;

/// <summary>
/// The caller of the current HTTP request, from the claims the authentication handler issued, or of the web interface's
/// operation (<see cref="SignedInPrincipal"/>: a Blazor circuit has no request of its own); outside both (command-line
/// verbs, start-up) it is <see cref="FixedCaller.System"/>. Unauthenticated requests see nothing.
/// </summary>
public sealed class ClaimsCaller(IHttpContextAccessor accessor, SignedInPrincipal signedIn) : ICurrentCaller
{
    private ICurrentCaller? resolved;

    public string Name => Resolve().Name;

    public IReadOnlyCollection<string> Roles => Resolve().Roles;

    public UnitScope Scope => Resolve().Scope;

    public static string ScopeClaimValue(UnitScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.IsNation ? "nation" : $"{scope.Level.ToString().ToLowerInvariant()}:{scope.UnitCode}";
    }

    public static UnitScope ParseScope(string? value)
    {
        if (value == "nation")
        {
            return UnitScope.Nation;
        }

        var parts = (value ?? "").Split(':', 2);
        return
            parts.Length == 2
            && parts[1].Length > 0
            && Enum.TryParse<ScopeLevel>(parts[0], ignoreCase: true, out var level)
            ? new UnitScope(level, parts[1])
            : UnitScope.None;
    }

    private ICurrentCaller Resolve() => resolved ??= From(signedIn.User ?? accessor.HttpContext?.User);

    private static FixedCaller From(ClaimsPrincipal? user)
    {
        if (user is null)
        {
            return FixedCaller.System;
        }

        if (user.Identity?.IsAuthenticated != true)
        {
            return new FixedCaller("anonymous", [], UnitScope.None);
        }

        return new FixedCaller(
            user.Identity.Name ?? "unknown",
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray(),
            ParseScope(user.FindFirst(PlatformPolicies.ScopeClaim)?.Value));
    }
}
