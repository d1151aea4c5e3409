using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Training.Contracts;
using Platform.Training.Texts;
using Platform.Training.Contracts.Classes;

namespace Platform.Training.Classes.CreateClass;

internal sealed class CreateClassValidator : AbstractValidator<CreateClassCommand>
{
    public CreateClassValidator(IStringLocalizer<TrainingTexts> texts)
    {
        RuleFor(c => c.UnitCode).NotEmpty().WithMessage(_ => texts["Validation.UnitCodeRequired"]).MaximumLength(16);
        RuleFor(c => c.Audience).Must(TrainingAudiences.IsKnown)
            .WithMessage(_ => texts["Validation.AudienceUnknown", string.Join(", ", TrainingAudiences.All)]);
        RuleFor(c => c.Title).NotEmpty().WithMessage(_ => texts["Validation.TitleRequired"]).MaximumLength(300);
        RuleFor(c => c.StartDate).NotNull().WithMessage(_ => texts["Validation.StartDateRequired"]);
        RuleFor(c => c.EndDate)
            .NotNull()
            .WithMessage(_ => texts["Validation.EndDateRequired"])
            .GreaterThanOrEqualTo(c => c.StartDate)
            .When(c => c.StartDate is not null)
            .WithMessage(_ => texts["Validation.EndBeforeStart"]);
        RuleFor(c => c.Sessions)
            .NotNull()
            .WithMessage(_ => texts["Validation.SessionsRequired"])
            .InclusiveBetween(1, 100)
            .WithMessage(_ => texts["Validation.SessionsRange"]);
        RuleFor(c => c.Capacity)
            .NotNull()
            .WithMessage(_ => texts["Validation.CapacityRequired"])
            .InclusiveBetween(1, 1000)
            .WithMessage(_ => texts["Validation.CapacityRange"]);
        RuleFor(c => c.Trainers)
            .Must(t => t is { Count: > 0 and <= 20 } && t.All(n => !string.IsNullOrWhiteSpace(n) && n.Length <= 100))
            .WithMessage(_ => texts["Validation.TrainersCount"])
            // The names are stored as one "; "-separated list (as the import's trainers column): a ';' inside a name
            // would split it in two.
            .Must(t => t is null || t.All(n => n?.Contains(';', StringComparison.Ordinal) != true))
            .WithMessage(_ => texts["Validation.TrainersSemicolon"]);
        RuleFor(c => c.Code)
            .Must(ClassCodes.IsValid!)
            .When(c => c.Code is not null)
            .WithMessage(_ => texts["Class.CodeRule"]);
        RuleFor(c => c.Venue)
            .NotEmpty()
            .When(c => !c.Online)
            .WithMessage(_ => texts["Validation.VenueRequired"])
            .MaximumLength(300);
    }
}
