using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Platform.BuildingBlocks.Security;

namespace Platform.Host;

/// <summary>
/// TEMPORARY, replaced by the Access module's API-key authentication (issue 7): every request is the system
/// administrator over the nation, exactly as before authentication existed. It only lets the role policies and the
/// caller's scope be wired now.
/// </summary>
internal sealed class InterimAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Interim";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, FixedCaller.System.Name),
                new Claim(ClaimTypes.Role, PlatformRoles.Administrator),
                new Claim(PlatformPolicies.ScopeClaim, ClaimsCaller.ScopeClaimValue(UnitScope.Nation)),
            ],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
