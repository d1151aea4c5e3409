using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.Access.Contracts;
using Platform.Access.Texts;
using Platform.Access.Users.ChangeUser;
using Platform.BuildingBlocks.Security;

namespace Platform.Access.Users.CreateUser;

internal sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserValidator(IStringLocalizer<AccessTexts> texts)
    {
        RuleFor(c => c.Name).Must(UserNames.IsValid).WithMessage(_ => texts["User.NameRule"]);
        RuleFor(c => c.DisplayName).MaximumLength(200).WithMessage(_ => texts["User.DisplayNameTooLong"]);
        RuleFor(c => c.Roles).NotEmpty().WithMessage(_ => texts["User.RolesRequired", UserLookup.KnownRoles]);
        RuleForEach(c => c.Roles).Must(r => PlatformRoles.Exists(UserLookup.NormalizeRole(r)))
            .WithMessage((_, role) => GrantRoleValidator.UnknownRole(texts, role));
        RuleFor(c => c.Scope).NotEmpty().WithMessage(_ => texts["User.ScopeRequired"])
            .MaximumLength(16);
    }
}
