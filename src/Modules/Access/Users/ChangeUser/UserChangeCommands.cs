using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.Access.Contracts;
using Platform.Access.Texts;
using Platform.BuildingBlocks.Security;

namespace Platform.Access.Users.ChangeUser;

internal sealed class SetScopeValidator : AbstractValidator<SetScopeCommand>
{
    public SetScopeValidator(IStringLocalizer<AccessTexts> texts) =>
        RuleFor(c => c.Scope).NotEmpty().WithMessage(_ => texts["User.ScopeRequired"])
            .MaximumLength(20).WithMessage(_ => texts["User.ScopeTooLong"]);
}

internal sealed class GrantRoleValidator : AbstractValidator<GrantRoleCommand>
{
    public GrantRoleValidator(IStringLocalizer<AccessTexts> texts) =>
        RuleFor(c => c.Role).Must(KnownRole).WithMessage(c => UnknownRole(texts, c.Role));

    public static bool KnownRole(string? role) => PlatformRoles.Exists(UserLookup.NormalizeRole(role));

    public static string UnknownRole(IStringLocalizer<AccessTexts> texts, string? role) =>
        texts["User.UnknownRole", role ?? string.Empty, UserLookup.KnownRoles];
}

internal sealed class RevokeRoleValidator : AbstractValidator<RevokeRoleCommand>
{
    public RevokeRoleValidator(IStringLocalizer<AccessTexts> texts) =>
        RuleFor(c => c.Role)
            .Must(GrantRoleValidator.KnownRole)
            .WithMessage(c => GrantRoleValidator.UnknownRole(texts, c.Role));
}
