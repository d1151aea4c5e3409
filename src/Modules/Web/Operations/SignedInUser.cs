using System.Security.Claims;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;

namespace Platform.Web.Operations;

/// <summary>What a page needs to know of the signed-in person: name, roles, the unit at the top of their
/// scope.</summary>
public sealed record SignedInUser(string Name, IReadOnlyCollection<string> Roles, UnitScope Scope)
{
    /// <summary>The unit a person's tree starts at: their province or commune, or the nation.</summary>
    public string RootUnit => Scope.UnitCode ?? NationalUnit.Code;

    public bool Can(Permission permission) => Roles.Any(role => PlatformRoles.Allows(role, permission));

    public static SignedInUser From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(
            user.Identity?.Name ?? "",
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray(),
            ClaimsCaller.ParseScope(user.FindFirst(PlatformPolicies.ScopeClaim)?.Value));
    }
}
