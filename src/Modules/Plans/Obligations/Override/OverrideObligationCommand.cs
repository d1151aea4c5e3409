using FluentValidation;
using MediatR;
using Platform.BuildingBlocks.Http;

namespace Platform.Plans.Obligations.Override;

/// <summary>
/// A planner sets an obligation's floor (and stretch) with a reason; never below what the parent demands. With
/// <paramref name="IfMatch"/> (the ETag the planner read), only if nobody changed the obligation since (else 412).
/// </summary>
internal sealed record OverrideObligationCommand(int Id, long? Floor, long? Stretch, string? Reason, IfMatch? IfMatch = null) : IRequest<ObligationView>;

/// <summary>Drops a planner's override: the obligation goes back to the computed values.</summary>
internal sealed record ClearOverrideCommand(int Id, IfMatch? IfMatch = null) : IRequest<ObligationView>;

internal sealed class OverrideObligationValidator : AbstractValidator<OverrideObligationCommand>
{
    public OverrideObligationValidator()
    {
        RuleFor(c => c.Floor).NotNull().WithMessage("floor is required.").GreaterThanOrEqualTo(0).WithMessage("floor must not be negative.");
        RuleFor(c => c.Stretch).GreaterThanOrEqualTo(c => c.Floor ?? 0).When(c => c.Stretch is not null).WithMessage("stretch must not be below floor.");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("An override needs a reason.").MaximumLength(1000);
    }
}
