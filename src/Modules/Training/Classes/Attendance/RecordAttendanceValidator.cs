using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Training.Texts;
using Platform.Training.Contracts.Classes;

namespace Platform.Training.Classes.Attendance;

internal sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendanceCommand>
{
    public RecordAttendanceValidator(IStringLocalizer<TrainingTexts> texts)
    {
        RuleFor(c => c.Session).GreaterThanOrEqualTo(1).WithMessage(_ => texts["Validation.SessionFromOne"]);
        RuleFor(c => c.Present)
            .NotNull()
            .WithMessage(_ => texts["Validation.PresentRequired"])
            .Must(p => p is null || p.All(code => !string.IsNullOrWhiteSpace(code)))
            .WithMessage(_ => texts["Validation.PresentBlank"])
            .Must(p => p is null || p.Select(code => code?.Trim()).Distinct(StringComparer.Ordinal).Count() == p.Count)
            .WithMessage(_ => texts["Validation.PresentTwice"]);
    }
}
