using Microsoft.Extensions.Localization;
using FluentValidation;
using Platform.Plans.Contracts.Obligations;
using Platform.Plans.Texts;

namespace Platform.Plans.Obligations.Override;

internal sealed class OverrideObligationValidator : AbstractValidator<OverrideObligationCommand>
{
    public OverrideObligationValidator(IStringLocalizer<PlansTexts> texts)
    {
        RuleFor(c => c.Floor)
            .NotNull()
            .WithMessage(_ => texts["Override.FloorRequired"])
            .GreaterThanOrEqualTo(0)
            .WithMessage(_ => texts["Override.FloorNegative"]);
        RuleFor(c => c.Stretch)
            .GreaterThanOrEqualTo(c => c.Floor ?? 0)
            .When(c => c.Stretch is not null)
            .WithMessage(_ => texts["Override.StretchBelowFloor"]);
        RuleFor(c => c.Reason).NotEmpty().WithMessage(_ => texts["Override.ReasonRequired"]).MaximumLength(1000);
    }
}
