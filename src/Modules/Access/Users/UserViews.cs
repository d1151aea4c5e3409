using Platform.Access.Contracts;

namespace Platform.Access.Users;

/// <summary>Users and keys as <see cref="UserView"/> and <see cref="KeyView"/> show them.</summary>
internal static class UserViews
{
    public static UserView ToView(this User user) => new(
        user.Name,
        user.DisplayName,
        [.. user.Roles],
        user.ScopeUnitCode ?? UserView.NationCode,
        user.ScopeLevel,
        user.Disabled,
        user.CreatedAtUtc,
        user.CreatedBy,
        user.Keys.OrderBy(k => k.CreatedAtUtc).ThenBy(k => k.Id).Select(ToView).ToList());

    public static KeyView ToView(this ApiKey key) =>
        new(key.KeyId, key.IsActive, key.CreatedAtUtc, key.CreatedBy, key.RevokedAtUtc, key.RevokedBy);
}
