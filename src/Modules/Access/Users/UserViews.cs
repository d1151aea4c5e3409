using Platform.BuildingBlocks.Security;

namespace Platform.Access.Users;

/// <summary>A user as the admin API and <c>list-users</c> show it; never a key's text.</summary>
internal sealed record UserView(
    string Name,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string Scope,
    ScopeLevel ScopeLevel,
    bool Disabled,
    DateTime CreatedAtUtc,
    string CreatedBy,
    IReadOnlyList<KeyView> Keys)
{
    /// <summary>How a scope is written by users: VN for the nation, else the unit's code.</summary>
    public const string NationCode = Plans.Contracts.NationalUnit.Code;

    public static UserView Of(User user) => new(
        user.Name,
        user.DisplayName,
        [.. user.Roles],
        user.ScopeUnitCode ?? NationCode,
        user.ScopeLevel,
        user.Disabled,
        user.CreatedAtUtc,
        user.CreatedBy,
        user.Keys.OrderBy(k => k.CreatedAtUtc).ThenBy(k => k.Id).Select(KeyView.Of).ToList());
}

internal sealed record KeyView(string KeyId, bool Active, DateTime CreatedAtUtc, string CreatedBy, DateTime? RevokedAtUtc, string? RevokedBy)
{
    public static KeyView Of(ApiKey key) => new(key.KeyId, key.IsActive, key.CreatedAtUtc, key.CreatedBy, key.RevokedAtUtc, key.RevokedBy);
}

/// <summary>A key just issued: the only time its text is ever shown.</summary>
internal sealed record IssuedKey(string UserName, string KeyId, string Key, DateTime CreatedAtUtc);

internal sealed record CreatedUser(UserView User, IssuedKey Key);
