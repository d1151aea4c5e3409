using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.Training.Texts;
using Platform.Training.Contracts.Classes;

namespace Platform.Training.Classes.EditClass;

internal sealed class EditClassValidator : AbstractValidator<EditClassCommand>
{
    public EditClassValidator(IStringLocalizer<TrainingTexts> texts)
    {
        RuleFor(c => c.Title).NotEmpty().WithMessage(_ => texts["Validation.TitleRequired"]).MaximumLength(300);
        RuleFor(c => c.StartDate).NotNull().WithMessage(_ => texts["Validation.StartDateRequired"]);
        RuleFor(c => c.EndDate)
            .NotNull()
            .WithMessage(_ => texts["Validation.EndDateRequired"])
            .GreaterThanOrEqualTo(c => c.StartDate)
            .When(c => c.StartDate is not null)
            .WithMessage(_ => texts["Validation.EndBeforeStart"]);
        RuleFor(c => c.Capacity)
            .NotNull()
            .WithMessage(_ => texts["Validation.CapacityRequired"])
            .InclusiveBetween(1, 1000)
            .WithMessage(_ => texts["Validation.CapacityRange"]);
    }
}
