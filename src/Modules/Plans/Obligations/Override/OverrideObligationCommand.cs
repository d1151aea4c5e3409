using Microsoft.Extensions.Localization;
using FluentValidation;
using MediatR;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Texts;

namespace Platform.Plans.Obligations.Override;

/// <summary>
/// A planner sets an obligation's floor (and stretch) with a reason; never below what the parent demands. With
/// <paramref name="IfMatch"/> (the ETag the planner read), only if nobody changed the obligation since (else 412).
/// </summary>
[RequiresPermission(Permission.WritePlans)]
internal sealed record OverrideObligationCommand(int Id, long? Floor, long? Stretch, string? Reason, IfMatch? IfMatch = null) : IRequest<ObligationView>;

/// <summary>Drops a planner's override: the obligation goes back to the computed values.</summary>
[RequiresPermission(Permission.WritePlans)]
internal sealed record ClearOverrideCommand(int Id, IfMatch? IfMatch = null) : IRequest<ObligationView>;

internal sealed class OverrideObligationValidator : AbstractValidator<OverrideObligationCommand>
{
    public OverrideObligationValidator(IStringLocalizer<PlansTexts> texts)
    {
        RuleFor(c => c.Floor).NotNull().WithMessage(_ => texts["Override.FloorRequired"]).GreaterThanOrEqualTo(0).WithMessage(_ => texts["Override.FloorNegative"]);
        RuleFor(c => c.Stretch).GreaterThanOrEqualTo(c => c.Floor ?? 0).When(c => c.Stretch is not null).WithMessage(_ => texts["Override.StretchBelowFloor"]);
        RuleFor(c => c.Reason).NotEmpty().WithMessage(_ => texts["Override.ReasonRequired"]).MaximumLength(1000);
    }
}
