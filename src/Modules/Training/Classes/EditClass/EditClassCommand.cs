using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Http;
using Platform.BuildingBlocks.Security;
using Platform.Training.Classes.ReadClass;
using Platform.Training.Texts;

namespace Platform.Training.Classes.EditClass;

/// <summary>
/// Corrects a scheduled class: its title, dates and capacity (all four, as PUT replaces them). With
/// <paramref name="IfMatch"/> (the ETag read), only if nobody changed the class since (else 412).
/// </summary>
[RequiresPermission(Permission.WriteTraining)]
internal sealed record EditClassCommand(int Id, string? Title, DateOnly? StartDate, DateOnly? EndDate, int? Capacity, IfMatch? IfMatch = null)
    : IRequest<ClassView>;

internal sealed class EditClassValidator : AbstractValidator<EditClassCommand>
{
    public EditClassValidator(IStringLocalizer<TrainingTexts> texts)
    {
        RuleFor(c => c.Title).NotEmpty().WithMessage(_ => texts["Validation.TitleRequired"]).MaximumLength(300);
        RuleFor(c => c.StartDate).NotNull().WithMessage(_ => texts["Validation.StartDateRequired"]);
        RuleFor(c => c.EndDate).NotNull().WithMessage(_ => texts["Validation.EndDateRequired"])
            .GreaterThanOrEqualTo(c => c.StartDate).When(c => c.StartDate is not null).WithMessage(_ => texts["Validation.EndBeforeStart"]);
        RuleFor(c => c.Capacity).NotNull().WithMessage(_ => texts["Validation.CapacityRequired"]).InclusiveBetween(1, 1000).WithMessage(_ => texts["Validation.CapacityRange"]);
    }
}
