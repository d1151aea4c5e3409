using Microsoft.Extensions.Localization;
using FluentValidation;
using Platform.Plans.Contracts.PlanBook;
using Platform.Plans.Texts;

namespace Platform.Plans.Cascade.Generate;

internal sealed class GenerateSubordinatePlansValidator : AbstractValidator<GenerateSubordinatePlansCommand>
{
    public GenerateSubordinatePlansValidator(IStringLocalizer<PlansTexts> texts)
    {
        RuleFor(c => c.ParentCode).NotEmpty();
        RuleFor(c => c.UnitCode)
            .Must((command, unitCode) => !(command.All && !string.IsNullOrWhiteSpace(unitCode)))
            .WithMessage(_ => texts["Generation.UnitOrAll"])
            .Must((command, unitCode) => command.All || !string.IsNullOrWhiteSpace(unitCode))
            .WithMessage(_ => texts["Generation.UnitOrAllRequired"]);
        RuleFor(c => c.RunId).Matches("^[a-z0-9]{12,32}$").When(c => c.RunId is not null)
            .WithMessage(_ => texts["Generation.RunIdFormat"]);
    }
}
