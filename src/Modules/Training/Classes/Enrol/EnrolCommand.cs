using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Training.Texts;

namespace Platform.Training.Classes.Enrol;

/// <summary>
/// Enrols people in a class, in the order given: while seats are left they are enrolled, after that they join the
/// waiting list. All or nothing: one unknown, duplicate or out-of-reach person refuses the whole request.
/// </summary>
[RequiresPermission(Permission.WriteTraining)]
internal sealed record EnrolCommand(int ClassId, IReadOnlyList<string>? PersonCodes) : IRequest<EnrolmentResult>;

internal sealed record EnrolmentResult(int ClassId, int Enrolled, int Waiting, IReadOnlyList<EnrolmentOutcome> People);

internal sealed record EnrolmentOutcome(string PersonCode, string Status, int? WaitingPosition);

internal sealed class EnrolValidator : AbstractValidator<EnrolCommand>
{
    public const int MaxPeople = 1000;

    public EnrolValidator(IStringLocalizer<TrainingTexts> texts)
    {
        RuleFor(c => c.PersonCodes).NotEmpty().WithMessage(_ => texts["Validation.PersonCodesRequired"])
            .Must(c => c is null || c.Count <= MaxPeople).WithMessage(_ => texts["Validation.PersonCodesTooMany", MaxPeople])
            .Must(c => c is null || c.All(code => !string.IsNullOrWhiteSpace(code))).WithMessage(_ => texts["Validation.PersonCodesBlank"])
            .Must(c => c is null || c.Select(code => code?.Trim()).Distinct(StringComparer.Ordinal).Count() == c.Count)
            .WithMessage(_ => texts["Validation.PersonCodesTwice"]);
    }
}
