using FluentValidation;
using MediatR;
using Platform.BuildingBlocks.Http;
using Platform.Training.Classes.ReadClass;

namespace Platform.Training.Classes.EditClass;

/// <summary>
/// Corrects a scheduled class: its title, dates and capacity (all four, as PUT replaces them). With
/// <paramref name="IfMatch"/> (the ETag read), only if nobody changed the class since (else 412).
/// </summary>
internal sealed record EditClassCommand(int Id, string? Title, DateOnly? StartDate, DateOnly? EndDate, int? Capacity, IfMatch? IfMatch = null)
    : IRequest<ClassView>;

internal sealed class EditClassValidator : AbstractValidator<EditClassCommand>
{
    public EditClassValidator()
    {
        RuleFor(c => c.Title).NotEmpty().WithMessage("title is required.").MaximumLength(300);
        RuleFor(c => c.StartDate).NotNull().WithMessage("startDate is required.");
        RuleFor(c => c.EndDate).NotNull().WithMessage("endDate is required.")
            .GreaterThanOrEqualTo(c => c.StartDate).When(c => c.StartDate is not null).WithMessage("endDate must not be before startDate.");
        RuleFor(c => c.Capacity).NotNull().WithMessage("capacity is required.").InclusiveBetween(1, 1000).WithMessage("capacity must be between 1 and 1000.");
    }
}
