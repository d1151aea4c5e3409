using FluentValidation;
using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Access.Users.CreateUser;

/// <summary>A new user with roles over one scope (a unit code: VN, a province or a commune), and a first API key.</summary>
internal sealed record CreateUserCommand(string? Name, string? DisplayName, IReadOnlyList<string>? Roles, string? Scope) : IRequest<CreatedUser>;

internal sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserValidator()
    {
        RuleFor(c => c.Name).Must(UserNames.IsValid).WithMessage(UserNames.Rule);
        RuleFor(c => c.DisplayName).MaximumLength(200).WithMessage("displayName must be at most 200 characters.");
        RuleFor(c => c.Roles).NotEmpty().WithMessage($"roles must name at least one role: {UserLookup.KnownRoles}.");
        RuleForEach(c => c.Roles).Must(r => PlatformRoles.Exists(UserLookup.NormalizeRole(r)))
            .WithMessage((_, role) => $"Unknown role '{role}'. Roles: {UserLookup.KnownRoles}.");
        RuleFor(c => c.Scope).NotEmpty().WithMessage("scope is required: VN (the nation), a province code or a commune code.")
            .MaximumLength(16);
    }
}
