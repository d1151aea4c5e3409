using Platform.BuildingBlocks.Security;

namespace Platform.Access.Users;

/// <summary>Someone who calls the platform: one or more <see cref="PlatformRoles"/> over one unit scope, with API
/// keys.</summary>
internal sealed class User
{
    public int Id { get; set; }

    /// <summary>As given when the user was created; what Basic authentication asks for (any case).</summary>
    public string Name { get; set; } = "";

    /// <summary><see cref="Name"/> in lower case: the unique key, so "Lan" and "lan" are the same user.</summary>
    public string NormalizedName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    public ScopeLevel ScopeLevel { get; set; }

    /// <summary>The province or commune code; null for the nation.</summary>
    public string? ScopeUnitCode { get; set; }

    public bool Disabled { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public List<ApiKey> Keys { get; set; } = [];

    public UnitScope Scope => new(ScopeLevel, ScopeUnitCode);

    public bool IsActiveAdministrator => !Disabled && Roles.Contains(PlatformRoles.Administrator);

    /// <summary>An enabled administrator over the nation: someone who can still administer every user.</summary>
    public bool IsNationAdministrator => IsActiveAdministrator && ScopeLevel == ScopeLevel.Nation;
}

/// <summary>
/// One API key of a user. Only the SHA-256 of the key is kept (ADR 0009); <see cref="KeyId"/> is a random, non-secret
/// name for listing and revoking it.
/// </summary>
internal sealed class ApiKey
{
    public int Id { get; set; }

    public string KeyId { get; set; } = "";

    public int UserId { get; set; }

    public User User { get; set; } = null!;

    // Not a secret (SHA-256 of a random key), but nobody reading the audit log needs it.
    [Platform.Auditing.NotAudited]
    public byte[] Hash { get; set; } = [];

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime? RevokedAtUtc { get; set; }

    public string? RevokedBy { get; set; }

    public bool IsActive => RevokedAtUtc is null;
}
