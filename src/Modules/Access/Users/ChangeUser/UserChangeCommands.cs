using FluentValidation;
using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Access.Users.ChangeUser;

/// <summary>Adds a role; granting one the user has already changes nothing.</summary>
internal sealed record GrantRoleCommand(string Name, string? Role) : IRequest<UserView>;

/// <summary>Takes a role away; a user keeps at least one, and the platform keeps one enabled administrator.</summary>
internal sealed record RevokeRoleCommand(string Name, string? Role) : IRequest<UserView>;

/// <summary>A disabled user's keys answer 401 at once, and work again when the user is enabled.</summary>
internal sealed record SetUserDisabledCommand(string Name, bool Disabled) : IRequest<UserView>;

/// <summary>
/// Moves a user to another unit scope (VN, a province or a commune code in force today): their next request sees the
/// new scope. The platform keeps one enabled administrator over the nation.
/// </summary>
internal sealed record SetScopeCommand(string Name, string? Scope) : IRequest<UserView>;

internal sealed class SetScopeValidator : AbstractValidator<SetScopeCommand>
{
    public SetScopeValidator() =>
        RuleFor(c => c.Scope).NotEmpty().WithMessage("scope is required: VN (the nation), a province code or a commune code.")
            .MaximumLength(20).WithMessage("scope is a unit code of at most 20 characters.");
}

internal sealed class GrantRoleValidator : AbstractValidator<GrantRoleCommand>
{
    public GrantRoleValidator() => RuleFor(c => c.Role).Must(KnownRole).WithMessage(c => UnknownRole(c.Role));

    public static bool KnownRole(string? role) => PlatformRoles.Exists(UserLookup.NormalizeRole(role));

    public static string UnknownRole(string? role) => $"Unknown role '{role}'. Roles: {UserLookup.KnownRoles}.";
}

internal sealed class RevokeRoleValidator : AbstractValidator<RevokeRoleCommand>
{
    public RevokeRoleValidator() =>
        RuleFor(c => c.Role).Must(GrantRoleValidator.KnownRole).WithMessage(c => GrantRoleValidator.UnknownRole(c.Role));
}
