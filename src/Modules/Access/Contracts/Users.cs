using MediatR;
using Platform.BuildingBlocks.Security;
using Platform.BuildingBlocks.Mediation;

namespace Platform.Access.Contracts;

/// <summary>A user as the admin API, the web interface and <c>list-users</c> show it; never a key's text.</summary>
public sealed record UserView(
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
}

/// <summary>A key by its id (the first characters of the key, safe to show), never its text.</summary>
public sealed record KeyView(
    string KeyId,
    bool Active,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime? RevokedAtUtc,
    string? RevokedBy
);

/// <summary>A key just issued: the only time its text is ever shown.</summary>
public sealed record IssuedKey(string UserName, string KeyId, string Key, DateTime CreatedAtUtc);

/// <summary>A new user and their first key, shown this once.</summary>
public sealed record CreatedUser(UserView User, IssuedKey Key);

/// <summary>A key as it stands after its revocation.</summary>
public sealed record RevokedKey(string UserName, KeyView Key);

/// <summary>Every user, by name.</summary>
[RequiresPermission(Permission.Administer)]
public sealed record ListUsersQuery : IRequest<IReadOnlyList<UserView>>;

[RequiresPermission(Permission.Administer)]
public sealed record GetUserQuery(string Name) : IRequest<UserView>;

/// <summary>A new user with roles over one scope (a unit code: VN, a province or a commune), and a first API
/// key.</summary>
[RequiresPermission(Permission.Administer)]
public sealed record CreateUserCommand(string? Name, string? DisplayName, IReadOnlyList<string>? Roles, string? Scope)
    : ICommand<CreatedUser>;

/// <summary>Adds a role; granting one the user has already changes nothing.</summary>
[RequiresPermission(Permission.Administer)]
public sealed record GrantRoleCommand(string Name, string? Role) : ICommand<UserView>;

/// <summary>Takes a role away; a user keeps at least one, and the platform keeps one enabled administrator.</summary>
[RequiresPermission(Permission.Administer)]
public sealed record RevokeRoleCommand(string Name, string? Role) : ICommand<UserView>;

/// <summary>A disabled user's keys answer 401 at once, and work again when the user is enabled.</summary>
[RequiresPermission(Permission.Administer)]
public sealed record SetUserDisabledCommand(string Name, bool Disabled) : ICommand<UserView>;

/// <summary>
/// Moves a user to another unit scope (VN, a province or a commune code in force today): their next request sees the
/// new scope. The platform keeps one enabled administrator over the nation.
/// </summary>
[RequiresPermission(Permission.Administer)]
public sealed record SetScopeCommand(string Name, string? Scope) : ICommand<UserView>;

/// <summary>A new key for a user, shown once in the answer. Earlier keys stay valid until revoked (rotation without a
/// gap).</summary>
[RequiresPermission(Permission.Administer)]
public sealed record IssueKeyCommand(string Name) : ICommand<IssuedKey>;

/// <summary>
/// Revokes a key by its id; the next request with it answers 401 (keys are looked up on every request, nothing is
/// cached). With <see cref="UserName"/>, the key must be that user's. Revoking a revoked key changes nothing.
/// </summary>
[RequiresPermission(Permission.Administer)]
public sealed record RevokeKeyCommand(string KeyId, string? UserName = null) : ICommand<RevokedKey>;
