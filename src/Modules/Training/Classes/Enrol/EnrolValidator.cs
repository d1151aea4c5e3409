using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Training.Texts;
using Platform.Training.Contracts.Classes;

namespace Platform.Training.Classes.Enrol;

internal sealed class EnrolValidator : AbstractValidator<EnrolCommand>
{
    public const int MaxPeople = 1000;

    public EnrolValidator(IStringLocalizer<TrainingTexts> texts)
    {
        RuleFor(c => c.PersonCodes)
            .NotEmpty()
            .WithMessage(_ => texts["Validation.PersonCodesRequired"])
            .Must(c => c is null || c.Count <= MaxPeople)
            .WithMessage(_ => texts["Validation.PersonCodesTooMany", MaxPeople])
            .Must(c => c is null || c.All(code => !string.IsNullOrWhiteSpace(code)))
            .WithMessage(_ => texts["Validation.PersonCodesBlank"])
            .Must(c => c is null || c.Select(code => code?.Trim()).Distinct(StringComparer.Ordinal).Count() == c.Count)
            .WithMessage(_ => texts["Validation.PersonCodesTwice"]);
    }
}
