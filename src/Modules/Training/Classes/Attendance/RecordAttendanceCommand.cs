using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Platform.BuildingBlocks.Security;
using Platform.Training.Texts;

namespace Platform.Training.Classes.Attendance;

/// <summary>The register of one session: exactly these trainees were present (it replaces an earlier register of that session).</summary>
[RequiresPermission(Permission.WriteTraining)]
internal sealed record RecordAttendanceCommand(int ClassId, int Session, IReadOnlyList<string>? Present) : IRequest<AttendanceResult>;

internal sealed record AttendanceResult(int ClassId, int Session, int Present, int Absent);

internal sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendanceCommand>
{
    public RecordAttendanceValidator(IStringLocalizer<TrainingTexts> texts)
    {
        RuleFor(c => c.Session).GreaterThanOrEqualTo(1).WithMessage(_ => texts["Validation.SessionFromOne"]);
        RuleFor(c => c.Present).NotNull().WithMessage(_ => texts["Validation.PresentRequired"])
            .Must(p => p is null || p.All(code => !string.IsNullOrWhiteSpace(code))).WithMessage(_ => texts["Validation.PresentBlank"])
            .Must(p => p is null || p.Select(code => code?.Trim()).Distinct(StringComparer.Ordinal).Count() == p.Count)
            .WithMessage(_ => texts["Validation.PresentTwice"]);
    }
}
