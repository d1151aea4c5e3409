using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.Access.Texts;
using Platform.BuildingBlocks.Security;

namespace Platform.Access.Users.ChangeUser;

/// <summary>Adds a role; granting one the user has already changes nothing.</summary>
[RequiresPermission(Permission.Administer)]
internal sealed record GrantRoleCommand(string Name, string? Role) : IRequest<UserView>;

/// <summary>Takes a role away; a user keeps at least one, and the platform keeps one enabled administrator.</summary>
[RequiresPermission(Permission.Administer)]
internal sealed record RevokeRoleCommand(string Name, string? Role) : IRequest<UserView>;

/// <summary>A disabled user's keys answer 401 at once, and work again when the user is enabled.</summary>
[RequiresPermission(Permission.Administer)]
internal sealed record SetUserDisabledCommand(string Name, bool Disabled) : IRequest<UserView>;

/// <summary>
/// Moves a user to another unit scope (VN, a province or a commune code in force today): their next request sees the
/// new scope. The platform keeps one enabled administrator over the nation.
/// </summary>
[RequiresPermission(Permission.Administer)]
internal sealed record SetScopeCommand(string Name, string? Scope) : IRequest<UserView>;

internal sealed class SetScopeValidator : AbstractValidator<SetScopeCommand>
{
    public SetScopeValidator(IStringLocalizer<AccessTexts> texts) =>
        RuleFor(c => c.Scope).NotEmpty().WithMessage(_ => texts["User.ScopeRequired"])
            .MaximumLength(20).WithMessage(_ => texts["User.ScopeTooLong"]);
}

internal sealed class GrantRoleValidator : AbstractValidator<GrantRoleCommand>
{
    public GrantRoleValidator(IStringLocalizer<AccessTexts> texts) => RuleFor(c => c.Role).Must(KnownRole).WithMessage(c => UnknownRole(texts, c.Role));

    public static bool KnownRole(string? role) => PlatformRoles.Exists(UserLookup.NormalizeRole(role));

    public static string UnknownRole(IStringLocalizer<AccessTexts> texts, string? role) => texts["User.UnknownRole", role ?? string.Empty, UserLookup.KnownRoles];
}

internal sealed class RevokeRoleValidator : AbstractValidator<RevokeRoleCommand>
{
    public RevokeRoleValidator(IStringLocalizer<AccessTexts> texts) =>
        RuleFor(c => c.Role).Must(GrantRoleValidator.KnownRole).WithMessage(c => GrantRoleValidator.UnknownRole(texts, c.Role));
}
