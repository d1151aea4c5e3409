using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.Plans.Contracts;
using Platform.Plans.Texts;

namespace Platform.Plans.PlanBook.ChangeStatus;

/// <summary>
/// Moves a plan along Draft → Submitted → Approved → Active → Closed (Submitted may go back to Draft with a reason) as the
/// signed-in caller, who must be allowed to (<see cref="PlanApproval"/>); with <paramref name="IfMatch"/>, only if the plan is
/// still at that version (else 412).
/// </summary>
[RequiresPermission(Permission.WritePlans)]
internal sealed record ChangePlanStatusCommand(string Code, PlanStatus? To, string? Note, IfMatch? IfMatch = null) : IRequest<ReadPlans.PlanView>;

internal sealed class ChangePlanStatusValidator : AbstractValidator<ChangePlanStatusCommand>
{
    public ChangePlanStatusValidator(IStringLocalizer<PlansTexts> texts)
    {
        RuleFor(c => c.To).NotNull().WithMessage(_ => texts["Plan.StatusRequired"]).IsInEnum().WithMessage(_ => texts["Plan.StatusRequired"]);
        RuleFor(c => c.Note).MaximumLength(1000);
    }
}
