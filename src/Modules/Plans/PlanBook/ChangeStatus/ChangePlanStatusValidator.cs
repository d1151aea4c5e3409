using FluentValidation;
using Microsoft.Extensions.Localization;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Texts;

namespace Platform.Plans.PlanBook.ChangeStatus;

internal sealed class ChangePlanStatusValidator : AbstractValidator<ChangePlanStatusCommand>
{
    public ChangePlanStatusValidator(IStringLocalizer<PlansTexts> texts)
    {
        RuleFor(c => c.To)
            .NotNull()
            .WithMessage(_ => texts["Plan.StatusRequired"])
            .IsInEnum()
            .WithMessage(_ => texts["Plan.StatusRequired"]);
        RuleFor(c => c.Note).MaximumLength(1000);
    }
}
