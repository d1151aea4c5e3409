using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Platform.Access.Persistence;
using Platform.Access.Texts;
using Platform.Access.Users;
using Platform.BuildingBlocks.Security;

namespace Platform.Access.Authentication;

/// <summary>
/// Finds the user a key belongs to, on every request: one indexed lookup by the key's SHA-256, so a revoked key or a
/// disabled user answers 401 on the very next request with nothing to invalidate.
/// </summary>
internal sealed class KeyVerifier(AccessDbContext db, IStringLocalizer<AccessTexts> texts)
{
    /// <summary>Which key signed the request in: for the log, never a secret.</summary>
    public const string KeyIdClaim = "platform:key-id";

    /// <summary>The caller's claims, or the reason (safe to show) why the credentials are refused.</summary>
    public async Task<(ClaimsIdentity? Identity, string? Reason)> VerifyAsync(
        Credentials credentials,
        string scheme,
        CancellationToken cancellationToken
    )
    {
        if (credentials.Key.Length > ApiKeys.MaximumLength)
        {
            return (null, Refused);
        }

        var hash = ApiKeys.Hash(credentials.Key);
        var key = await db
            .Keys.AsNoTracking()
            .Include(k => k.User)
            .SingleOrDefaultAsync(k => k.Hash == hash, cancellationToken);
        if (
            key is null
            || !ApiKeys.Matches(key.Hash, hash)
            || (
                credentials.UserName is not null && UserNames.Normalize(credentials.UserName) != key.User.NormalizedName
            )
        )
        {
            return (null, Refused);
        }

        if (!key.IsActive)
        {
            return (null, texts["Auth.KeyRevoked", key.KeyId, key.RevokedAtUtc!]);
        }

        var user = key.User;
        if (user.Disabled)
        {
            return (null, texts["Auth.UserDisabled", user.Name]);
        }

        return (IdentityOf(user, key.KeyId, scheme), null);
    }

    /// <summary>
    /// A session's principal checked again (every request of the web interface): its key must still be active and its
    /// user enabled; the answer carries the user's roles and scope of now.
    /// </summary>
    public async Task<ClaimsIdentity?> VerifySessionAsync(
        ClaimsPrincipal? principal,
        CancellationToken cancellationToken
    )
    {
        var keyId = principal?.FindFirst(KeyIdClaim)?.Value;
        if (string.IsNullOrEmpty(keyId))
        {
            return null;
        }

        var key = await db
            .Keys.AsNoTracking()
            .Include(k => k.User)
            .SingleOrDefaultAsync(k => k.KeyId == keyId, cancellationToken);
        return key is { IsActive: true, User.Disabled: false } && key.User.Name == principal!.Identity?.Name
            ? IdentityOf(key.User, key.KeyId, principal.Identity!.AuthenticationType ?? "Session")
            : null;
    }

    private static ClaimsIdentity IdentityOf(User user, string keyId, string scheme)
    {
        var identity = new ClaimsIdentity(scheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Name));
        identity.AddClaims(user.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        identity.AddClaim(new Claim(PlatformPolicies.ScopeClaim, ClaimsCaller.ScopeClaimValue(user.Scope)));
        identity.AddClaim(new Claim(KeyIdClaim, keyId));
        return identity;
    }

    private string Refused => texts["Auth.Refused"];
}
