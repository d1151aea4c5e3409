using FluentValidation;
using MediatR;
using Platform.Training.Classes.ReadClass;
using Platform.Training.Contracts;

namespace Platform.Training.Classes.CreateClass;

/// <summary>Schedules a class held by a unit for one audience; a class is either at a venue or online.</summary>
internal sealed record CreateClassCommand(
    string? UnitCode,
    string? Audience,
    string? Title,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int? Sessions,
    int? Capacity,
    IReadOnlyList<string>? Trainers,
    string? Venue,
    bool Online = false,
    string? Code = null) : IRequest<ClassView>;

internal sealed class CreateClassValidator : AbstractValidator<CreateClassCommand>
{
    public CreateClassValidator()
    {
        RuleFor(c => c.UnitCode).NotEmpty().WithMessage("unitCode is required.").MaximumLength(16);
        RuleFor(c => c.Audience).Must(TrainingAudiences.IsKnown)
            .WithMessage($"audience must be one of {string.Join(", ", TrainingAudiences.All)}.");
        RuleFor(c => c.Title).NotEmpty().WithMessage("title is required.").MaximumLength(300);
        RuleFor(c => c.StartDate).NotNull().WithMessage("startDate is required.");
        RuleFor(c => c.EndDate).NotNull().WithMessage("endDate is required.")
            .GreaterThanOrEqualTo(c => c.StartDate).When(c => c.StartDate is not null).WithMessage("endDate must not be before startDate.");
        RuleFor(c => c.Sessions).NotNull().WithMessage("sessions is required.").InclusiveBetween(1, 100).WithMessage("sessions must be between 1 and 100.");
        RuleFor(c => c.Capacity).NotNull().WithMessage("capacity is required.").InclusiveBetween(1, 1000).WithMessage("capacity must be between 1 and 1000.");
        RuleFor(c => c.Trainers).Must(t => t is { Count: > 0 and <= 20 } && t.All(n => !string.IsNullOrWhiteSpace(n) && n.Length <= 100))
            .WithMessage("trainers must name 1 to 20 trainers (each at most 100 characters).")
            // The names are stored as one "; "-separated list (as the import's trainers column): a ';' inside a name would split it in two.
            .Must(t => t is null || t.All(n => n?.Contains(';', StringComparison.Ordinal) != true))
            .WithMessage("trainers: a name must not contain ';' (give each trainer as its own item of the list).");
        RuleFor(c => c.Code).Must(ClassCodes.IsValid!).When(c => c.Code is not null).WithMessage(ClassCodes.Rule);
        RuleFor(c => c.Venue).NotEmpty().When(c => !c.Online).WithMessage("venue is required unless the class is online.").MaximumLength(300);
    }
}
